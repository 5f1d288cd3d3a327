"""The one chart path: from a view to everything a chart needs, for the page, the downloads and
the command line alike: the figures drawn, the unit, the words around the chart (title,
subtitle, notes, numbered source line, credit line, alt text), and the point ids.

A pasted image must say whose figures it shows, in words; that its axis is logarithmic; which
points are derived and how; which figures are parts of a total; and where it all comes from.
Those words are made here, once, so the page and every image say the same.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from dashboard.contract.periods import month_range
from dashboard.contract.schema import VOUCHED
from dashboard.guard import safe
from dashboard.read import by_confidence, citations, formatting, reviewed
from dashboard.read.selection import Selection, measure_name, select
from dashboard.read.transforms import computed_change
from dashboard.read.view_links import query
from dashboard.read.viewspec import DIRECTIONAL, INDICATORS, TRANSFORMS, View

UNIT_WORDS = {"USD": "US dollars", "EUR": "euros", "percent": "per cent", "index": "index, first year = 100", "times": "multiple"}
# How the subtitle names the mark of a figure awaiting review (chart_style.AWAITING_NAME in the legend).
AWAITING_WORDS = "grey centre and “?”: awaiting review"
# Beyond this many derived points, the notes say how many and point to the table.
MAX_METHOD_NOTES = 3


@dataclass(frozen=True)
class ChartText:
    """The words around a chart: what a briefer needs in every pasted image."""

    title: str
    subtitle: str
    source: str
    alt: str
    notes: tuple[str, ...] = ()
    credit: str = ""
    axis: str = ""
    # The same notes with each derived point's method folded into one line, for small images.
    short_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChartData:
    """Everything one chart needs, made once from a view."""

    view: View
    figures: pd.DataFrame
    unit: str
    units: tuple[str, ...]
    text: ChartText
    log: bool = False
    left_out: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    numbers: dict[str, int] = field(default_factory=dict)
    missing_pairs: tuple[str, ...] = ()
    # The currency the figures were drawn in (before any computed change): the unit control's value.
    currency: str | None = None
    # `check` figures awaiting review: left out (a briefer's default), or drawn and marked.
    awaiting_review: int = 0
    unchecked_drawn: bool = False

    @property
    def empty(self) -> bool:
        return bool(self.figures.empty)

    @property
    def point_ids(self) -> list[str]:
        return [str(i) for i in self.figures["figure_id"]]


def unit_words(unit: str | None) -> str:
    return UNIT_WORDS.get(unit or "", unit or "")


def chart_unit(view: View, selected_unit: str | None) -> str:
    """The y axis's unit: the figures' own, or that of a computed change."""
    if view.computed:
        return "percent" if view.transform == "yoy" else "index"
    return selected_unit or ""


def chart_data(figures: pd.DataFrame, view: View, *, today: date | None = None, link: str | None = None,
               selection: Selection | None = None, screen: bool = False) -> ChartData:
    """What the chart of `view` draws and says, from the prepared figures. Images and data hold
    only `sure` and reviewed figures unless the view includes the rest; the `screen` always
    holds them (marked), so an explorer sees what a briefer's image leaves out."""
    as_of = _newest(figures)
    notes: list[str] = []
    problems: list[str] = []
    sel = selection if selection is not None else select(figures, view)
    if view.reviewed:
        # Disagreements are found among all the figures first: a curator confirming one of two
        # differing sources does not make the other source agree.
        sel, unchosen = _only_reviewed(sel)
        notes += unchosen
    drawn = screen or view.unchecked
    sel, awaiting = _awaiting_review(sel, drawn)
    frame = sel.figures
    if view.computed and not frame.empty:
        frame, computed_notes = computed_change(frame, view.transform)
        notes += computed_notes
    unit = chart_unit(view, sel.unit)
    if view.unit and sel.units and view.unit not in sel.units:
        problems.append(f"Unit: no figures in {view.unit} for this chart; showing {unit_words(sel.unit)}.")
    log = view.log and not frame.empty and bool((frame["value"] > 0).all())
    if view.log and not log and not frame.empty:
        notes.append("Drawn on a linear scale: a log scale cannot show zero or negative values.")
    numbers = citations.source_numbers(frame)
    drawn_pairs = set(frame["pair"].astype(str)) if not frame.empty else set()
    missing = tuple(p for p in view.pairs if p not in drawn_pairs)
    if missing and not frame.empty:
        what = INDICATORS[view.indicator].lower()
        notes.append(f"No {what} figures for {', '.join(formatting.pair_name(p) for p in missing)} with these settings.")
    short = [*notes, *_point_notes(frame, numbers, limit=0), *_part_notes(sel.parts, numbers)]
    notes += [*_point_notes(frame, numbers), *_part_notes(sel.parts, numbers)]
    # A correction's note explains a mark on a label ("①"): it comes first, so a small image
    # that must cut notes never cuts the one its chart points to.
    frame, corrections = _corrections(frame)
    notes[:0] = corrections
    short[:0] = corrections
    if view.note:
        notes.insert(0, view.note)
        short.insert(0, view.note)
    differ_notes = _one_article_notes(frame, numbers)
    notes += differ_notes
    short += differ_notes
    text = replace(_words(frame, view, unit, log, notes, today, link, as_of), short_notes=tuple(short))
    text = _left_out_words(text, view, 0 if drawn else awaiting)
    return ChartData(view, frame, unit, sel.units, text, log, sel.left_out, tuple(problems), numbers, missing, sel.unit,
                     awaiting, drawn)


