"""Fetching pages politely and defensively.

:class:`Fetcher` never raises for a bad page: every outcome, good or bad, is a
:class:`~extractors.records.FetchResult` whose ``error`` says what went wrong.

- a user agent that names the project, and robots.txt is obeyed;
- a minimum interval between two requests to the same host;
- connect/read timeouts and a cap on the response size (the body is streamed and
  abandoned past the cap);
- redirects followed by hand, at most ``max_redirects``, each hop checked again;
- transient failures (connection errors, 429 and 5xx) retried with exponential
  backoff and jitter;
- only http(s), and no private, loopback, link-local or reserved address unless the
  fetcher was built with ``allow_private=True`` (the bundled sample site runs on
  127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
import stamina

from extractors.records import FetchResult

DEFAULT_USER_AGENT = "WirehouseBot/0.1 (+https://github.com/wirehouse/wirehouse)"
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class _Transient(Exception):
    """A failure worth another try: a dropped connection or a 429/5xx answer."""


@dataclass(frozen=True)
class FetchPolicy:
    """How a :class:`Fetcher` behaves. Defaults suit the open web."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    attempts: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    per_host_interval: float = 1.0
    obey_robots: bool = True
    allow_private: bool = False
    # "host:port" origins that may be private all the same (a local test site).
    allowed_origins: frozenset[str] = field(default=frozenset())
    allowed_schemes: frozenset[str] = field(default=frozenset({"http", "https"}))


class BlockedURL(ValueError):
    """The URL may not be fetched under the current policy."""


@dataclass(frozen=True)
class Target:
    """Where a request goes: the URL as written, and the address it was checked at."""

    url: str
    address: str | None = None  # the vetted IP to connect to; None: let the client resolve


def check_url(url: str, policy: FetchPolicy) -> Target:
    """The vetted target of ``url``; raise :class:`BlockedURL` if policy forbids it.

    The host is resolved once and every address it resolves to must be public,
    unless the policy allows private addresses or names this origin. The request is
    then sent to that address, so a second DNS answer cannot redirect it elsewhere.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in policy.allowed_schemes:
        raise BlockedURL(f"scheme {parts.scheme or '(none)'!r} is not allowed")
    host = parts.hostname
    if not host:
        raise BlockedURL("the URL has no host")
    port = parts.port or (443 if scheme == "https" else 80)
    if policy.allow_private or f"{host}:{port}" in policy.allowed_origins:
        return Target(url)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise BlockedURL(f"cannot resolve {host}: {exc.strerror}") from exc
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise BlockedURL(f"{host} resolves to non-public address {address}")
    if not addresses:
        raise BlockedURL(f"{host} resolves to no address")
    return Target(url, str(addresses[0]))


class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`. Use as a context manager."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            follow_redirects=False,
            trust_env=False,
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> FetchResult:
        """Fetch ``url``, following redirects; never raises for a bad page."""
        started = time.monotonic()
        hops: list[str] = []
        current = url
        try:
            for _ in range(self.policy.max_redirects + 1):
                target = check_url(current, self.policy)
                if not self._robots_allow(target):
                    return self._failed(
                        url, current, None, None, "disallowed by robots.txt", hops, started
                    )
                status, headers, body = self._get_with_retries(target)
                location = headers.get("location")
                if status in (301, 302, 303, 307, 308) and location:
                    hops.append(current)
                    current = urljoin(current, location)
                    continue
                content_type = headers.get("content-type")
                if status >= 400:
                    return self._failed(
                        url, current, status, content_type, f"HTTP {status}", hops, started
                    )
                return FetchResult(
                    url=url,
                    final_url=current,
                    status=status,
                    content_type=content_type,
                    content=body,
                    redirects=tuple(hops),
                    elapsed_ms=_elapsed_ms(started),
                )
            return self._failed(
                url,
                current,
                None,
                None,
                f"more than {self.policy.max_redirects} redirects",
                hops,
                started,
            )
        except BlockedURL as exc:
            return self._failed(url, current, None, None, f"blocked: {exc}", hops, started)
        except _TooLarge as exc:
            return self._failed(url, current, exc.status, exc.content_type, str(exc), hops, started)
        except (_Transient, httpx.HTTPError) as exc:
            return self._failed(url, current, None, None, _describe(exc), hops, started)

    def _get_with_retries(self, target: Target) -> tuple[int, httpx.Headers, bytes]:
        last: tuple[int, httpx.Headers, bytes] | None = None
        try:
            for attempt in stamina.retry_context(
                on=(_Transient, httpx.TransportError),
                attempts=self.policy.attempts,
                wait_initial=self.policy.backoff_initial,
                wait_max=self.policy.backoff_max,
            ):
                with attempt:
                    last = self._get_once(target)
                    if last[0] in _RETRY_STATUSES:
                        raise _Transient(f"HTTP {last[0]}")
        except _Transient:
            if last is None:
                raise
        assert last is not None
        return last

    def _get_once(self, target: Target) -> tuple[int, httpx.Headers, bytes]:
        self._wait_for_host(target.url)
        with self._stream(target) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise _TooLarge(
                    response.status_code,
                    response.headers.get("content-type"),
                    self.policy.max_bytes,
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise _TooLarge(
                        response.status_code,
                        response.headers.get("content-type"),
                        self.policy.max_bytes,
                    )
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        previous = self._last_request.get(host)
        if previous is not None:
            pause = self.policy.per_host_interval - (time.monotonic() - previous)
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _stream(self, target: Target) -> AbstractContextManager[httpx.Response]:
        """A streamed GET of ``target``, sent to its vetted address when it has one."""
        if target.address is None:
            return self._client.stream("GET", target.url)
        parts = urlsplit(target.url)
        address = ipaddress.ip_address(target.address)
        literal = f"[{address}]" if address.version == 6 else str(address)
        netloc = literal if parts.port is None else f"{literal}:{parts.port}"
        extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
        return self._client.stream(
            "GET",
            urlunsplit(parts._replace(netloc=netloc)),
            headers={"Host": parts.netloc.rsplit("@", 1)[-1]},
            extensions=extensions,
        )

    def _robots_allow(self, target: Target) -> bool:
        if not self.policy.obey_robots:
            return True
        parts = urlsplit(target.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(Target(f"{origin}/robots.txt", target.address))
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self.policy.user_agent, target.url)

    def _load_robots(self, robots: Target) -> urllib.robotparser.RobotFileParser | None:
        """The parsed robots.txt; ``None`` (everything allowed) when there is none."""
        try:
            self._wait_for_host(robots.url)
            with self._stream(robots) as response:
                if response.status_code != 200:
                    return None
                body = response.read()
        except httpx.HTTPError:
            return None
        if len(body) > 512 * 1024:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return parser

    def _failed(
        self,
        url: str,
        final_url: str,
        status: int | None,
        content_type: str | None,
        error: str,
        hops: list[str],
        started: float,
    ) -> FetchResult:
        return FetchResult(
            url=url,
            final_url=final_url,
            status=status,
            content_type=content_type,
            content=None,
            error=error,
            redirects=tuple(hops),
            elapsed_ms=_elapsed_ms(started),
        )


class _TooLarge(Exception):
    def __init__(self, status: int, content_type: str | None, cap: int) -> None:
        super().__init__(f"response larger than {cap} bytes")
        self.status = status
        self.content_type = content_type


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _elapsed_ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
