{{ config(materialized='table') }}

-- who takes part in each article: every actor mentioned in it or quoted as its resolved speaker

with

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}

),

statements as (

    select * from {{ ref('int_statements_with_speakers') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

events as (

    select
        article_id,
        actor_id,
        activity_date,
        1 as is_mention,
        0 as is_statement

    from mentions

    union all

    select
        article_id,
        speaker_actor_id as actor_id,
        activity_date,
        0 as is_mention,
        1 as is_statement

    from statements
    where speaker_actor_id is not null

),

per_article as (

    select
        events.article_id,
        events.actor_id,
        min(events.activity_date) as activity_date,
        cast(sum(events.is_mention) as bigint) as mention_count,
        cast(sum(events.is_statement) as bigint) as statement_count

    from events
    group by events.article_id, events.actor_id

),

final as (

    select
        per_article.article_id,
        per_article.actor_id,
        per_article.activity_date,
        articles.site,
        per_article.mention_count,
        per_article.statement_count

    from per_article
    left join articles
        on per_article.article_id = articles.article_id

)

select * from final
