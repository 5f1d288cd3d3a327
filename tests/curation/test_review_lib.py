"""The review page's library: the queue and its reasons, the decisions a click makes, orphans."""

from __future__ import annotations

import pandas as pd

from dashboard.build.curate import reading
from dashboard.build.decisions import Decision
from dashboard.build.rows import figure_id
from dashboard.curation.decide import add_figure, decide, prefer, reattach
from dashboard.curation.review import orphans, queue, sentences

TEXT = "Trade between Azerbaijan and Japan reached $3.7 billion in 2024. Exports were $1.2 billion."


def fig(fid: str, value: float, year: int = 2024, **kw) -> dict:
    row = dict(
        figure_id=fid, article_id="a1", country_a="AZE", country_b="JPN", flow_from=None, flow_to=None,
        indicator="trade_turnover", kind="level", status="reported", value=value, unit="USD", qualifier="exact",
        year=year, period="FY", quote="q", span_start=43, span_end=55, rule="turnover:money:period",
        part_of=None, evidence='[["pair", 14, 34, "between"], ["period", 59, 63, "attached"]]', review="unreviewed",
        decision=None,
    )  # fmt: skip
    row.update(kw)
    return row


def test_the_queue_puts_contradictions_first_and_says_why() -> None:
    figures = pd.DataFrame([
        fig("ok1", 3.7e9), fig("ok2", 3.5e9, 2023), fig("ok3", 3.9e9, 2022),
        fig("tenfold", 4.0e10, 2021),  # four billion read as forty
        fig("whole", 6.94e8, indicator="aid", flow_from="JPN", flow_to="AZE"),
        fig("part", 7.4e8, indicator="aid", flow_from="JPN", flow_to="AZE", part_of="whole"),
        fig("vague", 1e6, indicator="investment", flow_from="JPN", flow_to="AZE", evidence=None, rule="invest:money:vague"),
        fig("done", 3.7e11, 2024, review="confirmed"),  # reviewed: never queued, but still a level to compare with
    ])  # fmt: skip
    checks = pd.DataFrame({"figure_id": ["ok2"], "verdict": ["disagree"]})
    differ = pd.DataFrame({"figure_id": ["ok3"], "sources_differ": [True]})
    q = queue(figures, differ, checks).set_index("figure_id")
    assert "done" not in q.index and "ok1" not in q.index
    assert q.loc["tenfold", "kinds"] == ["magnitude"] and "11 times the median" in q.loc["tenfold", "reasons"][0]
    assert q.loc["part", "kinds"] == ["part"] and "larger ($740 m) than the total it is part of ($694 m)" in q.loc["part", "reasons"][0]
    assert q.loc["ok2", "kinds"] == ["growth"] and q.loc["ok3", "kinds"] == ["differ"]
    assert q.loc["vague", "reasons"] == ["the extractor recorded no evidence; its time is inferred (vague)"]
    assert list(q.index)[:3] == ["ok2", "part", "tenfold"]  # by weight, then id
    assert list(q.index)[-1] == "vague"


def test_decide_keeps_the_extractors_reading_in_was() -> None:
    extracted = fig(figure_id(fig("x", 3.7e9)), 3.7e9)
    first = decide(extracted, "correct", "amina", TEXT, fields={"year": 2023, "value": 3.7e9}).new[0]
    assert (first.action, dict(first.fields), first.amount, first.was["year"]) == ("correct", {"year": 2023}, "$3.7 billion", 2024)
    # The built row now shows the correction; confirming it keeps it, correcting again adds to it.
    corrected = {**extracted, "year": 2023, "review": "corrected", "decision": first.figure_id}
    again = decide(corrected, "confirm", "bob", TEXT, previous=first).new[0]
    assert (again.action, dict(again.fields), again.by, again.was["year"]) == ("correct", {"year": 2023}, "bob", 2024)
    more = decide(corrected, "correct", "bob", TEXT, previous=first, fields={"qualifier": "approx"}).new[0]
    assert dict(more.fields) == {"year": 2023, "qualifier": "approx"}
    back = decide(corrected, "correct", "bob", TEXT, previous=first, fields={"year": 2024}).new[0]
    assert back.action == "confirm"  # corrected back to the extractor's reading
    assert decide(corrected, "reset", "bob", TEXT, previous=first).remove == (first.figure_id,)


