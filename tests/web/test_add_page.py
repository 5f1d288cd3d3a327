"""The Add article page's link tab and its feeds panel, driven as a curator drives them
(Streamlit AppTest), against the local site."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dashboard.curation.web.client import ALLOW_PRIVATE_ENV
from dashboard.curation.web.follow import load_state
from tests.app.apptest import texts
from tests.curation.conftest import Workspace, workspace  # noqa: F401 (the fixture)
from tests.curation.test_pages import ok, page
from tests.web.server import Site


@pytest.fixture(autouse=True)
def _private(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")  # the test site is on 127.0.0.1


def test_add_an_article_by_its_link(site: Site, workspace: Workspace) -> None:  # noqa: F811
    at = page("add_article")
    at.text_input(key="link").input(f"{site.base}/news/story.html")
    at.button(key="fetch").click()
    ok(at)
    (date_input,) = at.get("date_input")
    assert str(date_input.value) == "2026-02-03"
    field = {t.key.split("-")[0]: t.value for t in at.text_input if "-" in (t.key or "")}
    assert field == {"title": "Azerbaijan and China agree to expand trade", "outlet": "Caspian Fixture Wire",
                     "url": f"{site.base}/news/azerbaijan-china-trade"}  # fmt: skip
    at.button(key="save").click()
    ok(at)
    (saved,) = [s for s in texts(at, "success") if s.startswith("Saved as ")]
    article_id = saved.removeprefix("Saved as ").rstrip(".")
    assert tomllib.loads((workspace.seeds / "metadata.toml").read_text())[article_id]["url"] == f"{site.base}/news/azerbaijan-china-trade"
    assert sorted(r["value"] for r in workspace.figures() if r["article_id"] == article_id) == [3.9e9, 4.2e9]


def test_a_refused_link_says_why_and_saves_nothing(site: Site, workspace: Workspace) -> None:  # noqa: F811
    before = sorted(p.name for p in workspace.seeds.iterdir())
    at = page("add_article")
    at.text_input(key="link").input(f"{site.base}/image.png")
    at.button(key="fetch").click()
    ok(at)
    assert any("not a web page but image/png" in e for e in texts(at, "error"))
    assert "save" not in [b.key for b in at.button]
    assert sorted(p.name for p in workspace.seeds.iterdir()) == before


def test_the_feeds_panel_reads_the_feeds_now(site: Site, workspace: Workspace) -> None:  # noqa: F811
    (workspace.seeds / "feeds.toml").write_text(f'[[source]]\nname = "Ministry"\nurl = "{site.base}/feeds/ministry.atom"\n')
    at = page("add_article")
    assert [e.label for e in at.expander] == ["Followed feeds: last read never"]
    at.button(key="follow").click()
    ok(at)
    assert "1 added, 2 skipped." in texts(at, "success")
    (run,) = load_state(workspace.seeds)["runs"]
    (added,) = run["added"]
    assert Path(workspace.seeds / f"{added}.txt").exists()
    at = page("add_article")
    assert at.expander[0].label == f"Followed feeds: last read {run['at'].replace('T', ' ')}"
    assert any(p.proto.query_string == f"article={added}" for p in at.page_link)
