with

statements as (

    select * from {{ ref('int_statements_with_speakers') }}

),

final as (

    select
        statement_id,
        article_id,
        published_date,
        activity_date,
        quote,
        kind,
        cue,
        speaker,
        speaker_type,
        speaker_actor_id,
        speaker_mention,
        quote_start,
        quote_end,
        cue_start,
        cue_end,
        speaker_start,
        speaker_end,
        length(quote) as quote_length,
        confidence,
        run_id,
        loaded_at

    from statements

)

select * from final
