"""Landing suite for ``statements`` batches.

Offsets inside the article text need the articles batch too: see
:func:`expectations.checks.check_statement_offsets`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.statements"


def build_suite(
    *,
    min_quote_chars: int = 1,
    id_regex: str = c.LANDING_ID_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """Statements have ids, a non-empty quote with ordered offsets, known kinds and
    speaker types, and a confidence in [0, 1]."""
    columns = c.landing_columns("statements")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null(
                "statement_id",
                "article_id",
                "quote",
                "quote_start",
                "quote_end",
                "kind",
                "speaker_type",
                "confidence",
            ),
            c.unique("statement_id"),
            c.matches("statement_id", id_regex),
            c.matches("article_id", id_regex),
            c.min_length("quote", min_quote_chars),
            c.between("quote_start", 0),
            c.less_than("quote_start", "quote_end"),
            c.less_than("cue_start", "cue_end"),  # when there is a cue
            c.less_than("speaker_start", "speaker_end"),  # when there is a speaker mention
            c.in_set("kind", c.STATEMENT_KINDS),
            c.in_set("speaker_type", c.SPEAKER_TYPES),
            c.between("confidence", 0.0, 1.0),
        ],
    )
