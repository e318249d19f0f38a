with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select
        -- ids
        cast(quarantine_id as varchar) as quarantine_id,

        -- what failed, where and why
        cast(source as varchar) as source_name,
        cast(locator as varchar) as locator,
        cast(stage as varchar) as stage,
        cast(reason as varchar) as reason,
        cast(detail as varchar) as detail,

        cast(quarantined_at as timestamptz) as quarantined_at,

        -- load metadata
        cast(_batch_id as varchar) as batch_id,
        cast(_run_id as varchar) as run_id,
        cast(_loaded_at as timestamptz) as loaded_at

    from source

)

select * from renamed
