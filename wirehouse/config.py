"""Configuration: every setting comes from an environment variable with a default.

This module is the one place settings are documented; ``docs/configuration.md`` is
generated from the same table (``wirehouse config``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from expectations.thresholds import LandingThresholds, MartThresholds

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# name -> (default, description)
VARIABLES: dict[str, tuple[str, str]] = {
    "WIREHOUSE_HOME": (
        "./data",
        "Root of all stored data: raw HTML, landing batches, warehouse, exports.",
    ),
    "WIREHOUSE_SOURCE": (
        str(PROJECT_ROOT / "sample_site" / "articles"),
        "Default source for the Airflow DAG: a feed or sitemap URL, a file of URLs, or a folder.",
    ),
    "WIREHOUSE_BATCH_SIZE": ("20", "Items per extraction batch (one Airflow mapped task each)."),
    "WIREHOUSE_USER_AGENT": (
        "WirehouseBot/0.1 (+https://github.com/wirehouse/wirehouse)",
        "User agent the fetcher sends.",
    ),
    "WIREHOUSE_FETCH_DELAY": ("1.0", "Minimum seconds between two requests to one host."),
    "WIREHOUSE_FETCH_TIMEOUT": ("20", "Read timeout of one request, seconds."),
    "WIREHOUSE_FETCH_MAX_BYTES": ("10485760", "Largest response body accepted, bytes."),
    "WIREHOUSE_FETCH_ATTEMPTS": ("3", "Tries per URL for transient failures (backoff between)."),
    "WIREHOUSE_MAX_REDIRECTS": ("5", "Redirects followed before a URL is given up."),
    "WIREHOUSE_ALLOW_PRIVATE": (
        "false",
        "Allow fetching any private/loopback address (prefer WIREHOUSE_ALLOWED_ORIGINS).",
    ),
    "WIREHOUSE_ALLOWED_ORIGINS": (
        "",
        "Comma-separated host:port origins that may be private (e.g. a local test site).",
    ),
    "WIREHOUSE_OBEY_ROBOTS": ("true", "Obey robots.txt."),
    "WIREHOUSE_LANGUAGES": (
        "en",
        "Comma-separated ISO 639-1 codes the NLP handles; other articles are quarantined.",
    ),
    "WIREHOUSE_MIN_TEXT_CHARS": ("200", "Shorter extracted texts are quarantined as 'too_short'."),
    "WIREHOUSE_LOCK_TIMEOUT": (
        "600",
        "Seconds to wait for the warehouse lock held by another run.",
    ),
    "WIREHOUSE_KEEP_EXPORTS": ("5", "Published export runs kept under exports/runs/."),
    # Bounds of the data-quality suites (expectations/thresholds.py): a run outside them
    # is not published.
    "WIREHOUSE_EARLIEST_PUBLISHED_DATE": (
        "1990-01-01",
        "Landing: no article may be dated before this day (ISO date).",
    ),
    "WIREHOUSE_FUTURE_DAYS": (
        "1",
        "Landing: articles may be dated up to this many days after the validation day.",
    ),
    "WIREHOUSE_MIN_MEDIAN_TEXT_CHARS": (
        "400",
        "Landing: lowest median article text length of a batch, characters.",
    ),
    "WIREHOUSE_MAX_MEDIAN_TEXT_CHARS": (
        "100000",
        "Landing: highest median article text length of a batch, characters.",
    ),
    "WIREHOUSE_MAX_UNKNOWN_SPEAKER_SHARE": (
        "0.4",
        "Marts: highest share of statements whose speaker is unknown.",
    ),
    "WIREHOUSE_MAX_UNRESOLVED_SPEAKER_SHARE": (
        "0.3",
        "Marts: highest share of statements with a named speaker not linked to an actor.",
    ),
    "WIREHOUSE_MAX_UNRESOLVED_MENTION_SHARE": (
        "0",
        "Marts: highest share of actor mentions whose actor is missing from dim_actors.",
    ),
    "WIREHOUSE_MAX_HOURS_SINCE_LOAD": (
        "24",
        "Marts: the newest article must have been loaded at most this many hours before.",
    ),
    "WIREHOUSE_MAX_LAYER_MISMATCH": (
        "0",
        "Marts: keys allowed to differ between a raw table and the mart built from it.",
    ),
}


def _env(name: str) -> str:
    return os.environ.get(name, VARIABLES[name][0])


def _flag(name: str) -> bool:
    return _env(name).strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    home: Path
    batch_size: int
    user_agent: str
    fetch_delay: float
    fetch_timeout: float
    fetch_max_bytes: int
    fetch_attempts: int
    max_redirects: int
    allow_private: bool
    allowed_origins: tuple[str, ...]
    obey_robots: bool
    min_text_chars: int
    languages: tuple[str, ...]
    lock_timeout: float
    keep_exports: int
    landing_thresholds: LandingThresholds = field(default_factory=LandingThresholds)
    mart_thresholds: MartThresholds = field(default_factory=MartThresholds)

    @classmethod
    def from_env(cls) -> Settings:
        home = Path(_env("WIREHOUSE_HOME")).expanduser()
        if not home.is_absolute():
            home = (Path.cwd() / home).resolve()
        languages = tuple(
            code.strip().lower() for code in _env("WIREHOUSE_LANGUAGES").split(",") if code.strip()
        )
        min_text_chars = int(_env("WIREHOUSE_MIN_TEXT_CHARS"))
        return cls(
            home=home,
            batch_size=max(1, int(_env("WIREHOUSE_BATCH_SIZE"))),
            user_agent=_env("WIREHOUSE_USER_AGENT"),
            fetch_delay=float(_env("WIREHOUSE_FETCH_DELAY")),
            fetch_timeout=float(_env("WIREHOUSE_FETCH_TIMEOUT")),
            fetch_max_bytes=int(_env("WIREHOUSE_FETCH_MAX_BYTES")),
            fetch_attempts=max(1, int(_env("WIREHOUSE_FETCH_ATTEMPTS"))),
            max_redirects=int(_env("WIREHOUSE_MAX_REDIRECTS")),
            allow_private=_flag("WIREHOUSE_ALLOW_PRIVATE"),
            allowed_origins=tuple(
                o.strip() for o in _env("WIREHOUSE_ALLOWED_ORIGINS").split(",") if o.strip()
            ),
            obey_robots=_flag("WIREHOUSE_OBEY_ROBOTS"),
            min_text_chars=min_text_chars,
            languages=languages,
            lock_timeout=float(_env("WIREHOUSE_LOCK_TIMEOUT")),
            keep_exports=max(1, int(_env("WIREHOUSE_KEEP_EXPORTS"))),
            landing_thresholds=LandingThresholds(
                languages=languages,
                min_text_chars=min_text_chars,
                min_median_text_chars=int(_env("WIREHOUSE_MIN_MEDIAN_TEXT_CHARS")),
                max_median_text_chars=int(_env("WIREHOUSE_MAX_MEDIAN_TEXT_CHARS")),
                earliest_published_date=date.fromisoformat(
                    _env("WIREHOUSE_EARLIEST_PUBLISHED_DATE")
                ),
                future_days=int(_env("WIREHOUSE_FUTURE_DAYS")),
            ),
            mart_thresholds=MartThresholds(
                max_unknown_speaker_share=float(_env("WIREHOUSE_MAX_UNKNOWN_SPEAKER_SHARE")),
                max_unresolved_speaker_share=float(_env("WIREHOUSE_MAX_UNRESOLVED_SPEAKER_SHARE")),
                max_unresolved_mention_share=float(_env("WIREHOUSE_MAX_UNRESOLVED_MENTION_SHARE")),
                max_hours_since_load=float(_env("WIREHOUSE_MAX_HOURS_SINCE_LOAD")),
                max_layer_mismatch=int(_env("WIREHOUSE_MAX_LAYER_MISMATCH")),
            ),
        )

    # The storage layout (docs/storage.md).
    @property
    def raw_html_dir(self) -> Path:
        return self.home / "raw_html"

    @property
    def landing_dir(self) -> Path:
        return self.home / "landing"

    @property
    def warehouse_path(self) -> Path:
        return self.home / "warehouse.duckdb"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"


DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
# Write, audit, publish: dbt builds the marts into MARTS_BUILD_SCHEMA (the pipeline tells
# dbt so, see wirehouse.transform.dbt_env); they are validated there and only then copied
# into MARTS_SCHEMA, the schema analysts and BI tools read (wirehouse.publish).
MARTS_SCHEMA = "marts"
MARTS_BUILD_SCHEMA = "marts_build"
SAMPLE_SITE_DIR = PROJECT_ROOT / "sample_site"


def default_source() -> str:
    return _env("WIREHOUSE_SOURCE")
