"""Scoring topics against MasakhaNEWS-style labels, on a tiny hand-written TSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractors.topic_keywords import TOPIC_KEYWORDS
from wirehouse.cli import app
from wirehouse.topic_evaluation import (
    LABEL_TO_TOPIC,
    TOPIC_TO_LABEL,
    Document,
    evaluate,
    predict,
    read_masakhanews,
    score,
)

# Hand-written lines in the MasakhaNEWS layout (not MasakhaNEWS text). The health body is
# quoted and spans two lines, as in the real files.
TSV = (
    "category\theadline\ttext\turl\n"
    "sports\tCity win the cup final\tThe striker scored twice as the team won the final "
    "in front of 80,000 fans at the stadium.\t/sport/football-1\n"
    'health\tHospital waiting lists grow\t"Patients waited months for surgery, doctors said.\n'
    'The NHS said nurses were under ""huge"" pressure."\t/news/health-2\n'
    "politics\tMinister resigns before vote\tThe prime minister lost a vote in parliament "
    "as opposition MPs and the government clashed over the election.\t/news/politics-3\n"
    "business\tA quiet day\tLorem ipsum dolor sit amet.\t/news/business-4\n"
)


@pytest.fixture
def tsv(tmp_path: Path) -> Path:
    path = tmp_path / "dev.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def test_label_mapping() -> None:
    assert dict(LABEL_TO_TOPIC) == {
        "business": "medtop:04000000",
        "entertainment": "medtop:01000000",
        "health": "medtop:07000000",
        "politics": "medtop:11000000",
        "sports": "medtop:15000000",
        "technology": "medtop:13000000",
    }
    assert {TOPIC_TO_LABEL[code] for code in LABEL_TO_TOPIC.values()} == set(LABEL_TO_TOPIC)
    assert TOPIC_KEYWORDS["medtop:15000000"].label == "sport"
    assert TOPIC_KEYWORDS["medtop:13000000"].label == "science and technology"


def test_read_tsv_with_quoted_multiline_field(tsv: Path) -> None:
    docs = read_masakhanews(tsv)
    assert [d.label for d in docs] == ["sports", "health", "politics", "business"]
    assert docs[1].headline == "Hospital waiting lists grow"
    assert docs[1].text == (
        "Patients waited months for surgery, doctors said.\n"
        'The NHS said nurses were under "huge" pressure.'
    )
    assert docs[3].url == "/news/business-4"


def test_unknown_label_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("category\theadline\ttext\turl\nweather\tRain\tRain today.\t/x\n")
    with pytest.raises(ValueError, match="weather"):
        read_masakhanews(path)


def test_predict_maps_topics_to_labels(tsv: Path) -> None:
    sports, health, politics, business = read_masakhanews(tsv)
    assert predict(sports) == "sports"
    assert predict(health) == "health"
    assert predict(politics) == "politics"
    assert predict(business) is None  # no keywords: no topic
    # a text whose only topic is outside the six mapped ones predicts nothing
    assert predict(Document("politics", "", "Church bishops and priests at prayer.")) is None


def test_macro_f1_arithmetic() -> None:
    pairs: list[tuple[str, str | None]] = [
        ("sports", "sports"),
        ("sports", "sports"),
        ("sports", "politics"),
        ("politics", "politics"),
        ("health", None),
        ("business", "business"),
    ]
    result = score(pairs)
    assert result.documents == 6
    assert result.correct == 4
    assert result.unassigned == 1
    assert result.accuracy == pytest.approx(4 / 6)
    sports = result.per_class["sports"]
    assert (sports.precision, sports.recall, sports.support) == (1.0, pytest.approx(2 / 3), 3)
    assert sports.f1 == pytest.approx(0.8)
    politics = result.per_class["politics"]
    assert (politics.precision, politics.recall) == (0.5, 1.0)
    assert politics.f1 == pytest.approx(2 / 3)
    health = result.per_class["health"]
    assert (health.precision, health.recall, health.f1) == (0.0, 0.0, 0.0)
    assert result.per_class["business"].f1 == 1.0
    # classes with no gold and no prediction score 0 and still count in the mean
    assert result.per_class["technology"].f1 == 0.0
    assert result.macro_f1 == pytest.approx((0.8 + 2 / 3 + 0.0 + 1.0 + 0.0 + 0.0) / 6)
    assert result.confusion["health"]["none"] == 1
    assert result.confusion["sports"]["politics"] == 1


def test_evaluate_on_tiny_tsv(tsv: Path) -> None:
    result = evaluate(read_masakhanews(tsv))
    assert result.documents == 4
    assert result.correct == 3
    assert result.unassigned == 1
    assert result.docs_per_second > 0
    figures = result.as_dict()
    assert figures["accuracy"] == 0.75
    assert figures["macro_f1"] == round((1 + 1 + 1 + 0 + 0 + 0) / 6, 4)
    assert figures["business"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_cli_eval_topics(tsv: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "topics", "--masakhanews", str(tsv), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["documents"] == 4
    assert figures["accuracy"] == 0.75
    assert set(LABEL_TO_TOPIC) <= set(figures)

    table = runner.invoke(app, ["eval", "topics", "--masakhanews", str(tsv)])
    assert table.exit_code == 0, table.output
    assert "macro_f1" in table.stdout
    assert "politics" in table.stdout

    missing = runner.invoke(app, ["eval", "topics", "--masakhanews", str(tsv.with_name("no"))])
    assert missing.exit_code == 1
