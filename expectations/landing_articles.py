"""Landing suite for ``articles`` batches (before they are loaded into ``raw.articles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.articles"


def build_suite(
    *,
    min_text_chars: int = 1,
    id_regex: str = c.LANDING_ID_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """Every article has an id (unique in the batch), a URL and a non-empty text.

    ``min_text_chars``: the shortest text accepted (1 = anything but the empty string).
    ``exact_columns``: the batch has exactly the landing columns of ``wirehouse.schema``.
    """
    columns = c.landing_columns("articles")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null("article_id", "url", "text"),
            c.unique("article_id"),
            c.matches("article_id", id_regex),
            c.min_length("text", min_text_chars),
            c.matches("language", c.LANGUAGE_REGEX),  # nulls are allowed
            c.between("word_count", 0),
            c.between("http_status", 100, 599),  # null for local files
        ],
    )
