"""From raw bytes to main text and metadata, with trafilatura.

:func:`decode_html` turns bytes into text (declared charset first, then detection);
:func:`extract_page` keeps the article and drops the page furniture. Both raise
:class:`ExtractionError`, whose ``reason`` is a short code recorded in quarantine.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from extractors.records import ExtractedPage

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET_IN_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_CHARSET_IN_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|p|div|article)\b", re.IGNORECASE
)
_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)

# Lines that trafilatura sometimes keeps although they are page furniture, not news.
_FURNITURE_LINE = re.compile(
    r"^\s*(image|photo|picture|video)\s*(source|credit)s?\s*:.*$"
    r"|^\s*(credit|source|photo)\s*:\s*\S.{0,60}$"
    r"|^\s*\*\s*indicates required\s*$"
    r"|^\s*subscribe to\b.{0,120}$"
    r"|^\s*(facebook comments|you may also like\.*|share this( article)?:?|related articles?)\s*$",
    re.IGNORECASE,
)


class ExtractionError(Exception):
    """A page that cannot become an article; ``reason`` is a short code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def is_html_type(content_type: str | None) -> bool:
    """Whether a Content-Type header announces HTML (a missing header is given a chance)."""
    if not content_type:
        return True
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def decode_html(content: bytes, content_type: str | None = None) -> str:
    """Decode a page: the HTTP charset, then a ``<meta charset>``, then detection."""
    if not content.strip():
        raise ExtractionError("empty", "the page is empty")
    if b"\x00" in content[:4096] and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractionError("binary", "the content is binary, not text")
    for declared in _declared_charsets(content, content_type):
        try:
            return content.decode(declared)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(content[:200_000]).best()
    if best is None:
        raise ExtractionError("undecodable", "no character encoding fits the bytes")
    return content.decode(best.encoding, errors="replace")


def _declared_charsets(content: bytes, content_type: str | None) -> list[str]:
    found: list[str] = []
    if content_type and (match := _CHARSET_IN_HEADER.search(content_type)):
        found.append(match.group(1))
    if match_meta := _CHARSET_IN_META.search(content[:4096]):
        found.append(match_meta.group(1).decode("ascii", "replace"))
    return found


def extract_page(html: str, url: str | None = None, *, min_chars: int = 200) -> ExtractedPage:
    """Main text and metadata of an HTML page.

    Raises :class:`ExtractionError` when the page is not HTML or has no article text
    (fewer than ``min_chars`` characters: a JavaScript shell, a login wall, a stub).
    """
    if not _LOOKS_LIKE_HTML.search(html[:20_000].encode("utf-8", "replace")):
        raise ExtractionError("not_html", "the content does not look like an HTML page")
    from trafilatura import bare_extraction

    document = bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        deduplicate=False,
    )
    fields: dict[str, Any] = {}
    if document is not None:
        fields = document if isinstance(document, dict) else document.as_dict()
    if not fields.get("text"):
        raise ExtractionError("no_text", "no article text was found on the page")
    text = strip_furniture(str(fields["text"]))
    if len(text) < min_chars:
        raise ExtractionError(
            "too_short", f"the article text has {len(text)} characters, fewer than {min_chars}"
        )
    return ExtractedPage(
        text=text,
        title=_clean(fields.get("title")),
        author=_clean(fields.get("author")),
        date=_iso_date(fields.get("date")),
        sitename=_clean(fields.get("sitename")),
        language=page_language(html, text),
        canonical_url=_clean(fields.get("url")),
    )


def text_page(text: str, *, min_chars: int = 1) -> ExtractedPage:
    """An already extracted plain-text article, kept as given (offsets refer to it).

    Its first non-empty line is taken as the title.
    """
    if len(text.strip()) < min_chars:
        raise ExtractionError("empty", "the text file is empty")
    first_line = text.strip().splitlines()[0].strip()
    return ExtractedPage(text=text, title=first_line[:300] or None, language=detect_language(text))


def strip_furniture(text: str) -> str:
    """Drop credit lines, newsletter prompts and widget headings trafilatura kept."""
    kept = [line for line in text.splitlines() if not _FURNITURE_LINE.match(line)]
    return "\n".join(kept).strip()


def page_language(html: str, text: str) -> str | None:
    """The language the page declares in ``<html lang>``, else the detected one."""
    if match := _HTML_LANG.search(html[:5_000]):
        return match.group(1).lower()[:2]
    return detect_language(text)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` by py3langid, or ``None`` for too little text."""
    sample = text[:5_000]
    if len(sample.strip()) < 20:
        return None
    from py3langid.langid import classify

    code, _score = classify(sample)
    return str(code)


def _clean(value: object) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None
