with

source as (

    select * from {{ source('raw', 'statement_topics') }}

),

renamed as (

    select
        -- ids
        cast(statement_id as varchar) as statement_id,
        cast(article_id as varchar) as article_id,
        cast(topic_code as varchar) as topic_code,

        -- the topic as the extractor saw it
        cast(topic_label as varchar) as topic_label,
        cast(topic_level as integer) as topic_level,
        cast(score as double) as score,

        -- load metadata
        cast(_batch_id as varchar) as batch_id,
        cast(_run_id as varchar) as run_id,
        cast(_loaded_at as timestamptz) as loaded_at

    from source

)

select * from renamed
