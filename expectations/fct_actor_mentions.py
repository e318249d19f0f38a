"""Suite for the ``fct_actor_mentions`` mart (one row per mention). Empty is legal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.fct_actor_mentions"

REQUIRED_COLUMNS = (
    "mention_id",
    "article_id",
    "actor_id",
    "activity_date",
    "canonical_name",
    "actor_type",
    "start_char",
    "end_char",
)


def build_suite() -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(REQUIRED_COLUMNS),
            *c.not_null("mention_id", "article_id", "actor_id", "activity_date", "actor_type"),
            c.unique("mention_id"),
            c.in_set("actor_type", c.ACTOR_TYPES),
            c.between("start_char", 0),
            c.less_than("start_char", "end_char"),
        ],
    )
