"""The report shape every check returns, GX-backed or custom."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation on one batch.

    ``column`` names the column(s) the expectation is about (comma-separated for pairs
    and compound keys, ``None`` for table-level expectations). ``observed_value`` is a
    short human-readable string; ``details`` is JSON text (sorted keys) with the
    expectation's arguments and a sample of unexpected values and row indexes.
    """

    expectation_type: str
    column: str | None
    success: bool
    observed_value: str | None
    details: str | None

    @property
    def label(self) -> str:
        """``expectation_type(column)``, or just the type for table-level expectations."""
        return f"{self.expectation_type}({self.column})" if self.column else self.expectation_type


@dataclass(frozen=True)
class ValidationReport:
    """The outcomes of one suite (or custom check) on one batch, in suite order."""

    dataset: str
    suite: str
    success: bool
    outcomes: tuple[ExpectationOutcome, ...]

    @property
    def failures(self) -> tuple[ExpectationOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.success)

    def summary(self) -> str:
        """One line, e.g. ``landing.statements: 9/10 expectations passed; failed:
        expect_column_values_to_be_between(confidence)``."""
        passed = len(self.outcomes) - len(self.failures)
        line = f"{self.dataset}: {passed}/{len(self.outcomes)} expectations passed"
        if self.failures:
            line += "; failed: " + ", ".join(o.label for o in self.failures)
        return line

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable data (for XCom, logs or an audit table)."""
        return asdict(self)


def jsonable(value: Any) -> Any:
    """Turn numpy/pandas scalars, arrays, NaN and friends into plain JSON values."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    tolist = getattr(value, "tolist", None)  # numpy arrays and scalars
    if callable(tolist):
        return jsonable(tolist())
    item = getattr(value, "item", None)
    if callable(item):
        return jsonable(item())
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover - pandas is a hard dependency
        pass
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    return str(value)


MAX_DETAIL_CHARS = 200  # longer strings (article texts!) are cut in ``details``


def _shorten(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_DETAIL_CHARS:
        return value[:MAX_DETAIL_CHARS] + f"… (+{len(value) - MAX_DETAIL_CHARS} chars)"
    if isinstance(value, dict):
        return {k: _shorten(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shorten(v) for v in value]
    return value


def to_json(value: Any) -> str:
    """Compact, key-sorted JSON text with long strings shortened."""
    return json.dumps(_shorten(jsonable(value)), sort_keys=True, separators=(",", ":"))
