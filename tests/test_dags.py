"""The Airflow DAG: it imports cleanly, and `airflow dags test` runs it on the sample site."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT
from wirehouse.airflow_env import airflow_environment
from wirehouse.sample_site import SampleSite

BIN = Path(sys.executable).parent


def _env(tmp_path: Path, site: SampleSite | None = None) -> dict[str, str]:
    env = {**os.environ, **airflow_environment(tmp_path / "airflow", tmp_path / "home")}
    env.update(
        WIREHOUSE_ALLOWED_ORIGINS=site.base_url.removeprefix("http://") if site else "",
        WIREHOUSE_FETCH_DELAY="0",
        WIREHOUSE_BATCH_SIZE="4",
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


def _airflow(
    env: dict[str, str], *args: str, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(BIN / "airflow"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, (
        f"airflow {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result


DAGBAG = """
import json
from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder="dags")
dag = bag.dags.get("wirehouse_pipeline")
print(json.dumps({
    "errors": {k: str(v) for k, v in bag.import_errors.items()},
    "dags": sorted(bag.dag_ids),
    "tasks": sorted(dag.task_ids) if dag else [],
    "pools": sorted({t.pool for t in dag.tasks}) if dag else [],
    "doc": bool(dag and dag.doc_md),
    "retries": sorted({t.retries for t in dag.tasks}) if dag else [],
}))
"""


def test_the_dag_folder_imports_without_errors(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", DAGBAG],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    bag = json.loads(result.stdout.strip().splitlines()[-1])
    assert bag["errors"] == {}
    assert bag["dags"] == ["wirehouse_pipeline"]
    assert bag["doc"]
    for step in [
        "plan",
        "extract",
        "validate_landing",
        "load",
        "validate_marts",
        "publish",
        "finish",
    ]:
        assert step in bag["tasks"]
    # Cosmos renders one task per dbt model; they share the one-slot warehouse pool.
    assert "dbt.fct_statements_model_build" in bag["tasks"]
    assert "dbt.dim_actors_model_build" in bag["tasks"]
    assert "warehouse" in bag["pools"]
    assert 2 in bag["retries"]


@pytest.mark.airflow
def test_airflow_dags_test_runs_the_pipeline_on_the_sample_site(
    tmp_path: Path, sample_site: SampleSite
) -> None:
    env = _env(tmp_path, sample_site)
    _airflow(env, "db", "migrate")
    _airflow(env, "pools", "set", "warehouse", "1", "one warehouse writer")
    conf = json.dumps({"source": sample_site.feed_url})
    _airflow(env, "dags", "test", "wirehouse_pipeline", "-c", conf, timeout=1200)

    home = tmp_path / "home"
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        articles = con.execute("select count(*) from raw.articles").fetchone()
        statements = con.execute("select count(*) from marts.fct_statements").fetchone()
        runs = con.execute("select status, articles from audit.runs").fetchall()
    assert articles == (10,)
    assert statements is not None and statements[0] > 40
    assert runs == [("published", 10)]
    manifest = json.loads((home / "exports" / "latest" / "manifest.json").read_text())
    assert manifest["marts"]["fct_statements"]["rows"] == statements[0]
