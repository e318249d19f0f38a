"""The GUM-style NER scorer, on a tiny hand-written gold file (no GUM text)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from extractors.records import ActorMention
from wirehouse.ner_evaluation import evaluate_ner, load_gold, main, name_span

TEXT = (
    "Mayor Jane Roe of Fooville met the Acme Corporation in Barland .\n"
    "Roe said Acme 's plans suit Icelandic farmers . The Mayor agreed ."
)


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def mention(piece: str, type_: str, identity: str, nth: int = 0, propn: bool = True) -> dict:
    start, end = span(TEXT, piece, nth)
    return {
        "eid": "1",
        "type": type_,
        "infstat": "new",
        "identity": identity,
        "start": start,
        "end": end,
        "text": piece,
        "has_propn": propn,
    }


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    mentions = [
        mention("Mayor Jane Roe of Fooville", "person", "Jane_Roe"),
        mention("Fooville", "place", ""),  # a name without a Wikipedia link
        mention("the Acme Corporation", "organization", "Acme"),
        mention("Barland", "place", "Barland"),
        mention("Roe", "person", "Jane_Roe", nth=1),
        mention("Acme 's", "organization", "Acme"),
        mention("Acme 's plans", "abstract", ""),
        mention("Icelandic farmers", "person", ""),
        mention("The Mayor", "person", "Jane_Roe"),  # no name in it
    ]
    path = tmp_path / "gold.jsonl"
    record = {"doc_id": "doc1", "title": "t", "text": TEXT, "mentions": mentions}
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    return path


def at(piece: str, canonical: str, type_: str, nth: int = 0) -> ActorMention:
    start, end = span(TEXT, piece, nth)
    return ActorMention(piece, canonical, type_, start, end)  # type: ignore[arg-type]


def fixed(mentions: list[ActorMention]):  # type: ignore[no-untyped-def]
    def predictor(texts: Sequence[str]) -> list[list[ActorMention]]:
        assert list(texts) == [TEXT]
        return [mentions]

    return predictor


def test_gold_spans_are_cut_to_names(gold_path: Path) -> None:
    (doc,) = load_gold(gold_path)
    names = sorted((TEXT[g.start : g.end], g.type) for g in doc.mentions)
    assert names == [
        ("Acme", "organization"),
        ("Acme Corporation", "organization"),
        ("Barland", "place"),
        ("Jane Roe", "person"),
        ("Roe", "person"),
    ]
    assert len(doc.raw) == 6  # "The Mayor" is in GUM's spans, not in the names
    assert doc.unlinked == {span(TEXT, "Fooville")}


def test_name_span_rules() -> None:
    text = "U.S. President Jane Roe 's visit"
    start, end = name_span(text, 0, 26, "person", "Jane_Roe") or (0, 0)
    assert text[start:end] == "Jane Roe"
    assert name_span("The President", 0, 13, "person") is None
    assert name_span("the Acme Corporation", 0, 20, "organization") == (4, 20)


def test_perfect_predictions(gold_path: Path) -> None:
    predicted = [
        at("Jane Roe", "Jane Roe", "person"),
        at("Fooville", "Fooville", "place"),  # unlinked: neither right nor wrong
        at("Acme Corporation", "Acme Corporation", "organization"),
        at("Barland", "Barland", "country"),  # countries score as places
        at("Roe", "Jane Roe", "person", nth=1),
        at("Acme", "Acme Corporation", "organization", nth=1),
        at("Icelandic", "Iceland", "country"),  # a demonym: not scored
    ]
    result = evaluate_ner(gold_path, predictor=fixed(predicted))
    assert result["typed"]["f1"] == 1.0
    assert result["untyped"]["f1"] == 1.0
    assert result["per_type"]["place"]["tp"] == 1
    assert result["ignored_unlinked_predictions"] == 1
    assert result["canonicalisation"]["clusters_with_one_canonical"] == 1.0
    assert result["canonicalisation"]["canonicals_not_merging_identities"] == 1.0
    assert result["documents"] == 1


def test_errors_are_counted(gold_path: Path) -> None:
    predicted = [
        at("Jane Roe", "Jane Roe", "person"),
        at("Acme Corporation", "Acme", "place"),  # right span, wrong type
        at("Roe", "Roe", "person", nth=1),  # split cluster: "Jane Roe" and "Roe"
        at("Acme", "Acme", "organization", nth=1),
        at("Mayor", "Mayor", "person", nth=1),  # not a gold name
    ]
    result = evaluate_ner(gold_path, predictor=fixed(predicted))
    assert result["untyped"]["tp"] == 4
    assert result["untyped"]["precision"] == 0.8
    assert result["untyped"]["recall"] == 0.8
    assert result["typed"]["tp"] == 3
    assert result["per_type"]["place"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "predicted": 1,
        "gold": 1,
    }
    canon = result["canonicalisation"]
    assert canon["identity_clusters"] == 2
    assert canon["clusters_with_one_canonical"] == 0.5  # Jane_Roe got two names
    assert canon["canonicals_not_merging_identities"] == 1.0
    merged = evaluate_ner(
        gold_path,
        predictor=fixed(
            [at("Jane Roe", "X", "person"), at("Acme Corporation", "X", "organization")]
        ),
    )
    assert merged["canonicalisation"]["canonicals_not_merging_identities"] == 0.0


def test_with_the_extractor_and_main(gold_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(gold_path)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) >= {"per_type", "typed", "untyped", "untyped_raw", "canonicalisation"}
    assert 0.0 <= figures["typed"]["f1"] <= 1.0
