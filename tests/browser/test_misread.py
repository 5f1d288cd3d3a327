"""Can a hurried reader misread an image? Every gallery image (pair x indicator x size, and the
views that stress the layout) and the clean view at common window widths, measured in headless
Chromium by `tests.misread`: no word outside the image or over another, every point's value and
period readable, the subtitle whole. A failure names the image and the element."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from dashboard.read import chart_image, chartdata, view_links, viewspec
from dashboard.read import load as data_io
from tests import gallery, misread
from tests.browser.test_pages import settle

pytestmark = pytest.mark.browser
WINDOWS = (800, 1024, 1280, 1440)


@pytest.fixture(scope="module")
def plotly_page(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    html = Path(tmp_path_factory.mktemp("misread")) / "chart.html"
    html.write_text(misread.page_html())
    context = browser.new_context(viewport={"width": 2000, "height": 1200})
    page = context.new_page()
    page.goto(html.as_uri())
    yield page
    context.close()


def test_every_gallery_image_reads_as_its_data(plotly_page: Page):
    tables = data_io.read_tables()
    problems: list[str] = []
    checked = 0
    for view in gallery.views(tables):
        cd = chartdata.chart_data(tables.figures, view)
        if cd.empty:
            continue
        problems += misread.problems_of(plotly_page, cd, f"?{view_links.query(view)}")
        checked += 1
    assert checked >= 20, checked  # the gallery really was drawn
    assert not problems, "\n".join(problems)


def test_a_corrected_figure_and_a_byline_read_at_every_size(plotly_page: Page):
    """A correction's mark and its note, a tick, and a byline in the credit line: inside every
    image size, nothing over anything else, the mark explained on the image."""
    tables = data_io.read_tables()
    f = tables.figures.copy()
    turnover = f.index[(f["pair"] == "AZE-CHN") & (f["indicator"] == "trade_turnover") & (f["kind"] == "level")
                       & (f["status"] == "reported")]
    f["review"] = f["review"].astype(object)
    f.loc[turnover[0], ["review", "reviewed_by", "review_note"]] = [
        "corrected", "amina", "checked against the customs release; corrected: qualifier approx → exact"]
    f.loc[turnover[1:], ["review", "reviewed_by"]] = ["confirmed", "amina"]
    problems: list[str] = []
    for size in viewspec.IMAGE_SIZES:
        view = viewspec.View(pairs=("AZE-CHN",), size=size, byline="Amina Karimova, trade desk, Ministry of Economy")
        cd = chartdata.chart_data(f, view)
        labels = [t for t in chart_image.image_figure(cd, size).data for t in (t.text or []) if t]
        assert any(lab.endswith("✓ ①") for lab in labels), labels
        problems += misread.problems_of(plotly_page, cd, f"corrected, ?{view_links.query(view)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("query", ["pair=AZE-CHN", "pair=AZE-JPN&size=slide", "pair=AZE-JPN&pair=AZE-CHN&indicator=investment&size=square"])
def test_clean_view_never_cuts_its_words(browser: Browser, app_url: str, query: str):
    """At every common window width the clean view is the whole image at its size: its words
    wrapped for that size, and a narrower window scrolls rather than squeezing or cutting it."""
    problems: list[str] = []
    size = view_links.parse(view_links.link_params(query)).view.size
    width, height = viewspec.IMAGE_SIZES[size]
    for window in WINDOWS:
        context = browser.new_context(viewport={"width": window, "height": 900})
        page = context.new_page()
        page.goto(f"{app_url}/?{query}&clean=1")
        page.wait_for_selector(".js-plotly-plot .annotation-text")
        settle(page)
        name = f"clean view ?{query} at {window} px"
        chart = page.locator(".js-plotly-plot").first
        measured = page.evaluate(f"(root) => ({misread.COLLECT})(root)", chart.element_handle())
        if (round(measured["width"]), round(measured["height"])) != (width, height):
            problems.append(f"{name}: drawn at {measured['width']:.0f}x{measured['height']:.0f}, not its size {width}x{height}")
        problems += misread.layout_problems(name, measured, width, height)
        # Scrolled to either end, the image's edge is in the window: nothing is out of reach.
        for end in (0, 100_000):
            page.evaluate("(x) => { const m = document.querySelector('[data-testid=stMain]'); m.scrollLeft = x; }", end)
            box = chart.bounding_box()
            assert box is not None
            if box["x"] < 0 if end == 0 else box["x"] + box["width"] > window + 1:
                problems.append(f"{name}: the image's {'left' if end == 0 else 'right'} edge cannot be scrolled into view")
        context.close()
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_cut_word(plotly_page: Page):
    """The check itself: an image whose subtitle runs past its right edge is reported by name."""
    tables = data_io.read_tables()
    cd = chartdata.chart_data(tables.figures, viewspec.View(pairs=("AZE-CHN",)))
    fig = chart_image.image_figure(cd, "report")
    fig.update_layout(width=700)  # the image squeezed, its words laid out for 1200 px
    measured = misread.draw(plotly_page, fig)
    found = misread.layout_problems("squeezed", measured, 700, 700)
    assert any("squeezed: annotation" in p and "outside the image" in p for p in found), found
