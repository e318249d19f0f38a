"""The GUM-style NER scorer, on a tiny hand-written gold file (no GUM text)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from extractors.records import ActorMention
from wirehouse.ner_evaluation import (
    MASAKHANEWS_PATH,
    NEWS_GOLD_PATH,
    evaluate_ner,
    load_gold,
    load_news_gold,
    main,
    name_span,
    score_ner,
)

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


def named(text: str, type_: str, identity: str = "") -> str | None:
    found = name_span(text, 0, len(text), type_, identity)
    return None if found is None else text[found[0] : found[1]]


def test_name_span_rules() -> None:
    assert named("U.S. President Jane Roe 's", "person", "Jane_Roe") == "Jane Roe"
    assert named("The President", "person") is None
    assert named("the Acme Corporation", "organization") == "Acme Corporation"


def test_person_names_inside_roles_and_affiliations() -> None:
    # The Wikipedia identity finds the name behind a long role.
    assert named("Afghan Ambassador to the United States Jan Doe", "person", "Jan_Doe") == "Jan Doe"
    # Without it: the name after a role, or the name opening the span.
    assert named("Barland Student Union president Ann Lee", "person") == "Ann Lee"
    assert named("Ann Lee of the Civic Party", "person") == "Ann Lee"
    assert named("Jo Roe of Barland 's la Gazzetta", "person") == "Jo Roe"
    assert named("Civil Defense director General Ali al-Amr", "person") == "Ali al-Amr"
    assert named("Acme 's Ann Lee", "person") == "Ann Lee"
    # A name that only modifies a role is not the person's name.
    assert named("NASA Administrator", "person") is None
    assert named("the Crown prosecutor", "person") is None
    assert named("editor at large at the Barland Gazette", "person") is None
    assert named("Director of the National Iodine study", "person") is None


def test_common_nouns_around_organisation_and_place_names() -> None:
    assert named("the Acme organization", "organization") == "Acme"
    assert named("Localist group Civic Passion", "organization") == "Civic Passion"
    assert named("the Kowloon West geographical constituency", "place") == "Kowloon West"
    assert named("the Bank of Barland", "organization") == "Bank of Barland"


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
    assert result["ignored_unscored_predictions"] == 1
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


def gold_file(tmp_path: Path, text: str, mentions: list[tuple[str, str, str]]) -> Path:
    """A one-document gold file; mentions are (piece, type, identity), first occurrences."""
    records = []
    for piece, type_, identity in mentions:
        start = text.index(piece)
        records.append(
            {
                "eid": "1",
                "type": type_,
                "infstat": "new",
                "identity": identity,
                "start": start,
                "end": start + len(piece),
                "text": piece,
                "has_propn": True,
            }
        )
    path = tmp_path / "nested.jsonl"
    record = {"doc_id": "doc2", "title": "t", "text": text, "mentions": records}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


NESTED = "She studied at the University of Barland and Barland beat Fooland ."


def predictor_for(text: str, mentions: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    def predictor(texts: Sequence[str]) -> list[list[ActorMention]]:
        found = []
        for piece, type_ in mentions:
            start = text.index(piece)
            found.append(ActorMention(piece, piece, type_, start, start + len(piece)))  # type: ignore[arg-type]
        return [found]

    return predictor


def test_names_inside_names_are_not_scored(tmp_path: Path) -> None:
    path = gold_file(
        tmp_path,
        NESTED,
        [
            ("the University of Barland", "organization", "University_of_Barland"),
            ("Barland", "place", "Barland"),  # inside the university's name
        ],
    )
    (doc,) = load_gold(path)
    assert [NESTED[g.start : g.end] for g in doc.mentions] == ["University of Barland"]
    assert len(doc.nested) == 1
    flat = evaluate_ner(
        path, predictor=predictor_for(NESTED, [("University of Barland", "organization")])
    )
    assert flat["typed"]["f1"] == 1.0
    both = evaluate_ner(
        path,
        predictor=predictor_for(
            NESTED, [("University of Barland", "organization"), ("Barland", "place")]
        ),
    )
    assert both["typed"]["f1"] == 1.0  # the inner name is neither right nor wrong
    assert both["ignored_unscored_predictions"] == 1


def test_a_country_may_be_a_place_or_an_organisation(tmp_path: Path) -> None:
    text = "Barland beat Fooland in Fooland ."
    path = gold_file(tmp_path, text, [("Barland", "organization", "Barland")])
    result = evaluate_ner(path, predictor=predictor_for(text, [("Barland", "country")]))
    assert result["typed"]["f1"] == 1.0
    assert result["typed_countries_as_places"]["f1"] == 0.0
    wrong = evaluate_ner(path, predictor=predictor_for(text, [("Barland", "place")]))
    assert wrong["typed"]["f1"] == 0.0  # a city or a region is not an organisation


def test_errors_by_cause(tmp_path: Path) -> None:
    text = "Jane Roe met John Smith of Acme Corp in Fooville and Fooland ."
    path = gold_file(
        tmp_path,
        text,
        [
            ("Jane Roe", "person", "Jane_Roe"),
            ("John Smith", "person", "John_Smith"),
            ("Acme Corp", "organization", "Acme"),
            ("Fooville", "place", "Fooville"),
        ],
    )
    predicted = [
        ("Jane", "person"),  # one token short
        ("John Smith", "organization"),  # wrong type
        ("Fooland", "place"),  # spurious; "Acme Corp" and "Fooville" missed
    ]
    result = evaluate_ner(path, predictor=predictor_for(text, predicted), with_cases=True)
    assert result["errors"]["false_negative"] == {
        "missed": 2,
        "boundary: one token": 1,
        "wrong type": 1,
    }
    assert result["errors"]["false_positive"] == {
        "boundary: one token": 1,
        "wrong type": 1,
        "spurious": 1,
    }
    cases = {(c["kind"], c["text"]): c["cause"] for c in result["error_cases"]}
    assert cases["false_negative", "Acme Corp"] == "missed"
    assert cases["false_positive", "Fooland"] == "spurious"


def test_main_lists_the_errors(gold_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--errors", str(gold_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(("false_negative", "false_positive")) for line in lines)


def test_names_in_credit_lines_are_missed_on_purpose(tmp_path: Path) -> None:
    text = "Jane Roe spoke in Fooville .\nImage: John Smith .\n"
    path = gold_file(
        tmp_path,
        text,
        [("Jane Roe", "person", "Jane_Roe"), ("John Smith", "person", "John_Smith")],
    )
    result = evaluate_ner(path, predictor=predictor_for(text, [("Jane Roe", "person")]))
    assert result["errors"]["false_negative"] == {"missed: page furniture (by design)": 1}


NEWS_HEADLINE = "Acme shuts Barland plant"
NEWS_BODY = "Jane Roe of Acme said the Barland plant would close."


@pytest.fixture
def news_files(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article MasakhaNEWS-style TSV and a gold file over it."""
    texts = tmp_path / "dev.tsv"
    texts.write_text(
        f"category\theadline\ttext\turl\nbusiness\t{NEWS_HEADLINE}\t{NEWS_BODY}\t/news/1\n",
        encoding="utf-8",
    )
    text = f"{NEWS_HEADLINE}\n{NEWS_BODY}"
    mentions = [
        {"start": a, "end": a + len(piece), "type": type_, "text": piece}
        for piece, type_, a in (
            ("Acme", "organization", 0),
            ("Barland", "place", text.index("Barland")),
            ("Jane Roe", "person", text.index("Jane Roe")),
            ("Acme", "organization", text.index("Acme", 5)),
            ("Barland", "place", text.index("Barland", 20)),
        )
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"url": "/news/1", "mentions": mentions}) + "\n", encoding="utf-8")
    return gold, texts


