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


NAMED_SPEAKERS = 'speaker_type in ["person", "organization"]'


def build_suite(
    *,
    min_quote_chars: int = 1,
    max_unknown_speaker_share: float = 1.0,
    max_unresolved_speaker_share: float = 1.0,
) -> gx.ExpectationSuite:
    """``max_unknown_speaker_share``: at most this share of statements has a speaker
    that could not be told (``speaker_type`` 'unknown').
    ``max_unresolved_speaker_share``: at most this share of statements with a named
    speaker (person or organization) has no ``speaker_actor_id``.
    Both default to 1 (no bound); the pipeline passes the configured thresholds."""
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
            c.share_not_in_set_at_most("speaker_type", ["unknown"], max_unknown_speaker_share),
            c.share_null_at_most(
                "speaker_actor_id", max_unresolved_speaker_share, where=NAMED_SPEAKERS
            ),
        ],
    )
