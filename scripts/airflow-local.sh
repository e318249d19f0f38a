#!/usr/bin/env bash
# The Airflow UI on http://127.0.0.1:8080 with a scheduler, DAG processor and triggerer,
# all in one process group that Ctrl-C (or a TERM to this script) stops together.
# (In a container, WIREHOUSE_AIRFLOW_HOST=0.0.0.0 and the port is published on the host's
# loopback only: see docker-compose.yml.)
# The components are started one by one rather than with `airflow standalone`, so that
# nothing listens beyond 127.0.0.1 (the log server is not needed with LocalExecutor).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(.venv/bin/python -m wirehouse.airflow_env)"
export PATH="$PWD/.venv/bin:$PATH"
mkdir -p "$AIRFLOW_HOME"

airflow db migrate >/dev/null
airflow pools set warehouse 1 "DuckDB admits one writer: one warehouse task at a time" >/dev/null

pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping Airflow..."
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

airflow scheduler --skip-serve-logs >"$AIRFLOW_HOME/scheduler.log" 2>&1 & pids+=($!)
airflow dag-processor >"$AIRFLOW_HOME/dag-processor.log" 2>&1 & pids+=($!)
airflow triggerer --skip-serve-logs >"$AIRFLOW_HOME/triggerer.log" 2>&1 & pids+=($!)
airflow api-server --host "${WIREHOUSE_AIRFLOW_HOST:-127.0.0.1}" --port 8080 >"$AIRFLOW_HOME/api-server.log" 2>&1 & pids+=($!)

cat <<MSG

  Airflow UI:  http://127.0.0.1:8080
  Log in as:   admin
  Password:    in $AIRFLOW_HOME/simple_auth_manager_passwords.json.generated
               (written on first start; 'cat' it once the UI answers)
  DAG:         wirehouse_pipeline (trigger it; the default source is WIREHOUSE_SOURCE,
               the bundled sample articles)
  Logs:        $AIRFLOW_HOME/*.log       Stop: Ctrl-C

MSG
wait -n "${pids[@]}" || true
echo "An Airflow component stopped; see $AIRFLOW_HOME/*.log"
