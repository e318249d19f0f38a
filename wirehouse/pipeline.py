"""The pipeline as stages. The Airflow DAG runs one task per stage (and one mapped
task per extraction batch); :func:`run` runs them all in this process for the CLI.

    plan -> extract (per batch) -> validate landing -> load -> dbt build
         -> validate marts -> publish

Write, audit, publish: dbt builds the marts into the ``marts_build`` schema, the mart
suites validate them there, and only a validated build is swapped into the public
``marts`` schema (one transaction) and exported. A failed run leaves the last good marts
and exports as they were, and ``audit.runs`` and the run's report say why.

Every stage is idempotent for its run id: a rerun replaces what the run wrote.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors.discover import Item, discover
from extractors.fetch import Fetcher
from extractors.records import Quarantined
from wirehouse import warehouse
from wirehouse.config import Settings
from wirehouse.extraction import BatchResult, extract_items, fetch_policy
from wirehouse.publish import (
    BUILD_SCHEMA,
    Export,
    PublishRefused,
    build_fingerprint,
    export_marts,
    mart_tables,
    publish_marts,
)
from wirehouse.storage import run_batches, safe_name
from wirehouse.transform import run_dbt
from wirehouse.validation import ValidationFailed, validate_landing, validate_marts, write_report

PLAN_FILE = "_plan.json"


def new_run_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class Plan:
    run_id: str
    source: str
    source_kind: str | None
    items: int
    batches: int
    problems: int
    path: Path


def plan_run(source: str, run_id: str, settings: Settings) -> Plan:
    """Discover the source's items and split them into batches (written to a plan file)."""
    run_dir = settings.landing_dir / safe_name(run_id)
    if run_dir.exists():  # a rerun replaces the run's landing partition whole
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)
    with Fetcher(fetch_policy(settings)) as fetcher:
        discovery = discover(source, fetcher.fetch)
    items = list(discovery.items)
    size = settings.batch_size
    batches = max(1, -(-len(items) // size))
    plan = {
        "run_id": run_id,
        "source": source,
        "source_kind": discovery.source_kind,
        "batch_size": size,
        "batches": batches,
        "items": [[i.locator, i.kind, i.source] for i in items],
        "problems": [asdict(p) for p in discovery.problems],
    }
    path = run_dir / PLAN_FILE
    path.write_text(json.dumps(plan, indent=1))
    return Plan(
        run_id, source, discovery.source_kind, len(items), batches, len(discovery.problems), path
    )


def extract_batch(
    run_id: str,
    index: int,
    settings: Settings,
    on_item: Callable[[Item], None] | None = None,
) -> BatchResult:
    """Extract batch ``index`` of the run's plan into a landing batch."""
    plan = json.loads((settings.landing_dir / safe_name(run_id) / PLAN_FILE).read_text())
    size = int(plan["batch_size"])
    chunk = plan["items"][index * size : (index + 1) * size]
    items = [Item(locator, kind, source) for locator, kind, source in chunk]
    problems = [Quarantined(**p) for p in plan["problems"]] if index == 0 else []
    return extract_items(
        items,
        run_id=run_id,
        batch_id=f"batch-{index:05d}",
        settings=settings,
        quarantined=problems,
        on_item=on_item,
    )


def validate_landing_stage(run_id: str, settings: Settings) -> int:
    """Validate every landing batch of the run; raise :class:`ValidationFailed` if one fails."""
    reports = validate_landing(
        run_batches(settings.landing_dir, run_id), settings.landing_thresholds
    )
    with warehouse.connect(settings.warehouse_path, timeout=settings.lock_timeout) as con:
        for batch_id, batch_reports in reports.items():
            warehouse.record_validation(con, batch_reports, run_id, batch_id)
        write_report(con, settings.reports_dir, run_id)
    flat = [r for batch in reports.values() for r in batch]
    if not all(r.success for r in flat):
        raise ValidationFailed(flat)
    return len(flat)


def load_stage(run_id: str, settings: Settings) -> warehouse.LoadResult:
    """Load the run's landing batches into the raw tables (one transaction)."""
    batches = run_batches(settings.landing_dir, run_id)
    with warehouse.connect(settings.warehouse_path, timeout=settings.lock_timeout) as con:
        return warehouse.load_batches(con, batches, run_id)


def transform_stage(settings: Settings) -> int:
    """``dbt build``: seeds, models and their tests. Returns the number of nodes run."""
    with warehouse.exclusive(settings.warehouse_path, timeout=settings.lock_timeout):
        with duckdb.connect(str(settings.warehouse_path)) as con:
            warehouse.ensure_schema(con)  # sources exist even before the first load
        return run_dbt("build", settings).nodes


def validate_marts_stage(run_id: str, settings: Settings) -> int:
    """Validate the built (not yet public) marts; raise :class:`ValidationFailed` if one
    fails. When all pass, the build's fingerprint is kept for :func:`publish_stage`."""
    with warehouse.connect(settings.warehouse_path, timeout=settings.lock_timeout) as con:
        warehouse.forget_validated_build(con, run_id)
        reports = validate_marts(con, BUILD_SCHEMA, settings.mart_thresholds)
        warehouse.record_validation(con, reports, run_id)
        if all(r.success for r in reports):
            warehouse.record_validated_build(con, run_id, build_fingerprint(con, BUILD_SCHEMA))
        write_report(con, settings.reports_dir, run_id)
    if not all(r.success for r in reports):
        raise ValidationFailed(reports)
    return len(reports)


def publish_stage(run_id: str, settings: Settings) -> Export:
    """Swap the validated build into the public marts (one transaction), then export
    them (Parquet, CSV, snapshot, manifest) and publish the export atomically.

    Raises :class:`~wirehouse.publish.PublishRefused` if the run's mart validation did not
    pass, or the build changed since it did."""
    with warehouse.connect(settings.warehouse_path, timeout=settings.lock_timeout) as con:
        validated = warehouse.validated_build(con, run_id)
        if validated is None:
            raise PublishRefused(f"run {run_id} has no passing validation of its marts")
        publish_marts(con, validated)
        return export_marts(con, settings.exports_dir, run_id, keep=settings.keep_exports)


@dataclass
class RunSummary:
    run_id: str
    source: str
    articles: int = 0
    statements: int = 0
    actors: int = 0
    quarantined: int = 0
    validation: str = "not run"
    exports: str | None = None
    report: str | None = None
    warehouse: str | None = None
    top_speakers: list[tuple[str, int]] = field(default_factory=list)
    error: str | None = None

    def as_json(self) -> str:
        return json.dumps(asdict(self), default=str)


def is_published(run_id: str, settings: Settings) -> bool:
    return (settings.exports_dir / "runs" / safe_name(run_id) / "manifest.json").exists()


def finish_run(
    run_id: str,
    source: str,
    settings: Settings,
    started_at: datetime | None,
    error: str | None,
) -> RunSummary:
    """Record the run's outcome in ``audit.runs`` and summarise it."""
    summary = RunSummary(
        run_id=run_id, source=source, error=error, warehouse=str(settings.warehouse_path)
    )
    with warehouse.connect(settings.warehouse_path, timeout=settings.lock_timeout) as con:
        warehouse.ensure_schema(con)
        summary.articles = _count(
            con, "select count(*) from raw.articles where _run_id = ?", run_id
        )
        summary.statements = _count(
            con,
            "select count(*) from raw.statements s join raw.articles a using (article_id) "
            "where a._run_id = ?",
            run_id,
        )
        summary.quarantined = _count(
            con, "select count(*) from raw.quarantine where _run_id = ?", run_id
        )
        tables = {name for _, name in mart_tables(con)}
        if "dim_actors" in tables:
            summary.actors = _count(con, "select count(*) from marts.dim_actors")
        if "fct_statements" in tables:
            summary.top_speakers = [
                (str(name), int(n))
                for name, n in con.execute(
                    "select speaker, count(*) as n from marts.fct_statements "
                    "where speaker_type in ('person', 'organization') "
                    "group by speaker order by n desc, speaker limit 5"
                ).fetchall()
            ]
        results = con.execute(
            "select count(*), count(*) filter (where not success) "
            "from audit.validation_results where run_id = ?",
            [run_id],
        ).fetchone()
        if results and results[0]:
            summary.validation = "failed" if results[1] else "passed"
        if error and results and results[1] and "validation failed" not in error:
            error = f"{error}; validation failed: {_failed_expectations(con, run_id)}"
            summary.error = error
        status = "failed" if error else "published"
        warehouse.record_run(
            con,
            run_id=run_id,
            source=source,
            started_at=started_at or datetime.now(UTC),
            status=status,
            counts={
                "articles": summary.articles,
                "statements": summary.statements,
                "quarantined": summary.quarantined,
            },
            error=error,
        )
    report = settings.reports_dir / safe_name(run_id) / "validation.html"
    summary.report = str(report) if report.exists() else None
    published = settings.exports_dir / "runs" / safe_name(run_id)
    if error is None and published.exists():
        summary.exports = str(published)
    return summary


Progress = Callable[[str, int], Callable[[Item], None] | None]


def run(
    source: str,
    settings: Settings,
    *,
    run_id: str | None = None,
    progress: Progress | None = None,
    log: Callable[[str], None] = lambda _: None,
) -> RunSummary:
    """The whole pipeline once, in this process. Never raises for bad data: a failed
    validation or dbt test ends the run unpublished, and the summary says why."""
    run_id = run_id or new_run_id()
    started = datetime.now(UTC)
    error: str | None = None
    try:
        plan = plan_run(source, run_id, settings)
        log(f"discovered {plan.items} items in {plan.batches} batches ({plan.source_kind})")
        for index in range(plan.batches):
            batch_size = min(settings.batch_size, plan.items - index * settings.batch_size)
            on_item = (
                progress(f"batch {index + 1}/{plan.batches}", batch_size) if progress else None
            )
            extract_batch(run_id, index, settings, on_item)
        log("validating landing batches")
        validate_landing_stage(run_id, settings)
        loaded = load_stage(run_id, settings)
        log(f"loaded {loaded.rows}")
        log("running dbt build")
        transform_stage(settings)
        log("validating marts")
        validate_marts_stage(run_id, settings)
        export = publish_stage(run_id, settings)
        log(f"published {export.path}")
    except (ValidationFailed, RuntimeError) as exc:
        error = str(exc)
        log(f"run {run_id} stopped: {error}")
    return finish_run(run_id, source, settings, started, error)


def _failed_expectations(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 10) -> str:
    rows = con.execute(
        "select dataset, expectation_type, coalesce(column_name, ''), "
        "coalesce(observed_value, '') from audit.validation_results "
        "where run_id = ? and not success order by dataset, expectation_type, column_name "
        "limit ?",
        [run_id, limit],
    ).fetchall()
    return " | ".join(f"{ds}: {kind}({col}) {observed}".strip() for ds, kind, col, observed in rows)


def _count(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> int:
    row = con.execute(sql, list(params)).fetchone()
    return int(row[0]) if row else 0


__all__ = [
    "Plan",
    "RunSummary",
    "extract_batch",
    "finish_run",
    "load_stage",
    "new_run_id",
    "plan_run",
    "publish_stage",
    "run",
    "transform_stage",
    "validate_landing_stage",
    "validate_marts_stage",
]
