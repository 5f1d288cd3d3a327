"""A local web site for the web-intake tests, on 127.0.0.1 only: news pages with their site
chrome, feeds (with ETag and Last-Modified), redirects, and the broken and hostile answers the
client must refuse. Every request is logged with its headers."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "site"
HTML = "text/html; charset=utf-8"
LAST_MODIFIED = formatdate(1_770_000_000, usegmt=True)


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    stream: int = 0  # bytes sent in chunks with no Content-Length (a body bigger than it says)


@dataclass
class Site:
    base: str
    routes: dict[str, Answer | Callable[[], Answer]]
    log: list[tuple[str, dict[str, str]]]
    stop: threading.Event

    def paths(self) -> list[str]:
        return [p for p, _ in self.log]


def page(name: str, base: str) -> bytes:
    return (SITE / name).read_text(encoding="utf-8").replace("{BASE}", base).encode("utf-8")


def default_routes(base: str) -> dict[str, Answer | Callable[[], Answer]]:
    def redirect(to: str, status: int = 302) -> Answer:
        return Answer(status, headers={"Location": to})

    etag = {"ETag": '"latest-v1"'}
    return {
        "/robots.txt": Answer(body=b"User-agent: *\nDisallow: /private/\n", type="text/plain"),
        "/news/story.html": Answer(body=page("story.html", base)),
        "/amp/story.html": Answer(body=page("story-amp.html", base)),
        "/news/metadate.html": Answer(body=page("metadate.html", base)),
        "/news/chrome-only.html": Answer(body=page("chrome-only.html", base)),
        "/site/": Answer(body=page("site.html", base)),
        "/private/secret.html": Answer(body=page("story.html", base)),
        "/feeds/latest.rss": Answer(body=page("latest.rss", base), type="application/rss+xml", headers=etag),
        "/feeds/ministry.atom": Answer(body=page("ministry.atom", base), type="application/atom+xml", headers={"Last-Modified": LAST_MODIFIED}),
        "/feeds/broken.rss": Answer(body=b"<?xml version='1.0'?><rss><channel><item><title>cut off", type="application/rss+xml"),
        "/r/1": redirect("/r/2", 301), "/r/2": redirect(f"{base}/r/3", 307), "/r/3": redirect("/news/story.html"),
        **{f"/loop/{i}": redirect(f"/loop/{i + 1}") for i in range(10)},
        "/to-loopback": redirect(f"{base}/news/story.html"),
        "/to-private": redirect("http://10.0.0.1/internal/admin.html"),
        "/to-metadata-service": redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-file": redirect("file:///etc/passwd"),
        "/huge.html": Answer(body=b"", stream=20_000_000),
        "/huge-declared.html": Answer(body=b"<html>" + b"x" * 100, headers={"Content-Length": "20000000"}),
        "/slow.html": Answer(body=page("story.html", base), delay=5.0),
        "/image.png": Answer(body=b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, type="image/png"),
        "/empty.html": Answer(body=b""),
        "/broken.html": Answer(status=500, body=b"oops"),
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        path = self.path.split("?", 1)[0]
        site.log.append((path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(path)
        answer = route() if callable(route) else route
        if answer is None:
            answer = Answer(404, b"<html><body>not found</body></html>")
        if answer.delay and site.stop.wait(answer.delay):
            return
        validators = {k.lower(): v for k, v in answer.headers.items()}
        if answer.status == 200 and (
            ("etag" in validators and self.headers.get("If-None-Match") == validators["etag"])
            or ("last-modified" in validators and self.headers.get("If-Modified-Since") == validators["last-modified"])
        ):
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.type)
        for k, v in answer.headers.items():
            self.send_header(k, v)
        if answer.stream:
            self.end_headers()
            self.close_connection = True
            chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
            try:
                self.wfile.write(b"<!doctype html><html><body>")
                for _ in range(answer.stream // len(chunk) + 1):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client stopped reading, as it should
            return
        if "content-length" not in validators:
            self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        try:
            self.wfile.write(answer.body)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site


@contextmanager
def serve() -> Iterator[Site]:
    """The site on 127.0.0.1 and a free port."""
    with _running(_Server(("127.0.0.1", 0), _Handler), "http") as site:
        yield site


@contextmanager
def serve_tls(cert: Path, key: Path) -> Iterator[Site]:
    """The same site over TLS, with the given certificate."""
    import ssl

    server = _Server(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with _running(server, "https") as site:
        yield site


@contextmanager
def _running(server: _Server, scheme: str) -> Iterator[Site]:
    """Serve in a thread until the block ends, then stop every open response and close."""
    base = f"{scheme}://127.0.0.1:{server.server_address[1]}"
    server.site = Site(base, default_routes(base), [], threading.Event())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
