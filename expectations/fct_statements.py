"""Suite for the ``fct_statements`` mart (one row per statement).

Columns as in ``dbt_project/models/marts/fct_statements.sql``. An empty mart is legal
(a run may find no statements), so there is no row-count floor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.fct_statements"

REQUIRED_COLUMNS = (
    "statement_id",
    "article_id",
    "activity_date",
    "quote",
    "kind",
    "speaker_type",
    "speaker_actor_id",
    "quote_start",
    "quote_end",
    "quote_length",
    "confidence",
)


def build_suite(*, min_quote_chars: int = 1) -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(REQUIRED_COLUMNS),
            *c.not_null(
                "statement_id", "article_id", "activity_date", "kind", "speaker_type", "confidence"
            ),
            c.unique("statement_id"),
            c.in_set("kind", c.STATEMENT_KINDS),
            c.in_set("speaker_type", c.SPEAKER_TYPES),
            c.between("confidence", 0.0, 1.0),
            c.between("quote_start", 0),
            c.less_than("quote_start", "quote_end"),
            c.between("quote_length", min_quote_chars),
        ],
    )
