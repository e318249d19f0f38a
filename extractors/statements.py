"""Statements: who said what, found in a parsed article.

The extractor works in three passes over ``doc`` (``nlp(article_text)``):

1. **Quote spans** are found on the characters, paragraph by paragraph: straight
   ``"..."``, curly ``“...”`` and single curly ``‘...’`` marks (an ``’`` only closes a
   single quote that is open, so the apostrophes of "leaders’" or "don’t" never do).
   Odd mark counts are tolerated: an unclosed quote runs to the end of its paragraph,
   unless the next paragraph opens with a quote mark, in which case the quote
   continues there (the newspaper convention for a quote over several paragraphs).
2. **Cues** (reporting verbs, :data:`CUE_LEMMAS`) are found on the dependency parse:
   first the nearest cue among the syntactic ancestors of the quoted words, then any
   cue in the same sentence, then the statement just before in the same paragraph
   (split quotes: ``"...," he said, "..."``), then a cue with a subject in the
   sentence just before or after the quote, then the main verb of a clause that
   introduces the quote with a colon ("Trump boomed: “...”").
3. **Speakers** are the subject of the cue, expanded to its noun phrase and resolved:
   a surname to the article's full name, a title ("the Russian foreign minister") to
   the person introduced with it, a pronoun to the person the preceding sentences are
   about, "the spokesman" to the unnamed spokesman introduced before. A quote no cue
   reports belongs to the person or organisation subject of the clause that carries it
   ("X thanked him for “...”"), the possessor of a noun of saying ("X’s call for
   “...”"), the name before its colon ("X: “...”"), or, when it opens its paragraph,
   the speaker of the paragraph before, all with a low confidence.

Quotes in headings, quoted titles ("the book “...”", "NBC’s “Today”"), so-called
terms and scare quotes around a word or two that no cue reports are not statements.

Indirect statements come in two passes. The reporting verbs report their clausal
complement ("X said (that) ...", "X left, saying ..."), the clause they interrupt
("The talks failed, the minister added."), what follows their colon, or the clause of
"according to X, ...". Then the wider lexicon of :mod:`extractors.cues` (beliefs,
findings, praise and criticism, promises: "X believes ...", "polls show ...",
"X praised the plan", "X vowed to fight", "X talked about the economy") reports its
clause, object, infinitive or prepositional object, only outside the statements
already found, so "X said the union had offered to ..." stays one statement. Any verb
whose person or organisation subject carries a clause counts too ("X bet that ...").
Attributions the text gives no source for ("X is expected to ...", "it was reported
that ...", "asked whether ...", "X seems to ...") have no speaker and a low confidence.

Everything is a pure function of ``doc``: the same text gives the same statements.
``doc.text``, ``doc.ents`` and ``doc.sents`` are rebuilt by spaCy on every access, so
the text is joined once per document (:func:`extractors.nlp.doc_text`) and the entities
and sentences are read once per call (:class:`_DocCache`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from extractors.actors import (
    NameIndex,
    clean_bounds,
    furniture_spans,
    given_names,
    strip_titles,
)
from extractors.cues import (
    AGENTIVE_CUES,
    AS,
    CLAUSE,
    EVIDENTIAL_CUES,
    FINDING_NOUNS,
    INDIRECT_CUES,
    INFINITIVE,
    LEMMA_FIXES,
    LIGHT_VERB_NOUNS,
    MESSAGE_NOUNS,
    NAMING_CUES,
    NOMINAL_COMPLEMENTS,
    NOMINAL_CUES,
    OBJECT,
    OBJECT_PREPOSITIONS,
    OPINION_NOUNS,
    PASSIVE_CUES,
    POLL_NOUNS,
    PREPOSITION_CUES,
    REPORTING_ADVERBS,
    SPEECH_MANNERS,
    STANCE_ADJECTIVES,
    TAKEN_AS_PREPOSITIONS,
)
from extractors.nlp import doc_text
from extractors.records import SpeakerType, Statement, StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Reporting verbs, as spaCy lemmas. Extend freely.
CUE_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "warn",
        "insist",
        "stress",
        "respond",
        "reply",
        "describe",
        "accuse",
        "call",
        "express",
        "voice",
        "state",
        "note",
        "claim",
        "argue",
        "explain",
        "announce",
        "declare",
        "confirm",
        "deny",
        "write",
        "tweet",
        "post",
        "suggest",
        "urge",
        "acknowledge",
        "admit",
        "assert",
        "comment",
        "remark",
        "reiterate",
        "emphasise",
        "emphasize",
        "underline",
        "underscore",
        "predict",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "caution",
        "concede",
        "complain",
        "criticise",
        "criticize",
        "condemn",
        "praise",
        "dismiss",
        "recall",
        "characterise",
        "characterize",
        "label",
        "brand",
        "dub",
        "term",
        "ask",
        "answer",
        "retort",
        "quip",
        "maintain",
        "contend",
        "observe",
        "report",
        "disclose",
        "reveal",
        "allege",
        "testify",
        "demand",
        "proclaim",
        "repeat",
        "continue",
        "conclude",
        "agree",
        "lament",
        "boast",
        "estimate",
        "forecast",
        "hint",
        "signal",
        "indicate",
        "accord",
        "joke",
        "echo",
        "boom",
        "shout",
        "yell",
        "chant",
        "grouse",
        "scoff",
        "exclaim",
        "chime",
        "snap",
        "muse",
        "mutter",
        "plead",
        "scream",
        "thunder",
        "recount",
        "read",
        "quote",
        "interject",
        "gush",
        "marvel",
        "sigh",
        "refer",
        "portray",
        "question",
        "propose",
        "imply",
        "pronounce",
        "retaliate",
        "assure",
        "counter",
        "rebut",
        "recite",
        "put",
        "shoot",
        "fire",
        "hit",
        "point",
        *SPEECH_MANNERS,
    }
)

# Cues that need a companion to report speech: "call" only as "call for"/"call it X",
# "put" only as "put it".
_CUE_NEEDS = {
    "call": frozenset({"for", "on", "out", "oprd", "ccomp", "xcomp"}),
    "put": frozenset({"it"}),  # "as X put it"
    "shoot": frozenset({"back"}),  # "X shot back"
    "fire": frozenset({"back"}),
    "hit": frozenset({"back"}),
    "point": frozenset({"out"}),  # "X pointed out"
}
# Cues that also report when they are nouns ("in a statement", "his warning") — off.

# Objects folded into the cue text: "told reporters", "told journalists".
_AUDIENCE_LEMMAS = frozenset(
    {
        "reporter",
        "journalist",
        "press",
        "media",
        "audience",
        "lawmaker",
        "parliament",
        "agency",
        "newspaper",
        "television",
        "radio",
        "conference",
        "briefing",
        "crowd",
    }
)

# Head nouns of unnamed sources.
ANONYMOUS_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "source",
        "diplomat",
        "aide",
        "insider",
        "adviser",
        "advisor",
        "person",
        "people",
        "analyst",
        "expert",
        "observer",
        "witness",
        "resident",
        "critic",
        "negotiator",
        "officer",
        "representative",
        "lawmaker",
        "member",
        "employee",
        "worker",
        "executive",
        "staffer",
        "envoy",
        "activist",
        "man",
        "woman",
        "someone",
        "colleague",
        "friend",
        "neighbour",
        "neighbor",
        "researcher",
        "scientist",
        "economist",
        "doctor",
        "lawyer",
        # roles: when the article never names the holder, the description is the speaker
        "mayor",
        "minister",
        "president",
        "governor",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "head",
        "leader",
        "secretary",
        "ambassador",
        "commander",
        "general",
        "prosecutor",
        "judge",
        "ceo",
        "founder",
        "owner",
        "manager",
        "chancellor",
        "premier",
        "senator",
        "candidate",
        "author",
        "editor",
        "professor",
        "teacher",
        "student",
    }
)

# Head nouns of organisations speaking as such.
ORGANIZATION_NOUNS = frozenset(
    {
        "ministry",
        "government",
        "department",
        "company",
        "agency",
        "office",
        "council",
        "committee",
        "police",
        "army",
        "military",
        "kremlin",
        "administration",
        "embassy",
        "firm",
        "group",
        "party",
        "bank",
        "court",
        "commission",
        "union",
        "organisation",
        "organization",
        "board",
        "cabinet",
        "parliament",
        "senate",
        "congress",
        "campaign",
        "team",
        "club",
        "authority",
        "authorities",
        "regulator",
        "spokesteam",
        "service",
        "newspaper",
        "statement",
        "report",
        "study",
        "survey",
        "consortium",
        "association",
        "alliance",
        "federation",
        "institute",
        "foundation",
        "mission",
    }
)

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_OTHER = frozenset({"they", "we", "i", "it", "you", "them"})

# A quote right after one of these words is a title, not a statement.
TITLE_WORDS = frozenset(
    {
        "book",
        "film",
        "movie",
        "novel",
        "song",
        "album",
        "series",
        "show",
        "play",
        "documentary",
        "titled",
        "entitled",
        "memoir",
        "autobiography",
        "biography",
        "sitcom",
        "podcast",
        "poem",
        "exhibition",
        "programme",
        "program",
        "painting",
        "opera",
        "musical",
        "headline",
        "slogan",
        "hashtag",
        "report",
        "article",
        "essay",
        "column",
        "campaign",
        "operation",
        "dubbed",
        "nicknamed",
        "named",
        "called",
    }
)
SCARE_PREFIXES = ("so-called", "so called", "self-styled", "self-proclaimed", "alleged")

_OPENERS = {"“": "double", "„": "double", "«": "guillemet", '"': "straight", "‘": "single"}
_CLOSERS = {"”": "double", "»": "guillemet", '"': "straight", "’": "single"}
_OPEN_CONTEXT = set(" \t([{—–-/:;,\n") | {"\u00a0"}
_SENTENCE_END = re.compile(r"[.?!…]['\"’”)]*$")
_SENTENCE_BREAK = re.compile(r"[.?!…]\s")
_WORD = re.compile(r"\w+(?:[’']\w+)*")

CONFIDENCE = {
    "named": 0.9,
    "surname": 0.88,
    "title": 0.78,
    "anonymous": 0.8,
    "anonymous_backref": 0.72,
    "organization": 0.8,
    "pronoun": 0.68,
    "continuation": 0.55,
    "context": 0.45,
    "unresolved": 0.35,
    "unknown": 0.15,
}


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int  # first quoted character (after the opening mark, trimmed)
    end: int  # after the last quoted character (trailing comma trimmed)
    open_pos: int  # the opening mark
    close_pos: int  # one past the closing mark (or the end of the paragraph)
    style: str
    closed: bool


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str | None
    type: SpeakerType
    mention_start: int | None
    mention_end: int | None
    basis: str  # a key of CONFIDENCE


# ---------------------------------------------------------------------------- cache


class _DocCache(threading.local):
    """Entities and sentences of the document being read, built once per call: spaCy
    rebuilds ``doc.ents`` and ``doc.sents`` on every access (the text is joined once by
    :func:`extractors.nlp.doc_text`)."""

    doc: Doc | None = None
    ents: tuple[Span, ...] = ()
    sents: tuple[Span, ...] = ()


_CACHE = _DocCache()


def _text(doc: Doc) -> str:
    return doc_text(doc)


def _ents(doc: Doc) -> tuple[Span, ...]:
    return _CACHE.ents if _CACHE.doc is doc else tuple(doc.ents)


def _sents(doc: Doc) -> tuple[Span, ...]:
    return _CACHE.sents if _CACHE.doc is doc else tuple(doc.sents)


def _ents_in(span: Span) -> list[Span]:
    """``span.ents`` from the cached entities."""
    return [e for e in _ents(span.doc) if e.start >= span.start and e.end <= span.end]


def _build_name_index(doc: Doc) -> NameIndex:
    """Full person names (two words or more), as :func:`extractors.actors.build_name_index`."""
    index = NameIndex()
    text = _text(doc)
    skip = furniture_spans(text)
    for ent in _ents(doc):
        if ent.label_ != "PERSON" or any(a <= ent.start_char < b for a, b in skip):
            continue
        start, end = clean_bounds(text, ent.start_char, ent.end_char)
        start, end = strip_titles(text, start, end)
        index.add(text[start:end])
    return index


# --------------------------------------------------------------------------- quotes


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _is_opening(text: str, i: int, para_start: int) -> bool:
    prev = text[i - 1] if i > para_start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPEN_CONTEXT or prev in "“‘\"'") and not nxt.isspace()


def _single_closes(text: str, i: int) -> bool:
    """Whether ’ at ``i`` can close an open single quote (not an inner apostrophe)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or nxt.isalnum():
        return False  # don’t, ’90s
    # "the leaders’ meeting": a plural possessive is followed by a lowercase word.
    plural_possessive = prev in "sS" and nxt == " " and text[i + 2 : i + 3].islower()
    return not plural_possessive


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def find_quotes(text: str) -> list[tuple[int, int, int, int, str, bool]]:
    """Quote spans as (start, end, open_pos, close_pos, style, closed), in text order.

    Two apostrophes stand for a straight double mark (''...'', as some newspapers
    print quotes): they are read as a space and a mark, which keeps the offsets."""
    text = text.replace("''", ' "')
    paragraphs = _paragraphs(text)
    found: list[tuple[int, int, int, int, str, bool]] = []
    pending: tuple[int, str] | None = None  # (opening mark position, style)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if pending is not None:
            # A quote left open continues only if this paragraph opens with a mark.
            first = p_start
            while first < p_end and text[first].isspace():
                first += 1
            if first < p_end and _OPENERS.get(text[first]) in {pending[1], "double"} | (
                {"straight"} if pending[1] == "straight" else set()
            ):
                i = first + 1
            else:
                pending = None
        while i < p_end:
            ch = text[i]
            style_open = _OPENERS.get(ch)
            style_close = _CLOSERS.get(ch)
            closes = (
                pending is not None
                and style_close is not None
                and (
                    style_close == pending[1]
                    or (pending[1] == "double" and ch == '"' and not text[i - 1].isspace())
                    or (pending[1] == "straight" and ch == "”")  # "...,” mixed marks
                )
                and (style_close != "single" or _single_closes(text, i))
            )
            if closes and pending is not None:
                start, end = _trim(text, pending[0] + 1, i)
                if end > start:
                    found.append((start, end, pending[0], i + 1, pending[1], True))
                pending = None
                i += 1
                continue
            if style_open is not None and _is_opening(text, i, p_start):
                if style_open == "single" and pending is not None:
                    i += 1  # a quote within a quote belongs to the outer one
                    continue
                if pending is None or pending[1] != "single" or style_open != "single":
                    pending = (i, style_open)
            i += 1
        if pending is not None:
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            continues = False
            if nxt is not None:
                stripped = text[nxt[0] : nxt[1]].lstrip()
                continues = bool(stripped) and _OPENERS.get(stripped[0]) is not None
            if pending[1] == "single":
                pending = None  # an unmatched ‘ is most likely not a quote
            elif not continues:
                start, end = _trim(text, pending[0] + 1, p_end)
                if len(_WORD.findall(text[start:end])) >= 4:
                    found.append((start, end, pending[0], p_end, pending[1], False))
                pending = None
    return found


# ----------------------------------------------------------------------------- cues


_SAYING_NOUN_CUES = frozenset({"say", "claim", "argue", "warn", "state", "allege", "suggest"})


