with

source as (

    select * from {{ source('audit', 'runs') }}

),

renamed as (

    select
        -- ids
        cast(run_id as varchar) as run_id,

        cast(source as varchar) as source_name,
        cast(status as varchar) as run_status,

        -- timing
        cast(started_at as timestamptz) as started_at,
        cast(finished_at as timestamptz) as finished_at,

        -- counts
        cast(articles as integer) as article_count,
        cast(statements as integer) as statement_count,
        cast(quarantined as integer) as quarantined_count,

        cast(error as varchar) as error_message

    from source

)

select * from renamed
