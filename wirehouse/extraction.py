"""The extraction stage: items in, one landing batch out.

For each item: fetch it (or read the file), keep the raw bytes, decode, extract the
main text and metadata; then the batch's pages go through spaCy together (``nlp.pipe``,
faster than one page at a time) for statements, actor mentions and topics. An item
that fails at any stage becomes a quarantine row with the stage and the reason;
the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from extractors import ids
from extractors.discover import Item
from extractors.extract import (
    ExtractionError,
    decode_html,
    extract_page,
    is_html_type,
    text_page,
)
from extractors.fetch import Fetcher, FetchPolicy
from extractors.records import ExtractedPage, FetchResult, Quarantined
from extractors.topics import assign_statement_topics
from wirehouse.config import Settings
from wirehouse.storage import RawStore, write_batch

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass(frozen=True)
class BatchResult:
    path: Path
    articles: int
    statements: int
    mentions: int
    quarantined: int


@dataclass
class _Rows:
    articles: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    actor_mentions: list[dict[str, Any]] = field(default_factory=list)
    article_topics: list[dict[str, Any]] = field(default_factory=list)
    statement_topics: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    fetches: list[dict[str, Any]] = field(default_factory=list)


def fetch_policy(settings: Settings) -> FetchPolicy:
    return FetchPolicy(
        user_agent=settings.user_agent,
        read_timeout=settings.fetch_timeout,
        max_bytes=settings.fetch_max_bytes,
        max_redirects=settings.max_redirects,
        attempts=settings.fetch_attempts,
        per_host_interval=settings.fetch_delay,
        obey_robots=settings.obey_robots,
        allow_private=settings.allow_private,
        allowed_origins=frozenset(settings.allowed_origins),
    )


def read_local(path: Path, min_chars: int = 200, content: bytes | None = None) -> ExtractedPage:
    """An article from a local file: ``.txt`` is text as given, anything else HTML."""
    if content is None:
        content = path.read_bytes()
    if path.suffix.lower() == ".txt":
        try:
            return text_page(content.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise ExtractionError("undecodable", f"{path.name} is not UTF-8 text") from exc
    return extract_page(decode_html(content), path.resolve().as_uri(), min_chars=min_chars)


def extract_items(
    items: Sequence[Item],
    *,
    run_id: str,
    batch_id: str,
    settings: Settings,
    quarantined: Iterable[Quarantined] = (),
    on_item: Callable[[Item], None] | None = None,
) -> BatchResult:
    """Turn ``items`` into landing batch ``batch_id`` of ``run_id`` and return its counts.

    ``quarantined`` carries problems found before extraction (discovery) so that they
    land with the batch.
    """
    rows = _Rows()
    now = datetime.now(UTC)
    for problem in quarantined:
        rows.quarantine.append(_quarantine_row(problem, now))
    store = RawStore(settings.raw_html_dir)
    seen: set[str] = set()
    pending: list[_Page] = []
    with Fetcher(fetch_policy(settings)) as fetcher:
        for item in items:
            page = _guarded(
                item,
                rows,
                partial(_extract_one, item, fetcher, store, settings, rows, seen, run_id),
            )
            if page is not None:
                pending.append(page)
            elif on_item is not None:
                on_item(item)
    for page, analysis in zip(pending, analyse_pages([p.page for p in pending]), strict=True):
        _guarded(page.item, rows, partial(_add_analysed, page, analysis, rows))
        if on_item is not None:
            on_item(page.item)
    path = write_batch(settings.landing_dir, run_id, batch_id, rows.__dict__)
    return BatchResult(
        path=path,
        articles=len(rows.articles),
        statements=len(rows.statements),
        mentions=len(rows.actor_mentions),
        quarantined=len(rows.quarantine),
    )


def _guarded(item: Item, rows: _Rows, work: Callable[[], _T]) -> _T | None:
    """``work()``, or a quarantine row for ``item`` if it raises: a bug must not sink the
    batch."""
    try:
        return work()
    except Exception as exc:
        log.exception("unexpected failure on %s", item.locator)
        detail = f"{type(exc).__name__}: {exc}"
        _quarantine(rows, item, "extract", "internal_error", detail, datetime.now(UTC))
        return None


def _quarantine(
    rows: _Rows, item: Item, stage: Any, reason: str, detail: str, when: datetime
) -> None:
    problem = Quarantined(item.source, item.locator, stage, reason, detail)
    rows.quarantine.append(_quarantine_row(problem, when))


@dataclass(frozen=True)
class _Page:
    """An item's extracted page, waiting for the batch's spaCy pass."""

    item: Item
    article_id: str
    url: str
    fetch: FetchResult | None
    raw_sha: str | None
    page: ExtractedPage
    fetched_at: datetime


def _extract_one(
    item: Item,
    fetcher: Fetcher,
    store: RawStore,
    settings: Settings,
    rows: _Rows,
    seen: set[str],
    run_id: str,
) -> _Page | None:
    now = datetime.now(UTC)

    def quarantine(stage: Any, reason: str, detail: str) -> None:
        _quarantine(rows, item, stage, reason, detail, now)

    fetch: FetchResult | None = None
    if item.kind == "url":
        fetch = fetcher.fetch(item.locator)
        rows.fetches.append(_fetch_row(fetch, run_id, now))
        if not fetch.ok or fetch.content is None:
            reason = "http_status" if fetch.status else "fetch_failed"
            quarantine("fetch", reason, f"{item.locator}: {fetch.error}")
            return None
        if not is_html_type(fetch.content_type):
            quarantine("fetch", "not_html", f"{item.locator}: content type {fetch.content_type}")
            return None
        url = fetch.final_url
        content = fetch.content
    else:
        path = Path(item.locator)
        url = path.resolve().as_uri()
        size = path.stat().st_size
        if size > settings.fetch_max_bytes:
            quarantine(
                "fetch",
                "too_large",
                f"{item.locator}: {size} bytes, over {settings.fetch_max_bytes}",
            )
            return None
        content = path.read_bytes()

    article_id = ids.article_id(url)
    if article_id in seen:
        return None
    seen.add(article_id)
    raw_sha = store.put(content) if content else None
    try:
        if item.kind == "file":
            page = read_local(Path(item.locator), settings.min_text_chars, content)
        else:
            html = decode_html(content, fetch.content_type if fetch else None)
            page = extract_page(html, url, min_chars=settings.min_text_chars)
    except ExtractionError as exc:
        stage = "decode" if exc.reason in {"empty", "binary", "undecodable"} else "extract"
        quarantine(stage, exc.reason, f"{item.locator}: {exc.detail}")
        return None

    if page.language and page.language not in settings.languages:
        quarantine(
            "nlp",
            "unsupported_language",
            f"{item.locator}: language {page.language or 'unknown'!r}; "
            f"statements and actors are extracted for {', '.join(settings.languages)} only",
        )
        return None
    return _Page(item, article_id, url, fetch, raw_sha, page, now)


def _add_analysed(pending: _Page, analysis: Analysis | Exception, rows: _Rows) -> None:
    """The rows of one analysed page, or its quarantine row if spaCy failed on it."""
    item, article_id, url, fetch, page = (
        pending.item,
        pending.article_id,
        pending.url,
        pending.fetch,
        pending.page,
    )
    if isinstance(analysis, Exception):
        detail = f"{item.locator}: {type(analysis).__name__}: {analysis}"
        _quarantine(rows, item, "nlp", "nlp_failed", detail, pending.fetched_at)
        return
    rows.articles.append(
        {
            "article_id": article_id,
            "url": ids.normalise_url(url),
            "source": item.source,
            "final_url": fetch.final_url if fetch else url,
            "canonical_url": page.canonical_url,
            "title": page.title,
            "author": page.author,
            "published_date": date.fromisoformat(page.date) if page.date else None,
            "sitename": page.sitename,
            "language": page.language,
            "text": page.text,
            "word_count": len(page.text.split()),
            "raw_sha256": pending.raw_sha,
            "http_status": fetch.status if fetch else None,
            "content_type": fetch.content_type if fetch else None,
            "fetched_at": pending.fetched_at,
        }
    )
    for statement in analysis.statements:
        statement_id = ids.statement_id(article_id, statement.start, statement.end)
        for topic in assign_statement_topics(statement.quote, analysis.topics):
            rows.statement_topics.append(
                {
                    "statement_id": statement_id,
                    "article_id": article_id,
                    "topic_code": topic.code,
                    "topic_label": topic.label,
                    "topic_level": topic.level,
                    "score": topic.score,
                }
            )
        rows.statements.append(
            {
                "statement_id": statement_id,
                "article_id": article_id,
                "quote": statement.quote,
                "quote_start": statement.start,
                "quote_end": statement.end,
                "kind": statement.kind,
                "cue": statement.cue,
                "cue_start": statement.cue_start,
                "cue_end": statement.cue_end,
                "speaker": statement.speaker,
                "speaker_type": statement.speaker_type,
                "speaker_mention": statement.speaker_mention,
                "speaker_start": statement.speaker_start,
                "speaker_end": statement.speaker_end,
                "confidence": statement.confidence,
            }
        )
    for mention in analysis.mentions:
        rows.actor_mentions.append(
            {
                "mention_id": ids.mention_id(article_id, mention.start, mention.end),
                "article_id": article_id,
                "mention_text": mention.text,
                "canonical_name": mention.canonical,
                "actor_type": mention.type,
                "start_char": mention.start,
                "end_char": mention.end,
            }
        )
    for topic in analysis.topics:
        rows.article_topics.append(
            {
                "article_id": article_id,
                "topic_code": topic.code,
                "topic_label": topic.label,
                "topic_level": topic.level,
                "score": topic.score,
            }
        )


@dataclass(frozen=True)
class Analysis:
    statements: list[Any]
    mentions: list[Any]
    topics: list[Any]


def analyse(page: ExtractedPage) -> Analysis:
    """Statements, actor mentions and topics of an extracted page (one spaCy parse)."""
    from extractors import load_nlp

    return _analysis(page, load_nlp()(page.text))


def analyse_pages(pages: Sequence[ExtractedPage]) -> list[Analysis | Exception]:
    """:func:`analyse` for each page, with one batched spaCy pass over them all; a page
    whose analysis fails gets its exception in its place, the others go on."""
    from extractors import load_nlp

    try:
        docs = list(load_nlp().pipe(page.text for page in pages))
    except Exception:  # find the page spaCy fails on: one at a time
        return [_attempt(analyse, page) for page in pages]
    return [
        _attempt(partial(_analysis, doc=doc), page) for page, doc in zip(pages, docs, strict=True)
    ]


def _attempt(
    work: Callable[[ExtractedPage], Analysis], page: ExtractedPage
) -> Analysis | Exception:
    try:
        return work(page)
    except Exception as exc:
        return exc


def _analysis(page: ExtractedPage, doc: Doc) -> Analysis:
    from extractors import assign_topics, extract_actor_mentions, extract_statements

    return Analysis(
        statements=extract_statements(doc),
        mentions=extract_actor_mentions(doc),
        topics=assign_topics(page.text, page.title),
    )


def _quarantine_row(problem: Quarantined, when: datetime) -> dict[str, Any]:
    return {
        "quarantine_id": ids.short_id(problem.locator),
        "source": problem.source,
        "locator": problem.locator,
        "stage": problem.stage,
        "reason": problem.reason,
        "detail": problem.detail,
        "quarantined_at": when,
    }


def _fetch_row(fetch: FetchResult, run_id: str, when: datetime) -> dict[str, Any]:
    return {
        "fetch_id": ids.short_id(fetch.url, run_id),
        "url": fetch.url,
        "final_url": fetch.final_url,
        "status": fetch.status,
        "content_type": fetch.content_type,
        "bytes": len(fetch.content) if fetch.content is not None else None,
        "elapsed_ms": fetch.elapsed_ms,
        "error": fetch.error,
        "fetched_at": when,
    }
