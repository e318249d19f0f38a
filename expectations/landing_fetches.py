"""Landing suite for ``fetches`` batches: one row per HTTP fetch attempt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.fetches"


def build_suite(
    *,
    id_regex: str = c.LANDING_ID_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """Fetches have ids and URLs; status, size and timing are plausible when present."""
    columns = c.landing_columns("fetches")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null("fetch_id", "url"),
            c.unique("fetch_id"),
            c.matches("fetch_id", id_regex),
            c.between("status", 100, 599),  # null when no response came back
            c.between("bytes", 0),
            c.between("elapsed_ms", 0),
        ],
    )
