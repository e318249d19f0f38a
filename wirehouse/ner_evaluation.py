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
  gold text only (:func:`name_span`): what follows a comma, " in " or a bracket, a
  trailing possessive, and

  - for people, the name is the run of capitalised words that spells the person's
    Wikipedia identity ("Afghan Ambassador to the United States Hamdullah Mohib"), or
    else the run after a role or a possessor ("Civil Defense Authority director General
    Suleiman al-Amr", "DAB 's Elizabeth Quat"), or else the run opening the span ("Ann
    Chiang of DAB"); a run that only modifies a role ("NASA Administrator", "the Crown
    prosecutor") is no name, and neither is "The President";
  - for organisations and places, a leading article, a leading possessor ("North Korea
    's main news agency ...", but not in a name whose identity has one: "Korean People
    's Army"), leading lower-case modifiers ("debutants Panama"),
    trailing common nouns ("the Scientology organization", "the Kowloon West
    geographical constituency") and a modifier before the name ("Localist group Civic
    Passion");

* names inside a longer name ("Texas" in "University of Texas", "Google" in the event
  "Google Science Fair", "Canada" in "Fan Expo Canada") are not scored: the extractor
  marks flat, outermost names, as usual NER annotation does, and GUM's nested mentions
  would otherwise count as misses. The longer name may be of any GUM type, if it is a
  single name (not "Albania and France"). Neither
  are names GUM did not link to Wikipedia ("Nick Moreau"). Predicting either is neither
  right nor wrong (``ignored_unscored_predictions``);
* predicted mentions map person -> person, organization -> organization, place ->
  place, and country -> place, or organization where GUM types that very span an
  organisation: GUM types a country by its role ("North Korea said", "England beat
  Panama"), the extractor by what the name is, a geopolitical entity.
  ``typed_countries_as_places`` scores every country as a place, for reference.
  Demonyms the pipeline emits as countries ("Russian" -> Russia) are not scored: GUM
  does not count them as place mentions;
* exact spans: precision, recall and F1 per type and micro over all types ("typed"),
  and with spans alone ("untyped"). ``untyped_raw`` scores against GUM's unmodified
  spans, for reference;
* errors by cause (``errors``; every case with ``--errors``): wrong type, boundary off
  by one token or more (and with a wrong type), missed (and among those the names in
  image credits, "Image: Twitter / NASA.", which the extractor skips on purpose),
  spurious (and among those the names GUM types as an event, an object, an abstract);
* speed (``words_per_second``): spaCy and the extractor together, and the extractor
  alone, when the evaluator runs the extractor itself;
* canonicalisation, on predicted mentions whose span equals a gold span: the share of
  gold identity clusters (one Wikipedia identity in one document) whose mentions all
  got one canonical name, and the share of predicted canonical names (per document)
  that never join two different identities.

Run it as ``python -m wirehouse.ner_evaluation [--errors] [PATH]``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from extractors.records import ActorMention

DEFAULT_PATH = Path("../shared/data/gum-news/gum_news_mentions_derived.jsonl")
# Held-out check: hand-made gold over MasakhaNEWS articles the rules were not written on.
NEWS_GOLD_PATH = Path(__file__).resolve().parents[1] / "gold" / "bbc_news_entities.jsonl"
MASAKHANEWS_PATH = Path("../shared/data/masakhanews-en/dev.tsv")
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
_POSSESSOR = re.compile(r"^.*?\s(?:'s|’s)\s+")
# Lower-case words that belong inside names ("Bank of England", "Osama bin Laden",
# "Suleiman al-Amr"); any other lower-case word is a modifier, not part of the name.
_NAME_PARTICLES = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "on",
        "at",
        "de",
        "du",
        "des",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "y",
        "&",
        "upon",
    ]
)
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|ul|bin|ibn)-\w")


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
    # Names that are not scored: predicting them is neither right nor wrong. Names GUM
    # did not link to Wikipedia ("Nick Moreau"), and names inside a longer name
    # ("Texas" in "University of Texas"), which a flat extractor does not mark.
    unlinked: frozenset[tuple[int, int]] = frozenset()
    nested: frozenset[tuple[int, int]] = frozenset()
    # Named mentions GUM types otherwise (event, object, ...): span -> GUM's type.
    others: tuple[tuple[int, int, str], ...] = ()


def _first_upper(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _name_word(word: str) -> bool:
    """A word that can be part of a name: capitalised, a number or a name particle."""
    return _first_upper(word) or bool(_PARTICLE_PREFIX.match(word)) or word in _NAME_PARTICLES


def _identity_at(words: list[str], identity: str) -> int | None:
    """Where the Wikipedia identity's words ("Hamdullah_Mohib") start in ``words``."""
    target = [w.lower() for w in unquote(identity).split("_") if w]
    n = len(target)
    if n < 2:
        return None
    for i in range(len(words) - n + 1):
        if [w.lower() for w in words[i : i + n]] == target:
            return i
    return None


_CONNECTORS = _NAME_PARTICLES | {"'s", "’s", "that", "who", "which", "with", "from", "to", "by"}


def _person_name(words: list[str], identity: str) -> tuple[int, int] | None:
    """The words of a person span that are the person's name, as ``(first, last + 1)``.

    The name is the run of capitalised words that matches the person's Wikipedia
    identity; or else the first run that follows a role ("President", "singer-songwriter")
    or a possessor ("DAB 's"); or else a run that opens the span ("Ann Chiang of DAB").
    A run followed by a role or a common noun is a modifier ("NASA Administrator", "the
    Crown prosecutor"), and one followed by "'s" is a possessor.
    """
    n = len(words)
    at = _identity_at(words, identity)
    if at is not None:
        return at, at + len([w for w in unquote(identity).split("_") if w])

    def title(w: str) -> bool:
        return w.lower() in GOLD_TITLES and w.lower() not in {"the", "a", "an"}

    def starts(w: str) -> bool:
        return (_first_upper(w) or bool(_PARTICLE_PREFIX.match(w))) and not title(w)

    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not starts(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (
            starts(words[j])
            or (
                words[j] in _NAME_PARTICLES
                and j + 1 < n
                and starts(words[j + 1])
                and words[j] not in {"of", "the", "and", "for", "on", "at", "&", "upon"}
            )
        ):
            j += 1
        runs.append((i, j))
        i = j

    def modifier(run: tuple[int, int]) -> bool:
        after = words[run[1]] if run[1] < n else ""
        return bool(after) and (
            title(after)
            or after in {"'s", "’s"}
            or (not _first_upper(after) and after not in _CONNECTORS)
        )

    def after_role(run: tuple[int, int]) -> bool:
        before = words[run[0] - 1] if run[0] > 0 else ""
        return bool(before) and (
            title(before)
            or before in {"'s", "’s"}
            or (not _first_upper(before) and before not in _CONNECTORS)
        )

    for run in runs:
        if after_role(run) and not modifier(run):
            return run
    if runs and runs[0][0] == 0 and not modifier(runs[0]):
        return runs[0]
    return None


def name_span(
    text: str, start: int, end: int, type_: str, identity: str = ""
) -> tuple[int, int] | None:
    """The name inside a gold mention span, or ``None`` if it holds no name."""
    piece = text[start:end]
    cut = _CUT.search(piece)
    if cut is not None and cut.start() > 0:
        piece = piece[: cut.start()]
    trail = _TRAILING.search(piece)
    if trail is not None:
        piece = piece[: trail.start()]
    if type_ == "person":
        article = _LEADING_ARTICLE.match(piece)
        if article is not None:
            start += article.end()
            piece = piece[article.end() :]
        words = piece.split(" ")
        found = _person_name(words, identity)
        if found is None:
            return None
        start += sum(len(w) + 1 for w in words[: found[0]])
        return start, start + len(" ".join(words[found[0] : found[1]]))
    possessor = _POSSESSOR.match(piece)
    # "Mecca 's Grand Mosque" has a possessor; "Korean People 's Army" is one name.
    internal = "'s_" in unquote(identity) or "’s_" in unquote(identity)
    if possessor is not None and possessor.end() < len(piece) and not internal:
        start += possessor.end()
        piece = piece[possessor.end() :]
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
    # Trailing common nouns are not part of the name: "the Scientology organization",
    # "the Kowloon West geographical constituency".
    words = piece.split(" ")
    while len(words) > 1 and not _first_upper(words[-1]):
        words.pop()
    # Nor is a modifier before the name: "Localist group Civic Passion".
    inner = [
        i for i, w in enumerate(words) if not (_name_word(w) or (internal and w in {"'s", "’s"}))
    ]
    if inner and inner[-1] < len(words) - 1:
        start += sum(len(w) + 1 for w in words[: inner[-1] + 1])
        words = words[inner[-1] + 1 :]
    piece = " ".join(words)
    if not piece or not _first_upper(piece):
        return None
    return start, start + len(piece)


def _single_name(piece: str) -> bool:
    """Whether a cut span is one name ("Google Science Fair"), not a list ("Albania and
    France") or a phrase ("Supreme Court on July 8")."""
    words = piece.split(" ")
    return all(_name_word(w) for w in words) and not {"and", "on", "&"} & set(words)


def _inside(inner: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= inner[0] and inner[1] <= b and (a, b) != inner for a, b in spans)


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
            others: set[tuple[int, int, str]] = set()
            for m in record["mentions"]:
                if not m["has_propn"]:
                    continue
                if m["type"] not in TYPES:
                    other = name_span(text, m["start"], m["end"], m["type"])
                    if other is not None and _single_name(text[other[0] : other[1]]):
                        others.add((*other, m["type"]))
                    continue
                span = name_span(text, m["start"], m["end"], m["type"], m["identity"])
                if not m["identity"]:
                    if span is not None:
                        unlinked.add(span)
                    continue
                raw.add(GoldMention(m["start"], m["end"], m["type"], m["identity"]))
                if span is not None:
                    names.add(GoldMention(span[0], span[1], m["type"], m["identity"]))
            spans = {(g.start, g.end) for g in names} | unlinked | {(a, b) for a, b, _ in others}
            nested = {(g.start, g.end) for g in names if _inside((g.start, g.end), spans)}
            nested |= {u for u in unlinked if _inside(u, spans)}
            outer = {g for g in names if (g.start, g.end) not in nested}
            docs.append(
                GoldDocument(
                    record["doc_id"],
                    text,
                    tuple(sorted(outer, key=lambda g: (g.start, g.end, g.type))),
                    tuple(sorted(raw, key=lambda g: (g.start, g.end, g.type))),
                    frozenset(unlinked - nested),
                    frozenset(nested),
                    tuple(sorted(others)),
                )
            )
    return docs


def load_news_gold(
    gold: Path = NEWS_GOLD_PATH, texts: Path = MASAKHANEWS_PATH, split: str | None = None
) -> list[GoldDocument]:
    """The project's hand-made gold over MasakhaNEWS articles (BBC news, 2022).

    ``gold`` has one JSON line per article: its ``url`` and ``mentions`` (``start``,
    ``end``, ``type``, ``text``) as offsets into ``headline + "\n" + text``, and its
    ``split``: ``dev`` (its errors were read while the extractor's rules were written) or
    ``test`` (scored only); ``split`` keeps one of them. The texts stay in the MasakhaNEWS
    file. A URL not in ``texts`` or a mention whose ``text`` is
    not at its offsets raises ``ValueError``.
    """
    from wirehouse.topic_evaluation import read_masakhanews

    articles = {doc.url: f"{doc.headline}\n{doc.text}" for doc in read_masakhanews(texts)}
    docs: list[GoldDocument] = []
    with gold.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if split is not None and record.get("split") != split:
                continue
            text = articles.get(record["url"])
            if text is None:
                raise ValueError(f"{gold}:{number}: {record['url']} is not in {texts}")
            mentions = []
            for m in record["mentions"]:
                if text[m["start"] : m["end"]] != m["text"] or m["type"] not in TYPES:
                    raise ValueError(f"{gold}:{number}: mention {m} does not match the text")
                mentions.append(GoldMention(m["start"], m["end"], m["type"], ""))
            ordered = tuple(sorted(mentions, key=lambda g: (g.start, g.end)))
            docs.append(GoldDocument(record["url"], text, ordered, ordered))
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


@dataclass(frozen=True)
class ErrorCase:
    """One false negative or false positive, with its cause."""

    kind: str  # "false_negative" or "false_positive"
    cause: str
    doc_id: str
    text: str
    gold_type: str
    predicted_type: str


def _tokens(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _cause(
    text: str, span: tuple[int, int, str], others: set[tuple[int, int, str]], gold_side: bool
) -> tuple[str, str]:
    """Why ``span`` has no exact typed match among ``others``, and the other side's type."""
    start, end, type_ = span
    same = [o for o in others if (o[0], o[1]) == (start, end)]
    if same:
        other = same[0][2]
        return "wrong type", other
    overlapping = [o for o in others if o[0] < end and start < o[1]]
    if not overlapping:
        return ("missed" if gold_side else "spurious"), ""
    o = min(overlapping, key=lambda o: abs(o[0] - start) + abs(o[1] - end))
    off = abs(_tokens(text, min(start, o[0]), max(start, o[0])))
    off += abs(_tokens(text, min(end, o[1]), max(end, o[1])))
    cause = "boundary: one token" if off == 1 else "boundary: other"
    if o[2] != type_:
        cause += ", wrong type"
    return cause, o[2]


def error_cases(doc: GoldDocument, predicted: set[tuple[int, int, str]]) -> list[ErrorCase]:
    """Every false negative and false positive of one document, by cause: wrong type,
    boundary off by one token or more, missed entirely (and among those, the names in
    image credits and other page furniture, which the extractor skips on purpose),
    spurious (and among those, the
    names GUM marks as another kind of entity: an event, an object, ...)."""
    from extractors.actors import credit_spans

    gold = {(g.start, g.end, g.type) for g in doc.mentions}
    credits = credit_spans(doc.text)
    cases = []
    for span in sorted(gold - predicted):
        cause, other = _cause(doc.text, span, predicted - gold, gold_side=True)
        if cause == "missed" and any(a <= span[0] < b for a, b in credits):
            cause = "missed: page furniture (by design)"
        surface = doc.text[span[0] : span[1]]
        cases.append(ErrorCase("false_negative", cause, doc.doc_id, surface, span[2], other))
    other_types = {(a, b): t for a, b, t in doc.others}
    for span in sorted(predicted - gold):
        cause, other = _cause(doc.text, span, gold - predicted, gold_side=False)
        if cause == "spurious" and (span[0], span[1]) in other_types:
            cause = f"spurious: GUM says {other_types[span[0], span[1]]}"
        surface = doc.text[span[0] : span[1]]
        cases.append(ErrorCase("false_positive", cause, doc.doc_id, surface, other, span[2]))
    return cases


def predict(texts: Sequence[str]) -> list[list[ActorMention]]:
    """The extractor's mentions for each text (spaCy pipeline of :mod:`extractors.nlp`)."""
    return _timed_predict(texts)[0]


SPACY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def spacy_alone(texts: Sequence[str]) -> list[list[ActorMention]]:
    """The model's own entities, for reference: PERSON, ORG, and GPE/LOC/FAC as places,
    spans as spaCy marks them (with "the" and possessives)."""
    from extractors.nlp import load_nlp

    return [
        [
            ActorMention(e.text, e.text, SPACY_TYPES[e.label_], e.start_char, e.end_char)  # type: ignore[arg-type]
            for e in doc.ents
            if e.label_ in SPACY_TYPES
        ]
        for doc in load_nlp().pipe(texts)
    ]


def _timed_predict(texts: Sequence[str]) -> tuple[list[list[ActorMention]], float, float]:
    """:func:`predict`, with the seconds spent in spaCy and in the actor extractor."""
    from extractors.actors import extract_actor_mentions
    from extractors.nlp import load_nlp

    nlp = load_nlp()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parsed = time.perf_counter()
    mentions = [extract_actor_mentions(doc) for doc in docs]
    return mentions, parsed - started, time.perf_counter() - parsed


def evaluate_ner(
    path: Path = DEFAULT_PATH,
    predictor: Callable[[Sequence[str]], list[list[ActorMention]]] | None = None,
    *,
    with_cases: bool = False,
) -> dict[str, Any]:
    """Exact-span NER figures, errors by cause and canonicalisation checks of the actor
    extractor on GUM news; ``with_cases`` adds every error (``error_cases``)."""
    return score_ner(load_gold(path), predictor, with_cases=with_cases)


def score_ner(
    docs: Sequence[GoldDocument],
    predictor: Callable[[Sequence[str]], list[list[ActorMention]]] | None = None,
    *,
    with_cases: bool = False,
) -> dict[str, Any]:
    """The figures of :func:`evaluate_ner` on any gold documents; mentions with an empty
    identity are scored as spans but left out of the canonicalisation checks."""
    texts = [d.text for d in docs]
    speed: dict[str, int] = {}
    if predictor is None:
        predictions, spacy_seconds, extract_seconds = _timed_predict(texts)
        words = sum(len(t.split()) for t in texts)
        speed = {
            "spacy_and_extraction": round(words / (spacy_seconds + extract_seconds)),
            "extraction_alone": round(words / extract_seconds),
        }
    else:
        predictions = predictor(texts)
    pairs = []
    strict_pairs = []
    raw_pairs = []
    matched: list[tuple[str, str, str]] = []
    errors: list[ErrorCase] = []
    ignored = 0
    for doc, mentions in zip(docs, predictions, strict=True):
        gold = {(g.start, g.end, g.type) for g in doc.mentions}
        gold_spans = {(g.start, g.end) for g in doc.mentions}
        kept = []
        for m in mentions:
            if not scored(m):
                continue
            span = (m.start, m.end)
            if span not in gold_spans and (span in doc.unlinked or span in doc.nested):
                ignored += 1
                continue
            kept.append(m)
        strict = {(m.start, m.end, PREDICTED_TYPE[m.type]) for m in kept}
        # A country is a geopolitical entity: GUM types it as a place or, where it acts
        # ("North Korea said", "England beat Panama"), as an organisation.
        predicted = {
            (m.start, m.end, "organization")
            if m.type == "country" and (m.start, m.end, "organization") in gold
            else (m.start, m.end, PREDICTED_TYPE[m.type])
            for m in kept
        }
        errors.extend(error_cases(doc, predicted))
        raw = {(g.start, g.end, g.type) for g in doc.raw}
        pairs.append((predicted, gold))
        strict_pairs.append((strict, gold))
        raw_pairs.append((predicted, raw))
        identities: dict[tuple[int, int], set[str]] = defaultdict(set)
        for g in doc.mentions:
            identities[g.start, g.end].add(g.identity)
        for m in kept:
            for identity in sorted(identities.get((m.start, m.end), set()) - {""}):
                matched.append((doc.doc_id, identity, m.canonical))
    result = _spans_score(pairs)
    result["typed_countries_as_places"] = _spans_score(strict_pairs)["typed"]
    result["untyped_raw"] = _spans_score(raw_pairs)["untyped"]
    result["canonicalisation"] = _canonicalisation(matched)
    result["canonicalisation"]["matched_mentions"] = len(matched)
    result["errors"] = {
        kind: dict(Counter(e.cause for e in errors if e.kind == kind).most_common())
        for kind in ("false_negative", "false_positive")
    }
    result["ignored_unscored_predictions"] = ignored
    result["documents"] = len(docs)
    if speed:
        result["words_per_second"] = speed
    if with_cases:
        result["error_cases"] = [asdict(e) for e in errors]
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures as JSON, or every error with its cause (``--errors``)."""
    parser = argparse.ArgumentParser(
        prog="python -m wirehouse.ner_evaluation",
        description="Score the actor-mention extractor against GUM's named entities "
        "(https://github.com/amir-zeldes/gum).",
    )
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=DEFAULT_PATH,
        help=f"gum_news_mentions_derived.jsonl (default: {DEFAULT_PATH})",
    )
    parser.add_argument("--errors", action="store_true", help="list every error with its cause")
    parser.add_argument(
        "--news",
        action="store_true",
        help=f"score the project's gold on BBC news ({NEWS_GOLD_PATH.name}) instead of GUM; "
        f"PATH is then the MasakhaNEWS TSV (default: {MASAKHANEWS_PATH})",
    )
    args = parser.parse_args(argv)
    path = MASAKHANEWS_PATH if args.news and args.path == DEFAULT_PATH else args.path
    if not path.is_file():
        parser.error(f"no such file: {path}")
    if args.news:
        result = score_ner(load_news_gold(NEWS_GOLD_PATH, path), with_cases=args.errors)
    else:
        result = evaluate_ner(path, with_cases=args.errors)
    if args.errors:
        for e in result["error_cases"]:
            print(
                f"{e['kind']:<15} {e['cause']:<38} {e['doc_id']:<22} {e['text']!r} "
                f"gold={e['gold_type'] or '-'} predicted={e['predicted_type'] or '-'}"
            )
        return 0
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
