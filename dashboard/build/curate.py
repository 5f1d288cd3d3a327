"""Apply the curators' decisions to the extracted figures, at every build: pure functions over
the build's rows and article texts.

Each decision is found by its figure_id. When that figure is gone (the article was edited, or
the extractor now reads the amount differently), it is looked for again by its article and
the amount's text, nearest its old span: it is re-attached when the figure there has the
reading the curator saw (or, for a correction, the reading they corrected it to), and
otherwise it is orphaned. Re-attached and orphaned decisions are reported and stay in the
file, for a curator to re-attach or drop on the review page: none is ever dropped here.

A rejected or superseded figure stays in figures.parquet with its state, so the decision can
be seen and undone, but nothing is derived from it and the app does not chart it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from dashboard.build.decisions import STATE_OF, Decision, DecisionFile, effective
from dashboard.build.figure_contract import figure_problems
from dashboard.contract.schema import READING, SET_ASIDE, FigureRow
from dashboard.contract.values import value_text

# A figure row as the pipeline holds it: the Figure fields, article_id, and later figure_id.
Row = FigureRow
Mentions = dict[tuple[str, int, int], list[Row]]
ADDED_RULE = "curator:add"
REVIEW_COLUMNS: tuple[str, ...] = ("review", "reviewed_by", "reviewed_at", "review_note", "decision")
_NOT_DERIVED_FROM = ("figure_id", *REVIEW_COLUMNS)
# What the build reports, and how the review page groups them.
APPLIED, REATTACHED, ORPHANED, INVALID, SHADOWED = "applied", "re-attached", "orphaned", "invalid", "shadowed"


@dataclass(frozen=True)
class Outcome:
    """What became of one decision in this build."""

    decision: Decision
    status: str  # applied | re-attached | orphaned | invalid | shadowed
    message: str = ""
    figure_id: str | None = None  # the figure it applies to now
    candidates: tuple[str, ...] = ()  # for an orphan: figures at its amount now, to re-attach by hand


def apply_decisions(
    rows: Iterable[Row], texts: dict[str, str], decisions: Sequence[Decision], id_of: Callable[[Row], str]
) -> tuple[list[Row], list[Outcome]]:
    """The figure rows with their review state, and what became of each decision.

    `rows` are the extractor's figures (dicts of Figure fields and article_id), `texts` the
    built articles' texts by id, `id_of` the pipeline's figure_id. Every row gets a
    `figure_id` (a corrected figure keeps its extracted one, so the decision keeps finding it)
    and the REVIEW_COLUMNS. Rows are new dicts; the inputs are not changed.
    """
    out: list[Row] = [{**r, "figure_id": id_of(r), "review": "unreviewed", "reviewed_by": None, "reviewed_at": None,
                       "review_note": None, "decision": None} for r in rows]  # fmt: skip
    if not decisions:
        return out, []
    by_id = {r["figure_id"]: r for r in out}
    by_mention: Mentions = {}
    for r in out:
        by_mention.setdefault((r["article_id"], r["span_start"], r["span_end"]), []).append(r)
    holding, shadowed = effective(decisions)
    outcomes = [
        Outcome(old, SHADOWED, f"replaced by a later decision on the same figure ({new.action} by {new.by} at {new.at})")
        for old, new in shadowed
    ]
    moved: dict[str, str] = {}  # decision figure_id -> the figure it applies to now
    # Exact matches first, so a re-attached decision never takes a figure decided by id.
    first = [d for d in holding if d.action != "supersede" and d.figure_id in by_id]
    then = [d for d in holding if d.action != "supersede" and d.figure_id not in by_id]
    for d in [*first, *then]:
        if d.action == "add":
            outcome = _add(d, out, by_id, texts, id_of)
        else:
            outcome = _decide(d, by_id, by_mention, texts)
        if outcome.figure_id is not None:
            moved[d.figure_id] = outcome.figure_id
        outcomes.append(outcome)
    for d in (d for d in holding if d.action == "supersede"):
        outcomes.append(_supersede(d, by_id, by_mention, texts, moved))
    return out, outcomes


def derivable(rows: Iterable[Row]) -> list[Row]:
    """The rows figures may be derived from: not rejected or superseded, and without the
    curation columns, so a derived figure gets its own id and no review of its own."""
    kept = [cast(dict[str, object], r.copy()) for r in rows if r.get("review") not in SET_ASIDE]
    for r in kept:  # a copy less what it should not carry: a third of the time of a filtered copy
        for column in _NOT_DERIVED_FROM:
            r.pop(column, None)
    return cast(list[Row], kept)


def reading(row: Mapping[str, object]) -> dict[str, object]:
    return {c: row.get(c) for c in READING}


def describe(fields: Mapping[str, object]) -> str:
    """A reading in a few words, for messages.

    >>> describe({"indicator": "exports", "kind": "level", "value": 5e8, "unit": "USD", "country_a": "AZE",
    ...           "country_b": "JPN", "flow_from": "AZE", "flow_to": "JPN", "year": 2024, "period": "FY", "status": "reported"})
    'exports AZE→JPN $500 m 2024 FY'
    """
    flow = f"{fields.get('flow_from')}→{fields.get('flow_to')}" if fields.get("flow_from") else f"{fields.get('country_a')}-{fields.get('country_b')}"
    status = "" if fields.get("status") in (None, "reported") else f" ({fields.get('status')})"
    value = fields.get("value")
    unit, qualifier = str(fields.get("unit")), str(fields.get("qualifier") or "exact")
    amount = value_text(value, unit, qualifier) if isinstance(value, (int, float)) else f"{value} {unit}"
    return f"{fields.get('indicator')} {flow} {amount} {fields.get('year')} {fields.get('period')}{status}"


def changes(before: Mapping[str, object], after: Mapping[str, object]) -> str:
    """The columns a correction changed, old -> new.

    >>> changes({"year": 2023, "value": 1.0}, {"year": 2024, "value": 1.0})
    'year 2023 → 2024'
    """
    return "; ".join(f"{c} {before.get(c)} → {after.get(c)}" for c in after if before.get(c) != after.get(c))


def report(found: DecisionFile, outcomes: list[Outcome], rows: list[Row], source: str) -> tuple[list[str], list[str]]:
    """(summary lines, warnings) for the build's summary: counts of decisions and review
    states, then every decision re-attached, orphaned, invalid or shadowed, and every line of
    `source` that is not a decision."""
    by_status = Counter(o.status for o in outcomes)
    states = Counter(r["review"] for r in rows)
    lines = []
    if found.decisions or found.invalid:
        parts = [f"{by_status[s]} {s}" for s in (APPLIED, REATTACHED, ORPHANED, INVALID, SHADOWED) if by_status[s]]
        lines.append(f"decisions: {len(found.decisions)} in {source} ({', '.join(parts) or 'none applied'})")
    lines.append("review: " + ", ".join(f"{n} {s}" for s, n in sorted(states.items(), key=lambda kv: (-kv[1], kv[0]))))
    warnings = [f"{source} line {i.line}: not a decision ({i.error}): kept, not applied" for i in found.invalid]
    for o in outcomes:
        if o.status == APPLIED:
            continue
        d = o.decision
        what = f"{d.action} by {d.by} on {d.figure_id} ({d.article_id} {d.amount!r} at {d.span[0]}:{d.span[1]})"
        kept = "" if o.status == REATTACHED else ": kept in the file, see the review page"
        warnings.append(f"{source}: {o.status}: {what}: {o.message}{kept}")
    return lines, warnings


# ---------------------------------------------------------------- one decision


def _decide(d: Decision, by_id: dict[str, Row], by_mention: Mentions, texts: dict[str, str]) -> Outcome:
    found = _locate(d, by_id, by_mention, texts)
    if isinstance(found, Outcome):
        return found
    row, how = found
    status = APPLIED if row["figure_id"] == d.figure_id else REATTACHED
    if d.action == "correct":
        return _correct(d, row, by_id, texts, status, how)
    _mark(row, d, STATE_OF[d.action], how)
    return Outcome(d, status, how, row["figure_id"])


def _locate(d: Decision, by_id: dict[str, Row], by_mention: Mentions, texts: dict[str, str]) -> tuple[Row, str] | Outcome:
    """The figure a decision applies to in this build, and how it was found.

    The id alone is not enough: it is a hash of the mention's place and reading but not of
    the amount's value, so the decision also needs the same amount text and (when recorded)
    the reading the curator saw. Otherwise the amount is looked for again, nearest its old
    place, for a figure with that reading.
    """
    text = texts.get(d.article_id)
    if text is None:
        return Outcome(d, ORPHANED, f"article {d.article_id} is not in this build")
    target = None
    if d.action == "correct" and d.was is not None:
        target = {**d.was, **{k: v for k, v in d.fields.items() if k in READING}}
    spans = find_amount(text, d.amount, d.span)
    if not spans:
        return Outcome(d, ORPHANED, f"the amount {d.amount!r} is no longer in the article")
    exact = by_id.get(d.figure_id)
    if exact is not None and exact["decision"] is not None:
        return Outcome(d, ORPHANED, f"its figure already has a decision ({exact['decision']})")
    unchecked: list[Row] = []
    for start, end in spans:
        candidates = [c for c in by_mention.get((d.article_id, start, end), []) if c["decision"] is None]
        candidates.sort(key=lambda c: c is not exact)  # the figure with the decision's id first
        moved = "same place" if (start, end) == d.span else "moved in the article"
        for c in candidates:
            if d.was is None and exact is not None and c is exact:  # hand-written: no reading to check
                return exact, ""
            if d.was is not None and reading(c) == dict(d.was):
                return c, "" if c is exact else f"figure id changed ({moved}, same reading)"
            if target is not None and reading(c) == target:
                return c, "now reads as corrected"
        unchecked += candidates
    if d.was is None and len(unchecked) == 1:
        return unchecked[0], "found by its amount (the decision records no reading to check)"
    if not unchecked:
        return Outcome(d, ORPHANED, f"no figure reads the amount {d.amount!r} any more")
    now = "; ".join(describe(reading(c)) for c in unchecked[:3])
    was = describe(dict(d.was)) if d.was else "not recorded"
    ids = tuple(c["figure_id"] for c in unchecked)
    return Outcome(d, ORPHANED, f"the amount is now read differently: {now} (the curator saw {was})", candidates=ids)


def _correct(d: Decision, row: Row, by_id: dict[str, Row], texts: dict[str, str], status: str, how: str) -> Outcome:
    if how == "now reads as corrected":
        _mark(row, d, "confirmed", "the extractor now reads it as the curator corrected it")
        return Outcome(d, status, how, row["figure_id"])
    fields = dict(d.fields)
    if "part_of" in fields:
        whole = fields["part_of"]
        if whole is not None:
            total = by_id.get(str(whole))
            if total is None or total["article_id"] != row["article_id"]:
                return Outcome(d, INVALID, f"part_of {whole}: no such figure in the same article")
            fields["part_of"] = total["span_start"]  # the pipeline points parts at their whole by span
    new = {**row, **fields}
    problems = figure_problems(new, texts.get(row["article_id"]))
    if problems:
        return Outcome(d, INVALID, f"the corrected figure would break the data contract: {'; '.join(problems)}")
    before = reading(row)
    # decisions.check_fields held each field to its column's type when the file was read.
    row.update(cast(Row, fields))
    _mark(row, d, "corrected", f"corrected: {changes(before, reading(row)) or 'no change'}" + (f"; {how}" if how else ""))
    return Outcome(d, status, how, row["figure_id"])


def _add(d: Decision, out: list[Row], by_id: dict[str, Row], texts: dict[str, str], id_of: Callable[[Row], str]) -> Outcome:
    text = texts.get(d.article_id)
    if text is None:
        return Outcome(d, ORPHANED, f"article {d.article_id} is not in this build")
    quote = d.quote or ""
    for start, end in find_amount(text, d.amount, d.span):
        if _quote_at(text, quote, start, end) is None:
            continue
        # decisions.check_fields held each field to its column's type when the file was read.
        row = cast(Row, {"article_id": d.article_id, **{c: d.fields.get(c) for c in READING}, "measure": d.fields.get("measure"),
                         "part_of": None, "evidence": None, "confidence": "sure", "doubts": [], "quote": quote, "span_start": start,
                         "span_end": end, "rule": ADDED_RULE})  # fmt: skip
        problems = figure_problems(row, text, id_required=False)
        if problems:
            return Outcome(d, INVALID, f"the added figure would break the data contract: {'; '.join(problems)}")
        figure_id = id_of(row)
        status = APPLIED if (start, end) == d.span else REATTACHED
        how = "" if status == APPLIED else "the amount moved in the article"
        existing = by_id.get(figure_id)
        if existing is not None:
            if existing["decision"] is not None:
                return Outcome(d, ORPHANED, f"its figure already has a decision ({existing['decision']})")
            if reading(existing) == reading(row):
                _mark(existing, d, "confirmed", "added by a curator; the extractor now finds it too")
                return Outcome(d, status, how or "the extractor now finds it too", figure_id)
            before = reading(existing)
            existing.update(cast(Row, {c: row.get(c) for c in READING}))
            _mark(existing, d, "corrected", f"added by a curator; the extractor found it too, read as: {describe(before)}")
            return Outcome(d, status, how or "the extractor now finds it too, read differently", figure_id)
        row["figure_id"] = figure_id
        _mark(row, d, "added", how)
        out.append(row)
        by_id[figure_id] = row
        return Outcome(d, status, how, figure_id)
    if find_amount(text, d.amount, d.span):
        return Outcome(d, ORPHANED, "its sentence is no longer in the article around the amount")
    return Outcome(d, ORPHANED, f"the amount {d.amount!r} is no longer in the article")


def _supersede(d: Decision, by_id: dict[str, Row], by_mention: Mentions, texts: dict[str, str], moved: dict[str, str]) -> Outcome:
    preferred = by_id.get(moved.get(d.preferred or "", d.preferred or ""))
    if preferred is None or preferred["review"] in SET_ASIDE:
        why = "is no longer there" if preferred is None else f"is {preferred['review']}"
        return Outcome(d, ORPHANED, f"the figure preferred to it ({d.preferred}) {why}")
    outcome = _decide(d, by_id, by_mention, texts)
    if outcome.figure_id is not None:
        row = by_id[outcome.figure_id]
        row["review_note"] = _joined(f"another source preferred: {preferred['figure_id']} ({preferred['article_id']})", row["review_note"])
    return outcome


def _mark(row: Row, d: Decision, state: str, how: str) -> None:
    row["review"], row["reviewed_by"], row["reviewed_at"] = state, d.by, d.at
    row["review_note"], row["decision"] = _joined(d.note, how), d.figure_id


def _joined(*parts: str | None) -> str | None:
    text = "; ".join(p for p in parts if p)
    return text or None


# ---------------------------------------------------------------- finding text again


def find_amount(text: str, amount: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Where `amount` is in `text`: at `span` if it is still there, else every occurrence,
    nearest the old span first.

    >>> find_amount("$5 m then $5 m", "$5 m", (10, 14)), find_amount("xx $5 m, $5 m", "$5 m", (0, 4))
    ([(10, 14)], [(3, 7), (9, 13)])
    """
    start, end = span
    if text[start:end] == amount:
        return [(start, end)]
    found = []
    at = text.find(amount)
    while at >= 0 and amount:
        found.append((at, at + len(amount)))
        at = text.find(amount, at + 1)
    return sorted(found, key=lambda s: (abs(s[0] - start), s[0]))


def _quote_at(text: str, quote: str, start: int, end: int) -> int | None:
    """Where `quote` is in `text` around [start, end), or None."""
    if not quote:
        return None
    at = text.find(quote, max(0, end - len(quote)))
    while 0 <= at <= start:
        if at + len(quote) >= end:
            return at
        at = text.find(quote, at + 1)
    return None
