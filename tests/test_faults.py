"""Faults: a loader killed mid-transaction, two runs at once, a retried task.

Each ends with the warehouse as one clean run would leave it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, make_settings
from wirehouse.config import Settings
from wirehouse.pipeline import extract_batch, load_stage, plan_run
from wirehouse.schema import DATASETS
from wirehouse.storage import run_batches

ARTICLES = ROOT / "sample_site" / "articles"
TABLES = ["articles", "statements", "actor_mentions", "article_topics", "statement_topics"]


def _raw_counts(settings: Settings) -> dict[str, tuple[int, int]]:
    """(rows, distinct keys) per raw table."""
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        counts = {}
        for name in TABLES:
            key = {
                "articles": "article_id",
                "statements": "statement_id",
                "actor_mentions": "mention_id",
                "article_topics": "article_id || topic_code",
                "statement_topics": "statement_id || topic_code",
            }[name]
            row = con.execute(f"select count(*), count(distinct {key}) from raw.{name}").fetchone()
            assert row is not None
            counts[name] = (int(row[0]), int(row[1]))
        return counts


def _landed(settings: Settings, run_id: str) -> dict[str, int]:
    """Rows the run's landing batches hold, per dataset."""
    import pyarrow.parquet as pq

    totals = dict.fromkeys(TABLES, 0)
    for batch in run_batches(settings.landing_dir, run_id):
        for name in TABLES:
            totals[name] += pq.read_metadata(batch / f"{name}.parquet").num_rows
    return totals


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = make_settings(tmp_path_factory.mktemp("faults"))
    plan = plan_run(str(ARTICLES), "run-1", settings)
    for index in range(plan.batches):
        extract_batch("run-1", index, settings)
    return settings


KILLED_LOADER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tests.conftest import make_settings
    from wirehouse import warehouse
    from wirehouse.pipeline import load_stage

    real = warehouse._replace
    calls = []

    def replace_then_stall(con, name, *args, **kwargs):
        written = real(con, name, *args, **kwargs)
        calls.append(name)
        if len(calls) == 3:  # mid-transaction: some tables written, nothing committed
            Path(sys.argv[2]).write_text("in transaction")
            time.sleep(600)
        return written

    warehouse._replace = replace_then_stall
    load_stage("run-1", make_settings(Path(sys.argv[1])))
    """
)


def test_a_loader_killed_mid_transaction_then_rerun_loses_and_doubles_nothing(
    extracted: Settings, tmp_path: Path
) -> None:
    load_stage("run-1", extracted)  # a first, clean load
    clean = _raw_counts(extracted)
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_LOADER, str(extracted.home), str(marker)], cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the loader ended before reaching the transaction"
            assert time.monotonic() < deadline
            time.sleep(0.1)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    assert _raw_counts(extracted) == clean  # the killed transaction left no trace
    load_stage("run-1", extracted)
    after = _raw_counts(extracted)
    assert after == clean
    assert {name: rows for name, (rows, _) in after.items()} == _landed(extracted, "run-1")
    assert all(rows == keys for rows, keys in after.values()), "no duplicate keys"


def test_a_task_retried_after_partial_work_leaves_what_one_clean_run_leaves(
    extracted: Settings,
) -> None:
    load_stage("run-1", extracted)
    clean = _raw_counts(extracted)
    batch = run_batches(extracted.landing_dir, "run-1")[0]
    # A first try died while writing: a half-written staging folder is left beside the batch.
    (batch.parent / f".{batch.name}-crashed").mkdir()
    (batch.parent / f".{batch.name}-crashed" / "articles.parquet").write_bytes(b"PAR1 trunc")
    extract_batch("run-1", 0, extracted)  # the retry
    load_stage("run-1", extracted)
    load_stage("run-1", extracted)  # and a retried load
    assert _raw_counts(extracted) == clean


def test_two_runs_started_at_once_take_turns_and_both_finish(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "WIREHOUSE_HOME": str(home), "WIREHOUSE_LOCK_TIMEOUT": "600"}
    wirehouse = Path(sys.executable).parent / "wirehouse"
    runs = [
        subprocess.Popen(
            [str(wirehouse), "run", str(ARTICLES), "--json", "--run-id", run_id],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for run_id in ("left", "right")
    ]
    outputs = [run.communicate(timeout=900) for run in runs]
    for run, (stdout, stderr) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, stderr[-3000:]
        summary = json.loads(stdout.strip().splitlines()[-1])
        assert summary["validation"] == "passed"
        assert summary["articles"] == len(list(ARTICLES.glob("*.html")))
    settings = make_settings(home)
    counts = _raw_counts(settings)
    assert all(rows == keys for rows, keys in counts.values())
    assert counts["articles"][0] == len(list(ARTICLES.glob("*.html")))
    assert set(DATASETS) >= set(TABLES)
