-- actor mentions with the actor's key and the day they count for

with

mentions as (

    select * from {{ ref('stg_raw__actor_mentions') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

keyed as (

    select
        mentions.mention_id,
        mentions.article_id,
        md5(lower(mentions.canonical_name) || '|' || mentions.actor_type) as actor_id,
        mentions.mention_text,
        mentions.canonical_name,
        mentions.actor_type,
        mentions.start_char,
        mentions.end_char,
        articles.published_date,
        coalesce(
            articles.activity_date,
            cast(timezone('UTC', mentions.loaded_at) as date)
        ) as activity_date,
        mentions.run_id,
        mentions.loaded_at

    from mentions
    left join articles
        on mentions.article_id = articles.article_id

)

select * from keyed
