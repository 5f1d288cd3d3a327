"""A curator in the browser: uploads an article, confirms one of its figures and corrects
another, and sees the result on the chart with "reviewed figures only". The screenshots are
the README's walk-through of the curator's workflow."""

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
from tests.browser.test_pages import no_error, settle, shoot

pytestmark = pytest.mark.browser
SAVED = 60_000  # ms: a save rebuilds the data, which takes a while on a busy machine

ARTICLE = """Azerbaijan and China agree to expand trade

BAKU, February 3, 2026 (Fixture Wire) - Trade turnover between Azerbaijan and China reached $4.2 billion in 2025, the State Customs Committee said.

In 2024 the turnover between the two countries amounted to $3.9 billion.

The sides discussed transport links across the Caspian Sea.
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """The app served on a copy of seeds/ and its data/, as a curator's machine would have them."""
    root = tmp_path_factory.mktemp("curation-browser")
    seeds, data = root / "seeds", root / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns("decisions.jsonl"))
    mp = pytest.MonkeyPatch()
    mp.setenv("TRADE_DASHBOARD_SEEDS", str(seeds))
    mp.setenv("TRADE_DASHBOARD_CACHE", str(root / "cache"))
    mp.setenv("TRADE_DASHBOARD_CURATOR", "amina")
    assert rebuild(seeds, data).ok
    try:
        with streamlit_server(data) as (base, _):
            yield base, seeds, data
    finally:
        mp.undo()


def save_and_rebuild(page: Page) -> str:
    """Press "Save and rebuild" on the add page and wait for the saved article's table; its id."""
    page.get_by_role("button", name="Save and rebuild").click()
    saved = page.get_by_text("Saved as ")
    saved.wait_for(timeout=SAVED)
    article_id = (saved.text_content() or "").removeprefix("Saved as ").strip(" .")
    expect(page.locator("[data-testid='stDataFrame']")).to_be_visible()
    settle(page)
    no_error(page)
    return article_id


def figures_of(data: Path, article_id: str) -> dict[float, dict]:
    rows = pq.read_table(data / "figures.parquet", filters=[("article_id", "=", article_id)]).to_pylist()
    return {r["value"]: r for r in rows}


def chart_values(page: Page) -> list[float]:
    """The y values plotly drew (its calcdata: the traces' own arrays may be encoded)."""
    return sorted(page.evaluate(
        "() => document.querySelector('.js-plotly-plot').calcdata"
        ".filter(c => !c[0].trace.name.includes('Sources differ') && c[0].trace.hoverinfo !== 'skip').flatMap(c => c.map(p => p.y))"
    ))  # fmt: skip


def test_upload_confirm_correct_and_see_it_on_the_chart(page: Page, workspace, artifacts: Path, tmp_path: Path):
    base, seeds, data = workspace
    upload = tmp_path / "azerbaijan-china-trade.txt"
    upload.write_text(ARTICLE)

    # 1. Add the article: its date, title and outlet come prefilled from the dateline.
    page.goto(f"{base}/add")
    settle(page)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(upload))
    expect(page.get_by_role("textbox", name="Outlet")).to_have_value("Fixture Wire", timeout=SAVED)
    expect(page.locator("[data-testid='stDateInput'] input")).to_have_value("2026-02-03")
    expect(page.get_by_role("textbox", name="Title")).to_have_value("Azerbaijan and China agree to expand trade")
    page.get_by_role("textbox", name="URL").fill("https://example.org/azerbaijan-china-trade")
    shoot(page, artifacts, "curation_1_add", readme=True)
    article_id = save_and_rebuild(page)
    chart_link = page.get_by_role("link", name="See it on the chart")
    expect(chart_link).to_be_visible()
    assert "pair=AZE-CHN" in (chart_link.get_attribute("href") or "")
    shoot(page, artifacts, "curation_2_added", readme=True)
    found = figures_of(data, article_id)
    assert set(found) == {4.2e9, 3.9e9} and {r["review"] for r in found.values()} == {"unreviewed"}

    # 2. Review its figures: confirm the 2025 turnover, correct the 2024 one's value.
    page.get_by_role("link", name="Review its figures").click()
    confirmed, corrected = found[4.2e9]["figure_id"], found[3.9e9]["figure_id"]
    card = page.locator(f".st-key-figure-{confirmed}")
    card.wait_for()
    settle(page)
    shoot(page, artifacts, "curation_3_review", readme=True)
    card.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Confirmed $4.2 bn.")).to_be_visible(timeout=SAVED)
    settle(page)
    other = page.locator(f".st-key-figure-{corrected}")
    other.get_by_text("Correct this figure").click()
    value = other.locator(f".st-key-c-{corrected}-value input")
    value.fill("3.8")
    value.press("Tab")
    other.get_by_role("textbox", name="Note (why)").fill("the customs committee's release says $3.8 billion")
    other.get_by_role("button", name="Save the correction").click()
    expect(page.get_by_text("Correction saved.")).to_be_visible(timeout=SAVED)
    settle(page)
    no_error(page)
    after = figures_of(data, article_id)
    assert (after[4.2e9]["review"], after[3.8e9]["review"], after[3.8e9]["figure_id"]) == ("confirmed", "corrected", corrected)
    assert (seeds / "decisions.jsonl").read_text().count("\n") == 2

    # 3. The chart with reviewed figures only: these two, the corrected value drawn.
    page.goto(f"{base}/?pair=AZE-CHN&reviewed=1")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path")
    settle(page)
    assert chart_values(page) == [3.8e9, 4.2e9]
    expect(page.locator(".js-plotly-plot").get_by_text("$3.8 bn").first).to_be_attached()
    expect(page.get_by_text("every figure reviewed by a curator")).to_be_visible()
    assert page.get_by_role("checkbox", name="Reviewed figures only").is_checked()
    no_error(page)
    shoot(page, artifacts, "curation_4_chart", readme=True)
    # Switched off: the other sources' figures are back, and the subtitle says some are unreviewed.
    page.locator(".st-key-reviewed label").first.click()
    page.wait_for_function("() => !location.search.includes('reviewed')")
    settle(page)
    assert len(chart_values(page)) > 2
    expect(page.get_by_text("figures not reviewed by a curator")).to_be_visible()
