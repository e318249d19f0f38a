"""Benchmark statement extraction on one core (prints measured figures; not a test).

Runs the statement pipeline over a folder of plain-text articles (default: PolNeAR's dev
split, https://github.com/networkdynamics/PolNeAR, ``data/dev/text``) and prints words per
second of CPU time of this single-threaded process, so other work on the machine does not
skew the figure, next to wall-clock words per second:

- ``nlp``: spaCy (the pipeline of :func:`extractors.load_nlp`) alone;
- ``statements``: spaCy + :func:`extractors.extract_statements`, text in, statements out;
- ``article``: spaCy + statements + actor mentions + topics: everything the pipeline
  computes per article.

One untimed round warms spaCy and its caches first; each figure is then the best of
``--repeat`` rounds.

    .venv/bin/python scripts/benchmark_statements.py
    .venv/bin/python scripts/benchmark_statements.py --texts path/to/txt --repeat 5
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import (  # noqa: E402
    assign_topics,
    extract_actor_mentions,
    extract_statements,
    load_nlp,
)

DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def measure(
    texts: list[str], work: Callable[[list[str]], object], repeat: int
) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) of ``repeat`` rounds of ``work(texts)``."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        work(texts)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of .txt files")
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

    article(texts)  # warm-up, not timed
    print(f"{len(texts)} articles, {words:,} words, pipeline: {', '.join(nlp.pipe_names)}")
    print(f"{'stage':<12}{'words/s (CPU)':>16}{'words/s (wall)':>16}")
    for name, work in (("nlp", spacy_only), ("statements", statements), ("article", article)):
        cpu, wall = measure(texts, work, args.repeat)
        print(f"{name:<12}{words / cpu:>16,.0f}{words / wall:>16,.0f}")


if __name__ == "__main__":
    main()
