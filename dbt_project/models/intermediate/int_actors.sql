-- one row per canonical actor; actor_id = md5(actor_key || '|' || actor_type), where actor_key is
-- the normalised canonical name after the alias seed (see int_actor_mentions_keyed)

with

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}

),

spellings as (

    -- names that fold to the same key share an actor_id: keep the alias seed's canonical name,
    -- else the most used spelling

    select
        actor_id,
        actor_name,
        row_number() over (
            partition by actor_id
            order by bool_or(is_seed_alias) desc, count(*) desc, actor_name
        ) as spelling_rank

    from mentions
    group by actor_id, actor_name

),

activity as (

    select
        actor_id,
        any_value(actor_key) as actor_key,
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
        activity.actor_key,
        spellings.actor_name as canonical_name,
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
