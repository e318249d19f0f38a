"""Wirehouse extractors: from news pages to typed records.

    discover(source, fetch)      feed, sitemap, URL list or folder -> items
    Fetcher(policy).fetch(url)   a polite, bounded fetch -> FetchResult
    decode_html / extract_page   bytes -> text -> ExtractedPage (trafilatura)
    load_nlp()                   the spaCy pipeline (loaded on first call)
    extract_statements(doc)      quotes and reported speech with speakers
    extract_actor_mentions(doc)  people, organisations, countries, places
    assign_topics(text, title)   IPTC Media Topics with scores
    assign_statement_topics      a statement's topics, from its quote and its article
    ids                          stable ids for articles, statements, mentions

Import cost stays low: spaCy, trafilatura and feedparser load only when first used.
"""

from extractors import ids
from extractors.actors import extract_actor_mentions
from extractors.discover import Discovery, Item, discover
from extractors.extract import ExtractionError, decode_html, extract_page, text_page
from extractors.fetch import Fetcher, FetchPolicy
from extractors.nlp import load_nlp
from extractors.records import (
    ActorMention,
    ExtractedPage,
    FetchResult,
    Quarantined,
    Statement,
    TopicScore,
)
from extractors.statements import extract_statements
from extractors.topics import assign_statement_topics, assign_topics

__all__ = [
    "ActorMention",
    "Discovery",
    "ExtractedPage",
    "ExtractionError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "Item",
    "Quarantined",
    "Statement",
    "TopicScore",
    "assign_statement_topics",
    "assign_topics",
    "decode_html",
    "discover",
    "extract_actor_mentions",
    "extract_page",
    "extract_statements",
    "ids",
    "load_nlp",
    "text_page",
]
