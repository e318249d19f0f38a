"""Suite for the ``fct_actor_topics`` mart (one row per actor × topic). Empty is legal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c
from expectations.dim_actors import ACTOR_ID_REGEX

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.fct_actor_topics"

REQUIRED_COLUMNS = (
    "actor_id",
    "topic_code",
    "mention_count",
    "statement_count",
    "article_count",
    "first_date",
    "last_date",
)


def build_suite(
    *,
    actor_id_regex: str = ACTOR_ID_REGEX,
    topic_code_regex: str = c.TOPIC_CODE_REGEX,
) -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(REQUIRED_COLUMNS),
            *c.not_null(*REQUIRED_COLUMNS),
            c.unique_together("actor_id", "topic_code"),
            c.matches("actor_id", actor_id_regex),
            c.matches("topic_code", topic_code_regex),
            c.in_set("actor_type", c.ACTOR_TYPES),
            # an actor × topic row exists because an article with the topic names the actor
            c.between("article_count", 1),
            c.between("mention_count", 0),
            c.between("statement_count", 0),
        ],
    )
