"""The local site (127.0.0.1 only) and clients for the web-intake tests."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import cli, paths
from dashboard.curation.web.client import Client
from tests.web.server import Site, serve

# A global address the guard lets through; the tests' dialler sends it to the local site, so
# nothing but 127.0.0.1 is ever connected to.
PUBLIC = "93.184.215.14"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADE_DASHBOARD_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("TRADE_DASHBOARD_SEEDS", str(tmp_path / "seeds"))
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("TRADE_DASHBOARD_ALLOW_PRIVATE_URLS", raising=False)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        yield s


@pytest.fixture
def client() -> Client:
    """The local site is on 127.0.0.1, a loopback address: allowed here as the environment
    variable allows it, and without the pause between requests."""
    return Client(min_interval=0, allow_private=True, timeout=2)


class Public:
    """A client that sees the local site as a public host, `news.example` at PUBLIC: the
    address guard is on, and every connection is recorded."""

    def __init__(self, site: Site) -> None:
        self.port = int(site.base.rsplit(":", 1)[1])
        self.base = f"http://news.example:{self.port}"
        self.dialled: list[str] = []
        self.client = Client(min_interval=0, timeout=2, resolve=self.resolve, dial=self.dial)

    def resolve(self, host: str, port: int) -> list[str]:
        return {"news.example": [PUBLIC], "intranet.example": ["10.1.2.3"], "mixed.example": [PUBLIC, "127.0.0.1"]}[host]

    def dial(self, address: str, port: int, timeout: float) -> socket.socket:
        self.dialled.append(address)
        assert address == PUBLIC, f"the client tried to connect to {address}"
        return socket.create_connection(("127.0.0.1", self.port), timeout=timeout)


@pytest.fixture
def public(site: Site) -> Public:
    return Public(site)


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seeds and their data/, built: what `add` and `follow` add to."""
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(".*"))
    assert cli.main(["build", "--articles", str(seeds), "--out", str(data)]) == 0
    return seeds, data
