"""What the review page shows and saves, as pure functions: figures in context with their
evidence, the queue of figures that deserve a look first, orphaned decisions, and the
decisions a curator's click makes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd

from dashboard.build.curate import APPLIED, REATTACHED, apply_decisions
from dashboard.build.decisions import Decision, effective
from dashboard.build.rows import figure_id
from dashboard.contract.confidence import in_words
from dashboard.contract.schema import FigureRow
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
        rows = [as_row(r) for r in mine.to_dict("records")]
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


def as_row(record: dict[str, Any]) -> FigureRow:
    """A figures.parquet record as the pipeline's row (None for missing values)."""
    return cast(FigureRow, {k: (None if _missing(v) else (int(v) if k == "year" else v)) for k, v in record.items()})


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))