def _that_said(token: Token) -> bool:
    """ "That said, ...": a turn of phrase that reports nothing."""
    doc = token.doc
    return (
        token.lower_ == "said"
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].lower_ == "that"
        and (token.i == 1 or doc[token.i - 2].is_punct or bool(doc[token.i - 1].is_sent_start))
        and doc[token.i + 1].text == ","
    )


def _is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in CUE_LEMMAS or token.pos_ not in {"VERB", "AUX"} or _pledged_delegates(token):
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and lemma in _SAYING_NOUN_CUES:
        return True  # "a statement saying ...": the noun is the source
    if token.dep_ in {"amod", "compound", "acl"} and lemma != "accord":
        return False  # "an announced pullback", "a company called X"
    if _that_said(token):
        return False
    if lemma == "accord":
        return any(c.lower_ == "to" for c in token.children)
    needs = _CUE_NEEDS.get(lemma)
    if lemma == "call" and _two_objects(token):
        return True  # "calling him “a disgrace”", parsed as two objects
    if needs is not None:
        following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return following in needs or any(
            c.lower_ in needs or c.dep_ in needs for c in token.children
        )
    return True


def _cue_span(token: Token) -> tuple[int, int]:
    """The cue's characters: the verb, plus "to" / "for" / "out" / "reporters" after it."""
    start = token.idx
    end = token.idx + len(token.text)
    doc = token.doc
    j = token.i + 1
    while j < len(doc) and j <= token.i + 2:
        nxt = doc[j]
        if nxt.lower_ in {"to", "for"} and token.lemma_ in {"accord", "call"}:
            end = nxt.idx + len(nxt.text)
            break
        if nxt.head.i != token.i:
            break
        audience = nxt.dep_ in {"dobj", "dative"} and nxt.lemma_.lower() in _AUDIENCE_LEMMAS
        if nxt.dep_ == "prt" or audience:
            end = nxt.idx + len(nxt.text)
            j += 1
            continue
        break
    return start, end


def _syntactic_cue(doc: Doc, inside: set[int], quoted: set[int]) -> Token | None:
    """The nearest cue among the ancestors of the quoted words (outside every quote)."""
    roots = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i]
    first = min(inside)
    best: tuple[int, int, Token] | None = None
    for root in roots:
        if root.is_punct or root.is_space:
            continue
        node, depth = root, 0
        while node.head.i != node.i and depth < 8:
            node, depth = node.head, depth + 1
            # of two cues as near in the parse, the one nearer the quote: "X said ...,
            # telling Y that “...”" (a misparse also hangs part of the quote on "said")
            if node.i not in quoted and _is_cue(node):
                if best is None or (depth, abs(node.i - first)) < best[:2]:
                    best = (depth, abs(node.i - first), node)
                break
        # The quote heads the sentence; the cue hangs below it ("...," he said).
        if node.head.i == node.i and node.i in inside:
            for child in node.children:
                if child.i not in quoted and _is_cue(child):
                    candidate = (1, abs(child.i - first), child)
                    if best is None or candidate[:2] < best[:2]:
                        best = candidate
    return best[2] if best else None


def _in_speakers_description(cue: Token, marks: set[int]) -> bool:
    """Whether the quote lies inside the subject of its cue: a title or name in the
    description of the speaker ("said Adam Segal, the author of “Hacked World Order,”")."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.i not in marks
        and c.left_edge.i <= min(marks)
        and max(marks) <= c.right_edge.i
        for c in cue.children
    )


def _added_to(cue: Token, previous: Token | None, quote: _Quote) -> bool:
    """Whether ``cue`` is a participle set off after the cue of the quote before, with
    its own words ending before this quote: "“A,” X said, referring to Y. “B.”"."""
    return (
        previous is not None
        and cue.head == previous
        and cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and cue.right_edge.idx < quote.open_pos
        and any(c.dep_ in {"dobj", "prep", "ccomp", "xcomp"} for c in cue.children)
    )


def _sentence_cue(doc: Doc, quote: _Quote, quoted: set[int]) -> Token | None:
    """A cue anywhere in the sentences the quote touches, nearest to the quote."""
    sents: list[Span] = []
    for sent in _sents(doc):
        if sent.end_char > quote.open_pos and sent.start_char < quote.close_pos:
            sents.append(sent)
    best: tuple[int, int, Token] | None = None
    for sent in sents:
        for token in sent:
            if token.i in quoted or not _is_cue(token):
                continue
            if token.idx >= quote.close_pos:
                distance = token.idx - quote.close_pos
            else:
                distance = quote.open_pos - token.idx
            if best is None or (distance, token.i) < best[:2]:
                best = (distance, token.i, token)
    return best[2] if best else None


def _colon_cue(doc: Doc, quote: _Quote, quoted: set[int]) -> Token | None:
    """ "Trump leaned in and boomed: “...”": a quote introduced by a colon belongs to
    the subject of the clause before the colon (its main verb stands in for a cue)."""
    text = _text(doc)
    i = quote.open_pos - 1
    while i >= 0 and text[i] in " \t\u00a0\n":
        i -= 1
    if i < 0 or text[i] != ":" or text.count("\n", i, quote.open_pos) > 2:
        return None
    span = doc.char_span(i, i + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    colon = span[0]
    node = colon
    while node.head.i != node.i and node.dep_ not in {"ROOT"}:
        node = node.head
    if node.i in quoted and colon.i > 0:
        # the parse made the quote the main clause ("X apologized for it: “Yes, I
        # should have ...”"): the clause before the colon is the words' topmost head
        node = doc[colon.i - 1]
        while node.head.i != node.i and node.head.i < colon.i:
            node = node.head
        subject = _subject(node) if node.pos_ in {"VERB", "AUX"} else None
        if subject is None or not _speaks(subject):
            return None
    if node.i in quoted or node.pos_ not in {"VERB", "AUX"} or _subject(node) is None:
        return None
    return node


def _nearby_cue(doc: Doc, quote: _Quote, quoted: set[int]) -> Token | None:
    """A cue with a subject in the sentence just before or just after the quote, in
    its paragraph: "Trump spoke on Tuesday. “...” He said the plan ..." ."""
    text = _text(doc)
    para_start = text.rfind("\n", 0, quote.open_pos) + 1
    para_end = text.find("\n", quote.close_pos)
    para_end = len(text) if para_end == -1 else para_end
    sents = _sents(doc)
    touched = [
        i
        for i, s in enumerate(sents)
        if s.end_char > quote.open_pos and s.start_char < quote.close_pos
    ]
    if not touched:
        return None
    best: tuple[int, int, Token] | None = None
    for index in (touched[0] - 1, touched[-1] + 1):
        if not 0 <= index < len(sents):
            continue
        sent = sents[index]
        if sent.start_char < para_start or sent.end_char > para_end + 1:
            continue
        for token in sent:
            if token.i in quoted or not _is_cue(token) or _subject(token) is None:
                continue
            distance = abs(token.idx - quote.open_pos)
            if best is None or (distance, token.i) < best[:2]:
                best = (distance, token.i, token)
    return best[2] if best else None


# ------------------------------------------------------------------------- speakers


def _attribution_right_after(
    doc: Doc, quote: _Quote, marks: set[int], quoted: set[int]
) -> Token | None:
    """ "“No way!” Trump said.": an attribution the sentence splitter cut from its quote,
    a subject and a cue (or a cue and a subject) opening the next sentence."""
    text = _text(doc)
    if not marks or text[doc[min(marks)].sent.start_char : quote.open_pos].strip():
        return None  # the quote is part of a sentence: "He loves “Star Wars.” He said ..."
    end = doc[max(marks)].sent.end
    if end >= len(doc):
        return None
    following = doc[end].sent
    if text[quote.close_pos : following.start_char].strip():
        return None
    opening = [t for t in following[:4] if t.i not in quoted and not t.is_punct]
    for token in opening[:3]:
        reports = any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in token.children)
        if _is_cue(token) and not reports and _adjacent_subject(token, quoted) is not None:
            return token
    return None


def _clause_around(head: Token, attribution: Token) -> tuple[int, int] | None:
    """The clause of ``head`` without the attribution phrase at its start or end
    ("Clinton leads, according to a new poll" -> "Clinton leads"); one it interrupts
    stays inside."""
    left, right = attribution.left_edge.i, attribution.right_edge.i
    clause = [t for t in head.subtree if not left <= t.i <= right]
    before = [t for t in clause if t.i < left]
    after = [t for t in clause if t.i > right]
    if not any(not t.is_punct for t in after):
        clause = before
    elif not any(not t.is_punct for t in before):
        clause = after
    if not clause:
        return None
    return clause[0].idx, clause[-1].idx + len(clause[-1].text)


def _poll_of(token: Token) -> Token | None:
    """The poll an "in" names as the source of the clause it belongs to: "In the latest
    poll, Clinton leads Sanders", "Clinton led in a CBS poll" ("is leading in the polls"
    after the clause is a manner of speaking, not a source)."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    poll = next((c for c in token.children if c.dep_ == "pobj"), None)
    if (
        poll is None
        or poll.lemma_.lower() not in POLL_NOUNS
        or (token.i > token.head.i and poll.tag_ == "NNS")
        or _is_cue(token.head)
        or _is_indirect_cue(token.head)  # "In a poll, X found ...": X reports
    ):
        return None
    return poll


def _subject(cue: Token) -> Token | None:
    """The grammatical subject of the cue, following control and coordination upward."""
    poll = _poll_of(cue)
    if poll is not None:
        return poll
    if cue.lemma_.lower() == "accord":
        for child in cue.children:
            if child.lower_ == "to":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return _author_of(grandchild) or grandchild
        return None
    if cue.dep_ == "acl":
        # "a statement saying ...": the statement, or who issued it ("X issued a
        # statement saying ...")
        owner = next((c for c in cue.head.children if c.dep_ == "poss"), None)
        if owner is not None:  # "her statement condemning the test"
            return owner
        issued = cue.head.dep_ == "dobj" or (
            cue.head.dep_ == "pobj" and cue.head.lemma_.lower() in MESSAGE_NOUNS
        )  # "comments she made during a speech attacking ...": the speech is hers
        issuer = _speaking_subject_above(cue.head) if issued else None
        return issuer or cue.head
    if cue.tag_ == "VBG" and cue.dep_ == "advcl":
        # "X argued that a database would help, saying ...": the participle belongs to
        # the nearest clause above whose subject can speak
        speaking = _speaking_subject_above(cue)
        if speaking is not None:
            return speaking
    if _is_nominal_cue(cue):
        # "his warning that ...", or the subject of "X expressed concern that ..."
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        if owner is not None and _light_verb_preps(cue) is None:  # "cast their votes for"
            return _owner_as_subject(cue, owner) or owner
        for prep in cue.children:  # "criticism from environmentalists", "claims by X"
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from"} and prep.i > cue.i:
                if _light_verb_preps(cue) is not None:
                    break  # "withheld support from X": X is what it reports
                agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
        if cue.dep_ not in {"dobj", "attr", "pobj"}:
            return None
    inserted = _inserted_speaker(cue)
    if inserted is not None:
        return inserted
    node = cue
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ == "xcomp":
            # object control: "prompted Blinken to stress", "urged X to say"
            for child in node.head.children:
                if child.dep_ in {"dobj", "dative"} and child.i < node.i:
                    return child
        if node.head.i == node.i:
            return _person_the_parse_lost(node)
        if node.dep_ in {"ccomp", "parataxis"}:
            return None
        node = node.head
    return None


def _person_the_parse_lost(cue: Token) -> Token | None:
    """ "As part of his plea, Marcel Lazar, 44, said that ...": the parse hangs the name
    on an earlier noun and leaves the finite cue of the sentence without a subject; the
    person named just before it speaks."""
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} or not _is_cue(cue):
        return None
    person = _named_before(cue, set())
    if person is None or person.ent_type_ != "PERSON" or person.i < cue.i - 6:
        return None
    return person


def _inserted_speaker(cue: Token) -> Token | None:
    """The speaker of an attribution set inside its statement, which the parse reads as
    the statement's subject set beside the speaker: "Clinton, a top aide said, “is
    running ...”", "Cruz, Wilkin said on Monday, has to fix it.", "And Trump, said
    Sunshine, doesn't forget a slight.", "Voters, Clinton suggested, want a fighter."."""
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) > 1:  # "Voters, Clinton suggested, want ...": the nearer one
        return subjects[-1]
    subject = subjects[0] if subjects else None
    if subject is None or subject.pos_ == "PRON":
        return None
    for appos in subject.children:  # "X, Y said": Y, right before the cue
        if appos.dep_ != "appos" or appos.right_edge.i + 1 != cue.i:
            continue
        if doc[appos.left_edge.i - 1].text != ",":
            continue
        two_people = appos.ent_type_ == "PERSON" and subject.ent_type_ == "PERSON"
        # "Clinton, a top aide said, “is running”": the statement goes on without a
        # subject of its own (not "Paul, a Kentucky Republican said, “We ...”")
        subjectless = any(
            c.dep_ == "ccomp"
            and c.i > cue.i
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            for c in cue.children
        )
        if two_people or subjectless:
            return appos
    if cue.i + 1 < len(doc) and doc[cue.i - 1].text == ",":  # "X, said Y, ..."
        name = next((e for e in _ents(doc) if e.start == cue.i + 1), None)
        set_off = name is not None and name.end < len(doc) and doc[name.end].lower_ in {",", "and"}
        if name is not None and name.label_ == "PERSON" and set_off:
            return name.root
    return None


_POSSESSIVE_SUBJECTS = {"his": {"he"}, "her": {"she"}, "their": {"they"}}


def _owner_as_subject(cue: Token, owner: Token) -> Token | None:
    """ "Jeb Bush expanded on his argument that ...", "Trump did not back away from his
    pledge to ...": the subject of the clause is who "his" stands for; it names the
    speaker where the pronoun only points to them."""
    pronouns = _POSSESSIVE_SUBJECTS.get(owner.lower_)
    if pronouns is None:
        return None
    node = cue
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i == cue.i or cue.i in {t.i for t in subject.subtree}:
        return None
    person_object = next(
        (c for c in node.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"), None
    )
    if person_object is not None and person_object.i < owner.i and owner.lower_ != "their":
        return person_object  # "Cameron criticised Trump over his call for ...": Trump's
    named = subject.ent_type_ in {"PERSON", "ORG", "NORP"} or subject.pos_ == "PROPN"
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    agrees = subject.lower_ in pronouns or (
        (named or subject.lemma_.lower() in ANONYMOUS_NOUNS) and plural == (owner.lower_ == "their")
    )
    lo, hi = sorted((subject.i, owner.i))
    rival = any(
        t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.lower_ in {"him", "her", "them"}
        for t in cue.doc[lo + 1 : hi]
        if t.i not in {c.i for c in subject.subtree}
    )
    return subject if agrees and not rival and subject.i < owner.i else None


def _author_of(source: Token) -> Token | None:
    """Who is behind a document: "a new poll by the Harvard Institute of Politics", "a
    post from Arianna Huffington" (not for a person or organisation itself)."""
    if source.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or source.pos_ == "PROPN":
        return None
    for prep in source.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "of"}:
            for author in prep.children:
                if author.dep_ == "pobj" and author.ent_type_ in {"PERSON", "ORG"}:
                    return author
    return None


