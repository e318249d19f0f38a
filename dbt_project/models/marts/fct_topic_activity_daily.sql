with

article_topics as (

    select * from {{ ref('fct_article_topics') }}

),

statements as (

    select * from {{ ref('fct_statements') }}

),

top_actors as (

    select * from {{ ref('fct_topic_actors_daily') }}

),

statements_per_article as (

    select
        article_id,
        count(*) as statement_count

    from statements
    group by article_id

),

daily as (

    select
        article_topics.topic_code,
        article_topics.activity_date,
        min(article_topics.topic_label) as topic_label,
        min(article_topics.topic_level) as topic_level,
        count(distinct article_topics.article_id) as article_count,
        cast(coalesce(sum(statements_per_article.statement_count), 0) as bigint) as statement_count,
        avg(article_topics.score) as avg_score

    from article_topics
    left join statements_per_article
        on article_topics.article_id = statements_per_article.article_id
    group by article_topics.topic_code, article_topics.activity_date

),

top_actor_names as (

    select
        topic_code,
        activity_date,
        string_agg(canonical_name, '; ' order by actor_rank) as top_actors

    from top_actors
    group by topic_code, activity_date

),

final as (

    select
        daily.topic_code,
        daily.activity_date,
        daily.topic_label,
        daily.topic_level,
        daily.article_count,
        daily.statement_count,
        daily.avg_score,
        top_actor_names.top_actors

    from daily
    left join top_actor_names
        on daily.topic_code = top_actor_names.topic_code
        and daily.activity_date = top_actor_names.activity_date

)

select * from final
