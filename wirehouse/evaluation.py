"""Scoring the statement extractor against gold annotations.

Two gold sets:

- the project's own, ``sample_site/gold/statements.jsonl``: every statement of the
  bundled pages (the seed article included), with its canonical speaker;
- PolNeAR (Newell, Margolin and Ruths, LREC 2018; https://github.com/networkdynamics/PolNeAR),
  US political news with brat standoff attributions (Source, Cue, Content spans).
  Develop on ``train/``, report on ``dev/``.

Figures: precision, recall and F1 of content spans (a prediction matches a gold span
when they overlap, one to one, best overlap first; "exact" when the spans are equal
once quote marks, "that" and edge punctuation are trimmed); recall of gold statements
that carry quote marks; source accuracy on matched statements (PolNeAR: the predicted
speaker mention overlaps the gold Source span; project gold: the canonical speaker is
the gold one, or both are anonymous); and words per second of the statement pipeline
(spaCy and extraction, from raw text).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors.records import Statement
from wirehouse.config import SAMPLE_SITE_DIR

QUOTE_MARKS = '"“”‘’«»'
# what makes a PolNeAR statement quoted: a double mark, or two apostrophes standing for
# one (''...'', as The New York Times prints quotes there)
_DOUBLE_MARKS = ('"', "“", "”", "«", "»", "''")
_TRIM = re.compile(r"^[\s\"'“”‘’«»,.;:!?—–-]*(?:that\s+)?|[\s\"'“”‘’«»,.;:!?—–-]+$", re.IGNORECASE)


@dataclass(frozen=True)
class GoldStatement:
    start: int
    end: int
    quoted: bool
    speaker: str | None = None  # canonical speaker (project gold)
    speaker_type: str | None = None
    source_spans: tuple[tuple[int, int], ...] = ()  # surface source spans (PolNeAR)


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    statements: tuple[GoldStatement, ...]


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    quoted_gold: int = 0
    quoted_found: int = 0
    source_judged: int = 0
    source_right: int = 0
    words: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    wrong_sources: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        pe = self.exact / self.predicted if self.predicted else 0.0
        re_ = self.exact / self.gold if self.gold else 0.0
        return {
            "documents_words": self.words,
            "gold": self.gold,
            "predicted": self.predicted,
            "overlap_precision": round(p, 4),
            "overlap_recall": round(r, 4),
            "overlap_f1": round(self._f1(p, r), 4),
            "exact_precision": round(pe, 4),
            "exact_recall": round(re_, 4),
            "exact_f1": round(self._f1(pe, re_), 4),
            "quoted_recall": round(self.quoted_found / self.quoted_gold, 4)
            if self.quoted_gold
            else 0.0,
            "source_accuracy": round(self.source_right / self.source_judged, 4)
            if self.source_judged
            else 0.0,
            "words_per_second": round(self.words / self.seconds) if self.seconds else 0,
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _trimmed(text: str, start: int, end: int) -> str:
    return _TRIM.sub("", text[start:end])


def score_document(
    doc: GoldDocument, predicted: Sequence[Statement], scores: Scores, *, by_speaker: bool
) -> None:
    """Add one document's figures to ``scores``."""
    scores.gold += len(doc.statements)
    scores.predicted += len(predicted)
    pairs = sorted(
        (
            (
                _overlap((g.start, g.end), (p.start, p.end))
                / (max(g.end, p.end) - min(g.start, p.start)),
                gi,
                pi,
            )
            for gi, g in enumerate(doc.statements)
            for pi, p in enumerate(predicted)
            if _overlap((g.start, g.end), (p.start, p.end)) > 0
        ),
        reverse=True,
    )
    gold_used: set[int] = set()
    pred_used: set[int] = set()
    for _, gi, pi in pairs:
        if gi in gold_used or pi in pred_used:
            continue
        gold_used.add(gi)
        pred_used.add(pi)
        g, p = doc.statements[gi], predicted[pi]
        scores.matched += 1
        if _trimmed(doc.text, g.start, g.end) == _trimmed(doc.text, p.start, p.end):
            scores.exact += 1
        if by_speaker:
            scores.source_judged += 1
            same = (p.speaker or "").casefold() == (g.speaker or "").casefold()
            anonymous = g.speaker_type == p.speaker_type == "anonymous"
            scores.source_right += same or anonymous
            if not (same or anonymous) and len(scores.wrong_sources) < 200:
                scores.wrong_sources.append(_wrong_source(doc, g, p))
        elif g.source_spans:
            scores.source_judged += 1
            mention = (
                (p.speaker_start, p.speaker_end)
                if p.speaker_start is not None and p.speaker_end is not None
                else None
            )
            right = mention is not None and any(
                _overlap(mention, span) > 0 for span in g.source_spans
            )
            scores.source_right += right
            if not right and len(scores.wrong_sources) < 200:
                scores.wrong_sources.append(_wrong_source(doc, g, p))
    for gi, g in enumerate(doc.statements):
        if g.quoted:
            scores.quoted_gold += 1
            scores.quoted_found += gi in gold_used
        if gi not in gold_used and len(scores.misses) < 200:
            scores.misses.append(f"{doc.name}: {doc.text[g.start : g.end][:100]!r}")


