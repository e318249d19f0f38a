-- statements with the speaker resolved to a canonical actor, where one matches.
-- a named speaker (speaker_type person or organization) matches an actor of type
-- person, organization or country with the same key: the speaker's name is normalised
-- (lower case, trimmed, punctuation folded) and looked up in the alias seed, like mentions.
-- when several actors share the name, prefer one mentioned in the same article,
-- then one of the same type as the speaker, then a country, then the smallest actor_id.
-- anonymous and unknown speakers, and names with no matching actor, get a null actor.

with

statements as (

    select * from {{ ref('stg_raw__statements') }}

),

articles as (

    select * from {{ ref('int_articles_dated') }}

),

actors as (

    select * from {{ ref('int_actors') }}
    where actor_type in ('person', 'organization', 'country')

),

aliases as (

    select * from {{ ref('int_actor_aliases') }}

),

speaker_keys as (

    select
        statements.statement_id,
        coalesce(aliases.canonical_key, {{ normalize_actor_key('statements.speaker') }}) as speaker_key

    from statements
    left join aliases
        on {{ normalize_actor_key('statements.speaker') }} = aliases.alias_key
    where statements.speaker_type in ('person', 'organization')

),

article_actors as (

    select distinct
        article_id,
        actor_id

    from {{ ref('int_actor_mentions_keyed') }}

),

candidates as (

    select
        statements.statement_id,
        actors.actor_id,
        row_number() over (
            partition by statements.statement_id
            order by
                case when article_actors.actor_id is not null then 0 else 1 end,
                case when actors.actor_type = statements.speaker_type then 0 else 1 end,
                case when actors.actor_type = 'country' then 0 else 1 end,
                actors.actor_id
        ) as match_rank

    from statements
    inner join speaker_keys
        on statements.statement_id = speaker_keys.statement_id
    inner join actors
        on speaker_keys.speaker_key = actors.actor_key
    left join article_actors
        on statements.article_id = article_actors.article_id
        and actors.actor_id = article_actors.actor_id

),

best_match as (

    select
        statement_id,
        actor_id

    from candidates
    where match_rank = 1

),

joined as (

    select
        statements.statement_id,
        statements.article_id,
        articles.published_date,
        coalesce(
            articles.activity_date,
            cast(timezone('UTC', statements.loaded_at) as date)
        ) as activity_date,
        statements.quote,
        statements.kind,
        statements.quote_start,
        statements.quote_end,
        statements.cue,
        statements.cue_start,
        statements.cue_end,
        statements.speaker,
        statements.speaker_type,
        best_match.actor_id as speaker_actor_id,
        statements.speaker_mention,
        statements.speaker_start,
        statements.speaker_end,
        statements.confidence,
        statements.run_id,
        statements.loaded_at

    from statements
    left join best_match
        on statements.statement_id = best_match.statement_id
    left join articles
        on statements.article_id = articles.article_id

)

select * from joined
