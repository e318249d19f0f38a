-- the IPTC vocabulary, each topic with its parent and its top-level topic

with

topics as (

    select * from {{ ref('iptc_media_topics') }}

),

with_parents as (

    select
        topics.topic_code,
        topics.label as topic_label,
        topics.level as topic_level,
        topics.parent_code,
        parents.label as parent_label,
        coalesce(topics.parent_code, topics.topic_code) as top_level_code,
        coalesce(parents.label, topics.label) as top_level_label,
        topics.vocabulary_version

    from topics
    left join topics as parents
        on topics.parent_code = parents.topic_code

)

select * from with_parents
