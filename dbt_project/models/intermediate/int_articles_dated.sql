-- the day an article counts for in daily activity: its published date, else the (UTC) day it was loaded;
-- and the site it was published on: its site name, else the host of its URL

with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

dated as (

    select
        article_id,
        published_date,
        loaded_at,
        cast(timezone('UTC', loaded_at) as date) as loaded_date,
        coalesce(published_date, cast(timezone('UTC', loaded_at) as date)) as activity_date,
        case
            when published_date is not null then 'published_date'
            else 'loaded_date'
        end as activity_date_source,
        coalesce(
            nullif(lower(trim(sitename)), ''),
            nullif(regexp_extract(lower(coalesce(final_url, url)), '^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1), ''),
            'unknown'
        ) as site

    from articles

)

select * from dated
