-- the top five actors of each topic and day, by mentions plus statements in the topic's articles

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

per_actor as (

    select
        article_topics.topic_code,
        article_topics.activity_date,
        article_actors.actor_id,
        cast(sum(article_actors.mention_count) as bigint) as mention_count,
        cast(sum(article_actors.statement_count) as bigint) as statement_count,
        count(distinct article_actors.article_id) as article_count

    from article_actors
    inner join article_topics
        on article_actors.article_id = article_topics.article_id
    group by article_topics.topic_code, article_topics.activity_date, article_actors.actor_id

),

ranked as (

    select
        per_actor.topic_code,
        per_actor.activity_date,
        row_number() over (
            partition by per_actor.topic_code, per_actor.activity_date
            order by
                per_actor.mention_count + per_actor.statement_count desc,
                per_actor.statement_count desc,
                per_actor.article_count desc,
                actors.canonical_name,
                per_actor.actor_id
        ) as actor_rank,
        per_actor.actor_id,
        actors.canonical_name,
        actors.actor_type,
        per_actor.mention_count,
        per_actor.statement_count,
        per_actor.article_count

    from per_actor
    left join actors
        on per_actor.actor_id = actors.actor_id

),

final as (

    select * from ranked
    where actor_rank <= 5

)

select * from final
