"""Assign IPTC Media Topics (top level and second level) to news texts with a keyword scorer.

Deterministic and dependency-free: the same text always gets the same topics and scores.

How a text is scored, per top-level topic (keywords in :mod:`extractors.topic_keywords`):

1. Every keyword found in the body adds ``1 + ln(count)``: a second distinct keyword is
   stronger evidence than the same word repeated.
2. A keyword also found in the lead (the first :data:`LEAD_WORDS` words of the body, about
   the first sentence of a news story) adds :data:`LEAD_WEIGHT` more; one found in the title
   adds :data:`TITLE_WEIGHT` more.
3. That evidence is multiplied by the keyword's weight (:data:`WEIGHTS`): 2 for a strong,
   unambiguous keyword (``+`` in the table), 0.5 for a weak hint (``~``), 1 otherwise.
4. A topic needs at least :data:`MIN_EVIDENCE` (two distinct body keywords, or one title
   keyword) to be considered at all.
5. The score is the topic's share of the evidence of all considered topics (0..1, the
   scores of all considered topics sum to 1), rounded to 4 decimals.
6. Topics scoring at least :data:`MIN_SCORE` are returned, best first (ties by code),
   at most ``limit`` of them.

Second-level topics (keywords in :mod:`extractors.subtopic_keywords`) are scored the same
way, but only under a top-level topic that was returned, and only against their siblings:
a second-level topic's share is its part of the evidence of its considered siblings, and its
score is its parent's score times that share, so a parent always outscores its children. At
most :data:`SUBTOPIC_LIMIT` of them per parent, each with a share of at least
:data:`MIN_SUBTOPIC_SHARE`, follow their parent in the result.

Statements (:func:`assign_statement_topics`) are often a sentence or two, too short to carry
evidence of their own, yet they belong to an article whose topics are known. A statement's
score for a topic is ``a * own + (1 - a) * article``: ``own`` is the score of the statement's
own text, ``article`` the article's score, and ``a = min(1, evidence / FULL_EVIDENCE)``
grows with the keyword evidence in the statement itself (:data:`STATEMENT_FULL_EVIDENCE`).
A statement without keywords gets its article's topics; a keyword-rich one its own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from extractors.records import TopicScore
from extractors.subtopic_keywords import SUBTOPIC_KEYWORDS, SUBTOPIC_LEVEL
from extractors.topic_keywords import TOPIC_KEYWORDS, TOPIC_LEVEL

__all__ = [
    "LEAD_WEIGHT",
    "LEAD_WORDS",
    "MIN_EVIDENCE",
    "MIN_SCORE",
    "MIN_SUBTOPIC_SHARE",
    "STATEMENT_FULL_EVIDENCE",
    "SUBTOPIC_LIMIT",
    "TITLE_WEIGHT",
    "WEIGHTS",
    "assign_statement_topics",
    "assign_topics",
]

TITLE_WEIGHT: Final = 2.0
LEAD_WORDS: Final = 40
LEAD_WEIGHT: Final = 1.0
WEIGHTS: Final[Mapping[str, float]] = {"+": 2.0, "~": 0.5}
MIN_EVIDENCE: Final = 2.0
MIN_SCORE: Final = 0.15
SUBTOPIC_LIMIT: Final = 2
MIN_SUBTOPIC_SHARE: Final = 0.25
STATEMENT_FULL_EVIDENCE: Final = 6.0

_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    """Word tokens (runs of letters and digits), NFC-normalised, case kept."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


@dataclass(frozen=True, slots=True)
class _Keyword:
    words: tuple[str, ...]  # lowercased unless case_sensitive
    case_sensitive: bool
    prefix: bool  # the last word is matched as a prefix
    weight: float


def _compile(keyword: str) -> _Keyword:
    weight = WEIGHTS.get(keyword[:1], 1.0)
    phrase = keyword[1:] if keyword[:1] in WEIGHTS else keyword
    prefix = phrase.endswith("*")
    phrase = phrase.removesuffix("*")
    words = tuple(_tokens(phrase))
    if not words:
        raise ValueError(f"keyword {keyword!r} has no word characters")
    case_sensitive = phrase != phrase.lower()
    if not case_sensitive:
        words = tuple(w.lower() for w in words)
    return _Keyword(words, case_sensitive, prefix, weight)


@dataclass(frozen=True, slots=True)
class _Topic:
    code: str
    label: str
    level: int
    parent: str | None
    keywords: tuple[_Keyword, ...]


def _topic(
    code: str, label: str, level: int, parent: str | None, keywords: Iterable[str]
) -> _Topic:
    return _Topic(code, label, level, parent, tuple(_compile(k) for k in dict.fromkeys(keywords)))


_TOPICS: Final[tuple[_Topic, ...]] = tuple(
    _topic(code, entry.label, TOPIC_LEVEL, None, entry.keywords)
    for code, entry in sorted(TOPIC_KEYWORDS.items())
)
_SUBTOPICS: Final[Mapping[str, tuple[_Topic, ...]]] = {
    parent.code: tuple(
        _topic(code, entry.label, SUBTOPIC_LEVEL, parent.code, entry.keywords)
        for code, entry in sorted(SUBTOPIC_KEYWORDS.items())
        if entry.parent == parent.code
    )
    for parent in _TOPICS
}
_MAX_WORDS: Final = max(
    len(k.words)
    for t in (*_TOPICS, *(s for v in _SUBTOPICS.values() for s in v))
    for k in t.keywords
)


class _Index:
    """N-gram counts of one text, exact case and lowercased, for keyword look-ups."""

    def __init__(self, tokens: Sequence[str]) -> None:
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


