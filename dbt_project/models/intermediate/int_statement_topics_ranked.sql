-- statement topics with the vocabulary's label, level and top-level topic, ranked within the statement and level

with

statement_topics as (

    select * from {{ ref('stg_raw__statement_topics') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

topics as (

    select * from {{ ref('int_topics_with_parents') }}

),

labelled as (

    select
        statement_topics.statement_id,
        statement_topics.article_id,
        statement_topics.topic_code,
        -- the vocabulary's label and level win; the extractor's are the fallback for unknown codes
        coalesce(topics.topic_label, statement_topics.topic_label) as topic_label,
        coalesce(topics.topic_level, statement_topics.topic_level) as topic_level,
        topics.top_level_code,
        topics.top_level_label,
        statement_topics.score,
        coalesce(
            articles.activity_date,
            cast(timezone('UTC', statement_topics.loaded_at) as date)
        ) as activity_date,
        statement_topics.run_id,
        statement_topics.loaded_at

    from statement_topics
    left join topics
        on statement_topics.topic_code = topics.topic_code
    left join articles
        on statement_topics.article_id = articles.article_id

),

ranked as (

    select
        *,
        row_number() over (
            partition by statement_id, topic_level
            order by score desc, topic_code
        ) as topic_rank

    from labelled

)

select * from ranked
