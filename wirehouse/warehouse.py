"""The DuckDB warehouse: opening it, its raw and audit tables, and loading batches.

DuckDB admits one writing process per file. :func:`connect` waits for the lock
another process holds (up to ``WIREHOUSE_LOCK_TIMEOUT``) instead of failing, and the
Airflow DAG lets only one task at a time open the file (the ``warehouse`` pool).
"""

from __future__ import annotations

import fcntl
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from wirehouse.schema import DATASETS
from wirehouse.storage import read_batch

if TYPE_CHECKING:
    from expectations import ValidationReport

_ARROW_TO_DUCKDB = {
    pa.string(): "varchar",
    pa.int32(): "integer",
    pa.int64(): "bigint",
    pa.float64(): "double",
    pa.date32(): "date",
    pa.bool_(): "boolean",
    pa.timestamp("us", tz="UTC"): "timestamptz",
}

AUDIT_DDL = (
    "create schema if not exists audit",
    """
    create table if not exists audit.validation_results (
        run_id varchar not null,
        suite varchar not null,
        dataset varchar not null,
        batch_id varchar,
        expectation_type varchar not null,
        column_name varchar,
        success boolean not null,
        observed_value varchar,
        details varchar,
        validated_at timestamptz not null
    )
    """,
    """
    create table if not exists audit.runs (
        run_id varchar primary key,
        source varchar,
        started_at timestamptz,
        finished_at timestamptz,
        status varchar,
        articles integer,
        statements integer,
        quarantined integer,
        error varchar
    )
    """,
    # warehouses created before runs kept their error
    "alter table audit.runs add column if not exists error varchar",
    # the build each run validated (see wirehouse.publish.build_fingerprint); publishing
    # refuses a build whose fingerprint is not the one validated
    """
    create table if not exists audit.validated_builds (
        run_id varchar primary key,
        fingerprint varchar not null,
        validated_at timestamptz not null
    )
    """,
)


class WarehouseBusy(RuntimeError):
    """Another process held the warehouse lock for longer than we were willing to wait."""


