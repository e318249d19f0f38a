"""Scoring the topic assigner (:func:`extractors.assign_topics`) against MasakhaNEWS.

The data: MasakhaNEWS (Adelani et al. 2023, arXiv 2304.09972;
https://github.com/masakhane-io/masakhane-news), news topic classification, its English part
(``data/eng/dev.tsv``: mostly BBC News articles). A tab-separated file with a header and the
columns ``category``, ``headline``, ``text``, ``url``; fields may be quoted and span lines.
It is third-party data and stays outside the repository: pass its path (the default is
``../shared/data/masakhanews-en/dev.tsv``, beside the project checkout).

The six MasakhaNEWS labels map to IPTC Media Topics top-level codes (:data:`LABEL_TO_TOPIC`):

=============  ===============  ===========================================
MasakhaNEWS    IPTC code        IPTC top-level topic
=============  ===============  ===========================================
business       medtop:04000000  economy, business and finance
entertainment  medtop:01000000  arts, culture, entertainment and media
health         medtop:07000000  health
politics       medtop:11000000  politics
sports         medtop:15000000  sport
technology     medtop:13000000  science and technology
=============  ===============  ===========================================

The prediction for a document is the highest-scoring of those six codes among the topics
:func:`~extractors.assign_topics` returns for its text and headline (the other eleven
top-level topics are ignored); a document with none of the six counts as wrong (it is a
false negative for its gold class and a false positive for no class).

Figures: per-class precision, recall and F1, macro-F1 (the unweighted mean of the six F1s),
accuracy, and documents per second of :func:`~extractors.assign_topics`.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from extractors.topics import assign_topics

DEFAULT_PATH: Final = Path("../shared/data/masakhanews-en/dev.tsv")
ALL_TOPICS: Final = 17  # ask for every top-level topic, then keep the six mapped ones

LABEL_TO_TOPIC: Final[Mapping[str, str]] = MappingProxyType(
    {
        "business": "medtop:04000000",
        "entertainment": "medtop:01000000",
        "health": "medtop:07000000",
        "politics": "medtop:11000000",
        "sports": "medtop:15000000",
        "technology": "medtop:13000000",
    }
)
TOPIC_TO_LABEL: Final[Mapping[str, str]] = MappingProxyType(
    {code: label for label, code in LABEL_TO_TOPIC.items()}
)


@dataclass(frozen=True, slots=True)
class Document:
    label: str  # a MasakhaNEWS label, a key of LABEL_TO_TOPIC
    headline: str
    text: str
    url: str = ""


def read_masakhanews(path: Path = DEFAULT_PATH) -> list[Document]:
    """The documents of a MasakhaNEWS TSV split; a label outside the six raises ``ValueError``."""
    csv.field_size_limit(max(csv.field_size_limit(), 2**24))
    docs = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            label = (row.get("category") or "").strip()
            if label not in LABEL_TO_TOPIC:
                raise ValueError(f"{path}: unknown MasakhaNEWS label {label!r}")
            docs.append(
                Document(
                    label=label,
                    headline=row.get("headline") or "",
                    text=row.get("text") or "",
                    url=row.get("url") or "",
                )
            )
    return docs


def predict(doc: Document) -> str | None:
    """The MasakhaNEWS label of the best-scoring mapped topic, or None when there is none."""
    topics = assign_topics(doc.text, doc.headline or None, limit=ALL_TOPICS)
    for topic in topics:  # best first
        if topic.code in TOPIC_TO_LABEL:
            return TOPIC_TO_LABEL[topic.code]
    return None


@dataclass(frozen=True, slots=True)
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class TopicScores:
    """Figures of one evaluation run (see the module docstring)."""

    documents: int = 0
    correct: int = 0
    unassigned: int = 0
    seconds: float = 0.0
    per_class: dict[str, ClassScores] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.documents if self.documents else 0.0

    @property
    def macro_f1(self) -> float:
        if not self.per_class:
            return 0.0
        return sum(c.f1 for c in self.per_class.values()) / len(self.per_class)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        figures: dict[str, Any] = {
            "documents": self.documents,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "unassigned": self.unassigned,
            "docs_per_second": round(self.docs_per_second, 1),
        }
        for label, c in self.per_class.items():
            figures[label] = {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "support": c.support,
            }
        return figures


def score(pairs: Iterable[tuple[str, str | None]]) -> TopicScores:
    """Figures for (gold label, predicted label or None) pairs, over the six labels."""
    result = TopicScores()
    confusion = {gold: dict.fromkeys([*LABEL_TO_TOPIC, "none"], 0) for gold in LABEL_TO_TOPIC}
    for gold, predicted in pairs:
        result.documents += 1
        result.correct += gold == predicted
        result.unassigned += predicted is None
        confusion[gold][predicted or "none"] += 1
    for label in LABEL_TO_TOPIC:
        tp = confusion[label][label]
        support = sum(confusion[label].values())
        predicted_n = sum(row[label] for row in confusion.values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result.per_class[label] = ClassScores(precision, recall, f1, support)
    result.confusion = confusion
    return result


def evaluate(docs: Iterable[Document]) -> TopicScores:
    """Predict every document and score the predictions; times the topic assignment only."""
    pairs: list[tuple[str, str | None]] = []
    seconds = 0.0
    for doc in docs:
        start = time.perf_counter()
        predicted = predict(doc)
        seconds += time.perf_counter() - start
        pairs.append((doc.label, predicted))
    result = score(pairs)
    result.seconds = seconds
    return result


def iter_errors(docs: Iterable[Document]) -> Iterator[tuple[Document, str | None]]:
    """The documents predicted wrongly, with the wrong prediction (for error analysis)."""
    for doc in docs:
        predicted = predict(doc)
        if predicted != doc.label:
            yield doc, predicted
