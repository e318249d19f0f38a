"""Actor mentions: people, organisations, countries and places, named consistently."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors import ActorMention, extract_actor_mentions
from extractors.actors import credit_spans


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


# -- Boundaries, furniture, gazetteer ---------------------------------------------------

SEED_FURNITURE = (
    "Image source: Tass\n"
    "Image source: ABC News\n"
    "Topics: United States Russia Arctic Council Diplomacy\n"
    "Subscribe to the International Relations Updates by The Kootneeti\n"
    "Sign up for our newsletter and get the Kremlin Watch briefing in your inbox\n"
    "Email Address *\n"
    "The views and opinions expressed in this article are those of the author and do not "
    "necessarily reflect the views of The Kootneeti Team\n"
    "Photo: Reuters/Evelyn Hockstein\n"
)


def test_every_person_and_organisation_of_the_seed_is_one_actor(
    seed: list[ActorMention],
) -> None:
    organisations = {m.canonical for m in seed if m.type == "organization"}
    assert organisations == {
        "Arctic Council",
        "G7",
        "Kremlin",
        "NATO",
        "Nord Stream AG",
        "State Department",
        "White House",
    }
    assert canonicals(seed, "US State Department") == {("State Department", "organization")}
    # One canonical name per actor, one type per canonical name.
    by_canonical: dict[str, set[str]] = {}
    for m in seed:
        by_canonical.setdefault(m.canonical, set()).add(m.type)
    assert all(len(types) == 1 for types in by_canonical.values())


def test_furniture_around_the_seed_adds_no_actor(
    nlp: Language, seed_text: str, seed: list[ActorMention]
) -> None:
    with_furniture = SEED_FURNITURE + seed_text + SEED_FURNITURE
    mentions = extract_actor_mentions(nlp(with_furniture))
    shift = len(SEED_FURNITURE)
    inside = [m for m in mentions if shift <= m.start < shift + len(seed_text)]
    assert len(inside) == len(mentions)  # nothing from the furniture
    assert {(m.canonical, m.type) for m in inside} == {(m.canonical, m.type) for m in seed}


def test_titles_and_roles_stay_out_of_person_names(nlp: Language) -> None:
    text = (
        "U.S. President Donald Trump met Russian Foreign Minister Sergei Lavrov and "
        "NASA Administrator Charles Bolden. Professor Jane Goodall of Oxford spoke."
    )
    people = [m.text for m in extract_actor_mentions(nlp(text)) if m.type == "person"]
    assert "Donald Trump" in people
    assert "Sergei Lavrov" in people
    assert "Charles Bolden" in people
    assert all(not p.startswith(("President", "Foreign", "Professor")) for p in people)


def test_leading_modifiers_are_not_part_of_a_name(nlp: Language) -> None:
    mentions = extract_actor_mentions(
        nlp("The pro-Beijing Democratic Alliance won seats, and the World Health Organisation (WHO")
    )
    texts = [m.text for m in mentions]
    assert "pro-Beijing" not in " ".join(texts)
    assert "World Health Organisation" in texts


def test_dateline_agency_is_not_an_actor(nlp: Language) -> None:
    text = "MOSCOW (Reuters) — Russia said on Monday that talks with NATO had stalled.\n"
    mentions = extract_actor_mentions(nlp(text))
    assert ("MOSCOW", "Moscow", "place") in {(m.text, m.canonical, m.type) for m in mentions}
    assert all(m.canonical != "Reuters" for m in mentions)
    assert {m.canonical for m in mentions} >= {"Russia", "NATO"}


def test_credit_lines_and_bylines_yield_nothing(nlp: Language) -> None:
    text = (
        "By Jane Doe, AFP\n"
        "The summit was held in Geneva. Image: Reuters / John Smith.\n"
        "Angela Merkel arrived on Tuesday.\n"
        "Photograph: Kevin Lamarque/AFP via Getty Images\n"
        "(Reporting by Tom Balmforth; Editing by Peter Graff)\n"
    )
    mentions = extract_actor_mentions(nlp(text))
    assert [m.canonical for m in mentions] == ["Geneva", "Angela Merkel"]


def test_gazetteer_adds_and_retypes_well_known_actors(nlp: Language) -> None:
    text = (
        "The WHO warned on Twitter. Let us meet in Kyiv, said Barack Obama, "
        "and Obama later called the UN. Who knows?"
    )
    by_text = {m.text: (m.canonical, m.type) for m in extract_actor_mentions(nlp(text))}
    assert by_text["WHO"] == ("World Health Organization", "organization")
    assert by_text["Twitter"] == ("Twitter", "organization")
    assert by_text["Kyiv"] == ("Kyiv", "place")
    assert by_text["Obama"] == ("Barack Obama", "person")
    assert by_text["UN"] == ("United Nations", "organization")
    assert "us" not in by_text
    assert "Who" not in by_text


def test_facilities_are_places_and_codes_are_not_actors(nlp: Language) -> None:
    text = "Visitors at the Kennedy Space Center said IE6 users and Islam were not discussed."
    by_text = {m.text: m.type for m in extract_actor_mentions(nlp(text))}
    assert by_text.get("Kennedy Space Center") == "place"
    assert "IE6" not in by_text
    assert "Islam" not in by_text


def test_demonyms_are_countries_but_flagged(nlp: Language) -> None:
    from extractors.actors import is_demonym

    mentions = extract_actor_mentions(nlp("Russian troops massed near the Ukrainian border."))
    demonyms = [m for m in mentions if is_demonym(m.text)]
    assert {(m.text, m.canonical, m.type) for m in demonyms} == {
        ("Russian", "Russia", "country"),
        ("Ukrainian", "Ukraine", "country"),
    }
    assert not is_demonym("Russia")


def test_article_level_canonical_names(nlp: Language) -> None:
    text = (
        "The Kennedy Space Center (KSC) hosted officials from the Acme Widget Corporation.\n"
        "Mark Halloway, a detective, said KSC staff were helpful.\n"
        "Later, Halloway said the Corporation would return.\n"
    )
    mentions = extract_actor_mentions(nlp(text))
    by_text = {m.text: (m.canonical, m.type) for m in mentions}
    # An acronym defined in brackets is the same actor, there and later.
    assert [(m.canonical, m.type) for m in mentions if m.text == "KSC"] == [
        ("Kennedy Space Center", "place"),
        ("Kennedy Space Center", "place"),
    ]
    # A surname spaCy may not label is the person named in full.
    assert by_text["Halloway"] == ("Mark Halloway", "person")
    # A short form of an organisation's name is the organisation.
    assert by_text["Corporation"] == ("Acme Widget Corporation", "organization")


def test_hyphenated_given_names_and_score_lines(nlp: Language) -> None:
    text = "Veteran politician Wong Kwok-hing of FTU was defeated.\nGroup F — Sweden 1 – 0 Norway\n"
    texts = [m.text for m in extract_actor_mentions(nlp(text))]
    assert "Wong Kwok-hing" in texts
    assert "Sweden 1" not in texts


def test_unlabelled_acronyms_and_newspapers_are_organisations(nlp: Language) -> None:
    text = "Leung Kwok-hung of LSD was elected, the Deseret News observed. The CEO said nothing."
    by_text = {m.text: (m.canonical, m.type) for m in extract_actor_mentions(nlp(text))}
    assert by_text.get("LSD") == ("LSD", "organization")
    assert by_text.get("Deseret News") == ("Deseret News", "organization")
    assert "CEO" not in by_text


def by_text(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.canonical, m.type) for m in extract_actor_mentions(nlp(text))}


def test_a_given_name_joins_a_lone_surname(nlp: Language) -> None:
    found = by_text(
        nlp, "The gala honoured author Truman Capote and singer-songwriter Carly Simon."
    )
    assert found.get("Carly Simon") == ("Carly Simon", "person")
    assert "Simon" not in found


def test_products_and_vehicles_are_not_actors(nlp: Language) -> None:
    found = by_text(
        nlp,
        "Space Shuttle Atlantis was moved to the hangar. Atlantis will go on display in "
        "Florida. Firefox and Chrome gained users, while Windows XP lost them.",
    )
    assert not {"Space Shuttle Atlantis", "Atlantis", "Firefox", "Chrome", "Windows XP"} & set(
        found
    )
    assert found.get("Florida") == ("Florida", "place")


def test_programmes_events_and_name_adjectives_are_not_actors(nlp: Language) -> None:
    found = by_text(
        nlp,
        "NASA ended the Space Shuttle Program. Fans of the FIFA World Cup wore a Warhol-like wig.",
    )
    assert found.get("NASA") == ("NASA", "organization")
    assert not {"Space Shuttle Program", "FIFA World Cup", "Warhol-like"} & set(found)


def test_trials_games_and_hospital_words_are_not_actors(nlp: Language) -> None:
    found = by_text(
        nlp,
        "Team GB won gold at the Beijing Winter Paralympics. Patients waited in A&E for "
        "hours, NHS Lothian said. The Burghley Horse Trials start on Thursday.",
    )
    assert not {"Beijing Winter Paralympics", "Winter Paralympics", "A&E"} & set(found)
    assert not {"Burghley Horse Trials", "Horse Trials"} & set(found)


def test_a_large_city_the_model_takes_for_a_person_is_a_place(nlp: Language) -> None:
    text = "Glasgow has the most asylum seekers of any council in Scotland."
    assert ("Glasgow", "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]
    assert by_text(nlp, text)["Glasgow"] == ("Glasgow", "place")


def test_a_name_opening_with_a_given_name_is_a_person(nlp: Language) -> None:
    text = "The novel was adapted from Claire Keegan's 2011 short story."
    assert ("Claire Keegan's", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]
    assert by_text(nlp, text)["Claire Keegan"] == ("Claire Keegan", "person")


def test_bodies_named_after_their_country_are_organisations(nlp: Language) -> None:
    found = by_text(
        nlp,
        "Public Health Scotland said cases were rising. Screen Ireland funded the film. "
        "Across Scotland, hospitals are full.",
    )
    assert found["Public Health Scotland"] == ("Public Health Scotland", "organization")
    assert found["Screen Ireland"] == ("Screen Ireland", "organization")
    assert found["Scotland"] == ("Scotland", "country")
    assert "Across Scotland" not in found


def test_organisations_by_their_words(nlp: Language) -> None:
    found = by_text(
        nlp,
        "The Saudi Gazette reported that the mayor had asked the Greek Orthodox Church "
        "for help. The Andy Warhol Foundation for the Visual Arts "
        "gave prints to museums in Evansville.",
    )
    for name in (
        "Saudi Gazette",
        "Greek Orthodox Church",
        "Andy Warhol Foundation for the Visual Arts",
    ):
        assert found.get(name) == (name, "organization")
    assert "Visual Arts" not in found
    assert found.get("Evansville") == ("Evansville", "place")


def test_unlabelled_facilities_are_places(nlp: Language) -> None:
    found = by_text(nlp, "A crane fell into Mecca's Grand Mosque on Friday.")
    assert found.get("Grand Mosque") == ("Grand Mosque", "place")


def test_titles_and_common_words_are_not_names(nlp: Language) -> None:
    found = by_text(
        nlp,
        "Home Secretary Jane Smith spoke. Iodine deficiency is common, she said, and "
        "iodine is cheap.",
    )
    assert "Home" not in found
    assert "Iodine" not in found
    assert found.get("Jane Smith") == ("Jane Smith", "person")


def test_a_person_after_an_organisations_possessive(nlp: Language) -> None:
    found = by_text(nlp, "New People Party's Regina Ip was re-elected with 60,760 votes.")
    assert found.get("Regina Ip") == ("Regina Ip", "person")


def test_home_nations_are_countries(nlp: Language) -> None:
    found = by_text(nlp, "England beat Panama 6-1, and Scotland did not qualify.")
    assert found.get("England") == ("England", "country")
    assert found.get("Scotland") == ("Scotland", "country")


def test_a_getty_credit_covers_its_sentence_part() -> None:
    text = "Ann Lee spoke in Ohio. Tom Hale/AFP via Getty Images\nShe won the vote."
    assert credit_spans(text) == [(text.index(" Tom"), text.index("\n"))]