def _speaking_subject_above(token: Token) -> Token | None:
    """The first subject that can speak on the way up from ``token``'s head. A participle
    set off by a comma belongs to the main clause, not to a subordinate one the parse
    hangs it on ("The ministers sought ... since Biden took office, saying ...")."""
    doc = token.doc
    set_off = token.i > 0 and doc[token.i - 1].text == ","
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        subordinate = node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.i < node.i for c in node.children
        )
        if set_off and subordinate:
            continue
        if set_off and node.dep_ == "ccomp" and _is_cue(node.head):
            continue  # "X said that Y had left, adding ...": X adds, not Y
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and _speaks(subject):
            return subject
    return None


_QUOTE_CHARS = ('"', "“", "”", "''")


def _phrase(subject: Token) -> tuple[int, int]:
    """Character span of the subject's noun phrase, without clauses and appositions."""
    keep: list[Token] = [subject]
    stack = [subject]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advmod"}:
                continue
            if (
                child.dep_ == "prep"
                and node.i == subject.i
                and child.i > subject.i
                and not _informative_prep(child)
            ):
                continue
            keep.append(child)
            stack.append(child)
    first = min(keep, key=lambda t: t.i)
    last = max(keep, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    # a quote the parse hung on the name is no part of it: "“...,” Sarandon, 69, told"
    text = _text(subject.doc)
    opening = max(text.rfind(mark, start, subject.idx) for mark in _QUOTE_CHARS)
    after = subject.idx + len(subject.text)
    closings = [i for i in (text.find(mark, after, end) for mark in _QUOTE_CHARS) if i >= 0]
    if closings and len(_WORD.findall(text[min(closings) : end])) > 4:
        end = min(closings)
    if opening >= 0 and len(_WORD.findall(text[start:opening])) > 4:
        start = opening + 1  # not "the “Avatar” star": a title is part of the name
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] == "," or text[end - 1].isspace()):
        end -= 1
    return start, end


def _informative_prep(prep: Token) -> bool:
    """Keep "spokesman for the ministry", "official at the embassy"; not "at the time"."""
    if prep.lower_ in {"of", "for"}:
        return True
    return prep.lower_ in {"at", "in", "from", "with"} and any(
        t.ent_type_ in {"ORG", "GPE", "NORP"} or t.lemma_.lower() in ORGANIZATION_NOUNS
        for t in prep.subtree
    )


@dataclass(slots=True)
class _Context:
    doc: Doc
    names: NameIndex
    roles: list[tuple[int, frozenset[str], str, str]]  # (position, words, head, person)
    anonymous: list[tuple[int, str, str]]  # (position, head lemma, description)
    sentence_people: dict[int, list[str]]  # sentence start token -> people its subjects name
    genders: dict[str, str] = field(default_factory=dict)  # person -> "he" or "she"


# What tells a person's gender: "Mr. DiPietro", "the spokeswoman, Ann Lee".
_HONORIFIC_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_NOUN_GENDER = {
    **dict.fromkeys(
        [
            "spokeswoman",
            "congresswoman",
            "chairwoman",
            "businesswoman",
            "actress",
            "wife",
            "mother",
            "daughter",
            "sister",
            "widow",
            "queen",
        ],
        "she",
    ),
    **dict.fromkeys(
        ["spokesman", "congressman", "businessman", "husband", "father", "son", "brother", "king"],
        "he",
    ),
}
_PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}


def _build_genders(
    doc: Doc, names: NameIndex, roles: list[tuple[int, frozenset[str], str, str]]
) -> dict[str, str]:
    """The people whose gender the article tells, by honorific or by role noun; a person
    it tells both ways for is left out."""
    text = _text(doc)
    told: dict[str, set[str]] = {}
    for ent in _ents(doc):
        if ent.label_ != "PERSON":
            continue
        words = doc[max(ent.start - 1, 0) : ent.start + 1]  # "Mr. Rogan", "Mrs. Clinton"
        gender = next(
            (g for t in words if (g := _HONORIFIC_GENDER.get(t.lower_.rstrip("."))) is not None),
            None,
        )
        if gender is not None:
            start, end = clean_bounds(text, ent.start_char, ent.end_char)
            start, end = strip_titles(text, start, end)
            surface = text[start:end]
            told.setdefault(names.canonical(surface) or surface, set()).add(gender)
    for _, _, head, person in roles:
        gender = _NOUN_GENDER.get(head)
        if gender is not None:
            told.setdefault(person, set()).add(gender)
    return {person: next(iter(genders)) for person, genders in told.items() if len(genders) == 1}


def _agrees(ctx: _Context, person: str, pronoun: str | None) -> bool:
    """Whether a pronoun can stand for the person ("he" is not "Mrs. Clinton")."""
    gender = _PRONOUN_GENDER.get(pronoun or "")
    return gender is None or ctx.genders.get(person, gender) == gender


def _build_roles(doc: Doc, names: NameIndex) -> list[tuple[int, frozenset[str], str, str]]:
    """Titles people were introduced with: "Russian Foreign Minister Sergei Lavrov"."""
    roles: list[tuple[int, frozenset[str], str, str]] = []
    for ent in _ents(doc):
        if ent.label_ != "PERSON":
            continue
        start, end = clean_bounds(_text(doc), ent.start_char, ent.end_char)
        start, end = strip_titles(_text(doc), start, end)
        person = names.canonical(_text(doc)[start:end]) or _text(doc)[start:end]
        head = ent.root
        title = [
            t
            for t in doc[head.left_edge.i : ent.start]
            if not t.is_punct and t.dep_ not in {"det", "poss", "case"} and t.idx < start
        ]
        # Titles inside the entity itself ("President Joe Biden" -> "president").
        title += [t for t in ent if t.idx < start]
        for appos in head.children:
            if appos.dep_ == "appos" and appos.ent_type_ != "PERSON":
                title += [
                    t
                    for t in appos.subtree
                    if not t.is_punct and t.dep_ not in {"det", "poss", "case", "relcl"}
                ]
        if head.dep_ == "appos" and head.head.ent_type_ != "PERSON":
            title += [
                t
                for t in head.head.subtree
                if t.i < head.i
                and not t.is_punct
                and t.dep_ not in {"det", "poss", "case"}
                and t.ent_type_ != "PERSON"
            ]
        words = [t.lower_ for t in title]
        nouns = [t for t in title if t.pos_ in {"NOUN", "PROPN"}]
        if words and nouns:
            roles.append((ent.start_char, frozenset(words), nouns[-1].lower_, person))
    return roles


def _build_anonymous(doc: Doc) -> list[tuple[int, str, str]]:
    """Unnamed sources as introduced ("a US State Department spokesman"), in text order."""
    found: list[tuple[int, str, str]] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in ANONYMOUS_NOUNS:
            continue
        determiners = {t.lower_ for t in token.children if t.dep_ == "det"}
        if not determiners & {"a", "an"}:
            continue
        start, end = _phrase(token)
        found.append((start, token.lower_, _description(_text(doc)[start:end])))
    return found


def _names_subject(token: Token, subject: Token) -> bool:
    """A PERSON word that names the subject itself (compound or apposition), not a
    word inside a modifier ("a spokesperson for Valtoren Energy")."""
    if token.ent_type_ != "PERSON":
        return False
    node = token
    while node.i != subject.i and node.head.i != node.i:
        if node.dep_ in {"prep", "pobj", "poss"}:
            return False
        node = node.head
    return node.i == subject.i


def _description(phrase: str) -> str:
    """An unnamed source as a description: "A US official" -> "a US official"."""
    first, sep, rest = phrase.partition(" ")
    if first in {"A", "An", "The", "Some", "Two", "Three", "Several"}:
        return first.lower() + sep + rest
    return phrase


def _resolve_role(ctx: _Context, subject: Token, start: int, end: int) -> str | None:
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
        return None  # "a top aide" is someone new, not the person introduced as one
    words = {
        t.lower_
        for t in ctx.doc.char_span(start, end, alignment_mode="expand") or []
        if not t.is_punct and t.dep_ not in {"det", "poss", "case"}
    }
    head = subject.lower_
    best: str | None = None
    for position, role_words, role_head, person in ctx.roles:
        if position >= start:
            break
        if head in {role_head, role_head.rstrip("s")} and words <= role_words:
            best = person
    return best


def _person_from_tokens(ctx: _Context, start: int, end: int) -> str | None:
    """A person named in the span: an entity, or a word of a known full name."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for ent in _ents_in(span):
        if ent.label_ in {"PERSON", "ORG", "GPE", "NORP"}:
            s, e = clean_bounds(_text(ctx.doc), ent.start_char, ent.end_char)
            s, e = strip_titles(_text(ctx.doc), s, e)
            surface = _text(ctx.doc)[s:e]
            full = ctx.names.canonical(surface)
            if full is not None:
                return full
            if ent.label_ == "PERSON":
                return surface
    for token in span:
        if token.pos_ == "PROPN":
            full = ctx.names.canonical(token.text)
            if full is not None:
                return full
    return None


def _sentence_about(
    ctx: _Context, sent: Span, before: int | None = None, pronoun: str | None = None
) -> str | None:
    """The person a sentence is about: its main subject, else its first person subject
    (the first one a ``pronoun`` can stand for)."""
    return next((p for p in _sentence_people(ctx, sent, before) if _agrees(ctx, p, pronoun)), None)


def _sentence_people(ctx: _Context, sent: Span, before: int | None) -> list[str]:
    """The people the subjects of a sentence name, main subject first."""
    key = sent.start
    if before is None and key in ctx.sentence_people:
        return ctx.sentence_people[key]
    subjects = [
        t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and (before is None or t.idx < before)
    ]
    subjects.sort(key=lambda t: (t.head.i != sent.root.i, t.i))
    people: list[str] = []
    for subj in subjects:
        if subj.lower_ in PRONOUNS_PERSON:
            found = _pronoun_antecedent(ctx, sent, subj.idx, subj.lower_)
        else:
            s, e = _phrase(subj)
            found = _person_from_tokens(ctx, s, e) or _resolve_role(ctx, subj, s, e)
        if found and found not in people:
            people.append(found)
    if before is None:
        ctx.sentence_people[key] = people
    return people


def _pronoun_antecedent(
    ctx: _Context, sent: Span, position: int, pronoun: str | None = None
) -> str | None:
    """The person a he/she refers to: the subject of this sentence before it, else of
    the preceding sentences (not merely the last name mentioned), of the pronoun's
    gender where the article tells it."""
    found = _sentence_about(ctx, sent, position, pronoun)
    if found:
        return found
    sents = [s for s in _sents(ctx.doc) if s.end_char <= sent.start_char]
    for previous in reversed(sents[-6:]):
        found = _sentence_about(ctx, previous, None, pronoun)
        if found:
            return found
    # Fall back to the last person named before the pronoun.
    for ent in reversed(_ents(ctx.doc)):
        if ent.end_char <= position and ent.label_ == "PERSON":
            person = ctx.names.canonical(ent.text) or ent.text
            if _agrees(ctx, person, pronoun):
                return person
    return None


def _resolve_speaker(ctx: _Context, cue: Token, subject: Token | None = None) -> _Speaker:
    subject = subject or _subject(cue)
    return _speaker_of(ctx, _survey_of(subject) or subject)


_SURVEY_NOUNS = POLL_NOUNS | {"study", "analysis"}


def _survey_of(subject: Token | None) -> Token | None:
    """ "In a CNN poll, 38 percent of voters said ...": a share of respondents speaks
    through the survey that counted them, the survey is the source."""
    if subject is None:
        return None
    share = subject.subtree
    if not any(t.lower_ in {"percent", "%", "per"} or t.like_num for t in share):
        return None
    sent = subject.sent
    for token in sent:
        if token.lemma_.lower() in _SURVEY_NOUNS and token.pos_ == "NOUN" and token.i < subject.i:
            return token
    return None


def _organisation_named_before(ctx: _Context, head: str, position: int) -> str | None:
    """ "the agency" after "the Continental Health Agency said ...": the last
    organisation named before ``position`` with ``head`` among its words."""
    text = _text(ctx.doc)
    for ent in reversed(_ents(ctx.doc)):
        if ent.end_char > position or ent.label_ != "ORG":
            continue
        if head in {t.lower_ for t in ent}:
            s, e = clean_bounds(text, ent.start_char, ent.end_char)
            return text[s:e].removeprefix("the ").removeprefix("The ")
    return None


def _named_apposition(subject: Token) -> Token | None:
    """The person an unnamed subject is set beside: "her adviser, Jake Sullivan,"."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return None
    appos = next(
        (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
    )
    if appos is None:
        return None
    beside = {t.i for t in appos.subtree}
    last = max(t.i for t in subject.subtree if t.i not in beside and t.i < appos.left_edge.i)
    doc = subject.doc
    between = _text(doc)[doc[last].idx + len(doc[last].text) : appos.left_edge.idx]
    return appos if not between.strip(" ,—–-") else None  # set right beside it


def _speaker_of(ctx: _Context, subject: Token | None) -> _Speaker:
    """The speaker a subject (or possessor: "his call for ...") names."""
    if subject is None:
        return _Speaker(None, "unknown", None, None, "unknown")
    antecedent_token = _relative_antecedent(subject)
    if antecedent_token is not None:
        # "Barkley, who said he votes Democrat": who is Barkley; the mention stays "who"
        antecedent = _speaker_of(ctx, antecedent_token)
        s, e = subject.idx, subject.idx + len(subject.text)
        return replace(antecedent, mention_start=s, mention_end=e)
    named = _named_apposition(subject)
    if named is not None:
        # "Her spokesman, Brian Fallon, said": the name is the speaker, and the mention
        # runs from the description to the name
        speaker = _speaker_of(ctx, named)
        start = min(_phrase(subject)[0], speaker.mention_start or subject.idx)
        return replace(speaker, mention_start=start)
    lower = subject.lower_
    if lower in PRONOUNS_PERSON or lower == "his":
        s, e = subject.idx, subject.idx + len(subject.text)
        person = _pronoun_antecedent(ctx, subject.sent, subject.idx, lower)
        if person:
            return _Speaker(person, "person", s, e, "pronoun")
        return _Speaker(None, "unknown", s, e, "unresolved")
    if lower in PRONOUNS_OTHER:
        s, e = subject.idx, subject.idx + len(subject.text)
        return _Speaker(None, "unknown", s, e, "unresolved")
    start, end = _phrase(subject)
    start, end = (
        clean_bounds(_text(ctx.doc), start, end) if subject.pos_ == "PROPN" else (start, end)
    )
    phrase = _text(ctx.doc)[start:end]
    unnamed_head = (
        subject.lemma_.lower() in ANONYMOUS_NOUNS
        and subject.ent_type_ == ""
        and not any(_names_subject(t, subject) for t in subject.subtree)
    )
    person = None if unnamed_head else _person_from_tokens(ctx, start, end)
    if person is not None:
        basis = "named" if len(phrase.split()) >= 2 or person == phrase else "surname"
        return _Speaker(person, "person", start, end, basis)
    role_person = _resolve_role(ctx, subject, start, end)
    if role_person is not None:
        return _Speaker(role_person, "person", start, end, "title")
    head = subject.lemma_.lower()
    determiners = {t.lower_ for t in subject.children if t.dep_ == "det"}
    if head in ANONYMOUS_NOUNS:
        if determiners & {"the", "that", "this"}:
            for position, anon_head, description in reversed(ctx.anonymous):
                if anon_head == lower and position < start:
                    return _Speaker(description, "anonymous", start, end, "anonymous_backref")
        return _Speaker(_description(phrase), "anonymous", start, end, "anonymous")
    if subject.ent_type_ in {"ORG", "GPE", "NORP"} or head in ORGANIZATION_NOUNS:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        name = phrase
        if span is not None:
            for ent in _ents_in(span):
                if ent.label_ in {"ORG", "GPE"} and ent.start <= subject.i < ent.end:
                    s, e = clean_bounds(_text(ctx.doc), ent.start_char, ent.end_char)
                    name = _text(ctx.doc)[s:e]
                    break
        # "the Valdorian government" is the Valdorian government; "the ministry" is the
        # ministry the article named before, if it did.
        first, _, rest = name.partition(" ")
        if first in {"the", "The"} and rest[:1].isupper():
            name = rest
        elif first in {"the", "The"} and subject.ent_type_ == "" and rest == subject.text:
            name = _organisation_named_before(ctx, head, start) or name
        return _Speaker(name, "organization", start, end, "organization")
    return _Speaker(phrase, "unknown", start, end, "unresolved")


# Nouns whose possessor said the quote they carry: "his call for “...”".
_SAYING_NOUNS = NOMINAL_CUES | frozenset({"call", "word", "plea", "demand", "tweet", "description"})
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _is_object(cue: Token, content: tuple[int, int]) -> bool:
    """Whether the content is the cue's direct object."""
    return any(c.dep_ == "dobj" and c.left_edge.idx == content[0] for c in cue.children)


def _agent_speaks(cue: Token) -> bool:
    """Whether the cue's subject (or what its relative pronoun stands for) can speak."""
    subject = _subject(cue)
    if subject is None:
        return False
    return _can_speak(_relative_antecedent(subject) or subject)


def _can_speak(token: Token) -> bool:
    return _speaks(token) or token.pos_ == "PROPN" or token.lower_ == "those"


def _relative_antecedent(token: Token) -> Token | None:
    """What a relative pronoun stands for: "Barkley" for "who" in "Barkley, who said"."""
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        return token.head.head
    return None


def _speaks(token: Token) -> bool:
    """Whether a subject or possessor can be the one who said something."""
    return (
        token.lower_ in _SPEAKING_PRONOUNS
        or token.lower_ in {"his", "her", "their", "our", "my"}
        or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or token.lemma_.lower() in ANONYMOUS_NOUNS
        or token.lemma_.lower() in ORGANIZATION_NOUNS
    )


def _governing_speaker(ctx: _Context, inside: set[int], quoted: set[int]) -> _Speaker | None:
    """The speaker of a quote no cue reports, from the clause that carries it: the
    person or organisation subject of the nearest verb above the quote ("Moore thanked
    him for “...”", "McCrory blamed the court’s “...”"), or the possessor of a noun of
    saying ("his call for “...”")."""
    doc = ctx.doc
    roots = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside]
    for root in roots:
        node = root
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in quoted:
                continue
            if node.pos_ == "NOUN" and node.lemma_.lower() in _SAYING_NOUNS:
                owner = next((c for c in node.children if c.dep_ == "poss"), None)
                if owner is not None and _speaks(owner):
                    return replace(_speaker_of(ctx, owner), basis="context")
            if node.pos_ in {"VERB", "AUX"}:
                subject = _subject(node)
                if subject is None:
                    continue
                if subject.i in inside:
                    return None
                if not _speaks(subject):
                    if node.dep_ == "ccomp":
                        continue  # "X worried that the net was becoming “a hammock”"
                    return None
                return replace(_speaker_of(ctx, subject), basis="context")
    return None


