"""What the review page shows and saves, as pure functions: figures in context with their
evidence, the queue of figures that deserve a look first, orphaned decisions, and the
decisions a curator's click makes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from dashboard.build.curate import ADDED_RULE, APPLIED, REATTACHED, apply_decisions, reading
from dashboard.build.decisions import Decision, effective, now
from dashboard.build.figure_contract import figure_problems
from dashboard.build.pipeline import figure_id
from dashboard.contract.confidence import in_words
from dashboard.contract.schema import READING
from dashboard.contract.values import value_text
from dashboard.extract.sentences import split_sentences
from dashboard.read.evidence import entries as evidence_entries

# Why a figure is in the queue, with how much it weighs: a number that contradicts others
# comes before one read from thin evidence.
# A `check` figure (rules/confidence.toml) outweighs them all: the queue starts with those.
REASONS: dict[str, int] = {"check": 8, "growth": 4, "part": 4, "magnitude": 3, "differ": 2, "weak": 1}
# Where a figure's time came from (the rule's last part, or the period's evidence) when the
# article does not state it beside the figure.
WEAK_TIME: tuple[str, ...] = ("vague", "present", "carried", "article", "default")
MAGNITUDE = 10.0  # "an order of magnitude off"
NEAR_YEARS = 5  # compare a level with the pair's levels this many years around it


@dataclass(frozen=True)
class Change:
    """What a click saves: decisions to write, and figure ids whose decision goes."""

    new: tuple[Decision, ...] = ()
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class Orphan:
    decision: Decision
    reason: str
    candidates: tuple[str, ...]  # figures at its amount now, nearest first


# ---------------------------------------------------------------- showing a figure


def context(text: str, start: int, end: int, width: int = 180) -> tuple[str, str, str]:
    """The words around an amount: (before, amount, after), cut at word boundaries.

    >>> context("One two three $5 m four five six", 14, 18, width=8)
    ('…three ', '$5 m', ' four…')
    """
    lo, hi = max(0, start - width), min(len(text), end + width)
    before, after = text[lo:start], text[end:hi]
    if lo > 0:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
    if hi < len(text):
        after = after.rsplit(" ", 1)[0] + "…" if " " in after else after + "…"
    return before.replace("\n", " "), text[start:end], after.replace("\n", " ")


def evidence_items(evidence: object, text: str) -> list[tuple[str, str, str]]:
    """(slot, the words, rule) for each slot the extractor filled; [] when none was recorded.

    >>> evidence_items('[["pair", 4, 9, "owner"], ["period", 13, 17, "attached"]]', "The Japan in 2024")
    [('pair', 'Japan', 'owner'), ('period', '2024', 'attached')]
    """
    return [(slot, text[start:end], rule) for slot, start, end, rule in evidence_entries(evidence)]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text, for choosing the sentence a missed figure is in: the
    extractor's own sentences, so a curator's quote is the one a build would give.

    >>> t = "Trade reached $3.7 bn. Exports grew 5%.\\nNew line"
    >>> [t[a:b] for a, b in sentences(t)]
    ['Trade reached $3.7 bn.', 'Exports grew 5%.', 'New line']
    """
    return [(s.start, s.end) for s in split_sentences(text)]


def occurrences(sentence: str, amount: str) -> list[int]:
    """Where `amount` is in `sentence` (offsets), so the curator can pick which one.

    >>> occurrences("$5 m and $5 m", "$5 m"), occurrences("x", "")
    ([0, 9], [])
    """
    found, at = [], sentence.find(amount) if amount else -1
    while at >= 0:
        found.append(at)
        at = sentence.find(amount, at + 1)
    return found


# ---------------------------------------------------------------- filtering and the queue


def filter_figures(
    figures: pd.DataFrame, article: str | None = None, pair: str | None = None, indicator: str | None = None,
    states: Iterable[str] = (),
) -> pd.DataFrame:  # fmt: skip
    """The figures a curator asked to see; `states` empty means every state."""
    f = figures
    if article:
        f = f[f["article_id"] == article]
    if pair:
        a, _, b = pair.partition("-")
        f = f[(f["country_a"] == a) & (f["country_b"] == b)]
    if indicator:
        f = f[f["indicator"] == indicator]
    wanted = list(states)
    if wanted:
        f = f[review_state(f).isin(wanted)]
    return f


def review_state(figures: pd.DataFrame) -> pd.Series:
    """Each figure's state; a table from before reviews counts as unreviewed."""
    if "review" not in figures.columns:
        return pd.Series("unreviewed", index=figures.index, dtype=object)
    return figures["review"].astype(object).fillna("unreviewed")


