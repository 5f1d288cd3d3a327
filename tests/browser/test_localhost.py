"""Wherever the app is started from, it listens on 127.0.0.1 only and its pages send nothing
off the machine (Streamlit's usage statistics went to data.streamlit.io, and the server listened
on every interface, when started outside the repository). Chromium is the session's, from conftest."""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from dashboard import paths
from tests.browser.server import free_port, serving

pytestmark = pytest.mark.browser


def listening_addresses(port: int) -> set[str]:
    """The local addresses of the sockets listening on `port` (IPv4 and IPv6), from /proc."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except FileNotFoundError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                # The kernel prints each 32-bit word of the address in host (little-endian) order.
                words = [bytes.fromhex(address[i : i + 8])[::-1] for i in range(0, width, 8)]
                found.add(str(ipaddress.ip_address(b"".join(words))))
    return found


@pytest.fixture(scope="module")
def served_elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """`streamlit run /abs/path/dashboard/app.py` from an unrelated folder, as a user with no
    Streamlit config of their own, with no address or statistics flags."""
    port = free_port()
    tmp_path = tmp_path_factory.mktemp("elsewhere")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    env.update(HOME=str(home), TRADE_DASHBOARD_DATA=str(paths.ROOT / "data"))
    cmd = [sys.executable, "-m", "streamlit", "run", str(paths.ROOT / "dashboard" / "app.py"), "--server.port", str(port)]
    with serving(cmd, port, cwd=tmp_path, env=env) as (base, _):
        yield base, port


def test_app_started_from_another_folder_listens_on_localhost_only(served_elsewhere) -> None:
    _, port = served_elsewhere
    assert listening_addresses(port) == {"127.0.0.1"}


def test_app_started_from_another_folder_sends_nothing_off_the_machine(served_elsewhere, page: Page) -> None:
    base, _ = served_elsewhere
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.goto(base)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    page.wait_for_timeout(2_000)  # statistics were sent once the page had loaded
    assert hosts == {urlsplit(base).netloc}