def _modifies_a_noun(doc: Doc, inside: set[int]) -> bool:
    """A quote that qualifies a noun outside it ("a “unity” lunch", "the “gun
    violence” narrative") labels a thing rather than reports words."""
    words = [doc[i] for i in sorted(inside) if not doc[i].is_punct]
    roots = [t for t in words if t.head.i not in inside]
    return any(
        t.dep_ in {"compound", "amod", "nmod", "nummod"} and t.head.pos_ in {"NOUN", "PROPN"}
        for t in roots
    )


def _outside_the_report(cue: Token, marks: set[int], words: list[str]) -> bool:
    """Whether a word or two in marks lie outside the words of a cue that reports a
    complement of its own: "He gestured “no” and declared that they should win" (the
    cue is not the gesture's, and its clause is no home for the quote)."""
    if len(words) > 3:
        return False
    first = cue.doc[min(marks)]
    if cue.left_edge.i <= first.i <= cue.right_edge.i:
        return False
    return any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i not in marks for c in cue.children)


def _reported_object(doc: Doc, inside: set[int]) -> bool:
    """A quote inside the object of a verb that reports its object ("X denounced
    “self-deportation”"): the indirect pass reports the object, quote and all."""
    first = doc[min(inside)]
    for ancestor in first.ancestors:
        if ancestor.pos_ not in {"VERB", "AUX"}:
            continue
        if not _is_indirect_cue(ancestor):
            return False
        kinds = INDIRECT_CUES.get(ancestor.lemma_.lower(), _CLAUSE_ONLY)
        return OBJECT in kinds and any(
            c.dep_ == "dobj" and c.left_edge.i <= first.i <= c.right_edge.i
            for c in ancestor.children
        )
    return False


def _quoted_subject(doc: Doc, speaker: _Speaker, quoted: set[int]) -> bool:
    """Whether the subject found for a cue lies inside a quote: a parse that took the
    quoted words for the subject ("“Happy holidays!” he tweeted")."""
    if speaker.mention_start is None or speaker.mention_end is None:
        return False
    return bool(_tokens_in(doc, speaker.mention_start, speaker.mention_end) & quoted)


def _adjacent_subject(cue: Token, quoted: set[int]) -> Token | None:
    """The speaker written next to the cue, outside the quotes: "he" in "“...,” he
    said", or the noun after it in "“...,” said Ann Lee"."""
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > 0 else None
    while (
        before is not None
        and before.i > 0
        and (before.pos_ in {"ADV", "AUX", "PART"} or before.is_space)
    ):
        before = doc[before.i - 1]  # "he also said", "she has said", a no-break space
    if (
        before is not None
        and before.i not in quoted
        and (
            before.lower_ in _SPEAKING_PRONOUNS
            or (before.pos_ in {"PROPN", "NOUN"} and before.head.i == cue.i)
        )
    ):
        return before
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    inverted = before is not None and (
        before.i in quoted or (before.is_punct and before.i > 0 and before.i - 1 in quoted)
    )
    if after is None or after.i in quoted or not inverted:
        return None  # a word after the cue is its subject only in "“...,” said X"
    while after.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod"} and (
        after.head.i > after.i
    ):
        after = after.head  # "said Ann Lee", "added a state official": the head noun
    named = after.is_alpha and after.text[:1].isupper()  # a surname the tagger misreads
    if (after.pos_ in {"PRON", "PROPN", "NOUN"} or named) and after.ent_type_ not in {
        "DATE",
        "TIME",
    }:
        return after
    return None


def _named_before(cue: Token, quoted: set[int]) -> Token | None:
    """ "“...,” Sarandon, 69, told MSNBC", "her adviser, Jake Sullivan, said:": when the
    parse gives the cue no subject, the person named last before it in its sentence
    (after any quote), else an organisation there that is no object."""
    doc = cue.doc
    start = cue.sent.start
    i = cue.i - 1
    while i >= start:
        if i in quoted:
            run = i
            while run - 1 >= start and run - 1 in quoted:
                run -= 1
            if i - run >= 4:  # the quote itself; not "wearing “Ted Cruz” pins"
                start = i + 1
                break
            i = run
        i -= 1
    window = [t for t in doc[start : cue.i] if t.i not in quoted]
    persons = [t for t in window if t.ent_type_ == "PERSON"]
    if persons:
        return persons[-1]
    organisations = [
        t for t in window if t.ent_type_ == "ORG" and t.dep_ not in {"pobj", "dobj", "poss"}
    ]
    return organisations[-1] if organisations else None


def _heading_speaker(ctx: _Context, quote: _Quote) -> _Speaker | None:
    """ "Kasich: ‘We Are Going ...’", "Here’s Clinton in 1992: “...”": a quote after a
    colon that ends a phrase without a verb of its own belongs to the first person or
    organisation the phrase names."""
    doc = ctx.doc
    text = _text(doc)
    para_start = text.rfind("\n", 0, quote.open_pos) + 1
    i = text.rfind(":", para_start, quote.open_pos)
    between = text[i + 1 : quote.open_pos] if i >= 0 else ""
    if i < 0 or len(_WORD.findall(between)) > 4 or _SENTENCE_BREAK.search(between):
        return None  # "Bill Clinton: Hillary ‘Better Qualified ...’" at most
    span = doc.char_span(para_start, i, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent_start = max(t.i for t in span if t.is_sent_start or t.i == span.start)
    tokens = [t for t in doc[sent_start : span.end] if t.idx < i]
    dash = [t.i for t in tokens if t.text in {"-", "—", "–"}]  # "HEADLINE - Jeffrey M. Jones:"
    tokens = [t for t in tokens if not dash or t.i > dash[-1]]
    if any(t.pos_ == "VERB" and t.dep_ in {"ROOT", "ccomp"} for t in tokens):
        return None  # "Trump boomed: ..." is a cue (see _colon_cue)
    for token in tokens:
        if token.ent_type_ in {"PERSON", "ORG"} and _speaks(token):
            ent = next(e for e in _ents(doc) if e.start <= token.i < e.end)
            s, e = clean_bounds(text, ent.start_char, ent.end_char)
            name = _person_from_tokens(ctx, s, e) or text[s:e]
            kind: SpeakerType = "person" if ent.label_ == "PERSON" else "organization"
            return _Speaker(name, kind, s, e, "context")
    words = [t for t in tokens if not t.is_punct]
    if 1 <= len(words) <= 5 and all(t.text[:1].isupper() for t in words if t.is_alpha):
        # "Trump: ‘...’", "OK Gov Fallin: ‘...’": a capitalised label names the speaker
        s, e = words[0].idx, words[-1].idx + len(words[-1].text)
        person = _person_from_tokens(ctx, s, e)
        return _Speaker(person or text[s:e], "person" if person else "unknown", s, e, "context")
    return None


# Labels before a colon that open a paragraph without naming who speaks.
_SECTION_LABELS = frozenset(
    {
        "analysis",
        "breaking",
        "byline",
        "correction",
        "disclosure",
        "editor's note",
        "editor’s note",
        "email",
        "exclusive",
        "note",
        "opinion",
        "photo",
        "previously",
        "related",
        "source",
        "the latest",
        "update",
        "updated",
        "video",
        "watch",
    }
)
# First words of labels that address the reader: "Follow X on Twitter:", "Photo: ...".
_NOT_A_LABEL = frozenset(
    {"click", "contact", "credit", "email", "follow", "image", "listen", "photo", "read", "reach"}
    | {"see", "subscribe", "watch"}
)
_FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def _label_speaker(ctx: _Context, start: int, end: int) -> _Speaker | None:
    """Who a paragraph label names: "Graham", "Clinton camp", "Poll", "Clinton to Planned
    Parenthood" (the words before a preposition or verb), or, in capitals, a person of
    the article ("TAPPER" -> Jake Tapper) or a full name ("JOEL BENENSON")."""
    text = _text(ctx.doc)
    label = text[start:end]
    if label.isupper():
        words = label.title().split()
        person = ctx.names.canonical(label.title())
        if person is None and 2 <= len(words) <= 3 and words[0] in given_names():
            person = label.title()
        return _Speaker(person, "person", start, end, "named") if person else None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].lower_ in _NOT_A_LABEL:
        return None
    cut = next((t for t in span[1:] if t.pos_ in {"ADP", "VERB", "AUX"}), None)
    if cut is not None:
        span = ctx.doc[span.start : cut.i]
        end = span.end_char
    named = text[start:end]
    # a name the tagger reads as a common noun in a headline: "Trump: My plans ..."
    person = _person_from_tokens(ctx, start, end) or (
        ctx.names.canonical(named) if named.istitle() else None
    )
    if person is not None:
        return _Speaker(person, "person", start, end, "named")
    head = span[-1].lemma_.lower()
    if any(t.ent_type_ in {"ORG", "GPE", "NORP"} for t in span) or head in (
        ORGANIZATION_NOUNS | _SURVEY_NOUNS | {"newspaper", "camp"}
    ):
        name = text[start:end]
        return _Speaker(name.removeprefix("The "), "organization", start, end, "organization")
    return None


def _part_of_turn(statement: Statement, speaker: _Speaker, start: int, end: int) -> bool:
    """Whether a statement inside a labelled paragraph is the label speaker's own: one
    without a speaker, in the first or second person, of the same speaker, or a quote
    that no cue inside the paragraph gives to somebody else ("Trump: Cruz has ‘To Come
    a Long Way’ on ethanol")."""
    own_cue = statement.cue_start is not None and start <= statement.cue_start < end
    return (
        statement.speaker is None
        or (statement.speaker_mention or "").lower() in _FIRST_AND_SECOND_PERSON
        or statement.speaker == speaker.name
        or (statement.kind != "indirect" and not own_cue)
    )


def _labelled_paragraphs(ctx: _Context, statements: list[Statement]) -> list[Statement]:
    """ "Graham: Trump’s rhetoric destroying GOP’s chance." (a headline), "TAPPER: Do you
    think ...?" (a transcript): a paragraph that opens with the name of a speaker and a
    colon is that speaker's statement. It takes in the statements inside it that have no
    speaker of their own ("I think ...")."""
    text = _text(ctx.doc)
    furniture = furniture_spans(text)
    result = list(statements)
    for para_start, para_end in _paragraphs(text):
        colon = text.find(":", para_start, para_end)
        label_start, label_end = _trim(text, para_start, colon)
        label = text[label_start:label_end]
        if (
            colon < 0
            or not 1 <= len(_WORD.findall(label)) <= 5
            or label.casefold() in _SECTION_LABELS
            or any(a <= para_start < b for a, b in furniture)
        ):
            continue
        start, end = _trim(text, colon + 1, para_end)
        if len(_WORD.findall(text[start:end])) < 3:
            continue
        speaker = _label_speaker(ctx, label_start, label_end)
        if speaker is None:
            continue
        inside = [s for s in result if s.start < end and start < s.end]
        if any(s.start < start for s in inside):
            continue  # a quote that runs into the label is no label's
        result = [s for s in result if s not in inside or not _part_of_turn(s, speaker, start, end)]
        body = text[start:end]
        inner = body.rstrip(".")[1:-1]
        wholly_quoted = (
            body[:1] in _OPENERS
            and body.rstrip(".")[-1:] in '”"’'
            and not any(mark in inner for mark in '“”"‘')
            and not re.search(r"’\s", inner)
        )
        if wholly_quoted:  # "Ann Lee: “We will not give up.”": the words inside the marks
            start, end = _trim(text, start + 1, start + len(body.rstrip(".")) - 1)
            body = text[start:end]
        kind: StatementKind = (
            "direct"
            if label.isupper() or wholly_quoted  # a transcript's turn is verbatim
            else "partial"
            if any(mark in body for mark in _OPENERS)
            else "indirect"
        )
        result.append(
            Statement(
                quote=body,
                start=start,
                end=end,
                kind=kind,
                cue=":",
                cue_start=colon,
                cue_end=colon + 1,
                speaker=speaker.name,
                speaker_type=speaker.type,
                speaker_mention=text[speaker.mention_start : speaker.mention_end],
                speaker_start=speaker.mention_start,
                speaker_end=speaker.mention_end,
                confidence=CONFIDENCE[speaker.basis] - 0.1,
            )
        )
    return sorted(result, key=lambda s: (s.start, s.end))


