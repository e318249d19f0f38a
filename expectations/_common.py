"""Helpers the suite modules share: column lists and the ``gx.expectations`` shortcuts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from expectations._gx import gx as _gx

if TYPE_CHECKING:
    import great_expectations as gx

# Ids written by the extractors: a sha256 digest cut to 16 hex chars.
LANDING_ID_REGEX = r"^[0-9a-f]{16}$"
# IPTC Media Topic codes, e.g. medtop:11000000.
TOPIC_CODE_REGEX = r"^medtop:\d{8}$"
# ISO 639-1 language codes, lower case.
LANGUAGE_REGEX = r"^[a-z]{2}$"

STATEMENT_KINDS = ("direct", "partial", "indirect")
SPEAKER_TYPES = ("person", "organization", "anonymous", "unknown")
ACTOR_TYPES = ("person", "organization", "country", "place")
QUARANTINE_STAGES = ("discover", "fetch", "decode", "extract", "nlp")


def landing_columns(dataset: str) -> list[str]:
    """Column names of a landing dataset, in the order ``wirehouse/schema.py`` gives them."""
    from wirehouse.schema import DATASETS

    return list(DATASETS[dataset].schema.names)


def suite(name: str, expectations: Iterable[Any]) -> gx.ExpectationSuite:
    """An ExpectationSuite (not registered with any context) holding ``expectations``."""
    built: gx.ExpectationSuite = _gx().ExpectationSuite(name=name, expectations=list(expectations))
    return built


def columns_exactly(columns: Sequence[str]) -> Any:
    """The frame has exactly these columns (order free)."""
    return _gx().expectations.ExpectTableColumnsToMatchSet(
        column_set=list(columns), exact_match=True
    )


def columns_include(columns: Sequence[str]) -> Any:
    """The frame has at least these columns."""
    return _gx().expectations.ExpectTableColumnsToMatchSet(
        column_set=list(columns), exact_match=False
    )


def not_null(*columns: str) -> list[Any]:
    e = _gx().expectations
    return [e.ExpectColumnValuesToNotBeNull(column=c) for c in columns]


def unique(column: str) -> Any:
    return _gx().expectations.ExpectColumnValuesToBeUnique(column=column)


def unique_together(*columns: str) -> Any:
    return _gx().expectations.ExpectCompoundColumnsToBeUnique(column_list=list(columns))


def in_set(column: str, values: Sequence[str]) -> Any:
    return _gx().expectations.ExpectColumnValuesToBeInSet(column=column, value_set=list(values))


def between(
    column: str,
    min_value: float | date | None,
    max_value: float | date | None = None,
    *,
    mostly: float | None = None,
) -> Any:
    extra = {} if mostly is None else {"mostly": mostly}
    return _gx().expectations.ExpectColumnValuesToBeBetween(
        column=column, min_value=min_value, max_value=max_value, **extra
    )


def before_day(column: str, day: date) -> Any:
    """Timestamps (UTC) in ``column`` fall before the end of ``day``."""
    end = datetime.combine(day, time.max, tzinfo=UTC)
    return _gx().expectations.ExpectColumnValuesToBeBetween(column=column, max_value=end)


def max_at_most(column: str, limit: float) -> Any:
    """The largest value of ``column`` is at most ``limit`` (the report shows the value)."""
    return _gx().expectations.ExpectColumnMaxToBeBetween(column=column, max_value=limit)


def share_not_in_set_at_most(column: str, values: Sequence[str], max_share: float) -> Any:
    """At most ``max_share`` of the rows have ``column`` in ``values``."""
    return _gx().expectations.ExpectColumnValuesToNotBeInSet(
        column=column, value_set=list(values), mostly=_mostly(max_share)
    )


def share_null_at_most(column: str, max_share: float, *, where: str | None = None) -> Any:
    """At most ``max_share`` of the rows (those matching the pandas query ``where``, if
    given) have a null ``column``."""
    extra = {} if where is None else {"row_condition": where, "condition_parser": "pandas"}
    return _gx().expectations.ExpectColumnValuesToNotBeNull(
        column=column, mostly=_mostly(max_share), **extra
    )


def _mostly(max_share: float) -> float:
    if not 0.0 <= max_share <= 1.0:
        raise ValueError(f"a share is between 0 and 1, not {max_share}")
    return round(1.0 - max_share, 9)


def matches(column: str, regex: str) -> Any:
    return _gx().expectations.ExpectColumnValuesToMatchRegex(column=column, regex=regex)


def min_length(column: str, min_chars: int) -> Any:
    return _gx().expectations.ExpectColumnValueLengthsToBeBetween(
        column=column, min_value=min_chars
    )


def less_than(start: str, end: str) -> Any:
    """``start < end`` on every row where both are present."""
    return _gx().expectations.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A=end,
        column_B=start,
        or_equal=False,
        ignore_row_if="either_value_is_missing",
    )
