"""The keyword topic scorer: IPTC top-level topics for English news text."""

from __future__ import annotations

import pytest

from extractors.records import TopicScore
from extractors.topic_keywords import TOPIC_KEYWORDS
from extractors.topics import MIN_SCORE, assign_topics

ARTS = "medtop:01000000"
ECONOMY = "medtop:04000000"
HEALTH = "medtop:07000000"
POLITICS = "medtop:11000000"
TECH = "medtop:13000000"
SPORT = "medtop:15000000"
CONFLICT = "medtop:16000000"

DIPLOMACY = (
    "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in "
    "Geneva on Friday for talks on Ukraine. \u201cWe have agreed to continue the dialogue,\u201d "
    "Lavrov told reporters after the meeting. Blinken said Washington was ready to pursue "
    "diplomacy but warned of new sanctions, and the two diplomats agreed to meet again "
    "before the summit. The Kremlin said the negotiations had been useful."
)

FOOTBALL = (
    "Manchester United came from behind to beat Liverpool 2-1 at Old Trafford on Sunday. "
    "Mohamed Salah scored from the penalty spot before half-time, but the United striker "
    "equalised after the break and the goalkeeper kept out a late header. The win lifts "
    "United to fourth in the Premier League. \u201cThe players showed character,\u201d the coach "
    "said after the match."
)


def codes(topics: list[TopicScore]) -> list[str]:
    return [t.code for t in topics]


def test_diplomacy_paragraph_is_politics() -> None:
    topics = assign_topics(DIPLOMACY, "Lavrov and Blinken hold talks in Geneva")
    assert topics, "a diplomacy paragraph should get a topic"
    top = topics[0]
    assert top == TopicScore(POLITICS, "politics", 1, top.score)
    assert SPORT not in codes(topics)


def test_football_report_is_sport() -> None:
    topics = assign_topics(FOOTBALL, "United beat Liverpool in Premier League thriller")
    assert codes(topics)[0] == SPORT
    assert topics[0].label == "sport"
    assert POLITICS not in codes(topics)


def test_war_report_is_conflict_and_politics() -> None:
    text = (
        "Missile strikes hit the city overnight as troops pushed towards the front line. "
        "The defence minister said the army had repelled the invasion, while the "
        "government called for a ceasefire and new peace talks at the United Nations."
    )
    got = codes(assign_topics(text))
    assert got[0] == CONFLICT
    assert POLITICS in got


def test_deterministic() -> None:
    first = assign_topics(DIPLOMACY, "Lavrov and Blinken hold talks")
    for _ in range(5):
        assert assign_topics(DIPLOMACY, "Lavrov and Blinken hold talks") == first


def test_scores_are_normalised_and_sorted() -> None:
    for text, title in ((DIPLOMACY, None), (FOOTBALL, "Derby day")):
        topics = assign_topics(text, title, limit=17)
        assert all(0.0 < t.score <= 1.0 for t in topics)
        assert all(t.score >= MIN_SCORE for t in topics if t.level == 1)
        top = [t for t in topics if t.level == 1]
        assert sum(t.score for t in top) <= 1.0 + 1e-9
        assert [t.score for t in top] == sorted((t.score for t in top), reverse=True)


def test_title_weighs_more() -> None:
    text = "The minister spoke to voters about the weather and the rain."
    assert codes(assign_topics(text, "Heavy rain and storms expected"))[0] == "medtop:17000000"


@pytest.mark.parametrize("text", ["", "   \n\t ", "...!?"])
def test_empty_text_gives_no_topics(text: str) -> None:
    assert assign_topics(text) == []
    assert assign_topics(text, None) == []
    assert assign_topics(text, "") == []


def test_text_without_keywords_gives_no_topics() -> None:
    assert assign_topics("Lorem ipsum dolor sit amet, consectetur adipiscing elit.") == []


def test_limit() -> None:
    assert [t.level for t in assign_topics(DIPLOMACY, limit=1)].count(1) == 1
    assert assign_topics(DIPLOMACY, limit=0) == []


def test_acronyms_are_case_sensitive() -> None:
    # "who" the pronoun is not the World Health Organization
    assert "medtop:07000000" not in codes(
        assign_topics("The man who won, who said who knew, who cares.", limit=17)
    )
    assert codes(assign_topics("The WHO said the outbreak of the disease is spreading."))[0] == (
        "medtop:07000000"
    )


def test_keyword_table_covers_the_17_top_level_topics() -> None:
    assert len(TOPIC_KEYWORDS) == 17
    assert sorted(TOPIC_KEYWORDS) == [f"medtop:{n:02d}000000" for n in range(1, 18)]
    for code, entry in TOPIC_KEYWORDS.items():
        # the six broad desks (business, arts, health, politics, science/tech, sport) need more
        assert 20 <= len(entry.keywords) <= 400, code
        bare = [k.lstrip("+~") for k in entry.keywords]
        assert len({k.lower() for k in bare}) == len(bare), code


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        (
            "Social media app fined over children's data",
            "The regulator said the platform had let users under 13 sign up and had shared "
            "their personal data. The company said its software now checks ages online.",
            TECH,
        ),
        (
            "Supermarket profits fall as prices rise",
            "The retailer said sales were up but profits fell as inflation pushed up costs. "
            "Its shares dropped 4 per cent and the chief executive warned of a hard year.",
            ECONOMY,
        ),
        (
            "Singer announces farewell tour",
            "The singer, whose debut album topped the charts, said the concerts would be her "
            "last. Fans queued for tickets and the band will play a festival in the summer.",
            ARTS,
        ),
        (
            "Hospital waiting lists grow",
            "Patients are waiting longer for treatment, doctors said, as the NHS struggles "
            "with a backlog of surgery and a shortage of nurses.",
            HEALTH,
        ),
    ],
)
def test_desk_stories(title: str, text: str, code: str) -> None:
    assert codes(assign_topics(text, title))[0] == code


