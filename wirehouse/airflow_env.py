"""The environment Airflow runs Wirehouse with, locally and in the tests.

``python -m wirehouse.airflow_env`` prints it as shell ``export`` lines, which
``scripts/airflow-local.sh`` evaluates; the tests import :func:`airflow_environment`.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from wirehouse.config import PROJECT_ROOT


def airflow_environment(airflow_home: Path, wirehouse_home: Path) -> dict[str, str]:
    return {
        "AIRFLOW_HOME": str(airflow_home),
        "WIREHOUSE_HOME": str(wirehouse_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "4",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{airflow_home / 'airflow.db'}",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": "8080",
        "AIRFLOW__API__BASE_URL": "http://127.0.0.1:8080",
        "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
        "AIRFLOW__COSMOS__CACHE_DIR": str(airflow_home / "cosmos"),
        "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
        "DO_NOT_TRACK": "1",
        "SCARF_ANALYTICS": "false",
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "GX_ANALYTICS_ENABLED": "false",
    }


def main() -> None:
    import os

    airflow_home = Path(os.environ.get("AIRFLOW_HOME", PROJECT_ROOT / ".airflow")).resolve()
    wirehouse_home = Path(os.environ.get("WIREHOUSE_HOME", PROJECT_ROOT / "data")).resolve()
    for key, value in airflow_environment(airflow_home, wirehouse_home).items():
        print(f"export {key}={shlex.quote(value)}")


if __name__ == "__main__":
    main()
