"""Landing suite for ``articles`` batches (before they are loaded into ``raw.articles``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
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
    languages: Sequence[str] | None = None,
    earliest_published_date: date | None = None,
    latest_published_date: date | None = None,
) -> gx.ExpectationSuite:
    """Every article has an id (unique in the batch), a URL and a non-empty text.

    ``min_text_chars``: the shortest text accepted (1 = anything but the empty string).
    ``exact_columns``: the batch has exactly the landing columns of ``wirehouse.schema``.
    ``languages``: the language codes allowed (None: any ISO 639-1 code).
    ``earliest_published_date`` / ``latest_published_date``: the range publication dates
    must lie in, when given (``latest`` is also the bound for ``fetched_at``).
    """
    columns = c.landing_columns("articles")
    expectations = [
        c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
        *c.not_null("article_id", "url", "text", "fetched_at"),
        c.unique("article_id"),
        c.matches("article_id", id_regex),
        c.min_length("text", min_text_chars),
        c.matches("language", c.LANGUAGE_REGEX),  # nulls are allowed
        c.between("word_count", 0),
        c.between("http_status", 100, 599),  # null for local files
    ]
    if languages is not None:
        expectations.append(c.in_set("language", sorted(languages)))
    if earliest_published_date is not None or latest_published_date is not None:
        # an undated article is legal; a date outside the range is a parsing error
        expectations.append(
            c.between("published_date", earliest_published_date, latest_published_date)
        )
    if latest_published_date is not None:
        expectations.append(c.before_day("fetched_at", latest_published_date))
    return c.suite(DATASET, expectations)
