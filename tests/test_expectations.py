"""Data-quality suites for landing batches and marts (``expectations/``).

Read top to bottom as the specification: what a valid landing batch looks like, what
each failure looks like in a report, and what the reports promise (empty batches pass,
reports are deterministic, GX stays offline and out of light imports).

GX is imported once and one ephemeral context serves every test in the session, so the
first validation in the run pays a one-off ~15 s start-up; each later one is sub-second.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

from expectations import (
    SUITES,
    ExpectationOutcome,
    LandingThresholds,
    MartThresholds,
    ValidationReport,
    frame_query,
    validate_frame,
    validate_landing_batch,
)
from expectations.checks import check_statement_offsets
from wirehouse.schema import DATASETS

REPO = Path(__file__).resolve().parents[1]

ARTICLE_ID = "0123456789abcdef"
OTHER_ARTICLE_ID = "fedcba9876543210"
TEXT = 'The minister said "we will not back down" on Tuesday.'
#       0123456789012345678901234567890123456789012345678901
QUOTE_START, QUOTE_END = 19, 40  # we will not back down
assert TEXT[QUOTE_START:QUOTE_END] == "we will not back down"


# -- builders: small frames with exactly the landing columns of wirehouse/schema.py --


def frame(dataset: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A landing frame for ``dataset``: the schema's columns, missing values as null."""
    columns = DATASETS[dataset].schema.names
    return pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)


def article(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": ARTICLE_ID,
        "url": "https://news.example/minister",
        "source": "https://news.example/feed.xml",
        "final_url": "https://news.example/minister",
        "title": "Minister will not back down",
        "published_date": date(2024, 1, 5),
        "language": "en",
        "text": TEXT,
        "word_count": 10,
        "raw_sha256": "ab" * 32,
        "http_status": 200,
        "content_type": "text/html",
        "fetched_at": datetime(2024, 1, 5, 12, 0, tzinfo=UTC),
    }
    return row | overrides


def statement(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "statement_id": "1111111111111111",
        "article_id": ARTICLE_ID,
        "quote": TEXT[QUOTE_START:QUOTE_END],
        "quote_start": QUOTE_START,
        "quote_end": QUOTE_END,
        "kind": "direct",
        "cue": "said",
        "cue_start": 13,
        "cue_end": 17,
        "speaker": "The minister",
        "speaker_type": "person",
        "speaker_mention": "The minister",
        "speaker_start": 0,
        "speaker_end": 12,
        "confidence": 0.92,
    }
    return row | overrides


def mention(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "mention_id": "2222222222222222",
        "article_id": ARTICLE_ID,
        "mention_text": "minister",
        "canonical_name": "Minister",
        "actor_type": "person",
        "start_char": 4,
        "end_char": 12,
    }
    return row | overrides


def topic(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": ARTICLE_ID,
        "topic_code": "medtop:11000000",
        "topic_label": "politics",
        "topic_level": 1,
        "score": 0.8,
    }
    return row | overrides


def statement_topic(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "statement_id": "1111111111111111",
        "article_id": ARTICLE_ID,
        "topic_code": "medtop:20000638",
        "topic_label": "international relations",
        "topic_level": 2,
        "score": 0.4,
    }
    return row | overrides


def quarantined(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "quarantine_id": "3333333333333333",
        "source": "https://news.example/feed.xml",
        "locator": "https://news.example/broken",
        "stage": "fetch",
        "reason": "http_status",
        "detail": "The server answered 404.",
        "quarantined_at": datetime(2024, 1, 5, 12, 0, tzinfo=UTC),
    }
    return row | overrides


def fetch(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "fetch_id": "4444444444444444",
        "url": "https://news.example/minister",
        "final_url": "https://news.example/minister",
        "status": 200,
        "content_type": "text/html",
        "bytes": 5120,
        "elapsed_ms": 130,
        "fetched_at": datetime(2024, 1, 5, 12, 0, tzinfo=UTC),
    }
    return row | overrides


def good_batch() -> dict[str, pd.DataFrame]:
    return {
        "articles": frame("articles", [article()]),
        "statements": frame("statements", [statement()]),
        "actor_mentions": frame("actor_mentions", [mention()]),
        "article_topics": frame("article_topics", [topic()]),
        "statement_topics": frame(
            "statement_topics", [statement_topic(topic_code="medtop:11000000"), statement_topic()]
        ),
        "quarantine": frame("quarantine", [quarantined()]),
        "fetches": frame("fetches", [fetch()]),
    }


