with

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}

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
