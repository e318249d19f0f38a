"""``wirehouse``: the pipeline without the scheduler.

Machine-readable output goes to stdout (JSON lines); progress and messages go to
stderr, so ``wirehouse statements a.html | jq`` works.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from wirehouse.config import VARIABLES, Settings
from wirehouse.ner_evaluation import NEWS_GOLD_PATH

app = typer.Typer(
    help="Wirehouse: news articles in, a validated warehouse of who said what out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)

FilesArg = Annotated[
    list[Path],
    typer.Argument(help="HTML pages, or .txt files taken as already extracted article text."),
]


@app.command()
def run(
    source: Annotated[
        str,
        typer.Argument(help="A feed or sitemap URL, an article URL, a file of URLs, or a folder."),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="End stdout with a JSON summary line.")
    ] = False,
    run_id: Annotated[
        str | None, typer.Option(help="Reuse a run id: the rerun replaces that run's data.")
    ] = None,
) -> None:
    """Run the whole pipeline once: extract, load, dbt build, validate, export."""
    summary = _run_with_progress(source, Settings.from_env(), run_id)
    _print_summary(summary)
    if as_json:
        print(summary.as_json())
    if summary.error:
        raise typer.Exit(1)


@app.command()
def demo() -> None:
    """Serve the bundled sample site on 127.0.0.1 and run the pipeline on its RSS feed."""
    from wirehouse.sample_site import serve

    with serve() as site:
        err.print(f"Serving the sample site at {site.base_url}")
        # The sample site is ours, on loopback: allow its origin alone, and do not pause.
        settings = replace(
            Settings.from_env(),
            allowed_origins=(site.base_url.removeprefix("http://"),),
            fetch_delay=0.0,
        )
        summary = _run_with_progress(site.feed_url, settings)
    _print_summary(summary, to=Console(soft_wrap=True))
    if summary.error:
        raise typer.Exit(1)


@app.command()
def extract(files: FilesArg) -> None:
    """Main text and metadata: one JSON line per input."""
    for path, page in _pages(files):
        _emit(
            {
                "doc": str(path),
                "url": page.canonical_url or path.resolve().as_uri(),
                "title": page.title,
                "author": page.author,
                "date": page.date,
                "sitename": page.sitename,
                "language": page.language,
                "text": page.text,
            }
        )


@app.command()
def statements(files: FilesArg) -> None:
    """Statements (quotes and reported speech with their speakers): one JSON line each."""
    from wirehouse.extraction import analyse

    for path, page in _pages(files):
        for s in analyse(page).statements:
            record = asdict(s)
            record.pop("cue_start")
            record.pop("cue_end")
            _emit({"doc": str(path), **record})


@app.command()
def actors(files: FilesArg) -> None:
    """Actor mentions (people, organisations, countries, places): one JSON line each."""
    from wirehouse.extraction import analyse

    for path, page in _pages(files):
        for mention in analyse(page).mentions:
            _emit({"doc": str(path), **asdict(mention)})


@app.command()
def topics(files: FilesArg) -> None:
    """IPTC Media Topics with scores: one JSON line per assigned topic (doc, code, label,
    level, score), top-level topics best first, each followed by its second-level topics."""
    from extractors import assign_topics

    for path, page in _pages(files):
        for t in assign_topics(page.text, page.title):
            _emit(
                {
                    "doc": str(path),
                    "code": t.code,
                    "label": t.label,
                    "level": t.level,
                    "score": t.score,
                }
            )


eval_app = typer.Typer(help="Score the extractors against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
POLNEAR_HELP = (
    "PolNeAR split folder (text/ and attributions/), from "
    "https://github.com/networkdynamics/PolNeAR (data/dev)."
)


@eval_app.command("statements")
def eval_statements(
    polnear: Annotated[Path | None, typer.Option(help=POLNEAR_HELP)] = Path(
        "../shared/data/polnear/dev"
    ),
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    misses: Annotated[int, typer.Option(help="Print this many missed gold statements.")] = 0,
    wrong_sources: Annotated[
        int, typer.Option(help="Print this many matched statements with the wrong source.")
    ] = 0,
) -> None:
    """Statement finding and speakers: the project's gold, then PolNeAR (if present)."""
    from wirehouse.evaluation import evaluate, project_gold
    from wirehouse.evaluation import polnear as polnear_docs

    results = {"project_gold": evaluate(project_gold(), by_speaker=True)}
    if polnear is not None and polnear.is_dir():
        results[f"polnear_{polnear.name}"] = evaluate(
            polnear_docs(polnear, limit), by_speaker=False
        )
    elif polnear is not None:
        err.print(f"[yellow]{escape(str(polnear))} not found: PolNeAR skipped[/yellow]")
    figures = {name: scores.as_dict() for name, scores in results.items()}
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        _print_table(figures)
    for name, scores in results.items():
        for miss in scores.misses[:misses]:
            err.print(f"[dim]{escape(name)} miss: {escape(miss)}[/dim]")
        for wrong in scores.wrong_sources[:wrong_sources]:
            err.print(f"[dim]{escape(name)} wrong source: {escape(wrong)}[/dim]")


