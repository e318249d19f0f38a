"""
### Wirehouse pipeline

News articles in, a validated warehouse of who said what, about what, out.

| step | what it does |
|---|---|
| `plan` | discovers the articles of the source (feed, sitemap, URL list, folder) and splits them into batches |
| `extract` | one mapped task per batch: fetch politely, keep the raw HTML, extract text and metadata, statements, actors and topics, write a landing Parquet batch; bad inputs are quarantined with a reason |
| `validate_landing` | Great Expectations suites on every landing batch; a failure stops the run |
| `load` | loads the batches into DuckDB `raw` tables, replacing by key, in one transaction |
| `dbt` | one task per dbt model (`dbt build` of the model: run and its tests), into the non-public `marts_build` schema |
| `validate_marts` | Great Expectations suites on the built marts (keys, relationships, row counts between layers, shares of unknown speakers and unresolved actors, freshness); a failure stops publishing |
| `publish` | swaps the validated marts into the public `marts` schema in one transaction, then writes Parquet, CSV, a read-only DuckDB snapshot and a manifest under `exports/`, swapped in atomically |
| `finish` | records the run's outcome in `audit.runs` (and why it failed), whatever happened |

Trigger with a config to choose the source, e.g. `{"source": "https://example.com/feed.xml"}`;
the default is `WIREHOUSE_SOURCE`. Every task that opens the warehouse runs in the one-slot
`warehouse` pool (DuckDB admits one writer per file).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task
from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos.constants import ExecutionMode, InvocationMode, LoadMode, TestBehavior

from wirehouse.config import DBT_PROJECT_DIR, Settings, default_source
from wirehouse.transform import dbt_env

WAREHOUSE_POOL = "warehouse"
settings = Settings.from_env()  # environment only: no I/O at import time


@dag(
    dag_id="wirehouse_pipeline",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["wirehouse"],
    params={
        "source": Param(
            default_source(),
            type="string",
            description="A feed or sitemap URL, a file of URLs, or a folder of HTML files.",
        )
    },
    default_args={"retries": 2, "retry_delay": timedelta(seconds=20)},
)
def wirehouse_pipeline() -> None:
    @task
    def plan(params: dict[str, str] | None = None, run_id: str | None = None) -> list[int]:
        """Discover the source and return the batch numbers to extract."""
        from wirehouse.pipeline import plan_run

        assert params is not None and run_id is not None
        planned = plan_run(params["source"], run_id, Settings.from_env())
        return list(range(planned.batches))

    @task
    def extract(index: int, run_id: str | None = None) -> dict[str, object]:
        from wirehouse.pipeline import extract_batch

        assert run_id is not None
        result = extract_batch(run_id, index, Settings.from_env())
        return {
            "path": str(result.path),
            "articles": result.articles,
            "statements": result.statements,
            "quarantined": result.quarantined,
        }

    @task(pool=WAREHOUSE_POOL)
    def validate_landing(run_id: str | None = None) -> int:
        from wirehouse.pipeline import validate_landing_stage

        assert run_id is not None
        return validate_landing_stage(run_id, Settings.from_env())

    @task(pool=WAREHOUSE_POOL)
    def load(run_id: str | None = None) -> dict[str, int]:
        from wirehouse.pipeline import load_stage

        assert run_id is not None
        return load_stage(run_id, Settings.from_env()).rows

    dbt = DbtTaskGroup(
        group_id="dbt",
        project_config=ProjectConfig(
            dbt_project_path=DBT_PROJECT_DIR,
            manifest_path=DBT_PROJECT_DIR / "target" / "manifest.json",
            install_dbt_deps=False,
            env_vars=dbt_env(settings),
        ),
        profile_config=ProfileConfig(
            profile_name="wirehouse",
            target_name="dev",
            profiles_yml_filepath=DBT_PROJECT_DIR / "profiles.yml",
        ),
        execution_config=ExecutionConfig(
            execution_mode=ExecutionMode.LOCAL,
            invocation_mode=InvocationMode.DBT_RUNNER,
        ),
        render_config=RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            test_behavior=TestBehavior.BUILD,
            # A test on two models (relationships) runs once both are built.
            should_detach_multiple_parents_tests=True,
        ),
        operator_args={"pool": WAREHOUSE_POOL, "install_deps": False},
    )

    @task(pool=WAREHOUSE_POOL)
    def validate_marts(run_id: str | None = None) -> int:
        from wirehouse.pipeline import validate_marts_stage

        assert run_id is not None
        return validate_marts_stage(run_id, Settings.from_env())

    @task(pool=WAREHOUSE_POOL)
    def publish(run_id: str | None = None) -> str:
        from wirehouse.pipeline import publish_stage

        return str(publish_stage(run_id, Settings.from_env()).path)

    @task(pool=WAREHOUSE_POOL, trigger_rule="all_done", retries=0)
    def finish(
        params: dict[str, str] | None = None,
        run_id: str | None = None,
        dag_run: object | None = None,
    ) -> dict[str, object]:
        from wirehouse.pipeline import finish_run, is_published

        assert params is not None and run_id is not None
        settings = Settings.from_env()
        error = (
            None if is_published(run_id, settings) else "the run did not publish: see failed tasks"
        )
        started = getattr(dag_run, "start_date", None)
        summary = finish_run(run_id, params["source"], settings, started, error)
        return {"articles": summary.articles, "validation": summary.validation, "error": error}

    planned = plan()
    extracted = extract.expand(index=planned)
    validated = validate_landing()
    loaded = load()
    checked = validate_marts()
    published = publish()
    extracted >> validated >> loaded >> dbt >> checked >> published >> finish()


wirehouse_pipeline()
