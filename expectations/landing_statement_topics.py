"""Landing suite for ``statement_topics`` batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.statement_topics"


def build_suite(
    *,
    id_regex: str = c.LANDING_ID_REGEX,
    topic_code_regex: str = c.TOPIC_CODE_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """One row per (statement, IPTC Media Topic), with its article and a score in [0, 1]."""
    columns = c.landing_columns("statement_topics")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null(
                "statement_id", "article_id", "topic_code", "topic_label", "topic_level", "score"
            ),
            c.unique_together("statement_id", "topic_code"),
            c.matches("statement_id", id_regex),
            c.matches("article_id", id_regex),
            c.matches("topic_code", topic_code_regex),
            c.between("topic_level", 1, 2),
            c.between("score", 0.0, 1.0),
        ],
    )
