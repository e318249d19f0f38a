"""Suite for the ``dim_actors`` mart (one row per canonical actor).

``actor_id`` is md5(lower(canonical_name) || '|' || actor_type), see
``dbt_project/models/intermediate/int_actors.sql``. An empty dimension is legal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.dim_actors"

ACTOR_ID_REGEX = r"^[0-9a-f]{32}$"

REQUIRED_COLUMNS = (
    "actor_id",
    "canonical_name",
    "actor_type",
    "mention_count",
    "article_count",
    "statement_count",
)


def build_suite(*, actor_id_regex: str = ACTOR_ID_REGEX) -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(REQUIRED_COLUMNS),
            *c.not_null("actor_id", "canonical_name", "actor_type", "statement_count"),
            c.unique("actor_id"),
            c.matches("actor_id", actor_id_regex),
            c.unique_together("canonical_name", "actor_type"),
            c.in_set("actor_type", c.ACTOR_TYPES),
            # an actor exists because it was mentioned at least once
            c.between("mention_count", 1),
            c.between("article_count", 1),
            c.between("statement_count", 0),
        ],
    )
