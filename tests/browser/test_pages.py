"""The served app in headless chromium: each page, a shared link and clean mode on screen,
with the chart and its source line visible and no error; the control -> URL binding."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import struct
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard import paths
from dashboard.read.viewspec import IMAGE_SIZES

pytestmark = pytest.mark.browser
DOCS = paths.ROOT / "docs" / "screenshots"


def settle(page: Page) -> None:
    """Wait until Streamlit has finished running the script and drawn the page."""
    page.wait_for_selector("[data-testid='stApp']")
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')"
    )
    page.wait_for_timeout(300)


def no_error(page: Page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stAlertContentError']").count() == 0


def chart_names(page: Page) -> list[str]:
    return page.evaluate("() => document.querySelector('.js-plotly-plot').data.map(t => t.name)")


def shoot(page: Page, artifacts: Path, name: str, readme: bool = False, element: str | None = None) -> Path:
    """The whole page, or only `element` (a selector): what a person would cut out of it."""
    path = artifacts / f"{name}.png"
    if element is None:
        page.screenshot(path=str(path), full_page=True)
    else:
        page.locator(element).first.screenshot(path=str(path))
    # The README's screenshots are refreshed on request only, so a test run leaves the checkout clean.
    if readme and os.environ.get("UPDATE_README_SCREENSHOTS") == "1":
        DOCS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, DOCS / f"{name}.png")
    return path


def test_explore_page(page: Page, app_url: str, artifacts: Path):
    page.goto(app_url)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
    settle(page)
    expect(page.locator(".st-key-source-line")).to_contain_text(re.compile(r"^Sources?: "))
    expect(page.get_by_text("The figures in this chart")).to_be_visible()
    assert "Full year" in chart_names(page)
    no_error(page)
    shoot(page, artifacts, "explore", readme=True)


def test_shared_link_opens_the_same_chart(page: Page, app_url: str, artifacts: Path):
    page.goto(f"{app_url}/?pair=AZE-CHN&pair=AZE-JPN&years=2005&years=2025")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
    settle(page)
    names = chart_names(page)
    assert any(n.startswith("Azerbaijan–China") for n in names) and any(n.startswith("Azerbaijan–Japan") for n in names)
    expect(page.locator(".st-key-source-line")).to_contain_text("Sources: [1]")
    expect(page.get_by_text("Trade turnover: Azerbaijan–China vs Azerbaijan–Japan").first).to_be_visible()
    no_error(page)
    shoot(page, artifacts, "shared_link")


def test_clean_mode_is_the_image_with_its_words(page: Page, app_url: str, artifacts: Path):
    page.goto(f"{app_url}/?pair=AZE-CHN&clean=1")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
    settle(page)
    words = page.locator(".js-plotly-plot .annotation-text")
    expect(words.filter(has_text="Trade turnover: Azerbaijan–China")).to_be_visible()
    expect(words.filter(has_text=re.compile(r"^Sources?: "))).to_be_visible()
    expect(words.filter(has_text="Compiled from news reports")).to_be_visible()
    assert page.locator(".modebar").count() == 0  # no camera: the screenshot is the image
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    assert page.locator("[data-testid='stDataFrame']").count() == 0
    no_error(page)
    # The image at its chosen size, as a briefer cuts it out of the window (the window is larger).
    shot = shoot(page, artifacts, "clean", element=".js-plotly-plot")
    width, height = struct.unpack(">II", shot.read_bytes()[16:24])  # the PNG header's size
    assert (width, height) == IMAGE_SIZES["report"], (width, height)  # the default size, nothing around it


def test_changing_a_control_updates_the_url(page: Page, app_url: str):
    page.goto(f"{app_url}/?pair=AZE-CHN")
    page.wait_for_selector(".js-plotly-plot")
    settle(page)
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name="Investment").click()
    page.wait_for_url(re.compile(r"indicator=investment"))
    page.wait_for_function("() => document.querySelector('.js-plotly-plot').data.some(t => t.name === 'Stock to date' || t.name.includes('stock'))")
    no_error(page)


def test_pair_without_figures(page: Page, app_url: str):
    page.goto(f"{app_url}/?pair=JPN-TKM")
    expect(page.get_by_text(re.compile("No figures for Japan–Turkmenistan"))).to_be_visible()
    settle(page)
    assert page.locator(".js-plotly-plot").count() == 0
    no_error(page)


def test_overview_page(page: Page, app_url: str, artifacts: Path):
    page.goto(f"{app_url}/overview")
    page.wait_for_selector(".js-plotly-plot .barlayer .trace")
    settle(page)
    expect(page.locator(".st-key-source-line")).to_contain_text(re.compile(r"^Sources?: "))
    expect(page.locator("[data-testid='stDataFrame']")).to_be_visible()
    no_error(page)
    shoot(page, artifacts, "overview", readme=True)


def test_reader_page(page: Page, app_url: str, artifacts: Path):
    page.goto(f"{app_url}/reader?article=003_5ad79ced52076874")
    page.wait_for_selector(".st-key-article-text mark")
    settle(page)
    assert page.locator(".st-key-article-text mark").count() >= 5
    expect(page.get_by_text("Figures in this article")).to_be_visible()
    no_error(page)
    shoot(page, artifacts, "reader")


@pytest.mark.parametrize("path", ["/?pair=AZE-JPN&pair=AZE-CHN", "/overview", "/reader?article=003_5ad79ced52076874"])
def test_a_laptop_half_screen(browser, app_url: str, artifacts: Path, path: str):
    """At 800 px wide: the sidebar gives the page room, year labels stay horizontal and apart."""
    context = browser.new_context(viewport={"width": 800, "height": 1000})
    page = context.new_page()
    page.goto(app_url + path)
    page.wait_for_selector(".js-plotly-plot .xtick text" if "reader" not in path else ".st-key-article-text mark")
    settle(page)
    sidebar = page.locator("section[data-testid='stSidebar']")
    if sidebar.count() and sidebar.is_visible():
        # The narrow-screen style arrives with the page's first elements.
        page.wait_for_function("() => document.querySelector(\"section[data-testid='stSidebar']\").getBoundingClientRect().width <= 240")
    ticks = page.locator(".js-plotly-plot .xtick text")
    boxes = [b for b in (ticks.nth(i).bounding_box() for i in range(ticks.count())) if b]
    assert all(b["width"] > b["height"] for b in boxes)  # horizontal
    boxes.sort(key=lambda b: b["x"])
    assert all(a["x"] + a["width"] <= b["x"] for a, b in itertools.pairwise(boxes))
    no_error(page)
    shoot(page, artifacts, "narrow_" + ("explore" if path.startswith("/?") else path.strip("/").split("?")[0]))
    context.close()
