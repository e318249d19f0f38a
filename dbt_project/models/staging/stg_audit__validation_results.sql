with

source as (

    select * from {{ source('audit', 'validation_results') }}

),

renamed as (

    select
        -- ids
        cast(run_id as varchar) as run_id,
        cast(batch_id as varchar) as batch_id,

        -- what was checked
        cast(suite as varchar) as suite_name,
        cast(dataset as varchar) as dataset_name,
        cast(expectation_type as varchar) as expectation_type,
        cast(column_name as varchar) as column_name,

        -- the outcome
        cast(success as boolean) as is_success,
        cast(observed_value as varchar) as observed_value,
        cast(details as varchar) as details_json,

        cast(validated_at as timestamptz) as validated_at

    from source

)

select * from renamed
