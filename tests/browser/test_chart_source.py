"""A person points at a chart point and sees where the number came from: hover shows its quote
and article, a click puts the source under the chart. Expected text comes from data/."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from dashboard import paths
from tests.browser.test_pages import no_error, settle, shoot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sources() -> pd.DataFrame:
    figures = pd.concat([pd.read_parquet(paths.ROOT / "data" / n) for n in ("figures.parquet", "derived.parquet")])
    articles = pd.read_parquet(paths.ROOT / "data" / "articles.parquet")
    return figures.merge(articles[["article_id", "title", "outlet"]], on="article_id")


def _first_point_centre(page: Page) -> tuple[float, float]:
    point = page.locator(".js-plotly-plot .scatterlayer .trace .points path").first
    point.wait_for()
    box = point.bounding_box()
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _quote_of(text: str, sources: pd.DataFrame) -> pd.Series:
    """The figure whose quote opens the given text (hover wraps and shortens quotes)."""
    flat = " ".join(text.split())
    hits = sources[[" ".join(q.split())[:40] in flat for q in sources["quote"]]]
    assert len(hits), f"no figure's quote in {flat[:200]!r}"
    return hits.iloc[0]


def test_hover_shows_the_quote_and_article(page: Page, app_url: str, sources: pd.DataFrame):
    page.goto(f"{app_url}/?pair=AZE-CHN")
    settle(page)
    x, y = _first_point_centre(page)
    page.mouse.move(x, y)
    hover = page.locator(".hoverlayer .hovertext").first
    hover.wait_for()
    text = hover.text_content() or ""
    figure = _quote_of(text, sources)
    assert figure["outlet"] in text or figure["title"][:30] in " ".join(text.split())


def test_click_puts_the_source_under_the_chart(page: Page, app_url: str, artifacts: Path, sources: pd.DataFrame):
    page.goto(f"{app_url}/?pair=AZE-CHN")
    settle(page)
    x, y = _first_point_centre(page)
    page.mouse.click(x, y)
    card = page.locator("[class*='st-key-point-']").first
    expect(card).to_be_visible()
    settle(page)
    text = card.inner_text()
    figure = _quote_of(text, sources)
    assert figure["title"][:30] in text
    assert (figure["outlet"] or "outlet not recorded") in text
    no_error(page)
    shoot(page, artifacts, "clicked_point")