def _wrong_source(doc: GoldDocument, gold: GoldStatement, predicted: Statement) -> str:
    """A matched statement whose speaker misses the gold source, for reading: the
    surface mentions (PolNeAR) or the canonical speakers (project gold)."""
    if gold.source_spans:
        sources = " / ".join(doc.text[a:b] for a, b in gold.source_spans)
        found = predicted.speaker_mention
    else:
        sources, found = gold.speaker or "", predicted.speaker
    return (
        f"{doc.name}: {doc.text[gold.start : gold.end][:80]!r} "
        f"gold source {sources!r}, predicted {found!r}"
    )


def evaluate(documents: Iterable[GoldDocument], *, by_speaker: bool) -> Scores:
    """Run the extractor over ``documents`` and score it."""
    from extractors import extract_statements, load_nlp

    nlp = load_nlp()
    scores = Scores()
    for doc in documents:
        started = time.perf_counter()
        predicted = extract_statements(nlp(doc.text))
        scores.seconds += time.perf_counter() - started
        scores.words += len(doc.text.split())
        score_document(doc, predicted, scores, by_speaker=by_speaker)
    return scores


# -- the project's gold --------------------------------------------------------------


def project_gold(site: Path = SAMPLE_SITE_DIR) -> Iterator[GoldDocument]:
    """The bundled pages as extracted by the pipeline, with their gold statements."""
    from extractors.extract import decode_html, extract_page

    rows = [json.loads(line) for line in (site / "gold" / "statements.jsonl").open()]
    pages = sorted({row["page"] for row in rows})
    for page in pages:
        html = decode_html((site / "articles" / f"{page}.html").read_bytes())
        text = extract_page(html).text
        statements = []
        cursor: dict[str, int] = {}
        for row in (r for r in rows if r["page"] == page):
            # a quote split by its attribution is listed as its parts, in text order
            parts = row["quote"] if isinstance(row["quote"], list) else [row["quote"]]
            start = end = cursor.get(parts[0], 0)
            for i, part in enumerate(parts):
                found = text.find(part, end if i else start)
                if found < 0:
                    raise ValueError(f"{page}: gold quote not in the extracted text: {part[:60]!r}")
                if i == 0:
                    start = found
                end = found + len(part)
            cursor[parts[0]] = start + 1
            before = text[max(0, start - 1) : start]
            statements.append(
                GoldStatement(
                    start=start,
                    end=end,
                    quoted=row["kind"] != "indirect" or bool(before and before in QUOTE_MARKS),
                    speaker=row.get("speaker"),
                    speaker_type=row.get("speaker_type"),
                )
            )
        yield GoldDocument(page, text, tuple(statements))


# -- PolNeAR -------------------------------------------------------------------------

_SPAN = re.compile(r"(\d+) (\d+)")
_SPAN_LINE = re.compile(r"T\d+\t[^\t]*\t")
_EVENT_LINE = re.compile(r"E\d+\t")


def polnear(split_dir: Path, limit: int | None = None) -> Iterator[GoldDocument]:
    """PolNeAR articles of one split, each with the attributions of its first annotator."""
    texts = sorted((split_dir / "text").glob("*.txt"))[:limit]
    for text_path in texts:
        annotations = sorted((split_dir / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        yield GoldDocument(text_path.stem, text, tuple(_brat_attributions(annotations[0], text)))


def _brat_attributions(path: Path, text: str) -> Iterator[GoldStatement]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # span texts can run over several lines: only "T<n>\t" and "E<n>\t" lines count
        if _SPAN_LINE.match(line):
            ident, rest = line.split("\t", 1)[0], line.split("\t", 2)[1]
            _label, _, offsets = rest.partition(" ")
            spans[ident] = [(int(a), int(b)) for a, b in _SPAN.findall(offsets)]
        elif _EVENT_LINE.match(line):
            roles = line.split("\t", 1)[1].split()
            events.append(dict(role.split(":", 1) for role in roles if ":" in role))
    for event in events:
        content = spans.get(event.get("Content", ""), [])
        if not content:
            continue
        start, end = min(s for s, _ in content), max(e for _, e in content)
        quoted = any(mark in text[start:end] for mark in _DOUBLE_MARKS)
        yield GoldStatement(
            start=start,
            end=end,
            quoted=quoted,
            source_spans=tuple(spans.get(event.get("Source", ""), [])),
        )
