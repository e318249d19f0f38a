-- what each actor is in the news about: one row per actor and topic, over all articles

with

article_actors as (

    select * from {{ ref('int_article_actors') }}

),

article_topics as (

    select * from {{ ref('fct_article_topics') }}

),

actors as (

    select * from {{ ref('dim_actors') }}

),

per_pair as (

    select
        article_actors.actor_id,
        article_topics.topic_code,
        min(article_topics.topic_label) as topic_label,
        min(article_topics.topic_level) as topic_level,
        cast(sum(article_actors.mention_count) as bigint) as mention_count,
        cast(sum(article_actors.statement_count) as bigint) as statement_count,
        count(distinct article_actors.article_id) as article_count,
        count(distinct article_actors.site) as site_count,
        min(article_actors.activity_date) as first_date,
        max(article_actors.activity_date) as last_date

    from article_actors
    inner join article_topics
        on article_actors.article_id = article_topics.article_id
    group by article_actors.actor_id, article_topics.topic_code

),

final as (

    select
        per_pair.actor_id,
        per_pair.topic_code,
        actors.canonical_name,
        actors.actor_type,
        per_pair.topic_label,
        per_pair.topic_level,
        per_pair.mention_count,
        per_pair.statement_count,
        per_pair.article_count,
        per_pair.site_count,
        per_pair.first_date,
        per_pair.last_date

    from per_pair
    left join actors
        on per_pair.actor_id = actors.actor_id

)

select * from final
