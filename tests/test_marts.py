"""The actor marts on a scratch warehouse of a few raw rows (built, as the pipeline builds
them, into the non-public build schema): aliases merge spellings into one
actor, co-occurrence pairs are unordered and counted once, reruns are idempotent, and an
incremental run leaves the same rows as a full rebuild."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.conftest import make_settings
from wirehouse.config import MARTS_BUILD_SCHEMA, Settings
from wirehouse.transform import run_dbt
from wirehouse.warehouse import connect, ensure_schema

# the models under test and everything upstream (the audit views and exposure are left out)
SELECT = (
    "+fct_actor_cooccurrences +dim_actor_aliases +fct_actor_topics +fct_statements "
    "+fct_actor_mentions +fct_topic_activity_daily +fct_actor_activity_daily +fct_statement_topics "
    "dim_articles dim_topics"
)
INCREMENTAL = ("fct_actor_mentions", "fct_statements", "fct_article_topics", "fct_statement_topics")
MARTS = (
    *INCREMENTAL,
    "dim_actors",
    "dim_actor_aliases",
    "fct_actor_cooccurrences",
    "fct_actor_topics",
    "fct_actor_activity_daily",
    "fct_topic_activity_daily",
    "fct_topic_actors_daily",
)

# article -> (date, mentions as (name, type, start, end), statements as (speaker, quote span))
ARTICLES = {
    "a1": (
        "2024-01-05",
        [
            ("Lavrov", "person", 0, 6),
            ("Blinken", "person", 20, 27),
            ("U.S.", "organization", 40, 44),
        ],
        [("Lavrov", 15, 50)],
    ),
    "a2": (
        "2024-01-06",
        [
            ("Sergei Lavrov", "person", 0, 13),
            ("Antony Blinken", "person", 20, 34),
            ("United States", "country", 40, 53),
        ],
        [("Antony Blinken", 15, 60)],
    ),
}


def _insert_article(
    con: duckdb.DuckDBPyConnection,
    article_id: str,
    day: str,
    mentions: list[tuple[str, str, int, int]],
    statements: list[tuple[str, int, int]],
    loaded_at: str,
) -> None:
    meta = ["b0", "r0", loaded_at]
    con.execute(
        "insert into raw.articles by name select ? as article_id, ? as url, ? as sitename, "
        "cast(? as date) as published_date, 'text' as text, "
        "? as _batch_id, ? as _run_id, cast(? as timestamptz) as _loaded_at",
        [article_id, f"https://news.example/{article_id}", "Example News", day, *meta],
    )
    for n, (name, kind, start, end) in enumerate(mentions):
        con.execute(
            "insert into raw.actor_mentions by name select ? as mention_id, ? as article_id, "
            "? as mention_text, ? as canonical_name, ? as actor_type, ? as start_char, "
            "? as end_char, ? as _batch_id, ? as _run_id, cast(? as timestamptz) as _loaded_at",
            [f"{article_id}-m{n}", article_id, name, name, kind, start, end, *meta],
        )
    for n, (speaker, start, end) in enumerate(statements):
        con.execute(
            "insert into raw.statements by name select ? as statement_id, ? as article_id, "
            "'words' as quote, ? as quote_start, ? as quote_end, 'direct' as kind, "
            "? as speaker, 'person' as speaker_type, 0.9 as confidence, "
            "? as _batch_id, ? as _run_id, cast(? as timestamptz) as _loaded_at",
            [f"{article_id}-s{n}", article_id, start, end, speaker, *meta],
        )
        # the statement's topics: politics, and a second-level topic under it
        for code, label, level, score in (
            ("medtop:11000000", "politics", 1, 0.8),
            ("medtop:20000638", "international relations", 2, 0.5),
        ):
            con.execute(
                "insert into raw.statement_topics by name select ? as statement_id, "
                "? as article_id, ? as topic_code, ? as topic_label, ? as topic_level, "
                "? as score, ? as _batch_id, ? as _run_id, cast(? as timestamptz) as _loaded_at",
                [f"{article_id}-s{n}", article_id, code, label, level, score, *meta],
            )
    con.execute(
        "insert into raw.article_topics by name select ? as article_id, "
        "'medtop:11000000' as topic_code, 'politics' as topic_label, 1 as topic_level, "
        "0.8 as score, ? as _batch_id, ? as _run_id, cast(? as timestamptz) as _loaded_at",
        [article_id, *meta],
    )


def _rows(settings: Settings, mart: str) -> list[tuple[object, ...]]:
    with connect(settings.warehouse_path, read_only=True) as con:
        return sorted(
            con.execute(f"select * from {MARTS_BUILD_SCHEMA}.{mart}").fetchall(),
            key=lambda r: repr(r),
        )


def _counts(settings: Settings) -> dict[str, int]:
    return {mart: len(_rows(settings, mart)) for mart in MARTS}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = make_settings(Path(tmp_path_factory.mktemp("marts")) / "home")
    with connect(settings.warehouse_path) as con:
        ensure_schema(con)
        for article_id, (day, mentions, statements) in ARTICLES.items():
            _insert_article(con, article_id, day, mentions, statements, "2024-01-07 10:00:00+00")
    run_dbt("build", settings, "--select", SELECT)
    yield settings


def test_the_alias_seed_merges_two_spellings_into_one_actor(built: Settings) -> None:
    with connect(built.warehouse_path, read_only=True) as con:
        actors = con.execute(
            "select canonical_name, actor_type, mention_count, article_count, statement_count "
            f"from {MARTS_BUILD_SCHEMA}.dim_actors order by canonical_name"
        ).fetchall()
        aliases = con.execute(
            f"select canonical_name, list(alias order by alias) from {MARTS_BUILD_SCHEMA}.dim_actor_aliases "
            "group by canonical_name order by canonical_name"
        ).fetchall()
    assert actors == [
        ("Antony Blinken", "person", 2, 2, 1),
        ("Sergei Lavrov", "person", 2, 2, 1),
        ("United States", "country", 2, 2, 0),  # "U.S." was typed organization: the seed wins
    ]
    assert aliases == [
        ("Antony Blinken", ["Antony Blinken", "Blinken"]),
        ("Sergei Lavrov", ["Lavrov", "Sergei Lavrov"]),
        ("United States", ["U.S.", "United States"]),
    ]


def test_cooccurrence_pairs_are_unordered_and_counted_once(built: Settings) -> None:
    with connect(built.warehouse_path, read_only=True) as con:
        pairs = con.execute(
            "select actor_id_a < actor_id_b, least(actor_name_a, actor_name_b), "
            "greatest(actor_name_a, actor_name_b), articles_together, statements_together, "
            "weight, first_date::varchar, last_date::varchar "
            f"from {MARTS_BUILD_SCHEMA}.fct_actor_cooccurrences order by 2, 3"
        ).fetchall()
    # a1: Lavrov speaks, quoting Blinken and the U.S.; a2: Blinken speaks, quoting the U.S.
    assert pairs == [
        (True, "Antony Blinken", "Sergei Lavrov", 2, 1, 3, "2024-01-05", "2024-01-06"),
        (True, "Antony Blinken", "United States", 2, 2, 4, "2024-01-05", "2024-01-06"),
        (True, "Sergei Lavrov", "United States", 2, 1, 3, "2024-01-05", "2024-01-06"),
    ]


def test_rerunning_dbt_build_leaves_identical_row_counts(built: Settings) -> None:
    before = _counts(built)
    assert all(before.values()), before
    run_dbt("build", built, "--select", SELECT)
    assert _counts(built) == before


def test_an_incremental_run_gives_the_rows_of_a_full_rebuild(built: Settings) -> None:
    with connect(built.warehouse_path) as con:
        # a new article, and a1 reloaded by the loader (children replaced, one mention fewer)
        _insert_article(
            con, "a3", "2024-01-08", [("Lavrov", "person", 0, 6)], [], "2024-01-09 10:00:00+00"
        )
        for table in (
            "articles",
            "actor_mentions",
            "statements",
            "article_topics",
            "statement_topics",
        ):
            con.execute(f"delete from raw.{table} where article_id = 'a1'")
        day, mentions, statements = ARTICLES["a1"]
        _insert_article(con, "a1", day, mentions[:2], statements, "2024-01-09 10:00:00+00")
    run_dbt("build", built, "--select", SELECT)  # incremental: the facts exist
    incremental = {mart: _rows(built, mart) for mart in MARTS}
    run_dbt("run", built, "--select", SELECT, "--full-refresh")
    rebuilt = {mart: _rows(built, mart) for mart in MARTS}
    assert incremental == rebuilt
    assert len(incremental["fct_actor_mentions"]) == 6
    assert len(incremental["fct_statement_topics"]) == 4  # a1's and a2's statement, two topics each


def test_statement_topics_take_the_vocabulary_and_rank_within_the_statement_and_level(
    built: Settings,
) -> None:
    with connect(built.warehouse_path, read_only=True) as con:
        rows = con.execute(
            "select statement_id, topic_code, topic_label, topic_level, top_level_code, "
            f"topic_rank from {MARTS_BUILD_SCHEMA}.fct_statement_topics "
            "where article_id = 'a2' order by 1, 4, 6"
        ).fetchall()
    assert rows == [
        ("a2-s0", "medtop:11000000", "politics", 1, "medtop:11000000", 1),
        ("a2-s0", "medtop:20000638", "international relations", 2, "medtop:11000000", 1),
    ]


@pytest.mark.parametrize(
    "mart", ["fct_actor_cooccurrences", "fct_actor_topics", "fct_statement_topics"]
)
def test_the_new_mart_suites_pass_on_the_built_marts(built: Settings, mart: str) -> None:
    import importlib

    from expectations._runtime import run_suite

    module = importlib.import_module(f"expectations.{mart}")
    with connect(built.warehouse_path, read_only=True) as con:
        frame = con.table(f"{MARTS_BUILD_SCHEMA}.{mart}").df()
    report = run_suite(module.DATASET, module.build_suite, frame, {})
    assert report.success, report.summary()
    swapped = frame.rename(columns={"actor_id_a": "actor_id_b", "actor_id_b": "actor_id_a"})
    if mart == "fct_actor_cooccurrences":
        assert not run_suite(module.DATASET, module.build_suite, swapped, {}).success
