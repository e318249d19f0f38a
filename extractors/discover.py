"""Finding the articles a source points at.

A source is one of:

- an RSS or Atom feed URL;
- a sitemap URL (a ``urlset``, or a ``sitemapindex`` whose sitemaps are followed);
- a single article URL;
- a local file of URLs, one per line (``#`` starts a comment);
- a local folder of ``.html``/``.htm``/``.txt`` files (and ``.urls`` files of URLs);
- a single local ``.html``/``.htm``/``.txt`` file.

:func:`discover` returns the items in source order, without duplicates (URLs are
compared in their normalised form), and the problems met on the way.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from extractors.ids import normalise_url
from extractors.records import FetchResult, Quarantined

ItemKind = Literal["url", "file"]
SourceKind = Literal["feed", "sitemap", "page", "url_list", "folder", "file"]
LOCAL_SUFFIXES = frozenset({".html", ".htm", ".txt"})
URL_LIST_SUFFIX = ".urls"  # in a folder, a file of URLs to fetch
_MAX_SITEMAPS = 50


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to turn into an article: a URL to fetch or a local file to read."""

    locator: str
    kind: ItemKind
    source: str


@dataclass(frozen=True, slots=True)
class Discovery:
    source: str
    source_kind: SourceKind | None
    items: tuple[Item, ...]
    problems: tuple[Quarantined, ...] = field(default=())


FetchFn = Callable[[str], FetchResult]


def discover(source: str, fetch: FetchFn | None = None) -> Discovery:
    """Expand ``source`` into items; ``fetch`` is needed for URL sources."""
    path = Path(source).expanduser()
    if not source.startswith(("http://", "https://")):
        return _discover_local(source, path)
    if fetch is None:
        raise ValueError("a fetch function is needed to discover a URL source")
    result = fetch(source)
    if not result.ok or result.content is None:
        problem = Quarantined(
            source, source, "discover", "fetch_failed", f"{source}: {result.error}"
        )
        return Discovery(source, None, (), (problem,))
    body = _gunzip(result.content)
    kind = sniff(body, result.content_type)
    if kind == "feed":
        urls = feed_links(body)
    elif kind == "sitemap":
        urls, problems = _sitemap_urls(source, body, fetch)
        return Discovery(source, "sitemap", _items(urls, "url", source), tuple(problems))
    else:
        urls = [result.final_url]
    return Discovery(source, kind, _items(urls, "url", source))


def sniff(body: bytes, content_type: str | None = None) -> Literal["feed", "sitemap", "page"]:
    """Tell a feed from a sitemap from a page by the document's root element."""
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if content_type and any(t in content_type for t in ("rss", "atom")):
        return "feed"
    return "page"


def feed_links(body: bytes) -> list[str]:
    """Article links of an RSS or Atom feed, in feed order."""
    import feedparser

    parsed = feedparser.parse(body)
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if isinstance(link, str) and link.startswith(("http://", "https://")):
            links.append(link)
    return links


def sitemap_entries(body: bytes) -> tuple[list[str], list[str]]:
    """``(page URLs, child sitemap URLs)`` of a sitemap document."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    root = etree.fromstring(body, parser=parser)
    if root is None:
        return [], []
    locs = [
        (loc.text or "").strip()
        for loc in root.iter("{*}loc")
        if (loc.text or "").strip().startswith(("http://", "https://"))
    ]
    if etree.QName(root).localname == "sitemapindex":
        return [], locs
    return locs, []


def _sitemap_urls(source: str, body: bytes, fetch: FetchFn) -> tuple[list[str], list[Quarantined]]:
    pages, pending = sitemap_entries(body)
    seen = {source}
    problems: list[Quarantined] = []
    while pending and len(seen) <= _MAX_SITEMAPS:
        child = pending.pop(0)
        if child in seen:
            continue
        seen.add(child)
        result = fetch(child)
        if not result.ok or result.content is None:
            problems.append(
                Quarantined(source, child, "discover", "fetch_failed", f"{child}: {result.error}")
            )
            continue
        child_pages, grandchildren = sitemap_entries(_gunzip(result.content))
        pages.extend(child_pages)
        pending.extend(grandchildren)
    return pages, problems


def _discover_local(source: str, path: Path) -> Discovery:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        pages = [str(p) for p in files if p.suffix.lower() in LOCAL_SUFFIXES]
        urls: list[str] = []
        problems: list[Quarantined] = []
        for url_list in (p for p in files if p.suffix.lower() == URL_LIST_SUFFIX):
            found, bad = _read_url_list(url_list)
            urls.extend(found)
            problems.extend(bad)
        items = _items(pages, "file", source) + _items(urls, "url", source)
        return Discovery(source, "folder", items, tuple(problems))
    if not path.is_file():
        problem = Quarantined(
            source, source, "discover", "not_found", f"{source}: no such file, folder or URL"
        )
        return Discovery(source, None, (), (problem,))
    if path.suffix.lower() in LOCAL_SUFFIXES:
        return Discovery(source, "file", _items([str(path)], "file", source))
    urls, problems = _read_url_list(path)
    return Discovery(source, "url_list", _items(urls, "url", source), tuple(problems))


def _read_url_list(path: Path) -> tuple[list[str], list[Quarantined]]:
    """URLs of a URL list file, one per line (``#`` starts a comment), and bad lines."""
    urls: list[str] = []
    problems: list[Quarantined] = []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith(("http://", "https://")):
            urls.append(line)
        else:
            problems.append(
                Quarantined(
                    str(path),
                    f"{path}:{number}",
                    "discover",
                    "bad_url",
                    f"line {number} is not an http(s) URL: {line[:80]!r}",
                )
            )
    return urls, problems


def _items(locators: Iterable[str], kind: ItemKind, source: str) -> tuple[Item, ...]:
    seen: set[str] = set()
    items: list[Item] = []
    for locator in locators:
        key = normalise_url(locator) if kind == "url" else locator
        if key not in seen:
            seen.add(key)
            items.append(Item(locator, kind, source))
    return tuple(items)


def _gunzip(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except OSError:
            return body
    return body
