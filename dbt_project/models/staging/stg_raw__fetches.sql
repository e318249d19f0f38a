with

source as (

    select * from {{ source('raw', 'fetches') }}

),

renamed as (

    select
        -- ids
        cast(fetch_id as varchar) as fetch_id,

        -- the request and its outcome
        cast(url as varchar) as url,
        cast(final_url as varchar) as final_url,
        cast(status as integer) as http_status,
        cast(content_type as varchar) as content_type,
        cast(bytes as bigint) as response_bytes,
        cast(elapsed_ms as integer) as elapsed_ms,
        cast(error as varchar) as error,

        cast(fetched_at as timestamptz) as fetched_at,

        -- load metadata
        cast(_batch_id as varchar) as batch_id,
        cast(_run_id as varchar) as run_id,
        cast(_loaded_at as timestamptz) as loaded_at

    from source

)

select * from renamed