@dataclass(frozen=True, slots=True)
class _Text:
    body: _Index
    lead: _Index
    title: _Index | None

    @classmethod
    def of(cls, text: str, title: str | None) -> _Text:
        tokens = _tokens(text)
        head = _Index(_tokens(title)) if title else None
        return cls(_Index(tokens), _Index(tokens[:LEAD_WORDS]), head)

    @property
    def empty(self) -> bool:
        return self.body.empty and (self.title is None or self.title.empty)

    def evidence(self, topic: _Topic) -> float:
        total = 0.0
        for keyword in topic.keywords:
            hits = self.body.count(keyword)
            found = 0.0
            if hits:
                found += 1.0 + math.log(hits)
                if self.lead.count(keyword):
                    found += LEAD_WEIGHT
            if self.title is not None and self.title.count(keyword):
                found += TITLE_WEIGHT
            total += keyword.weight * found
        return total


def _shares(text: _Text, topics: Iterable[_Topic]) -> tuple[dict[_Topic, float], float]:
    """Each considered topic's share of the evidence, and the total evidence."""
    evidence = [(topic, text.evidence(topic)) for topic in topics]
    considered = [(topic, e) for topic, e in evidence if e >= MIN_EVIDENCE]
    total = sum(e for _, e in considered)
    if total <= 0.0:
        return {}, 0.0
    return {topic: e / total for topic, e in considered}, total


def _rank(scores: Mapping[_Topic, float]) -> list[tuple[_Topic, float]]:
    return sorted(scores.items(), key=lambda ts: (-ts[1], ts[0].code))


def _score(topic: _Topic, score: float) -> TopicScore:
    return TopicScore(code=topic.code, label=topic.label, level=topic.level, score=score)


def _assemble(
    top: Mapping[_Topic, float], sub: Mapping[_Topic, float], limit: int
) -> list[TopicScore]:
    """Top-level topics best first, each followed by its second-level topics best first."""
    result: list[TopicScore] = []
    for parent, score in _rank({t: round(s, 4) for t, s in top.items()})[:limit]:
        if score < MIN_SCORE:
            break
        result.append(_score(parent, score))
        children = {t: round(s, 4) for t, s in sub.items() if t.parent == parent.code}
        result.extend(_score(child, s) for child, s in _rank(children)[:SUBTOPIC_LIMIT] if s > 0)
    return result


def _subtopic_scores(text: _Text, parents: Mapping[_Topic, float]) -> dict[_Topic, float]:
    scores: dict[_Topic, float] = {}
    for parent, parent_score in parents.items():
        shares, _ = _shares(text, _SUBTOPICS[parent.code])
        for child, share in shares.items():
            if share >= MIN_SUBTOPIC_SHARE:
                scores[child] = parent_score * share
    return scores


def _kept(top: Mapping[_Topic, float], limit: int) -> dict[_Topic, float]:
    ranked = _rank({t: round(s, 4) for t, s in top.items()})[:limit]
    return {t: s for t, s in ranked if s >= MIN_SCORE}


def assign_topics(text: str, title: str | None = None, *, limit: int = 3) -> list[TopicScore]:
    """The IPTC topics of a news text: top-level topics best first, each followed by its
    second-level topics (``level`` 2, at most :data:`SUBTOPIC_LIMIT`) best first.

    ``title`` words weigh :data:`TITLE_WEIGHT` more than a body word. Scores are in 0..1: a
    top-level topic's share of the keyword evidence, a second-level topic's share of its
    siblings' evidence times its parent's score (see the module docstring). Returns at most
    ``limit`` top-level topics, only those scoring at least :data:`MIN_SCORE`; an empty list
    when nothing qualifies (empty text, no keywords, ``limit`` below 1). A second-level topic
    never comes without its parent.
    """
    if limit < 1:
        return []
    doc = _Text.of(text, title)
    if doc.empty:
        return []
    top, _ = _shares(doc, _TOPICS)
    kept = _kept(top, limit)
    return _assemble(kept, _subtopic_scores(doc, kept), limit)


_BY_CODE: Final[Mapping[str, _Topic]] = {
    t.code: t for t in (*_TOPICS, *(s for v in _SUBTOPICS.values() for s in v))
}


def assign_statement_topics(
    text: str, article_topics: Sequence[TopicScore], *, limit: int = 3
) -> list[TopicScore]:
    """The IPTC topics of a statement, from its own text and its article's topics.

    ``article_topics`` is what :func:`assign_topics` gave the statement's article. Each
    topic's score is ``a * own + (1 - a) * article`` with ``a`` growing from 0 (no keyword in
    the statement: the article's topics as they are) to 1 (at least
    :data:`STATEMENT_FULL_EVIDENCE` of keyword evidence: the statement's own topics), see the
    module docstring. Same shape as :func:`assign_topics`: at most ``limit`` top-level topics
    scoring at least :data:`MIN_SCORE`, each followed by its second-level topics. Article
    topics with codes outside the vocabulary are ignored.
    """
    if limit < 1:
        return []
    doc = _Text.of(text, None)
    own_top, evidence = _shares(doc, _TOPICS) if not doc.empty else ({}, 0.0)
    own_sub = _subtopic_scores(doc, own_top)
    a = min(1.0, evidence / STATEMENT_FULL_EVIDENCE)

    article: dict[_Topic, float] = {}
    for given in article_topics:
        known = _BY_CODE.get(given.code)
        if known is not None:
            article[known] = given.score

    mixed: dict[_Topic, float] = defaultdict(float)
    for scores, factor in ((own_top, a), (own_sub, a), (article, 1.0 - a)):
        for topic, score in scores.items():
            mixed[topic] += factor * score
    top = {t: s for t, s in mixed.items() if t.level == TOPIC_LEVEL}
    sub = {t: s for t, s in mixed.items() if t.level != TOPIC_LEVEL}
    return _assemble(_kept(top, limit), sub, limit)
