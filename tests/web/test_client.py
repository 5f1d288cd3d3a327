"""The polite, guarded client against the local site: redirects, the address guard (decided
before any connection), size, time, type and robots.txt limits, conditional requests and the
pause between requests to one host."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import pytest

from dashboard.curation.web.client import ALLOW_PRIVATE_ENV, USER_AGENT, Client, FetchRefused, address_refusal
from tests.web.conftest import PUBLIC, Public
from tests.web.server import Site, serve_tls


def test_a_page_is_fetched_politely(site: Site, client: Client) -> None:
    response = client.get(f"{site.base}/news/story.html")
    assert (response.status, response.content_type, response.charset) == (200, "text/html", "utf-8")
    assert b"Azerbaijan and China agree to expand trade" in response.body
    assert site.paths() == ["/robots.txt", "/news/story.html"]
    assert {h["user-agent"] for _, h in site.log} == {USER_AGENT} and "trade-dashboard" in USER_AGENT
    assert site.log[1][1]["accept-encoding"] == "identity"


def test_a_redirect_chain_is_followed(site: Site, client: Client) -> None:
    response = client.get(f"{site.base}/r/1")
    assert response.final_url == f"{site.base}/news/story.html" and b"Azerbaijan" in response.body
    assert site.paths() == ["/robots.txt", "/r/1", "/r/2", "/r/3", "/news/story.html"]


def test_more_than_five_redirects_are_refused(site: Site, client: Client) -> None:
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        client.get(f"{site.base}/loop/0")
    assert site.paths()[1:] == [f"/loop/{i}" for i in range(6)]


@pytest.mark.parametrize(("path", "why"), [
    ("/to-loopback", r"127\.0\.0\.1: refused, it resolves to a loopback address \(127\.0\.0\.1\)"),
    ("/to-private", r"10\.0\.0\.1: refused, it resolves to a private address \(10\.0\.0\.1\)"),
    ("/to-metadata-service", r"a link-local address \(169\.254\.169\.254\)"),
    ("/to-file", r"file:///etc/passwd: only http and https addresses are fetched"),
])  # fmt: skip
def test_a_redirect_to_an_unsafe_address_is_refused_before_connecting(public: Public, site: Site, path: str, why: str) -> None:
    with pytest.raises(FetchRefused, match=why):
        public.client.get(f"{public.base}{path}")
    assert set(public.dialled) == {PUBLIC}  # the dialler fails the test on any other address
    assert site.paths() == ["/robots.txt", path]


@pytest.mark.parametrize(("url", "why"), [
    ("http://10.0.0.1/admin", "a private address"),
    ("http://[::1]:9/", "a loopback address"),
    ("http://[::ffff:10.0.0.1]/", r"a private address \(10\.0\.0\.1\)"),
    ("http://0.0.0.0/", "an address no page is served from"),
    ("http://intranet.example/", r"intranet\.example: refused, it resolves to a private address"),
    ("http://mixed.example/", "a loopback address"),  # one bad address among good ones is enough
    ("http://user:pw@news.example/", "a user name or password"),
    ("ftp://news.example/feed", "only http and https"),
    ("javascript:alert(1)", "only http and https"),
])  # fmt: skip
def test_unsafe_addresses_are_refused_without_a_connection(public: Public, url: str, why: str) -> None:
    with pytest.raises(FetchRefused, match=why):
        public.client.get(url)
    assert public.dialled == []


def test_the_environment_allows_private_addresses_for_intranet_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not Client().allow_private
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    assert Client().allow_private
    assert address_refusal("10.0.0.1", allow_private=True) is None


@pytest.mark.parametrize(("path", "why"), [
    ("/huge.html", r"too big \(over 5 MB\)"),
    ("/huge-declared.html", r"too big \(20\.0 MB; at most 5 MB is read\)"),
    ("/image.png", "not a web page but image/png"),
    ("/empty.html", "the page is empty"),
    ("/broken.html", "HTTP 500 Internal Server Error"),
    ("/nowhere.html", "HTTP 404 Not Found"),
    ("/private/secret.html", "robots.txt does not allow it"),
])  # fmt: skip
def test_broken_big_and_disallowed_answers_are_refused(site: Site, client: Client, path: str, why: str) -> None:
    with pytest.raises(FetchRefused, match=why):
        client.get(f"{site.base}{path}")


def test_a_slow_page_is_refused(site: Site) -> None:
    client = Client(min_interval=0, allow_private=True, timeout=0.5)
    with pytest.raises(FetchRefused, match=r"too slow \(no answer within 0\.5 s\)"):
        client.get(f"{site.base}/slow.html")


def test_conditional_requests_cost_nothing_when_unchanged(site: Site, client: Client) -> None:
    first = client.get(f"{site.base}/feeds/latest.rss", types=("application/rss+xml",))
    again = client.get(f"{site.base}/feeds/latest.rss", types=("application/rss+xml",), etag=first.etag)
    assert (first.etag, again.status, again.body) == ('"latest-v1"', 304, b"")
    atom = client.get(f"{site.base}/feeds/ministry.atom", types=("application/atom+xml",))
    assert client.get(f"{site.base}/feeds/ministry.atom", types=("application/atom+xml",), last_modified=atom.last_modified).not_modified
    assert site.log[2][1]["if-none-match"] == '"latest-v1"' and "if-modified-since" in site.log[4][1]
    assert site.paths().count("/robots.txt") == 1  # once per site


def test_one_request_per_host_per_second(site: Site) -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(round(s, 3))
        now[0] += s

    client = Client(allow_private=True, clock=lambda: now[0], sleep=sleep)
    client.get(f"{site.base}/news/story.html")  # robots.txt, then the page a second later
    now[0] += 0.25
    client.get(f"{site.base}/news/metadate.html")
    assert slept == [1.0, 0.75]
    other = site.base.replace("127.0.0.1", "localhost")  # another host name: its own clock
    client.allow_private = True
    client.get(f"{other}/news/story.html")
    assert slept == [1.0, 0.75, 1.0]  # only between its own robots.txt and page


def test_https_goes_to_the_checked_address_and_verifies_the_host_name(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=news.example",
                    "-addext", "subjectAltName=DNS:news.example", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)  # fmt: skip
    trusted = ssl.create_default_context(cafile=str(cert))
    with serve_tls(cert, key) as tls_site:
        public = Public(tls_site)
        public.client.tls = trusted
        response = public.client.get(f"https://news.example:{public.port}/news/story.html")
        assert response.final_url.startswith("https://news.example:") and b"Azerbaijan" in response.body
        assert set(public.dialled) == {PUBLIC}
        # The certificate names news.example: another name for the same address is refused.
        other = Public(tls_site)
        other.client.tls = trusted
        other.client.resolve = lambda host, port: [PUBLIC]
        with pytest.raises(FetchRefused, match="the secure connection failed"):
            other.client.get(f"https://wire.example:{other.port}/news/story.html")