def _awaiting_review(sel: Selection, drawn: bool) -> tuple[Selection, int]:
    """The selection with its `check` figures awaiting review kept (`drawn`) or cut, and how many."""
    count = int(by_confidence.awaiting(sel.figures).sum())
    if drawn or not count:
        return sel, count
    shown = by_confidence.sure_or_reviewed(sel.figures)
    return replace(sel, figures=shown.figures.reset_index(drop=True)), count


def _left_out_words(text: ChartText, view: View, left_out: int) -> ChartText:
    """The subtitle says what the image leaves out; a person's own subtitle stays theirs, so a
    note says it instead."""
    note = by_confidence.left_out_note(left_out)
    if not note:
        return text
    if view.subtitle:
        return replace(text, notes=(*text.notes, f"{note[0].upper()}{note[1:]}."),
                       short_notes=(*(text.short_notes or text.notes), f"{note[0].upper()}{note[1:]}."))
    # Next to the unit, not after the marker words, where a hurried reader stops reading.
    rest = text.subtitle.removeprefix(text.axis).removeprefix("; ")
    return replace(text, subtitle="; ".join(p for p in (text.axis, note, rest) if p))


def _newest(figures: pd.DataFrame) -> date | None:
    """The date of the newest article in the data: what "data as of" means for news figures."""
    if "article_date" not in figures or figures.empty:
        return None
    newest = pd.to_datetime(figures["article_date"], errors="coerce").max()
    return None if pd.isna(newest) else newest.date()


def _only_reviewed(sel: Selection) -> tuple[Selection, list[str]]:
    """The selection cut to vouched figures, its "sources differ" marks kept, and a note naming
    each value left out of a disagreement (whose, and that no curator vouched for it)."""
    f = sel.figures
    kept = reviewed.only_reviewed(f)
    notes = []
    if "sources_differ" in f:
        dropped = f[f["sources_differ"] & ~f.index.isin(kept.index)]
        for group, left in dropped.groupby("differ_group", sort=True):
            drawn = kept[kept["differ_group"] == group]
            if drawn.empty:
                continue
            others = "; ".join(f"{v} ({citations.outlet_text(o, t, a)})" for v, o, t, a in
                               zip(left["value_text"], left["outlet"], left["title"], left["article_id"], strict=False))
            notes.append(f"Sources differ on {drawn['series'].iloc[0]} {drawn['period_label'].iloc[0]}: the reviewed "
                         f"{drawn['value_text'].iloc[0]} is drawn; not reviewed and not drawn: {others}.")
    return replace(sel, figures=kept.reset_index(drop=True)), notes