@contextmanager
def exclusive(path: Path, *, timeout: float = 600.0) -> Iterator[None]:
    """Hold the warehouse's writer lock (a lock file beside it) for the block.

    Every Wirehouse process that writes the warehouse, dbt included, takes this lock
    first, so two runs started at once take turns instead of failing on DuckDB's own
    lock. The lock is released by the kernel if the holder dies, even by SIGKILL.
    """
    lock_path = path.with_name(f"{path.name}.writer-lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    with lock_path.open("a") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseBusy(
                        f"another Wirehouse process held {path} for {timeout:.0f}s"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def connect(
    path: Path, *, read_only: bool = False, timeout: float = 600.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse under :func:`exclusive`, also waiting out DuckDB's own lock
    (held by a process that is not Wirehouse's, such as an analyst's DuckDB shell)."""
    with exclusive(path, timeout=timeout):
        deadline = time.monotonic() + timeout
        pause = 0.1
        while True:
            try:
                con = duckdb.connect(str(path), read_only=read_only)
                break
            except duckdb.IOException as exc:
                locked = "lock" in str(exc).lower()
                if not locked:
                    raise
                if time.monotonic() > deadline:
                    raise WarehouseBusy(f"{path} stayed locked for {timeout:.0f}s: {exc}") from exc
                time.sleep(pause)
                pause = min(pause * 2, 2.0)
        try:
            yield con
        finally:
            con.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw and audit tables if they are missing (idempotent)."""
    con.execute("create schema if not exists raw")
    for name, dataset in DATASETS.items():
        columns = ",\n".join(
            f"{field.name} {_ARROW_TO_DUCKDB[field.type]}" for field in dataset.schema
        )
        con.execute(
            f"create table if not exists raw.{name} (\n{columns},\n"
            "_batch_id varchar not null, _run_id varchar not null, _loaded_at timestamptz not null)"
        )
    for statement in AUDIT_DDL:
        con.execute(statement)


@dataclass(frozen=True)
class LoadResult:
    batches: int
    rows: dict[str, int]


def load_batches(
    con: duckdb.DuckDBPyConnection, batch_paths: Sequence[Path], run_id: str
) -> LoadResult:
    """Load landing batches into ``raw`` tables in one transaction.

    For each dataset, rows whose replace key appears in the batch are deleted first,
    so loading the same batch twice leaves the tables as loading it once.
    """
    ensure_schema(con)
    loaded_at = datetime.now(UTC)
    counts = dict.fromkeys(DATASETS, 0)
    con.execute("begin transaction")
    try:
        for path in batch_paths:
            tables = read_batch(path)
            # Children of an article are replaced with it, even when none are left.
            con.register("batch_articles", tables["articles"].select(["article_id"]))
            try:
                for name, table in tables.items():
                    counts[name] += _replace(con, name, table, path.name, run_id, loaded_at)
            finally:
                con.unregister("batch_articles")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return LoadResult(batches=len(batch_paths), rows=counts)


def _replace(
    con: duckdb.DuckDBPyConnection,
    name: str,
    table: pa.Table,
    batch_id: str,
    run_id: str,
    loaded_at: datetime,
) -> int:
    key = DATASETS[name].replace_key
    n = table.num_rows
    batch = table.append_column("_batch_id", pa.array([batch_id] * n, pa.string()))
    batch = batch.append_column("_run_id", pa.array([run_id] * n, pa.string()))
    batch = batch.append_column(
        "_loaded_at", pa.array([loaded_at] * n, pa.timestamp("us", tz="UTC"))
    )
    con.register("incoming", batch)
    try:
        keys = f"select {key} from incoming"
        if key == "article_id":
            keys += " union select article_id from batch_articles"
        con.execute(f"delete from raw.{name} where {key} in ({keys})")
        con.execute(f"insert into raw.{name} by name select * from incoming")
    finally:
        con.unregister("incoming")
    return int(n)


def record_validation(
    con: duckdb.DuckDBPyConnection,
    reports: Iterable[ValidationReport],
    run_id: str,
    batch_id: str | None = None,
) -> None:
    """Keep validation outcomes per run; a rerun of the same check replaces its rows."""
    ensure_schema(con)
    reports = list(reports)
    now = datetime.now(UTC)
    for dataset in sorted({report.dataset for report in reports}):
        con.execute(
            "delete from audit.validation_results where run_id = ? and dataset = ? "
            "and batch_id is not distinct from ?",
            [run_id, dataset, batch_id],
        )
    rows = [
        [
            run_id,
            report.suite,
            report.dataset,
            batch_id,
            outcome.expectation_type,
            outcome.column,
            bool(outcome.success),
            outcome.observed_value,
            outcome.details,
            now,
        ]
        for report in reports
        for outcome in report.outcomes
    ]
    if rows:
        con.executemany(
            "insert into audit.validation_results values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )


def record_run(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    source: str,
    started_at: datetime,
    status: str,
    counts: dict[str, int],
    error: str | None = None,
) -> None:
    """Keep the run's outcome: ``status`` ('published' or 'failed') and why it failed."""
    ensure_schema(con)
    con.execute(
        "insert or replace into audit.runs "
        "(run_id, source, started_at, finished_at, status, articles, statements, quarantined, "
        "error) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            source,
            started_at,
            datetime.now(UTC),
            status,
            counts.get("articles", 0),
            counts.get("statements", 0),
            counts.get("quarantined", 0),
            error,
        ],
    )


def record_validated_build(con: duckdb.DuckDBPyConnection, run_id: str, fingerprint: str) -> None:
    """Remember the fingerprint of the build ``run_id``'s mart validation passed on."""
    ensure_schema(con)
    con.execute(
        "insert or replace into audit.validated_builds values (?, ?, ?)",
        [run_id, fingerprint, datetime.now(UTC)],
    )


def validated_build(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    """The fingerprint recorded by :func:`record_validated_build`, if any."""
    ensure_schema(con)
    row = con.execute(
        "select fingerprint from audit.validated_builds where run_id = ?", [run_id]
    ).fetchone()
    return str(row[0]) if row else None


def forget_validated_build(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    ensure_schema(con)
    con.execute("delete from audit.validated_builds where run_id = ?", [run_id])


def table_counts(con: duckdb.DuckDBPyConnection, schema: str = "raw") -> dict[str, int]:
    """Row count of every table in ``schema``."""
    names = [
        row[0]
        for row in con.execute(
            "select table_name from information_schema.tables where table_schema = ? order by 1",
            [schema],
        ).fetchall()
    ]
    return {
        name: int(con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0])  # type: ignore[index]
        for name in names
    }


def to_json(value: object) -> str:
    return json.dumps(value, default=str, sort_keys=True)
