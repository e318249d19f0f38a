"""The cue lexicon of indirect statements: which verbs attribute what, and how.

Each lemma (spaCy lemma, lower case) maps to the complements it reports:

- ``clause``: a clausal complement, "X said (that) ...", "polls show ...";
- ``object``: a noun-phrase object, "X praised the plan", "X denied the report";
- ``infinitive``: an open complement, "X vowed to fight", "X refused to comment";
- ``as``: an object with what it is taken as, "X views the deal as a mistake",
  "X considers him a threat".

Nouns of :data:`NOMINAL_CUES` report the "that" clause they take ("his warning that
...", "X repeated claims that ..."); the speaker is their possessor or the subject of
the verb they are the object of. Nouns of :data:`NOMINAL_COMPLEMENTS` report their
infinitive or prepositional object, adjectives of :data:`STANCE_ADJECTIVES` what they
are about. Verbs of :data:`AGENTIVE_CUES` report their object only when a person or
organisation does them; :data:`PASSIVE_CUES`, :data:`NAMING_CUES` and :data:`EVIDENTIAL_CUES`
attribute with no source ("X is expected to ...", "known as ...", "X seems to ...").

Extend freely: add a lemma to the group that describes how it reports.
"""

from __future__ import annotations

from typing import Final

CLAUSE: Final = "clause"
OBJECT: Final = "object"
INFINITIVE: Final = "infinitive"
AS: Final = "as"


def _words(block: str) -> list[str]:
    return block.split()


