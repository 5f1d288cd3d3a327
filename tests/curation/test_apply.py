"""Decisions applied to extracted figures: each action, and a decision whose figure moved,
changed or vanished (re-attached or orphaned, never dropped)."""

from __future__ import annotations

import pytest

from dashboard.build.curate import ADDED_RULE, apply_decisions, derivable, reading
from dashboard.build.decisions import Decision
from dashboard.build.rows import figure_id

TEXT = "Trade between Azerbaijan and Japan reached $3.7 billion in 2024. Exports were $1.2 billion."
AMOUNT = "$3.7 billion"
START = TEXT.index(AMOUNT)


def row(text: str = TEXT, amount: str = AMOUNT, **kw) -> dict:
    start = text.index(amount)
    base = dict(
        article_id="a1", country_a="AZE", country_b="JPN", flow_from=None, flow_to=None, indicator="trade_turnover",
        kind="level", status="reported", value=3.7e9, unit="USD", qualifier="exact", year=2024, period="FY",
        quote=text.split(". ")[0] + ".", span_start=start, span_end=start + len(amount), rule="turnover:money:period",
        measure="trade", part_of=None, evidence=(), confidence="sure", doubts=[],
    )  # fmt: skip
    base.update(kw)
    return base


def decided(r: dict, action: str, text: str = TEXT, **kw) -> Decision:
    """A decision as the review page takes it on row `r`."""
    base = dict(
        action=action, figure_id=figure_id(r), article_id=r["article_id"], span=(r["span_start"], r["span_end"]),
        amount=text[r["span_start"] : r["span_end"]], by="amina", at="2026-11-23T10:00:00Z",
        quote=r["quote"], was=reading(r),
    )  # fmt: skip
    return Decision(**{**base, **kw})  # type: ignore[arg-type]


def apply(rows: list[dict], decisions: list[Decision], texts: dict[str, str] | None = None):
    return apply_decisions(rows, {"a1": TEXT} if texts is None else texts, decisions, figure_id)


def test_confirm_reject_and_correct() -> None:
    turnover, exports = row(), row(amount="$1.2 billion", indicator="exports", value=1.2e9, flow_from="AZE", flow_to="JPN")
    wrong_year = row(amount="$3.7 billion", year=2023)
    rows, outcomes = apply(
        [turnover, exports],
        [decided(turnover, "confirm"), decided(exports, "reject", note="re-exports, not exports")],
    )
    assert [(r["review"], r["reviewed_by"], r["decision"]) for r in rows] == [
        ("confirmed", "amina", figure_id(turnover)), ("rejected", "amina", figure_id(exports)),
    ]
    assert rows[1]["review_note"] == "re-exports, not exports"
    assert [o.status for o in outcomes] == ["applied", "applied"]
    assert [r["value"] for r in derivable(rows)] == [3.7e9]  # nothing is derived from a rejected figure
    assert "review" not in derivable(rows)[0] and "figure_id" not in derivable(rows)[0]

    (fixed,), (outcome,) = apply([wrong_year], [decided(wrong_year, "correct", fields={"year": 2024})])
    assert outcome.status == "applied"
    assert (fixed["year"], fixed["review"], fixed["review_note"]) == (2024, "corrected", "corrected: year 2023 → 2024")
    # The corrected figure keeps the id the extractor's reading gives, so the decision finds it next build.
    assert fixed["figure_id"] == figure_id(wrong_year) != figure_id(fixed)


def test_unreviewed_without_decisions() -> None:
    (r,), outcomes = apply([row()], [])
    assert (r["review"], r["reviewed_by"], r["decision"], outcomes) == ("unreviewed", None, None, [])


def test_an_edited_article_reattaches_the_decision_by_its_amount() -> None:
    before = row()
    edited = "Update. " + TEXT
    after = row(text=edited, quote="Update. " + before["quote"])
    (r,), (outcome,) = apply([after], [decided(before, "reject")], {"a1": edited})
    assert outcome.status == "re-attached" and "moved" in outcome.message
    assert (r["review"], r["decision"], r["figure_id"]) == ("rejected", figure_id(before), figure_id(after))


@pytest.mark.parametrize("change", [{"year": 2023}, {"value": 3.7e6}, {"status": "forecast"}])
def test_a_new_reading_of_the_amount_orphans_the_confirmation(change: dict) -> None:
    """Nobody vouched for the new reading, whether or not it changes the figure id (the id
    hashes the mention's place, pair, indicator and period, not its value or status)."""
    before = row()
    now = row(**change)
    (r,), (outcome,) = apply([now], [decided(before, "confirm")])
    assert outcome.status == "orphaned"
    assert "read differently" in outcome.message
    assert outcome.candidates == (figure_id(now),)
    assert r["review"] == "unreviewed"


