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
        scores = [t.score for t in topics]
        assert all(MIN_SCORE <= s <= 1.0 for s in scores)
        assert scores == sorted(scores, reverse=True)
        assert sum(scores) <= 1.0 + 1e-9
        assert all(t.level == 1 for t in topics)


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
    assert len(assign_topics(DIPLOMACY, limit=1)) == 1
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
        assert 20 <= len(entry.keywords) <= 160, code
        assert len(set(entry.keywords)) == len(entry.keywords), code


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
