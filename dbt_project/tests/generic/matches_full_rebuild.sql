{#-
    Fails for every row an incremental model holds that a full rebuild would not (and the other
    way round): `model` compared with `rebuild`, the relation it is built from, on `columns`
    (rows compared with multiplicity, EXCEPT ALL both ways).

        data_tests:
          - matches_full_rebuild:
              arguments:
                rebuild: ref('int_actor_mentions_keyed')
                columns: ['mention_id', 'article_id', 'actor_id']
-#}
{% test matches_full_rebuild(model, rebuild, columns) %}

with

built as (

    select {{ columns | join(', ') }} from {{ model }}

),

rebuilt as (

    select {{ columns | join(', ') }} from {{ rebuild }}

),

only_built as (

    select 'only in the incremental model' as difference, * from (
        select * from built
        except all
        select * from rebuilt
    )

),

only_rebuilt as (

    select 'missing from the incremental model' as difference, * from (
        select * from rebuilt
        except all
        select * from built
    )

),

differences as (

    select * from only_built

    union all

    select * from only_rebuilt

)

select * from differences

{% endtest %}
