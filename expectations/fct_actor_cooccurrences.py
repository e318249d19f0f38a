"""Suite for the ``fct_actor_cooccurrences`` mart (one row per unordered actor pair,
``actor_id_a < actor_id_b``). Empty is legal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c
from expectations.dim_actors import ACTOR_ID_REGEX

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.fct_actor_cooccurrences"

REQUIRED_COLUMNS = (
    "actor_id_a",
    "actor_id_b",
    "articles_together",
    "statements_together",
    "weight",
    "first_date",
    "last_date",
)


def build_suite(*, actor_id_regex: str = ACTOR_ID_REGEX) -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(REQUIRED_COLUMNS),
            *c.not_null(*REQUIRED_COLUMNS),
            c.unique_together("actor_id_a", "actor_id_b"),
            c.matches("actor_id_a", actor_id_regex),
            c.matches("actor_id_b", actor_id_regex),
            # each pair is stored once, ordered
            c.less_than("actor_id_a", "actor_id_b"),
            c.between("articles_together", 1),
            c.between("statements_together", 0),
            c.between("weight", 1),
        ],
    )
