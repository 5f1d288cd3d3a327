"""One served app and one headless chromium for the whole browser-test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from dashboard import paths
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

ARTIFACTS = paths.ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    """The app on the repository's data/, as `make run` shows it."""
    with streamlit_server(paths.ROOT / "data") as (base, _):
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