def _previous_paragraph(text: str, position: int) -> tuple[int, int] | None:
    """The paragraph before the one ``position`` is in (blank lines skipped)."""
    end = text.rfind("\n", 0, position)
    while end > 0 and text[end - 1] in "\n \t\u00a0":
        end -= 1
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def _paragraph_subject(ctx: _Context, start: int, end: int) -> _Speaker | None:
    """The person or organisation the last sentence of a paragraph is about: the
    subject of its main verb."""
    sents = [s for s in _sents(ctx.doc) if start <= s.start_char < end]
    if not sents:
        return None
    root = sents[-1].root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (
        subject.lower_ in {"he", "she"}
        or subject.ent_type_ in {"PERSON", "ORG"}
        or subject.lemma_.lower() in ANONYMOUS_NOUNS
    ):
        return None
    return _speaker_of(ctx, subject)


def _continued_speakers(ctx: _Context, statements: list[Statement]) -> list[Statement]:
    """A quote that opens its paragraph with no cue and no speaker continues what the
    paragraph before it reported: the speaker of that paragraph's last statement, else
    the person or organisation its last sentence is about."""
    text = _text(ctx.doc)
    done: list[Statement] = []
    for statement in statements:
        para_start = text.rfind("\n", 0, statement.start) + 1
        opens = not text[para_start : statement.start].strip(" \t\u00a0'" + "".join(_OPENERS))
        previous = _previous_paragraph(text, para_start) if opens else None
        if statement.cue is not None or statement.speaker_start is not None or previous is None:
            done.append(statement)
            continue
        start, end = previous
        earlier = [s for s in done if start <= s.start < end and s.speaker_start is not None]
        speaker: _Speaker | None = None
        if earlier:
            last = max(earlier, key=lambda s: s.start)
            speaker = _Speaker(
                last.speaker, last.speaker_type, last.speaker_start, last.speaker_end, "context"
            )
        elif not _is_heading(text, start):
            speaker = _paragraph_subject(ctx, start, end)
        if speaker is None or speaker.mention_start is None:
            done.append(statement)
            continue
        done.append(
            replace(
                statement,
                speaker=speaker.name,
                speaker_type=speaker.type,
                speaker_mention=text[speaker.mention_start : speaker.mention_end],
                speaker_start=speaker.mention_start,
                speaker_end=speaker.mention_end,
                confidence=CONFIDENCE["context"] - 0.1,
            )
        )
    return done


# ----------------------------------------------------------------------------- kind


def _kind(doc: Doc, quote: _Quote, inside: set[int], cue: Token | None) -> StatementKind:
    text = _text(doc)
    body = text[quote.start : quote.end]
    words = _WORD.findall(body)
    tokens = [doc[i] for i in sorted(inside) if not doc[i].is_punct and not doc[i].is_space]
    if not tokens:
        return "partial"
    para_start = text.rfind("\n", 0, quote.open_pos) + 1
    before = text[para_start : quote.open_pos].strip()
    starts_clause = before == "" or before.endswith((":", ".", "?", "!"))
    if starts_clause and len(words) >= 3:
        return "direct"
    # The word right before the quote glues it into the reporting sentence.
    previous = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    while previous is not None and (previous.is_punct or previous.is_space) and previous.i > 0:
        previous = doc[previous.i - 1]
    glued = (
        previous is not None
        and previous.i not in inside
        and (
            previous.pos_ in {"DET", "ADP", "PART", "ADJ", "PRON", "NUM", "AUX"}
            or previous.dep_ in {"poss", "case", "aux", "mark"}
            or previous.lower_ in {"as", "of", "for", "to", "a", "the", "was", "were", "be"}
        )
    )
    if cue is not None and previous is not None and previous.i == cue.i:
        glued = False  # Blinken said “our view is ...”
    has_clause = any(
        t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.head.i in inside for t in tokens
    )
    capital = body[:1].isupper()
    if has_clause and not glued and len(words) >= 4:
        return "direct"
    if (
        capital
        and not glued
        and (_SENTENCE_END.search(body) or text[quote.end : quote.end + 1] in {",", "?", "!"})
    ):
        return "direct"
    return "partial"


# ---------------------------------------------------------------------------- skips


# The source a sentence of a digest credits after its full stop: "... Democratic. [Vox]"
_CREDIT_AT_END = re.compile(r"\s*\[[^\]\n]{1,40}\]$")


def _is_heading(text: str, position: int) -> bool:
    """Whether ``position`` lies in a heading: a short line without final punctuation."""
    para_start = text.rfind("\n", 0, position) + 1
    para_end = text.find("\n", position)
    para = text[para_start : para_end if para_end != -1 else len(text)].strip()
    bare = _CREDIT_AT_END.sub("", para).rstrip("\"'”’»)")
    return len(_WORD.findall(para)) <= 20 and not bare.endswith((".", "?", "!", "…", ":"))


_BYLINE_AFTER = re.compile(r"[,\s]*by\s+(?:The\s+)?[A-Z]")


def _is_title_or_scare(doc: Doc, quote: _Quote, inside: set[int]) -> bool:
    text = _text(doc)
    before = text[max(0, quote.open_pos - 40) : quote.open_pos].lower().rstrip()
    if before.endswith(SCARE_PREFIXES):
        return True
    if "," in text[quote.end : quote.close_pos] and _BYLINE_AFTER.match(text, quote.close_pos):
        return True  # “Chocolate Factory on its way to Broadway,” by Times’ Michael Paulson
    first = min(inside) if inside else None
    if first is not None and first > 0:
        j = first - 1
        while j > 0 and (doc[j].is_punct or doc[j].is_space) and "\n" not in doc[j].text:
            j -= 1
        if "\n" in doc[j].text:
            return False  # the quote opens its paragraph
        body = text[quote.start : quote.end].rstrip(".,")
        if doc[j].tag_ == "POS" and _title_case(body):
            return True  # CNN’s “State of the Union”, ABC's ''This Week.''
        if doc[j].lower_ in _TITLE_PREPOSITIONS and doc[j].dep_ == "prep" and _title_case(body):
            return True  # said on “The Late Show With Stephen Colbert”, host of “Today”
        named = doc[j].text[:1].isupper() and not doc[j].is_sent_start  # Dr. Paul Song
        if not named and (doc[j].lower_ in TITLE_WORDS or doc[j].lemma_.lower() in TITLE_WORDS):
            # "the film “...”" — but "called for “...”" stays a cue.
            return not (doc[j].lemma_.lower() == "call" and _is_cue(doc[j]))
    return False


_TITLE_PREPOSITIONS = frozenset({"on", "in", "at", "with", "of"})


def _title_case(body: str) -> bool:
    """Every word capitalised, as in a title: "Good Morning America", "Today"."""
    words = _WORD.findall(body)
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or", "is"}
    return (
        1 <= len(words) <= 8
        and words[0][0].isupper()
        and all(w[0].isupper() or w[0].isdigit() or w in small for w in words)
        and not _SENTENCE_END.search(body)
    )


def _looks_like_title(body: str) -> bool:
    words = _WORD.findall(body)
    small = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or"}
    return (
        2 <= len(words) <= 8
        and all(w[0].isupper() or w in small for w in words)
        and (not _SENTENCE_END.search(body))
    )


# ----------------------------------------------------------------------------- main


