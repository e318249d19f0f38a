"""Suite for the ``fct_statement_topics`` mart (one row per statement × topic). Empty is legal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.fct_statement_topics"

REQUIRED_COLUMNS = (
    "statement_id",
    "article_id",
    "topic_code",
    "topic_level",
    "score",
    "topic_rank",
    "activity_date",
)


def build_suite(*, topic_code_regex: str = c.TOPIC_CODE_REGEX) -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(REQUIRED_COLUMNS),
            *c.not_null("statement_id", "article_id", "topic_code", "topic_rank", "activity_date"),
            c.unique_together("statement_id", "topic_code"),
            c.matches("topic_code", topic_code_regex),
            c.between("topic_level", 1, 2),
            c.between("score", 0.0, 1.0),
            c.between("topic_rank", 1),
        ],
    )
