"""Hostile input: a folder mixing good pages with every kind of bad one runs to the end.

Good pages are loaded; each bad input is quarantined with its stage and reason; a
second run changes no count.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED_SLUG, WebServer, reply
from wirehouse.cli import app
from wirehouse.sample_site import SampleSite

ARTICLES = ROOT / "sample_site" / "articles"
RUSSIAN = (
    "Министр иностранных дел в среду провёл переговоры с коллегами в Рейкьявике. "
    "По его словам, стороны готовы обсуждать все вопросы без исключения. "
    "Эксперты отмечают, что до реального сближения ещё далеко, а санкции остаются в силе. "
    "Встреча продолжалась почти два часа и завершилась без совместного заявления. "
)
GERMAN = (
    "Die Außenminister trafen sich am Mittwoch zu Gesprächen über die Lage in der Arktis. "
    "Beide Seiten erklärten, sie seien zur Zusammenarbeit bereit, betonten aber ihre Differenzen. "
    "Beobachter sprachen von einem vorsichtigen ersten Schritt nach Monaten der Spannungen. "
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Talks</title></head><body><article>{body}</article></body></html>"


@pytest.fixture
def hostile_folder(tmp_path: Path, web: WebServer, sample_site: SampleSite) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    seed = (ARTICLES / f"{SEED_SLUG}.html").read_bytes()
    (folder / "good-seed.html").write_bytes(seed)
    (folder / "good-sport.html").write_bytes(
        (ARTICLES / "valdoria-kestria-football-friendly.html").read_bytes()
    )
    (folder / "truncated.html").write_bytes(seed[: len(seed) * 2 // 3])
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 64)
    (folder / "huge.html").write_bytes(
        b"<html><body><p>" + b"word " * 4_200_000 + b"</p></body></html>"
    )
    (folder / "deep.html").write_text(
        "<html><body>" + "<div>" * 60_000 + "<p>buried</p>" + "</div>" * 60_000 + "</body></html>"
    )
    (folder / "russian-cp1251.html").write_bytes(_page(f"<p>{RUSSIAN}</p>" * 2).encode("cp1251"))
    (folder / "german.html").write_text(_page(f"<p>{GERMAN}</p>", '<meta charset="utf-8">'))
    (folder / "js-shell.html").write_text(
        '<html><head><script src="/app.js"></script></head>'
        '<body><div id="root"></div><noscript>Please enable JavaScript.</noscript></body></html>'
    )
    seed_url = sample_site.url(f"/articles/{SEED_SLUG}.html")
    web.routes["/loop"] = reply(302, headers={"Location": "/loop"})
    web.routes["/error"] = reply(500)
    web.routes["/slow"] = reply(body=seed, delay=4)
    web.routes["/silent"] = reply(body=seed, delay=60)
    (folder / "feeds.urls").write_text(
        f"{seed_url}?utm_source=newsletter\n"
        f"{seed_url}?fbclid=abc&utm_medium=social\n"
        f"{web.url('/loop')}\n{web.url('/missing')}\n{web.url('/error')}\n"
        f"{web.url('/slow')}\n{web.url('/silent')}\n"
    )
    return folder


def test_a_hostile_folder_runs_to_the_end_and_a_rerun_changes_nothing(
    hostile_folder: Path,
    tmp_path: Path,
    web: WebServer,
    sample_site: SampleSite,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "home"
    origins = ",".join(u.removeprefix("http://") for u in (web.base, sample_site.base_url))
    for key, value in {
        "WIREHOUSE_HOME": str(home),
        "WIREHOUSE_ALLOWED_ORIGINS": origins,
        "WIREHOUSE_FETCH_DELAY": "0",
        "WIREHOUSE_FETCH_TIMEOUT": "1",
    }.items():
        monkeypatch.setenv(key, value)
    runner = CliRunner()

    first = runner.invoke(app, ["run", str(hostile_folder), "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    assert summary["validation"] == "passed"
    # good-seed, good-sport, truncated (keeps what arrived), and the seed page by URL once
    assert summary["articles"] == 4
    assert summary["quarantined"] == 12

    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        quarantined = {
            Path(str(locator)).name: (stage, reason)
            for locator, stage, reason in con.execute(
                "select locator, stage, reason from raw.quarantine"
            ).fetchall()
        }
        urls = [row[0] for row in con.execute("select url from raw.articles").fetchall()]
        counts = _counts(con)
    assert quarantined == {
        "empty.html": ("decode", "empty"),
        "binary.html": ("decode", "binary"),
        "huge.html": ("fetch", "too_large"),
        "deep.html": ("extract", "no_text"),
        "js-shell.html": ("extract", "too_short"),
        "russian-cp1251.html": ("nlp", "unsupported_language"),
        "german.html": ("nlp", "unsupported_language"),
        "loop": ("fetch", "fetch_failed"),
        "missing": ("fetch", "http_status"),
        "error": ("fetch", "http_status"),
        "slow": ("fetch", "fetch_failed"),
        "silent": ("fetch", "fetch_failed"),
    }
    assert len([u for u in urls if SEED_SLUG in str(u) and str(u).startswith("http")]) == 1

    second = runner.invoke(app, ["run", str(hostile_folder), "--json"])
    assert second.exit_code == 0, second.output
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        assert _counts(con) == counts


def test_a_windows_1251_page_without_a_charset_is_decoded() -> None:
    from extractors.extract import decode_html, extract_page

    page = extract_page(decode_html(_page(f"<p>{RUSSIAN}</p>").encode("cp1251")))
    assert page.language == "ru"
    assert "Министр иностранных дел" in page.text


def _counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ["articles", "statements", "actor_mentions", "article_topics", "quarantine"]
    return {t: con.execute(f"select count(*) from raw.{t}").fetchone()[0] for t in tables}  # type: ignore[index]
