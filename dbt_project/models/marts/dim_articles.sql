with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

dated as (

    select * from {{ ref('int_articles_dated') }}

),

statements as (

    select * from {{ ref('stg_raw__statements') }}

),

mentions as (

    select * from {{ ref('stg_raw__actor_mentions') }}

),

topics as (

    select * from {{ ref('stg_raw__article_topics') }}

),

statement_counts as (

    select
        article_id,
        count(*) as statement_count

    from statements
    group by article_id

),

mention_counts as (

    select
        article_id,
        count(*) as mention_count,
        count(distinct lower(canonical_name) || '|' || actor_type) as actor_count

    from mentions
    group by article_id

),

topic_counts as (

    select
        article_id,
        count(*) as topic_count,
        arg_max(topic_code, score) as primary_topic_code

    from topics
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.title,
        articles.author,
        articles.sitename,
        dated.site,
        articles.language_code,
        articles.source_name,
        articles.url,
        articles.final_url,
        articles.canonical_url,
        articles.published_date,
        dated.activity_date,
        dated.activity_date_source,
        articles.word_count,
        coalesce(statement_counts.statement_count, 0) as statement_count,
        coalesce(mention_counts.mention_count, 0) as mention_count,
        coalesce(mention_counts.actor_count, 0) as actor_count,
        coalesce(topic_counts.topic_count, 0) as topic_count,
        topic_counts.primary_topic_code,
        articles.http_status,
        articles.content_type,
        articles.raw_sha256,
        articles.fetched_at,
        articles.run_id,
        articles.batch_id,
        articles.loaded_at

    from articles
    inner join dated
        on articles.article_id = dated.article_id
    left join statement_counts
        on articles.article_id = statement_counts.article_id
    left join mention_counts
        on articles.article_id = mention_counts.article_id
    left join topic_counts
        on articles.article_id = topic_counts.article_id

)

select * from final