def _tokens_in(doc: Doc, start: int, end: int) -> set[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def extract_statements(doc: Doc) -> list[Statement]:
    """Direct, partial and indirect statements of ``doc``, in text order."""
    _CACHE.doc = doc
    _CACHE.ents, _CACHE.sents = tuple(doc.ents), tuple(doc.sents)
    try:
        return _extract(doc)
    finally:
        _CACHE.doc, _CACHE.ents, _CACHE.sents = None, (), ()


def _extract(doc: Doc) -> list[Statement]:
    text = _text(doc)
    names = _build_name_index(doc)
    roles = _build_roles(doc, names)
    ctx = _Context(doc, names, roles, _build_anonymous(doc), {}, _build_genders(doc, names, roles))
    quotes = [_Quote(*q) for q in find_quotes(text)]
    marks_by_quote = [_tokens_in(doc, q.open_pos, q.close_pos) for q in quotes]
    quoted: set[int] = set().union(*marks_by_quote) if marks_by_quote else set()
    reported: set[int] = set()  # the tokens of the quotes that became statements

    statements: list[Statement] = []
    used_cues: set[int] = set()
    # the last quote, its cue, speaker, paragraph start and whether the cue was borrowed
    previous: tuple[_Quote, Token | None, _Speaker, int, bool] | None = None
    for quote, marks in zip(quotes, marks_by_quote, strict=True):
        body = text[quote.start : quote.end]
        if _is_heading(text, quote.open_pos) or _is_title_or_scare(doc, quote, marks):
            continue
        words = _WORD.findall(body)
        para_start = text.rfind("\n", 0, quote.open_pos) + 1
        via_syntax = True
        cue = _syntactic_cue(doc, marks, quoted)
        if cue is None:
            via_syntax = False
            # "When X suggested ..., Y fired back: “...”": the clause before the colon
            # introduces the quote, before any other cue of the sentence
            cue = _colon_cue(doc, quote, quoted) or _sentence_cue(doc, quote, quoted)
            if cue is not None and _outside_the_report(cue, marks, words):
                cue = None
            if cue is not None and previous is not None and _added_to(cue, previous[1], quote):
                cue = None  # "“A,” X said, referring to Y. “B.”": B goes on with A
        if cue is not None and _in_speakers_description(cue, marks):
            continue  # "said Adam Segal, the author of “Hacked World Order,” ..."
        speaker: _Speaker | None = None
        basis_penalty = 0.0 if via_syntax else 0.08
        borrowed = False  # a cue of the next or previous sentence keeps its own statement
        if cue is None and previous is not None:
            prev_quote, prev_cue, prev_speaker, prev_para, prev_borrowed = previous
            same_paragraph = prev_para == para_start
            between = text[prev_quote.close_pos : quote.open_pos]
            whole_paragraph = text[para_start : quote.open_pos].strip() == ""
            continues = whole_paragraph and "\n" not in between.strip("\n")
            if continues and _nearby_cue(doc, quote, quoted) is not None:
                continues = False  # “...?” Ann Lee asked: its own cue follows it
            if same_paragraph or continues:
                cue = prev_cue
                speaker = prev_speaker
                basis_penalty = 0.1 if same_paragraph else 0.25
                borrowed = prev_borrowed
        if cue is None:
            cue = _attribution_right_after(doc, quote, marks, quoted)
        if cue is None and len(words) > 3 and not _looks_like_title(body):
            cue = _nearby_cue(doc, quote, quoted) or _colon_cue(doc, quote, quoted)
            basis_penalty = 0.15
            borrowed = True
        if cue is None:
            if _looks_like_title(body):
                continue  # a title: nobody is reported saying it
            speaker = _governing_speaker(ctx, marks, quoted)
            if len(words) <= 3 and (
                speaker is None or _modifies_a_noun(doc, marks) or _reported_object(doc, marks)
            ):
                continue  # a scare quote, or part of what a verb reports (indirect pass)
            speaker = (
                speaker
                or _heading_speaker(ctx, quote)
                or _Speaker(None, "unknown", None, None, "unknown")
            )
        elif speaker is None:
            speaker = _resolve_speaker(ctx, cue)
            if speaker.mention_start is None or _quoted_subject(doc, speaker, quoted):
                speaker = _speaker_of(
                    ctx, _adjacent_subject(cue, quoted) or _named_before(cue, quoted)
                )
        kind = _kind(doc, quote, marks, cue)
        # A partial quote inside the clause its cue reports is part of that clause: the
        # cue is left to report the clause, quote included ("he said the talks were
        # “constructive” and ..." is one statement).
        in_clause = cue is not None and _in_clause_of(cue, marks, whole=kind == "direct")
        if cue is not None and not borrowed and not in_clause:
            used_cues.add(cue.i)
        cue_start, cue_end = _cue_span(cue) if cue is not None else (None, None)
        confidence = max(0.05, CONFIDENCE[speaker.basis] - basis_penalty)
        if speaker.name is not None and len(words) <= 2 and kind == "partial":
            confidence -= 0.05  # a word or two: possibly the writer's own emphasis
        statements.append(
            Statement(
                quote=body,
                start=quote.start,
                end=quote.end,
                kind=kind,
                cue=text[cue_start:cue_end] if cue_start is not None else None,
                cue_start=cue_start,
                cue_end=cue_end,
                speaker=speaker.name,
                speaker_type=speaker.type,
                speaker_mention=(
                    text[speaker.mention_start : speaker.mention_end]
                    if speaker.mention_start is not None
                    else None
                ),
                speaker_start=speaker.mention_start,
                speaker_end=speaker.mention_end,
                confidence=round(confidence, 2),
            )
        )
        previous = (quote, cue, speaker, para_start, borrowed)
        if in_clause:
            used_cues |= marks  # the clause's words, but no cue of its own
        else:
            reported |= marks

    # A scare quote that no cue reported can be part of what a verb reports:
    # "Trump blasted Disney for its “outrageous practices”".
    sharers: dict[int, Token] = {}  # "X said A and said B": the second cue -> the first
    statements.extend(_indirect_statements(ctx, reported, used_cues, None, sharers))
    # Verbs of the wider lexicon report only outside the statements found so far:
    # "X said the group had offered to ..." is one statement, X's.
    covered = [(s.start, s.end) for s in statements]
    statements.extend(_indirect_statements(ctx, reported, used_cues, covered, sharers))
    statements.sort(key=lambda s: (s.start, s.end))
    statements = _labelled_paragraphs(ctx, statements)
    return _join_split_quotes(doc, _continued_speakers(ctx, statements))


def _join_split_quotes(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """One attribution, one statement: quotes that share their cue become one.

    A quote split by its attribution ("“A,” he said, “B.”", also when the attribution
    ends its sentence, unless the second quote belongs to a clause of its own, and when
    the second quote is a paragraph with no attribution of its own) and the
    quotes of one sentence that one verb reports ("called him a “loser” and a “liar”")
    are one statement, whose span runs from the first quote to the last and whose
    ``quote`` is the quoted words joined with a space.
    """
    joined: list[Statement] = []
    last_quoted: int | None = None  # index in ``joined`` of the last quote statement
    for statement in statements:
        if statement.kind == "indirect":
            joined.append(statement)
            continue
        if last_quoted is not None and _same_attribution(doc, joined[last_quoted], statement):
            first = joined[last_quoted]
            joined[last_quoted] = replace(
                first,
                quote=f"{first.quote} {statement.quote}",
                end=statement.end,
                kind="direct" if "direct" in {first.kind, statement.kind} else "partial",
                confidence=min(first.confidence, statement.confidence),
            )
            continue
        joined.append(statement)
        last_quoted = len(joined) - 1
    return _with_own_quotes(doc, joined)


def _in_clause_of(cue: Token, marks: set[int], *, whole: bool) -> bool:
    """Whether the quote with these mark tokens lies in a clause ``cue`` reports that has
    words of its own: "said the talks were “constructive.”" (the closing mark may hang on
    the cue), not "said that “...”"; a ``whole`` sentence in marks only after such words:
    "said he had reviewed the messages because “I do not see what makes them secret.”"."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ != "ccomp" or child.left_edge.i > min(marks):
            continue
        after = range(child.right_edge.i + 1, max(marks) + 1)
        if not all(doc[i].is_punct for i in after):
            continue
        before = doc[child.left_edge.i : min(marks)]
        outside = before if whole else (t for t in child.subtree if t.i not in marks)
        return any(not t.is_punct and t.lower_ != "that" for t in outside)
    return False


def _with_own_quotes(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A report takes in the partial quotes of its own speaker that lie inside it
    ("X believes his campaign has “the wind at its back”"), and the quotes of its own
    cue that start inside it or go on with it in the same sentence, running on to the
    end of the last one ("X said the cases were “concentrated but not contained”", "X
    said he had offers, but “the offers were ...”"): one partial statement, the clause
    with the quoted words."""
    text = _text(doc)
    absorbed: set[int] = set()
    out: list[Statement] = []
    for report in statements:
        if report.kind == "indirect":
            for i, quote in enumerate(statements):
                if not _takes_in(text, report, quote):
                    continue
                absorbed.add(i)
                end = report.end
                if quote.end >= end:  # the clause ends with the quote and its mark
                    end = _past_closing_mark(text, quote.end)
                report = replace(
                    report,
                    end=end,
                    quote=text[report.start : end],
                    kind="partial",
                    confidence=max(report.confidence, quote.confidence),
                )
        out.append(report)
    return [s for i, s in enumerate(out) if i not in absorbed]


def _takes_in(text: str, report: Statement, quote: Statement) -> bool:
    """Whether ``report`` takes in ``quote``: a quote of the same speaker that starts in
    the report, and is of its cue or a partial quote inside it, or goes on with it."""
    return (
        quote.kind != "indirect"
        and quote.speaker is not None
        and (quote.speaker, quote.speaker_type) == (report.speaker, report.speaker_type)
        and report.start <= quote.start
        and (
            (quote.cue_start == report.cue_start and quote.start < report.end)
            or (quote.kind == "partial" and quote.end <= report.end)
            or _quote_goes_on(text, report, quote)
        )
    )


def _past_closing_mark(text: str, end: int) -> int:
    """The end of a quote with its closing mark, and the comma before the mark that the
    quote leaves out (“..., ” ...)."""
    after = end + (text[end : end + 1] == ",")
    if text.startswith("''", after):
        return after + 2
    return after + 1 if text[after : after + 1] in _CLOSERS else end


def _quote_goes_on(text: str, report: Statement, quote: Statement) -> bool:
    """Whether a quote of the report's own cue follows it in the same sentence: "X said
    he had received offers, but “the offers were ...”", "X said A: “B”"."""
    return (
        quote.cue_start == report.cue_start
        and report.end <= quote.start
        and not _SENTENCE_BREAK.search(text[report.end : quote.start])
    )


def _opens_a_clause(doc: Doc, first: Statement, second: Statement) -> bool:
    """Whether the second quote belongs to a clause that starts between the two quotes
    ("“A,” saying the city embodied the “B”"), not to the attribution of the first
    ("“A,” she said at the ceremony, “B”")."""
    token = doc.char_span(second.start, second.end, alignment_mode="expand")
    if token is None:
        return False
    for ancestor in token.root.ancestors:
        inside_gap = first.end <= ancestor.idx < second.start
        if inside_gap and not (first.cue_start is not None and ancestor.idx == first.cue_start):
            return True
    return False


# characters between the two parts of a quote split by its attribution, which may end its
# sentence with a long description of the speaker: "“A,” said X, who ... . “B.”"
SPLIT_GAP = 300
PARTIAL_GAP = 120  # characters between two quotes of one verb in one sentence


_MARKS_AND_SPACE = " \t\n\u00a0'" + "".join(_OPENERS) + "".join(_CLOSERS)


def _same_attribution(doc: Doc, first: Statement, second: Statement) -> bool:
    text = _text(doc)
    if first.cue_start is None or first.cue_start != second.cue_start:
        return False
    if (first.speaker, first.speaker_type) != (second.speaker, second.speaker_type):
        return False
    gap = text[first.end : second.start]
    if "\n" in gap:
        # a quote paragraph with no attribution of its own goes on with the statement
        # whose cue it takes: "“A,” she said.\n“B.”" and "She said: “A.”\n“B.”" are one
        return first.end <= first.cue_start < second.start or not gap.strip(_MARKS_AND_SPACE)
    if first.end <= first.cue_start < second.start:  # "“A,” he said, “B.”"
        return len(gap) <= SPLIT_GAP and not _opens_a_clause(doc, first, second)
    speaker = first.speaker_start
    if speaker is not None and speaker <= second.start < first.cue_start:
        return False  # a quote inside the attribution: "“A,” X, wearing “Ted Cruz” pins, said"
    return len(gap) <= PARTIAL_GAP and not _SENTENCE_BREAK.search(gap)


# ------------------------------------------------------------------------- indirect


def _has_own_subject(cue: Token) -> bool:
    """Indirect speech needs an explicit reporter: "X said", "X stressed ... and said"."""
    if cue.lemma_.lower() == "accord" or cue.dep_ == "acl" or _poll_of(cue) is not None:
        return True
    if _is_nominal_cue(cue):
        return _subject(cue) is not None
    if any(c.dep_ in {"nsubj", "agent"} for c in cue.children):
        return True
    if _gerund_of_a_clause(cue):  # "... and won endorsements by citing his results"
        return _subject(cue) is not None
    if _participle_of_a_clause(cue):  # "Noting he majored in philosophy, Allen said ..."
        return any(c.dep_ == "nsubj" for c in cue.head.children)
    if cue.dep_ in {"conj", "advcl", "xcomp"} and cue.i > cue.head.i:
        # "X stressed ... and said", "X left, saying ...", "X went on to say ..."
        head = cue.head
        while head.dep_ == "conj" and head.i > head.head.i:
            head = head.head  # "X reversed themselves, rushed in and said ..."
        if cue.dep_ == "xcomp" and head.dep_ == "acomp":
            head = head.head  # "X was quick to point out ..."
        if head is not cue.head and head.dep_ == "advcl" and head.tag_ == "VBG":
            # "X sought to look tough, painting others as weak and suggesting that ..."
            return _speaking_subject_above(head) is not None
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            return True
        # "X sought to bolster his credibility, painting others as weak"
        return (
            cue.dep_ == "advcl" and cue.tag_ == "VBG" and _speaking_subject_above(cue) is not None
        )
    return cue.dep_ == "ROOT" and _person_the_parse_lost(cue) is not None


# Prepositions whose gerund is something the clause's subject does: "X called her son a
# hero before explaining why ...", "After suggesting that ..., Rubio said", "Cruz pivoted
# to arguing that ...". Not "for" ("rebuked Trump for suggesting ...": Trump suggested).
_GERUND_PREPOSITIONS = frozenset(
    {
        "before",
        "after",
        "by",
        "while",
        "in",
        "without",
        "since",
        "upon",
        "on",
        "to",
        "through",
        "despite",
    }
)


def _gerund_of_a_clause(cue: Token) -> bool:
    """A gerund cue that is the object of a preposition of its clause's verb."""
    prep = cue.head
    return (
        cue.dep_ == "pcomp"
        and cue.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in _GERUND_PREPOSITIONS
        and prep.head.pos_ in {"VERB", "AUX"}
    )


def _participle_of_a_clause(cue: Token) -> bool:
    """A participle of what the clause's subject does, set before the clause ("Noting
    ..., Allen said") or after a conjunction of time ("..., Allen said, while noting ...")."""
    if cue.dep_ != "advcl" or cue.tag_ != "VBG":
        return False
    marks = [c.lower_ for c in cue.children if c.dep_ == "mark"]
    return (not marks and cue.i < cue.head.i) or (
        len(marks) == 1 and marks[0] in _GERUND_PREPOSITIONS
    )


_TRAILING_JUNK = re.compile(r"(?:[\s,.;:]|\b(?:and|but|or|while|although)\b)+$")


def _strip_trailing_conjunction(text: str, start: int, end: int) -> int:
    m = _TRAILING_JUNK.search(text, start, end)
    return m.start() if m and m.end() == end else end


_CLAUSE_ONLY = frozenset({CLAUSE})
# Dependencies that carry each kind of reported content.
_COMPLEMENT_DEPS = ((CLAUSE, ("ccomp",)), (INFINITIVE, ("xcomp",)), (OBJECT, ("dobj",)))


def _cue_lemma(token: Token) -> str:
    """The lemma the cue lexicon knows the word by ("hopes" -> "hope", not "hop")."""
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def _is_indirect_cue(token: Token) -> bool:
    """A verb of :data:`extractors.cues.INDIRECT_CUES` heading its own clause, or the
    participle of a message or speaker: "issued statements condemning the attacks", "a
    super PAC backing Jeb Bush"."""
    lemma = _cue_lemma(token)
    return (
        (lemma in INDIRECT_CUES or lemma in PREPOSITION_CUES)
        and token.pos_ in {"VERB", "AUX"}
        and (
            token.dep_ not in {"amod", "compound", "acl", "aux", "auxpass"}
            or (token.dep_ == "acl" and token.tag_ == "VBG" and _says_things(token.head))
        )
        and not _pledged_delegates(token)
    )


def _pledged_delegates(token: Token) -> bool:
    """ "271 pledged delegates": a kind of delegate, whatever the parse makes of it."""
    doc = token.doc
    return (
        token.lower_ == "pledged"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lemma_.lower() in {"delegate", "superdelegate"}
    )


def _is_finding(cue: Token) -> bool:
    """What a study finds, it reports: "A new poll finds <Trump ahead in Ohio>" (what
    a person finds need not be a finding: "Ann Lee found the posts")."""
    if _cue_lemma(cue) != "find":
        return False
    subject = _subject(cue)
    return subject is not None and subject.lemma_.lower() in FINDING_NOUNS


def _says_things(noun: Token) -> bool:
    """A message, a finding or someone who can speak: "a super PAC backing Jeb Bush", "a
    new poll showing Trump ahead"."""
    lemma = noun.lemma_.lower()
    return lemma in MESSAGE_NOUNS or lemma in FINDING_NOUNS or _can_speak(noun)


_GAINING = frozenset(
    {"win", "earn", "draw", "receive", "get", "enjoy", "gain", "garner", "attract", "lose"}
    | {"retain", "keep", "secure", "command", "have", "pick"}
)


def _support_from(noun: Token, quoted: set[int]) -> tuple[tuple[int, int], Token] | None:
    """Who backs whom, said with the noun: "Rubio has won support from governors",
    "Trump earned the support of four in 10 voters", "his support among evangelicals"
    (the governors, voters and evangelicals back Rubio, Trump and him)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    # "his support of the loophole" is his: "of" names the backers only without an owner
    sources = {"from", "among"} if owner is not None else {"from", "among", "of"}
    gained = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GAINING
    # "won support from governors" may hang "from" on the verb
    preps = [*noun.children, *(noun.head.children if gained else [])]
    source = next(
        (
            g
            for c in preps
            if c.dep_ == "prep" and c.lower_ in sources
            for g in c.children
            if g.dep_ == "pobj" and g.i not in quoted
        ),
        None,
    )
    if source is None:
        return None
    backed: Token | None = owner
    if backed is None and gained:
        backed = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if backed is None or backed.i in quoted or backed.tag_ in {"WDT", "WP"}:
        return None
    left, right = backed.left_edge, backed.right_edge
    if backed is owner:
        left = right = backed
    return (left.idx, right.idx + len(right.text)), source


def _reported_noun(token: Token, quoted: set[int]) -> tuple[tuple[int, int], Token] | None:
    """A noun phrase a verb of the lexicon reports from inside its modifier, with the
    reporter: "a plan backed by Republicans", "the candidates Sanders named"; or the
    subject of its passive: "The meeting was first reported by Politico"; or the clause
    "as reported by" attributes: "As reported by Politico, <the two met in May>"."""
    lemma = _cue_lemma(token)
    if token.pos_ == "VERB" and lemma in INDIRECT_CUES and _as_reported(token):
        return _as_reported_clause(token, quoted)
    if token.pos_ == "NOUN" and token.lemma_.lower() == "support":
        return _support_from(token, quoted)
    if token.pos_ != "VERB" or OBJECT not in INDIRECT_CUES.get(lemma, frozenset()):
        return None
    if any(c.dep_ == "auxpass" for c in token.children):
        return _passive_subject(token, quoted)
    head = token.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.i > token.i or head.i in quoted:
        return None
    reporter: Token | None = None
    if token.dep_ == "acl" and token.tag_ == "VBN":
        reporter = _agent(token)
    elif token.dep_ == "relcl" and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"} for c in token.children
    ):
        # "the candidates Sanders named"; "the plan that he announced" keeps "that"
        reporter = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.tag_ in {"WDT", "WP"}:
        return None
    left = head.left_edge
    return (left.idx, head.idx + len(head.text)), reporter


def _agent(verb: Token) -> Token | None:
    """Who does what a passive verb says: "Politico" in "was reported by Politico"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _as_reported(cue: Token) -> bool:
    """ "As (first) reported by X, ...": a participle of "as" with its agent."""
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    )


def _as_reported_clause(cue: Token, quoted: set[int]) -> tuple[tuple[int, int], Token] | None:
    reporter = _agent(cue)
    content = _clause_around(cue.head, cue)
    if reporter is None or content is None or cue.head.i in quoted:
        return None
    return content, reporter


def _passive_subject(cue: Token, quoted: set[int]) -> tuple[tuple[int, int], Token] | None:
    """ "<The plan> was criticized by Democrats": the subject of a passive, with its agent."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    reporter = _agent(cue)
    if subject is None or reporter is None or subject.i in quoted:
        return None
    if subject.tag_ in {"WDT", "WP", "PRP"}:
        return None  # "who was endorsed by X", "he was attacked by X": a mention, not a topic
    left, right = subject.left_edge, subject.right_edge
    return (left.idx, right.idx + len(right.text)), reporter


def _coordinated_reports(cue: Token, start: int, end: int) -> list[Token]:
    """Reporting verbs coordinated into the content of ``cue`` by a misparse, sharing
    its subject and tense: "He said A and said that B", "X says A and tells the crowd B",
    "X said A, adding B"."""
    return [
        t
        for t in cue.doc.char_span(start, end, alignment_mode="expand") or []
        if _added_participle(cue, t, start, end) or _coordinated_cue(cue, t, start, end)
    ]


def _coordinated_cue(cue: Token, token: Token, start: int, end: int) -> bool:
    return (
        token.dep_ == "conj"
        and token.i > cue.i
        and start <= token.head.idx < end
        and token.tag_ == cue.tag_  # "says A and tells B", not "says she was tired and wanted B"
        and _is_cue(token)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)
    )


def _added_participle(cue: Token, token: Token, start: int, end: int) -> bool:
    """A participle set off after the clause ``cue`` reports, which the parse hangs on
    that clause: "X said that Y had left, adding that ..." (X adds)."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and token.head.dep_ == "ccomp"
        and token.head.head == cue
        and start <= token.head.idx < end
        and _is_cue(token)
    )


