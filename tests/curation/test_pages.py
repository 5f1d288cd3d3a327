"""The Add article and Review pages, driven as a curator drives them (Streamlit AppTest)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from dashboard import paths
from dashboard.build.decisions import load, save
from tests.app.apptest import texts
from tests.curation.conftest import Workspace, decision_on

APP = str(paths.ROOT / "dashboard" / "app.py")
ARTICLE = (
    "BAKU, March 3, 2025 (Fixture Wire) - Trade turnover between Azerbaijan and Japan reached $412.5 million in 2024,"
    " the State Customs Committee said.\n\nThe sides discussed energy and transport.\n"
)


def page(name: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run().switch_page(f"views/{name}.py")
    at.query_params.clear()
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ok(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def card_ids(at: AppTest) -> list[str]:
    return [b.key.removeprefix("confirm-") for b in at.button if b.key and b.key.startswith("confirm-")]


# ---------------------------------------------------------------- adding articles


def test_paste_an_article_confirm_its_metadata_and_see_its_figures(workspace: Workspace) -> None:
    at = page("add_article")
    at.text_area(key="paste").input(ARTICLE)
    ok(at)
    (date_input,) = at.get("date_input")
    assert str(date_input.value) == "2025-03-03"  # from the dateline
    title = next(t for t in at.text_input if t.key.startswith("title-"))
    assert title.value.startswith("Trade turnover between Azerbaijan and Japan")
    assert [t.value for t in at.text_input if t.key.startswith("outlet-")] == ["Fixture Wire"]
    next(t for t in at.text_input if t.key.startswith("url-")).input("https://example.org/fixture-wire")
    at.button(key="save").click()
    ok(at)
    (saved,) = [s for s in texts(at, "success") if s.startswith("Saved as ")]
    article_id = saved.removeprefix("Saved as ").rstrip(".")
    assert (workspace.seeds / f"{article_id}.txt").read_text() == ARTICLE
    rows = [r for r in workspace.figures() if r["article_id"] == article_id]
    assert [(r["value"], r["review"]) for r in rows if r["indicator"] == "trade_turnover"] == [(412.5e6, "unreviewed")]
    (table,) = at.dataframe
    assert "$412.5 m" in table.value["value"].tolist()
    links = {(p.label, p.proto.query_string) for p in at.page_link}
    assert ("Read it in the article reader", f"article={article_id}") in links
    assert ("Review its figures", f"article={article_id}&view=All+figures") in links
    # The same text again, uploaded as a file this time: recognised, not added.
    at.button(key="another").click()
    ok(at)
    at.file_uploader(key="upload").set_value(("copy.txt", ARTICLE.replace("\n", "\r\n").encode(), "text/plain"))
    ok(at)
    at.button(key="save").click()
    ok(at)
    assert any(f"already in the articles folder as {article_id}" in i for i in texts(at, "info"))
    assert len(list(workspace.seeds.glob("*.txt"))) == 6


def test_bad_uploads_are_refused_on_the_page(workspace: Workspace) -> None:
    at = page("add_article")
    at.file_uploader(key="upload").set_value([
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "text/plain"),
        ("../../../escape.txt", ARTICLE.encode(), "text/plain"),
        ("huge.txt", b"word " * 500_000, "text/plain"),
    ])  # fmt: skip
    ok(at)
    errors = texts(at, "error")
    assert any("photo.txt: binary file" in e for e in errors)
    assert any("huge.txt: 2.5 MB is more than the 2 MB" in e for e in errors)
    at.button(key="save").click()
    ok(at)
    assert len(list(workspace.seeds.glob("*.txt"))) == 6
    assert not (workspace.seeds.parent.parent / "escape.txt").exists() and not list(workspace.seeds.parent.glob("escape*"))


# ---------------------------------------------------------------- reviewing


def test_confirm_and_reject_from_the_queue(workspace: Workspace) -> None:
    at = page("review")
    first, second = card_ids(at)[:2]
    at.button(key=f"confirm-{first}").click()
    ok(at)
    if second not in card_ids(at):
        at = page("review")  # the queue is ranked again after each decision: open the page anew
    at.button(key=f"reject-{second}").click()
    ok(at)
    states = {r["figure_id"]: (r["review"], r["reviewed_by"]) for r in workspace.figures()}
    assert states[first] == ("confirmed", "amina") and states[second] == ("rejected", "amina")
    assert {(d.figure_id, d.action) for d in load(workspace.decisions).decisions} == {(first, "confirm"), (second, "reject")}
    assert any(s.startswith("Rejected ") for s in texts(at, "success"))
    assert first not in card_ids(at) and second not in card_ids(at)  # the queue lists unreviewed figures


def test_no_decision_without_a_name(workspace: Workspace, monkeypatch) -> None:
    monkeypatch.setenv("TRADE_DASHBOARD_CURATOR", "")
    at = page("review")
    at.button(key=f"confirm-{card_ids(at)[0]}").click()
    ok(at)
    assert any("Write your name" in e for e in texts(at, "error"))
    assert not workspace.decisions.exists()


def test_correct_a_figure(workspace: Workspace) -> None:
    target = next(r for r in workspace.figures() if r["kind"] == "level" and r["year"] is not None)
    at = page("review", article=target["article_id"], view="All figures")
    fid = target["figure_id"]
    at.text_input(key=f"c-{fid}-year").input(str(target["year"] - 1))
    at.selectbox(key=f"c-{fid}-qualifier").select("approx")
    at.text_input(key=f"c-{fid}-note").input("the ministry's release gives the year before")
    at.button(key=f"c-{fid}-save").click()
    ok(at)
    (d,) = load(workspace.decisions).decisions
    assert (d.action, dict(d.fields), d.note) == ("correct", {"year": target["year"] - 1, "qualifier": "approx"}, "the ministry's release gives the year before")
    row = next(r for r in workspace.figures() if r["figure_id"] == fid)
    assert (row["year"], row["qualifier"], row["review"]) == (target["year"] - 1, "approx", "corrected")


def test_add_a_missed_figure_by_choosing_its_words(workspace: Workspace) -> None:
    article = next(r["article_id"] for r in workspace.figures())
    at = page("review", article=article, view="Add a missed figure")
    text = (workspace.seeds / f"{article}.txt").read_text()
    sentence_box = at.selectbox(key="add-sentence")
    options = sentence_box.options
    # Words the extractor did not take as an amount: here, the first year written in a sentence.
    index, found = next((i, m) for i, o in enumerate(options) if (m := re.search(r"\b(?:19|20)\d\d\b", o)))
    sentence_box.select_index(index)
    ok(at)
    year = found.group(0)
    at.text_input(key="add-amount").input(year)
    ok(at)
    at.text_input(key="add-pair").input("AZE-JPN")
    at.number_input(key="add-value").set_value(5.0)
    at.selectbox(key="add-scale").select("million")
    at.text_input(key="add-year").input("2020")
    at.text_input(key="add-period").input("FY")
    at.button(key="add-save").click()
    ok(at)
    (d,) = load(workspace.decisions).decisions
    assert d.action == "add" and d.amount == year and text.find(d.quote or "") >= 0
    added = [r for r in workspace.figures() if r["review"] == "added"]
    assert [(r["value"], r["year"], r["amount"], r["rule"]) for r in added] == [(5e6, 2020, year, "curator:add")]


def test_orphans_are_shown_with_their_quote_to_reattach_or_drop(workspace: Workspace) -> None:
    rows = workspace.figures()
    target = rows[0]
    confirmed = decision_on(target, "confirm")
    # As if confirmed when the extractor read another year: it no longer matches, so it is orphaned.
    stale = confirmed.__class__(**{**confirmed.__dict__, "was": {**confirmed.was, "year": 1999}})
    gone = decision_on(rows[1], "reject", article_id="999_gone", figure_id="feedfacefeedface")
    save(workspace.decisions, [stale, gone])
    at = page("review", view="Orphaned decisions")
    assert at.radio(key="review-view").value == "Orphaned decisions"
    warnings = texts(at, "warning")
    assert any("now read differently" in w for w in warnings) and any("article 999_gone is not in this build" in w for w in warnings)
    assert any(target["quote"][:40] in m for m in texts(at, "markdown"))  # the old quote
    at.button(key=f"reattach-{target['figure_id']}").click()
    ok(at)
    at.button(key="drop-feedfacefeedface").click()
    ok(at)
    (d,) = load(workspace.decisions).decisions
    assert (d.figure_id, d.action, d.was["year"]) == (target["figure_id"], "confirm", target["year"])
    assert next(r for r in workspace.figures() if r["figure_id"] == target["figure_id"])["review"] == "confirmed"
    assert any("Every decision is attached" in s for s in texts(at, "success"))


def test_prefer_one_source_where_two_differ(workspace: Workspace) -> None:
    from dashboard.contract.metadata import ArticleMeta
    from dashboard.curation.intake import check_upload, save_article
    from dashboard.curation.rebuild import rebuild

    theirs = " date 2025-05-01\nTrade turnover between Azerbaijan and China reached $3.9 billion in 2024, the ministry said.\n"
    other = save_article(workspace.seeds, check_upload("other.txt", theirs.encode()), ArticleMeta(outlet="Other Wire")).article_id
    assert rebuild(workspace.seeds, workspace.data).ok
    rows = workspace.figures()
    mine = next(r for r in rows if r["value"] == 3.7e9 and r["indicator"] == "trade_turnover" and r["year"] == 2024)
    other_row = next(r for r in rows if r["article_id"] == other and r["value"] == 3.9e9)
    at = page("review", view="All figures", article=mine["article_id"])
    at.button(key=f"prefer-{mine['figure_id']}").click()
    ok(at)
    found = {d.figure_id: d for d in load(workspace.decisions).decisions}
    assert found[mine["figure_id"]].action == "confirm"
    assert (found[other_row["figure_id"]].action, found[other_row["figure_id"]].preferred) == ("supersede", mine["figure_id"])
    states = {r["figure_id"]: r["review"] for r in workspace.figures()}
    assert (states[mine["figure_id"]], states[other_row["figure_id"]]) == ("confirmed", "superseded")
