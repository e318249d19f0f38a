"""Assign IPTC Media Topics (top level) to a news text with a light keyword scorer.

Deterministic and dependency-free: the same text always gets the same topics and scores.

How a text is scored, per top-level topic (keywords in :mod:`extractors.topic_keywords`):

1. Every keyword found in the body adds ``1 + ln(count)``: a second distinct keyword is
   stronger evidence than the same word repeated.
2. Every keyword found in the title adds :data:`TITLE_WEIGHT` more.
3. A topic needs at least :data:`MIN_EVIDENCE` (two distinct body keywords, or one title
   keyword) to be considered at all.
4. The score is the topic's share of the evidence of all considered topics (0..1, the
   scores of all considered topics sum to 1), rounded to 4 decimals.
5. Topics scoring at least :data:`MIN_SCORE` are returned, best first (ties by code),
   at most ``limit`` of them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from extractors.records import TopicScore
from extractors.topic_keywords import TOPIC_KEYWORDS, TOPIC_LEVEL

__all__ = ["MIN_EVIDENCE", "MIN_SCORE", "TITLE_WEIGHT", "assign_topics"]

TITLE_WEIGHT: Final = 3.0
MIN_EVIDENCE: Final = 2.0
MIN_SCORE: Final = 0.15

_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    """Word tokens (runs of letters and digits), NFC-normalised, case kept."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


@dataclass(frozen=True, slots=True)
class _Keyword:
    words: tuple[str, ...]  # lowercased unless case_sensitive
    case_sensitive: bool
    prefix: bool  # the last word is matched as a prefix


def _compile(keyword: str) -> _Keyword:
    prefix = keyword.endswith("*")
    phrase = keyword.removesuffix("*")
    words = tuple(_tokens(phrase))
    if not words:
        raise ValueError(f"keyword {keyword!r} has no word characters")
    case_sensitive = phrase != phrase.lower()
    if not case_sensitive:
        words = tuple(w.lower() for w in words)
    return _Keyword(words, case_sensitive, prefix)


@dataclass(frozen=True, slots=True)
class _Topic:
    code: str
    label: str
    keywords: tuple[_Keyword, ...]


_TOPICS: Final[tuple[_Topic, ...]] = tuple(
    _Topic(code, entry.label, tuple(_compile(k) for k in dict.fromkeys(entry.keywords)))
    for code, entry in sorted(TOPIC_KEYWORDS.items())
)
_MAX_WORDS: Final = max(len(k.words) for t in _TOPICS for k in t.keywords)


class _Index:
    """N-gram counts of one text, exact case and lowercased, for keyword look-ups."""

    def __init__(self, text: str) -> None:
        tokens = _tokens(text)
        lowered = [t.lower() for t in tokens]
        self._exact = _ngrams(tokens)
        self._lower = _ngrams(lowered)
        self._exact_vocab = sorted(set(tokens))
        self._lower_vocab = sorted(set(lowered))
        self.empty = not tokens

    def count(self, keyword: _Keyword) -> int:
        grams = self._exact if keyword.case_sensitive else self._lower
        if not keyword.prefix:
            return grams[keyword.words]
        vocab = self._exact_vocab if keyword.case_sensitive else self._lower_vocab
        *head, stem = keyword.words
        total = 0
        for i in range(bisect_left(vocab, stem), len(vocab)):
            if not vocab[i].startswith(stem):
                break
            total += grams[(*head, vocab[i])]
        return total


def _ngrams(tokens: Sequence[str]) -> Counter[tuple[str, ...]]:
    grams: Counter[tuple[str, ...]] = Counter()
    for n in range(1, _MAX_WORDS + 1):
        grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def _evidence(topic: _Topic, body: _Index, title: _Index | None) -> float:
    total = 0.0
    for keyword in topic.keywords:
        hits = body.count(keyword)
        if hits:
            total += 1.0 + math.log(hits)
        if title is not None and title.count(keyword):
            total += TITLE_WEIGHT
    return total


def _rank(scores: Iterable[tuple[_Topic, float]]) -> list[tuple[_Topic, float]]:
    return sorted(scores, key=lambda ts: (-ts[1], ts[0].code))


def assign_topics(text: str, title: str | None = None, *, limit: int = 3) -> list[TopicScore]:
    """The IPTC top-level topics of a news text, best first.

    ``title`` words weigh :data:`TITLE_WEIGHT` times a body word. Scores are in 0..1: a
    topic's share of the keyword evidence (see the module docstring). Returns at most
    ``limit`` topics, only those scoring at least :data:`MIN_SCORE`; an empty list when
    nothing qualifies (empty text, no keywords, ``limit`` below 1).
    """
    if limit < 1:
        return []
    body = _Index(text)
    head = _Index(title) if title else None
    if body.empty and (head is None or head.empty):
        return []

    evidence = [(topic, _evidence(topic, body, head)) for topic in _TOPICS]
    considered = [(topic, e) for topic, e in evidence if e >= MIN_EVIDENCE]
    total = sum(e for _, e in considered)
    if total <= 0.0:
        return []

    scored = _rank((topic, round(e / total, 4)) for topic, e in considered)
    return [
        TopicScore(code=topic.code, label=topic.label, level=TOPIC_LEVEL, score=score)
        for topic, score in scored[:limit]
        if score >= MIN_SCORE
    ]
