"""Scoring the actor-mention extractor against GUM's named entities.

Gold: the 24 news documents (Wikinews, 2004-2019) of GUM, the Georgetown University
Multilayer corpus (Zeldes 2017; https://github.com/amir-zeldes/gum; Wikinews texts
CC BY 2.5, annotations CC BY 4.0), as ``gum_news_mentions_derived.jsonl``: per document
the text rebuilt from the CoNLL-U tokens and every entity mention with its type, its
Wikipedia identity and whether it contains a proper noun.

What is scored:

* gold mentions are the *named* ones: a Wikipedia identity, a proper noun, and type
  person, organization or place. GUM marks whole noun phrases ("U.S. President Donald
  Trump 's", "Northwestern University in Evanston, Illinois"); the extractor marks
  names. Each gold span is therefore cut down to its name, by rules that look at the
  gold text only (:func:`name_span`): a leading article, a trailing possessive, what
  follows a comma or " in ", leading lower-case modifiers, a leading possessor ("North
  Korea 's main news agency ...") and, for people, leading titles ("President",
  "Professor"). A gold mention with no name left ("The President") is dropped;
* predicted mentions map person -> person, organization -> organization, and country
  or place -> place. Demonyms the pipeline emits as countries ("Russian" -> Russia) are
  not scored: GUM does not count them as place mentions;
* exact spans: precision, recall and F1 per type and micro over all types ("typed"),
  and with spans alone ("untyped"). ``untyped_raw`` scores against GUM's unmodified
  spans, for reference;
* canonicalisation, on predicted mentions whose span equals a gold span: the share of
  gold identity clusters (one Wikipedia identity in one document) whose mentions all
  got one canonical name, and the share of predicted canonical names (per document)
  that never join two different identities.

Run it as ``python -m wirehouse.ner_evaluation [PATH]``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractors.records import ActorMention

DEFAULT_PATH = Path("../shared/data/gum-news/gum_news_mentions_derived.jsonl")
TYPES = ("person", "organization", "place")
PREDICTED_TYPE = {
    "person": "person",
    "organization": "organization",
    "country": "place",
    "place": "place",
}

# Words that are a person's role, not their name, at the start of a gold person span.
_GOLD_TITLES_WORDS = """president vice prime minister foreign secretary chancellor premier governor mayor
    senator sen. representative rep. congressman congresswoman ambassador general gen.
    colonel col. captain capt. lieutenant lt. sergeant sgt. admiral commander chief
    administrator commissioner mp coach director chairman chairwoman chair ceo spokesman spokeswoman professor prof. doctor
    dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady king queen prince princess
    pope saint st. father rev. reverend bishop archbishop judge justice attorney
    officer detective coach manager defender striker midfielder goalkeeper forward
    actor actress singer artist author writer leader founder co-founder creator
    academic student the a an
    u.s. us uk u.k. former late then"""
GOLD_TITLES = frozenset(_GOLD_TITLES_WORDS.split())

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s*(?:'s|’s|'|’)|[\s,;:!?\"“”()])+$")
_CUT = re.compile(r",|\s\bin\b\s|\s\(")
_PERSON_CUT = re.compile(r"\s(?:of|from|for|at|to|that|who)\b")
_POSSESSOR = re.compile(r"^.*?\s(?:'s|’s)\s+")


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    type: str
    identity: str


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    text: str
    mentions: tuple[GoldMention, ...]  # name spans
    raw: tuple[GoldMention, ...]  # GUM's own spans
    # Names GUM did not link to Wikipedia ("Nick Moreau"): predicting them is not scored.
    unlinked: frozenset[tuple[int, int]] = frozenset()


def _first_upper(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _person_name(piece: str, identity: str) -> int:
    """Where the name starts in a person span: after its last title or lower-case word."""
    words = piece.split(" ")
    first = 0
    for i, word in enumerate(words[:-1]):
        if not _first_upper(word) or word.lower() in GOLD_TITLES:
            first = i + 1
    # "Afghan Ambassador to the United States Hamdullah Mohib": the identity knows.
    given = identity.split("_")[0].lower()
    for i in range(first + 1, len(words)):
        if words[i].lower() == given:
            first = i
            break
    return sum(len(w) + 1 for w in words[:first])


def name_span(
    text: str, start: int, end: int, type_: str, identity: str = ""
) -> tuple[int, int] | None:
    """The name inside a gold mention span, or ``None`` if it holds no name."""
    piece = text[start:end]
    cut = _CUT.search(piece)
    if cut is not None and cut.start() > 0:
        piece = piece[: cut.start()]
    possessor = _POSSESSOR.match(piece)
    if possessor is not None and possessor.end() < len(piece):
        start += possessor.end()
        piece = piece[possessor.end() :]
    if type_ == "person":
        # A person is not "of" or "from" anything: "Ann Chiang of DAB".
        cut = _PERSON_CUT.search(piece)
        if cut is not None and cut.start() > 0:
            piece = piece[: cut.start()]
    trail = _TRAILING.search(piece)
    if trail is not None:
        piece = piece[: trail.start()]
    if type_ == "person":
        drop = _person_name(piece, identity)
        start += drop
        piece = piece[drop:]
    while True:
        article = _LEADING_ARTICLE.match(piece)
        first, _, rest = piece.partition(" ")
        if article is not None:
            drop = article.end()
        elif rest and not _first_upper(first):
            drop = len(first) + 1  # a lower-case modifier: "debutants Panama"
        else:
            break
        start += drop
        piece = piece[drop:]
    if not piece or not _first_upper(piece):
        return None
    last = piece.rsplit(" ", 1)[-1]
    if type_ == "person" and (last.lower() in GOLD_TITLES or not _first_upper(last)):
        return None  # a role, not a name: "NASA Administrator", "Panama coach"
    return start, start + len(piece)


def load_gold(path: Path = DEFAULT_PATH) -> list[GoldDocument]:
    """The GUM documents with their named person, organisation and place mentions."""
    docs: list[GoldDocument] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            text: str = record["text"]
            names: set[GoldMention] = set()
            raw: set[GoldMention] = set()
            unlinked: set[tuple[int, int]] = set()
            for m in record["mentions"]:
                if m["type"] not in TYPES or not m["has_propn"]:
                    continue
                span = name_span(text, m["start"], m["end"], m["type"], m["identity"])
                if not m["identity"]:
                    if span is not None:
                        unlinked.add(span)
                    continue
                raw.add(GoldMention(m["start"], m["end"], m["type"], m["identity"]))
                if span is not None:
                    names.add(GoldMention(span[0], span[1], m["type"], m["identity"]))
            docs.append(
                GoldDocument(
                    record["doc_id"],
                    text,
                    tuple(sorted(names, key=lambda g: (g.start, g.end, g.type))),
                    tuple(sorted(raw, key=lambda g: (g.start, g.end, g.type))),
                    frozenset(unlinked),
                )
            )
    return docs


def scored(mention: ActorMention) -> bool:
    """Whether a predicted mention is scored: demonyms ("Russian") are not."""
    from extractors.actors import is_demonym

    return not (mention.type == "country" and is_demonym(mention.text))


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float | int]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "predicted": predicted,
        "gold": gold,
    }


def _spans_score(
    pairs: Iterable[tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]],
) -> dict[str, Any]:
    per_type: dict[str, list[int]] = {t: [0, 0, 0] for t in TYPES}
    untyped = [0, 0, 0]
    for predicted, gold in pairs:
        for t in TYPES:
            p = {s for s in predicted if s[2] == t}
            g = {s for s in gold if s[2] == t}
            per_type[t][0] += len(p & g)
            per_type[t][1] += len(p)
            per_type[t][2] += len(g)
        p_spans = {(a, b) for a, b, _ in predicted}
        g_spans = {(a, b) for a, b, _ in gold}
        untyped[0] += len(p_spans & g_spans)
        untyped[1] += len(p_spans)
        untyped[2] += len(g_spans)
    micro = [sum(v[i] for v in per_type.values()) for i in range(3)]
    return {
        "per_type": {t: _prf(*v) for t, v in per_type.items()},
        "typed": _prf(*micro),
        "untyped": _prf(*untyped),
    }


def _canonicalisation(
    matched: Iterable[tuple[str, str, str]],  # (doc_id, gold identity, predicted canonical)
) -> dict[str, float | int]:
    by_identity: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_canonical: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, identity, canonical in matched:
        by_identity[doc_id, identity].add(canonical)
        by_canonical[doc_id, canonical].add(identity)
    one_canonical = sum(len(v) == 1 for v in by_identity.values())
    pure = sum(len(v) == 1 for v in by_canonical.values())
    return {
        "identity_clusters": len(by_identity),
        "clusters_with_one_canonical": round(one_canonical / len(by_identity), 4)
        if by_identity
        else 0.0,
        "predicted_canonicals": len(by_canonical),
        "canonicals_not_merging_identities": round(pure / len(by_canonical), 4)
        if by_canonical
        else 0.0,
    }


def predict(texts: Sequence[str]) -> list[list[ActorMention]]:
    """The extractor's mentions for each text (spaCy pipeline of :mod:`extractors.nlp`)."""
    from extractors.actors import extract_actor_mentions
    from extractors.nlp import load_nlp

    nlp = load_nlp()
    return [extract_actor_mentions(doc) for doc in nlp.pipe(texts)]