def test_a_curators_own_figure_is_taken_out_or_refiled() -> None:
    start = TEXT.index("$1.2 billion")
    fields = {**reading(fig("e", 1.2e9)), "indicator": "exports", "flow_from": "AZE", "flow_to": "JPN"}
    added, problems = add_figure("a1", TEXT, start, start + 12, "Exports were $1.2 billion.", fields, "amina")
    assert problems == [] and added is not None and added.action == "add"
    row = fig(added.figure_id, 1.2e9, span_start=start, span_end=start + 12, review="added", decision=added.figure_id, **{
        k: fields[k] for k in ("indicator", "flow_from", "flow_to")})  # fmt: skip
    assert decide(row, "reject", "bob", TEXT, previous=added).remove == (added.figure_id,)
    moved = decide(row, "correct", "bob", TEXT, previous=added, fields={"year": 2023})
    assert moved.remove == (added.figure_id,) and moved.new[0].fields["year"] == 2023
    assert moved.new[0].figure_id != added.figure_id
    _, problems = add_figure("a1", TEXT, start, start + 12, "Trade between", fields, "amina")
    assert problems == ["the amount is not inside the chosen sentence"]
    _, problems = add_figure("a1", TEXT, start, start + 12, "Exports were $1.2 billion.", {**fields, "flow_to": "CHN"}, "amina")
    assert problems and "not the pair" in problems[0]


def test_prefer_one_source() -> None:
    ours, theirs = fig("f1", 3.7e9), fig("f2", 3.9e9, article_id="a2")
    change = prefer(ours, [theirs], "amina", {"a1": TEXT, "a2": TEXT}, {})
    assert [(d.figure_id, d.action, d.preferred) for d in change.new] == [("f1", "confirm", None), ("f2", "supersede", "f1")]


def test_orphans_with_their_reason_and_where_to_reattach() -> None:
    now = fig(figure_id(fig("x", 3.7e9, year=2023)), 3.7e9, year=2023)  # the extractor now reads 2023
    old = fig(figure_id(fig("x", 3.7e9)), 3.7e9)
    confirmed = decide(old, "confirm", "amina", TEXT).new[0]
    gone = Decision("reject", "zzz", "a9", (0, 4), "$1 m", "amina", "2026-11-23T10:00:00Z")
    (o1, o2) = orphans([confirmed, gone], pd.DataFrame([now]), {"a1": TEXT})
    assert "now read differently" in o1.reason and o1.candidates == (now["figure_id"],)
    assert o2.reason == "article a9 is not in this build" and o2.candidates == ()
    change = reattach(o1.decision, now, TEXT, "bob")
    assert change.remove == (old["figure_id"],)
    assert (change.new[0].figure_id, change.new[0].was["year"]) == (now["figure_id"], 2023)
    assert "re-attached from" in (change.new[0].note or "")
    # A decision saved since the last build is not an orphan of the extractor: it says so.
    fresh = decide(now, "reject", "amina", TEXT).new[0]
    (o,) = orphans([fresh], pd.DataFrame([now]), {"a1": TEXT})
    assert o.reason == "saved after the last build: rebuild to apply it"


def test_sentences_for_choosing_a_missed_figure() -> None:
    assert [TEXT[a:b] for a, b in sentences(TEXT)] == [
        "Trade between Azerbaijan and Japan reached $3.7 billion in 2024.", "Exports were $1.2 billion."]  # fmt: skip


def test_the_queue_starts_with_check_figures_their_doubts_in_words() -> None:
    figures = pd.DataFrame([
        fig("sure", 3.7e9, confidence="sure", doubts=[]),
        fig("tenfold", 4.0e10, 2021, confidence="sure", doubts=[]),
        fig("ok2", 3.5e9, 2023, confidence="sure", doubts=[]),
        fig("guessed", 3.6e9, 2022, confidence="check", doubts=["pair-from-discourse", "year-of-undated-article"]),
        fig("vouched", 3.8e9, 2020, confidence="check", doubts=["no-year"], review="confirmed"),
    ])  # fmt: skip
    q = queue(figures).set_index("figure_id")
    assert q.index[0] == "guessed" and "vouched" not in q.index and "sure" not in q.index
    assert q.loc["guessed", "kinds"] == ["check"]
    [words] = q.loc["guessed", "reasons"]
    assert words.startswith("check: a country of the pair is not named") and "the article is undated" in words


def test_counts_by_pair_and_sure_or_reviewed_leave_set_aside_figures_out() -> None:
    from dashboard.read.by_confidence import counts_by_pair, left_out_note, sure_or_reviewed

    figures = pd.DataFrame([
        fig("a", 1.0, confidence="sure"), fig("b", 2.0, confidence="check"), fig("c", 3.0, confidence="check", review="corrected"),
        fig("d", 4.0, confidence="check", review="rejected"), fig("e", 5.0, confidence="sure", country_b="CHN"),
    ])  # fmt: skip
    shown = sure_or_reviewed(figures)
    assert sorted(shown.figures["figure_id"]) == ["a", "c", "e"] and shown.awaiting_review == 1
    assert left_out_note(shown.awaiting_review) == "1 figure awaiting review not shown"
    assert counts_by_pair(figures).to_dict("records") == [
        {"pair": "AZE-JPN", "sure": 1, "check": 1, "reviewed": 1},
        {"pair": "AZE-CHN", "sure": 1, "check": 0, "reviewed": 0},
    ]
