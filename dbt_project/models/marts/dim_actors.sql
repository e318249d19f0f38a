with

actors as (

    select * from {{ ref('int_actors') }}

),

statements as (

    select * from {{ ref('int_statements_with_speakers') }}

),

speaker_stats as (

    select
        speaker_actor_id as actor_id,
        count(*) as statement_count,
        min(activity_date) as first_statement_date,
        max(activity_date) as last_statement_date

    from statements
    where speaker_actor_id is not null
    group by speaker_actor_id

),

final as (

    select
        actors.actor_id,
        actors.canonical_name,
        actors.actor_type,
        actors.first_seen_date,
        actors.last_seen_date,
        actors.mention_count,
        actors.article_count,
        coalesce(speaker_stats.statement_count, 0) as statement_count,
        speaker_stats.first_statement_date,
        speaker_stats.last_statement_date

    from actors
    left join speaker_stats
        on actors.actor_id = speaker_stats.actor_id

)

select * from final
