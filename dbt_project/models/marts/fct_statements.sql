-- depends_on: {{ ref('int_articles_dated') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_stale_articles(ref('int_statements_with_speakers'), ['statement_id'], ['article_id', 'speaker_actor_id', 'published_date', 'activity_date', 'loaded_at']) }}"
    )
}}

with

statements as (

    select * from {{ ref('int_statements_with_speakers') }}
    {% if is_incremental() %}
    where {{ not_yet_built('article_id') }}
    {% endif %}

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
