"""Issue 23 in a real browser: on the Explore page a figure awaiting review is marked and its
hover says why; the downloads say they leave it out; the sidebar switch (and the URL key) puts
it into the images, drawn as on screen, and the clean view of it still reads (tests.misread)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from dashboard.contract.confidence import in_words
from dashboard.read import chart_style, view_options, viewspec
from tests import misread
from tests.browser.test_pages import no_error, settle, shoot

pytestmark = pytest.mark.browser
WHY = in_words("period-inferred").split(" (")[0]  # "the period is inferred"


def _hover_texts(page: Page) -> list[str]:
    """The hover of every figure's marker on the chart, one after another."""
    texts = []
    points = page.locator(".js-plotly-plot .scatterlayer .trace .points path")
    points.first.wait_for()
    for i in range(points.count()):
        box = points.nth(i).bounding_box()
        if box is None or box["width"] == 0:
            continue
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(150)
        hover = page.locator(".hoverlayer .hovertext")
        if hover.count():
            texts.append(" ".join((hover.first.text_content() or "").split()))
        page.mouse.move(5, 5)
    return texts


def test_the_mark_says_why_on_hover_and_the_legend_names_it(page: Page, app_url: str, artifacts: Path):
    page.goto(f"{app_url}/?pair=AZE-JPN")
    settle(page)
    no_error(page)
    page.wait_for_selector(".js-plotly-plot .legendtext")
    shoot(page, artifacts, "unchecked-explore")
    legend = " ".join(page.locator(".js-plotly-plot .legendtext").all_text_contents())
    assert chart_style.AWAITING_NAME in legend, legend
    expect(page.get_by_text("1 figure awaiting review not shown", exact=False)).to_be_visible()
    texts = _hover_texts(page)
    why = [t for t in texts if "Awaiting review" in t]
    assert why and all("70.6" in t and WHY in t for t in why), texts
    assert any("over $200 m" in t and "Awaiting review" not in t for t in texts), texts
    shoot(page, artifacts, "unchecked-explore-chart", element=".js-plotly-plot")


def test_the_sidebar_switch_puts_them_in_the_images_and_the_link(page: Page, app_url: str, artifacts: Path):
    page.goto(f"{app_url}/?pair=AZE-JPN")
    settle(page)
    label = view_options.BY_KEY["include-unchecked"].label
    page.locator("[data-testid='stSidebar']").get_by_text(label).click()
    settle(page)
    page.wait_for_url("**include-unchecked=true**")
    expect(page.get_by_text("The images and data hold the 1 figure awaiting review", exact=False)).to_be_visible()
    no_error(page)
    shoot(page, artifacts, "unchecked-switch-on")


@pytest.mark.parametrize("query", ["pair=AZE-JPN", "pair=AZE-JPN&include-unchecked=true"])
def test_the_clean_view_reads_with_and_without_them(browser: Browser, app_url: str, artifacts: Path, query: str):
    width, height = viewspec.IMAGE_SIZES["report"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/?{query}&clean=1")
    page.wait_for_selector(".js-plotly-plot .annotation-text")
    settle(page)
    chart = page.locator(".js-plotly-plot").first
    measured = page.evaluate(f"(root) => ({misread.COLLECT})(root)", chart.element_handle())
    assert not misread.layout_problems(f"clean ?{query}", measured, width, height)
    words = " ".join(page.locator(".js-plotly-plot text").all_text_contents())
    if "include-unchecked" in query:
        assert chart_style.AWAITING_NAME in words and "nearly $70.6 m (as of 13 Mar 2006) [1] ?" in words
        assert "not shown" not in words
    else:
        assert "1 figure awaiting review not shown" in words and "70.6" not in words
    shoot(page, artifacts, f"unchecked-clean-{'on' if 'include' in query else 'off'}", element=".js-plotly-plot")
    context.close()
