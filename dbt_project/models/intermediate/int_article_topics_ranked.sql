-- article topics with the vocabulary's label, level and top-level topic, ranked within the article and level

with

article_topics as (

    select * from {{ ref('stg_raw__article_topics') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

topics as (

    select * from {{ ref('int_topics_with_parents') }}

),

labelled as (

    select
        article_topics.article_id,
        article_topics.topic_code,
        -- the vocabulary's label and level win; the extractor's are the fallback for unknown codes
        coalesce(topics.topic_label, article_topics.topic_label) as topic_label,
        coalesce(topics.topic_level, article_topics.topic_level) as topic_level,
        topics.top_level_code,
        topics.top_level_label,
        article_topics.score,
        articles.published_date,
        coalesce(
            articles.activity_date,
            cast(timezone('UTC', article_topics.loaded_at) as date)
        ) as activity_date,
        article_topics.run_id,
        article_topics.loaded_at

    from article_topics
    left join topics
        on article_topics.topic_code = topics.topic_code
    left join articles
        on article_topics.article_id = articles.article_id

),

ranked as (

    select
        *,
        row_number() over (
            partition by article_id, topic_level
            order by score desc, topic_code
        ) as topic_rank

    from labelled

)

select * from ranked