MASAKHANEWS_HELP = (
    "MasakhaNEWS English split (TSV: category, headline, text, url), from "
    "https://github.com/masakhane-io/masakhane-news (data/eng/dev.tsv)."
)


@eval_app.command("topics")
def eval_topics(
    masakhanews: Annotated[Path, typer.Option(help=MASAKHANEWS_HELP)] = Path(
        "../shared/data/masakhanews-en/dev.tsv"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Top-level IPTC topics against MasakhaNEWS labels: per-class P/R/F1, macro-F1, accuracy."""
    from wirehouse.topic_evaluation import evaluate, read_masakhanews

    if not masakhanews.is_file():
        err.print(f"[red]{escape(str(masakhanews))} not found[/red]")
        raise typer.Exit(1)
    scores = evaluate(read_masakhanews(masakhanews))
    figures = scores.as_dict()
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    from rich.table import Table

    table = Table("class", "precision", "recall", "f1", "support")
    for label, c in scores.per_class.items():
        table.add_row(label, f"{c.precision:.4f}", f"{c.recall:.4f}", f"{c.f1:.4f}", str(c.support))
    Console().print(table)
    for key in ("documents", "macro_f1", "accuracy", "unassigned", "docs_per_second"):
        print(f"{key:16} {figures[key]}")


@eval_app.command("actors")
def eval_actors(
    gum: Annotated[
        Path,
        typer.Option(
            help="GUM news mentions (gum_news_mentions_derived.jsonl), derived from "
            "https://github.com/amir-zeldes/gum (CC BY 4.0)."
        ),
    ] = Path("../shared/data/gum-news/gum_news_mentions_derived.jsonl"),
    news_gold: Annotated[
        Path, typer.Option(help="The project's hand-made gold over MasakhaNEWS articles.")
    ] = NEWS_GOLD_PATH,
    masakhanews: Annotated[Path, typer.Option(help=MASAKHANEWS_HELP)] = Path(
        "../shared/data/masakhanews-en/dev.tsv"
    ),
) -> None:
    """Named person, organisation and place mentions (exact spans) and canonicalisation:
    GUM news, then the project's held-out gold on BBC news (if MasakhaNEWS is present)."""
    from wirehouse.ner_evaluation import (
        load_gold,
        load_news_gold,
        score_ner,
        spacy_alone,
    )

    if not gum.is_file():
        err.print(f"[red]{escape(str(gum))}: no such file[/red]")
        raise typer.Exit(1)
    sets = {"gum_news": load_gold(gum)}
    figures = {"gum_news": score_ner(sets["gum_news"])}
    if masakhanews.is_file():
        for split in ("dev", "test"):
            sets[f"bbc_news_{split}"] = docs = load_news_gold(news_gold, masakhanews, split)
            figures[f"bbc_news_{split}"] = news = score_ner(docs)
            news.pop("canonicalisation")  # this gold has no identities
    else:
        err.print(f"[yellow]{escape(str(masakhanews))} not found: BBC news skipped[/yellow]")
    # for reference: the model's own entities, scored the same way
    figures["spacy_alone_typed_f1"] = {
        name: score_ner(docs, spacy_alone)["typed"]["f1"] for name, docs in sets.items()
    }
    print(json.dumps(figures, indent=2))


def _print_table(figures: dict[str, dict[str, float | int]]) -> None:
    from rich.table import Table

    table = Table("figure", *figures)
    for key in next(iter(figures.values())):
        table.add_row(key, *(str(f[key]) for f in figures.values()))
    Console().print(table)


@app.command("sample-site")
def sample_site(port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8765) -> None:
    """Serve the bundled sample news site until interrupted."""
    from wirehouse.sample_site import make_server

    server = make_server(port=port)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    err.print(f"Sample site at {base}/  (feed: {base}/feed.xml, sitemap: {base}/sitemap.xml)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def config(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the defaults as the docs' Markdown table.")
    ] = False,
) -> None:
    """The environment variables Wirehouse reads, with their values now."""
    import os

    from wirehouse.config import PROJECT_ROOT

    if markdown:
        print("| variable | default | what |\n|---|---|---|")
        for name, (default, description) in VARIABLES.items():
            shown = default.replace(str(PROJECT_ROOT), "<repository>")
            print(f"| `{name}` | `{shown}` | {description} |")
        return
    for name, (default, description) in VARIABLES.items():
        value = os.environ.get(name, default)
        err.print(f"[bold]{name}[/bold]={escape(value)}\n    {escape(description)}")


