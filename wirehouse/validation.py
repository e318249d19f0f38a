"""Validating landing batches and marts with the suites in ``expectations/``.

Outcomes are kept in ``audit.validation_results`` and written as a self-contained
HTML report (no network needed to open it) under ``reports/<run_id>/``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from wirehouse.storage import atomic_write_text, read_batch, safe_name

if TYPE_CHECKING:
    from expectations import LandingThresholds, MartThresholds, ValidationReport


class ValidationFailed(RuntimeError):
    """At least one expectation failed: nothing may be published."""

    def __init__(self, reports: Sequence[ValidationReport]) -> None:
        failed = [r.summary() for r in reports if not r.success]
        super().__init__("validation failed: " + " | ".join(failed))
        self.reports = list(reports)


def validate_landing(
    batch_paths: Sequence[Path], thresholds: LandingThresholds | None = None
) -> dict[str, list[ValidationReport]]:
    """Reports per batch id for each landing batch."""
    from expectations import validate_landing_batch

    reports: dict[str, list[ValidationReport]] = {}
    for path in batch_paths:
        frames = {name: table.to_pandas() for name, table in read_batch(path).items()}
        reports[path.name] = validate_landing_batch(frames, thresholds=thresholds)
    return reports


def validate_marts(
    con: duckdb.DuckDBPyConnection,
    schema: str | None = None,
    thresholds: MartThresholds | None = None,
) -> list[ValidationReport]:
    """Reports for every mart suite, on the marts in ``schema`` (default: the build
    schema, where dbt puts them before they are published): each mart table, then the
    checks across marts and layers (relationships, row counts, freshness)."""
    from expectations import SUITES, MartThresholds, frame_query, validate_frame
    from wirehouse.publish import BUILD_SCHEMA, mart_tables

    schema = schema or BUILD_SCHEMA
    params = (thresholds or MartThresholds()).suite_params()
    available = {name for _, name in mart_tables(con, schema)}
    reports = []
    for dataset in sorted(SUITES):
        layer, _, name = dataset.partition(".")
        if layer != "mart":
            continue
        query = frame_query(dataset, schema)
        if query is None and name not in available:
            raise RuntimeError(f"mart {name} has a suite but was not built in {schema}")
        try:
            frame = con.sql(query).df() if query else con.table(f'"{schema}"."{name}"').df()
        except duckdb.Error as exc:
            raise RuntimeError(f"cannot read the frame of {dataset} from {schema}: {exc}") from exc
        reports.append(validate_frame(dataset, frame, **params.get(dataset, {})))
    return reports


def write_report(con: duckdb.DuckDBPyConnection, reports_dir: Path, run_id: str) -> Path:
    """A self-contained HTML page of the run's validation outcomes, from the audit table."""
    outcomes = con.execute(
        """
        select dataset, coalesce(batch_id, ''), expectation_type, coalesce(column_name, ''),
               success, coalesce(observed_value, ''), coalesce(details, '')
        from audit.validation_results
        where run_id = ?
        order by not success desc, dataset, batch_id, expectation_type, column_name
        """,
        [run_id],
    ).fetchall()
    rows = [
        f"<tr class={'pass' if ok else 'fail'}>"
        + "".join(f"<td>{html.escape(str(v))}</td>" for v in (ds, batch, kind, col))
        + f"<td>{'pass' if ok else 'FAIL'}</td>"
        + f"<td>{html.escape(_observed(str(observed), str(details), ok))[:300]}</td></tr>"
        for ds, batch, kind, col, ok, observed, details in outcomes
    ]
    failed = [row for row in outcomes if not row[4]]
    passed = not failed
    colour = "#060" if passed else "#a00"
    verdict = (
        "All expectations passed"
        if passed
        else "Validation FAILED: nothing was published; the marts and exports analysts "
        "see are those of the last good run"
    )
    why = "".join(
        f"<li>{html.escape(ds)}{' ' + html.escape(batch) if batch else ''}: "
        f"{html.escape(kind)}({html.escape(col)}): "
        f"{html.escape(_observed(str(observed), str(details), ok))[:300]}</li>"
        for ds, batch, kind, col, ok, observed, details in failed
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Wirehouse validation: {html.escape(run_id)}</title>
<style>
body{{font:14px system-ui,sans-serif;margin:2em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left}} tr.fail{{background:#fdd}}
.verdict{{font-size:1.3em;font-weight:bold;color:{colour}}}
</style></head><body>
<h1>Validation of run {html.escape(run_id)}</h1>
<p class="verdict">{verdict}</p>
{f"<h2>Why</h2><ul>{why}</ul>" if why else ""}
<p>{len(outcomes)} outcomes; generated {datetime.now(UTC).isoformat(timespec="seconds")}</p>
<table><tr><th>dataset</th><th>batch</th><th>expectation</th><th>column</th><th>result</th>
<th>observed</th></tr>
{"".join(rows)}
</table></body></html>
"""
    target = reports_dir / safe_name(run_id) / "validation.html"
    atomic_write_text(target, page)
    return target


def _observed(observed: str, details: str, success: bool) -> str:
    """The observed value, with a sample of the unexpected values when the check failed."""
    if success or not details:
        return observed
    try:
        sample = json.loads(details).get("partial_unexpected_list") or []
    except (ValueError, AttributeError):
        return observed
    if not sample:
        return observed
    shown = ", ".join(json.dumps(v, default=str) for v in sample[:5])
    return f"{observed}; e.g. {shown}"
