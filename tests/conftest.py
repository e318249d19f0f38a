"""Shared fixtures: a scratch WIREHOUSE_HOME, the bundled sample site on 127.0.0.1,
and a small programmable web server for the fetcher's edge cases."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import stamina
from spacy.language import Language

from extractors import load_nlp
from wirehouse.config import Settings
from wirehouse.sample_site import SampleSite, serve

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED_SLUG = "us-russia-seek-to-ease-tensions"


@pytest.fixture(autouse=True, scope="session")
def _no_backoff_waits() -> Iterator[None]:
    stamina.set_testing(True, attempts=3)
    yield
    stamina.set_testing(False)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text with its page furniture removed."""
    return (FIXTURES / "reykjavik.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_site() -> Iterator[SampleSite]:
    with serve() as site:
        yield site


def make_settings(home: Path) -> Settings:
    """Settings for a scratch home that allow the loopback test servers."""
    return replace(
        Settings.from_env(),
        home=home,
        allow_private=True,
        fetch_delay=0.0,
        fetch_timeout=2.0,
        batch_size=4,
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "home")


Route = Callable[[BaseHTTPRequestHandler], None]


class WebServer:
    """A loopback server whose routes tests set: ``server.routes["/x"] = handler``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                outer.hits[path] = outer.hits.get(path, 0) + 1
                route = outer.routes.get(path)
                if route is None:
                    self.send_error(404)
                    return
                route(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False  # a test may leave a handler hanging on purpose
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


def reply(
    status: int = 200,
    body: bytes = b"",
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
    delay: float = 0.0,
) -> Route:
    def handle(request: BaseHTTPRequestHandler) -> None:
        if delay:
            time.sleep(delay)
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            request.send_header(key, value)
        request.end_headers()
        request.wfile.write(body)

    return handle


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer()
    thread = threading.Thread(target=server.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()