def labels(report: ValidationReport) -> list[str]:
    return [o.label for o in report.failures]


def report_for(reports: list[ValidationReport], suite: str) -> ValidationReport:
    (match,) = [r for r in reports if r.suite == suite]
    return match


# -- GX stays offline --------------------------------------------------------------


LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@pytest.fixture(autouse=True, scope="module")
def no_network() -> Iterator[None]:
    """GX must not reach the network (usage statistics, version checks): any connection
    or DNS lookup beyond loopback while these tests run (GX start-up included, when this
    module is the first to validate) fails the module at teardown. Loopback stays open
    for the session's local test servers."""
    attempts: list[tuple[Any, ...]] = []
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in LOOPBACK and not isinstance(address, str | bytes):  # AF_UNIX is local
            attempts.append(("connect", address))
            raise OSError(f"test_expectations: network access to {address!r} is not allowed")
        real_connect(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK:
            attempts.append(("getaddrinfo", host))
            raise OSError(f"test_expectations: DNS lookup of {host!r} is not allowed")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign, assignment]
    socket.getaddrinfo = getaddrinfo
    try:
        yield
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.getaddrinfo = real_getaddrinfo
    assert attempts == [], f"GX tried to reach the network: {attempts}"


# -- landing batches ---------------------------------------------------------------


def test_a_good_batch_passes_every_suite_and_check() -> None:
    reports = validate_landing_batch(good_batch())

    assert [r.suite for r in reports] == [
        "landing.articles",
        "landing.statements",
        "landing.actor_mentions",
        "landing.article_topics",
        "landing.statement_topics",
        "landing.quarantine",
        "landing.fetches",
        "landing.statements.offsets_within_article_text",
        "landing.actor_mentions.offsets_within_article_text",
    ]
    assert all(r.success for r in reports), [r.summary() for r in reports if not r.success]
    assert reports[1].summary() == (
        f"landing.statements: {len(reports[1].outcomes)}/{len(reports[1].outcomes)} "
        "expectations passed"
    )


def test_a_good_articles_and_statements_batch_passes() -> None:
    reports = validate_landing_batch(
        {
            "articles": frame("articles", [article()]),
            "statements": frame("statements", [statement()]),
        }
    )
    assert [r.success for r in reports] == [True, True, True]


def test_a_duplicate_article_id_fails_and_the_report_names_the_expectation() -> None:
    articles = frame("articles", [article(), article(url="https://news.example/copy")])

    report = validate_frame("landing.articles", articles)

    assert not report.success
    assert labels(report) == ["expect_column_values_to_be_unique(article_id)"]
    assert report.summary().endswith("failed: expect_column_values_to_be_unique(article_id)")
    (failure,) = report.failures
    assert failure.observed_value == "2 of 2 rows unexpected"
    assert json.loads(failure.details or "{}")["partial_unexpected_list"] == [ARTICLE_ID] * 2


def test_a_statement_with_confidence_above_one_fails() -> None:
    report = validate_frame("landing.statements", frame("statements", [statement(confidence=1.7)]))

    assert not report.success
    assert labels(report) == ["expect_column_values_to_be_between(confidence)"]
    assert report.summary() == (
        f"landing.statements: {len(report.outcomes) - 1}/{len(report.outcomes)} expectations "
        "passed; failed: expect_column_values_to_be_between(confidence)"
    )
    details = json.loads(report.failures[0].details or "{}")
    assert details["partial_unexpected_list"] == [1.7]
    assert details["kwargs"] == {"column": "confidence", "min_value": 0.0, "max_value": 1.0}


def test_a_statement_whose_offsets_lie_outside_its_article_text_fails() -> None:
    beyond = statement(quote_end=len(TEXT) + 5)
    reports = validate_landing_batch(
        {"articles": frame("articles", [article()]), "statements": frame("statements", [beyond])}
    )

    # the statement on its own is well formed: only the cross-dataset check catches it
    assert report_for(reports, "landing.statements").success
    offsets = report_for(reports, "landing.statements.offsets_within_article_text")
    assert not offsets.success
    assert labels(offsets) == ["expect_offsets_within_article_text(quote_start,quote_end)"]
    (sample,) = json.loads(offsets.failures[0].details or "{}")["partial_unexpected_list"]
    assert sample == {
        "statement_id": "1111111111111111",
        "article_id": ARTICLE_ID,
        "quote_start": QUOTE_START,
        "quote_end": len(TEXT) + 5,
        "text_length": len(TEXT),
    }


