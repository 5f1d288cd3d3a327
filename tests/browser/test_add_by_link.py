"""A curator in the browser adds an article by its link: the page is fetched from the local
test site, its title, date, outlet and canonical URL come prefilled, and its figures appear."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from playwright.sync_api import Page, expect

from dashboard import paths
from dashboard.curation.rebuild import rebuild
from tests.browser.server import streamlit_server
from tests.browser.test_curation_flow import SAVED, save_and_rebuild
from tests.browser.test_pages import settle, shoot
from tests.web.server import Site, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Site, Path, Path]]:
    root = tmp_path_factory.mktemp("add-by-link")
    seeds, data = root / "seeds", root / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns("decisions.jsonl", ".*"))
    mp = pytest.MonkeyPatch()
    mp.setenv("TRADE_DASHBOARD_SEEDS", str(seeds))
    mp.setenv("TRADE_DASHBOARD_CACHE", str(root / "cache"))
    mp.setenv("TRADE_DASHBOARD_ALLOW_PRIVATE_URLS", "1")  # the test site is on 127.0.0.1
    assert rebuild(seeds, data).ok
    try:
        with serve() as site, streamlit_server(data) as (base, _):
            yield base, site, seeds, data
    finally:
        mp.undo()


def test_add_an_article_by_its_link(page: Page, served, artifacts: Path) -> None:
    base, site, seeds, data = served
    page.goto(f"{base}/add")
    settle(page)
    page.get_by_role("tab", name="From a link").click()
    page.get_by_role("textbox", name="Page address").fill(f"{site.base}/news/story.html")
    page.get_by_role("button", name="Fetch the page").click()
    expect(page.get_by_role("textbox", name="Outlet")).to_have_value("Caspian Fixture Wire", timeout=SAVED)
    expect(page.get_by_role("textbox", name="Title")).to_have_value("Azerbaijan and China agree to expand trade")
    expect(page.locator("[data-testid='stDateInput'] input")).to_have_value("2026-02-03")
    expect(page.get_by_role("textbox", name="URL")).to_have_value(f"{site.base}/news/azerbaijan-china-trade")
    shoot(page, artifacts, "add_by_link")
    article_id = save_and_rebuild(page)
    rows = pq.read_table(data / "figures.parquet", filters=[("article_id", "=", article_id)]).to_pylist()
    assert sorted(r["value"] for r in rows) == [3.9e9, 4.2e9]
    assert (seeds / f"{article_id}.txt").read_text().startswith("Azerbaijan and China agree to expand trade\n\n")