def test_a_correction_the_extractor_now_makes_becomes_a_confirmation() -> None:
    before = row(year=2023)
    now = row(year=2024)
    (r,), (outcome,) = apply([now], [decided(before, "correct", fields={"year": 2024})])
    assert outcome.status == "re-attached"
    assert (r["review"], r["year"]) == ("confirmed", 2024)


def test_decisions_whose_figure_is_gone_are_orphaned_with_the_reason() -> None:
    r = row()
    gone_article = decided(r, "confirm")
    _, outcomes = apply([], [gone_article], {})
    assert (outcomes[0].status, outcomes[0].message) == ("orphaned", "article a1 is not in this build")
    _, outcomes = apply([], [gone_article], {"a1": TEXT.replace("$3.7", "$4.1")})
    assert outcomes[0].message == "the amount '$3.7 billion' is no longer in the article"
    _, outcomes = apply([], [gone_article])
    assert outcomes[0].message == "no figure reads the amount '$3.7 billion' any more"


def test_a_missed_figure_is_added_with_its_quote_and_span() -> None:
    missed = row(amount="$1.2 billion", indicator="exports", value=1.2e9, flow_from="AZE", flow_to="JPN",
                 quote="Exports were $1.2 billion.", rule=ADDED_RULE, measure=None)  # fmt: skip
    add = decided(missed, "add", fields={**reading(missed)}, was=None)
    rows, (outcome,) = apply([row()], [add])
    assert outcome.status == "applied"
    added = rows[1]
    assert (added["review"], added["rule"], added["quote"], added["figure_id"]) == ("added", ADDED_RULE, missed["quote"], add.figure_id)
    assert TEXT[added["span_start"] : added["span_end"]] == "$1.2 billion"
    # The extractor later finds it too: one figure, confirmed, not two.
    rows, (outcome,) = apply([row(), missed], [add])
    assert [r["review"] for r in rows] == ["unreviewed", "confirmed"] and len(rows) == 2
    # The extractor finds the same mention but reads its value wrong: the curator's reading holds.
    misread = {**missed, "value": 1.2e6, "rule": "exports:money"}
    rows, (outcome,) = apply([misread], [add])
    assert [(r["review"], r["value"]) for r in rows] == [("corrected", 1.2e9)]
    # The article is edited around it: the figure follows its amount and sentence.
    edited = "Update. " + TEXT
    rows, (outcome,) = apply([], [add], {"a1": edited})
    assert outcome.status == "re-attached"
    assert edited[rows[0]["span_start"] : rows[0]["span_end"]] == "$1.2 billion"
    # Its sentence is rewritten: orphaned, the sentence is what the curator vouched for.
    rows, (outcome,) = apply([], [add], {"a1": TEXT.replace("Exports were", "Imports were")})
    assert outcome.status == "orphaned" and rows == []


def test_a_correction_that_breaks_the_contract_is_not_applied() -> None:
    r = row()
    (kept,), (outcome,) = apply([r], [decided(r, "correct", fields={"country_a": "XXX"})])
    assert outcome.status == "invalid" and "not ISO 3166" in outcome.message
    assert (kept["country_a"], kept["review"]) == ("AZE", "unreviewed")


def test_prefer_one_source_sets_the_other_aside() -> None:
    ours = row()
    theirs = row(article_id="a2", value=3.9e9)
    texts = {"a1": TEXT, "a2": TEXT}
    preferred = decided(ours, "confirm")
    other = decided(theirs, "supersede", preferred=figure_id(ours))
    rows, outcomes = apply([ours, theirs], [other, preferred], texts)
    assert [r["review"] for r in rows] == ["confirmed", "superseded"]
    assert rows[1]["review_note"] == f"another source preferred: {figure_id(ours)} (a1)"
    assert len(derivable(rows)) == 1
    # If the preferred figure is gone, the other is not set aside on its word.
    rows, outcomes = apply([theirs], [other], texts)
    assert rows[0]["review"] == "unreviewed"
    assert [o.status for o in outcomes] == ["orphaned"]


def test_a_figure_decided_twice_reports_the_earlier_as_shadowed() -> None:
    r = row()
    early = decided(r, "reject")
    late = Decision(**{**early.__dict__, "action": "confirm", "at": "2026-11-24T10:00:00Z"})
    (out,), outcomes = apply([r], [early, late])
    assert out["review"] == "confirmed"
    assert sorted(o.status for o in outcomes) == ["applied", "shadowed"]