def test_offsets_ending_exactly_at_the_end_of_the_text_are_inside() -> None:
    last_word = statement(quote=TEXT[-8:], quote_start=len(TEXT) - 8, quote_end=len(TEXT))
    report = check_statement_offsets(
        frame("statements", [last_word]), frame("articles", [article()])
    )
    assert report.success, report.summary()


def test_a_statement_about_an_article_missing_from_the_batch_fails() -> None:
    orphan = statement(article_id=OTHER_ARTICLE_ID)
    report = check_statement_offsets(frame("statements", [orphan]), frame("articles", [article()]))
    assert labels(report) == ["expect_article_ids_in_articles_batch(article_id)"]


def test_actor_mention_offsets_are_checked_against_the_text_too() -> None:
    reports = validate_landing_batch(
        {
            "articles": frame("articles", [article()]),
            "actor_mentions": frame("actor_mentions", [mention(end_char=500)]),
        }
    )
    offsets = report_for(reports, "landing.actor_mentions.offsets_within_article_text")
    assert labels(offsets) == ["expect_offsets_within_article_text(start_char,end_char)"]


@pytest.mark.parametrize(
    ("dataset", "row", "failed"),
    [
        pytest.param(
            "articles",
            article(text=""),
            "expect_column_value_lengths_to_be_between(text)",
            id="empty-text",
        ),
        pytest.param(
            "articles",
            article(url=None),
            "expect_column_values_to_not_be_null(url)",
            id="missing-url",
        ),
        pytest.param(
            "articles",
            article(language="eng"),
            "expect_column_values_to_match_regex(language)",
            id="three-letter-language",
        ),
        pytest.param(
            "statements",
            statement(quote_start=40, quote_end=19),
            "expect_column_pair_values_a_to_be_greater_than_b(quote_end,quote_start)",
            id="quote-start-after-end",
        ),
        pytest.param(
            "statements",
            statement(kind="paraphrase"),
            "expect_column_values_to_be_in_set(kind)",
            id="unknown-kind",
        ),
        pytest.param(
            "statements",
            statement(speaker_type="robot"),
            "expect_column_values_to_be_in_set(speaker_type)",
            id="unknown-speaker-type",
        ),
        pytest.param(
            "actor_mentions",
            mention(actor_type="animal"),
            "expect_column_values_to_be_in_set(actor_type)",
            id="unknown-actor-type",
        ),
        pytest.param(
            "article_topics",
            topic(topic_code="politics"),
            "expect_column_values_to_match_regex(topic_code)",
            id="topic-code-not-medtop",
        ),
        pytest.param(
            "article_topics",
            topic(score=-0.1),
            "expect_column_values_to_be_between(score)",
            id="negative-topic-score",
        ),
        pytest.param(
            "statement_topics",
            statement_topic(topic_level=3),
            "expect_column_values_to_be_between(topic_level)",
            id="statement-topic-below-level-two",
        ),
        pytest.param(
            "statement_topics",
            statement_topic(statement_id=None),
            "expect_column_values_to_not_be_null(statement_id)",
            id="statement-topic-without-statement",
        ),
        pytest.param(
            "quarantine",
            quarantined(stage="load"),
            "expect_column_values_to_be_in_set(stage)",
            id="unknown-stage",
        ),
    ],
)
def test_each_landing_rule_names_itself_when_broken(
    dataset: str, row: dict[str, Any], failed: str
) -> None:
    report = validate_frame(f"landing.{dataset}", frame(dataset, [row]))
    assert labels(report) == [failed]


def test_nullable_fields_may_be_null() -> None:
    local_file = article(url="file:///data/minister.html", language=None, http_status=None)
    no_cue = statement(cue=None, cue_start=None, cue_end=None, speaker_start=None)
    reports = validate_landing_batch(
        {"articles": frame("articles", [local_file]), "statements": frame("statements", [no_cue])}
    )
    assert all(r.success for r in reports), [r.summary() for r in reports]


