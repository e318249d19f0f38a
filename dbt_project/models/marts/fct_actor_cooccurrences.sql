-- the actor network: one row per unordered pair of actors (actor_id_a < actor_id_b) that took part
-- in the same article or the same statement

with

article_actors as (

    select * from {{ ref('int_article_actors') }}

),

statement_actors as (

    select * from {{ ref('int_statement_actors') }}

),

actors as (

    select * from {{ ref('dim_actors') }}

),

article_pairs as (

    select
        a.actor_id as actor_id_a,
        b.actor_id as actor_id_b,
        count(*) as articles_together,
        count(distinct a.site) as sites_together,
        min(a.activity_date) as first_date,
        max(a.activity_date) as last_date

    from article_actors as a
    inner join article_actors as b
        on a.article_id = b.article_id
        and a.actor_id < b.actor_id
    group by a.actor_id, b.actor_id

),

statement_pairs as (

    select
        a.actor_id as actor_id_a,
        b.actor_id as actor_id_b,
        count(*) as statements_together,
        count(*) filter (where a.role = 'speaker' or b.role = 'speaker') as quoted_together

    from statement_actors as a
    inner join statement_actors as b
        on a.statement_id = b.statement_id
        and a.actor_id < b.actor_id
    group by a.actor_id, b.actor_id

),

pairs as (

    -- every statement pair is also an article pair (a statement's actors take part in its article)

    select
        article_pairs.actor_id_a,
        article_pairs.actor_id_b,
        article_pairs.articles_together,
        cast(coalesce(statement_pairs.statements_together, 0) as bigint) as statements_together,
        cast(coalesce(statement_pairs.quoted_together, 0) as bigint) as quoted_together,
        article_pairs.sites_together,
        article_pairs.first_date,
        article_pairs.last_date

    from article_pairs
    left join statement_pairs
        on article_pairs.actor_id_a = statement_pairs.actor_id_a
        and article_pairs.actor_id_b = statement_pairs.actor_id_b

),

final as (

    select
        pairs.actor_id_a,
        pairs.actor_id_b,
        actor_a.canonical_name as actor_name_a,
        actor_a.actor_type as actor_type_a,
        actor_b.canonical_name as actor_name_b,
        actor_b.actor_type as actor_type_b,
        pairs.articles_together,
        pairs.statements_together,
        pairs.quoted_together,
        pairs.articles_together + pairs.statements_together as weight,
        pairs.sites_together,
        pairs.first_date,
        pairs.last_date

    from pairs
    left join actors as actor_a
        on pairs.actor_id_a = actor_a.actor_id
    left join actors as actor_b
        on pairs.actor_id_b = actor_b.actor_id

)

select * from final
