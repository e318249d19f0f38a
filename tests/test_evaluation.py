"""The statement scorer: matching rules, the brat reader, and the project's gold."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from extractors.records import Statement
from wirehouse.evaluation import (
    GoldDocument,
    GoldStatement,
    Scores,
    evaluate,
    polnear,
    project_gold,
    score_document,
)

TEXT = 'Officials said that the talks failed. "We will return," Ana Ruiz said. It rained.'


def _predicted(start: int, end: int, speaker_start: int | None = None) -> Statement:
    speaker_end = None if speaker_start is None else speaker_start + 8
    return Statement(
        TEXT[start:end], start, end, "indirect", "said", None, None,
        None, "unknown", None, speaker_start, speaker_end, 0.5,
    )  # fmt: skip


def test_overlap_and_exact_matching_are_one_to_one() -> None:
    talks = TEXT.index("the talks failed")
    quote = TEXT.index("We will return")
    gold = GoldDocument(
        "doc",
        TEXT,
        (
            GoldStatement(TEXT.index("that the talks"), talks + len("the talks failed"), False),
            GoldStatement(quote - 1, quote + len("We will return,") + 1, True),
        ),
    )
    predicted = [
        _predicted(talks, talks + len("the talks failed.")),  # exact once trimmed
        _predicted(talks, talks + 9),  # a second, overlapping guess: unmatched
        _predicted(TEXT.index("It rained"), len(TEXT)),  # nothing there
    ]
    scores = Scores()
    score_document(gold, predicted, scores, by_speaker=False)
    figures = scores.as_dict()
    assert (scores.gold, scores.predicted, scores.matched, scores.exact) == (2, 3, 1, 1)
    assert figures["overlap_precision"] == round(1 / 3, 4)
    assert figures["overlap_recall"] == 0.5
    assert figures["quoted_recall"] == 0.0
    assert scores.misses == ["doc: '\"We will return,\"'"]


def test_source_accuracy_counts_a_mention_overlapping_the_gold_source() -> None:
    name = TEXT.index("Ana Ruiz")
    quote = TEXT.index("We will return")
    gold = GoldDocument(
        "doc",
        TEXT,
        (GoldStatement(quote, quote + 14, True, source_spans=((name, name + 8),)),),
    )
    right, wrong = Scores(), Scores()
    score_document(
        gold, [_predicted(quote, quote + 14, speaker_start=name)], right, by_speaker=False
    )
    score_document(gold, [_predicted(quote, quote + 14, speaker_start=0)], wrong, by_speaker=False)
    assert right.as_dict()["source_accuracy"] == 1.0
    assert wrong.as_dict()["source_accuracy"] == 0.0


def test_matched_statements_with_the_wrong_source_are_listed_for_reading() -> None:
    name = TEXT.index("Ana Ruiz")
    quote = TEXT.index("We will return")
    gold = GoldDocument(
        "doc",
        TEXT,
        (GoldStatement(quote, quote + 14, True, source_spans=((name, name + 8),)),),
    )
    right, wrong = Scores(), Scores()
    score_document(
        gold, [_predicted(quote, quote + 14, speaker_start=name)], right, by_speaker=False
    )
    guess = replace(_predicted(quote, quote + 14, speaker_start=0), speaker_mention="Officia")
    score_document(gold, [guess], wrong, by_speaker=False)
    assert right.wrong_sources == []
    assert wrong.wrong_sources == [
        "doc: 'We will return' gold source 'Ana Ruiz', predicted 'Officia'"
    ]
    canonical = GoldDocument("doc", TEXT, (GoldStatement(quote, quote + 14, True, "Ana Ruiz"),))
    by_speaker = Scores()
    score_document(canonical, [replace(guess, speaker="Officials")], by_speaker, by_speaker=True)
    assert by_speaker.wrong_sources == [
        "doc: 'We will return' gold source 'Ana Ruiz', predicted 'Officials'"
    ]


def _polnear_split(folder: Path, text: str, annotations: str) -> None:
    """A one-article PolNeAR split: ``text/a.txt`` and its first annotator's file."""
    (folder / "text").mkdir()
    (folder / "attributions").mkdir()
    (folder / "text" / "a.txt").write_text(text)
    (folder / "attributions" / "a_1234.ann").write_text(annotations)


def test_brat_attributions_are_read_with_discontinuous_content(tmp_path: Path) -> None:
    text = "The senator said the bill, which passed, was a mistake.\n"
    _polnear_split(
        tmp_path,
        text,
        "T1\tSource 0 11\tThe senator\n"
        "T2\tCue 12 16\tsaid\n"
        "T3\tContent 17 25;40 54\tthe bill was a mistake\n"
        "T4\tAttribution 12 16\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
    )
    [doc] = list(polnear(tmp_path))
    assert doc.statements == (GoldStatement(17, 54, False, source_spans=((0, 11),)),)


def test_a_statement_in_two_apostrophes_counts_as_quoted(tmp_path: Path) -> None:
    text = "''We will win,'' Ms. Ruiz said.\n"
    _polnear_split(
        tmp_path,
        text,
        "T1\tSource 16 24\tMs. Ruiz\n"
        "T2\tCue 25 29\tsaid\n"
        "T3\tContent 0 15\t''We will win,''\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
    )
    [doc] = list(polnear(tmp_path))
    assert [g.quoted for g in doc.statements] == [True]


def test_brat_span_texts_running_over_several_lines_are_read(tmp_path: Path) -> None:
    text = "Aides said 3.\n\nEveryone expects more cuts, the paper reported.\n"
    _polnear_split(
        tmp_path,
        text,
        "T1\tSource 44 53\tthe paper\n"
        "T2\tCue 54 62\treported\n"
        "T3\tContent 11 13;15 42\t3.\n"
        "\n"
        "Everyone expects more cuts\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
    )
    [doc] = list(polnear(tmp_path))
    assert doc.statements == (GoldStatement(11, 42, False, source_spans=((44, 53),)),)


def test_the_project_gold_lines_up_with_the_extracted_pages() -> None:
    documents = list(project_gold())
    assert len(documents) == 10
    assert sum(len(d.statements) for d in documents) == 136
    for doc in documents:
        for statement in doc.statements:
            assert 0 <= statement.start < statement.end <= len(doc.text)


def test_the_seed_article_meets_its_targets() -> None:
    """At least 95% of the seed's statements found with the right speaker, 90% precision."""
    [seed] = [d for d in project_gold() if d.name == "us-russia-seek-to-ease-tensions"]
    scores = evaluate([seed], by_speaker=True)
    assert scores.source_right / scores.gold >= 0.95
    assert scores.matched / scores.predicted >= 0.90
