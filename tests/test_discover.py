"""Discovery: feeds, sitemaps, URL lists and folders all become the same items."""

from __future__ import annotations

from pathlib import Path

from extractors.discover import discover
from extractors.fetch import Fetcher, FetchPolicy
from tests.conftest import ROOT, WebServer, reply
from wirehouse.sample_site import SampleSite

LOCAL = FetchPolicy(allow_private=True, per_host_interval=0.0)
ARTICLES = sorted((ROOT / "sample_site" / "articles").glob("*.html"))


def _slugs(locators: list[str]) -> list[str]:
    return sorted(Path(loc).stem for loc in locators)


def test_rss_atom_and_sitemap_list_the_same_articles(sample_site: SampleSite) -> None:
    with Fetcher(LOCAL) as fetcher:
        found = {
            kind: discover(url, fetcher.fetch)
            for kind, url in [
                ("feed", sample_site.feed_url),
                ("atom", sample_site.atom_url),
                ("sitemap", sample_site.sitemap_url),
            ]
        }
    assert found["feed"].source_kind == "feed"
    assert found["atom"].source_kind == "feed"
    assert found["sitemap"].source_kind == "sitemap"
    expected = sorted(p.stem for p in ARTICLES)
    articles = {
        kind: [i.locator for i in d.items if "/articles/" in i.locator] for kind, d in found.items()
    }
    assert _slugs(articles["feed"]) == _slugs(articles["atom"]) == _slugs(articles["sitemap"])
    assert _slugs(articles["feed"]) == expected
    # The sitemap also lists the front page, as real sitemaps do.
    assert [i.locator for i in found["sitemap"].items if "/articles/" not in i.locator] == [
        sample_site.url("/")
    ]
    for discovery in found.values():
        assert all(i.kind == "url" for i in discovery.items)
        assert discovery.problems == ()


def test_a_sitemap_index_is_followed(web: WebServer, sample_site: SampleSite) -> None:
    index = f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{sample_site.sitemap_url}</loc></sitemap>
  <sitemap><loc>{web.url("/gone.xml")}</loc></sitemap>
</sitemapindex>"""
    web.routes["/index.xml"] = reply(body=index.encode(), content_type="application/xml")
    with Fetcher(LOCAL) as fetcher:
        discovery = discover(web.url("/index.xml"), fetcher.fetch)
    assert len(discovery.items) == len(ARTICLES) + 1  # and the front page
    assert [p.locator for p in discovery.problems] == [web.url("/gone.xml")]
    assert discovery.problems[0].reason == "fetch_failed"


def test_a_url_list_skips_comments_dedupes_tracking_variants_and_reports_bad_lines(
    tmp_path: Path,
) -> None:
    urls = tmp_path / "urls.list"
    urls.write_text(
        "# today's reading\n"
        "https://news.example.com/a.html\n"
        "https://news.example.com/a.html?utm_source=newsletter\n"
        "\n"
        "ftp://news.example.com/b.html\n"
        "https://news.example.com/c.html  # the follow-up\n"
    )
    discovery = discover(str(urls))
    assert discovery.source_kind == "url_list"
    assert [i.locator for i in discovery.items] == [
        "https://news.example.com/a.html",
        "https://news.example.com/c.html",
    ]
    assert [(p.locator, p.reason) for p in discovery.problems] == [(f"{urls}:5", "bad_url")]


def test_a_folder_lists_html_and_text_files_in_order(tmp_path: Path) -> None:
    for name in ["b.html", "a.txt", "notes.md", "sub/c.htm"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    discovery = discover(str(tmp_path))
    assert discovery.source_kind == "folder"
    assert [Path(i.locator).relative_to(tmp_path).as_posix() for i in discovery.items] == [
        "a.txt",
        "b.html",
        "sub/c.htm",
    ]
    assert all(i.kind == "file" for i in discovery.items)


def test_a_missing_source_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    discovery = discover(str(tmp_path / "nope"))
    assert discovery.items == ()
    assert discovery.problems[0].reason == "not_found"


def test_an_unreachable_feed_is_a_problem_not_a_crash(web: WebServer) -> None:
    with Fetcher(LOCAL) as fetcher:
        discovery = discover(web.url("/feed.xml"), fetcher.fetch)
    assert discovery.items == ()
    assert discovery.problems[0].stage == "discover"
    assert "HTTP 404" in discovery.problems[0].detail
