"""The one HTTP client that fetches pages, feeds and robots.txt: polite and guarded.

Polite: a user agent naming the project, robots.txt honoured (kept a day, RFC 9309), at most
one request per host per `min_interval` seconds, conditional requests (ETag, Last-Modified),
no compression asked for. Guarded: http and https only; no user name or password in an
address; every address a host name resolves to is checked before a socket is opened, and the
connection goes to that checked address (never a second lookup a DNS answer could change);
redirects followed by hand, at most MAX_REDIRECTS, each hop checked the same way; a timeout on
every read and on the whole body; at most MAX_BYTES read. Private, loopback, link-local and
other non-global addresses are refused unless `TRADE_DASHBOARD_ALLOW_PRIVATE_URLS=1`.

trafilatura's own `fetch_url` is not used: it follows redirects inside urllib3 and connects
before any address could be checked.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

ALLOW_PRIVATE_ENV = "TRADE_DASHBOARD_ALLOW_PRIVATE_URLS"
USER_AGENT = "trade-dashboard/0.1 (trade statistics dashboard; reads news pages and feeds for a curator)"
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
TIMEOUT = 15.0
MIN_INTERVAL = 1.0
ROBOTS_MAX_AGE = 24 * 3600.0  # RFC 9309: a robots.txt may be kept for a day
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (*PAGE_TYPES, "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json", "application/json")  # fmt: skip
_CHUNK = 65536

Resolve = Callable[[str, int], list[str]]
Dial = Callable[[str, int, float], socket.socket]


class FetchRefused(Exception):
    """The address was not fetched, or its answer not taken; the message says why."""


@dataclass(frozen=True)
class Response:
    url: str  # the address asked for
    final_url: str  # where the redirects ended
    status: int  # 200, or 304 when a conditional request found it unchanged
    headers: dict[str, str]
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        msg = Message()
        msg["content-type"] = self.headers.get("content-type", "")
        return msg.get_param("charset")  # type: ignore[return-value]

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


@dataclass(frozen=True)
class Sent:
    """One request as it went out, for the record (and for tests)."""

    url: str
    address: str
    conditional: bool


def allow_private_from_env() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "") == "1"


def address_refusal(address: str, allow_private: bool = False) -> str | None:
    """Why a connection to this IP address is refused, or None.

    >>> address_refusal("93.184.215.14") is None, address_refusal("10.0.0.1"), address_refusal("::ffff:127.0.0.1")
    (True, 'a private address (10.0.0.1)', 'a loopback address (127.0.0.1)')
    >>> address_refusal("169.254.169.254"), address_refusal("127.0.0.1", allow_private=True)
    ('a link-local address (169.254.169.254)', None)
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"not an IP address ({address})"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_unspecified or ip.is_multicast:
        return f"an address no page is served from ({ip})"
    if allow_private:
        return None
    for kind, test in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("private", ip.is_private)):
        if test:
            return f"a {kind} address ({ip})"
    if not ip.is_global:
        return f"a reserved address ({ip})"
    return None


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchRefused(f"{host}: the name does not resolve ({e})") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _dial(address: str, port: int, timeout: float) -> socket.socket:
    return socket.create_connection((address, port), timeout=timeout)


class _Connection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, dial: Dial, timeout: float, context: ssl.SSLContext | None = None) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address, self._dial_fn = address, dial

    def connect(self) -> None:
        self.sock = self._dial_fn(self._address, self.port, self.timeout)  # type: ignore[arg-type]


class _TLSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, dial: Dial, timeout: float, context: ssl.SSLContext | None = None) -> None:
        super().__init__(host, port, timeout=timeout, context=context or ssl.create_default_context())
        self._address, self._dial_fn = address, dial

    def connect(self) -> None:
        raw = self._dial_fn(self._address, self.port, self.timeout)  # type: ignore[arg-type]
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


