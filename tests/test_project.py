"""Static checks of what cannot run here: the Docker set-up and the documented configuration."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT
from wirehouse.config import VARIABLES


def test_every_setting_is_documented_in_one_place() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text()
    for name in VARIABLES:
        assert f"`{name}`" in doc, name
    used = set(re.findall(r"WIREHOUSE_[A-Z_]+", (ROOT / "wirehouse" / "config.py").read_text()))
    assert used <= set(VARIABLES) | {"WIREHOUSE_DUCKDB_PATH"}


def test_docker_compose_builds_the_project_and_publishes_on_loopback_only() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    service = compose["services"]["airflow"]
    assert service["build"] == "."
    assert all(port.startswith("127.0.0.1:") for port in service["ports"])
    for variable in service["environment"]:
        assert variable in VARIABLES or variable in {"AIRFLOW_HOME", "WIREHOUSE_AIRFLOW_HOST"}
    for volume in service["volumes"]:
        assert volume.split(":")[0] in compose["volumes"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    for source in re.findall(r"^COPY (.+) \S+$", dockerfile, flags=re.MULTILINE):
        for path in source.split():
            assert (ROOT / path).exists(), f"Dockerfile copies missing {path}"
    assert "make install" in dockerfile
    assert (ROOT / dockerfile.split('CMD ["')[1].split('"')[0]).exists()


def test_the_readme_gives_the_two_set_up_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_test_the_reliability_doc_cites_exists() -> None:
    doc = (ROOT / "docs" / "reliability.md").read_text()
    cited = re.findall(r"`(tests/\w+\.py)(?:::(\w+))?", doc)
    assert len(cited) > 20
    last_file = ""
    for file, name in cited:
        last_file = file or last_file
        source = (ROOT / last_file).read_text()
        if name:
            assert f"def {name}(" in source, f"{last_file}::{name}"
    for name in re.findall(r"`::(\w+)`", doc):
        assert any(f"def {name}(" in p.read_text() for p in (ROOT / "tests").glob("test_*.py")), (
            name
        )
