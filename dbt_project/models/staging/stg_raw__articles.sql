with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        -- ids
        cast(article_id as varchar) as article_id,
        cast(raw_sha256 as varchar) as raw_sha256,

        -- where it came from
        cast(source as varchar) as source_name,
        cast(url as varchar) as url,
        cast(final_url as varchar) as final_url,
        cast(canonical_url as varchar) as canonical_url,
        cast(http_status as integer) as http_status,
        cast(content_type as varchar) as content_type,

        -- what it says
        cast(title as varchar) as title,
        cast(author as varchar) as author,
        cast(sitename as varchar) as sitename,
        cast(language as varchar) as language_code,
        cast(text as varchar) as article_text,
        cast(word_count as integer) as word_count,

        -- dates
        cast(published_date as date) as published_date,
        cast(fetched_at as timestamptz) as fetched_at,

        -- load metadata
        cast(_batch_id as varchar) as batch_id,
        cast(_run_id as varchar) as run_id,
        cast(_loaded_at as timestamptz) as loaded_at

    from source

)

select * from renamed
