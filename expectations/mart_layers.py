"""Suite for row counts between layers: each mart built from a raw table holds exactly
the raw table's keys, none missing and none extra (an incremental build that skipped or
doubled an article shows here even when each table looks well formed on its own).

Validated on the one-row frame :func:`query` returns: per pair, the keys in the raw
table missing from the mart, and the keys in the mart missing from the raw table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.layers"

# raw table -> (mart, key columns)
LAYERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles": ("dim_articles", ("article_id",)),
    "statements": ("fct_statements", ("statement_id",)),
    "actor_mentions": ("fct_actor_mentions", ("mention_id",)),
    "article_topics": ("fct_article_topics", ("article_id", "topic_code")),
}


def columns() -> list[str]:
    return [f"{raw}_{side}" for raw in LAYERS for side in ("missing_from_mart", "extra_in_mart")]


def query(schema: str) -> str:
    """The frame to validate (one row): key differences between each raw table and its
    mart, counted with multiplicity (a key doubled in the mart counts once extra)."""
    parts = []
    for raw, (mart, keys) in LAYERS.items():
        cols = ", ".join(keys)
        parts.append(
            f"(select count(*) from (select {cols} from raw.{raw} "
            f"except all select {cols} from {schema}.{mart})) as {raw}_missing_from_mart"
        )
        parts.append(
            f"(select count(*) from (select {cols} from {schema}.{mart} "
            f"except all select {cols} from raw.{raw})) as {raw}_extra_in_mart"
        )
    return "select\n    " + ",\n    ".join(parts)


def build_suite(*, max_mismatch: int = 0) -> gx.ExpectationSuite:
    """At most ``max_mismatch`` keys differ each way between a raw table and its mart."""
    return c.suite(
        DATASET,
        [c.columns_include(columns()), *(c.max_at_most(name, max_mismatch) for name in columns())],
    )
