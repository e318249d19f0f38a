"""Landing suite for ``article_topics`` batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.article_topics"


def build_suite(
    *,
    id_regex: str = c.LANDING_ID_REGEX,
    topic_code_regex: str = c.TOPIC_CODE_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """One row per (article, IPTC Media Topic), with a score in [0, 1]."""
    columns = c.landing_columns("article_topics")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null("article_id", "topic_code", "topic_label", "topic_level", "score"),
            c.unique_together("article_id", "topic_code"),
            c.matches("article_id", id_regex),
            c.matches("topic_code", topic_code_regex),
            c.between("topic_level", 1),
            c.between("score", 0.0, 1.0),
        ],
    )
