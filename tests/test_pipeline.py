"""The whole pipeline on the bundled sample site: HTML in, validated marts and exports out."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pytest

from expectations import MartThresholds
from extractors.discover import Item
from extractors.records import ExtractedPage, Statement
from tests.conftest import SEED_SLUG, make_settings
from wirehouse import extraction
from wirehouse.config import Settings
from wirehouse.pipeline import RunSummary, publish_stage, run
from wirehouse.publish import PublishRefused
from wirehouse.sample_site import SampleSite

BOILERPLATE = [
    "Image source",
    "Subscribe to the International Relations Updates",
    "indicates required",
    "Facebook Comments",
    "You may also like",
    "The views and opinions expressed",
]
SEED_QUOTES = {
    # quote prefix -> speaker
    "There is an understanding of the need to overcome": "Sergei Lavrov",
    "But if Russia acts aggressively against us": "Antony Blinken",
    "We are ready to discuss all issues without exception": "Sergei Lavrov",
    "It has been absolutely clear for everyone": "Sergei Lavrov",
    "We have concerns about some of the increased military activities": "Antony Blinken",
    "But experts will have yet to work on it": "Sergei Lavrov",
}


@pytest.fixture(scope="module")
def published(
    tmp_path_factory: pytest.TempPathFactory, sample_site: SampleSite
) -> tuple[Settings, RunSummary]:
    settings = make_settings(tmp_path_factory.mktemp("published"))
    return settings, run(sample_site.feed_url, settings, run_id="first")


def _query(settings: Settings, sql: str, *params: object) -> list[tuple[object, ...]]:
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _counts(settings: Settings) -> dict[str, int]:
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_schema <> 'audit' order by 1, 2"
        ).fetchall()
        return {
            f"{schema}.{name}": con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[
                0
            ]
            for schema, name in tables
        }


def test_a_run_on_the_sample_feed_is_validated_and_published(
    published: tuple[Settings, RunSummary],
) -> None:
    settings, summary = published
    assert summary.error is None
    assert summary.validation == "passed"
    assert summary.articles == 10
    assert summary.quarantined == 0
    assert summary.statements > 40
    assert summary.actors > 20
    assert summary.exports == str(settings.exports_dir / "runs" / "first")
    assert summary.report is not None and Path(summary.report).exists()


def test_the_seed_article_is_stored_without_its_page_furniture(
    published: tuple[Settings, RunSummary],
) -> None:
    settings, _ = published
    [(text, title, date, raw_sha)] = _query(
        settings,
        "select text, title, published_date::varchar, raw_sha256 from raw.articles where url like ?",
        f"%/{SEED_SLUG}.html",
    )
    assert title == "US, Russia seek to ease tensions in first meeting under Biden"
    assert date == "2021-05-20"
    assert "Lavrov told reporters" in str(text)
    for line in BOILERPLATE:
        assert line not in str(text)
    raw = settings.raw_html_dir / str(raw_sha)[:2] / f"{raw_sha}.html.gz"
    assert raw.exists(), "the raw HTML is kept, compressed and content-addressed"


def test_the_seed_articles_quotes_are_in_fct_statements_with_their_speakers(
    published: tuple[Settings, RunSummary],
) -> None:
    settings, _ = published
    rows = _query(
        settings,
        "select s.quote, s.speaker, s.speaker_actor_id is not null "
        "from marts.fct_statements s join marts.dim_articles a using (article_id) where a.url like ?",
        f"%/{SEED_SLUG}.html",
    )
    found = {str(quote): (speaker, linked) for quote, speaker, linked in rows}
    for prefix, speaker in SEED_QUOTES.items():
        matches = [v for q, v in found.items() if q.startswith(prefix)]
        assert matches, f"missing statement: {prefix}..."
        assert matches[0] == (speaker, True), prefix


def test_every_statement_of_the_seed_article_has_topics_with_their_parents(
    published: tuple[Settings, RunSummary],
) -> None:
    settings, _ = published
    rows = _query(
        settings,
        "select t.statement_id, t.topic_code, t.topic_level, t.top_level_code, t.score "
        "from marts.fct_statement_topics t join marts.dim_articles a using (article_id) "
        "where a.url like ?",
        f"%/{SEED_SLUG}.html",
    )
    statements = _query(
        settings,
        "select s.statement_id from marts.fct_statements s "
        "join marts.dim_articles a using (article_id) where a.url like ?",
        f"%/{SEED_SLUG}.html",
    )
    assert {r[0] for r in rows} == {s[0] for s in statements}
    top = {(sid, code): score for sid, code, level, _, score in rows if level == 1}
    for sid, _code, level, parent, score in rows:
        if level == 2:
            assert (sid, parent) in top, "a second-level topic comes with its parent"
            assert score <= top[sid, parent]
    # a diplomacy story: politics is a topic of most of its statements
    politics = {sid for sid, code in top if code == "medtop:11000000"}
    assert len(politics) >= len(statements) // 2


def test_the_export_is_published_with_a_manifest_matching_the_warehouse(
    published: tuple[Settings, RunSummary],
) -> None:
    settings, _ = published
    latest = settings.exports_dir / "latest"
    assert latest.is_symlink() and latest.resolve() == (settings.exports_dir / "runs" / "first")
    manifest = json.loads((latest / "manifest.json").read_text())
    assert manifest["run_id"] == "first"
    marts = manifest["marts"]
    assert {"fct_statements", "dim_actors", "fct_actor_mentions"} <= set(marts)
    with duckdb.connect(str(latest / "warehouse.duckdb"), read_only=True) as snapshot:
        for name, entry in marts.items():
            live = _query(settings, f"select count(*) from marts.{name}")[0][0]
            assert entry["rows"] == live
            assert snapshot.execute(f"select count(*) from {name}").fetchone()[0] == live
            assert (latest / entry["parquet"]).exists() and (latest / entry["csv"]).exists()
    assert not (latest / "warehouse.duckdb").stat().st_mode & 0o222, "snapshot is read-only"


def test_running_the_same_run_again_leaves_identical_row_counts(
    published: tuple[Settings, RunSummary], sample_site: SampleSite
) -> None:
    settings, _ = published
    before = _counts(settings)
    again = run(sample_site.feed_url, settings, run_id="first")
    assert again.error is None
    assert _counts(settings) == before


def test_a_new_run_over_the_same_articles_adds_only_to_the_run_logs(
    published: tuple[Settings, RunSummary], sample_site: SampleSite
) -> None:
    settings, _ = published
    run_logs = {"raw.fetches", "staging.stg_raw__fetches"}
    before = _counts(settings)
    another = run(sample_site.feed_url, settings, run_id="another")
    assert another.error is None
    after = _counts(settings)
    assert {k: v for k, v in after.items() if k not in run_logs and "audit" not in k} == {
        k: v for k, v in before.items() if k not in run_logs and "audit" not in k
    }
    assert after["raw.fetches"] == before["raw.fetches"] + 10


def test_bad_pages_are_quarantined_with_a_reason_and_the_run_goes_on(
    tmp_path: Path, sample_site: SampleSite
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    seed = Path(__file__).resolve().parents[1] / "sample_site" / "articles" / f"{SEED_SLUG}.html"
    (pages / "good.html").write_bytes(seed.read_bytes())
    (pages / "empty.html").write_bytes(b"")
    (pages / "binary.html").write_bytes(bytes(range(256)) * 40)
    (pages / "not-html.html").write_text("%PDF-1.7 this is a pdf, not a page\n" * 20)
    (pages / "broken.html").write_text("<html><body><div><p>Cut off after three wor")
    settings = make_settings(tmp_path / "home")
    summary = run(str(pages), settings, run_id="bad-pages")
    assert summary.error is None
    assert summary.articles == 1
    reasons = {
        Path(str(locator)).name: (stage, reason)
        for locator, stage, reason in _query(
            settings, "select locator, stage, reason from raw.quarantine order by 1"
        )
    }
    assert reasons == {
        "binary.html": ("decode", "binary"),
        "broken.html": ("extract", "too_short"),
        "empty.html": ("decode", "empty"),
        "not-html.html": ("extract", "not_html"),
    }


def test_bad_urls_are_quarantined_with_the_fetch_stage(
    tmp_path: Path, sample_site: SampleSite
) -> None:
    urls = tmp_path / "urls.list"
    urls.write_text(
        f"{sample_site.url(f'/articles/{SEED_SLUG}.html')}\n"
        f"{sample_site.url('/articles/no-such-page.html')}\n"
        f"{sample_site.url('/robots.txt')}\n"
    )
    settings = make_settings(tmp_path / "home")
    summary = run(str(urls), settings, run_id="bad-urls")
    assert summary.articles == 1
    rows = _query(settings, "select locator, stage, reason, detail from raw.quarantine order by 1")
    assert [(Path(str(loc)).name, stage, reason) for loc, stage, reason, _ in rows] == [
        ("no-such-page.html", "fetch", "http_status"),
        ("robots.txt", "fetch", "not_html"),
    ]
    assert "HTTP 404" in str(rows[0][3])


def test_a_failed_validation_publishes_nothing_and_keeps_the_last_good_export(
    tmp_path: Path, sample_site: SampleSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path / "home")
    assert run(sample_site.feed_url, settings, run_id="good").validation == "passed"

    real = extraction.analyse_pages
    bad = Statement("x", 0, 1, "direct", None, None, None, None, "unknown", None, None, None, 1.7)

    def overconfident(pages: Any) -> list[extraction.Analysis | Exception]:
        return [
            extraction.Analysis([*a.statements, bad], a.mentions, a.topics)
            if isinstance(a, extraction.Analysis)
            else a
            for a in real(pages)
        ]

    monkeypatch.setattr(extraction, "analyse_pages", overconfident)
    summary = run(sample_site.feed_url, settings, run_id="bad")
    assert summary.validation == "failed"
    assert summary.error is not None and "confidence" in summary.error
    assert summary.exports is None
    assert not (settings.exports_dir / "runs" / "bad").exists()
    assert (settings.exports_dir / "latest").resolve().name == "good"
    failures = _query(
        settings,
        "select dataset, column_name from audit.validation_results "
        "where run_id = 'bad' and not success",
    )
    assert ("landing.statements", "confidence") in failures


def _public_marts(settings: Settings) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every public mart, in a stable order."""
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        names = [
            str(row[0])
            for row in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        return {
            name: sorted(con.execute(f"select * from marts.{name}").fetchall(), key=repr)
            for name in names
        }


def _exports(settings: Settings) -> dict[str, bytes | str]:
    """Every file under exports/ with its bytes, and where `latest` points."""
    root = settings.exports_dir
    files: dict[str, bytes | str] = {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }
    files["latest ->"] = str((root / "latest").readlink())
    return files


def test_a_failed_mart_validation_leaves_the_last_good_marts_and_exports_untouched(
    tmp_path: Path, sample_site: SampleSite
) -> None:
    settings = make_settings(tmp_path / "home")
    assert run(sample_site.feed_url, settings, run_id="good").error is None
    marts, exports = _public_marts(settings), _exports(settings)
    assert marts["fct_statements"] and "latest ->" in exports

    # the sample has statements whose speaker is unknown: a bound of 0 fails the run
    strict = replace(settings, mart_thresholds=MartThresholds(max_unknown_speaker_share=0.0))
    failed = run(sample_site.feed_url, strict, run_id="strict")

    assert failed.validation == "failed" and failed.exports is None
    assert failed.error is not None and "speaker_type" in failed.error
    assert _public_marts(settings) == marts, "the public marts are row for row the good run's"
    assert _exports(settings) == exports, "the exports are byte for byte the good run's"
    # the failed run's build is there, validated and rejected, but not public
    assert _query(settings, "select distinct run_id from marts_build.fct_statements") == [
        ("strict",)
    ]
    assert _query(settings, "select distinct run_id from marts.fct_statements") == [("good",)]
    [(status, error)] = _query(
        settings, "select status, error from audit.runs where run_id = 'strict'"
    )
    assert status == "failed"
    assert "mart.fct_statements" in str(error) and "speaker_type" in str(error)
    report = (settings.reports_dir / "strict" / "validation.html").read_text()
    why = report.split("<h2>Why</h2>")[1].split("</ul>")[0]
    assert "Validation FAILED: nothing was published" in report
    assert "expect_column_values_to_not_be_in_set(speaker_type)" in why and "unknown" in why
    assert "src=" not in report and "<link" not in report, "the report opens with no network"

    # a publish of the rejected build is refused
    with pytest.raises(PublishRefused, match="no passing validation"):
        publish_stage("strict", settings)

    # the next good run publishes; the incremental facts built on the failed run's build
    # still match a full rebuild (dbt's matches_full_rebuild tests pass in the run)
    recovered = run(sample_site.feed_url, settings, run_id="recovered")
    assert recovered.error is None and recovered.validation == "passed"
    assert (settings.exports_dir / "latest").resolve().name == "recovered"
    assert _query(settings, "select distinct run_id from marts.fct_statements") == [("recovered",)]
    assert {name: len(rows) for name, rows in _public_marts(settings).items()} == {
        name: len(rows) for name, rows in marts.items()
    }


def test_a_build_changed_after_its_validation_is_not_published(
    published: tuple[Settings, RunSummary], tmp_path: Path
) -> None:
    settings, _ = published
    marts = _public_marts(settings)
    copy = replace(settings, home=tmp_path / "copy")  # leave the module's warehouse alone
    copy.home.mkdir()
    shutil.copyfile(settings.warehouse_path, copy.warehouse_path)
    with duckdb.connect(str(copy.warehouse_path)) as con:
        con.execute("delete from marts_build.fct_statements where speaker_type = 'unknown'")

    with pytest.raises(PublishRefused, match="changed after they were validated"):
        publish_stage("first", copy)

    assert _public_marts(copy) == marts
    assert not (copy.exports_dir / "runs" / "first").exists()


def test_a_page_spacy_fails_on_is_quarantined_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path / "home")
    pages = sorted((Path(__file__).parents[1] / "sample_site" / "articles").glob("*.html"))[:3]
    real = extraction._analysis

    def fails_on_the_second(page: ExtractedPage, doc: Any) -> extraction.Analysis:
        if page.text == extraction.read_local(pages[1]).text:
            raise ValueError("no parse")
        return real(page, doc)

    monkeypatch.setattr(extraction, "_analysis", fails_on_the_second)
    items = [Item(str(path), "file", "test") for path in pages]
    result = extraction.extract_items(items, run_id="r", batch_id="b", settings=settings)
    assert (result.articles, result.quarantined) == (2, 1)
    assert result.statements > 0
    rows = duckdb.sql(f"select stage, reason, detail from '{result.path}/quarantine.parquet'")
    [(stage, reason, detail)] = rows.fetchall()
    assert (stage, reason) == ("nlp", "nlp_failed")
    assert pages[1].name in detail and "ValueError: no parse" in detail
