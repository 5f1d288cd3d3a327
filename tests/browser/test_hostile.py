"""The served app on hostile tables, in chromium: every page shows the hostile titles, outlets,
URLs and text as text (no image, link, bold, colour or maths from them), and no request leaves
for an address an article named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.app.hostile import REMOTE, build_hostile
from tests.browser.server import streamlit_server
from tests.browser.test_pages import no_error, settle, shoot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with streamlit_server(build_hostile(tmp_path_factory.mktemp("hostile"))) as (base, _):
        yield base


def markup_in(page: Page) -> dict[str, int]:
    """Markup an article could have made, found in the page's main area."""
    return page.evaluate(
        """() => {
            const main = document.querySelector('[data-testid="stMain"]') || document.body;
            const count = (sel) => main.querySelectorAll(sel).length;
            return {
                img: count('img'),
                katex: count('.katex, math'),
                strong: [...main.querySelectorAll('strong, b')].filter(e => e.innerText.includes('bold')).length,
                colour: [...main.querySelectorAll('span[class*="colored"], span[style*="color"]')].filter(e => e.innerText.includes('RED')).length,
                links: [...main.querySelectorAll('a[href]')].filter(a => a.href.includes('127.0.0.1:9') && !a.closest('[data-testid="stLinkButton"]')).length,
                js: [...main.querySelectorAll('a[href]')].filter(a => a.href.startsWith('javascript:')).length,
            };
        }"""
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [("/?pair=AZE-CHN", "hostile_explore"), ("/?pair=AZE-CHN&indicator=other", "hostile_other"),
     ("/?pair=AZE-CHN&clean=1&include-unchecked=true", "hostile_clean"), ("/reader?article=900_hostile0", "hostile_reader"),
     ("/reader?article=901_hostile1", "hostile_reader_2"), ("/overview", "hostile_overview")],
)
def test_no_markup_and_no_request_leaves(page: Page, hostile_url: str, artifacts: Path, path: str, name: str):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(hostile_url + path)
    page.wait_for_selector("[data-testid='stMain'] h1, .js-plotly-plot")
    if "reader" in path:
        page.wait_for_selector(".st-key-article-text mark")
    settle(page)
    page.wait_for_timeout(800)
    if page.locator(".js-plotly-plot .scatterlayer .trace .points path").count():
        point = page.locator(".js-plotly-plot .scatterlayer .trace .points path").first
        box = point.bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(500)
    shoot(page, artifacts, name)
    found = markup_in(page)
    assert found == {"img": 0, "katex": 0, "strong": 0, "colour": 0, "links": 0, "js": 0}, found
    text = page.locator("[data-testid='stMain']").inner_text()
    # The hostile words are on the page, shown as they are.
    assert any(w in text for w in ("**Outlet**", ":red[RED]", "[link](", "=HYPERLINK")), text[:500]
    leaving = [u for u in requests if not u.startswith(hostile_url) and not u.startswith("data:")]
    assert not leaving, leaving
    assert not any(u.startswith(REMOTE) for u in requests)
    no_error(page)
