"""Landing suite for ``quarantine`` batches: inputs that could not become articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "landing.quarantine"


def build_suite(
    *,
    id_regex: str = c.LANDING_ID_REGEX,
    exact_columns: bool = True,
) -> gx.ExpectationSuite:
    """Every quarantined input says where it came from, which stage failed and why."""
    columns = c.landing_columns("quarantine")
    return c.suite(
        DATASET,
        [
            c.columns_exactly(columns) if exact_columns else c.columns_include(columns),
            *c.not_null("quarantine_id", "source", "locator", "stage", "reason"),
            c.unique("quarantine_id"),
            c.matches("quarantine_id", id_regex),
            c.min_length("locator", 1),
            c.min_length("reason", 1),
            c.in_set("stage", c.QUARANTINE_STAGES),
        ],
    )
