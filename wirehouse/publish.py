"""Publishing: the validated build swapped into the analyst-facing marts, then exports.

Write, audit, publish: dbt builds the marts into the ``marts_build`` schema
(:data:`BUILD_SCHEMA`), the mart suites validate them there and record a fingerprint of
what they saw, and :func:`publish_marts` then replaces every table of the public
``marts`` schema (:data:`PUBLIC_SCHEMA`) with its build in ONE transaction, after
checking the build is still the one validated. A failed validation publishes nothing:
analysts keep the last good marts, and the exports below keep the last good export.

Each run's export is built in a hidden folder, then renamed to
``exports/runs/<run_id>/``; last, the ``exports/latest`` link is swapped to it with
one rename. A reader that follows ``latest`` sees a whole export or the previous one,
never half of one. An export holds::

    parquet/<mart>.parquet
    csv/<mart>.csv
    warehouse.duckdb      a read-only snapshot of the marts for BI tools
    manifest.json         run id, time, and per mart its row count and schema
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from wirehouse.config import MARTS_BUILD_SCHEMA, MARTS_SCHEMA
from wirehouse.storage import replacing_dir, safe_name

MART_PREFIXES = ("dim_", "fct_")
PUBLIC_SCHEMA = MARTS_SCHEMA
BUILD_SCHEMA = MARTS_BUILD_SCHEMA


class PublishRefused(RuntimeError):
    """The build may not be published: it was not validated, or changed since."""


@dataclass(frozen=True)
class Export:
    path: Path
    latest: Path
    manifest: dict[str, object]


def mart_tables(
    con: duckdb.DuckDBPyConnection, schema: str = PUBLIC_SCHEMA
) -> list[tuple[str, str]]:
    """``(schema, table)`` of every mart table (``dim_*``, ``fct_*``) in ``schema``, by name."""
    rows = con.execute(
        """
        select table_schema, table_name
        from information_schema.tables
        where table_type = 'BASE TABLE'
          and table_schema = ?
          and (table_name like 'dim\\_%' escape '\\' or table_name like 'fct\\_%' escape '\\')
        order by table_name
        """,
        [schema],
    ).fetchall()
    return [(str(schema), str(name)) for schema, name in rows]


def build_fingerprint(con: duckdb.DuckDBPyConnection, schema: str = BUILD_SCHEMA) -> str:
    """A digest of every mart table in ``schema``: names, row counts and an
    order-independent sum of row hashes. Equal fingerprints: the same rows."""
    parts = []
    for _, name in mart_tables(con, schema):
        row = con.execute(
            f'select count(*), coalesce(sum(hash(t)::hugeint), 0) from "{schema}"."{name}" as t'
        ).fetchone()
        parts.append(f"{name}:{row[0] if row else 0}:{row[1] if row else 0}")
    return ";".join(parts)


def publish_marts(con: duckdb.DuckDBPyConnection, validated: str) -> list[str]:
    """Replace the public marts with the build, in one transaction.

    ``validated`` is the build's fingerprint when its validation passed; if the build
    changed since (another run rebuilt it), nothing is replaced and
    :class:`PublishRefused` says so. Public mart tables the build no longer has are
    dropped. A reader sees the previous marts or the new ones, never a mix.
    """
    con.execute("begin transaction")
    try:
        current = build_fingerprint(con, BUILD_SCHEMA)
        if current != validated:
            raise PublishRefused(
                f"the marts in {BUILD_SCHEMA} changed after they were validated; "
                "nothing was published (run the pipeline again)"
            )
        built = [name for _, name in mart_tables(con, BUILD_SCHEMA)]
        if not built:
            raise PublishRefused(f"no mart tables in {BUILD_SCHEMA} to publish")
        con.execute(f'create schema if not exists "{PUBLIC_SCHEMA}"')
        for name in built:
            con.execute(
                f'create or replace table "{PUBLIC_SCHEMA}"."{name}" as '
                f'select * from "{BUILD_SCHEMA}"."{name}"'
            )
        for _, name in mart_tables(con, PUBLIC_SCHEMA):
            if name not in built:
                con.execute(f'drop table "{PUBLIC_SCHEMA}"."{name}"')
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return built


def export_marts(
    con: duckdb.DuckDBPyConnection, exports_dir: Path, run_id: str, *, keep: int = 5
) -> Export:
    """Write every mart as Parquet and CSV with a manifest and publish it atomically."""
    runs = exports_dir / "runs"
    target = runs / safe_name(run_id)
    with replacing_dir(target) as staging:
        marts = _write_marts(con, staging)
        manifest: dict[str, object] = {
            "run_id": run_id,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "marts": marts,
            "snapshot": "warehouse.duckdb",
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    latest = exports_dir / "latest"
    _swap_link(latest, Path("runs") / target.name)
    _prune(runs, keep=keep, current=target)
    return Export(path=target, latest=latest, manifest=manifest)


def _write_marts(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, object]:
    (folder / "parquet").mkdir()
    (folder / "csv").mkdir()
    snapshot = folder / "warehouse.duckdb"
    con.execute(f"attach {sql_literal(str(snapshot))} as snapshot")
    marts: dict[str, object] = {}
    try:
        for schema, name in mart_tables(con):
            relation = f'"{schema}"."{name}"'
            mart = con.table(f"{schema}.{name}")
            mart.write_parquet(str(folder / "parquet" / f"{name}.parquet"))
            mart.write_csv(str(folder / "csv" / f"{name}.csv"), header=True)
            con.execute(f"create table snapshot.main.{name} as select * from {relation}")
            count = con.execute(f"select count(*) from {relation}").fetchone()
            columns = con.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = ? and table_name = ? order by ordinal_position",
                [schema, name],
            ).fetchall()
            marts[name] = {
                "rows": int(count[0]) if count else 0,
                "parquet": f"parquet/{name}.parquet",
                "csv": f"csv/{name}.csv",
                "schema": [{"name": c, "type": t} for c, t in columns],
            }
    finally:
        con.execute("detach snapshot")
    snapshot.chmod(0o444)
    return marts


def sql_literal(value: str) -> str:
    """``value`` as a SQL string literal (for statements that take no parameters)."""
    return "'" + value.replace("'", "''") + "'"


def _swap_link(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` with one atomic rename."""
    tmp = link.with_name(f".{link.name}-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target, target_is_directory=True)
    tmp.replace(link)


def _prune(runs: Path, *, keep: int, current: Path) -> None:
    published = sorted(
        (p for p in runs.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in published[:-keep]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
