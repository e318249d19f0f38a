"""Suite for freshness: the newest article in the marts was loaded recently, relative to
the validation (a pipeline that keeps publishing while nothing new arrives fails here).

Validated on the frame :func:`query` returns: one row with the newest ``loaded_at`` of
``dim_articles`` and the hours since, or no row when there are no articles (an empty
warehouse has nothing stale).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectations import _common as c

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = "mart.freshness"


def query(schema: str) -> str:
    return f"""
        select
            max(loaded_at) as latest_loaded_at,
            epoch(now() - max(loaded_at)) / 3600.0 as hours_since_load
        from {schema}.dim_articles
        having count(*) > 0
    """


def build_suite(*, max_hours_since_load: float = 24.0) -> gx.ExpectationSuite:
    return c.suite(
        DATASET,
        [
            c.columns_include(["latest_loaded_at", "hours_since_load"]),
            c.between("hours_since_load", None, max_hours_since_load),
        ],
    )