def _is_sourceless_cue(token: Token) -> bool:
    """A cue whose source the text does not give: an agentless passive of
    :data:`extractors.cues.PASSIVE_CUES` ("X is expected to ...", "asked whether ...")
    or a verb of :data:`extractors.cues.EVIDENTIAL_CUES` ("X seems to ..."), or an adverb
    of :data:`extractors.cues.REPORTING_ADVERBS` ("X reportedly met ...")."""
    if token.lower_ in REPORTING_ADVERBS:
        return token.dep_ == "advmod" and token.head.pos_ in {"VERB", "AUX"}
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"amod", "compound", "aux", "auxpass"}:
        return False
    lemma = _cue_lemma(token)
    if lemma in EVIDENTIAL_CUES:  # "X seems to ...", not "a piece appearing in the Times"
        return any(
            c.dep_ in {"xcomp", "ccomp", "acomp", "oprd"} or _is_likeness(c) for c in token.children
        )
    if any(c.dep_ in {"agent", "nsubj"} for c in token.children):
        return False
    if lemma in NAMING_CUES and _is_naming(token):
        return True
    if lemma not in PASSIVE_CUES:
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    if token.tag_ not in {"VBN", "VBD"} or token.dep_ != "advcl":
        return False
    # "Asked whether ..., she said": a participle opening its sentence (the tagger reads
    # a capitalised "Asked what ..." as a past tense); "..., when asked how ..."
    opening = token.i < token.head.i and (token.tag_ == "VBN" or token.is_sent_start)
    when = any(c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "if"} for c in token.children)
    return opening or when


def _is_likeness(token: Token) -> bool:
    """ "seems like a fine idea": what something seems is the object of "like"."""
    return token.dep_ == "prep" and token.lower_ == "like"


def _is_naming(token: Token) -> bool:
    """ "the contests known as Super Tuesday", "he is considered a liberal", "she is
    known for speaking her mind"."""
    passive = token.dep_ == "acl" or any(c.dep_ == "auxpass" for c in token.children)
    named = any(
        (c.dep_ == "prep" and c.lower_ in _NAMED_AS.get(token.lemma_, ("as",))) or c.dep_ == "oprd"
        for c in token.children
        if c.i > token.i
    )
    return token.tag_ == "VBN" and passive and named


_NAMED_AS = {"know": ("as", "for")}


def _sourceless_content(token: Token, quoted: set[int]) -> tuple[int, int] | None:
    """What a sourceless cue attributes: its clause ("it was reported that <content>"),
    else its raised subject with the complement ("<X is expected to win>")."""
    if token.lower_ in REPORTING_ADVERBS:  # "<X reportedly met the donors>"
        head = token.head
        joined = {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        words = [t for t in head.subtree if t.i not in joined and t.i != token.i]
        while words and words[-1].is_punct:
            words.pop()
        if head.i in quoted or not words:
            return None
        return words[0].idx, words[-1].idx + len(words[-1].text)
    complements = [c for c in token.children if c.i > token.i and c.i not in quoted]
    if token.dep_ == "acl" and token.head.i < token.i and token.head.i not in quoted:
        # "the contests known as Super Tuesday": the phrase with its name
        left, right = token.head.left_edge, token.right_edge
        return left.idx, right.idx + len(right.text)
    clause = next((c for c in complements if c.dep_ == "ccomp"), None)
    if clause is None and _cue_lemma(token) == "ask":  # "was asked a question about ..."
        clause = next((c for c in complements if c.dep_ == "dobj"), None)
    if clause is not None:
        return _clause_span(clause)
    # "<X is expected to win>", "<X is seen as ...>", "<X seems like ...>", "<X was asked
    # about ...>", "<X is known for ...>"
    preps = {"as", "like"} | PREPOSITION_CUES.get(_cue_lemma(token), set())
    preps |= set(_NAMED_AS.get(token.lemma_, ()))
    raised = next(
        (
            c
            for c in complements
            if c.dep_ in {"xcomp", "acomp", "oprd"} or (c.dep_ == "prep" and c.lower_ in preps)
        ),
        None,
    )
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (
        raised is not None
        and subject is None
        and token.tag_ != "VBG"  # "..., appearing to rely on ...": the subject's manner
        and _cue_lemma(token) in EVIDENTIAL_CUES
    ):
        # "... and seemed to take hope": what seems, without the subject the parse lost
        if raised.i in quoted:
            return None
        return raised.left_edge.idx, raised.right_edge.idx + len(raised.right_edge.text)
    if raised is None or subject is None or subject.lower_ in {"it", "there"}:
        return None
    if subject.i in quoted or subject.tag_ in {"WDT", "WP"}:
        return None
    left, right = subject.left_edge, raised.right_edge
    return left.idx, right.idx + len(right.text)


_VIEW_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_NOT_VIEWS = frozenset(
    {"have", "be", "do", "let", "get", "make", "go", "come", "take", "give", "win", "lose", "help"}
)


def _is_nominal_cue(token: Token) -> bool:
    nominal = token.pos_ == "NOUN" or token.tag_ in {"NN", "NNS"}
    if not (nominal or (token.tag_ == "VBG" and token.dep_ in {"dobj", "pobj", "attr"})):
        return False  # "her warning that" is sometimes parsed as a gerund
    word = token.lower_
    return (
        word in NOMINAL_CUES
        or word.removesuffix("s") in NOMINAL_CUES
        or token.lemma_.lower() in NOMINAL_COMPLEMENTS
        or _light_verb_preps(token) is not None
    )


def _light_verb_preps(noun: Token) -> frozenset[str] | None:
    """What the noun of a phrase of :data:`extractors.cues.LIGHT_VERB_NOUNS` reports:
    "took <aim> at", "made no <mention> of"."""
    if noun.dep_ != "dobj":
        return None
    return LIGHT_VERB_NOUNS.get(noun.head.lemma_.lower(), {}).get(noun.lemma_.lower())


def _nominal_content(token: Token, quoted: set[int]) -> tuple[int, int] | None:
    """The "that" clause of a noun of :data:`NOMINAL_CUES`: "his warning that <content>",
    also after "is": "Sanders's argument was that <content>"."""
    if not _is_nominal_cue(token):
        return None
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        predicate = _predicate_clause(token.head, quoted)
        if predicate is not None:
            return predicate
    for child in token.children:
        if child.dep_ not in {"acl", "relcl", "ccomp"} or child.i < token.i or child.i in quoted:
            continue
        that = child.left_edge
        if that.lower_ != "that" or that.dep_ != "mark" or that.i != token.i + 1:
            continue  # "the claim that he made" is a relative clause, not a report
        right = child.right_edge
        if that.i < right.i:
            start = token.doc[that.i + 1]
            return start.idx, right.idx + len(right.text)
    return _nominal_complement(token, quoted)


def _clause_span(clause: Token) -> tuple[int, int]:
    """The characters of a clause, without the "that" it opens with: "said that <...>"."""
    left, right = clause.left_edge, clause.right_edge
    if left.dep_ == "mark" and left.lower_ == "that" and left.i < right.i:
        left = clause.doc[left.i + 1]
    return left.idx, right.idx + len(right.text)


def _predicate_clause(copula: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "... is that <content>", "... was to <content>": a clause after "be"."""
    for child in copula.children:
        if child.i < copula.i or child.i in quoted or child.dep_ not in {"ccomp", "xcomp"}:
            continue
        start, end = _clause_span(child)
        if start == child.left_edge.idx and child.left_edge.i != copula.i + 1:
            continue  # neither "is that ..." nor "is to ..." right after the verb
        return start, end
    return None


def _nominal_complement(token: Token, quoted: set[int]) -> tuple[int, int] | None:
    """What a noun of :data:`extractors.cues.NOMINAL_COMPLEMENTS` reports, right after
    it: "his decision <to leave>", "her criticism of <the plan>"."""
    light = _light_verb_preps(token)
    preps = NOMINAL_COMPLEMENTS.get(token.lemma_.lower(), frozenset()) | (light or frozenset())
    if not preps:
        return None
    children = list(token.children)
    if light is not None:  # "took aim on Monday at X": the preposition of the verb
        children += [c for c in token.head.children if c.i > token.i]
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        if "that" in light and clause is not None and clause.i not in quoted:
            left, right = clause.left_edge, clause.right_edge
            if left.lower_ == "that" and left.i < right.i:
                left = token.doc[left.i + 1]
            return left.idx, right.idx + len(right.text)
    for child in children:
        if child.i in quoted or child.i <= token.i:
            continue
        first = child.left_edge
        if first.i != token.i + 1:
            continue  # only what follows the noun at once
        if child.dep_ == "acl" and "inf" in preps and first.lower_ in {"to", "not"}:
            right = child.right_edge
            return first.idx, right.idx + len(right.text)
        if child.dep_ == "prep" and child.lower_ in preps:
            if child.lower_ == "of" and token.lemma_ == "support" and token.head.lower_ != "in":
                continue  # "in support of Rubio", not "has the support of women"
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if not objects or objects[0].i in quoted:
                continue
            left, right = objects[0].left_edge, objects[0].right_edge
            if left.i == right.i and left.lemma_.lower() == "comment":
                continue  # "a request for comment": an act of speech, not its content
            if objects[0].ent_type_ in _WHEN:
                continue  # "a statement on Friday"
            return left.idx, right.idx + len(right.text)
    return None


def _holds_a_view(token: Token) -> bool:
    """Any verb whose person or organisation subject carries a clause: "X bet that ..."."""
    if token.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in token.children):
        return False
    if token.lemma_.lower() in _NOT_VIEWS:
        return False
    for child in token.children:
        if child.dep_ == "nsubj":
            return (
                child.lower_ in _VIEW_PRONOUNS
                or child.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                or child.lemma_.lower() in ANONYMOUS_NOUNS
                or child.lemma_.lower() in ORGANIZATION_NOUNS
            )
    return False


def _complement(token: Token, kinds: frozenset[str], quoted: set[int]) -> tuple[int, int] | None:
    """Characters of the content a cue reports: its clause, infinitive or object."""
    if AS in kinds:
        taken_as = _object_taken_as(token, quoted)
        if taken_as is not None:
            return taken_as
    preps = PREPOSITION_CUES.get(_cue_lemma(token))
    if preps is not None:
        for child in token.children:
            # after the cue: "argue for X", not "Cement makers, for instance, argue ..."
            if child.dep_ == "prep" and child.lower_ in preps and child.i > token.i:
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objects and _a_while(child, objects[0]):
                    # a time is no content: "has argued for years that <content>"
                    clause = next(
                        (c for c in objects[0].children if c.dep_ in {"relcl", "acl"}), None
                    )
                    if clause is not None and clause.left_edge.lower_ == "that":
                        return _clause_span(clause)
                elif objects and objects[0].i not in quoted:
                    left, right = objects[0].left_edge, objects[0].right_edge
                    return left.idx, right.idx + len(right.text)
    # a clause after the cue before one ahead of it: "X went further: he said that <content>"
    children = sorted(token.children, key=lambda c: (c.i < token.i, c.i))
    for kind, deps in _COMPLEMENT_DEPS:
        if kind not in kinds:
            continue
        for child in children:
            if child.i in quoted:
                continue
            if kind == CLAUSE and _is_answer_or_gerund_clause(token, child):
                return child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            if child.dep_ not in deps:
                continue
            if child.dep_ == "dobj":
                # "repeated her warning that <content>": the noun's clause is the content
                nominal = _nominal_content(child, quoted)
                if nominal is not None:
                    return nominal
                companion = _object_companion(token, child, quoted)
                if companion is not None:
                    right = companion.right_edge
                    return child.left_edge.idx, right.idx + len(right.text)
            return _clause_span(child)
    if CLAUSE in kinds:
        return _that_clause_in_a_phrase(token, quoted)
    return None


def _that_clause_in_a_phrase(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "said in one of a series of messages that <content>": a "that" clause the parse
    hangs on a noun of the phrase between the cue and its clause."""
    for child in cue.children:
        if child.dep_ != "prep" or child.i < cue.i:
            continue
        for token in child.subtree:
            first = token.left_edge
            if (
                token.dep_ in {"relcl", "acl"}
                and first.lower_ == "that"
                and first.dep_ == "mark"
                and token.i not in quoted
            ):
                return _clause_span(token)
    return None


_WHEN = frozenset({"DATE", "TIME"})


def _a_while(preposition: Token, noun: Token) -> bool:
    """ "for years", "for nearly a decade": how long, not what for ("blamed her for the
    past decade of policies" is what for)."""
    return (
        preposition.lower_ == "for"
        and noun.ent_type_ in _WHEN
        and not any(c.dep_ == "prep" for c in noun.children)
    )


def _object_companion(cue: Token, obj: Token, quoted: set[int]) -> Token | None:
    """The preposition after a reported object that says what it is reported for
    (:data:`extractors.cues.OBJECT_PREPOSITIONS`): "criticized Trump <over his call for
    a ban>"; not a date ("stressed those worries on Sunday")."""
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "prep"
            and c.lower_ in OBJECT_PREPOSITIONS
            and c.i > obj.right_edge.i
            and c.i not in quoted
            and not any(o.ent_type_ in _WHEN for o in c.children)
        ),
        None,
    )