@dataclass
class Client:
    """Fetch with `get`; one client per run, so its per-host clock and robots cache hold."""

    user_agent: str = USER_AGENT
    timeout: float = TIMEOUT
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    min_interval: float = MIN_INTERVAL
    allow_private: bool = field(default_factory=allow_private_from_env)
    resolve: Resolve = _resolve
    dial: Dial = _dial
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    wall: Callable[[], float] = time.time
    tls: ssl.SSLContext | None = None  # the system's trusted CAs when None (an intranet CA or a test's otherwise)
    # origin -> (when read, robots.txt text; "" allows all, None refuses all), kept across runs by the caller
    robots: dict[str, tuple[float, str | None]] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str, *, types: tuple[str, ...] = PAGE_TYPES, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The answer to GET `url` (after redirects), refused with the reason when anything
        about it is unsafe, disallowed, broken, too big or not of `types`."""
        current = url
        for _ in range(self.max_redirects + 1):
            self._check_url(current)
            if not self.allowed(current):
                raise FetchRefused(f"{current}: the site's robots.txt does not allow it to be read")
            status, headers, body = self._request(current, etag, last_modified)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchRefused(f"{current}: a redirect (HTTP {status}) without a Location")
                current = urljoin(current, location.strip())
                continue
            if status == 304 and (etag or last_modified):
                return Response(url, current, 304, headers)
            if status != 200:
                raise FetchRefused(f"{current}: the server answered HTTP {status} {http.client.responses.get(status, '')}".rstrip())
            response = Response(url, current, status, headers, body)
            if response.content_type and response.content_type not in types:
                raise FetchRefused(f"{current}: not a web page but {response.content_type}")
            if not body.strip():
                raise FetchRefused(f"{current}: the page is empty")
            return response
        raise FetchRefused(f"{url}: more than {self.max_redirects} redirects")

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets this client read `url` (read once a day per site)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        kept = self.robots.get(origin)
        if kept is None or self.wall() - kept[0] > ROBOTS_MAX_AGE:
            kept = (self.wall(), self._read_robots(origin))
            self.robots[origin] = kept
        text = kept[1]
        if text is None:
            return False
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return parser.can_fetch(self.user_agent, url)

    def _read_robots(self, origin: str) -> str | None:
        """robots.txt's text; "" when there is none (4xx: all allowed), None when it cannot be
        read (5xx, network: RFC 9309 says assume all disallowed)."""
        url = origin + "/robots.txt"
        # An unsafe, slow or huge robots.txt refuses the page it was read for, with its reason.
        for _ in range(self.max_redirects + 1):
            self._check_url(url)
            status, headers, body = self._request(url, None, None, limit=500_000)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                url = urljoin(url, headers["location"].strip())
                continue
            if status == 200:
                return body.decode("utf-8", "replace")
            return "" if 400 <= status < 500 else None
        return None

    def _check_url(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as e:
            raise FetchRefused(f"{url}: not a valid address ({e})") from None
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchRefused(f"{url}: only http and https addresses are fetched")
        if not parts.hostname:
            raise FetchRefused(f"{url}: no host name")
        if parts.username is not None or parts.password is not None:
            raise FetchRefused(f"{url}: an address with a user name or password is not fetched")
        del port

    def _connect_to(self, host: str, port: int) -> str:
        """The address to connect to: every address the name resolves to must be allowed."""
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = self.resolve(host, port)
        if not addresses:
            raise FetchRefused(f"{host}: the name does not resolve")
        for address in addresses:
            reason = address_refusal(address, self.allow_private)
            if reason:
                raise FetchRefused(f"{host}: refused, it resolves to {reason} (set {ALLOW_PRIVATE_ENV}=1 for intranet sources)")
        return addresses[0]

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.min_interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _request(self, url: str, etag: str | None, last_modified: str | None, limit: int | None = None) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(url)
        https = parts.scheme.lower() == "https"
        host = parts.hostname or ""
        port = parts.port or (443 if https else 80)
        address = self._connect_to(host, port)
        limit = self.max_bytes if limit is None else limit
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity",
                   "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}  # fmt: skip
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self._wait_turn(host)
        self.sent.append(Sent(url, address, bool(etag or last_modified)))
        conn = (_TLSConnection if https else _Connection)(host, port, address, self.dial, self.timeout, self.tls)
        deadline = self.clock() + self.timeout
        try:
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            got = {k.lower(): v for k, v in resp.getheaders()}
            if resp.status != 200:
                return resp.status, got, b""
            length = got.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise FetchRefused(f"{url}: too big ({int(length) / 1e6:.1f} MB; at most {limit / 1e6:.0f} MB is read)")
            chunks, size = [], 0
            while True:
                chunk = resp.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise FetchRefused(f"{url}: too big (over {limit / 1e6:.0f} MB)")
                if self.clock() > deadline:
                    raise FetchRefused(f"{url}: too slow (no whole answer within {self.timeout:g} s)")
                chunks.append(chunk)
            return resp.status, got, b"".join(chunks)
        except TimeoutError:
            raise FetchRefused(f"{url}: too slow (no answer within {self.timeout:g} s)") from None
        except ssl.SSLError as e:
            raise FetchRefused(f"{url}: the secure connection failed ({e.reason or e})") from None
        except (OSError, http.client.HTTPException) as e:
            raise FetchRefused(f"{url}: the connection failed ({type(e).__name__}: {e})") from None
        finally:
            conn.close()

