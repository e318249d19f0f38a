{{ config(materialized='table') }}

-- who takes part in each statement: its resolved speaker, and every actor mentioned inside the
-- quote (a mention whose offsets lie within quote_start..quote_end of the same article)

with

statements as (

    select * from {{ ref('int_statements_with_speakers') }}

),

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}

),

speakers as (

    select
        statement_id,
        article_id,
        activity_date,
        speaker_actor_id as actor_id,
        'speaker' as role

    from statements
    where speaker_actor_id is not null

),

quoted as (

    select
        statements.statement_id,
        statements.article_id,
        statements.activity_date,
        mentions.actor_id,
        'mentioned' as role

    from statements
    inner join mentions
        on statements.article_id = mentions.article_id
        and mentions.start_char >= statements.quote_start
        and mentions.end_char <= statements.quote_end

),

participants as (

    select * from speakers

    union all

    select * from quoted

),

deduplicated as (

    -- an actor who speaks and is also named in their own quote takes part once, as speaker

    select
        statement_id,
        article_id,
        activity_date,
        actor_id,
        bool_or(role = 'speaker') as is_speaker

    from participants
    group by statement_id, article_id, activity_date, actor_id

),

final as (

    select
        statement_id,
        article_id,
        activity_date,
        actor_id,
        case when is_speaker then 'speaker' else 'mentioned' end as role

    from deduplicated

)

select * from final
