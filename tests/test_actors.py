"""Actor mentions: people, organisations, countries and places, named consistently."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors import ActorMention, extract_actor_mentions


@pytest.fixture(scope="module")
def seed(nlp: Language, seed_text: str) -> list[ActorMention]:
    return extract_actor_mentions(nlp(seed_text))


def canonicals(mentions: list[ActorMention], text: str) -> set[tuple[str, str]]:
    return {(m.canonical, m.type) for m in mentions if m.text == text}


def test_surnames_share_the_full_name(seed: list[ActorMention]) -> None:
    assert canonicals(seed, "Sergei Lavrov") == {("Sergei Lavrov", "person")}
    # spaCy labels some lone "Lavrov"s ORG and a "Blinken" GPE; the article knows better.
    assert canonicals(seed, "Lavrov") == {("Sergei Lavrov", "person")}
    assert canonicals(seed, "Blinken") == {("Antony Blinken", "person")}
    assert canonicals(seed, "Biden") == {("Joe Biden", "person")}
    assert canonicals(seed, "Putin") == {("Vladimir Putin", "person")}


def test_people_of_the_seed(seed: list[ActorMention]) -> None:
    people = {m.canonical for m in seed if m.type == "person"}
    assert people == {
        "Joe Biden",
        "Sergei Lavrov",
        "Vladimir Putin",
        "Antony Blinken",
        "Alexei Navalny",
        "Donald Trump",
    }


def test_organisations_of_the_seed(seed: list[ActorMention]) -> None:
    organisations = {m.canonical for m in seed if m.type == "organization"}
    assert {"NATO", "Nord Stream AG", "Kremlin", "White House"} <= organisations
    assert "State" not in organisations  # a fragment of "Secretary of State"


def test_countries_are_normalised(seed: list[ActorMention]) -> None:
    countries = {m.canonical for m in seed if m.type == "country"}
    assert {"Russia", "United States", "Ukraine", "Norway", "Germany"} <= countries
    assert canonicals(seed, "US") == {("United States", "country")}
    assert canonicals(seed, "United States") == {("United States", "country")}  # "the" dropped
    assert canonicals(seed, "Russian") == {("Russia", "country")}  # a demonym
    # Capitals stay places for now.
    assert canonicals(seed, "Washington") == {("Washington", "place")}
    assert canonicals(seed, "Moscow") == {("Moscow", "place")}


def test_offsets_slice_the_text(seed: list[ActorMention], seed_text: str) -> None:
    for m in seed:
        assert seed_text[m.start : m.end] == m.text
        assert not m.text.lower().startswith("the ")
        assert not m.text.endswith(("’s", "'s"))
    assert [m.start for m in seed] == sorted(m.start for m in seed)


def test_same_input_same_output(nlp: Language, seed_text: str, seed: list[ActorMention]) -> None:
    assert extract_actor_mentions(nlp(seed_text)) == seed


def test_country_aliases(nlp: Language) -> None:
    text = "The U.S. and America are one. The United States and Britain met in Paris."
    mentions = extract_actor_mentions(nlp(text))
    by_text = {m.text: (m.canonical, m.type) for m in mentions}
    assert by_text["U.S."] == ("United States", "country")
    assert by_text["America"] == ("United States", "country")
    assert by_text["United States"] == ("United States", "country")
    assert by_text["Britain"] == ("United Kingdom", "country")
    assert by_text["Paris"] == ("Paris", "place")


def test_possessives_are_trimmed(nlp: Language) -> None:
    mentions = extract_actor_mentions(nlp("Angela Merkel’s visit to Germany's capital."))
    assert [m.text for m in mentions] == ["Angela Merkel", "Germany"]


def test_no_mentions_from_page_furniture(nlp: Language) -> None:
    text = (
        "Image source: Tass\n"
        "Russian Foreign Minister Sergei Lavrov met Antony Blinken in Reykjavik.\n"
        "Photo: Reuters/John Smith"
    )
    mentions = extract_actor_mentions(nlp(text))
    assert [m.text for m in mentions] == ["Russian", "Sergei Lavrov", "Antony Blinken", "Reykjavik"]
