-- depends_on: {{ ref('int_articles_dated') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_stale_articles(ref('int_statement_topics_ranked'), ['statement_id', 'topic_code'], ['article_id', 'topic_label', 'topic_level', 'top_level_code', 'top_level_label', 'score', 'topic_rank', 'activity_date', 'loaded_at']) }}"
    )
}}

with

statement_topics as (

    select * from {{ ref('int_statement_topics_ranked') }}
    {% if is_incremental() %}
    where {{ not_yet_built('article_id') }}
    {% endif %}

),

final as (

    select
        statement_id,
        article_id,
        topic_code,
        topic_label,
        topic_level,
        top_level_code,
        top_level_label,
        score,
        topic_rank,
        activity_date,
        run_id,
        loaded_at

    from statement_topics

)

select * from final
