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
        actor_id,
        activity_date,
        sum(is_mention) as mention_count,
        sum(is_statement) as statement_count,
        count(distinct article_id) as article_count

    from events
    group by actor_id, activity_date

),

final as (

    select
        daily.actor_id,
        daily.activity_date,
        actors.canonical_name,
        actors.actor_type,
        cast(daily.mention_count as bigint) as mention_count,
        cast(daily.statement_count as bigint) as statement_count,
        daily.article_count

    from daily
    left join actors
        on daily.actor_id = actors.actor_id

)

select * from final
