with

source as (

    select * from {{ source('raw', 'actor_mentions') }}

),

renamed as (

    select
        -- ids
        cast(mention_id as varchar) as mention_id,
        cast(article_id as varchar) as article_id,

        -- the mention
        cast(mention_text as varchar) as mention_text,
        cast(canonical_name as varchar) as canonical_name,
        cast(actor_type as varchar) as actor_type,
        cast(start_char as integer) as start_char,
        cast(end_char as integer) as end_char,

        -- load metadata
        cast(_batch_id as varchar) as batch_id,
        cast(_run_id as varchar) as run_id,
        cast(_loaded_at as timestamptz) as loaded_at

    from source

)

select * from renamed
