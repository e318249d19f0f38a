# Wirehouse. `make demo` runs the whole pipeline on the bundled sample site;
# `make test` runs the tests. Both install what they need first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV       := .venv
BIN        := $(VENV)/bin
PYTHON     ?= python3
UV_VERSION := 0.13.9
MANIFEST   := dbt_project/target/manifest.json
DBT_FILES  := $(shell find dbt_project/models dbt_project/seeds dbt_project/macros dbt_project/tests -type f 2>/dev/null) dbt_project/dbt_project.yml

export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export GX_ANALYTICS_ENABLED := false

.PHONY: help install demo test lint format airflow clean

help:  ## This list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

install: $(BIN)/.installed $(MANIFEST)  ## Create .venv/ from uv.lock (and the dbt manifest)

$(BIN)/.installed: pyproject.toml uv.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv sync --frozen --python $(BIN)/python
	touch $@

$(MANIFEST): $(BIN)/.installed $(DBT_FILES)
	$(BIN)/dbt parse --project-dir dbt_project --profiles-dir dbt_project --quiet
	touch $@

demo: install  ## Run the pipeline on the bundled sample site; data lands in ./data
	$(BIN)/wirehouse demo

test: install  ## Run the test suite (includes `airflow dags test` of the DAG)
	$(BIN)/pytest

lint: install  ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install  ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

airflow: install  ## The Airflow UI on http://127.0.0.1:8080 (Ctrl-C stops it)
	scripts/airflow-local.sh

clean:  ## Remove generated data (keeps .venv)
	rm -rf data .airflow dbt_project/target dbt_project/logs
