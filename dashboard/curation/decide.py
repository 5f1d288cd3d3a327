"""The decisions a curator's click makes on the review page, as pure functions, and their
saving beside the articles (decisions.jsonl, under seeds/' lock)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dashboard.build import decisions as decisions_file
from dashboard.build.curate import ADDED_RULE, reading
from dashboard.build.decisions import Decision, DecisionFile, DecisionsFileError, Saved, effective, now
from dashboard.build.figure_contract import figure_problems
from dashboard.build.rows import figure_id
from dashboard.contract.files import DECISIONS_FILE
from dashboard.contract.schema import READING, FigureRow
from dashboard.curation.review import as_row

__all__ = ["Change", "Decision", "DecisionsFileError", "add_figure", "decide", "fields_from_form", "held", "prefer", "reattach", "save", "split_value"]


@dataclass(frozen=True)
class Change:
    """What a click saves: decisions to write, and figure ids whose decision goes."""

    new: tuple[Decision, ...] = ()
    remove: tuple[str, ...] = ()


def held(seeds: Path) -> tuple[DecisionFile, dict[str, Decision]]:
    """The decisions file beside the articles, and the decision each figure holds now (the
    latest of its own); DecisionsFileError when it cannot be read."""
    found = decisions_file.load(seeds / DECISIONS_FILE)
    return found, {d.figure_id: d for d in effective(found.decisions)[0]}


def save(seeds: Path, change: Change) -> Saved:
    """Record a click's decisions beside the articles (see build/decisions.save)."""
    return decisions_file.save(seeds / DECISIONS_FILE, change.new, change.remove)


def decide(record: dict[str, Any], action: str, by: str, text: str, previous: Decision | None = None,
           fields: dict[str, object] | None = None, note: str | None = None, preferred: str | None = None) -> Change:  # fmt: skip
    """The decisions one click saves on a figure of figures.parquet, given the decision it
    carries now (`previous`): confirm, reject, correct (with the fields as the curator set
    them), supersede (another figure, `preferred`, is preferred), or reset (back to unreviewed).

    `was` always records the extractor's reading, which is what the build matches: for a
    corrected figure that is the earlier decision's `was`, not the corrected row.
    """
    row = as_row(record)
    key = row.get("decision") or row["figure_id"]
    if action == "reset":
        return Change(remove=(key,))
    stamp: dict[str, Any] = {"by": by.strip(), "at": now(), "note": note or None}
    if previous is not None and previous.action == "add":
        return _decide_added(row, action, previous, fields, stamp)
    was = dict(previous.was) if previous is not None and previous.action == "correct" and previous.was else reading(row)
    changed = _changed(was, fields or {})
    if action == "confirm" and previous is not None and previous.action == "correct":
        action, changed = "correct", dict(previous.fields)  # confirming a corrected figure keeps the correction
    elif action == "correct":
        if previous is not None and previous.action == "correct":
            changed = _changed(was, {**previous.fields, **(fields or {})})
        if not changed:
            action = "confirm"  # corrected back to what the extractor read
    base = Decision(
        action=action, figure_id=key, article_id=row["article_id"], span=(row["span_start"], row["span_end"]),
        amount=text[row["span_start"] : row["span_end"]], quote=row["quote"], was=was,
        fields=changed if action == "correct" else {}, preferred=preferred, **stamp,
    )  # fmt: skip
    return Change(new=(base,))


def _decide_added(row: FigureRow, action: str, previous: Decision, fields: dict[str, object] | None, stamp: dict[str, Any]) -> Change:
    """A curator's own figure: confirming re-dates it, rejecting takes it out, correcting
    re-files it under the id of its new reading."""
    if action == "reject":
        return Change(remove=(previous.figure_id,))
    if action in ("confirm", "supersede"):
        return Change(new=(replace(previous, **stamp),))
    new_fields = {**previous.fields, **(fields or {})}
    new_id = figure_id({**row, **new_fields, "status": new_fields.get("status", row["status"])})
    return Change(new=(replace(previous, figure_id=new_id, fields=new_fields, **stamp),), remove=(previous.figure_id,))


def _changed(was: dict[str, object], fields: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in fields.items() if (k in READING and was.get(k) != v) or (k in ("part_of", "measure") and v is not None)}


def prefer(chosen: dict[str, Any], others: Iterable[dict[str, Any]], by: str, texts: dict[str, str],
           decisions: dict[str, Decision]) -> Change:  # fmt: skip
    """Prefer `chosen` where sources differ: it is confirmed (a correction kept) and each of
    `others` is superseded by it."""
    text = texts[chosen["article_id"]]
    first = decide(chosen, "confirm", by, text, decisions.get(str(chosen.get("decision") or "")))
    new = list(first.new)
    for other in others:
        new += decide(other, "supersede", by, texts[other["article_id"]], decisions.get(str(other.get("decision") or "")),
                      preferred=str(chosen["figure_id"])).new  # fmt: skip
    return Change(new=tuple(new))


