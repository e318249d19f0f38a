{#-
    Incremental facts keyed by article (incremental_strategy='delete+insert', unique_key='article_id').

    stale_articles(current, keys, compare) is the set of articles whose rows in {{ this }} must be
    rebuilt on an incremental run:
      - articles (re)loaded since the newest row already built (the loader gives every row of a
        load one _loaded_at, and replaces an article with all its children), and
      - articles with a built row that no longer matches the current upstream row `current`
        (joined on the `keys` columns, compared on the `compare` columns) or no longer exists there: this is
        what an edit of seeds/actor_aliases.csv or a newly seen actor changes.
    So an incremental run leaves the same rows as a full rebuild; the matches_full_rebuild data
    test checks it after every build.

    delete_stale_articles(...) is the models' pre-hook: it deletes the stale articles' rows, so
    that an article reloaded with no rows left loses its old ones too (delete+insert alone only
    deletes the keys present in the new rows). The model then selects every article with no row
    in {{ this }} (not_yet_built('article_id')): new articles and the stale ones just deleted.
-#}
{% macro stale_articles(current, keys, compare) -%}
    select article_id
    from {{ ref('int_articles_dated') }}
    where loaded_at > (
        select coalesce(max(loaded_at), cast('-infinity' as timestamptz)) from {{ this }}
    )

    union

    select built.article_id
    from {{ this }} as built
    left join {{ current }} as current_rows
        on {% for k in keys %}{{ 'and ' if not loop.first }}built.{{ k }} = current_rows.{{ k }} {% endfor %}
    where current_rows.{{ keys[0] }} is null
        {%- for column in compare %}
        or built.{{ column }} is distinct from current_rows.{{ column }}
        {%- endfor %}
{%- endmacro %}

{% macro delete_stale_articles(current, keys, compare) -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where article_id in ({{ stale_articles(current, keys, compare) }})
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}

{% macro not_yet_built(column) -%}
    {{ column }} not in (select distinct article_id from {{ this }})
{%- endmacro %}
