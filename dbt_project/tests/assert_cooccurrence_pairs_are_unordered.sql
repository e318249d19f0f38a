-- fct_actor_cooccurrences holds each pair once, as (smaller actor_id, larger actor_id):
-- fails for a row with actor_id_a >= actor_id_b, or a pair also present the other way round

with

pairs as (

    select * from {{ ref('fct_actor_cooccurrences') }}

),

misordered as (

    select actor_id_a, actor_id_b, 'not ordered' as problem
    from pairs
    where actor_id_a >= actor_id_b

),

mirrored as (

    select pairs.actor_id_a, pairs.actor_id_b, 'also present as (b, a)' as problem
    from pairs
    inner join pairs as reversed
        on pairs.actor_id_a = reversed.actor_id_b
        and pairs.actor_id_b = reversed.actor_id_a

),

inconsistent as (

    select actor_id_a, actor_id_b, 'weight or dates inconsistent' as problem
    from pairs
    where weight <> articles_together + statements_together
        or statements_together > weight
        or articles_together < 1
        or first_date > last_date

),

problems as (

    select * from misordered
    union all
    select * from mirrored
    union all
    select * from inconsistent

)

select * from problems
