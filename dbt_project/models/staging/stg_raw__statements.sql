with

source as (

    select * from {{ source('raw', 'statements') }}

),

renamed as (

    select
        -- ids
        cast(statement_id as varchar) as statement_id,
        cast(article_id as varchar) as article_id,

        -- the reported words
        cast(quote as varchar) as quote,
        cast(kind as varchar) as kind,
        cast(quote_start as integer) as quote_start,
        cast(quote_end as integer) as quote_end,

        -- the reporting cue
        cast(cue as varchar) as cue,
        cast(cue_start as integer) as cue_start,
        cast(cue_end as integer) as cue_end,

        -- the speaker
        cast(speaker as varchar) as speaker,
        cast(speaker_type as varchar) as speaker_type,
        cast(speaker_mention as varchar) as speaker_mention,
        cast(speaker_start as integer) as speaker_start,
        cast(speaker_end as integer) as speaker_end,

        cast(confidence as double) as confidence,

        -- load metadata
        cast(_batch_id as varchar) as batch_id,
        cast(_run_id as varchar) as run_id,
        cast(_loaded_at as timestamptz) as loaded_at

    from source

)

select * from renamed
