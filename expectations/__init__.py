"""Wirehouse data-quality suites, as code, and the small API that runs them.

One module per dataset, each exposing ``DATASET`` (e.g. ``"landing.statements"``) and
``build_suite(**params) -> gx.ExpectationSuite``. Suites validate pandas DataFrames:
landing batches read from Parquet, or DuckDB marts read with ``.df()``. The bounds that
are meant to be tuned are gathered in :mod:`expectations.thresholds`.

    from expectations import validate_frame, validate_landing_batch

    report = validate_frame("landing.articles", articles_df, min_text_chars=200)
    report.success, report.summary(), report.failures
    reports = validate_landing_batch({"articles": articles_df, "statements": statements_df})
    mart = validate_frame("mart.fct_statements", con.sql("select * from fct_statements").df())

Importing this package is cheap: Great Expectations (seconds to import) is imported on
the first validation, with its usage statistics switched off, and one ephemeral context
is then reused for the life of the process.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from expectations import (
    dim_actors,
    fct_actor_cooccurrences,
    fct_actor_mentions,
    fct_actor_topics,
    fct_article_topics,
    fct_statement_topics,
    fct_statements,
    landing_actor_mentions,
    landing_article_topics,
    landing_articles,
    landing_fetches,
    landing_quarantine,
    landing_statement_topics,
    landing_statements,
    mart_freshness,
    mart_layers,
    mart_relationships,
)
from expectations._report import ExpectationOutcome, ValidationReport
from expectations.thresholds import LandingThresholds, MartThresholds

if TYPE_CHECKING:
    import great_expectations as gx
    import pandas as pd

__all__ = [
    "LANDING_PREFIX",
    "SUITES",
    "ExpectationOutcome",
    "LandingThresholds",
    "MartThresholds",
    "SuiteModule",
    "ValidationReport",
    "build_suite",
    "frame_query",
    "validate_frame",
    "validate_landing_batch",
]

LANDING_PREFIX = "landing."


class SuiteModule(Protocol):
    """What every suite module provides: its dataset name and a suite builder taking
    keyword parameters with defaults."""

    DATASET: str
    build_suite: Callable[..., gx.ExpectationSuite]


_MODULES: tuple[SuiteModule, ...] = (
    landing_articles,
    landing_statements,
    landing_actor_mentions,
    landing_article_topics,
    landing_statement_topics,
    landing_quarantine,
    landing_fetches,
    fct_statements,
    dim_actors,
    fct_actor_mentions,
    fct_article_topics,
    fct_statement_topics,
    fct_actor_cooccurrences,
    fct_actor_topics,
    mart_relationships,
    mart_layers,
    mart_freshness,
)

SUITES: dict[str, SuiteModule] = {m.DATASET: m for m in _MODULES}
"""Suite modules by dataset name: ``landing.<schema dataset>``, ``mart.<model>``, and the
checks across marts and layers (``mart.relationships``, ``mart.layers``,
``mart.freshness``), whose modules also have ``query(schema) -> str``: the SQL giving the
frame to validate, with the marts read from ``schema``."""


def frame_query(dataset: str, schema: str) -> str | None:
    """The SQL whose result ``dataset``'s suite validates, or None when the suite
    validates the mart table of that name."""
    query = getattr(_module(dataset), "query", None)
    return None if query is None else str(query(schema))


def _module(dataset: str) -> SuiteModule:
    try:
        return SUITES[dataset]
    except KeyError:
        known = ", ".join(sorted(SUITES))
        raise KeyError(f"no expectation suite for {dataset!r}; known: {known}") from None


def build_suite(dataset: str, **params: Any) -> gx.ExpectationSuite:
    """The suite for ``dataset`` built with ``params`` (see each module's ``build_suite``)."""
    return _module(dataset).build_suite(**params)


def validate_frame(dataset: str, df: pd.DataFrame, **params: Any) -> ValidationReport:
    """Validate ``df`` against the suite for ``dataset`` (a key of :data:`SUITES`).

    ``params`` go to that suite's ``build_suite``. The first call in a process imports
    GX and builds the context; later calls reuse it. Thread-safe (calls serialise).
    """
    from expectations._runtime import run_suite

    module = _module(dataset)
    return run_suite(dataset, module.build_suite, df, dict(params))


def validate_landing_batch(
    frames: Mapping[str, pd.DataFrame],
    *,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    thresholds: LandingThresholds | None = None,
    today: date | None = None,
) -> list[ValidationReport]:
    """Validate one landing batch: every frame against its suite, then the cross-dataset
    offset checks.

    ``frames`` is keyed by ``wirehouse.schema`` dataset name (``"articles"``,
    ``"statements"``, ...); any subset may be given. ``params`` optionally maps a
    dataset name to keyword arguments for its suite, e.g.
    ``{"articles": {"min_text_chars": 200}}``.

    When ``articles`` is present, statements and actor mentions in the batch are also
    checked against it: each must point at an article of the batch, and its offsets
    must lie inside that article's text. Without ``articles`` those checks are skipped.

    ``thresholds`` (see :class:`~expectations.thresholds.LandingThresholds`) adds the
    configured bounds: allowed languages, the publication date range (relative to
    ``today``, default the current UTC day), the shortest text, and the median text
    length of the batch (a report of its own). Explicit ``params`` win over them.

    Reports come in a fixed order: the schema's dataset order, then the offset checks,
    then the text length distribution (with ``thresholds`` only).
    """
    from wirehouse.schema import DATASETS

    unknown = sorted(set(frames) - set(DATASETS))
    if unknown:
        raise KeyError(f"not landing datasets: {unknown}; known: {sorted(DATASETS)}")
    merged: dict[str, dict[str, Any]] = {}
    if thresholds is not None:
        merged = thresholds.suite_params(today or datetime.now(UTC).date())
    for name, extra in (params or {}).items():
        merged[name] = {**merged.get(name, {}), **extra}
    params = merged

    reports = [
        validate_frame(LANDING_PREFIX + name, frames[name], **dict(params.get(name, {})))
        for name in DATASETS
        if name in frames
    ]
    if "articles" in frames:
        from expectations.checks import check_mention_offsets, check_statement_offsets

        articles = frames["articles"]
        if "statements" in frames:
            reports.append(check_statement_offsets(frames["statements"], articles))
        if "actor_mentions" in frames:
            reports.append(check_mention_offsets(frames["actor_mentions"], articles))
        if thresholds is not None:
            from expectations.checks import check_text_length_distribution

            reports.append(
                check_text_length_distribution(
                    articles,
                    min_median_chars=thresholds.min_median_text_chars,
                    max_median_chars=thresholds.max_median_text_chars,
                )
            )
    return reports
