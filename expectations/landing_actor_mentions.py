"""Landing suite for ``actor_mentions`` batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.actor_mentions"


def build_suite(
    *,
    id_regex: str = c.LANDING_ID_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """Mentions have ids, a text and a canonical name, a known actor type and
    ordered, non-negative offsets."""
    columns = c.landing_columns("actor_mentions")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null(
                "mention_id",
                "article_id",
                "mention_text",
                "canonical_name",
                "actor_type",
                "start_char",
                "end_char",
            ),
            c.unique("mention_id"),
            c.matches("mention_id", id_regex),
            c.matches("article_id", id_regex),
            c.min_length("mention_text", 1),
            c.min_length("canonical_name", 1),
            c.in_set("actor_type", c.ACTOR_TYPES),
            c.between("start_char", 0),
            c.less_than("start_char", "end_char"),
        ],
    )
