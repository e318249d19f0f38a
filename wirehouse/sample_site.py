"""Serving the bundled sample news site on 127.0.0.1, so the real fetch path runs.

Files are served from ``sample_site/``; in text files the placeholder ``{{base_url}}``
becomes the server's own base URL, so feeds and sitemaps carry working links.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from wirehouse.config import SAMPLE_SITE_DIR

PLACEHOLDER = b"{{base_url}}"
_TEXT_SUFFIXES = {".html", ".xml", ".txt", ".css"}
_TYPES = {".xml": "application/xml; charset=utf-8", ".html": "text/html; charset=utf-8"}


class _Handler(BaseHTTPRequestHandler):
    server_version = "WirehouseSampleSite/1.0"

    def __init__(self, *args: object, root: Path, **kwargs: object) -> None:
        self.root = root
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if path.endswith("/"):
            path += "index.html"
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root) or not target.is_file():
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = target.read_bytes()
        if target.suffix in _TEXT_SUFFIXES:
            host, port = self.server.server_address[:2]  # type: ignore[index,misc]
            body = body.replace(PLACEHOLDER, f"http://{host!s}:{port}".encode())
        content_type = _TYPES.get(target.suffix) or (
            mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        )
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass


@dataclass(frozen=True)
class SampleSite:
    base_url: str

    @property
    def feed_url(self) -> str:
        return f"{self.base_url}/feed.xml"

    @property
    def atom_url(self) -> str:
        return f"{self.base_url}/atom.xml"

    @property
    def sitemap_url(self) -> str:
        return f"{self.base_url}/sitemap.xml"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"


def make_server(root: Path = SAMPLE_SITE_DIR, port: int = 0) -> ThreadingHTTPServer:
    """A server for ``root`` on 127.0.0.1 (``port=0``: a free port)."""
    handler = partial(_Handler, root=root.resolve())
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


@contextmanager
def serve(root: Path = SAMPLE_SITE_DIR, port: int = 0) -> Iterator[SampleSite]:
    """Serve ``root`` in a background thread for the duration of the block."""
    server = make_server(root, port)
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    host, bound_port = server.server_address[:2]
    try:
        yield SampleSite(f"http://{host!s}:{bound_port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
