"""Stable identifiers.

An article is identified by its normalised URL, so the same page reached through a
tracking link, another letter case in the host or a trailing ``#fragment`` gets the
same id. A statement or a mention is identified by its article and its offsets.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_ID_CHARS = 16

# Query parameters that say how a reader arrived, not which page they read.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "cmpid",
        "ocid",
        "_ga",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str) -> str:
    """Return the canonical spelling of ``url`` used for identity.

    >>> normalise_url("HTTPS://Example.com:443/a/b?utm_source=x&b=2&a=1#top")
    'https://example.com/a/b?a=1&b=2'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "file":
        return urlunsplit((scheme, "", parts.path, "", ""))
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def _digest(*parts: object) -> str:
    joined = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:_ID_CHARS]


def article_id(url: str) -> str:
    """The id of the article at ``url`` (any spelling of it)."""
    return _digest(normalise_url(url))


def statement_id(article: str, start: int, end: int) -> str:
    """The id of the statement spanning ``start:end`` in article ``article``."""
    return _digest(article, "statement", start, end)


def mention_id(article: str, start: int, end: int) -> str:
    """The id of the actor mention spanning ``start:end`` in article ``article``."""
    return _digest(article, "mention", start, end)


def content_address(data: bytes) -> str:
    """The full sha256 of ``data``: the address of raw content in the store."""
    return hashlib.sha256(data).hexdigest()


def short_id(*parts: object) -> str:
    """A 16-character id derived from ``parts`` (for quarantine rows, fetches, batches)."""
    return _digest(*parts)