def add_figure(article_id: str, text: str, start: int, end: int, quote: str, fields: dict[str, object], by: str,
               note: str | None = None) -> tuple[Decision | None, list[str]]:  # fmt: skip
    """A figure the extractor missed, from the words the curator chose: its decision, or the
    reasons it would break the data contract."""
    row = {"article_id": article_id, **{c: fields.get(c) for c in READING}, "quote": quote, "span_start": start,
           "span_end": end, "rule": ADDED_RULE, "confidence": "sure", "doubts": []}  # fmt: skip
    problems = figure_problems(row, text, id_required=False)
    if text.find(quote) < 0 or not (text.find(quote) <= start and end <= text.find(quote) + len(quote)):
        problems.append("the amount is not inside the chosen sentence")
    if problems:
        return None, problems
    decision = Decision(
        action="add", figure_id=figure_id(row), article_id=article_id, span=(start, end), amount=text[start:end],
        by=by.strip(), at=now(), fields={c: fields.get(c) for c in READING}, quote=quote, note=note or None,
    )  # fmt: skip
    return decision, []


def reattach(orphan: Decision, record: dict[str, Any], text: str, by: str) -> Change:
    """File an orphaned decision under a figure the curator chose: the same action (and
    correction) on the figure as it is read now."""
    row = as_row(record)
    note = "; ".join(p for p in (orphan.note, f"re-attached from {orphan.figure_id} by {by.strip()}") if p)
    moved = replace(
        orphan, figure_id=row["figure_id"], span=(row["span_start"], row["span_end"]),
        amount=text[row["span_start"] : row["span_end"]], quote=row["quote"], was=reading(row), at=now(), note=note,
    )  # fmt: skip
    if moved.action in ("correct", "add"):  # the curator's reading, on the figure as read now
        fields = _changed(reading(row), dict(orphan.fields))
        moved = replace(moved, action="correct" if fields else "confirm", fields=fields)
    return Change(new=(moved,), remove=(orphan.figure_id,))


# ---------------------------------------------------------------- the reading form


SCALES: dict[str, float] = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def split_value(value: float, kind: str) -> tuple[float, str]:
    """A level as (number, scale) for the form: 3.7e9 -> (3.7, "billion").

    >>> split_value(3.7e9, "level"), split_value(228.1e6, "level"), split_value(21.0, "change")
    ((3.7, 'billion'), (228.1, 'million'), (21.0, ''))
    """
    if kind != "level":
        return value, ""
    for name, factor in reversed(SCALES.items()):
        if factor > 1 and abs(value) >= factor:
            return round(value / factor, 6), name
    return value, ""


def fields_from_form(pair: str, direction: str, indicator: str, kind: str, status: str, number: float, scale: str,
                     unit: str, qualifier: str, year: str, period: str) -> tuple[dict[str, object], list[str]]:  # fmt: skip
    """A figure's reading from the form's words: `pair` like "AZE-JPN", `direction` "" (none),
    "ab" or "ba"; the problems in words when there are any.

    >>> fields, problems = fields_from_form("jpn-aze", "ba", "exports", "level", "reported", 1.2, "billion", "usd", "exact", "2024", "FY")
    >>> (fields["country_a"], fields["flow_from"], fields["value"], fields["unit"], problems)
    ('AZE', 'JPN', 1200000000.0, 'USD', [])
    >>> fields_from_form("AZE", "", "aid", "level", "reported", 1, "", "USD", "exact", "20x", "")[1]
    ['pair: write two ISO 3166 alpha-3 codes, e.g. AZE-JPN', 'year: a year such as 2024, or empty']
    """
    problems = []
    codes = [p for p in pair.replace("_", "-").replace(" ", "-").upper().split("-") if p]
    a, b = sorted(codes) if len(codes) == 2 and codes[0] != codes[1] else ("", "")
    if not a:
        problems.append("pair: write two ISO 3166 alpha-3 codes, e.g. AZE-JPN")
    flow = {"ab": (a, b), "ba": (b, a)}.get(direction, (None, None))
    year_text = year.strip()
    year_value: int | None = None
    if year_text:
        if year_text.isdigit() and len(year_text) == 4:
            year_value = int(year_text)
        else:
            problems.append("year: a year such as 2024, or empty")
    fields: dict[str, object] = {
        "country_a": a, "country_b": b, "flow_from": flow[0] or None, "flow_to": flow[1] or None,
        "indicator": indicator, "kind": kind, "status": status, "value": float(number) * SCALES.get(scale, 1.0),
        "unit": unit.strip() if unit.strip().lower() in ("percent", "times") else unit.strip().upper(),
        "qualifier": qualifier, "year": year_value, "period": period.strip() or None,
    }  # fmt: skip
    return fields, problems