def _run_with_progress(source: str, settings: Settings, run_id: str | None = None) -> Any:
    """The whole pipeline, with a progress bar per extraction batch on stderr."""
    from wirehouse.pipeline import run as run_pipeline

    with _progress() as progress:

        def track(label: str, total: int) -> Callable[[Any], None]:
            task = progress.add_task(label, total=total)
            return lambda _item: progress.advance(task)

        return run_pipeline(
            source,
            settings,
            run_id=run_id,
            progress=track,
            log=lambda message: err.print(f"[dim]{escape(message)}[/dim]"),
        )


def _pages(files: list[Path]) -> Iterator[tuple[Path, Any]]:
    """Each readable input with its extracted page; failures go to stderr and exit 1 at the end."""
    from extractors.extract import ExtractionError
    from wirehouse.extraction import read_local

    failed = 0
    for path in files:
        try:
            page = read_local(path, min_chars=1)
        except FileNotFoundError:
            failed += 1
            err.print(f"[red]{escape(str(path))}: not_found: no such file[/red]")
            continue
        except (OSError, ExtractionError) as exc:
            failed += 1
            reason = getattr(exc, "reason", type(exc).__name__)
            err.print(f"[red]{escape(f'{path}: {reason}: {exc}')}[/red]")
            continue
        yield path, page
    if failed:
        raise typer.Exit(1)


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _print_summary(summary: Any, to: Console = err) -> None:
    colour = "green" if summary.validation == "passed" and not summary.error else "red"
    to.print(f"\n[bold]Wirehouse run {summary.run_id}[/bold]")
    to.print(f"  source       {summary.source}")
    to.print(f"  articles     {summary.articles}")
    to.print(f"  statements   {summary.statements}")
    to.print(f"  actors       {summary.actors}")
    to.print(f"  quarantined  {summary.quarantined}")
    if summary.top_speakers:
        speakers = ", ".join(f"{name} ({n})" for name, n in summary.top_speakers)
        to.print(f"  top speakers {speakers}")
    to.print(f"  validation   [{colour}]{summary.validation}[/{colour}]")
    if summary.report:
        to.print(f"  report       {summary.report}")
    to.print(f"  warehouse    {summary.warehouse}")
    if summary.exports:
        to.print(f"  exports      {summary.exports}")
    if summary.error:
        to.print(f"  [red]stopped: {summary.error}[/red]")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
