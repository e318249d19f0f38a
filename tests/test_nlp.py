"""The shared spaCy pipeline: paragraph-aware sentences, and parts of speech and lemmas
exactly as the model's own attribute ruler and lemmatizer would give them."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_info

from extractors.nlp import ATTRIBUTE_COMPONENT, BATCH_SIZE, MODEL, PARAGRAPH_COMPONENT

SAMPLE = (
    "Russian Foreign Minister Sergei Lavrov described the talks as “constructive”.\n"
    "“We have heard that sentence before,” she said. There are fears the deal won't hold, "
    "and the ministers were warned that nobody's gonna wait.\n"
    "He was writing his memoirs; they've been told to wait."
)


def test_the_model_components_are_replaced(nlp: Language) -> None:
    assert ATTRIBUTE_COMPONENT in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names


def test_parts_of_speech_lemmas_parses_and_entities_match_the_model(
    nlp: Language, seed_text: str
) -> None:
    reference = spacy.load(MODEL)  # thinc's default ops: blis
    reference.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    for text in (SAMPLE, seed_text):
        assert _annotations(nlp(text)) == _annotations(reference(text))


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, int, str, str]]:
    return [(t.text, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_the_model_multiplies_with_numpy_on_one_blas_thread(nlp: Language) -> None:
    """blis wheels fall back to a generic kernel on processors they do not recognise;
    numpy's OpenBLAS picks one for the processor it runs on. (Other libraries may bring
    a BLAS of their own, scipy for one: spaCy does not use theirs.)"""
    for name in ("tok2vec", "tagger", "parser", "ner"):
        assert not nlp.get_pipe(name).model.ops.use_blis
    numpy_blas = [
        pool
        for pool in threadpool_info()
        if pool["user_api"] == "blas" and "numpy" in pool["filepath"]
    ]
    assert numpy_blas
    assert all(pool["num_threads"] == 1 for pool in numpy_blas)


def test_a_document_is_analysed_the_same_whatever_its_batch(nlp: Language, seed_text: str) -> None:
    lines = [line for text in (SAMPLE, seed_text) for line in text.splitlines() if line]
    texts = [SAMPLE, seed_text, *lines]

    def analyses(batch_size: int) -> list[list[tuple[int, str, str, str]]]:
        return [
            [(t.head.i, t.dep_, t.tag_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(texts, batch_size=batch_size)
        ]

    assert nlp.batch_size == BATCH_SIZE < len(texts)
    assert analyses(1) == analyses(BATCH_SIZE) == analyses(len(texts))


def test_every_line_break_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("A heading without a stop\nThe first paragraph starts here.")
    assert [s.text.strip() for s in doc.sents] == [
        "A heading without a stop",
        "The first paragraph starts here.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Trump and Ryan meet\nWASHINGTON (AP) — Donald Trump and Paul Ryan pledged to work "
            "together.",
            ["Trump and Ryan meet", "WASHINGTON (AP) —", "Donald Trump and Paul Ryan pledged"],
        ),
        (
            "CLEVELAND, July 19 (UPI) — Michael Mukasey told delegates that it was wrong.",
            ["CLEVELAND, July 19 (UPI) —", "Michael Mukasey told delegates"],
        ),
        (
            "Washington (AFP) – Hillary Clinton has taken a swipe at Donald Trump.",
            ["Washington (AFP) –", "Hillary Clinton has taken a swipe"],
        ),
    ],
)
def test_a_dateline_is_not_part_of_the_first_sentence(
    nlp: Language, text: str, sentences: list[str]
) -> None:
    got = [s.text.strip() for s in nlp(text).sents]
    assert [g[: len(want)] for g, want in zip(got, sentences, strict=True)] == sentences


def test_a_dash_further_down_is_no_dateline(nlp: Language) -> None:
    text = "A heading\nThe first paragraph.\nNATO — the alliance — said it would act."
    assert [s.text.strip() for s in nlp(text).sents][-1] == (
        "NATO — the alliance — said it would act."
    )


def test_a_short_label_and_its_colon_open_a_paragraph_as_a_sentence_of_its_own(
    nlp: Language,
) -> None:
    doc = nlp("The Latest: Hillary Clinton tells voters she is with them.\nTAPPER: Do you agree?")
    assert [s.text.strip() for s in doc.sents] == [
        "The Latest:",
        "Hillary Clinton tells voters she is with them.",
        "TAPPER:",
        "Do you agree?",
    ]
    said = nlp("Ann Lee said: the plan will work.")
    assert len(list(said.sents)) == 1  # a clause with a verb is no label
