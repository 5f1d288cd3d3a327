"""Every page with hostile titles, outlets, URLs, quotes and article text (AppTest): whatever a
page renders as Markdown, plotly text or HTML shows those strings as text, never as markup."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.app.apptest import run
from tests.app.hostile import DANGEROUS, MARKUP, REMOTE, build_hostile

MARKDOWN_KINDS = ("title", "header", "subheader", "caption", "markdown", "info", "warning", "success", "error")


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(autouse=True)
def on_hostile_data(hostile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(hostile_dir))


def rendered_markup(markdown: str) -> list[str]:
    """The markup a Markdown renderer would find: escaped characters are text, so drop them."""
    bare = re.sub(r"\\.", "", markdown)
    found = [d for d in DANGEROUS if d in bare]
    found += re.findall(r"(?<!\u2060)(?:https?:|www\.)", bare)
    return found


def assert_inert(at: AppTest) -> int:
    """Check every element of a page; returns how many carried hostile text (so a walk that saw
    none of it cannot pass unnoticed)."""
    seen = 0
    for kind in MARKDOWN_KINDS:
        for element in at.get(kind):
            value = str(element.value)
            if value.startswith("Share this view"):  # our own link, built from an encoded query
                continue
            seen += "bold" in value
            assert not rendered_markup(value), (kind, value)
    for element in at.get("plotly_chart"):
        spec = element.proto.spec
        seen += "bold" in spec
        # plotly reads a few HTML tags and nothing else: the tags must arrive escaped, quotes as they are.
        assert "<img" not in spec and "<b>\\\"Quoted" not in spec and "&quot;" not in spec
    for element in at.get("html"):
        body = element.proto.body
        seen += "bold" in body
        assert "<img" not in body and "<script" not in body and "<b>" not in body
    for element in at.get("link_button"):
        assert element.proto.url.startswith(("http://", "https://")), element.proto.url
    return seen


@pytest.mark.parametrize(
    "params",
    [{"pair": "AZE-CHN"}, {"pair": "AZE-CHN", "indicator": "growth"}, {"pair": "AZE-CHN", "indicator": "other"},
     # The hostile figures are all `check`: an image (the clean view) holds them only when asked.
     {"pair": "AZE-CHN", "clean": "1", "include-unchecked": "true"}, {"pair": "AZE-CHN", "title": MARKUP, "subtitle": MARKUP, "note": MARKUP}],
)
def test_explore_shows_hostile_strings_as_text(params):
    at = run(**params)
    assert assert_inert(at) > 0


def test_clicked_point_and_sources_panel_are_inert():
    at = run(pair="AZE-CHN")
    frames = [d.value for d in at.dataframe]
    (sources,) = [f for f in frames if "headline" in f.columns]
    assert MARKUP in set(sources["headline"])  # shown whole, as text
    # Only http(s) addresses become links; the rest stay off the link column.
    assert all(pd.isna(u) or str(u).startswith(("http://", "https://")) for u in sources["url"])
    assert sources["url"].isna().sum() == 1


@pytest.mark.parametrize("article", ["900_hostile0", "901_hostile1"])
def test_reader_shows_hostile_strings_as_text(article):
    at = run("views/reader.py", article=article)
    assert assert_inert(at) > 0
    buttons = at.get("link_button")
    assert (len(buttons) == 1 and buttons[0].proto.url == f"{REMOTE}/article?a=b") if article.endswith("1") else not buttons


def test_overview_shows_hostile_strings_as_text():
    at = run("views/overview.py")
    assert_inert(at)
    (bars,) = list(at.get("plotly_chart"))
    spec = bars.proto.spec
    assert ("**Outlet** &lt;img" in spec or "=HYPERLINK" in spec) and "<img" not in spec
