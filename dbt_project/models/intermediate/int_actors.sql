-- one row per canonical actor; actor_id = md5(lower(canonical_name) || '|' || actor_type)

with

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}

),

spellings as (

    -- names that differ only in case share an actor_id: keep the most used spelling

    select
        actor_id,
        canonical_name,
        row_number() over (
            partition by actor_id
            order by count(*) desc, canonical_name
        ) as spelling_rank

    from mentions
    group by actor_id, canonical_name

),

activity as (

    select
        actor_id,
        any_value(actor_type) as actor_type,
        min(activity_date) as first_seen_date,
        max(activity_date) as last_seen_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count

    from mentions
    group by actor_id

),

actors as (

    select
        activity.actor_id,
        spellings.canonical_name,
        activity.actor_type,
        activity.first_seen_date,
        activity.last_seen_date,
        activity.mention_count,
        activity.article_count

    from activity
    inner join spellings
        on activity.actor_id = spellings.actor_id
        and spellings.spelling_rank = 1

)

select * from actors
