with

topics as (

    select * from {{ ref('int_topics_with_parents') }}

)

select * from topics