def _call_content(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "called on X to <act>" and "called X <name>": the object with what it is
    called on to do or called; "called to <act>"; "called out X"."""
    parts: list[Token] = []
    called_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in cue.children)
    for child in cue.children:
        if child.i < cue.i or child.i in quoted:
            continue
        if called_out and child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
            parts.append(child)  # "called out X on the substance of her attack"
        elif child.dep_ == "prep" and child.lower_ in {"on", "upon"}:
            parts += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in _WHEN]
        elif child.dep_ in {"dobj", "oprd", "ccomp", "xcomp"}:
            parts.append(child)
    alone = len(parts) == 1 and (
        (parts[0].dep_ == "xcomp" and parts[0].left_edge.i == cue.i + 1)
        or called_out
        or (parts[0].dep_ == "dobj" and _named_inside(parts[0]))
    )
    # "called to ban ...", "calling Trump a fascist" (one small clause), "calls out X"
    two_objects = _two_objects(cue)
    if not (alone or two_objects or (called_out and parts)) and (
        len(parts) < 2 or all(p.dep_ in {"dobj", "pobj"} for p in parts)
    ):
        return None  # "called the office on Monday", "called on Monday to complain"
    left = min(p.left_edge.i for p in parts)
    right = max(p.right_edge.i for p in parts)
    return cue.doc[left].idx, cue.doc[right].idx + len(cue.doc[right].text)


def _two_objects(cue: Token) -> bool:
    """ "calling him a disgrace" parsed as two objects of the verb."""
    return sum(c.dep_ == "dobj" and c.i > cue.i for c in cue.children) >= 2


def _named_inside(noun: Token) -> bool:
    """ "called her son her hero", "called the squabble unusual": what the object is
    called, parsed into the object as an apposition or an adjective after its noun."""
    last = noun.right_edge
    if last.is_punct and last.i > noun.i:
        last = noun.doc[last.i - 1]
    named = last if last.dep_ == "appos" else last.head
    appositive = named.dep_ == "appos" and not noun.doc[named.left_edge.i - 1].is_punct
    trailing_adjective = last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i < last.i
    return appositive or trailing_adjective


_PRESENTING = frozenset({"cast", "portray", "paint", "frame", "depict"})


def _object_taken_as(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "views the deal as a mistake", "considers him a threat": the object with what it
    is taken as (both are needed: "saw the car" is no view)."""
    after = [c for c in cue.children if c.i > cue.i and c.i not in quoted]
    # "cast himself as an outsider" presents a view; "saw herself as a reformer" is none
    presents = _cue_lemma(cue) in _PRESENTING
    objects = [
        c
        for c in after
        if c.dep_ == "dobj" and (presents or not c.lower_.endswith(("self", "selves")))
    ]
    # "considers him a threat"; other verbs need "as": "saw him become ..." is no view
    small_clause = {"oprd", "ccomp"} if _cue_lemma(cue) in {"consider", "deem"} else set()
    for child in after:  # "consider Clinton honest", parsed as a clause with its subject
        if (
            small_clause
            and child.dep_ in small_clause | {"dobj"}
            and any(c.dep_ == "nsubj" and c.i < child.i for c in child.children)
        ):
            return child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
    preps = TAKEN_AS_PREPOSITIONS.get(_cue_lemma(cue), frozenset({"as"}))
    taken = [
        c
        for c in after
        if (c.dep_ == "prep" and c.lower_ in preps)
        or c.dep_ in small_clause
        # "see the campaign as most unfair", parsed as a clause of its own
        or ("as" in preps and c.dep_ == "advcl" and c.left_edge.lower_ == "as")
    ]
    if objects and not taken:  # "see police violence as a problem": "as" hung on the object
        taken = [
            t
            for t in objects[0].subtree
            if t.dep_ == "prep"
            and t.lower_ == "as"
            and t.i > objects[0].i
            and any(c.dep_ == "pobj" for c in t.children)
        ][:1]
    if not objects or not taken:
        return None
    left, right = objects[0].left_edge, max(t.right_edge for t in taken)
    if right.i <= objects[0].i:
        return None
    return left.idx, right.idx + len(right.text)


def _in_the_view_of(token: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "In Ann Lee's view, <content>": the clause the opinion is fronted to."""
    if token.lower_ not in OPINION_NOUNS or not any(c.dep_ == "poss" for c in token.children):
        return None
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in" or prep.i > token.i:
        return None
    clause = [t for t in prep.head.subtree if not (prep.left_edge.i <= t.i <= prep.right_edge.i)]
    while clause and (clause[0].is_punct or clause[0].is_space):
        clause.pop(0)
    while clause and (clause[-1].is_punct or clause[-1].is_space):
        clause.pop()
    if not clause or any(t.i in quoted for t in clause):
        return None
    return clause[0].idx, clause[-1].idx + len(clause[-1].text)


def _stance_content(token: Token, quoted: set[int]) -> tuple[int, int] | None:
    """What an adjective of :data:`extractors.cues.STANCE_ADJECTIVES` after "be" or
    "seem" is about: "is willing <to compromise>", "was confident that <it would pass>",
    "made it clear that <...>", "has made clear <...>"."""
    preps = STANCE_ADJECTIVES.get(token.lower_)
    made_it = token.dep_ == "ccomp" and token.head.lemma_ == "make" and _about_it(token)
    made_it = made_it or (
        token.dep_ == "ccomp"
        and token.head.lemma_ == "make"
        and token.i > token.head.i
        and all(t.pos_ == "ADV" for t in token.doc[token.head.i + 1 : token.i])
    )
    if preps is None or token.pos_ != "ADJ" or not (token.dep_ in {"acomp", "oprd"} or made_it):
        return None
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in {"it", "there", "that", "this"}:
        return None
    for child in token.children:
        if child.i < token.i or child.i in quoted:
            continue
        if child.dep_ in {"xcomp", "ccomp"} or (made_it and child.dep_ == "advcl"):
            return _clause_span(child)
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and objects[0].i not in quoted:
                left, right = objects[0].left_edge, objects[0].right_edge
                return left.idx, right.idx + len(right.text)
    return None


def _about_it(adjective: Token) -> bool:
    """ "made it clear that ...": the "it" the parse makes the adjective's subject."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in adjective.children)


def _is_answer_or_gerund_clause(cue: Token, child: Token) -> bool:
    """ "said yes", "would not say so"; "say taxing consumption encourages savings"
    (a clause with a gerund subject, parsed as an open complement); "asked him if he
    ..." (a question parsed as an adverbial clause)."""
    if child.i < cue.i:
        return False
    if child.lower_ in {"yes", "no", "so"} and child.dep_ in {"intj", "advmod", "dobj"}:
        return True
    if child.dep_ == "advcl" and _cue_lemma(cue) in _ASKING and _has_own_subject(cue):
        # a question someone is named asking: "A reporter asked the mayor if ..."
        return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in child.children)
    return (
        child.dep_ == "xcomp"
        and child.tag_ == "VBG"
        and any(c.dep_ == "ccomp" for c in child.children)
    )


_ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire"})


def _as_clause(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "As the newspaper reported, <content>": the clause an "as" report is attached to,
    without the report."""
    if cue.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children
    ):
        return None
    for child in cue.children:  # a bare report: "as he laments a culture" is no source
        bare = child.dep_ in {
            "nsubj",
            "nsubjpass",
            "mark",
            "aux",
            "auxpass",
            "advmod",
            "punct",
            "prt",
        }
        when = child.dep_ in {"prep", "npadvmod"} and any(
            t.ent_type_ in _WHEN for t in child.subtree
        )
        if not (bare or when):
            return None
    words = [
        t
        for t in cue.head.subtree
        if not (cue.left_edge.i <= t.i <= cue.right_edge.i) and not (t.is_punct or t.is_space)
    ]
    while words and words[0].i < cue.i and words[0].dep_ == "cc":
        words.pop(0)  # "And as Menendez pointed out, ..."
    if not words or any(t.i in quoted for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


_SUBORDINATORS = frozenset(
    {"after", "although", "as", "because", "before", "even", "if", "once", "since", "though"}
    | {"until", "when", "while"}
)
_OWN_CONTENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "dative", "conj", "cc", "mark"}
)


def _clause_before(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "... and Clevelanders get nervous, said Christine Link.": the sentence before an
    attribution that closes it, when the parse links the two otherwise than as a clause
    and its parenthetical (a second subject, a conjunct, an adverbial clause), or splits
    them into two sentences ("..., even with a “good” job | , he said.")."""
    doc = cue.doc
    if any(c.dep_ in _OWN_CONTENT_DEPS or c.dep_ == "neg" for c in cue.children):
        return None  # "..., Lavrov did not reply": no words of his
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if cue.dep_ == "relcl" or not subjects or any(c.tag_ in {"WDT", "WP"} for c in subjects):
        return None  # "..., who added": the cue belongs to a noun
    after = [c for c in subjects if c.i > cue.i]
    first = cue if after else max(subjects, key=lambda c: c.i).left_edge
    sent = cue.sent
    own = {t.i for c in cue.children if c.dep_ != "nsubj" or c.i >= first.i for t in c.subtree}
    if any(not (t.is_punct or t.is_space) and t.i not in own for t in doc[cue.i + 1 : sent.end]):
        return None  # the attribution does not close the sentence
    comma = first.i - 1
    while comma >= sent.start and doc[comma].is_space:
        comma -= 1
    if comma < sent.start or doc[comma].text != ",":
        return None
    start = sent.start
    if all(t.is_punct or t.is_space for t in doc[sent.start : comma]) and sent.start > 0:
        start = doc[sent.start - 1].sent.start  # the parse split off ", he said."
    words = [t for t in doc[start:comma] if not (t.is_punct or t.is_space)]
    if not words or any(t.i in quoted for t in doc[start:comma]):
        return None
    if "\n" in _text(doc)[words[0].idx : doc[comma].idx]:
        return None
    if any(t.dep_ == "advcl" and t.head == cue for t in words):
        return None  # "Asked whether ..., he declined to answer": the occasion, not words
    if words[0].lower_ in _SUBORDINATORS or not any(
        t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in words
    ):
        return None  # no main clause: "As the votes were counted, the senator said"
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _after_colon(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "X said in a statement: <content>": the rest of the sentence after the colon,
    or the next paragraph when the colon ends this one."""
    doc = cue.doc
    text = _text(doc)
    sent = cue.sent
    colon = next(
        (t for t in doc[cue.i + 1 : min(sent.end, cue.i + 8)] if t.text == ":"),
        None,
    )
    if colon is None or any(t.i in quoted for t in doc[cue.i : colon.i]):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end == -1 else line_end
    start = colon.idx + 1
    end = min(sent.end_char, line_end)
    if not text[start:end].strip():
        # The colon ends the paragraph: the next paragraph is the content.
        while line_end < len(text) and text[line_end] == "\n":
            line_end += 1
        start = line_end
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
    start, end = _trim(text, start, end)
    if end <= start or text[start] in _OPENERS:
        return None  # a quote: the quote pass reports it
    if any(doc[i].idx >= start and doc[i].idx < end for i in quoted):
        return None
    return start, end


def _host_clause(cue: Token, quoted: set[int]) -> tuple[int, int] | None:
    """ "The talks failed, he said": the clause a parenthetical cue hangs from, without
    the cue's own words."""
    if cue.dep_ != "parataxis" or cue.head.i in quoted:
        return None
    head = cue.head
    # between the quotes around it: a parse that runs on into the next sentence's quote
    # ("..., he said, the industry was over-supplied. ''It was ...''") does not carry it
    after = min((i for i in quoted if i > cue.i), default=len(cue.doc))
    before = max((i for i in quoted if i < cue.i), default=-1)
    if not before < head.i < after:
        return None
    words = [
        t
        for t in head.subtree
        if before < t.i < after and not (cue.left_edge.i <= t.i <= cue.right_edge.i)
    ]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _indirect_statements(
    ctx: _Context,
    quoted: set[int],
    used_cues: set[int],
    covered: list[tuple[int, int]] | None,
    sharers: dict[int, Token],
) -> list[Statement]:
    """Indirect statements of the reporting verbs (``covered is None``), else of the
    wider lexicon, outside the ``covered`` spans."""
    doc = ctx.doc
    text = _text(doc)
    found: list[Statement] = []
    for token in doc:
        if token.i in used_cues or token.i in quoted:
            continue
        if covered is None:
            if not _is_cue(token):
                continue
        elif (
            _is_cue(token)
            or not (
                _is_indirect_cue(token)
                or _holds_a_view(token)
                or _is_nominal_cue(token)
                or (token.lower_ in OPINION_NOUNS and token.pos_ == "NOUN")
                or token.lower_ in STANCE_ADJECTIVES
                or _is_sourceless_cue(token)
                or _reported_noun(token, quoted)
                or _poll_of(token) is not None
            )
            or any(a <= token.idx < b for a, b in covered)
            or any(s.start <= token.idx < s.end for s in found)
        ):
            continue  # only the outermost attitude: "X wants to seek ..." is X wanting
        content: tuple[int, int] | None = None
        lemma = _cue_lemma(token)
        sourceless = _is_sourceless_cue(token)
        reported_noun = _reported_noun(token, quoted)
        stance = token.pos_ == "ADJ" and token.lower_ in STANCE_ADJECTIVES
        if reported_noun is not None:
            content = reported_noun[0]
        elif stance:
            content = _stance_content(token, quoted)
        elif sourceless:
            content = _sourceless_content(token, quoted) or _complement(
                token, INDIRECT_CUES.get(lemma, _CLAUSE_ONLY) | _CLAUSE_ONLY, quoted
            )
        elif token.lower_ in OPINION_NOUNS and token.pos_ == "NOUN":
            content = _in_the_view_of(token, quoted) or _nominal_content(token, quoted)
        elif _is_nominal_cue(token):
            content = _nominal_content(token, quoted)
        elif lemma == "accord" or _poll_of(token) is not None:
            # "According to X, <main clause>", "In a new poll, <main clause>": the clause
            # without the attribution.
            content = _clause_around(token.head, token)
        elif lemma == "call":
            # "called (again) for <content>": "for" is a preposition or the mark of a clause.
            after = token.i + 1
            while after < len(doc) - 1 and doc[after].dep_ == "advmod" and doc[after].head == token:
                after += 1
            following = doc[after] if after < len(doc) else None
            if following is not None and following.lower_ == "for":
                for child in token.children:
                    if child.left_edge.i <= following.i <= child.right_edge.i:
                        right = child.right_edge
                        if right.i > following.i:
                            first = doc[following.i + 1]
                            content = (first.idx, right.idx + len(right.text))
            else:
                content = _call_content(token, quoted)
        else:
            kinds = INDIRECT_CUES.get(lemma, _CLAUSE_ONLY)
            if AS not in kinds or _holds_a_view(token):
                kinds |= _CLAUSE_ONLY
            if _is_finding(token):
                kinds |= {OBJECT}
            content = _complement(token, kinds, quoted)
            if content is None and covered is None:
                content = (
                    _host_clause(token, quoted)
                    or _after_colon(token, quoted)
                    or _as_clause(token, quoted)
                    or _clause_before(token, quoted)
                )
        if content is None or _is_heading(text, token.idx):
            continue
        reporter = token.head if stance else sharers.get(token.i, token)
        if not (sourceless or reported_noun or _has_own_subject(reporter)):
            continue
        if lemma in AGENTIVE_CUES and _is_object(token, content) and not _agent_speaks(reporter):
            continue  # "the region offers resources": nobody holds a view
        start, end = content
        for other in _coordinated_reports(token, start, end):
            # "He said A and said that B": B is the second statement, not part of A
            sharers.setdefault(other.i, reporter)
            end = min(end, other.left_edge.idx)
        while start < end and (text[start] in ",;:—–- \n"):
            start += 1
        end = _strip_trailing_conjunction(text, start, end)
        if end <= start or len(_WORD.findall(text[start:end])) < 1:
            continue
        if covered is not None and any(a < end and start < b for a, b in covered):
            continue  # "declined to comment on X": the statement inside is the one
        if any(
            (f.start, f.end) == (start, end)
            or (covered is not None and f.start < end and start < f.end)
            for f in found
        ):
            continue  # one content, one statement: "rejected suggestions that <content>"
        if sourceless:
            speaker = _Speaker(None, "unknown", None, None, "unknown")
        else:
            speaker = _resolve_speaker(ctx, reporter, reported_noun and reported_noun[1])
            if speaker.name is None and speaker.mention_start is None:
                continue  # indirect speech with nobody to attribute it to is noise
        cue_start, cue_end = _cue_span(token)
        found.append(
            Statement(
                quote=text[start:end],
                start=start,
                end=end,
                kind="indirect",
                cue=text[cue_start:cue_end],
                cue_start=cue_start,
                cue_end=cue_end,
                speaker=speaker.name,
                speaker_type=speaker.type,
                speaker_mention=(
                    text[speaker.mention_start : speaker.mention_end]
                    if speaker.mention_start is not None
                    else None
                ),
                speaker_start=speaker.mention_start,
                speaker_end=speaker.mention_end,
                confidence=round(max(0.05, CONFIDENCE[speaker.basis] - 0.15), 2),
            )
        )
    return found
