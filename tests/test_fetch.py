"""The fetcher: polite, bounded, and it never raises for a bad page."""

from __future__ import annotations

import socket
import time
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from extractors.fetch import Fetcher, FetchPolicy
from tests.conftest import WebServer, reply

HTML = b"<html><body><article><p>Hello</p></article></body></html>"
LOCAL = FetchPolicy(
    allow_private=True, per_host_interval=0.0, read_timeout=1.0, connect_timeout=1.0
)


def test_a_page_is_fetched_with_status_type_and_user_agent(web: WebServer) -> None:
    seen: dict[str, str] = {}

    def page(request: BaseHTTPRequestHandler) -> None:
        seen["agent"] = request.headers["User-Agent"]
        reply(body=HTML)(request)

    web.routes["/a"] = page
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/a"))
    assert result.ok
    assert result.status == 200
    assert result.content == HTML
    assert result.content_type == "text/html; charset=utf-8"
    assert seen["agent"].startswith("WirehouseBot/")


def test_redirects_are_followed_and_recorded(web: WebServer) -> None:
    web.routes["/old"] = reply(301, headers={"Location": "/new"})
    web.routes["/new"] = reply(body=HTML)
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/old"))
    assert result.ok
    assert result.final_url == web.url("/new")
    assert result.redirects == (web.url("/old"),)


def test_a_redirect_loop_gives_up_after_the_limit(web: WebServer) -> None:
    web.routes["/loop"] = reply(302, headers={"Location": "/loop"})
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/loop"))
    assert not result.ok
    assert result.error == "more than 5 redirects"
    assert web.hits["/loop"] == 6


def test_404_is_not_retried_and_is_reported(web: WebServer) -> None:
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/missing"))
    assert result.status == 404
    assert result.error == "HTTP 404"
    assert web.hits["/missing"] == 1


def test_a_server_error_is_retried_then_reported(web: WebServer) -> None:
    web.routes["/down"] = reply(503)
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/down"))
    assert result.error == "HTTP 503"
    assert web.hits["/down"] == 3


def test_a_transient_error_that_clears_succeeds(web: WebServer) -> None:
    calls = {"n": 0}

    def flaky(request: BaseHTTPRequestHandler) -> None:
        calls["n"] += 1
        (reply(500) if calls["n"] == 1 else reply(body=HTML))(request)

    web.routes["/flaky"] = flaky
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/flaky"))
    assert result.ok
    assert calls["n"] == 2


def test_a_response_over_the_size_cap_is_refused(web: WebServer) -> None:
    web.routes["/big"] = reply(body=b"x" * 5000)
    policy = FetchPolicy(allow_private=True, per_host_interval=0.0, max_bytes=1000)
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(web.url("/big"))
    assert not result.ok
    assert result.error == "response larger than 1000 bytes"


def test_a_slow_server_times_out(web: WebServer) -> None:
    web.routes["/slow"] = reply(body=HTML, delay=3)
    started = time.monotonic()
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/slow"))
    assert not result.ok
    assert result.error is not None and result.error.startswith("timed out")
    assert time.monotonic() - started < 10


def test_robots_txt_is_obeyed(web: WebServer) -> None:
    web.routes["/robots.txt"] = reply(
        body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    web.routes["/private/a"] = reply(body=HTML)
    with Fetcher(LOCAL) as fetcher:
        result = fetcher.fetch(web.url("/private/a"))
    assert result.error == "disallowed by robots.txt"
    assert "/private/a" not in web.hits


def test_private_addresses_and_other_schemes_are_refused_by_default(web: WebServer) -> None:
    web.routes["/a"] = reply(body=HTML)
    with Fetcher(FetchPolicy(per_host_interval=0.0)) as fetcher:
        loopback = fetcher.fetch(web.url("/a"))
        local_file = fetcher.fetch("file:///etc/passwd")
    assert loopback.error is not None and "non-public address 127.0.0.1" in loopback.error
    assert local_file.error == "blocked: scheme 'file' is not allowed"
    assert "/a" not in web.hits


def test_requests_to_one_host_are_spaced(web: WebServer) -> None:
    web.routes["/a"] = reply(body=HTML)
    policy = FetchPolicy(allow_private=True, per_host_interval=0.3, obey_robots=False)
    with Fetcher(policy) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            assert fetcher.fetch(web.url("/a")).ok
    assert time.monotonic() - started >= 0.6


def test_a_named_origin_may_be_private_but_a_redirect_elsewhere_is_refused(web: WebServer) -> None:
    other = WebServer()  # a second loopback server, not named by the policy
    web.routes["/jump"] = reply(302, headers={"Location": other.url("/inside")})
    web.routes["/meta"] = reply(302, headers={"Location": "http://169.254.169.254/latest/"})
    web.routes["/a"] = reply(body=HTML)
    origin = web.base.removeprefix("http://")
    policy = FetchPolicy(per_host_interval=0.0, allowed_origins=frozenset({origin}))
    with Fetcher(policy) as fetcher:
        assert fetcher.fetch(web.url("/a")).ok
        jumped = fetcher.fetch(web.url("/jump"))
        metadata = fetcher.fetch(web.url("/meta"))
        by_name = fetcher.fetch(web.url("/a").replace("127.0.0.1", "localhost"))
    assert jumped.error == "blocked: 127.0.0.1 resolves to non-public address 127.0.0.1"
    assert jumped.redirects == (web.url("/jump"),)
    assert (
        metadata.error == "blocked: 169.254.169.254 resolves to non-public address 169.254.169.254"
    )
    assert by_name.error == "blocked: localhost resolves to non-public address 127.0.0.1"
    other.server.server_close()


def test_the_request_goes_to_the_address_that_was_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS is asked once; a second, different answer cannot send the request elsewhere."""
    answers = iter(["93.184.215.14", "127.0.0.1"])

    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, html=HTML.decode())

    policy = FetchPolicy(per_host_interval=0.0, obey_robots=False)
    with Fetcher(policy) as fetcher:
        fetcher._client = httpx.Client(transport=httpx.MockTransport(handler))
        result = fetcher.fetch("https://news.example.org/world/a.html?x=1")
    assert result.ok
    [request] = seen
    assert str(request.url) == "https://93.184.215.14/world/a.html?x=1"
    assert request.headers["Host"] == "news.example.org"
    assert request.extensions["sni_hostname"] == "news.example.org"
