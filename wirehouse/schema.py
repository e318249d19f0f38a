"""The landing contract: one Arrow schema per dataset, and the key each is replaced by.

Extraction tasks write landing batches with exactly these schemas; the loader copies
them into DuckDB ``raw.<dataset>`` tables, adding ``_batch_id``, ``_run_id`` and
``_loaded_at``. dbt sources (``dbt_project/models/staging/_sources.yml``) and the
landing suites in ``expectations/`` describe the same columns.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Dataset:
    name: str
    schema: pa.Schema
    # Rows whose ``replace_key`` value appears in a new batch are deleted before the
    # batch is inserted: a rerun replaces what it wrote, it never appends twice.
    replace_key: str


ARTICLES = Dataset(
    "articles",
    pa.schema(
        [
            ("article_id", pa.string()),  # sha256 of the normalised URL, 16 hex chars
            ("url", pa.string()),  # normalised URL (file:// URI for local files)
            ("source", pa.string()),  # the feed, sitemap, URL list or folder it came from
            ("final_url", pa.string()),  # after redirects
            ("canonical_url", pa.string()),
            ("title", pa.string()),
            ("author", pa.string()),
            ("published_date", pa.date32()),
            ("sitename", pa.string()),
            ("language", pa.string()),
            ("text", pa.string()),
            ("word_count", pa.int32()),
            ("raw_sha256", pa.string()),  # content address of the raw HTML under raw_html/
            ("http_status", pa.int32()),  # null for local files
            ("content_type", pa.string()),
            ("fetched_at", pa.timestamp("us", tz="UTC")),
        ]
    ),
    replace_key="article_id",
)

STATEMENTS = Dataset(
    "statements",
    pa.schema(
        [
            ("statement_id", pa.string()),  # sha256 of article_id + offsets, 16 hex chars
            ("article_id", pa.string()),
            ("quote", pa.string()),
            ("quote_start", pa.int32()),
            ("quote_end", pa.int32()),
            ("kind", pa.string()),  # direct | partial | indirect
            ("cue", pa.string()),
            ("cue_start", pa.int32()),
            ("cue_end", pa.int32()),
            ("speaker", pa.string()),
            ("speaker_type", pa.string()),  # person | organization | anonymous | unknown
            ("speaker_mention", pa.string()),
            ("speaker_start", pa.int32()),
            ("speaker_end", pa.int32()),
            ("confidence", pa.float64()),
        ]
    ),
    replace_key="article_id",
)

ACTOR_MENTIONS = Dataset(
    "actor_mentions",
    pa.schema(
        [
            ("mention_id", pa.string()),  # sha256 of article_id + offsets, 16 hex chars
            ("article_id", pa.string()),
            ("mention_text", pa.string()),
            ("canonical_name", pa.string()),
            ("actor_type", pa.string()),  # person | organization | country | place
            ("start_char", pa.int32()),
            ("end_char", pa.int32()),
        ]
    ),
    replace_key="article_id",
)

ARTICLE_TOPICS = Dataset(
    "article_topics",
    pa.schema(
        [
            ("article_id", pa.string()),
            ("topic_code", pa.string()),  # e.g. medtop:11000000
            ("topic_label", pa.string()),
            ("topic_level", pa.int32()),
            ("score", pa.float64()),
        ]
    ),
    replace_key="article_id",
)

STATEMENT_TOPICS = Dataset(
    "statement_topics",
    pa.schema(
        [
            ("statement_id", pa.string()),
            ("article_id", pa.string()),
            ("topic_code", pa.string()),  # e.g. medtop:11000000
            ("topic_label", pa.string()),
            ("topic_level", pa.int32()),
            ("score", pa.float64()),
        ]
    ),
    replace_key="article_id",
)

QUARANTINE = Dataset(
    "quarantine",
    pa.schema(
        [
            ("quarantine_id", pa.string()),  # sha256 of the locator, 16 hex chars
            ("source", pa.string()),
            ("locator", pa.string()),  # the URL or path that failed
            ("stage", pa.string()),  # discover | fetch | decode | extract | nlp
            ("reason", pa.string()),  # short code: http_status, not_html, empty, ...
            ("detail", pa.string()),  # a sentence for a person
            ("quarantined_at", pa.timestamp("us", tz="UTC")),
        ]
    ),
    replace_key="quarantine_id",
)

FETCHES = Dataset(
    "fetches",
    pa.schema(
        [
            ("fetch_id", pa.string()),  # sha256 of url + run id, 16 hex chars
            ("url", pa.string()),
            ("final_url", pa.string()),
            ("status", pa.int32()),
            ("content_type", pa.string()),
            ("bytes", pa.int64()),
            ("elapsed_ms", pa.int32()),
            ("error", pa.string()),
            ("fetched_at", pa.timestamp("us", tz="UTC")),
        ]
    ),
    replace_key="fetch_id",
)

DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        ARTICLES,
        STATEMENTS,
        ACTOR_MENTIONS,
        ARTICLE_TOPICS,
        STATEMENT_TOPICS,
        QUARANTINE,
        FETCHES,
    )
}
