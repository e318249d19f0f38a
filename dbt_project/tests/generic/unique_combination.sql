{#-
    Fails for every combination of `columns` that occurs more than once.
    A built-in stand-in for dbt_utils.unique_combination_of_columns (not available offline).

        data_tests:
          - unique_combination:
              arguments:
                columns: ['article_id', 'topic_code']
-#}
{% test unique_combination(model, columns) %}

with

grouped as (

    select
        {{ columns | join(', ') }},
        count(*) as n_rows
    from {{ model }}
    group by {{ columns | join(', ') }}

),

duplicates as (

    select * from grouped
    where n_rows > 1

)

select * from duplicates

{% endtest %}