def _one_article_notes(frame: pd.DataFrame, numbers: dict[str, int]) -> list[str]:
    """One article giving two values for one period: both drawn, ringed, and said here."""
    if "one_article" not in frame or not frame["one_article"].any():
        return []
    notes = []
    for _, g in frame[frame["one_article"]].groupby("differ_group", sort=True):
        ref = f" [{numbers[g['article_id'].iloc[0]]}]" if g["article_id"].iloc[0] in numbers else ""
        values = " and ".join(dict.fromkeys(g["value_text"]))
        notes.append(f"One article{ref} gives two values for {g['series'].iloc[0]} {g['period_label'].iloc[0]}: {values} "
                     "(see its quotes in the table for whose each is).")
    return notes


def _marks(n: int) -> list[str]:
    # Circled digits to twenty (DejaVu Sans has them), then numbers in brackets.
    return [chr(0x2460 + i) if i < 20 else f"({i + 1})" for i in range(n)]


def _corrections(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Each corrected figure gets a mark ("①") for its label and a note saying who corrected
    it, what changed and their note: a pasted image is never read as the extractor's reading
    when a curator changed it."""
    if frame.empty or "review" not in frame:
        return frame, []
    corrected = [i for i, r in enumerate(frame["review"]) if r == "corrected"]
    marks = [""] * len(frame)
    notes = []
    for i, mark in zip(corrected, _marks(len(corrected)), strict=True):
        marks[i] = mark
        row = frame.iloc[i]
        changed, said = citations.correction(row.get("review_note"), row["unit"])
        who = safe.one_line(row.get("reviewed_by")) or "a curator"
        text = f"{mark} {row['value_text']} ({row['period_label']}) corrected by {who}"
        text += f": {changed}" if changed else ""
        text += f" (“{said}”)" if said else ""
        notes.append(text)
    return frame.assign(mark=marks), notes


# ---------------------------------------------------------------- the words


def _what(frame: pd.DataFrame, view: View) -> str:
    if view.indicator == "other" and not frame.empty:
        measures = {measure_name(m) for m in frame["measure"]} if "measure" in frame else set()
        if len(measures) == 1:
            return measures.pop()
    if view.indicator == "growth":
        return "Reported growth"
    return INDICATORS[view.indicator]


def _title(frame: pd.DataFrame, view: View) -> str:
    what = _what(frame, view)
    series = list(dict.fromkeys(frame["series"])) if not frame.empty else []
    if len(series) == 1:
        name = series[0]
        # An "other" series already says what it measures; keep only whose it is.
        if view.indicator == "other" and ", " in name:
            name = name.split(", ", 1)[1]
        title = f"{what}: {name}"
    else:
        pairs = [p for p in view.pairs if frame.empty or p in set(frame["pair"].astype(str))]
        title = f"{what}: " + " vs ".join(formatting.pair_name(p) for p in pairs)
        if view.indicator in DIRECTIONAL and view.direction == "both" and len(series) > len(pairs):
            title += ", both directions"
    if view.computed:
        title += f", {TRANSFORMS[view.transform].split(' (')[0].lower()} (computed from reported levels)"
    return title


def period_notes(frame: pd.DataFrame) -> list[str]:
    """What a quarter or half means, on the points it concerns: "Q1 2024 and Q1 2025: January–March".

    Month ranges ("Jan-Oct 2021") already say their months in the label, so need no note.
    """
    notes = []
    partial = frame[frame["period_class"] == "partial"]
    for period, g in partial.groupby("period", observed=True, sort=True):
        if not str(period).startswith(("Q", "H")):
            continue
        months = month_range(str(period))
        if not months:
            continue
        first, last = (calendar.month_name[m] for m in months)
        labels = " and ".join(dict.fromkeys(g.sort_values("year")["period_label"]))
        notes.append(f"{labels}: {first}–{last}")
    return notes


def _marker_words(frame: pd.DataFrame) -> list[str]:
    words = []
    classes = set(frame["period_class"].astype(str))
    if "partial" in classes:
        words.append("diamonds: part of a year")
    if "cumulative" in classes:
        words.append("squares: totals to date, at their as-of date")
    if "unstated" in classes:
        words.append("hexagons: period not stated")
    statuses = [s for s in ("derived", "forecast", "target") if (frame["status"] == s).any()]
    if statuses:
        words.append("hollow markers: " + ", ".join("derived (computed here)" if s == "derived" else s for s in statuses))
    bounds = frame["qualifier"].astype(str)
    if bounds.isin(["over", "under"]).any():
        words.append("triangles: bounds (" + ", ".join(w for q, w in (("over", "▲ at least"), ("under", "▼ at most"))
                                                       if (bounds == q).any()) + ")")
    if "sources_differ" in frame and frame["sources_differ"].any():
        words.append("rings: sources differ")
    if "review" in frame and frame["review"].isin(VOUCHED).any():
        words.append("✓ reviewed by a curator")
    if by_confidence.awaiting(frame).any():
        words.append(AWAITING_WORDS)
    return words


def _point_notes(frame: pd.DataFrame, numbers: dict[str, int], limit: int = MAX_METHOD_NOTES) -> list[str]:
    """How derived points were made (one line each, or one line for all beyond `limit`), and
    which values are bounds."""
    notes = []
    derived = frame[frame["status"] == "derived"] if not frame.empty else frame
    if len(derived) > limit:
        n = len(derived)
        notes.append(f"{n} derived point{'s' * (n != 1)} (hollow) {'are' if n != 1 else 'is'} computed here from reported figures, "
                     "not stated by an outlet; the chart's table says how.")
    else:
        for row in derived.itertuples():
            ref = f" [{numbers[row.article_id]}]" if row.article_id in numbers else ""
            notes.append(f"Derived: {row.value_text} ({row.period_label}), {row.method}{ref}.")
    if not frame.empty and frame["qualifier"].isin(["over", "under"]).any():
        notes.append("“Over”, “more than” and “up to” values are bounds, drawn as triangles at the bound (▲ at least, ▼ at most).")
    return notes


def _part_notes(parts: pd.DataFrame, numbers: dict[str, int]) -> list[str]:
    if parts.empty:
        return []
    items = []
    for row in parts.itertuples():
        what = f" ({row.measure})" if isinstance(row.measure, str) and row.measure.strip() else ""
        ref = f" [{numbers[row.article_id]}]" if row.article_id in numbers else ""
        items.append(f"{row.value_text}{what}, part of {row.whole_text}{ref}")
    return ["Not drawn as totals of their own: " + "; ".join(items) + "."]


def _words(frame: pd.DataFrame, view: View, unit: str, log: bool, notes: list[str], today: date | None,
           link: str | None, as_of: date | None = None) -> ChartText:
    title = view.title or _title(frame, view)
    axis = unit_words(unit) + (", log scale" if log else "")
    if view.subtitle:
        subtitle = view.subtitle + ("" if not log or "log" in view.subtitle.lower() else " (log scale)")
    else:
        subtitle = "; ".join(p for p in [axis, *period_notes(frame), *_marker_words(frame)] if p) if not frame.empty else axis
    if not frame.empty and not view.subtitle:
        subtitle = f"{subtitle}; {reviewed.review_note(frame)}"  # images say whether unreviewed figures are in
    elif not frame.empty:
        notes = [*notes, f"Curation: {reviewed.review_note(frame)}."]  # the person's own subtitle stays theirs
    alt_points = "; ".join(
        f"{s} {p}: {v}{'' if st in ('reported', 'computed') else f' ({st})'}"
        for s, p, v, st in zip(frame["series"], frame["period_label"], frame["value_text"], frame["status"].astype(str), strict=False)
    ) if not frame.empty else "no figures"
    alt = f"Chart: {title}. {axis}. {alt_points}."
    return ChartText(title, subtitle, citations.source_line(frame), alt, tuple(notes), citations.credit_line(today, link or f"?{query(view)}", as_of, view.byline), axis)
