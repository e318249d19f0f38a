-- the alias seed keyed for matching: one row per alias key, pointing at its canonical actor

with

aliases as (

    select * from {{ ref('actor_aliases') }}

),

keyed as (

    select
        {{ normalize_actor_key('alias') }} as alias_key,
        trim(alias) as alias,
        trim(canonical_name) as canonical_name,
        {{ normalize_actor_key('canonical_name') }} as canonical_key,
        lower(trim(actor_type)) as actor_type

    from aliases
    where nullif(trim(alias), '') is not null
        and nullif(trim(canonical_name), '') is not null

),

canonical_names as (

    -- a canonical name is an alias of itself, so a speaker named "United States" meets the
    -- seed's type as well; an explicit alias row wins over this implied one

    select
        canonical_key as alias_key,
        canonical_name as alias,
        canonical_name,
        canonical_key,
        actor_type

    from keyed
    where canonical_key not in (select alias_key from keyed)

),

combined as (

    select * from keyed

    union all

    select * from canonical_names

),

deduplicated as (

    -- one row per key: when two seed rows fold to the same key the first canonical name wins

    select
        *,
        row_number() over (
            partition by alias_key
            order by canonical_key, actor_type, alias
        ) as key_rank

    from combined

),

final as (

    select
        alias_key,
        alias,
        canonical_name,
        canonical_key,
        actor_type

    from deduplicated
    where key_rank = 1

)

select * from final
