"""The tunable bounds of the suites, as two records with defaults.

``wirehouse.config.Settings`` fills them from environment variables (documented in
``wirehouse/config.py``); tests and callers may build their own. The suite builders
take plain keyword parameters: :meth:`LandingThresholds.suite_params` and
:meth:`MartThresholds.suite_params` turn a record into those keywords per dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class LandingThresholds:
    """Bounds a landing batch must keep."""

    languages: tuple[str, ...] = ("en",)
    """ISO 639-1 codes an article may be in (the languages the NLP handles)."""
    min_text_chars: int = 1
    """Shortest article text accepted."""
    min_median_text_chars: int = 400
    """Lowest median text length of a batch's articles (catches extraction keeping teasers)."""
    max_median_text_chars: int = 100_000
    """Highest median text length (catches extraction keeping whole pages or feeds)."""
    earliest_published_date: date = date(1990, 1, 1)
    """No article is dated before this day."""
    future_days: int = 1
    """Articles may be dated up to this many days after the validation day (time zones)."""

    def latest_published_date(self, today: date) -> date:
        return today + timedelta(days=self.future_days)

    def suite_params(self, today: date) -> dict[str, dict[str, Any]]:
        """Keyword parameters per landing dataset for a validation on ``today``."""
        return {
            "articles": {
                "min_text_chars": self.min_text_chars,
                "languages": self.languages,
                "earliest_published_date": self.earliest_published_date,
                "latest_published_date": self.latest_published_date(today),
            }
        }


@dataclass(frozen=True)
class MartThresholds:
    """Bounds the built marts must keep before they are published."""

    max_unknown_speaker_share: float = 0.4
    """Share of statements whose speaker could not be told (speaker_type 'unknown')."""
    max_unresolved_speaker_share: float = 0.3
    """Share of statements with a named speaker (person, organization) not linked to an actor."""
    max_unresolved_mention_share: float = 0.0
    """Share of actor mentions whose actor is missing from dim_actors."""
    max_hours_since_load: float = 24.0
    """The newest article in the marts was loaded at most this many hours before validation."""
    max_layer_mismatch: int = 0
    """Rows allowed to differ, by key, between a raw table and the mart built from it."""

    def suite_params(self) -> dict[str, dict[str, Any]]:
        """Keyword parameters per mart dataset (``mart.<name>``)."""
        return {
            "mart.fct_statements": {
                "max_unknown_speaker_share": self.max_unknown_speaker_share,
                "max_unresolved_speaker_share": self.max_unresolved_speaker_share,
            },
            "mart.relationships": {
                "max_unresolved_mention_share": self.max_unresolved_mention_share,
            },
            "mart.freshness": {"max_hours_since_load": self.max_hours_since_load},
            "mart.layers": {"max_mismatch": self.max_layer_mismatch},
        }