def queue(figures: pd.DataFrame, disagreements: pd.DataFrame | None = None, checks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Unreviewed figures that deserve a look first, each with its reasons, weightiest first.

    `figures` are the reported figures (not derived); `disagreements` has `figure_id` and
    `sources_differ` (queries.flag_disagreements), `checks` has `figure_id` and `verdict`
    (queries.growth_checks). Columns: figure_id, score, reasons (list of words).
    """
    f = figures[(figures["status"] != "derived") & review_state(figures).eq("unreviewed")]
    reasons: dict[str, list[tuple[str, str]]] = {}

    def flag(ids: Iterable[str], kind: str, words: Iterable[str]) -> None:
        for i, w in zip(ids, words, strict=True):
            reasons.setdefault(i, []).append((kind, w))

    if "confidence" in f.columns:
        doubted = f[f["confidence"].eq("check")]
        for i, doubts in zip(doubted["figure_id"], doubted["doubts"], strict=True):
            flag([i], "check", ["check: " + "; ".join(in_words(d) for d in _listed(doubts))])
    magnitude = magnitude_outliers(figures)
    hits = magnitude[magnitude["figure_id"].isin(f["figure_id"])]
    flag(hits["figure_id"], "magnitude", hits["text"])
    parts = parts_over_total(figures)
    hits = parts[parts["figure_id"].isin(f["figure_id"])]
    flag(hits["figure_id"], "part", hits["text"])
    if checks is not None and len(checks):
        bad = checks[(checks["verdict"] == "disagree") & checks["figure_id"].isin(f["figure_id"])]
        flag(bad["figure_id"], "growth", ["a growth rate the reported levels disagree with"] * len(bad))
    if disagreements is not None and len(disagreements):
        differ = disagreements[disagreements["sources_differ"].astype(bool) & disagreements["figure_id"].isin(f["figure_id"])]
        flag(differ["figure_id"], "differ", ["another article gives a different value for the same figure"] * len(differ))
    weak = [(i, w) for i, w in zip(f["figure_id"], weak_evidence(f), strict=True) if w]
    flag([i for i, _ in weak], "weak", [w for _, w in weak])
    rows = [
        {"figure_id": i, "score": sum(REASONS[k] for k, _ in rs), "reasons": [w for _, w in rs], "kinds": [k for k, _ in rs]}
        for i, rs in reasons.items()
    ]
    out = pd.DataFrame(rows, columns=["figure_id", "score", "reasons", "kinds"])
    return out.sort_values(["score", "figure_id"], ascending=[False, True], ignore_index=True)


def _listed(doubts: object) -> list[str]:
    """A doubts cell as a list: parquet gives an array, a hand-built frame a list or nothing."""
    if doubts is None or isinstance(doubts, float):
        return []
    return [str(d) for d in doubts]  # type: ignore[attr-defined]


def magnitude_outliers(figures: pd.DataFrame) -> pd.DataFrame:
    """Levels ten times above or below the median of the same pair's other levels of that
    indicator, direction, unit and kind of period within NEAR_YEARS years. Columns:
    figure_id, text."""
    f = figures[(figures["kind"] == "level") & ~review_state(figures).isin(["rejected", "superseded"])]
    f = f[f["year"].notna() & (f["value"] > 0)]
    out = []
    keys = ["country_a", "country_b", "indicator", "unit", "flow_from", "cumulative"]
    f = f.assign(flow_from=f["flow_from"].astype(object).fillna(""), cumulative=f["period"].astype(object).eq("cumulative"))
    for _, group in f.groupby(keys, dropna=False, sort=False):
        if len(group) < 2:
            continue
        years = group["year"].astype(float).to_numpy()
        values = group["value"].astype(float).to_numpy()
        for i, row in enumerate(group.itertuples()):
            near = (np.abs(years - years[i]) <= NEAR_YEARS) & (np.arange(len(group)) != i)
            if not near.any():
                continue
            median = float(np.median(values[near]))
            ratio = values[i] / median
            if ratio >= MAGNITUDE or ratio <= 1 / MAGNITUDE:
                word = f"{ratio:.0f} times" if ratio >= 1 else f"1/{1 / ratio:.0f}"
                out.append((row.figure_id, f"{word} the median of this pair's other {row.indicator} levels around {int(years[i])}"))
    return pd.DataFrame(out, columns=["figure_id", "text"])


def parts_over_total(figures: pd.DataFrame) -> pd.DataFrame:
    """Parts larger than the total they are part of (`part_of`). Columns: figure_id, text."""
    if "part_of" not in figures.columns:
        return pd.DataFrame(columns=["figure_id", "text"])
    parts = figures[figures["part_of"].notna()]
    totals = figures.set_index("figure_id")
    out = []
    for row in parts.itertuples():
        if row.part_of not in totals.index:
            continue
        total = totals.loc[row.part_of]
        if total["unit"] == row.unit and row.value > float(total["value"]) * 1.005:
            whole = value_text(float(total["value"]), str(total["unit"]), str(total["qualifier"]))
            out.append((row.figure_id, f"larger ({value_text(row.value, row.unit, row.qualifier)}) than the total it is part of ({whole})"))
    return pd.DataFrame(out, columns=["figure_id", "text"])


COUNTRY_SLOTS = ("partner", "origin", "destination")


def weak_evidence(figures: pd.DataFrame) -> list[str]:
    """Why each figure's reading rests on thin evidence ("" when it does not)."""
    out = []
    evidence = figures["evidence"] if "evidence" in figures.columns else pd.Series(None, index=figures.index, dtype=object)
    for ev, rule, year in zip(evidence, figures["rule"], figures["year"], strict=True):
        if str(rule).startswith("curator"):
            out.append("")
            continue
        time = str(rule).rsplit(":", 1)[-1]
        entries = evidence_entries(ev)
        slots = {slot: rule for slot, _, _, rule in entries}
        # Both countries named in the figure's own words (as partner, origin or destination)
        # give the pair as well as a "pair" phrase does.
        named = sum(1 for slot, start, _, _ in entries if slot in COUNTRY_SLOTS and start >= 0)
        why = []
        if not slots:
            why.append("the extractor recorded no evidence")
        else:
            if "pair" not in slots and named < 2:
                why.append("no words gave the pair")
            if not pd.isna(year) and "period" not in slots:
                why.append("no words gave the year")
            time = slots.get("period", time)
        if time in WEAK_TIME:
            why.append(f"its time is inferred ({time})")
        out.append("; ".join(why))
    return out


# ---------------------------------------------------------------- orphaned decisions


def orphans(decisions: Iterable[Decision], figures: pd.DataFrame, texts: dict[str, str]) -> list[Orphan]:
    """Decisions no figure in data/ carries, each with the reason and the figures now at its
    amount (to re-attach to); a decision saved since the last build says so."""
    holding, _ = effective(decisions)
    carried = set(figures["decision"].dropna()) if "decision" in figures.columns else set()
    out = []
    for d in holding:
        if d.figure_id in carried:
            continue
        mine = figures[(figures["article_id"] == d.article_id) & (figures["status"] != "derived")]
        if "decision" in mine.columns:
            mine = mine[mine["decision"].isna()]
        rows = [_row(r) for r in mine.to_dict("records")]
        _, (outcome,) = apply_decisions(rows, texts, [d], figure_id)
        if outcome.status in (APPLIED, REATTACHED):
            out.append(Orphan(d, "saved after the last build: rebuild to apply it", (outcome.figure_id or "",)))
            continue
        text = texts.get(d.article_id, "")
        at_amount = sorted(
            (r for r in rows if text[r["span_start"] : r["span_end"]] == d.amount),
            key=lambda r: abs(r["span_start"] - d.span[0]),
        )
        candidates = tuple(dict.fromkeys([*outcome.candidates, *(r["figure_id"] for r in at_amount)]))
        out.append(Orphan(d, outcome.message, candidates))
    return out


def _row(record: dict[str, Any]) -> dict[str, Any]:
    """A figures.parquet record as the pipeline's row (None for missing values)."""
    return {k: (None if _missing(v) else (int(v) if k == "year" else v)) for k, v in record.items()}


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))


# ---------------------------------------------------------------- decisions from clicks


def decide(row: dict[str, Any], action: str, by: str, text: str, previous: Decision | None = None,
           fields: dict[str, object] | None = None, note: str | None = None, preferred: str | None = None) -> Change:  # fmt: skip
    """The decisions one click saves on a figure of figures.parquet, given the decision it
    carries now (`previous`): confirm, reject, correct (with the fields as the curator set
    them), supersede (another figure, `preferred`, is preferred), or reset (back to unreviewed).

    `was` always records the extractor's reading, which is what the build matches: for a
    corrected figure that is the earlier decision's `was`, not the corrected row.
    """
    row = _row(row)
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


def _decide_added(row: dict[str, Any], action: str, previous: Decision, fields: dict[str, object] | None, stamp: dict[str, Any]) -> Change:
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


def reattach(orphan: Decision, row: dict[str, Any], text: str, by: str) -> Change:
    """File an orphaned decision under a figure the curator chose: the same action (and
    correction) on the figure as it is read now."""
    row = _row(row)
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
