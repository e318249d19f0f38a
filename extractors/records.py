"""The records that flow out of the extractors.

Every record is a frozen dataclass: a value, easy to compare in tests and to turn
into a row with :func:`dataclasses.asdict`. Offsets are character offsets into the
article text (Python string indices), ``end`` exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StatementKind = Literal["direct", "partial", "indirect"]
SpeakerType = Literal["person", "organization", "anonymous", "unknown"]
ActorType = Literal["person", "organization", "country", "place"]
Stage = Literal["discover", "fetch", "decode", "extract", "nlp"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What happened when one URL was fetched.

    ``content`` is ``None`` when nothing usable came back; ``error`` then says why.
    """

    url: str
    final_url: str
    status: int | None
    content_type: str | None
    content: bytes | None
    error: str | None = None
    redirects: tuple[str, ...] = ()
    elapsed_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.content is not None


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """Main text and metadata of one page (trafilatura's view of it)."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 date, as published
    sitename: str | None = None
    language: str | None = None  # ISO 639-1
    canonical_url: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement: the reported words, how they were reported, and by whom.

    ``start``/``end`` delimit the quoted or reported words; ``speaker_start`` and
    ``speaker_end`` the surface mention the speaker was resolved from (such as "he").
    ``kind`` is ``direct`` for a quotation in marks, ``partial`` for reported words that
    carry the speaker's own words in marks (the reported clause with them: 'the cases
    were “concentrated but not contained”', or the marked words a verb takes: described
    the deal as “historic”), ``indirect`` for reported speech without marks.
    """

    quote: str
    start: int
    end: int
    kind: StatementKind
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_type: SpeakerType
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    confidence: float


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A person, organisation, country or place named in the text."""

    text: str
    canonical: str
    type: ActorType
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TopicScore:
    """An IPTC Media Topic assigned to a text, with a score in 0..1."""

    code: str  # e.g. "medtop:11000000"
    label: str
    level: int
    score: float


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input that could not become an article, and why."""

    source: str  # the discovery source: a feed URL, a sitemap URL, a file, a folder
    locator: str  # the URL or path of the input itself
    stage: Stage
    reason: str  # a short machine-readable reason, e.g. "http_status", "not_html", "empty"
    detail: str  # a sentence a person can act on
