"""Benchmark statement extraction on one core (prints measured figures; not a test).

Runs the statement pipeline over a folder of plain-text articles (default: PolNeAR's dev
split, https://github.com/networkdynamics/PolNeAR, ``data/dev/text``) and prints words per
second of CPU time of this single-threaded process, so other work on the machine does not
skew the figure, next to wall-clock words per second:

- ``nlp``: spaCy (the pipeline of :func:`extractors.load_nlp`) alone;
- ``statements``: spaCy + :func:`extractors.extract_statements`, text in, statements out;
- ``article``: spaCy + statements + actor mentions + topics: everything the pipeline
  computes per article;
- ``page``: end to end from HTML, on a second folder (default: the Zyte article
  extraction benchmark's pages, https://github.com/scrapinghub/article-extraction-benchmark):
  decoding, trafilatura's extraction and the pipeline's analysis
  (:func:`wirehouse.extraction.analyse_pages`), per word of extracted text.

Then the cost of each spaCy component in microseconds of CPU per word, the share of words
in sentences where a statement can be (a quote mark, or a word whose lemma is a cue), and
what the whole article would cost if the model's tok2vec, tagger and parser ran on those
sentences only (the NER has a tok2vec of its own and must read every sentence: actors are
named everywhere).

One untimed round warms spaCy and its caches first; each figure is then the best of
``--repeat`` rounds.

    .venv/bin/python scripts/benchmark_statements.py
    .venv/bin/python scripts/benchmark_statements.py --texts path/to/txt --pages path/to/html
"""

from __future__ import annotations

import argparse
import os

# one core: BLAS and OpenMP must not spread the work over more
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, TypeVar  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import (  # noqa: E402
    ExtractedPage,
    ExtractionError,
    assign_topics,
    decode_html,
    extract_actor_mentions,
    extract_page,
    extract_statements,
    load_nlp,
)
from extractors.cues import (  # noqa: E402
    INDIRECT_CUES,
    NOMINAL_CUES,
    PREPOSITION_CUES,
    SPEECH_MANNERS,
)

CUE_LEMMAS = frozenset(INDIRECT_CUES) | NOMINAL_CUES | SPEECH_MANNERS | set(PREPOSITION_CUES)
QUOTE_MARKS = frozenset('"“”«»')
PARSING = ("tok2vec", "tagger", "parser")  # what only statements need

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")

DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
DEFAULT_PAGES = ROOT.parent / "shared" / "data" / "zyte-aeb" / "html"


def measure(items: list[T], work: Callable[[list[T]], object], repeat: int) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) of ``repeat`` rounds of ``work(items)``."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        work(items)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of .txt files")
    parser.add_argument(
        "--pages", type=Path, default=DEFAULT_PAGES, help="folder of .html pages (end to end)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="rounds per figure (best is kept)")
    args = parser.parse_args()
    paths = sorted(args.texts.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files in {args.texts}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()

    def spacy_only(batch: list[str]) -> None:
        for _ in nlp.pipe(batch):
            pass

    def statements(batch: list[str]) -> None:
        for doc in nlp.pipe(batch):
            extract_statements(doc)

    def article(batch: list[str]) -> None:
        for doc in nlp.pipe(batch):
            extract_statements(doc)
            extract_actor_mentions(doc)
            assign_topics(doc.text)

    article_cpu = 0.0
    article(texts)  # warm-up, not timed
    print(f"{len(texts)} articles, {words:,} words, pipeline: {', '.join(nlp.pipe_names)}")
    print(f"{'stage':<12}{'words/s (CPU)':>16}{'words/s (wall)':>16}")
    for name, work in (("nlp", spacy_only), ("statements", statements), ("article", article)):
        cpu, wall = measure(texts, work, args.repeat)
        print(f"{name:<12}{words / cpu:>16,.0f}{words / wall:>16,.0f}")
        if name == "article":
            article_cpu = cpu
    page_stage(sorted(args.pages.glob("*.html")), args.repeat)
    costs = component_costs(nlp, texts, args.repeat)
    print(f"{'component':<34}{'µs/word (CPU)':>14}")
    for component, seconds in costs.items():
        print(f"{component:<34}{seconds * 1e6 / words:>14.1f}")
    share = statement_share(nlp, texts)
    parsing = sum(costs[c] for c in PARSING if c in costs)
    gated = article_cpu - parsing * (1 - share)
    print(f"words in sentences with a quote mark or a cue: {share:.1%}")
    print(f"article, parsing those sentences only (bound): {words / gated:,.0f} words/s (CPU)")
    print(
        f"article without any parsing (bound): {words / (article_cpu - parsing):,.0f} words/s (CPU)"
    )


def page_stage(paths: list[Path], repeat: int) -> None:
    """Print words/s of the ``page`` stage: HTML bytes in, the pipeline's analysis out."""
    from wirehouse.config import Settings
    from wirehouse.extraction import analyse_pages

    def extract_one(content: bytes) -> ExtractedPage | None:
        try:
            return extract_page(decode_html(content))
        except ExtractionError:
            return None

    def extract(batch: list[bytes]) -> list[ExtractedPage]:
        return [page for page in map(extract_one, batch) if page is not None]

    def end_to_end(batch: list[bytes]) -> None:
        analyse_pages(extract(batch))

    # the pipeline analyses pages in its languages only (it quarantines the others)
    languages = Settings.from_env().languages
    kept: list[bytes] = []
    words = 0
    for path in paths:
        content = path.read_bytes()
        page = extract_one(content)
        if page is not None and (page.language is None or page.language in languages):
            kept.append(content)
            words += len(page.text.split())
    if not kept:
        print("page: no .html page with article text in the pipeline's languages, stage skipped")
        return
    cpu, wall = measure(kept, end_to_end, repeat)
    print(f"{'page':<12}{words / cpu:>16,.0f}{words / wall:>16,.0f}")
    print(
        f"  ({len(kept)} of {len(paths)} pages with article text in {', '.join(languages)}, "
        f"{words:,} words)"
    )


def component_costs(nlp: Language, texts: list[str], repeat: int) -> dict[str, float]:
    """Best CPU seconds of the tokenizer and of each pipeline component over ``texts``."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        started = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        best["tokenizer"] = min(best.get("tokenizer", float("inf")), time.process_time() - started)
        for name, component in nlp.pipeline:
            started = time.process_time()
            docs = [component(doc) for doc in docs]
            best[name] = min(best.get(name, float("inf")), time.process_time() - started)
    return best


def statement_share(nlp: Language, texts: list[str]) -> float:
    """Share of words in sentences with a quote mark or a word whose lemma is a cue."""
    total = candidate = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            words = sum(1 for token in sent if not (token.is_punct or token.is_space))
            total += words
            if QUOTE_MARKS.intersection(sent.text) or any(
                token.lemma_.lower() in CUE_LEMMAS for token in sent
            ):
                candidate += words
    return candidate / total if total else 0.0


if __name__ == "__main__":
    main()
