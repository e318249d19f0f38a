with

mentions as (

    select * from {{ ref('fct_actor_mentions') }}

),

statements as (

    select * from {{ ref('fct_statements') }}

),

actors as (

    select * from {{ ref('dim_actors') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

events as (

    select
        actor_id,
        activity_date,
        article_id,
        1 as is_mention,
        0 as is_statement

    from mentions

    union all

    select
        speaker_actor_id as actor_id,
        activity_date,
        article_id,
        0 as is_mention,
        1 as is_statement

    from statements
    where speaker_actor_id is not null

),

daily as (

    select
        events.actor_id,
        events.activity_date,
        sum(events.is_mention) as mention_count,
        sum(events.is_statement) as statement_count,
        count(distinct events.article_id) as article_count,
        count(distinct articles.site) as site_count

    from events
    left join articles
        on events.article_id = articles.article_id
    group by events.actor_id, events.activity_date

),

final as (

    select
        daily.actor_id,
        daily.activity_date,
        actors.canonical_name,
        actors.actor_type,
        cast(daily.mention_count as bigint) as mention_count,
        cast(daily.statement_count as bigint) as statement_count,
        daily.article_count,
        daily.site_count

    from daily
    left join actors
        on daily.actor_id = actors.actor_id

)

select * from final
