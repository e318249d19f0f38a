"""Suite for the relationships between the marts: every foreign key of a fact or bridge
mart points at a row of its dimension, and the share of actor mentions whose actor is
missing from ``dim_actors`` stays within bounds.

Validated on the one-row frame :func:`query` returns (orphan counts per relationship),
so the report shows each count as the observed value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.relationships"

# column of the frame -> (mart, its column, dimension, the dimension's key)
RELATIONSHIPS: dict[str, tuple[str, str, str, str]] = {
    "fct_statements_article_orphans": (
        "fct_statements",
        "article_id",
        "dim_articles",
        "article_id",
    ),
    "fct_statements_speaker_orphans": (
        "fct_statements",
        "speaker_actor_id",
        "dim_actors",
        "actor_id",
    ),
    "fct_actor_mentions_article_orphans": (
        "fct_actor_mentions",
        "article_id",
        "dim_articles",
        "article_id",
    ),
    "fct_article_topics_article_orphans": (
        "fct_article_topics",
        "article_id",
        "dim_articles",
        "article_id",
    ),
    "fct_actor_topics_actor_orphans": ("fct_actor_topics", "actor_id", "dim_actors", "actor_id"),
    "fct_actor_cooccurrences_actor_a_orphans": (
        "fct_actor_cooccurrences",
        "actor_id_a",
        "dim_actors",
        "actor_id",
    ),
    "fct_actor_cooccurrences_actor_b_orphans": (
        "fct_actor_cooccurrences",
        "actor_id_b",
        "dim_actors",
        "actor_id",
    ),
    "dim_actor_aliases_actor_orphans": ("dim_actor_aliases", "actor_id", "dim_actors", "actor_id"),
}


def query(schema: str) -> str:
    """The frame to validate: one row, one orphan count per relationship (rows of the mart
    whose non-null key is missing from the dimension), and the unresolved mention share."""
    counts = ",\n".join(
        f"(select count(*) from {schema}.{mart} as m where m.{column} is not null "
        f"and m.{column} not in (select {key} from {schema}.{dimension})) as {name}"
        for name, (mart, column, dimension, key) in RELATIONSHIPS.items()
    )
    return f"""
        select
            {counts},
            (
                select coalesce(
                    count(*) filter (
                        where m.actor_id is null
                           or m.actor_id not in (select actor_id from {schema}.dim_actors)
                    ) / nullif(count(*), 0),
                    0
                )
                from {schema}.fct_actor_mentions as m
            ) as unresolved_mention_share
    """


def build_suite(*, max_unresolved_mention_share: float = 0.0) -> gx.ExpectationSuite:
    """Every relationship holds (no orphans); at most ``max_unresolved_mention_share`` of
    the actor mentions have an actor that is not in ``dim_actors``."""
    return c.suite(
        DATASET,
        [
            c.columns_include([*RELATIONSHIPS, "unresolved_mention_share"]),
            *(c.max_at_most(name, 0) for name in RELATIONSHIPS),
            c.max_at_most("unresolved_mention_share", max_unresolved_mention_share),
        ],
    )
