-- actor mentions with the actor's key and the day they count for. the extracted canonical name is
-- normalised (lower case, trimmed, punctuation folded) and looked up in the alias seed, so
-- "Lavrov" / "Sergei Lavrov" and "U.S." / "United States" become one actor.

with

mentions as (

    select * from {{ ref('stg_raw__actor_mentions') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

aliases as (

    select * from {{ ref('int_actor_aliases') }}

),

normalised as (

    select
        *,
        {{ normalize_actor_key('canonical_name') }} as name_key

    from mentions

),

resolved as (

    select
        normalised.*,
        coalesce(aliases.canonical_key, normalised.name_key) as actor_key,
        coalesce(aliases.canonical_name, trim(normalised.canonical_name)) as actor_name,
        coalesce(aliases.actor_type, normalised.actor_type) as resolved_actor_type,
        aliases.alias_key is not null as is_seed_alias

    from normalised
    left join aliases
        on normalised.name_key = aliases.alias_key

),

keyed as (

    select
        resolved.mention_id,
        resolved.article_id,
        md5(resolved.actor_key || '|' || resolved.resolved_actor_type) as actor_id,
        resolved.actor_key,
        resolved.actor_name,
        resolved.mention_text,
        resolved.canonical_name,
        resolved.resolved_actor_type as actor_type,
        resolved.actor_type as extracted_actor_type,
        resolved.is_seed_alias,
        resolved.start_char,
        resolved.end_char,
        articles.published_date,
        coalesce(
            articles.activity_date,
            cast(timezone('UTC', resolved.loaded_at) as date)
        ) as activity_date,
        resolved.run_id,
        resolved.loaded_at

    from resolved
    left join articles
        on resolved.article_id = articles.article_id

)

select * from keyed
