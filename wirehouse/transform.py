"""Running dbt on the warehouse (outside Airflow; in Airflow, Cosmos runs each model).

dbt runs in a child process: dbt-duckdb keeps its DuckDB connection open for the life
of the process, and a warehouse held open would block the stages that follow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from wirehouse.config import DBT_PROJECT_DIR, MARTS_BUILD_SCHEMA, Settings


class DbtFailed(RuntimeError):
    """dbt reported an error or a failing test."""


@dataclass(frozen=True)
class DbtResult:
    nodes: int
    failures: tuple[str, ...]


def dbt_env(settings: Settings) -> dict[str, str]:
    """Environment dbt needs to find the warehouse (also used by the Cosmos task group).

    The marts are built into the non-public build schema: they reach the public
    ``marts`` schema only when validation passed (see :mod:`wirehouse.publish`)."""
    return {
        "WIREHOUSE_HOME": str(settings.home),
        "WIREHOUSE_DUCKDB_PATH": str(settings.warehouse_path),
        "WIREHOUSE_MARTS_SCHEMA": MARTS_BUILD_SCHEMA,
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
    }


def run_dbt(command: str, settings: Settings, *extra: str) -> DbtResult:
    """Run ``dbt <command>``; raise :class:`DbtFailed` naming the nodes that failed."""
    target = settings.home / "dbt" / "target"
    args = [
        sys.executable,
        "-m",
        "dbt.cli.main",
        command,
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(target),
        "--log-path",
        str(settings.home / "dbt" / "logs"),
        *extra,
    ]
    completed = subprocess.run(
        args,
        env={**os.environ, **dbt_env(settings)},
        capture_output=True,
        text=True,
        check=False,
    )
    results = _run_results(target / "run_results.json")
    failures = tuple(
        f"{r['unique_id']}: {r['status']}" + (f" ({r['message']})" if r.get("message") else "")
        for r in results
        if r.get("status") in {"error", "fail", "runtime error"}
    )
    if completed.returncode != 0:
        reason = "; ".join(failures) or completed.stdout[-2000:] + completed.stderr[-2000:]
        raise DbtFailed(f"dbt {command} failed: {reason}")
    return DbtResult(nodes=len(results), failures=failures)


def _run_results(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    results = json.loads(path.read_text()).get("results", [])
    return [r for r in results if isinstance(r, dict)]