def test_a_batch_missing_a_landing_column_fails_the_column_check() -> None:
    articles = frame("articles", [article()]).drop(columns=["sitename"])
    report = validate_frame("landing.articles", articles)
    assert labels(report) == ["expect_table_columns_to_match_set"]


def test_suite_parameters_tighten_rules() -> None:
    articles = frame("articles", [article()])
    assert validate_frame("landing.articles", articles).success
    strict = validate_frame("landing.articles", articles, min_text_chars=len(TEXT) + 1)
    assert labels(strict) == ["expect_column_value_lengths_to_be_between(text)"]


def test_an_empty_batch_passes() -> None:
    empty = {name: frame(name, []) for name in DATASETS}

    reports = validate_landing_batch(empty)

    assert len(reports) == len(DATASETS) + 2  # every suite, then both offset checks
    assert all(r.success for r in reports), [r.summary() for r in reports if not r.success]


def test_batches_read_back_from_parquet_validate_like_inline_frames(tmp_path: Path) -> None:
    """Landing batches arrive as Parquet with the Arrow schema: pandas 3 string, int32
    and tz-aware timestamp columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    frames = {}
    for name, rows in (("articles", [article()]), ("statements", [statement(cue_start=None)])):
        path = tmp_path / f"{name}.parquet"
        pq.write_table(pa.Table.from_pylist(rows, schema=DATASETS[name].schema), path)
        frames[name] = pd.read_parquet(path)
    frames["empty_statements"] = pd.read_parquet(path).iloc[0:0]

    reports = validate_landing_batch(
        {"articles": frames["articles"], "statements": frames["statements"]}
    )
    assert all(r.success for r in reports), [r.summary() for r in reports]
    assert validate_frame("landing.statements", frames["empty_statements"]).success


def test_reports_are_deterministic() -> None:
    broken = {
        "articles": frame("articles", [article(), article(language="xyz")]),
        "statements": frame("statements", [statement(confidence=1.7), statement(quote_end=999)]),
    }

    first = validate_landing_batch(broken)
    second = validate_landing_batch(broken)

    assert first == second
    assert [r.to_dict() for r in first] == [r.to_dict() for r in second]
    for report in first:
        for outcome in report.outcomes:
            json.loads(outcome.details or "null")  # details are always valid JSON


def test_report_shape() -> None:
    report = validate_frame("landing.statements", frame("statements", [statement()]))

    assert isinstance(report, ValidationReport)
    assert report.dataset == "landing.statements"
    assert report.failures == ()
    assert all(isinstance(o, ExpectationOutcome) for o in report.outcomes)
    confidence = [o for o in report.outcomes if o.label.endswith("_between(confidence)")]
    assert confidence[0].observed_value == "0 of 1 rows unexpected"
    assert json.loads(report.to_dict()["outcomes"][0]["details"])["kwargs"]["column_set"]


# -- landing thresholds (the configured bounds: expectations/thresholds.py) ----------

VALIDATION_DAY = date(2024, 1, 6)
# the fixture texts are one sentence long: a median bound that lets them pass
SHORT_TEXTS = LandingThresholds(min_median_text_chars=len(TEXT))


def articles_with_thresholds(
    rows: list[dict[str, Any]], thresholds: LandingThresholds = SHORT_TEXTS
) -> list[ValidationReport]:
    return validate_landing_batch(
        {"articles": frame("articles", rows)}, thresholds=thresholds, today=VALIDATION_DAY
    )


def failed_labels(reports: list[ValidationReport]) -> list[str]:
    return [label for report in reports for label in labels(report)]


def test_a_good_batch_passes_the_configured_thresholds() -> None:
    reports = validate_landing_batch(good_batch(), thresholds=SHORT_TEXTS, today=VALIDATION_DAY)
    assert [r.suite for r in reports][-1] == "landing.articles.text_length_distribution"
    assert all(r.success for r in reports), [r.summary() for r in reports if not r.success]


def test_an_article_in_a_language_not_configured_fails() -> None:
    reports = articles_with_thresholds([article(language="fr")])
    assert failed_labels(reports) == ["expect_column_values_to_be_in_set(language)"]
    french = LandingThresholds(languages=("en", "fr"), min_median_text_chars=len(TEXT))
    assert not failed_labels(articles_with_thresholds([article(language="fr")], french))


@pytest.mark.parametrize(
    "published",
    [
        pytest.param(date(2024, 1, 8), id="after-tomorrow"),
        pytest.param(date(1989, 12, 31), id="before-the-floor"),
    ],
)
def test_a_publication_date_outside_the_range_fails(published: date) -> None:
    reports = articles_with_thresholds([article(published_date=published)])
    assert failed_labels(reports) == ["expect_column_values_to_be_between(published_date)"]


def test_a_publication_date_of_tomorrow_is_allowed_for_time_zones() -> None:
    assert not failed_labels(articles_with_thresholds([article(published_date=date(2024, 1, 7))]))


def test_a_fetch_time_in_the_future_fails() -> None:
    future = datetime(2024, 1, 9, 0, 0, tzinfo=UTC)
    reports = articles_with_thresholds([article(fetched_at=future)])
    assert failed_labels(reports) == ["expect_column_values_to_be_between(fetched_at)"]


def test_a_batch_of_teasers_fails_the_median_text_length() -> None:
    reports = articles_with_thresholds([article()], LandingThresholds())  # median 400 chars
    distribution = report_for(reports, "landing.articles.text_length_distribution")
    assert labels(distribution) == ["expect_median_text_length_to_be_between(text)"]
    assert distribution.failures[0].observed_value == f"median {len(TEXT)} chars of 1 texts"


def test_a_batch_of_whole_pages_fails_the_median_text_length() -> None:
    bounds = LandingThresholds(min_median_text_chars=1, max_median_text_chars=20)
    reports = articles_with_thresholds([article()], bounds)
    assert failed_labels(reports) == ["expect_median_text_length_to_be_between(text)"]


def test_the_median_is_of_the_batch_not_of_each_text() -> None:
    long = "word " * 200
    rows = [article(article_id=f"{n:016x}", text=text) for n, text in enumerate([TEXT, long, long])]
    assert not failed_labels(articles_with_thresholds(rows, LandingThresholds()))


def test_an_empty_batch_passes_the_configured_thresholds() -> None:
    reports = validate_landing_batch(
        {name: frame(name, []) for name in DATASETS}, thresholds=LandingThresholds()
    )
    assert all(r.success for r in reports), [r.summary() for r in reports if not r.success]


def test_explicit_suite_parameters_override_the_thresholds() -> None:
    reports = validate_landing_batch(
        {"articles": frame("articles", [article(language="fr")])},
        thresholds=SHORT_TEXTS,
        params={"articles": {"languages": ("fr",)}},
        today=VALIDATION_DAY,
    )
    assert not failed_labels(reports)


# -- marts (pandas frames read from DuckDB with .df()) -------------------------------


@pytest.fixture(scope="module")
def marts() -> dict[str, pd.DataFrame]:
    con = duckdb.connect()
    try:
        return {
            "fct_statements": con.sql(
                f"""
                select '1111111111111111' as statement_id, '{ARTICLE_ID}' as article_id,
                    date '2024-01-05' as published_date, date '2024-01-05' as activity_date,
                    'we will not back down' as quote, 'direct' as kind, 'said' as cue,
                    'The minister' as speaker, 'person' as speaker_type,
                    md5('minister|person') as speaker_actor_id,
                    'The minister' as speaker_mention, 19 as quote_start, 40 as quote_end,
                    13 as cue_start, 17 as cue_end, 0 as speaker_start, 12 as speaker_end,
                    21 as quote_length, 0.92::double as confidence, 'run-1' as run_id,
                    now() as loaded_at
                """
            ).df(),
            "dim_actors": con.sql(
                """
                select md5('minister|person') as actor_id, 'Minister' as canonical_name,
                    'person' as actor_type, date '2024-01-05' as first_seen_date,
                    date '2024-01-05' as last_seen_date, 3 as mention_count,
                    2 as article_count, 1 as statement_count,
                    date '2024-01-05' as first_statement_date,
                    date '2024-01-05' as last_statement_date
                """
            ).df(),
            "fct_actor_mentions": con.sql(
                f"""
                select '2222222222222222' as mention_id, '{ARTICLE_ID}' as article_id,
                    md5('minister|person') as actor_id, date '2024-01-05' as published_date,
                    date '2024-01-05' as activity_date, 'minister' as mention_text,
                    'Minister' as canonical_name, 'person' as actor_type,
                    4 as start_char, 12 as end_char, 'run-1' as run_id, now() as loaded_at
                """
            ).df(),
            "fct_article_topics": con.sql(
                f"""
                select '{ARTICLE_ID}' as article_id, 'medtop:11000000' as topic_code,
                    'politics' as topic_label, 1 as topic_level,
                    'medtop:11000000' as top_level_code, 'politics' as top_level_label,
                    0.8::double as score, 1::bigint as topic_rank,
                    date '2024-01-05' as published_date, date '2024-01-05' as activity_date,
                    'run-1' as run_id, now() as loaded_at
                """
            ).df(),
            "fct_statement_topics": con.sql(
                f"""
                select '1111111111111111' as statement_id, '{ARTICLE_ID}' as article_id,
                    'medtop:11000000' as topic_code, 'politics' as topic_label,
                    1 as topic_level, 'medtop:11000000' as top_level_code,
                    'politics' as top_level_label, 0.8::double as score,
                    1::bigint as topic_rank, date '2024-01-05' as activity_date,
                    'run-1' as run_id, now() as loaded_at
                """
            ).df(),
        }
    finally:
        con.close()


@pytest.mark.parametrize(
    "mart",
    [
        "fct_statements",
        "dim_actors",
        "fct_actor_mentions",
        "fct_article_topics",
        "fct_statement_topics",
    ],
)
def test_mart_suites_pass_on_good_and_on_empty_marts(
    mart: str, marts: dict[str, pd.DataFrame]
) -> None:
    good = validate_frame(f"mart.{mart}", marts[mart])
    empty = validate_frame(f"mart.{mart}", marts[mart].iloc[0:0])
    assert good.success, good.summary()
    assert empty.success, empty.summary()  # an empty run is legal


def test_mart_keys_must_be_unique(marts: dict[str, pd.DataFrame]) -> None:
    doubled = pd.concat([marts["dim_actors"]] * 2, ignore_index=True)
    report = validate_frame("mart.dim_actors", doubled)
    assert labels(report) == [
        "expect_column_values_to_be_unique(actor_id)",
        "expect_compound_columns_to_be_unique(canonical_name,actor_type)",
    ]


def test_mart_statement_confidence_must_be_a_probability(
    marts: dict[str, pd.DataFrame],
) -> None:
    report = validate_frame("mart.fct_statements", marts["fct_statements"].assign(confidence=1.7))
    assert labels(report) == ["expect_column_values_to_be_between(confidence)"]


def test_a_share_of_unknown_speakers_above_the_bound_fails(
    marts: dict[str, pd.DataFrame],
) -> None:
    good = marts["fct_statements"]
    unknown = good.assign(
        statement_id="2222222222222222", speaker_type="unknown", speaker=None, speaker_actor_id=None
    )
    half = pd.concat([good, unknown], ignore_index=True)
    bounds = MartThresholds(max_unknown_speaker_share=0.25).suite_params()["mart.fct_statements"]
    report = validate_frame("mart.fct_statements", half, **bounds)
    assert labels(report) == ["expect_column_values_to_not_be_in_set(speaker_type)"]
    assert report.failures[0].observed_value == "1 of 2 rows unexpected"
    assert validate_frame("mart.fct_statements", half, max_unknown_speaker_share=0.5).success


def test_a_share_of_named_speakers_without_an_actor_above_the_bound_fails(
    marts: dict[str, pd.DataFrame],
) -> None:
    good = marts["fct_statements"]
    unlinked = good.assign(statement_id="2222222222222222", speaker_actor_id=None)
    anonymous = good.assign(
        statement_id="3333333333333333", speaker_type="anonymous", speaker_actor_id=None
    )
    frame_ = pd.concat([good, unlinked, anonymous], ignore_index=True)
    report = validate_frame("mart.fct_statements", frame_, max_unresolved_speaker_share=0.25)
    # one of the two named speakers is unlinked; the anonymous one does not count
    assert labels(report) == ["expect_column_values_to_not_be_null(speaker_actor_id)"]
    assert report.failures[0].observed_value == "1 of 2 rows unexpected"
    assert validate_frame("mart.fct_statements", frame_, max_unresolved_speaker_share=0.5).success


# -- checks across marts and layers, on a small warehouse ----------------------------

BUILD = "build"


@pytest.fixture
def warehouse() -> Iterator[duckdb.DuckDBPyConnection]:
    """Raw tables and the marts built from them, consistent: one article, one statement by
    a linked speaker, one mention, one topic, loaded an hour ago."""
    from wirehouse.warehouse import ensure_schema

    con = duckdb.connect()
    ensure_schema(con)
    meta = "'b0' as _batch_id, 'r0' as _run_id, now() - interval 1 hour as _loaded_at"
    a, actor = ARTICLE_ID, "md5('minister|person')"
    con.execute(f"insert into raw.articles by name select '{a}' as article_id, {meta}")
    con.execute(
        "insert into raw.statements by name select '1111111111111111' as statement_id, "
        f"'{a}' as article_id, {meta}"
    )
    con.execute(
        "insert into raw.actor_mentions by name select '2222222222222222' as mention_id, "
        f"'{a}' as article_id, {meta}"
    )
    con.execute(
        "insert into raw.article_topics by name select "
        f"'{a}' as article_id, 'medtop:11000000' as topic_code, {meta}"
    )
    con.execute(f"create schema {BUILD}")
    for sql in (
        f"create table dim_articles as select '{a}' as article_id, "
        "now() - interval 1 hour as loaded_at",
        f"create table dim_actors as select {actor} as actor_id",
        f"create table dim_actor_aliases as select {actor} as actor_id",
        "create table fct_statements as select '1111111111111111' as statement_id, "
        f"'{a}' as article_id, {actor} as speaker_actor_id",
        "create table fct_actor_mentions as select '2222222222222222' as mention_id, "
        f"'{a}' as article_id, {actor} as actor_id",
        f"create table fct_article_topics as select '{a}' as article_id, "
        "'medtop:11000000' as topic_code",
        f"create table fct_actor_topics as select {actor} as actor_id",
        f"create table fct_actor_cooccurrences as select {actor} as actor_id_a, "
        f"{actor} as actor_id_b",
    ):
        con.execute(sql.replace("create table ", f"create table {BUILD}.", 1))
    try:
        yield con
    finally:
        con.close()


def check(
    con: duckdb.DuckDBPyConnection, dataset: str, thresholds: MartThresholds | None = None
) -> ValidationReport:
    query = frame_query(dataset, BUILD)
    assert query is not None
    params = (thresholds or MartThresholds()).suite_params().get(dataset, {})
    return validate_frame(dataset, con.sql(query).df(), **params)


@pytest.mark.parametrize("dataset", ["mart.relationships", "mart.layers", "mart.freshness"])
def test_consistent_marts_pass_the_checks_across_marts_and_layers(
    warehouse: duckdb.DuckDBPyConnection, dataset: str
) -> None:
    report = check(warehouse, dataset)
    assert report.success, report.summary()


@pytest.mark.parametrize(
    ("broken", "failed"),
    [
        pytest.param(
            "insert into build.fct_statements values ('9', 'fedcba9876543210', null)",
            "fct_statements_article_orphans",
            id="statement-of-an-unknown-article",
        ),
        pytest.param(
            "update build.fct_statements set speaker_actor_id = 'ghost'",
            "fct_statements_speaker_orphans",
            id="speaker-not-in-dim-actors",
        ),
        pytest.param(
            "update build.fct_actor_topics set actor_id = 'ghost'",
            "fct_actor_topics_actor_orphans",
            id="actor-topic-of-an-unknown-actor",
        ),
        pytest.param(
            "update build.fct_actor_cooccurrences set actor_id_b = 'ghost'",
            "fct_actor_cooccurrences_actor_b_orphans",
            id="pair-with-an-unknown-actor",
        ),
        pytest.param(
            "update build.dim_actor_aliases set actor_id = 'ghost'",
            "dim_actor_aliases_actor_orphans",
            id="alias-of-an-unknown-actor",
        ),
        pytest.param(
            "delete from build.dim_articles",
            "fct_article_topics_article_orphans",
            id="facts-of-a-dropped-article",
        ),
    ],
)
def test_a_broken_relationship_fails_and_the_report_counts_the_orphans(
    warehouse: duckdb.DuckDBPyConnection, broken: str, failed: str
) -> None:
    warehouse.execute(broken)
    report = check(warehouse, "mart.relationships")
    assert f"expect_column_max_to_be_between({failed})" in labels(report)
    (outcome,) = [o for o in report.failures if o.column == failed]
    assert outcome.observed_value == "1"


def test_a_share_of_mentions_without_an_actor_above_the_bound_fails(
    warehouse: duckdb.DuckDBPyConnection,
) -> None:
    warehouse.execute(f"insert into build.fct_actor_mentions values ('3', '{ARTICLE_ID}', 'ghost')")
    report = check(warehouse, "mart.relationships")
    assert labels(report) == ["expect_column_max_to_be_between(unresolved_mention_share)"]
    assert report.failures[0].observed_value == "0.5"
    assert check(
        warehouse, "mart.relationships", MartThresholds(max_unresolved_mention_share=0.5)
    ).success


@pytest.mark.parametrize(
    ("broken", "failed"),
    [
        pytest.param(
            "delete from build.fct_statements",
            "statements_missing_from_mart",
            id="statement-lost",
        ),
        pytest.param(
            "insert into build.fct_actor_mentions select * from build.fct_actor_mentions",
            "actor_mentions_extra_in_mart",
            id="mention-doubled",
        ),
        pytest.param(
            "update build.fct_article_topics set topic_code = 'medtop:04000000'",
            "article_topics_missing_from_mart",
            id="topic-replaced",
        ),
        pytest.param(
            "insert into raw.articles by name select 'aaaaaaaaaaaaaaaa' as article_id, "
            "'b1' as _batch_id, 'r1' as _run_id, now() as _loaded_at",
            "articles_missing_from_mart",
            id="article-loaded-but-not-built",
        ),
    ],
)
def test_rows_that_differ_between_a_raw_table_and_its_mart_fail(
    warehouse: duckdb.DuckDBPyConnection, broken: str, failed: str
) -> None:
    warehouse.execute(broken)
    report = check(warehouse, "mart.layers")
    assert f"expect_column_max_to_be_between({failed})" in labels(report)
    assert check(warehouse, "mart.layers", MartThresholds(max_layer_mismatch=1)).success


def test_marts_whose_newest_article_is_older_than_the_bound_fail(
    warehouse: duckdb.DuckDBPyConnection,
) -> None:
    warehouse.execute("update build.dim_articles set loaded_at = now() - interval 30 hours")
    report = check(warehouse, "mart.freshness")
    assert labels(report) == ["expect_column_values_to_be_between(hours_since_load)"]
    assert check(warehouse, "mart.freshness", MartThresholds(max_hours_since_load=48)).success


def test_an_empty_warehouse_is_not_stale(warehouse: duckdb.DuckDBPyConnection) -> None:
    warehouse.execute("delete from build.dim_articles")
    assert check(warehouse, "mart.freshness", MartThresholds(max_hours_since_load=0)).success


def test_a_share_bound_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        validate_frame("mart.fct_statements", pd.DataFrame(), max_unknown_speaker_share=1.5)


# -- the registry and the light import --------------------------------------------


def test_every_landing_dataset_and_mart_has_a_suite() -> None:
    assert sorted(SUITES) == sorted(
        [f"landing.{name}" for name in DATASETS]
        + [
            "mart.dim_actors",
            "mart.fct_actor_cooccurrences",
            "mart.fct_actor_mentions",
            "mart.fct_actor_topics",
            "mart.fct_article_topics",
            "mart.fct_statement_topics",
            "mart.fct_statements",
            "mart.freshness",
            "mart.layers",
            "mart.relationships",
        ]
    )
    for dataset, module in SUITES.items():
        assert dataset == module.DATASET
        assert module.build_suite().name == dataset


def test_unknown_datasets_are_refused() -> None:
    with pytest.raises(KeyError, match="no expectation suite"):
        validate_frame("landing.tweets", pd.DataFrame())
    with pytest.raises(KeyError, match="not landing datasets"):
        validate_landing_batch({"tweets": pd.DataFrame()})


def test_importing_expectations_does_not_import_great_expectations() -> None:
    """DAG files import this package; GX (seconds to import) loads on first validation."""
    code = (
        "import sys, expectations, expectations.checks; "
        "heavy = [m for m in ('great_expectations', 'pandas') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=120)


def test_report_details_do_not_carry_whole_article_texts() -> None:
    long_text = "word " * 1000
    report = validate_frame(
        "landing.articles", frame("articles", [article(text=long_text)]), min_text_chars=10_000
    )
    (failure,) = report.failures
    assert len(failure.details or "") < 1000