def test_company_names_are_case_sensitive() -> None:
    text = "She ate an apple and a pear at the market stall, then bought more apples."
    assert TECH not in codes(assign_topics(text, limit=17))


def test_second_level_topics_follow_their_parent() -> None:
    from extractors.subtopic_keywords import SUBTOPIC_KEYWORDS

    topics = assign_topics(FOOTBALL, "United beat Liverpool in Premier League thriller", limit=17)
    parent = None
    for topic in topics:
        if topic.level == 1:
            parent = topic
            continue
        assert topic.level == 2
        assert parent is not None, "a second-level topic never comes first"
        assert SUBTOPIC_KEYWORDS[topic.code].parent == parent.code
        assert topic.label == SUBTOPIC_KEYWORDS[topic.code].label
        assert 0.0 < topic.score <= parent.score


def test_second_level_topics_of_desk_stories() -> None:
    strike = assign_topics(
        "Rail workers walked out on Monday as the union said the pay offer was too low. "
        "The strike, the third this month, follows a ballot of union members, and pickets "
        "gathered outside stations.",
        "Rail strike: union rejects pay offer",
    )
    assert strike[0].code == "medtop:09000000"
    assert "medtop:20000524" in codes(strike)  # labour relations

    trial = assign_topics(
        "The jury at the High Court found him guilty of murder and the judge sentenced him "
        "to life. Prosecutors said the verdict brought justice for the family.",
        "Man convicted of murder after trial",
    )
    assert trial[0].code == "medtop:02000000"
    assert "medtop:20000106" in codes(trial)  # judiciary


def test_no_second_level_topic_without_its_top_level_topic() -> None:
    # football words would make "competition discipline" but sport is not assigned
    topics = assign_topics(DIPLOMACY, "Lavrov and Blinken hold talks", limit=1)
    assert codes(topics)[0] == POLITICS
    assert all(t.code.startswith("medtop:2") or t.code == POLITICS for t in topics)
    assert not any(t.code == "medtop:20000822" for t in topics)


def test_every_second_level_topic_is_in_the_seed_with_its_parent() -> None:
    import csv
    from pathlib import Path

    from extractors.subtopic_keywords import SUBTOPIC_KEYWORDS

    seed_path = Path(__file__).parent.parent / "dbt_project/seeds/iptc_media_topics.csv"
    with seed_path.open(encoding="utf-8") as handle:
        seed = {row["topic_code"]: row for row in csv.DictReader(handle)}
    assert len(SUBTOPIC_KEYWORDS) >= 80
    for code, entry in SUBTOPIC_KEYWORDS.items():
        assert seed[code]["level"] == "2", code
        assert seed[code]["parent_code"] == entry.parent, code
        assert seed[code]["label"] == entry.label, code
    for code, entry in TOPIC_KEYWORDS.items():
        assert seed[code]["label"] == entry.label, code
    covered = {entry.parent for entry in SUBTOPIC_KEYWORDS.values()}
    assert covered == set(TOPIC_KEYWORDS)


def test_statement_without_keywords_takes_its_article_topics() -> None:
    from extractors.topics import assign_statement_topics

    article = assign_topics(FOOTBALL, "United beat Liverpool in Premier League thriller")
    assert assign_statement_topics("We never gave up and I am proud of them.", article) == article
    assert assign_statement_topics("", article) == article
    assert assign_statement_topics("Anything", []) == []


def test_statement_with_its_own_evidence_gets_its_own_topics() -> None:
    from extractors.topics import STATEMENT_FULL_EVIDENCE, assign_statement_topics

    article = assign_topics(DIPLOMACY, "Lavrov and Blinken hold talks in Geneva")
    own = (
        "Hospitals are full, patients wait for surgery and the NHS has too few nurses and doctors."
    )
    topics = assign_statement_topics(own, article)
    assert codes(topics)[0] == HEALTH
    assert topics[0].score == 1.0  # evidence above STATEMENT_FULL_EVIDENCE: its own topics only
    assert STATEMENT_FULL_EVIDENCE > 0

    # a single keyword: part statement, part article
    mixed = assign_statement_topics("Sanctions will not work, the minister said.", article)
    assert codes(mixed)[0] == POLITICS
    assert all(t.level in (1, 2) for t in mixed)


def test_keyword_weights() -> None:
    from extractors.topics import WEIGHTS

    assert WEIGHTS == {"+": 2.0, "~": 0.5}
    # one weak hint in the lead is not enough for a topic, one strong keyword is
    assert assign_topics("The company said all was fine.", limit=17) == []
    assert codes(assign_topics("Inflation, they said, was fine."))[0] == ECONOMY
    # one strong keyword in the title does
    assert codes(assign_topics("It was a long day.", "Inflation hits a 40-year high"))[0] == ECONOMY
