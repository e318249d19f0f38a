-- depends_on: {{ ref('int_articles_dated') }}
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_stale_articles(ref('int_actor_mentions_keyed'), ['mention_id'], ['article_id', 'actor_id', 'published_date', 'activity_date', 'canonical_name', 'actor_type', 'loaded_at']) }}"
    )
}}

with

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}
    {% if is_incremental() %}
    where {{ not_yet_built('article_id') }}
    {% endif %}

),

final as (

    select
        mention_id,
        article_id,
        actor_id,
        published_date,
        activity_date,
        mention_text,
        canonical_name,
        actor_type,
        start_char,
        end_char,
        run_id,
        loaded_at

    from mentions

)

select * from final
