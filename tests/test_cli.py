"""The `wirehouse` command line: JSON lines on stdout, messages on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import FIXTURES, ROOT, SEED_SLUG
from wirehouse.cli import app

SEED_HTML = ROOT / "sample_site" / "articles" / f"{SEED_SLUG}.html"
SEED_TXT = FIXTURES / "reykjavik.txt"
runner = CliRunner()


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_prints_text_and_metadata_for_each_input() -> None:
    result = runner.invoke(app, ["extract", str(SEED_HTML), str(SEED_TXT)])
    assert result.exit_code == 0, result.output
    html, txt = _lines(result.stdout)
    assert html["doc"] == str(SEED_HTML)
    assert html["title"] == "US, Russia seek to ease tensions in first meeting under Biden"
    assert html["date"] == "2021-05-20"
    assert html["language"] == "en"
    assert html["sitename"] == "The Meridian Dispatch"
    assert "Facebook Comments" not in str(html["text"])
    assert set(html) == {"doc", "url", "title", "author", "date", "sitename", "language", "text"}
    assert txt["text"] == SEED_TXT.read_text(encoding="utf-8")


def test_statements_offsets_point_into_the_text_as_read() -> None:
    result = runner.invoke(app, ["statements", str(SEED_TXT)])
    assert result.exit_code == 0, result.output
    text = SEED_TXT.read_text(encoding="utf-8")
    statements = _lines(result.stdout)
    assert statements
    for s in statements:
        assert set(s) == {
            "doc", "quote", "start", "end", "kind", "cue", "speaker", "speaker_type",
            "speaker_mention", "speaker_start", "speaker_end", "confidence",
        }  # fmt: skip
        assert text[int(s["start"]) : int(s["end"])] == s["quote"]  # type: ignore[call-overload]
        if s["speaker_start"] is not None:
            span = text[int(s["speaker_start"]) : int(s["speaker_end"])]  # type: ignore[call-overload]
            assert span == s["speaker_mention"]
    warned = next(s for s in statements if str(s["quote"]).startswith("But if Russia acts"))
    assert (warned["speaker"], warned["speaker_mention"], warned["cue"]) == (
        "Antony Blinken",
        "he",
        "warned",
    )


def test_actors_and_topics_print_one_line_each() -> None:
    actors = runner.invoke(app, ["actors", str(SEED_TXT)])
    assert actors.exit_code == 0, actors.output
    mentions = _lines(actors.stdout)
    assert {"doc", "text", "canonical", "type", "start", "end"} == set(mentions[0])
    assert {m["canonical"] for m in mentions if m["text"] == "Lavrov"} == {"Sergei Lavrov"}

    topics = runner.invoke(app, ["topics", str(SEED_HTML)])
    assert topics.exit_code == 0, topics.output
    lines = _lines(topics.stdout)
    codes = [t["code"] for t in lines]
    assert "medtop:11000000" in codes  # politics
    for line in lines:
        assert list(line) == ["doc", "code", "label", "level", "score"]
        assert line["doc"] == str(SEED_HTML)
        assert line["level"] in (1, 2)
        assert 0.0 < line["score"] <= 1.0
    assert lines[0]["level"] == 1
    assert any(line["level"] == 2 for line in lines)


def test_a_bad_file_is_reported_and_the_others_still_processed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = runner.invoke(
        app, ["extract", str(empty), str(SEED_HTML), str(tmp_path / "nope.html")]
    )
    assert result.exit_code == 1
    assert [line["doc"] for line in _lines(result.stdout)] == [str(SEED_HTML)]
    assert "empty.html: empty: the page is empty" in result.stderr
    assert "nope.html" in result.stderr


@pytest.mark.parametrize("command", ["run", "extract", "statements", "actors", "topics", "demo"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_run_json_ends_stdout_with_a_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "seed.html").write_bytes(SEED_HTML.read_bytes())
    (folder / "empty.html").write_bytes(b"")
    monkeypatch.setenv("WIREHOUSE_HOME", str(tmp_path / "home"))
    result = runner.invoke(app, ["run", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 1
    assert summary["quarantined"] == 1
    assert summary["validation"] == "passed"
    assert summary["statements"] >= 19
    assert summary["actors"] > 5
    assert Path(summary["exports"]).is_dir()