def test_the_news_gold_is_scored_against_headline_and_text(news_files: tuple[Path, Path]) -> None:
    docs = load_news_gold(*news_files)
    text = f"{NEWS_HEADLINE}\n{NEWS_BODY}"
    assert [d.text for d in docs] == [text]

    def predictor(texts: Sequence[str]) -> list[list[ActorMention]]:
        (only,) = texts
        found = [("Acme", "organization", 0), ("Jane Roe", "person", only.index("Jane Roe"))]
        found.append(("Barland plant", "place", only.index("Barland", 20)))
        return [[ActorMention(w, w, t, a, a + len(w)) for w, t, a in found]]  # type: ignore[arg-type]

    result = score_ner(docs, predictor)
    assert result["typed"] == {
        "precision": round(2 / 3, 4),
        "recall": 0.4,
        "f1": 0.5,
        "tp": 2,
        "predicted": 3,
        "gold": 5,
    }
    assert result["canonicalisation"]["identity_clusters"] == 0  # the gold has no identities


def test_a_news_gold_that_does_not_match_its_text_is_refused(
    news_files: tuple[Path, Path],
) -> None:
    gold, texts = news_files
    record = json.loads(gold.read_text(encoding="utf-8"))
    record["mentions"][0]["start"] += 1
    gold.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match the text"):
        load_news_gold(gold, texts)
    gold.write_text(json.dumps({"url": "/news/2", "mentions": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="is not in"):
        load_news_gold(gold, texts)


@pytest.mark.skipif(not MASAKHANEWS_PATH.is_file(), reason="MasakhaNEWS is not beside the checkout")
def test_the_bundled_news_gold_matches_masakhanews() -> None:
    docs = load_news_gold(NEWS_GOLD_PATH, MASAKHANEWS_PATH)
    assert len(docs) == 24
    for split in ("dev", "test"):
        assert len(load_news_gold(NEWS_GOLD_PATH, MASAKHANEWS_PATH, split)) == 12
    assert {d.doc_id for d in docs} == {
        json.loads(line)["url"] for line in NEWS_GOLD_PATH.read_text(encoding="utf-8").splitlines()
    }
    assert sum(len(d.mentions) for d in docs) > 800
