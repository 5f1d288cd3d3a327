"""On a machine without Chromium the app says, in one line, what is missing and how to install
it, in place of the image downloads; everything else works, and the server still stops."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard import paths
from dashboard.read.export import CHROMIUM_MISSING
from tests.browser.server import streamlit_server
from tests.browser.test_pages import settle, shoot

pytestmark = pytest.mark.browser


def test_without_chromium_the_page_says_so_and_the_server_stops(page: Page, artifacts: Path, tmp_path: Path):
    env = {"BROWSER_PATH": str(tmp_path / "no-chromium-here")}
    with streamlit_server(paths.ROOT / "data", env=env) as (base, proc):
        page.goto(f"{base}/?pair=AZE-CHN")
        page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
        settle(page)
        warning = page.get_by_text("Exporting images needs Chromium")
        expect(warning).to_be_visible()
        assert " ".join(warning.inner_text().split()) == CHROMIUM_MISSING.replace("`", "")
        assert page.get_by_role("button", name="PNG").count() == 0
        expect(page.get_by_role("button", name="Data (CSV)")).to_be_visible()
        shoot(page, artifacts, "no_chromium")
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
        assert time.monotonic() - started < 10
