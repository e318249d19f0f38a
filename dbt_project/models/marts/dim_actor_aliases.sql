-- every surface form an actor was seen under: the text of its mentions and the names the
-- extractor resolved them to, with the actor they were merged into

with

mentions as (

    select * from {{ ref('int_actor_mentions_keyed') }}

),

aliases as (

    select * from {{ ref('int_actor_aliases') }}

),

actors as (

    select * from {{ ref('dim_actors') }}

),

surface_forms as (

    select mention_id, actor_id, activity_date, trim(mention_text) as alias from mentions

    union all

    select mention_id, actor_id, activity_date, trim(canonical_name) as alias from mentions

),

per_alias as (

    select
        actor_id,
        alias,
        count(distinct mention_id) as mention_count,
        min(activity_date) as first_seen_date,
        max(activity_date) as last_seen_date

    from surface_forms
    where nullif(alias, '') is not null
    group by actor_id, alias

),

final as (

    select
        per_alias.actor_id,
        per_alias.alias,
        {{ normalize_actor_key('per_alias.alias') }} as alias_key,
        actors.canonical_name,
        actors.actor_type,
        aliases.alias_key is not null as is_seed_alias,
        per_alias.mention_count,
        per_alias.first_seen_date,
        per_alias.last_seen_date

    from per_alias
    left join actors
        on per_alias.actor_id = actors.actor_id
    left join aliases
        on {{ normalize_actor_key('per_alias.alias') }} = aliases.alias_key

)

select * from final
