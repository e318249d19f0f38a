"""One ephemeral GX context per process, and GX results turned into reports.

Building a context (and importing GX) is slow, so the first :func:`run_suite` pays for
it and later calls reuse the same context, data source, assets and batch definitions.
Suites are built once per (dataset, parameters) and are never registered with the
context, so validating the same dataset twice cannot clash on names.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from expectations._gx import gx
from expectations._report import ExpectationOutcome, ValidationReport, jsonable, to_json

if TYPE_CHECKING:
    import great_expectations as gx_types
    import pandas as pd

DATASOURCE_NAME = "wirehouse"
RESULT_FORMAT = "SUMMARY"  # counts plus up to 20 unexpected values and row indexes

# result keys worth keeping in ``details`` (the rest repeats these or is GX bookkeeping)
_DETAIL_KEYS = (
    "element_count",
    "missing_count",
    "unexpected_count",
    "unexpected_percent",
    "partial_unexpected_list",
    "partial_unexpected_index_list",
    "details",
)

_lock = threading.RLock()
_context: Any = None
_batch_definitions: dict[str, Any] = {}
_suites: dict[tuple[str, Hashable], gx_types.ExpectationSuite] = {}


def _get_context() -> Any:
    global _context
    if _context is None:
        g = gx()
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context = g.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(
            globally=False, metric_calculations=False
        )
        context.data_sources.add_pandas(name=DATASOURCE_NAME)
        _context = context
    return _context


def _batch_definition(dataset: str) -> Any:
    bd = _batch_definitions.get(dataset)
    if bd is None:
        datasource = _get_context().data_sources.get(DATASOURCE_NAME)
        asset = datasource.add_dataframe_asset(name=dataset)
        bd = asset.add_batch_definition_whole_dataframe(name=dataset)
        _batch_definitions[dataset] = bd
    return bd


def _suite(
    dataset: str, build: Callable[..., gx_types.ExpectationSuite], params: dict[str, Any]
) -> gx_types.ExpectationSuite:
    try:
        key: Hashable = tuple(sorted(params.items()))
        hash(key)
    except TypeError:  # unhashable parameter values: build afresh every time
        return build(**params)
    suite = _suites.get((dataset, key))
    if suite is None:
        suite = build(**params)
        _suites[(dataset, key)] = suite
    return suite


def _config_key(expectation_type: str, kwargs: dict[str, Any]) -> str:
    kw = {k: v for k, v in kwargs.items() if k != "batch_id"}
    return expectation_type + to_json(kw)


def _column(kwargs: dict[str, Any]) -> str | None:
    if kwargs.get("column") is not None:
        return str(kwargs["column"])
    if kwargs.get("column_A") is not None:
        return f"{kwargs['column_A']},{kwargs.get('column_B')}"
    if kwargs.get("column_list"):
        return ",".join(str(c) for c in kwargs["column_list"])
    return None


def _outcome(result: Any) -> ExpectationOutcome:
    config = result.expectation_config
    kwargs = dict(config.kwargs)
    res: dict[str, Any] = dict(result.result or {})
    info: dict[str, Any] = dict(result.exception_info or {})

    observed: str | None = None
    if "observed_value" in res:
        value = jsonable(res["observed_value"])
        observed = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    elif "unexpected_count" in res:
        observed = f"{res['unexpected_count']} of {res.get('element_count', 0)} rows unexpected"

    details: dict[str, Any] = {
        "kwargs": {k: v for k, v in kwargs.items() if k != "batch_id"},
        **{k: res[k] for k in _DETAIL_KEYS if k in res},
    }
    if info.get("raised_exception"):
        details["exception"] = info.get("exception_message")
    return ExpectationOutcome(
        expectation_type=str(config.type),
        column=_column(kwargs),
        success=bool(result.success),
        observed_value=observed,
        details=to_json(details),
    )


def run_suite(
    dataset: str,
    build: Callable[..., gx_types.ExpectationSuite],
    df: pd.DataFrame,
    params: dict[str, Any],
) -> ValidationReport:
    """Validate ``df`` against ``build(**params)`` on the process-wide context."""
    with _lock:
        suite = _suite(dataset, build, params)
        batch = _batch_definition(dataset).get_batch(batch_parameters={"dataframe": df})
        result = batch.validate(suite, result_format=RESULT_FORMAT)

    # GX returns results whose evaluation raised before the others: restore suite order
    order = {
        _config_key(str(cfg.type), dict(cfg.kwargs)): i
        for i, cfg in enumerate(suite.expectation_configurations)
    }
    results = sorted(
        result.results,
        key=lambda r: order.get(
            _config_key(str(r.expectation_config.type), dict(r.expectation_config.kwargs)),
            len(order),
        ),
    )
    outcomes = tuple(_outcome(r) for r in results)
    return ValidationReport(
        dataset=dataset,
        suite=suite.name,
        success=all(o.success for o in outcomes),
        outcomes=outcomes,
    )