def evaluate_ner(
    path: Path = DEFAULT_PATH,
    predictor: Callable[[Sequence[str]], list[list[ActorMention]]] | None = None,
) -> dict[str, Any]:
    """Exact-span NER figures and canonicalisation checks of the actor extractor on GUM news."""
    docs = load_gold(path)
    predictions = (predictor or predict)([d.text for d in docs])
    pairs = []
    raw_pairs = []
    matched: list[tuple[str, str, str]] = []
    ignored = 0
    for doc, mentions in zip(docs, predictions, strict=True):
        gold = {(g.start, g.end, g.type) for g in doc.mentions}
        gold_spans = {(g.start, g.end) for g in doc.mentions}
        kept = []
        for m in mentions:
            if not scored(m):
                continue
            if (m.start, m.end) in doc.unlinked and (m.start, m.end) not in gold_spans:
                ignored += 1
                continue
            kept.append(m)
        predicted = {(m.start, m.end, PREDICTED_TYPE[m.type]) for m in kept}
        raw = {(g.start, g.end, g.type) for g in doc.raw}
        pairs.append((predicted, gold))
        raw_pairs.append((predicted, raw))
        identities: dict[tuple[int, int], set[str]] = defaultdict(set)
        for g in doc.mentions:
            identities[g.start, g.end].add(g.identity)
        for m in kept:
            for identity in sorted(identities.get((m.start, m.end), ())):
                matched.append((doc.doc_id, identity, m.canonical))
    result = _spans_score(pairs)
    result["untyped_raw"] = _spans_score(raw_pairs)["untyped"]
    result["canonicalisation"] = _canonicalisation(matched)
    result["canonicalisation"]["matched_mentions"] = len(matched)
    result["ignored_unlinked_predictions"] = ignored
    result["documents"] = len(docs)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures as JSON: ``python -m wirehouse.ner_evaluation [PATH]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    path = Path(args[0]) if args else DEFAULT_PATH
    print(json.dumps(evaluate_ner(path), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
