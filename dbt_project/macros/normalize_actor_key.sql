{#-
    The key actor names are matched on: lower case, accents stripped, trimmed, full stops
    and apostrophes dropped, any other run of punctuation or white space folded to one space.
        'Sergei  Lavrov' -> 'sergei lavrov'    'U.S.' -> 'us'    'Côte d''Ivoire' -> 'cote divoire'
    Used for the alias seed, mention names and speaker names alike, so they meet on one key.
-#}
{% macro normalize_actor_key(expression) -%}
    trim(regexp_replace(regexp_replace(lower(strip_accents(trim({{ expression }}))), '[.''’`]', '', 'g'), '[^a-z0-9]+', ' ', 'g'))
{%- endmacro %}
