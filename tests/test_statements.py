"""Statements: every quote of the seed article, with the right speaker, and nothing else.

The fixture is the seed article (Reykjavik talks, May 2021) without its page
furniture: headline, subheadings and paragraphs, one per line.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors import Statement, extract_statements

LAVROV, BLINKEN, BIDEN = "Sergei Lavrov", "Antony Blinken", "Joe Biden"

# Every quoted statement of the seed: the first quoted words -> (speaker, kind, cue). A
# partial quote inside a reported clause is that clause ("he added there were “a lot of
# logjams”"), so its quoted words follow an opening mark.
SEED_QUOTES: dict[str, tuple[str, str, str]] = {
    "constructive": (LAVROV, "partial", "described"),
    "There is an understanding of the need": (LAVROV, "direct", "told reporters"),
    "a lot of logjams": (LAVROV, "partial", "added"),  # "although he added there were"
    "deep concerns": (BLINKEN, "partial", "expressed"),
    # Blinken's word, relayed by the spokesman: "Blinken also voiced ... the “repression”".
    "repression": (BLINKEN, "partial", "voiced"),
    "productive, constructive, respectful and honest": (
        "a US official",
        "partial",
        "told journalists",
    ),
    # Decision: "killer" is Biden's own word (he agreed Putin was "a killer" in a TV
    # interview) and the sentence attributes it to him ("describing Putin as a “killer”"),
    # so it is a partial quote by Joe Biden, not the writer's scare quote.
    "killer": (BIDEN, "partial", "describing"),
    "our view is that if the leaders": (BLINKEN, "direct", "said"),
    "But if Russia acts aggressively": (BLINKEN, "direct", "warned"),
    "predictable and stable": (BLINKEN, "partial", "reiterating"),
    "We are ready to discuss all issues": (LAVROV, "direct", "responded"),
    "It has been absolutely clear": (LAVROV, "direct", "said"),
    "trying to justify the need for NATO": (LAVROV, "partial", "accused"),
    "absolutely legal": (LAVROV, "partial", "insisted"),
    "avoid a militarisation": (BLINKEN, "partial", "stress"),
    "We have concerns about some": (BLINKEN, "direct", "said"),
    "building and maintaining bridges": (LAVROV, "partial", "stressed"),
    "plough through the rubble left over": (LAVROV, "partial", "said"),
    "But experts will have yet to work on it": (LAVROV, "direct", "added"),
}


@pytest.fixture(scope="module")
def seed(nlp: Language, seed_text: str) -> list[Statement]:
    return extract_statements(nlp(seed_text))


def quoted(statements: list[Statement]) -> list[Statement]:
    return [s for s in statements if s.kind in {"direct", "partial"}]


def opens_with(statement: Statement, prefix: str) -> bool:
    """Whether the statement's quoted words start with ``prefix``: at its start or
    right after an opening mark inside it."""
    quote = statement.quote
    return quote.startswith(prefix) or any(
        quote.startswith(prefix, i + 1) for i, mark in enumerate(quote) if mark in '“"'
    )


def find(statements: list[Statement], prefix: str) -> Statement:
    matches = [s for s in quoted(statements) if opens_with(s, prefix)]
    assert len(matches) == 1, f"{prefix!r}: {[s.quote for s in quoted(statements)]}"
    return matches[0]


def one(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(nlp(text))


# --------------------------------------------------------------------- the seed


def test_seed_measurements(seed: list[Statement]) -> None:
    """Recall, speaker accuracy and precision of the quoted statements on the seed."""
    found = correct = 0
    for prefix, (speaker, _kind, _cue) in SEED_QUOTES.items():
        matches = [s for s in quoted(seed) if opens_with(s, prefix)]
        found += bool(matches)
        correct += bool(matches) and matches[0].speaker == speaker
    spurious = [s.quote for s in quoted(seed) if not any(opens_with(s, p) for p in SEED_QUOTES)]
    total = len(SEED_QUOTES)
    print(
        f"\nseed quoted statements: found {found}/{total}, correct speaker {correct}/{total}, "
        f"spurious {len(spurious)} {spurious}; "
        f"indirect {sum(s.kind == 'indirect' for s in seed)}"
    )
    assert (found, correct, spurious) == (total, total, [])


@pytest.mark.parametrize("prefix", list(SEED_QUOTES))
def test_seed_quote_speaker_kind_and_cue(seed: list[Statement], prefix: str) -> None:
    speaker, kind, cue = SEED_QUOTES[prefix]
    statement = find(seed, prefix)
    assert (statement.speaker, statement.kind, statement.cue) == (speaker, kind, cue)


def test_offsets_slice_the_text_to_the_quote_and_the_mentions(
    seed: list[Statement], seed_text: str
) -> None:
    for s in seed:
        assert seed_text[s.start : s.end] == s.quote
        if s.cue is not None:
            assert seed_text[s.cue_start : s.cue_end] == s.cue
        if s.speaker_mention is not None:
            assert seed_text[s.speaker_start : s.speaker_end] == s.speaker_mention
        assert 0.0 <= s.confidence <= 1.0
    # Quotes exclude the marks themselves and the comma that ends the quoted clause.
    first = find(seed, "There is an understanding")
    assert first.quote.endswith("between Moscow and Washington")
    assert seed_text[first.start - 1] == "“"


def test_named_speakers_are_more_certain_than_pronouns(seed: list[Statement]) -> None:
    named = find(seed, "There is an understanding")  # "Lavrov told reporters"
    pronoun = find(seed, "But experts will have yet")  # "he added"
    assert named.speaker_mention == "Lavrov"
    assert pronoun.speaker_mention == "he"
    assert named.confidence > pronoun.confidence


def test_pronoun_follows_the_person_the_text_is_about(seed: list[Statement]) -> None:
    # "He said he had reiterated ... and that Blinken did not object." names Blinken
    # last, but the paragraph is about Lavrov, and so is the next "he added".
    assert find(seed, "But experts will have yet").speaker == LAVROV
    assert find(seed, "But if Russia acts aggressively").speaker == BLINKEN


def test_a_title_resolves_to_the_person_introduced_with_it(seed: list[Statement]) -> None:
    statement = find(seed, "trying to justify")
    assert statement.speaker_mention == "The Russian foreign minister"
    assert (statement.speaker, statement.speaker_type) == (LAVROV, "person")


def test_anonymous_source_keeps_its_description(seed: list[Statement]) -> None:
    statement = find(seed, "productive, constructive")
    assert statement.speaker_type == "anonymous"
    assert statement.speaker == "a US official"


def test_the_spokesman_refers_back_to_the_spokesman_introduced(seed: list[Statement]) -> None:
    indirect = [s for s in seed if s.kind == "indirect" and s.speaker_mention == "the spokesman"]
    assert len(indirect) == 1
    assert indirect[0].speaker == "a US State Department spokesman"
    assert indirect[0].speaker_type == "anonymous"
    assert indirect[0].quote.startswith("Blinken also voiced US disquiet")


def test_subheading_in_quote_marks_is_not_a_statement(seed: list[Statement]) -> None:
    # "‘Plough through the rubble’" is a subheading echoing the quote that follows.
    assert [s.quote for s in quoted(seed) if s.quote.startswith("Plough")] == []
    assert find(seed, "plough through the rubble").quote == (
        "he was ready to “plough through the rubble left over from previous US administrations”"
    )


def test_apostrophes_do_not_open_or_close_quotes(seed: list[Statement]) -> None:
    # "a NATO leaders’ meeting", "Washington’s “deep concerns”", "Moscow’s suggestion"
    assert all("leaders’" not in s.quote for s in seed)
    assert find(seed, "deep concerns").quote == "deep concerns"


def test_indirect_speech_on_the_seed(seed: list[Statement]) -> None:
    indirect = {s.quote: s for s in seed if s.kind == "indirect"}
    expected = indirect["he expected the summit to happen in the next few weeks"]
    assert expected.speaker == BLINKEN
    reiterated = next(q for q in indirect if q.startswith("he had reiterated Moscow’s"))
    assert indirect[reiterated].speaker == LAVROV  # "But asked ..., Lavrov did not reply."
    called = next(q for q in indirect if q.startswith("the Arctic to become a laboratory"))
    assert (indirect[called].speaker, indirect[called].cue) == (BLINKEN, "called for")
    announced = next(q for q in indirect if q.startswith("it would not sanction"))
    assert indirect[announced].speaker_type == "organization"


def test_same_input_same_output(nlp: Language, seed_text: str, seed: list[Statement]) -> None:
    assert extract_statements(nlp(seed_text)) == seed
    assert [s.start for s in seed] == sorted(s.start for s in seed)


# ----------------------------------------------------------------- small cases


def test_a_quote_split_by_its_attribution_is_one_statement(nlp: Language) -> None:
    text = '"We will not back down," Smith said, "and we will win this fight."'
    [statement] = one(nlp, text)
    assert statement.quote == "We will not back down and we will win this fight."
    assert (statement.speaker, statement.kind, statement.cue) == ("Smith", "direct", "said")
    assert text[statement.start : statement.end].startswith("We will not back down")
    assert text[statement.start : statement.end].endswith("win this fight.")


def test_a_quote_continued_after_its_attribution_ends_its_paragraph(nlp: Language) -> None:
    text = (
        "“You don’t want to be the story,” Ana Silva said. “You want to cover it.”\n\n"
        "“That is the whole job,” she added."
    )
    statements = one(nlp, text)
    assert [s.quote for s in statements] == [
        "You don’t want to be the story You want to cover it.",
        "That is the whole job",
    ]
    assert {s.speaker for s in statements} == {"Ana Silva"}


def test_a_quote_in_a_clause_after_the_attribution_stays_apart(nlp: Language) -> None:
    text = (
        "Maria Lopez defended “New York values,” saying the city embodied the "
        "“bravery, heart and soul of America.”"
    )
    # the second quote lies in the clause "saying" reports: that clause is the statement
    assert [s.quote for s in one(nlp, text)] == [
        "New York values",
        "the city embodied the “bravery, heart and soul of America.”",
    ]


def test_partial_quotes_one_verb_reports_are_one_statement(nlp: Language) -> None:
    text = "Maria Lopez called the rival a “loser,” a “liar” and a “whiner” on Friday."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.kind) == ("loser liar whiner", "partial")
    assert statement.speaker == "Maria Lopez"


def test_quotes_of_two_speakers_stay_apart(nlp: Language) -> None:
    text = "“We won,” Ana Silva said. “We lost,” Tom Berg replied."
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [
        ("We won", "Ana Silva"),
        ("We lost", "Tom Berg"),
    ]


def test_a_noun_of_report_carries_its_that_clause(nlp: Language) -> None:
    text = "Senator Ana Silva repeated her warning that the bridge would close in May."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.kind) == ("the bridge would close in May", "indirect")
    assert (statement.cue, statement.speaker) == ("warning", "Ana Silva")
    assert one(nlp, "The claim that he made was false.") == []


def test_straight_quotes_and_apostrophes_inside(nlp: Language) -> None:
    text = 'Ana Silva arrived late. "We don\'t know yet," Silva said.'
    [statement] = one(nlp, text)
    assert statement.quote == "We don't know yet"
    assert (statement.speaker, statement.kind) == ("Ana Silva", "direct")


def test_single_curly_quotes(nlp: Language) -> None:
    [statement] = one(nlp, "‘We’re ready for anything,’ Kate Moss said after the vote.")
    assert statement.quote == "We’re ready for anything"
    assert statement.speaker == "Kate Moss"


def test_quote_across_paragraphs_is_one_statement(nlp: Language) -> None:
    text = (
        "“The first part of a long speech goes on for a while.\n"
        "“And the second paragraph of the same speech ends here,” Mayor Ed Koch said."
    )
    [statement] = one(nlp, text)
    assert statement.quote.startswith("The first part")
    assert statement.quote.endswith("ends here")
    assert text[statement.start : statement.end] == statement.quote
    assert statement.speaker == "Ed Koch"


def test_odd_quote_marks_do_not_sink_the_document(nlp: Language) -> None:
    text = (
        "“An unterminated quote runs to the end of its paragraph, Jane Doe said.\n"
        "John Roe disagreed. “This one is fine,” Roe said, and a stray ” mark followed.\n"
    )
    statements = quoted(one(nlp, text))
    assert [s.quote for s in statements] == [
        "An unterminated quote runs to the end of its paragraph, Jane Doe said.",
        "This one is fine",
    ]
    assert statements[-1].speaker == "John Roe"


def test_anonymous_source(nlp: Language) -> None:
    [statement] = one(nlp, '"Prices will rise again next year," a senior official said.')
    assert (statement.speaker, statement.speaker_type) == ("a senior official", "anonymous")


def test_organisation_speaker(nlp: Language) -> None:
    [statement] = one(nlp, "“We regret the decision and will appeal,” the ministry said.")
    assert statement.speaker_type == "organization"
    assert statement.speaker == "the ministry"


def test_unknown_speaker_has_low_confidence(nlp: Language) -> None:
    [statement] = one(nlp, "“Nobody saw this coming at all,” he said.")
    assert statement.speaker is None
    assert statement.speaker_type == "unknown"
    assert statement.confidence < 0.5


def test_scare_quotes_titles_and_headlines_are_not_statements(nlp: Language) -> None:
    text = (
        "Minister says ‘We are ready’\n"
        "The company’s “innovation” consisted mostly of raising prices.\n"
        "She read the novel “War and Peace” twice last summer.\n"
        "The so-called “peace plan” was never published."
    )
    assert quoted(one(nlp, text)) == []


def test_according_to_is_indirect_speech(nlp: Language) -> None:
    [statement] = one(nlp, "According to the police, the suspect fled on foot.")
    assert statement.kind == "indirect"
    assert statement.quote == "the suspect fled on foot"
    assert statement.cue == "According to"
    assert statement.speaker_type == "organization"


# ------------------------------------------------------- the wider cue lexicon


def indirect(statements: list[Statement]) -> list[tuple[str, str | None, str | None]]:
    return [(s.quote, s.cue, s.speaker) for s in statements if s.kind == "indirect"]


def test_a_verb_of_the_lexicon_reports_its_object(nlp: Language) -> None:
    statements = one(nlp, "Senator Ann Lee praised the new budget plan.")
    assert indirect(statements) == [("the new budget plan", "praised", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Senator Ann Lee embraced the new budget plan.", "the new budget plan", "embraced"),
        (
            "Senator Ann Lee understands the anger of the miners.",
            "the anger of the miners",
            "understands",
        ),
        ("Senator Ann Lee recalled a visit to the mine.", "a visit to the mine", "recalled"),
        ("Senator Ann Lee proposed to cut the fuel tax.", "to cut the fuel tax", "proposed"),
    ],
)
def test_stances_memories_and_proposals_are_attributions(
    nlp: Language, text: str, content: str, cue: str
) -> None:
    assert indirect(one(nlp, text)) == [(content, cue, "Ann Lee")]


def test_a_stance_needs_someone_to_hold_it(nlp: Language) -> None:
    assert indirect(one(nlp, "The northern region offers rich natural resources.")) == []
    assert indirect(one(nlp, "The ministry offers grants to new farms.")) == [
        ("grants", "offers", "The ministry")
    ]


def test_a_promise_reports_its_infinitive(nlp: Language) -> None:
    statements = one(nlp, "Mayor Tom Fry vowed to fight the ruling in court.")
    assert indirect(statements) == [("to fight the ruling in court", "vowed", "Tom Fry")]


def test_a_participle_cue_takes_the_subject_of_its_clause(nlp: Language) -> None:
    statements = one(nlp, "Ann Lee left the room on Monday, saying the deal was dead.")
    assert indirect(statements) == [("the deal was dead", "saying", "Ann Lee")]


def test_beliefs_and_arguments_are_attributions(nlp: Language) -> None:
    [statement] = one(nlp, "Critics argued that the plan would cost too much.")
    assert (statement.quote, statement.speaker_mention) == (
        "the plan would cost too much",
        "Critics",
    )
    [belief] = one(nlp, "They believe the economy will recover next year.")
    assert belief.quote == "the economy will recover next year"
    assert (belief.speaker, belief.speaker_mention) == (None, "They")


def test_a_nested_verb_does_not_repeat_the_outer_statement(nlp: Language) -> None:
    statements = one(nlp, "Ann Lee said the union had offered to accept a pay freeze.")
    assert indirect(statements) == [
        ("the union had offered to accept a pay freeze", "said", "Ann Lee")
    ]


def test_a_quote_opening_its_paragraph_is_not_a_title(nlp: Language) -> None:
    text = (
        "The band recorded a new album.\n"
        "“We wrote two dozen songs before the summer ended,” Ann Lee said."
    )
    [statement] = quoted(one(nlp, text))
    assert (statement.quote, statement.speaker) == (
        "We wrote two dozen songs before the summer ended",
        "Ann Lee",
    )


def test_a_programme_after_a_possessive_is_a_title(nlp: Language) -> None:
    assert quoted(one(nlp, "Ann Lee spoke on NBC’s “Today” about the budget.")) == []


def test_a_quote_takes_the_cue_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "Ann Lee spoke to reporters in Ohio.\n"
        "She said she would run. “I have thought about this for a very long time.”"
    )
    [statement] = quoted(one(nlp, text))
    assert (statement.speaker, statement.speaker_mention) == ("Ann Lee", "She")


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention"),
    [
        (
            "The talks had failed and nobody knew why, the minister said.",
            "The talks had failed and nobody knew why",
            "said",
            "the minister",
        ),
        (
            "Ann Lee said in a statement: the budget will be cut by half next year.",
            "the budget will be cut by half next year",
            "said",
            "Ann Lee",
        ),
        (
            "Polls show the race is tightening in Ohio.",
            "the race is tightening in Ohio",
            "show",
            "Polls",
        ),
        ("Ann Lee talked about the economy for an hour.", "the economy", "talked", "Ann Lee"),
        ("Ann Lee alluded to the scandal in her speech.", "the scandal", "alluded", "Ann Lee"),
        ("The diplomat also mused about the 2016 race.", "the 2016 race", "mused", "The diplomat"),
        (
            "Giuliani would not speculate about Comey's motives.",
            "Comey's motives",
            "speculate",
            "Giuliani",
        ),
        (
            "Voters worry about the cost of health care.",
            "the cost of health care",
            "worry",
            "Voters",
        ),
        (
            "Trump and other Republicans pointed at what they called the president's failure.",
            "what they called the president's failure",
            "pointed",
            "Trump and other Republicans",
        ),
        (
            "And as Menendez pointed out, court rulings have a lasting impact on real women.",
            "court rulings have a lasting impact on real women",
            "pointed out",
            "Menendez",
        ),
        (
            "In Ann Lee's view, the deal was a mistake.",
            "the deal was a mistake",
            "view",
            "Ann Lee",
        ),
        ("Tom Berg took aim at the tax plan.", "the tax plan", "aim", "Tom Berg"),
        # adjectives of stance
        (
            "The senator was confident that the bill would pass.",
            "the bill would pass",
            "confident",
            "The senator",
        ),
        ("Ann Lee is critical of the deal.", "the deal", "critical", "Ann Lee"),
        (
            "As the Daily Courier reported, the mayor was refusing to sign the bill.",
            "the mayor was refusing to sign the bill",
            "reported",
            "Daily Courier",
        ),
        # a reporting verb reports its object when it has no clause
        ("Tom Berg stressed those worries on Sunday.", "those worries", "stressed", "Tom Berg"),
        # intentions and requests report their infinitive
        ("Ann Lee hopes to win the state.", "to win the state", "hopes", "Ann Lee"),
        ("Ann Lee asked the council to delay the vote.", "to delay the vote", "asked", "Ann Lee"),
        ("The company declined to give a figure.", "to give a figure", "declined", "The company"),
        ("Ann Lee advised the mayor to stay home.", "to stay home", "advised", "Ann Lee"),
        (
            "Christian Estrosi said in one of a series of Twitter messages that the truck was"
            " carrying arms.",
            "the truck was carrying arms",
            "said",
            "Christian Estrosi",
        ),
        (
            "Curly Haugland has argued for years that delegates can’t be bound.",
            "delegates can’t be bound",
            "argued",
            "Curly Haugland",
        ),
        (
            "He pressed Clinton to do more for his supporters.",
            "to do more for his supporters",
            "pressed",
            "He",
        ),
        (
            "The governor cautioned against viewing that as an endorsement.",
            "viewing that as an endorsement",
            "cautioned",
            "The governor",
        ),
        (
            "Jeb Bush instructed the bureau to stop booking.",
            "to stop booking",
            "instructed",
            "Jeb Bush",
        ),
        (
            "Sanders claims to have brought in new voters.",
            "to have brought in new voters",
            "claims",
            "Sanders",
        ),
        # a clause with a gerund subject, and an answer
        (
            "Economists say taxing consumption encourages savings.",
            "taxing consumption encourages savings",
            "say",
            "Economists",
        ),
        ("Neither side would say so.", "so", "say", "Neither side"),
        # a view: the object with what it is taken as
        ("Ann Lee sees the deal as a mistake.", "the deal as a mistake", "sees", "Ann Lee"),
        (
            "The court deemed the law unconstitutional.",
            "the law unconstitutional",
            "deemed",
            "The court",
        ),
    ],
)
def test_indirect_content_and_source(
    nlp: Language, text: str, content: str, cue: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert statement.kind == "indirect"
    assert (statement.quote, statement.cue, statement.speaker_mention) == (content, cue, mention)
    assert text[statement.start : statement.end] == content


def test_only_the_outermost_attitude_is_a_statement(nlp: Language) -> None:
    # "seek" inside what Ann Lee plans; "comment on" inside what the company declined
    [plan] = one(nlp, "Ann Lee plans to seek a second term.")
    assert (plan.quote, plan.cue) == ("to seek a second term", "plans")
    [comment] = one(nlp, "The company declined to comment on the report.")
    assert (comment.quote, comment.speaker_mention) == ("the report", "The company")


def test_one_content_is_one_statement(nlp: Language) -> None:
    # "rejected" and "suggestions" both report the clause: one statement, one id
    text = "The agency rejected suggestions that it had been slow to report the first cases."
    [statement] = one(nlp, text)
    assert statement.quote == "it had been slow to report the first cases"


def test_a_noun_of_report_as_object_reports_its_clause(nlp: Language) -> None:
    text = "Ann Lee expressed concern that the bridge would close in May."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker) == ("the bridge would close in May", "Ann Lee")


def test_calling_on_someone_and_calling_something_a_name_are_statements(nlp: Language) -> None:
    [on] = one(nlp, "Ann Lee called on the council to delay the vote.")
    assert (on.quote, on.speaker) == ("the council to delay the vote", "Ann Lee")
    [name] = one(nlp, "The Lee campaign left, calling the attack the mark of a desperate man.")
    assert name.quote == "the attack the mark of a desperate man"
    assert one(nlp, "Ann Lee called the office on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Most recently, Ann Lee called to ban cars from the old town.",
            "to ban cars from the old town",
        ),
        (
            "Democrats went further, with former Gov. Ann Lee calling Trump a fascist.",
            "Trump a fascist",
        ),
        ("Ann Lee often calls out the mining companies by name.", "the mining companies"),
    ],
)
def test_calling_to_act_and_calling_out_are_statements(
    nlp: Language, text: str, content: str
) -> None:
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [(content, "Ann Lee")]
    assert one(nlp, "Ann Lee called on Monday to complain.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It was reported that the senator would resign.", "the senator would resign"),
        (
            "More than 2,000 people are expected to attend the rally.",
            "More than 2,000 people are expected to attend the rally",
        ),
        ("Asked whether the bridge would close, Ann Lee smiled.", "whether the bridge would close"),
        ("It appears that the talks have stalled.", "the talks have stalled"),
        (
            "The mayor reportedly met the donors, and he resigned.",
            "The mayor reportedly met the donors",
        ),
        (
            "Trump won the contests known as Super Tuesday.",
            "the contests known as Super Tuesday",
        ),
    ],
)
def test_an_attribution_without_a_source_has_no_speaker(
    nlp: Language, text: str, content: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.kind, statement.quote) == ("indirect", content)
    assert (statement.speaker, statement.speaker_mention) == (None, None)
    assert statement.confidence < 0.2


def test_an_expectation_of_a_date_is_not_an_attribution(nlp: Language) -> None:
    assert one(nlp, "The vote is expected on Tuesday.") == []
    assert one(nlp, "They paid a company called Cambridge Analytica.") == []
    assert one(nlp, "It was an opinion piece appearing in the Daily Courier.") == []


def test_two_reports_of_one_speaker_are_two_statements(nlp: Language) -> None:
    text = "Tom Berg says he would sit Putin down and tells the crowd he was the first to say it."
    statements = one(nlp, text)
    assert [(s.quote, s.speaker_mention) for s in statements] == [
        ("he would sit Putin down", "Tom Berg"),
        ("he was the first to say it", "Tom Berg"),
    ]
    # what the speaker says she felt and wanted stays one statement
    [one_report] = one(nlp, "Ann Lee said she was tired and wanted a new candidate.")
    assert one_report.quote == "she was tired and wanted a new candidate"


def test_a_noun_of_report_carries_its_infinitive_or_its_object(nlp: Language) -> None:
    [decision] = one(nlp, "Ann Lee's decision not to run surprised her allies.")
    assert (decision.quote, decision.cue, decision.speaker) == ("not to run", "decision", "Ann Lee")
    [attacks] = one(nlp, "Tom Berg's attacks on the mayor angered voters.")
    assert (attacks.quote, attacks.speaker) == ("the mayor", "Tom Berg")
    # a request for comment, a statement on a day: no content
    assert one(nlp, "Ann Lee did not respond to a request for comment.") == []
    assert one(nlp, "The ministry issued a statement on Friday.") == []


def test_as_in_time_is_not_a_report(nlp: Language) -> None:
    assert one(nlp, "His critique is moral, as he laments a throwaway culture.") == []


def test_seeing_without_taking_as_is_not_a_view(nlp: Language) -> None:
    assert one(nlp, "Ann Lee saw the car on Monday.") == []
    assert one(nlp, "Ann Lee found the posts on Monday.") == []  # found things: no finding
    assert one(nlp, "Ann Lee saw herself as a reformer.") == []  # of herself: no view


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The plan backed by the governor failed in the House.", "The plan", "the governor"),
        ("The bill the senator opposed passed on Tuesday.", "The bill", "the senator"),
        (
            "It relies on donors, an arrangement the Sanders campaign has criticized.",
            "an arrangement",
            "the Sanders campaign",
        ),
    ],
)
def test_a_noun_reported_from_inside_its_modifier(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The meeting was first reported by Politico.", "The meeting", "Politico"),
        ("The plan was criticized by Democrats as a giveaway.", "The plan", "Democrats"),
    ],
)
def test_the_subject_of_a_passive_is_what_its_agent_reports(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


def test_a_pronoun_subject_of_a_passive_is_not_a_statement(nlp: Language) -> None:
    assert one(nlp, "He was attacked by Democrats.") == []


def test_the_clause_after_the_cue_is_its_content(nlp: Language) -> None:
    text = (
        "But Mr. Berg went further than simply placating members: "
        "He also openly said that Ms. Lee wanted to coordinate with the forces."
    )
    [statement] = one(nlp, text)
    assert statement.quote == "Ms. Lee wanted to coordinate with the forces"


def test_the_last_of_several_coordinated_verbs_keeps_the_subject(nlp: Language) -> None:
    text = (
        "A few minutes later the organisers reversed themselves, rushed everyone inside "
        "the room and said they will register voters."
    )
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (
        "they will register voters",
        "the organisers",
    )


def test_a_colon_hands_the_quote_to_the_subject_before_it(nlp: Language) -> None:
    [statement] = one(nlp, "Ann Lee leaned in and boomed: “We will defeat her in November.”")
    assert (statement.kind, statement.speaker, statement.cue) == ("direct", "Ann Lee", "boomed")


def test_an_organisation_named_with_the_keeps_its_name(nlp: Language) -> None:
    [statement] = one(nlp, "“We will appeal the ruling,” the Valdorian government said.")
    assert (statement.speaker, statement.speaker_type) == ("Valdorian government", "organization")


def test_a_name_that_is_also_a_title_word_does_not_make_a_title(nlp: Language) -> None:
    text = (
        "Senator Ann Lee said on Thursday that the comment by Dr. Paul Song "
        "“was inappropriate and insensitive.”"
    )
    [statement] = one(nlp, text)
    assert (statement.kind, statement.quote) == (
        "partial",
        "the comment by Dr. Paul Song “was inappropriate and insensitive.”",
    )
    assert statement.speaker == "Ann Lee"


def test_a_scare_quote_can_be_what_a_verb_reports(nlp: Language) -> None:
    [statement] = one(nlp, "Ann Lee denounced “self-deportation” at the rally.")
    assert (statement.kind, statement.quote, statement.cue) == (
        "indirect",
        "“self-deportation”",
        "denounced",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Maria Ortiz thanked the mayor for “stepping up and taking action when the "
            "council would not.”",
            "Maria Ortiz",
            "Maria Ortiz",
        ),
        (
            "The crowd cheered Ann Lee’s call for “a total and complete shutdown of the border.”",
            "Ann Lee",
            "Ann Lee",
        ),
    ],
)
def test_a_quote_no_cue_reports_belongs_to_the_clause_that_carries_it(
    nlp: Language, text: str, speaker: str, mention: str
) -> None:
    [statement] = quoted(one(nlp, text))
    assert statement.cue is None
    assert (statement.speaker, statement.speaker_mention) == (speaker, mention)
    assert statement.confidence < 0.5


@pytest.mark.parametrize(
    "before",
    [
        "Ann Lee visited a steel plant in Ohio on Tuesday.",
        "Tom Hale stayed in Ohio. Ann Lee told workers the plant would reopen in May.",
    ],
)
def test_a_quote_paragraph_without_a_cue_continues_the_paragraph_before(
    nlp: Language, before: str
) -> None:
    text = f"{before}\n“We will bring these jobs back, every single one of them.”"
    statement = find(one(nlp, text), "We will bring")
    assert (statement.speaker, statement.speaker_mention) == ("Ann Lee", "Ann Lee")
    assert statement.confidence < 0.5


def test_a_quote_paragraph_without_attribution_goes_on_with_the_quote_before(
    nlp: Language,
) -> None:
    text = (
        "“When I was a girl, we left before half-time,” Minister Ann Lee said in Brask.\n"
        "“I want the children who come to this game to remember it for different reasons.”"
    )
    [statement] = one(nlp, text)
    assert statement.quote == (
        "When I was a girl, we left before half-time I want the children who come to this "
        "game to remember it for different reasons."
    )
    assert (statement.cue, statement.speaker) == ("said", "Ann Lee")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“France will always be France,” Ann Lee shot back.", "shot"),
        ("As Ann Lee put it, “the plan is dead on arrival in the Senate.”", "put"),
        ("Ann Lee pointed out that the plan was “dead on arrival in the Senate.”", "pointed out"),
        (
            "Ann Lee portrayed the plan as “a gift to the richest families in the state.”",
            "portrayed",
        ),
    ],
)
def test_more_reporting_verbs_attribute_quotes(nlp: Language, text: str, cue: str) -> None:
    [statement] = quoted(one(nlp, text))
    assert (statement.cue, statement.speaker) == (cue, "Ann Lee")
    assert statement.confidence >= 0.8


def test_put_and_fire_report_only_with_their_companion(nlp: Language) -> None:
    assert one(nlp, "Ann Lee put the box on the table. Tom Hale fired the manager.") == []


def test_a_word_or_two_quoted_in_a_speakers_clause_is_a_partial_quote(nlp: Language) -> None:
    text = "Angela Merkel hailed the deal with Turkey as a “breakthrough.”"
    [statement] = quoted(one(nlp, text))
    assert (statement.kind, statement.quote, statement.speaker) == (
        "partial",
        "breakthrough.",
        "Angela Merkel",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee joined the committee for a “unity” lunch on Friday.",
        "The storm hit the “old town” hardest.",
    ],
)
def test_a_word_or_two_labelling_a_thing_is_a_scare_quote(nlp: Language, text: str) -> None:
    assert quoted(one(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Ann Lee posted a photo of herself at a diner on Friday. “Happy Valentine’s Day!,” "
            "she tweeted. “The best pancakes are made in Ohio. I love this town!”",
            "Ann Lee",
            "she",
        ),
        (
            "“Happy Fourth of July!,” Tom Hale wrote. “The best fireworks are in Ohio.”",
            "Tom Hale",
            "Tom Hale",
        ),
    ],
)
def test_quoted_words_parsed_as_the_subject_are_not_the_speaker(
    nlp: Language, text: str, speaker: str, mention: str
) -> None:
    [statement] = quoted(one(nlp, text))
    assert (statement.speaker, statement.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "“Look, she needed to split the first two primaries,” added a state party official. "
            "“She has done that.”",
            "a state party official",
        ),
        (
            "“Having access to the voter file and two people who understand it is valuable,” "
            "said Skelly, explaining he had worked with both.",
            "Skelly",
        ),
    ],
)
def test_the_speaker_after_an_inverted_cue_is_found_when_the_parse_has_no_subject(
    nlp: Language, text: str, mention: str
) -> None:
    [statement] = quoted(one(nlp, text))
    assert statement.speaker_mention == mention


def test_a_straight_opening_mark_can_be_closed_by_a_curly_one(nlp: Language) -> None:
    text = '"I don’t think it is getting the attention people expected,” Ann Lee said.'
    [statement] = one(nlp, text)
    assert statement.quote == "I don’t think it is getting the attention people expected"
    assert (statement.cue, statement.speaker) == ("said", "Ann Lee")


def test_a_quote_opening_its_paragraph_takes_the_cue_that_follows_it(nlp: Language) -> None:
    text = (
        "“I love this town and I will never leave it,” Ann Lee said in August.\n"
        "“Who do they think they are?” Tom Hale said of the company in February."
    )
    statement = find(one(nlp, text), "Who do they think")
    assert (statement.cue, statement.speaker) == ("said", "Tom Hale")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The farmers’ union issued a statement saying it “will not accept these terms "
            "under any circumstances.”",
            "The farmers’ union",
        ),
        (
            "Ann Lee argued that a new database would keep people out, saying it was “all about "
            "management and nothing else.”",
            "Ann Lee",
        ),
    ],
)
def test_a_participle_cue_belongs_to_whoever_can_speak_above_it(
    nlp: Language, text: str, mention: str
) -> None:
    [statement] = quoted(one(nlp, text))
    assert (statement.cue, statement.speaker_mention) == ("saying", mention)


def test_according_to_a_document_is_according_to_its_author(nlp: Language) -> None:
    text = (
        "Support for the plan has fallen sharply this year, according to a new poll by the "
        "Pew Research Center."
    )
    [statement] = one(nlp, text)
    assert (statement.speaker, statement.speaker_type) == ("Pew Research Center", "organization")


def test_a_share_of_respondents_speaks_through_its_survey(nlp: Language) -> None:
    text = "In a poll conducted by the newspaper last month, 38 percent of voters said they trusted the mayor."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == ("they trusted the mayor", "a poll")


def test_the_clause_before_a_colon_introduces_the_quote_before_other_cues(
    nlp: Language,
) -> None:
    text = (
        "After a meeting that Tom Hale said was a failure, Ann Lee shrugged: “If they sue us "
        "in a court here, they are going to lose.”"
    )
    statement = find(one(nlp, text), "If they sue us")
    assert (statement.cue, statement.speaker) == ("shrugged", "Ann Lee")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Ann Lee: Hale ‘Better Qualified to Lead the City Than I Was When I Ran.’\n\n"
            "On Tuesday the senator spoke in Ohio.",
            "Ann Lee",
        ),
        (
            "Hale: ‘I Am the Worst Thing That Ever Happened to the Council.’\n\n"
            "On Tuesday the mayor spoke in Ohio.",
            "Hale",
        ),
    ],
)
def test_a_name_before_a_colon_speaks_the_quote_after_it(
    nlp: Language, text: str, mention: str
) -> None:
    [statement] = quoted(one(nlp, text))
    assert statement.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "kind"),
    [
        (
            "Graham: Trump’s rhetoric is destroying the party’s chance to win.\n\n"
            "Senator Lindsey Graham spoke in Iowa on Sunday.",
            "Lindsey Graham",
            "Trump’s rhetoric is destroying the party’s chance to win.",
            "indirect",
        ),
        (
            "Poll: Ann Lee ties Tom Hale in a three-way contest.\n\nThe race is close.",
            "Poll",
            "Ann Lee ties Tom Hale in a three-way contest.",
            "indirect",
        ),
        (
            "Ann Lee: Hale ‘Better Qualified to Lead the City Than I Was.’\n\n"
            "On Tuesday the senator spoke in Ohio.",
            "Ann Lee",
            "Hale ‘Better Qualified to Lead the City Than I Was.’",
            "partial",
        ),
        (
            "Ann Lee: “We will not give up on the plan this year.”\nThe senator spoke on Tuesday.",
            "Ann Lee",
            "We will not give up on the plan this year.",
            "direct",
        ),
    ],
)
def test_a_paragraph_opening_with_a_name_and_a_colon_is_that_speakers(
    nlp: Language, text: str, speaker: str, quote: str, kind: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.speaker, statement.quote, statement.kind) == (speaker, quote, kind)
    assert statement.cue == ":"


def test_a_transcript_turn_is_its_speakers_whole(nlp: Language) -> None:
    text = (
        "CNN’s Jake Tapper interviewed Oklahoma Governor Mary Fallin on Sunday.\n\n"
        "TAPPER: Do you think Donald Trump has campaigned as a healer?\n\n"
        "FALLIN: I think he is trying to campaign as a healer. I think that is his intent."
    )
    statements = one(nlp, text)
    assert [(s.speaker, s.speaker_mention, s.kind, s.quote[:20]) for s in statements] == [
        ("Jake Tapper", "TAPPER", "direct", "Do you think Donald "),
        ("Mary Fallin", "FALLIN", "direct", "I think he is trying"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Cruz to give away an engraved shotgun at a rally in Iowa.",
        "Follow Ann Lee on Twitter: she posts about the council every day.",
        "Photo: Reuters photographers covered the rally in Iowa on Sunday.",
    ],
)
def test_a_label_that_names_no_speaker_makes_no_statement(nlp: Language, text: str) -> None:
    assert one(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "“That is a legitimate concern, because they are very passionate,” Susan Sarandon, "
            "69, told MSNBC on Monday.",
            "Susan Sarandon",
            "Susan Sarandon",
        ),
        (
            "“Very good reporter, very good reporter this guy,” Donald Trump, the frontrunner "
            "nationally and the polling leader in South Carolina after winning the New Hampshire "
            "primary, said when Boyle asked him a question.",
            "Donald Trump",
            "Donald Trump",
        ),
        (
            "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "“Hillary Clinton believes that transatlantic cooperation is essential.”",
            "Jake Sullivan",
            "Jake Sullivan",
        ),
    ],
)
def test_the_person_named_before_a_cue_the_parse_left_without_subject_speaks(
    nlp: Language, text: str, speaker: str, mention: str
) -> None:
    [statement] = quoted(one(nlp, text))
    assert (statement.speaker, statement.speaker_mention) == (speaker, mention)


def test_the_dateline_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Trump, Ryan pledge to work together\n\nWASHINGTON (AP) — Donald Trump and House "
        "Speaker Paul Ryan pledged to work together despite their differences."
    )
    [statement] = one(nlp, text)
    assert statement.speaker_mention == "Donald Trump and House Speaker Paul Ryan"


def test_two_apostrophes_quote_like_a_double_mark(nlp: Language) -> None:
    text = (
        "''I'm a big fan of Paul,'' said Senator Jeff Sessions, Republican of Alabama. "
        "Mr. Sessions said he had not decided whom to endorse."
    )
    [quote] = quoted(one(nlp, text))
    assert (quote.quote, quote.kind, quote.speaker) == (
        "I'm a big fan of Paul",
        "direct",
        "Jeff Sessions",
    )


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Jeb Bush expanded on his argument that America must lead the campaign.", "Jeb Bush"),
        ("Ted Cruz talked up his plans to force undocumented immigrants out.", "Ted Cruz"),
        # a person object stands between: "his" is the object's
        ("Ann Lee criticised Tom Hale after his call for a ban on new offices.", "Tom Hale"),
    ],
)
def test_the_owner_of_a_saying_noun_is_named_by_the_person_it_stands_for(
    nlp: Language, text: str, mention: str
) -> None:
    [statement] = [s for s in one(nlp, text) if s.cue != "criticised"]
    assert statement.speaker_mention == mention


def test_a_quote_after_a_participle_of_the_attribution_goes_on_with_the_first(
    nlp: Language,
) -> None:
    # quote marks as two apostrophes, as The New York Times prints them
    text = (
        "''The key to the success of these ventures was the broader market timing,'' Mr. Hedge "
        "said, referring to the two Trump resorts. ''I assume they saw the luxury golf market "
        "returning, which it has done.''"
    )
    assert [(s.quote, s.cue) for s in one(nlp, text)] == [
        (
            "The key to the success of these ventures was the broader market timing I assume "
            "they saw the luxury golf market returning, which it has done.",
            "said",
        ),
        ("the two Trump resorts", "referring"),
    ]


def test_a_title_in_the_description_of_the_speaker_is_not_a_statement(nlp: Language) -> None:
    text = (
        "“It does sound as if the bureau believes a breach is likely,” said Adam Segal, the "
        "author of “Hacked World Order,” who studies cyber issues. “Attackers would have known.”"
    )
    assert [s.quote for s in one(nlp, text)] == [
        "It does sound as if the bureau believes a breach is likely Attackers would have known."
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "“Obama doesn’t get along with Putin,” Tom Hale said on ABC’s “This Week.” “Putin "
            "can’t stand our president.”",
            ["Obama doesn’t get along with Putin Putin can’t stand our president."],
        ),
        (
            "“Jobs, jobs, jobs,” Ann Lee said on “The Late Show With Stephen Colbert” last month.",
            ["Jobs, jobs, jobs"],
        ),
        (
            "In an interview with “Fox and Friends,” Ann Lee said the plan was dead.",
            ["the plan was dead"],
        ),
    ],
)
def test_a_programme_named_in_the_attribution_is_a_title(
    nlp: Language, text: str, quotes: list[str]
) -> None:
    assert [s.quote for s in one(nlp, text)] == quotes


def test_a_quoted_headline_followed_by_its_byline_is_a_title(nlp: Language) -> None:
    text = (
        "FAREWELL: “The Living Room to close at the end of December,” by Ann Lee of the "
        "Daily Herald. The club had opened in 1988."
    )
    assert one(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Her spokesman, Brian Fallon, said the campaign would appeal the ruling.",
            "Brian Fallon",
            "Her spokesman, Brian Fallon",
        ),
        (
            "The other candidate on the stage, former Secretary of State Hillary Clinton, drew "
            "a contrast, saying that concerns about job losses were real.",
            "Hillary Clinton",
            "The other candidate on the stage, former Secretary of State Hillary Clinton",
        ),
    ],
)
def test_a_person_named_beside_a_description_is_the_speaker(
    nlp: Language, text: str, speaker: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.speaker, statement.speaker_type, statement.speaker_mention) == (
        speaker,
        "person",
        mention,
    )


def test_that_said_reports_nothing(nlp: Language) -> None:
    text = "That said, Ann Lee also noted that the council punches back."
    assert [(s.cue, s.speaker) for s in one(nlp, text)] == [("noted", "Ann Lee")]


def test_the_organisation_named_before_speaks_through_its_common_noun(nlp: Language) -> None:
    text = (
        "The International Polar Science Consortium said the station would open in May. "
        "The consortium added that it hoped to recruit researchers from other states."
    )
    assert [(s.speaker, s.speaker_type) for s in one(nlp, text)] == [
        ("International Polar Science Consortium", "organization"),
        ("International Polar Science Consortium", "organization"),
    ]


def test_a_quote_in_a_clause_reported_by_a_speaker_is_theirs(nlp: Language) -> None:
    text = (
        "In the wake of the recession, Paul Ryan worried that the safety net was becoming "
        "“a hammock that lulls able-bodied people to lives of dependency.” Unemployment fell."
    )
    [statement] = quoted(one(nlp, text))
    assert (statement.speaker, statement.speaker_mention) == ("Paul Ryan", "Paul Ryan")


def test_the_clause_before_a_colon_keeps_its_quote_when_the_parse_hangs_it_below(
    nlp: Language,
) -> None:
    text = (
        'Clinton has since apologized for what happened: "Yes, I should have used two email '
        "addresses, one for personal matters and one for my work at the State Department. "
        'Not doing so was a mistake."\n\nThe inquiry continues.'
    )
    [statement] = quoted(one(nlp, text))
    assert (statement.speaker, statement.cue) == ("Clinton", "apologized")


def test_a_relative_pronoun_speaks_for_the_person_it_refers_to(nlp: Language) -> None:
    text = "Charles Barkley, who said he typically votes Democrat, criticised the party."
    said = next(s for s in one(nlp, text) if s.cue == "said")
    assert (said.speaker, said.speaker_type, said.speaker_mention) == (
        "Charles Barkley",
        "person",
        "who",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Jill Hale, a senior aide said, “is running the best campaign in the country.”",
            "a senior aide",
            "a senior aide",
        ),
        (
            "And Mr. Trump, said Kay Sunshine, who remains friendly with him, doesn't forget a "
            "slight.",
            "Kay Sunshine",
            "Kay Sunshine",
        ),
        ("Ted Cruz, Tom Wilkin said on Monday, has to fix the party.", "Tom Wilkin", "Tom Wilkin"),
        ("Voters, Ann Lee suggested, want a fighter.", "Ann Lee", "Ann Lee"),
    ],
)
def test_an_attribution_set_inside_its_statement_names_the_speaker_beside_the_cue(
    nlp: Language, text: str, speaker: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.speaker, statement.speaker_mention) == (speaker, mention)


def test_a_description_beside_a_name_before_the_cue_stays_the_named_speaker(
    nlp: Language,
) -> None:
    text = "Sen. Rand Paul, a Kentucky Republican said, “We need a plan.”"
    [statement] = one(nlp, text)
    assert statement.speaker == "Rand Paul"


def test_a_parenthetical_cue_before_a_quote_keeps_its_clause(nlp: Language) -> None:
    text = (
        "In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with "
        "courses. ''It was just waiting for a recession to knock the hell out of it,'' he said."
    )
    assert [(s.kind, s.quote, s.speaker) for s in one(nlp, text)] == [
        (
            "indirect",
            "In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with "
            "courses",
            "DiPietro",
        ),
        ("direct", "It was just waiting for a recession to knock the hell out of it", "DiPietro"),
    ]


def test_a_question_parsed_as_a_condition_is_what_was_asked(nlp: Language) -> None:
    text = "A reporter asked the mayor if she had been preparing for the flood."
    assert [(s.quote, s.cue) for s in one(nlp, text)] == [
        ("if she had been preparing for the flood", "asked")
    ]


def test_a_pronoun_skips_a_person_of_the_other_gender(nlp: Language) -> None:
    text = (
        "''It felt like we had patched it up,'' Mr. Rogan said. But Mrs. Clinton was not as "
        "friendly. She gripped his hands tensely, he said."
    )
    said = [s for s in one(nlp, text) if s.speaker_mention == "he"]
    assert [s.speaker for s in said] == ["Rogan"]


def test_a_no_break_space_is_only_a_space(nlp: Language) -> None:
    text = "“We will find out what happened,”\u00a0added Gowdy. The chair\u00a0said the panel met."
    assert [(s.speaker_mention, s.speaker) for s in one(nlp, text)] == [
        ("Gowdy", "Gowdy"),
        ("The chair", "The chair"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Ann Lee leads the race, according to a new poll.",
            "Ann Lee leads the race",
            "a new poll",
        ),
        (
            "According to a new poll, Ann Lee leads the race.",
            "Ann Lee leads the race",
            "a new poll",
        ),
    ],
)
def test_a_finding_is_the_clause_without_its_attribution(
    nlp: Language, text: str, content: str, source: str
) -> None:
    assert [(s.quote, s.speaker_mention) for s in one(nlp, text)] == [(content, source)]


def test_a_headline_label_the_tagger_reads_as_a_noun_still_names_the_speaker(
    nlp: Language,
) -> None:
    text = (
        "Trump: My immigration plans aren't set in stone.\n\n"
        "Donald Trump says parts of his immigration plan are negotiable."
    )
    first = one(nlp, text)[0]
    assert (first.quote, first.cue, first.speaker) == (
        "My immigration plans aren't set in stone.",
        ":",
        "Donald Trump",
    )


def test_a_quote_mark_glued_to_the_words_around_it_still_parts_them(nlp: Language) -> None:
    text = "Ann Lee said,“Look, the mine has no future.” They “traffic in paranoia,”Tom Fry said."
    assert [(s.cue, s.speaker) for s in one(nlp, text)] == [
        ("said", "Ann Lee"),
        ("said", "Tom Fry"),
    ]


def test_the_person_named_before_a_subjectless_cue_can_sit_before_a_short_quote(
    nlp: Language,
) -> None:
    text = (
        "“I’ve been to more successful conventions than this one,” Texas delegate Bill "
        "Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly "
        "as confetti fluttered."
    )
    first = one(nlp, text)[0]
    assert (first.quote, first.speaker) == (
        "I’ve been to more successful conventions than this one",
        "Bill Eastland",
    )


def test_a_participle_after_a_subordinate_clause_belongs_to_the_main_clause(
    seed: list[Statement],
) -> None:
    # "The US and Russian foreign ministers have sought to ease tensions in their first
    # meeting since President Joe Biden took office, saying they were ready to cooperate"
    [saying] = [s for s in seed if s.cue == "saying"]
    assert saying.speaker == "the US and Russian foreign ministers"


def test_a_preposition_before_the_cue_is_not_what_it_reports(nlp: Language) -> None:
    text = "Cement makers, for instance, argue that imports grew to 40 percent."
    assert [s.quote for s in one(nlp, text)] == ["imports grew to 40 percent"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ann Lee thanked the crowd before explaining why she left the party.",
            "why she left the party",
            "Ann Lee",
        ),
        (
            "After suggesting that he regretted the insults, Tom Fry changed the subject.",
            "he regretted the insults",
            "Tom Fry",
        ),
        (
            "Tom Fry pivoted to arguing that the epidemic was a reason to secure the border.",
            "the epidemic was a reason to secure the border",
            "Tom Fry",
        ),
        (
            "Noting he majored in philosophy, Allen said he tends to deliberate.",
            "he majored in philosophy",
            "Allen",
        ),
        (
            "Tom Fry will be able to win endorsements by citing his Iowa results.",
            "his Iowa results",
            "Tom Fry",
        ),
        (
            "Despite challenging the majority leader, Tom Fry left the party.",
            "the majority leader",
            "Tom Fry",
        ),
        (
            "Tom Fry sought to look tough, painting others as weak and suggesting that he"
            " would do whatever it took.",
            "he would do whatever it took",
            "Tom Fry",
        ),
        (
            "Tom Fry sought to bolster his credibility, painting others as weak.",
            "others as weak",
            "Tom Fry",
        ),
    ],
)
def test_a_gerund_of_a_clause_reports_what_its_subject_says(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in [(s.quote, s.speaker) for s in one(nlp, text)]


def test_a_gerund_after_for_is_not_the_subjects(nlp: Language) -> None:
    # the paper rebuked Tom Fry for what Tom Fry suggested, not for its own suggestion
    text = "The paper rebuked Tom Fry for suggesting that she had not been invited."
    assert [(s.quote, s.cue, s.speaker) for s in one(nlp, text)] == [
        ("Tom Fry for suggesting that she had not been invited", "rebuked", "The paper")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Asked what a firm commitment looks like, Ann Lee said she did not know.",
            "what a firm commitment looks like",
        ),
        (
            "She spoke in an interview on Monday when asked how ties would fare.",
            "how ties would fare",
        ),
        (
            "Ann Lee was asked a straightforward question about police violence.",
            "a straightforward question about police violence",
        ),
    ],
)
def test_what_someone_was_asked_has_no_source(nlp: Language, text: str, content: str) -> None:
    asked = [s for s in one(nlp, text) if s.cue.lower() == "asked"]
    assert [(s.quote, s.speaker, s.speaker_mention) for s in asked] == [(content, None, None)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("This seems like a fine and fair idea.", "This seems like a fine and fair idea"),
        # the parse joins "Kasich" to "Wednesday" and leaves "appears" without a subject
        (
            "Early voting began on Wednesday and Kasich appears to have the state to himself.",
            "to have the state to himself",
        ),
    ],
)
def test_an_impression_is_attributed_without_a_source(
    nlp: Language, text: str, content: str
) -> None:
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [(content, None)]


def test_what_someone_is_known_for_is_attributed_without_a_source(nlp: Language) -> None:
    text = "Ginsburg is known for speaking her mind."
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [
        ("Ginsburg is known for speaking her mind", None)
    ]


def test_calling_someone_something_reports_even_when_parsed_as_two_objects(
    nlp: Language,
) -> None:
    text = 'In December, the prince called for Trump to drop out of the race, calling him "a disgrace."'
    assert [(s.quote, s.cue, s.speaker_mention) for s in one(nlp, text)] == [
        ("Trump to drop out of the race", "called for", "the prince"),
        ("a disgrace.", "calling", "the prince"),
    ]


def test_seeing_something_as_something_is_a_view_where_the_parse_hangs_as_on_the_object(
    nlp: Language,
) -> None:
    text = "Experts see the elections held Sunday as a test of the generals."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (
        "the elections held Sunday as a test of the generals",
        "Experts",
    )


def test_seeing_something_as_an_adjective_is_a_view(nlp: Language) -> None:
    [statement] = one(nlp, "Four in 10 voters see the campaign of Donald Trump as most unfair.")
    assert (statement.quote, statement.speaker_mention) == (
        "the campaign of Donald Trump as most unfair",
        "Four in 10 voters",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee criticised Tom Hale in parliament over his call for a ban on imports.",
            "Tom Hale in parliament over his call for a ban on imports",
        ),
        ("A new poll shows Ann Lee with 47 percent.", "Ann Lee with 47 percent"),
    ],
)
def test_a_reported_object_keeps_what_it_is_reported_for(
    nlp: Language, text: str, content: str
) -> None:
    assert [s.quote for s in one(nlp, text)] == [content]


def test_calling_out_someone_reports_them_with_what_for(nlp: Language) -> None:
    text = "Yet by calling out Clinton on the substance of her attack, Axelrod occupied a role."
    assert [(s.quote, s.cue, s.speaker) for s in one(nlp, text)] == [
        ("Clinton on the substance of her attack", "calling out", "Axelrod")
    ]


def test_a_vote_to_act_is_a_position(nlp: Language) -> None:
    [statement] = one(nlp, "In 1988, Congress voted to compensate the victims.")
    assert (statement.quote, statement.cue, statement.speaker) == (
        "to compensate the victims",
        "voted",
        "Congress",
    )


def test_what_someone_considers_something_is_their_view(nlp: Language) -> None:
    [statement] = one(nlp, "Just 30 percent of all voters consider the mayor honest.")
    assert (statement.quote, statement.cue, statement.speaker_mention) == (
        "the mayor honest",
        "consider",
        "30 percent of all voters",
    )


def test_casting_oneself_as_something_is_a_stance(nlp: Language) -> None:
    text = "Cruz cast himself as a Washington outsider."
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [
        ("himself as a Washington outsider", "Cruz")
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Mr. Trump reported raising about $9 million during the month.",
            "raising about $9 million during the month",
            "reported",
        ),
        (
            "Cruz supports squeezing out undocumented immigrants.",
            "squeezing out undocumented immigrants",
            "supports",
        ),
        ("Ann Lee referenced the senator's remarks.", "the senator's remarks", "referenced"),
        ("Tom Fry does not expect a deal before 2017.", "a deal", "expect"),
        ("She touched on the economy.", "the economy", "touched"),
        ("Democrats are hoping for a big win in Ohio.", "a big win in Ohio", "hoping"),
        ("Democrats voiced criticism for the new tax plan.", "the new tax plan", "criticism"),
        ("Prosecutors charged the officer with murder.", "murder", "charged"),
        ("He distanced himself from the remarks.", "the remarks", "distanced"),
        ("Bill Clinton agreed with the analysis.", "the analysis", "agreed"),
        (
            "Trump has taken a firm stance against illegal immigration.",
            "illegal immigration",
            "stance",
        ),
        ("Rush Limbaugh has even likened Perez to Hugo Chavez.", "Perez to Hugo Chavez", "likened"),
        ("Tom Fry complained of the imbalance he sees.", "the imbalance he sees", "complained"),
        ("Ann Lee is worried about the deficit.", "the deficit", "worried"),
        ("He retweeted a post about the rally.", "a post about the rally", "retweeted"),
        ("Murphy has spoken out in favor of gun control.", "gun control", "favor"),
        ("The PAC raised $58 million in support of Rubio.", "Rubio", "support"),
        (
            "He is holding rallies in hopes of connecting with supporters.",
            "connecting with supporters",
            "hopes",
        ),
        (
            "Devine made it clear that his boss wanted a firmer deal.",
            "his boss wanted a firmer deal",
            "clear",
        ),
    ],
)
def test_stances_of_the_lexicon(nlp: Language, text: str, content: str, cue: str) -> None:
    assert [(s.quote, s.cue) for s in one(nlp, text)] == [(content, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The rain expected a deal.",  # expecting is a person's stance
        "It is clear that the plan failed.",  # the writer's own assertion
        # winning is no view, even when the parse hangs a clause on it
        "In Nevada, Clinton won at least 19 delegates and Bernie Sanders won at least 15.",
    ],
)
def test_what_is_no_stance_of_the_subject(nlp: Language, text: str) -> None:
    assert one(nlp, text) == []


def test_a_quote_resumed_after_a_long_attribution_is_one_statement(nlp: Language) -> None:
    text = (
        "“The government wants its own soldiers opening every crate,” the diplomat said, "
        "asking not to be named because the talks were confidential and the two delegations "
        "had agreed to say nothing in public. “Neither of them is moving.”"
    )
    [statement] = [s for s in one(nlp, text) if s.kind == "direct"]
    assert statement.quote == (
        "The government wants its own soldiers opening every crate Neither of them is moving."
    )


def test_partial_quotes_of_one_sentence_and_one_cue_are_one_statement(nlp: Language) -> None:
    text = (
        "Fundraising was “stagnant for about a month or six weeks” as donors waited to see how "
        "a “turbulent election cycle” played out, Tom Fry said."
    )
    assert [(s.quote, s.kind, s.speaker) for s in one(nlp, text)] == [
        (
            "Fundraising was “stagnant for about a month or six weeks” as donors waited to see "
            "how a “turbulent election cycle” played out",
            "partial",
            "Tom Fry",
        )
    ]


def test_a_partial_quote_inside_a_reported_clause_is_part_of_the_clause(
    nlp: Language,
) -> None:
    text = (
        "Dr Ann Lee said the cases were “concentrated but not contained” and warned that "
        "the season could increase transmission."
    )
    assert [(s.quote, s.kind, s.cue, s.speaker) for s in one(nlp, text)] == [
        ("the cases were “concentrated but not contained”", "partial", "said", "Ann Lee"),
        ("the season could increase transmission", "indirect", "warned", "Ann Lee"),
    ]


def test_a_sentence_in_marks_after_words_of_the_reported_clause_is_part_of_it(
    nlp: Language,
) -> None:
    text = (
        "Tom Hale added that in the end “the town could not escape its record, and for all "
        "its attempts it did not work.”"
    )
    assert [(s.quote, s.kind, s.speaker) for s in one(nlp, text)] == [
        (
            "in the end “the town could not escape its record, and for all its attempts it did "
            "not work.”",
            "partial",
            "Tom Hale",
        )
    ]


def test_a_participle_after_the_reported_clause_is_the_reporters_next_statement(
    nlp: Language,
) -> None:
    text = (
        "Ann Lee said last week that Tom Hale represented the old guard, adding that he would lose."
    )
    assert [(s.quote, s.cue, s.speaker) for s in one(nlp, text)] == [
        ("Tom Hale represented the old guard", "said", "Ann Lee"),
        ("he would lose", "adding", "Ann Lee"),
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The ministry has said 2,093 of the emails were redacted because they contained "
            "classified material, the vast majority of them rated “confidential,” the lowest level.",
            "2,093 of the emails were redacted because they contained classified material, the "
            "vast majority of them rated “confidential,”",
        ),
        (
            "The actress explained why being portrayed as such is actually a “backhanded "
            "compliment.”",
            "why being portrayed as such is actually a “backhanded compliment.”",
        ),
    ],
)
def test_a_quote_that_goes_on_with_its_cues_clause_is_part_of_it(
    nlp: Language, text: str, quote: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.kind) == (quote, "partial")


def test_a_clause_that_is_all_quote_is_the_quoted_words(nlp: Language) -> None:
    [statement] = one(nlp, "Ann Lee said that “We will win the vote in the end.”")
    assert statement.quote == "We will win the vote in the end."


def test_a_quote_that_a_verb_takes_as_its_object_stays_the_quoted_words(
    nlp: Language,
) -> None:
    [statement] = one(nlp, "Foreign Minister Lena Marovic described the deal as “historic”.")
    assert (statement.quote, statement.kind, statement.cue) == ("historic", "partial", "described")


def test_the_person_a_misparse_hangs_on_an_earlier_noun_still_speaks(nlp: Language) -> None:
    text = (
        "As a part of his plea, Marcel Lazar, 44, said that he victimized nearly 100 "
        "Americans from his home overseas."
    )
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [
        ("he victimized nearly 100 Americans from his home overseas", "Marcel Lazar")
    ]


def test_a_quote_belongs_to_the_nearer_of_two_cues(nlp: Language) -> None:
    text = (
        "Carson said he saw no need to change his campaign, telling Stephanopolous that "
        "“we tell the truth, we deal with the issues” and that he had seen support."
    )
    cues = {s.quote: s.cue for s in one(nlp, text)}
    assert cues["we tell the truth, we deal with the issues"] == "telling"
    assert any(q.startswith("he saw no need") and c == "said" for q, c in cues.items())


def test_a_short_quote_cut_from_its_attribution_by_the_sentence_splitter_keeps_it(
    nlp: Language,
) -> None:
    assert [(s.quote, s.cue, s.speaker) for s in one(nlp, "“No way!” Trump said.")] == [
        ("No way!", "said", "Trump")
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mr. Sanders took issue with recent criticism of his record.",
            "recent criticism of his record",
            "Sanders",
        ),
        (
            "Trump made no mention of God, religion or his faith.",
            "God, religion or his faith",
            "Trump",
        ),
        (
            "Ann Lee repeatedly made the case that the party needs new voters.",
            "the party needs new voters",
            "Ann Lee",
        ),
        (
            "Sanders also took a swipe at the Clinton Foundation.",
            "the Clinton Foundation",
            "Sanders",
        ),
        ("Ann Lee regularly tells the story of how she won.", "how she won", "Ann Lee"),
        ("Pence had harsh words for Clinton.", "Clinton", "Pence"),
        ("Ann Lee avoided all mention of Tom Fry.", "Tom Fry", "Ann Lee"),
        ("Ann Lee withheld support from Tom Fry.", "Tom Fry", "Ann Lee"),
        # the voters' votes: the phrase's speaker is the verb's subject, not the noun's owner
        ("Voters cast their votes for Trump.", "Trump", "Voters"),
    ],
)
def test_a_light_verb_phrase_reports_like_a_verb(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    assert [(s.quote, s.speaker) for s in one(nlp, text)] == [(content, speaker)]


def test_a_light_verb_with_another_noun_reports_nothing(nlp: Language) -> None:
    assert one(nlp, "Trump made a sandwich for the issue.") == []


def test_what_as_reported_by_attributes_is_the_clause(nlp: Language) -> None:
    [statement] = one(nlp, "As reported by Politico, the two men met in May.")
    assert (statement.quote, statement.speaker_mention) == ("the two men met in May", "Politico")


def test_made_clear_without_it_is_a_stance(nlp: Language) -> None:
    [statement] = one(nlp, "He has also made clear he will seek to influence the platform.")
    assert (statement.quote, statement.speaker_mention) == (
        "he will seek to influence the platform",
        "He",
    )


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "All three candidates issued statements condemning the attacks.",
            "the attacks",
            "All three candidates",
        ),
        ("Ms. Lee gave a speech denouncing the tax plan.", "the tax plan", "Ms. Lee"),
        ("The group ran ads attacking Senator Reid.", "Senator Reid", "The group"),
    ],
)
def test_a_message_says_what_its_participle_reports_for_its_issuer(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


def test_a_participle_of_a_thing_that_is_no_message_reports_nothing(nlp: Language) -> None:
    assert one(nlp, "The firm filed forms detailing its finances.") == []


def test_a_message_speaks_for_its_owner(nlp: Language) -> None:
    text = "Hillary Clinton spoke on Monday. In her statement condemning the test, she left."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention, statement.speaker) == (
        "the test",
        "her",
        "Hillary Clinton",
    )


def test_comparing_reports_the_object_with_what_it_is_compared_to(nlp: Language) -> None:
    [statement] = one(nlp, "She compared abortion to the Holocaust and slavery.")
    assert (statement.quote, statement.speaker_mention) == (
        "abortion to the Holocaust and slavery",
        "She",
    )


def test_an_adverb_may_sit_between_called_and_for(nlp: Language) -> None:
    [statement] = one(nlp, "Donald Trump called again for President Obama to resign.")
    assert (statement.quote, statement.speaker_mention) == (
        "President Obama to resign",
        "Donald Trump",
    )


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Right to Rise, a super PAC backing Jeb Bush, has been relentless.",
            "Jeb Bush",
            "a super PAC",
        ),
        ("Democrats supporting Mrs. Clinton met on Monday.", "Mrs. Clinton", "Democrats"),
        ("It sent shudders through those supporting Clinton.", "Clinton", "those"),
        # and findings: what a poll or a ledger shows
        (
            "Priebus spoke on Sunday, after a new poll showing Trump's standing with Latinos.",
            "Trump's standing with Latinos",
            "a new poll",
        ),
        (
            "Manafort faced scrutiny over handwritten ledgers showing he was paid in cash.",
            "he was paid in cash",
            "handwritten ledgers",
        ),
    ],
)
def test_a_participle_of_someone_who_can_speak_reports_for_them(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


def test_what_a_poll_finds_is_its_finding(nlp: Language) -> None:
    [statement] = one(nlp, "A new poll finds a generation that is more pragmatic than its parents.")
    assert (statement.quote, statement.speaker_mention) == (
        "a generation that is more pragmatic than its parents",
        "A new poll",
    )


def test_agreeing_on_something_is_an_act_not_a_stance(nlp: Language) -> None:
    assert one(nlp, "The two sides agreed on the route.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sanders called her fallen son her hero before explaining why she forgave him.",
            "her fallen son her hero",
        ),
        (
            "Still, he called Clinton's public squabble with the intelligence community unusual.",
            "Clinton's public squabble with the intelligence community unusual",
        ),
    ],
)
def test_what_an_object_is_called_may_be_parsed_into_it(
    nlp: Language, text: str, content: str
) -> None:
    assert content in [s.quote for s in one(nlp, text)]


def test_calling_someone_described_in_commas_is_a_call(nlp: Language) -> None:
    assert one(nlp, "He called his brother, a doctor, on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Sanders's argument on Sunday was that superdelegates should switch sides.",
            "superdelegates should switch sides",
            "Sanders",
        ),
        (
            "Francis' message is to call on all Christians to be more Christian.",
            "to call on all Christians to be more Christian",
            "Francis",
        ),
    ],
)
def test_what_a_report_is_after_be_is_its_content(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


def test_an_infinitive_after_an_adjective_reports_for_the_clause_subject(nlp: Language) -> None:
    text = "The actors are all quick to point out that they are not the real Donald."
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (
        "they are not the real Donald",
        "The actors",
    )


def test_a_message_named_after_a_preposition_speaks_for_who_made_it(nlp: Language) -> None:
    text = "It centers on comments Ann Lee made during a speech attacking the nominee."
    assert ("the nominee", "Ann Lee") in [(s.quote, s.speaker_mention) for s in one(nlp, text)]


def test_a_cue_lent_to_the_next_sentences_quotes_still_reports_its_own_clause(
    nlp: Language,
) -> None:
    text = (
        "The derogatory comments had two goals, the admiral said. First, they were meant to"
        " show that the command was ''disconnected from the rest of government,'' an idea"
        " that was ''completely untrue.''"
    )
    statements = one(nlp, text)
    first = statements[0]
    assert (first.quote, first.kind, first.speaker_mention) == (
        "The derogatory comments had two goals",
        "indirect",
        "the admiral",
    )
    assert {s.speaker_mention for s in statements} == {"the admiral"}


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            'Couple global exposure with a "candidate who is a lightning rod" and Clevelanders'
            " get nervous, said Christine Link, executive director of the American Civil"
            " Liberties Union in Ohio.",
            'Couple global exposure with a "candidate who is a lightning rod" and Clevelanders'
            " get nervous",
            "Christine Link",
        ),
        (
            "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under"
            " intense pressure from Asian imports, said the company's chief executive, John"
            " J. Ferriola.",
            "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under"
            " intense pressure from Asian imports",
            "the company's chief executive, John J. Ferriola",
        ),
    ],
)
def test_an_attribution_closing_its_sentence_reports_what_comes_before_it(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


@pytest.mark.parametrize(
    "text",
    [
        "As the votes were counted, the senator said.",
        "But asked after the meeting if Russia had agreed to the summit, Lavrov did not reply.",
    ],
)
def test_an_occasion_before_an_attribution_is_not_what_it_reports(nlp: Language, text: str) -> None:
    assert one(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A federal judge ordered the State Department to release the emails by January.",
            "to release the emails by January",
        ),
        ("The governor has ordered a review of the visa program.", "a review of the visa program"),
    ],
)
def test_an_order_is_reported_speech(nlp: Language, text: str, content: str) -> None:
    [statement] = one(nlp, text)
    assert statement.quote == content


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "In the latest CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
            "she led Mr. Sanders 56 percent to 32 percent",
            "the latest CBS News poll",
        ),
        (
            "Trump leads Clinton among men by 8 percentage points in the survey.",
            "Trump leads Clinton among men by 8 percentage points",
            "the survey",
        ),
        (
            "In a new poll, Democracy Corp found that voters are angry.",
            "voters are angry",
            "Democracy Corp",
        ),
    ],
)
def test_a_poll_reports_the_clause_it_is_in(
    nlp: Language, text: str, content: str, mention: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (content, mention)


def test_leading_in_the_polls_names_no_source(nlp: Language) -> None:
    assert one(nlp, "He is still leading in the polls.") == []


def test_a_digest_line_crediting_its_source_in_brackets_is_no_heading(nlp: Language) -> None:
    text = "-Matthew Yglesias thinks Trump will cause long term damage to the party. [Vox]"
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker) == (
        "Trump will cause long term damage to the party",
        "Matthew Yglesias",
    )


def test_reminding_someone_of_something_is_a_likeness_not_speech(nlp: Language) -> None:
    assert one(nlp, "John Kasich reminds us of the houseguest who won't leave.") == []


def test_a_quote_after_an_autobiography_is_its_title(nlp: Language) -> None:
    text = "In his autobiography, ''A Time for Truth,'' Mr. Cruz described his childhood."
    assert quoted(one(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "backed", "backers"),
    [
        (
            "Rubio has won overwhelming support from members of Congress.",
            "Rubio",
            "members of Congress",
        ),
        (
            "Trump earned the support of nearly four in 10 likely voters.",
            "Trump",
            "four in 10 likely voters",
        ),
        (
            "His strong support among social conservatives makes Carson dangerous.",
            "His",
            "social conservatives",
        ),
        ("The PAC has the support of women.", "The PAC", "women"),
    ],
)
def test_support_from_someone_is_their_backing(
    nlp: Language, text: str, backed: str, backers: str
) -> None:
    [statement] = one(nlp, text)
    assert (statement.quote, statement.speaker_mention) == (backed, backers)


def test_ones_support_of_something_is_ones_own(nlp: Language) -> None:
    [statement] = one(nlp, "He defended his support of the loophole.")
    assert (statement.quote, statement.speaker_mention) == ("his support of the loophole", "He")


def test_a_cue_with_its_own_clause_does_not_report_a_scare_quote_outside_it(
    nlp: Language,
) -> None:
    text = "He gestured “no” with his hands and declared that together they should win."
    statements = one(nlp, text)
    assert [(s.quote, s.cue) for s in statements] == [
        ("no", None),
        ("together they should win", "declared"),
    ]


def test_pledged_delegates_are_a_kind_of_delegate(nlp: Language) -> None:
    assert one(nlp, "She clinched an outright majority of regular, pledged delegates.") == []