def _by_word(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """``{"talk": "about of"}`` -> ``{"talk": frozenset({"about", "of"})}``."""
    return {word: frozenset(values.split()) for word, values in table.items()}


_CLAUSE_VERBS = _words(
    """
say tell add warn insist stress respond reply state note claim argue explain announce
declare confirm deny write tweet post suggest acknowledge admit assert comment remark
reiterate emphasise emphasize underline underscore predict promise vow pledge threaten
caution concede complain recall maintain contend observe report disclose reveal allege
testify proclaim repeat continue conclude agree lament boast estimate forecast hint signal
indicate believe think know show find feel fear hope expect worry learn hear assume doubt
guess imagine realize realise recognize recognise understand reckon suspect speculate
charge joke tout mention point demonstrate prove figure decide determine insinuate imply
guarantee assure reassure inform remind convince teach brag muse wonder ask question
"""
)

_OBJECT_VERBS = _words(
    """
praise criticize criticise endorse back support oppose slam blast attack condemn denounce
applaud welcome reject dismiss deny announce propose mention discuss cite defend mock
question challenge blame thank demand urge unveil tout champion favor favour prefer decry
lambaste ridicule recommend request seek want deride disparage hail commend laud
acknowledge admit predict promise pledge vow threaten describe accuse call label brand
dub characterize characterise slam rip knock fault scold chide rebuke berate
show reveal indicate highlight list name say
stress underscore reiterate echo note tweet express confirm disclose
congratulate assail outline
reference remember recount invoke credit detail dispute relish recite rebut retweet
explain
"""
)

# Verbs that report their object only when a person or organisation does them: "Obama
# embraced the plan", "the party promoted its platform" (not "the region offers rich
# resources").
_AGENTIVE_OBJECT_VERBS = _words(
    """
ignore address accept understand believe report identify fear recall counter
emphasize emphasise offer promote embrace encourage claim present expect order
"""
)

_INFINITIVE_VERBS = _words(
    """
vow promise pledge threaten refuse urge swear decline offer decide plan intend aim hope
ask tell warn remind propose expect
report support oppose favor favour prefer
advise encourage implore beg instruct challenge claim
vote order press push
"""
)


_AS_VERBS = _words(
    """
view regard see consider deem portray depict paint cast frame perceive identify compare
liken
"""
)

# What the object of a verb of :data:`AS` is taken as, when it is not "as": "compared the
# plan to a tax hike".
TAKEN_AS_PREPOSITIONS: Final = _by_word({"compare": "to with", "liken": "to"})

# Prepositions after a reported object that belong to what is reported: "criticized Trump
# over his call for a ban", "scolded Romney for suggesting ...", "showed Sanders with 47
# percent", "defended the group against attacks".
OBJECT_PREPOSITIONS: Final = frozenset(_words("for over about against on with to"))


def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for kind, verbs in (
        (CLAUSE, _CLAUSE_VERBS),
        (OBJECT, _OBJECT_VERBS + _AGENTIVE_OBJECT_VERBS),
        (INFINITIVE, _INFINITIVE_VERBS),
        (AS, _AS_VERBS),
    ):
        for verb in verbs:
            table.setdefault(verb, set()).add(kind)
    return {verb: frozenset(kinds) for verb, kinds in table.items()}


INDIRECT_CUES: Final[dict[str, frozenset[str]]] = _table()

AGENTIVE_CUES: Final = frozenset(_AGENTIVE_OBJECT_VERBS)

# Verbs that attribute without a source when passive and without agent: "X is expected
# to win", "it was reported that ...", "asked whether ..., she said".
PASSIVE_CUES: Final = frozenset(
    _words(
        """
expect ask say report believe think rumor rumour allege estimate predict project tell
"""
    )
)

# Verbs of taking as, passive without agent: "the contests known as Super Tuesday",
# "X is considered a liberal" (not the mere names of "a company called X").
NAMING_CUES: Final = frozenset(_words("know describe regard consider view see deem"))

# Adverbs that attribute their clause to sources the text does not name: "X reportedly
# met the donors".
REPORTING_ADVERBS: Final = frozenset(_words("reportedly allegedly"))

# Verbs of appearance: the writer attributes an impression, "X seems to ...".
EVIDENTIAL_CUES: Final = frozenset(_words("seem appear"))

# Word forms the tagger's lemmatizer gets wrong: "hopes" -> "hop".
LEMMA_FIXES: Final = {
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
    "retweeted": "retweet",
    "retweets": "retweet",
}

# Manners of speaking and asserting that report a quote: "“Wait,” she whispered."
SPEECH_MANNERS: Final = frozenset(
    _words(
        """
advise affirm attest aver avow bark beam beg bellow bemoan beseech blurt confess confide
counter crow cry decry divulge drawl enquire inquire enthuse entreat exult fume gasp gloat
groan grumble hiss holler implore inform interrupt jeer laugh mention mourn murmur narrate
notify object opine posit profess protest query rant rave rasp rebut recite reckon refute
rejoin remind riposte roar snarl sneer sob speculate squeal stammer stutter summarise
summarize surmise swear taunt tease theorise theorize weep whisper wonder
"""
    )
)

# What people issue that says something in their name: "issued statements condemning the
# attacks", "her speech denouncing his policies", "ads attacking Clinton".
MESSAGE_NOUNS: Final = frozenset(
    _words(
        """
statement letter memo ad advertisement commercial tweet post op-ed editorial speech
release resolution petition column essay placard banner poster billboard flier flyer mailer
robocall email e-mail
"""
    )
)

# What finds things out: what they find is a finding ("A new poll finds Trump ahead").
FINDING_NOUNS: Final = frozenset(
    _words(
        """
poll survey study report analysis inquiry investigation research review audit paper probe
data record document ledger filing
"""
    )
)

# Polls report the clause "in" them attaches to: "In the latest poll, Clinton leads".
POLL_NOUNS: Final = frozenset(_words("poll survey"))

# Nouns that report a "that" clause: "his warning that ...", "expressed concern that ...".
NOMINAL_CUES: Final = frozenset(
    _words(
        """
claim warning accusation allegation assertion suggestion insistence argument concern fear
hope belief view promise pledge vow threat statement announcement prediction admission
denial charge complaint confirmation remark comment message reminder assurance
acknowledgement acknowledgment recommendation assessment contention conclusion estimate
expectation worry doubt suspicion prediction argument position opinion point
"""
    )
)

# Nouns that report what follows them: an infinitive (``inf``: "his promise to build a
# wall") or the object of a preposition ("her criticism of the plan", "calls for a ban").
# The speaker is their possessor, the object of "by"/"from", or the subject of the verb
# they are the object of.
NOMINAL_COMPLEMENTS: Final[dict[str, frozenset[str]]] = _by_word(
    {
        "criticism": "of for",
        "attack": "on against",
        "call": "inf for",
        "demand": "inf for",
        "request": "inf for",
        "appeal": "inf for",
        "plea": "inf for",
        "push": "inf for",
        "support": "for of",
        "favor": "of",
        "favour": "of",
        "hope": "inf of for",
        "opposition": "to",
        "endorsement": "of",
        "praise": "for of",
        "mention": "of",
        "comment": "on about",
        "remark": "on about",
        "statement": "on about",
        "question": "about over on",
        "concern": "about over",
        "worry": "about over",
        "fear": "of about",
        "complaint": "about",
        "warning": "about against of",
        "claim": "of about",
        "allegation": "of about",
        "accusation": "of",
        "view": "of on",
        "opinion": "of on",
        "assessment": "of",
        "position": "on against",
        "stance": "on against",
        "proposal": "inf for",
        "plan": "inf for",
        "decision": "inf",
        "promise": "inf of",
        "pledge": "inf of",
        "vow": "inf",
        "threat": "inf",
        "refusal": "inf",
        "offer": "inf",
        "intention": "inf",
        "commitment": "inf",
        "desire": "inf",
        "willingness": "inf",
        "unwillingness": "inf",
        "declaration": "of",
        "denial": "of",
        "defense": "of",
        "defence": "of",
        "condemnation": "of",
        "rejection": "of",
        "aim": "at",
        "doubt": "on about",
        "argument": "for against",
    }
)

# Phrases of a light verb and a noun that report the object of a preposition or a clause
# (``that``): "took aim at <X>", "made no mention of <X>", "made the case that <X>". The
# speaker is the verb's subject.
LIGHT_VERB_NOUNS: Final[dict[str, dict[str, frozenset[str]]]] = {
    verb: _by_word(nouns)
    for verb, nouns in {
        "take": {
            "aim": "at",
            "issue": "with",
            "swipe": "at",
            "jab": "at",
            "credit": "for",
            "stance": "on against",
            "stand": "on against",
            "exception": "to",
        },
        "make": {
            "case": "that for against",
            "mention": "of",
            "reference": "to",
            "secret": "of",
            "apology": "for",
            "appeal": "to for",
        },
        "pay": {"tribute": "to", "homage": "to"},
        "cast": {"doubt": "on over", "vote": "for against"},
        "tell": {"story": "of about", "joke": "about", "tale": "of about"},
        "have": {"word": "for about"},
        "draw": {"attention": "to", "contrast": "with between", "parallel": "with between"},
        "call": {"attention": "to"},
        "shed": {"light": "on"},
        "heap": {"praise": "on"},
        "sound": {"alarm": "about over on"},
        "give": {"credit": "to for"},
        "throw": {"support": "behind"},
        "lend": {"support": "to"},
        "withhold": {"support": "from"},
    }.items()
}

# Nouns of opinion that attribute the clause they are fronted to: "In Ann Lee's view,
# <content>".
OPINION_NOUNS: Final = frozenset(_words("view opinion words estimation judgment mind eyes"))

# Adjectives of stance after "be"/"seem": the subject's attitude to an infinitive, a
# clause or the object of a preposition, "X is eager to ...", "X was confident that
# ...", "X is optimistic about ...".
STANCE_ADJECTIVES: Final[dict[str, frozenset[str]]] = _by_word(
    {
        "unwilling": "",
        "eager": "for",
        "keen": "on",
        "reluctant": "",
        "confident": "about of in",
        "optimistic": "about",
        "pessimistic": "about",
        "hopeful": "about",
        "skeptical": "of about",
        "sceptical": "of about",
        "convinced": "of",
        "certain": "about of",
        "aware": "of",
        "unaware": "of",
        "adamant": "about",
        "afraid": "of",
        "fearful": "of",
        "proud": "of",
        "pleased": "with about",
        "angry": "about at over with",
        "upset": "about at over with",
        "furious": "about at over with",
        "critical": "of",
        "supportive": "of",
        "dismissive": "of",
        "wary": "of",
        "open": "to",
        "opposed": "to",
        "committed": "to",
        "intent": "on",
        "clear": "",
        "worried": "about",
        "concerned": "about",
        "interested": "in",
    }
)

# Verbs that report the object of a preposition: "X talked about the economy".
PREPOSITION_CUES: Final[dict[str, frozenset[str]]] = _by_word(
    {
        "talk": "about",
        "speak": "about of against out",
        "refer": "to",
        "point": "to at",
        "apologize": "for",
        "apologise": "for",
        "argue": "for against",
        "push": "for",
        "advocate": "for",
        "warn": "about against of",
        "complain": "about of",
        "comment": "on",
        "rail": "against",
        "accuse": "of",
        "blame": "for",
        "praise": "for",
        "criticize": "for",
        "criticise": "for",
        "ask": "about for",
        "testify": "about",
        "boast": "about of",
        "brag": "about",
        "joke": "about",
        "insist": "on",
        "vote": "for against",
        "campaign": "for against",
        "lobby": "for against",
        "press": "for",
        "plead": "for",
        "call": "for on",
        "focus": "on",
        "allude": "to",
        "vouch": "for",
        "hint": "at",
        "dwell": "on",
        "weigh": "in on",
        "disagree": "with on",
        "agree": "with",
        "side": "with",
        "stand": "by with",
        "lash": "out at",
        "lean": "toward towards",
        "object": "to",
        "charge": "with",
        "touch": "on upon",
        "hope": "for",
        "distance": "from",
        "muse": "about on",
        "speculate": "about on",
        "remind": "about",
        "write": "about",
        "tweet": "about",
        "reflect": "on upon",
        "opine": "on about",
        "elaborate": "on",
        "rave": "about",
        "worry": "about",
        "reminisce": "about",
        "lecture": "on about",
        "chat": "about",
        "caution": "against about",
    }
)
