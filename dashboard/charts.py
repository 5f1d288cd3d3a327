"""Pure chart building: a view's figures -> a plotly Figure. No Streamlit import.

How honesty is drawn: each series has one colour (Okabe-Ito); within a series, full-year
figures are joined by a line, part-year figures are diamonds labelled with their period,
stocks are squares at their as-of date; forecasts, targets and derived figures are hollow
(forecasts and targets dashed) with their own legend entries; every point's label keeps its
qualifier ("over $200 m", "about $3.7 bn"); figures on which sources differ get a ring.
"""

from __future__ import annotations

import calendar
import html
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard import formatting, queries
from dashboard.curation import reviewed
from dashboard.periods import month_range

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour
# vision deficiencies. Vermillion is kept for the "sources differ" rings.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
DIFFER_COLOUR = "#D55E00"
FONT_FAMILY = "DejaVu Sans, Noto Sans, Arial, sans-serif"
_SYMBOLS = {"full": "circle", "partial": "diamond", "cumulative": "square", "unstated": "hexagon"}
_STATUS_LABEL = {"reported": "", "derived": "derived", "forecast": "forecast", "target": "target"}
_DASH = {"forecast": "dash", "target": "dot"}
# Above this many points the value labels would cover each other; hover and the table keep them.
MAX_LABELLED_POINTS = 120
_UNIT_WORDS = {"USD": "US dollars", "EUR": "euros", "percent": "per cent", "index": "index, first year = 100", "times": "multiple"}


@dataclass(frozen=True)
class ChartText:
    """Title, subtitle and source line: what a briefer needs around a chart."""

    title: str
    subtitle: str
    source: str
    alt: str


def _template() -> go.layout.Template:
    # An explicit light template: Streamlit replaces plotly's default with one whose colours
    # only a browser fills in, which exports as near-black series.
    return pio.templates["plotly_white"]


def _hover_quote(text: str) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(text), 90)[:8])


def _escaped(values: pd.Series, empty: str = "") -> pd.Series:
    text = values.astype(object).where(values.notna(), empty).astype(str)
    return text.str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;").str.replace('"', "&quot;")


def _customdata(g: pd.DataFrame, status: str) -> np.ndarray:
    """Hover fields per point, escaped (plotly renders tags in hover text). Vectorised: a
    million-figure table can put thousands of points in one chart."""
    quotes = _escaped(g["quote"]).str.slice(0, 700).str.replace(r"(.{60,90}?)\s", r"\1<br>", regex=True)
    dates = pd.to_datetime(g["article_date"], errors="coerce")
    columns = [
        _escaped(g["period_label"]),
        _escaped(g["value_text"]),
        pd.Series(status, index=g.index),
        quotes,
        _escaped(g["title"]),
        _escaped(g["outlet"], "outlet not recorded"),
        dates.dt.strftime("%-d %b %Y").fillna("date unknown"),
        g["figure_id"].astype(str),
        (g["sources_differ"] if "sources_differ" in g else pd.Series(False, index=g.index)).map({True: "sources differ", False: ""}),
    ]
    return pd.concat(columns, axis=1).to_numpy(dtype=object)


def _safe(value: object) -> str:
    return html.escape(value) if isinstance(value, str) else ""


def point_labels(frame: pd.DataFrame, notes: dict[str, int] | None = None) -> list[str]:
    """Each point's label: the value with its qualifier, and the period when not a full year."""
    labels = []
    for text, cls, label, article in zip(frame["value_text"], frame["period_class"], frame["period_label"], frame["article_id"], strict=False):
        out = str(text) if cls == "full" else f"{text} ({label})"
        if notes and len(notes) > 1:
            out += f" [{notes.get(article, '?')}]"
        labels.append(html.escape(out))
    return labels


def _trace_name(series: str, cls: str, status: str, single_series: bool) -> str:
    parts = [PERIOD_NAMES[cls]]
    if _STATUS_LABEL.get(status):
        parts.append(_STATUS_LABEL[status])
    what = ", ".join(parts)
    return what[0].upper() + what[1:] if single_series else f"{series}: {what}"


PERIOD_NAMES = queries.PERIOD_CLASSES


def _text_positions(g: pd.DataFrame, cls: str, x_range: tuple[pd.Timestamp, pd.Timestamp], y_top: float) -> list[str]:
    """Labels above full-year points and below others (so neighbours do not collide), but
    above anything near the axis, and leaning inwards at the chart's edges."""
    span = (x_range[1] - x_range[0]) or pd.Timedelta(days=1)
    out = []
    for x, y in zip(g["x"], g["value"], strict=False):
        low = y_top > 0 and y < 0.15 * y_top
        where = (pd.Timestamp(x) - x_range[0]) / span
        horizontal = "right" if where < 0.12 else "left" if where > 0.88 else "center"
        if low and cls != "full":
            out.append("middle right" if where < 0.7 else "middle left")
            continue
        out.append(f"{'top' if cls == 'full' or low else 'bottom'} {horizontal}")
    return out


def _y_axis(frame: pd.DataFrame, unit: str, log: bool, kind: str) -> dict:
    values = frame["value"].astype(float)
    if log and kind == "level" and (values > 0).all():
        ticks = formatting.log_ticks(values.min() * 0.8, values.max() * 1.25)
        return {"type": "log", "tickvals": ticks, "ticktext": [formatting.money(t, unit) for t in ticks]}
    low, high = float(values.min()), float(values.max())
    ticks = formatting.nice_ticks(low, high * 1.08 if high > 0 else high)
    if kind == "level" and unit not in ("index",):
        text = [formatting.money(t, unit) for t in ticks]
    elif unit == "index":
        text = [formatting._trim(t, 1) for t in ticks]
    else:
        text = [formatting.rate(t, unit) for t in ticks]
    return {"type": "linear", "tickvals": ticks, "ticktext": text, "range": [ticks[0], ticks[-1]], "zeroline": True}


def _x_axis(frame: pd.DataFrame, max_ticks: int = 24) -> dict:
    years = pd.DatetimeIndex(frame["x"]).year
    first, last = int(years.min()), int(years.max())
    step = next(s for s in (1, 2, 5, 10, 20) if (last - first + 1) / s <= max_ticks)
    # Whole years: a tick at each 1 January and the label centred on its year, so a
    # full-year point (drawn mid-year) sits under its year's label.
    return {
        "type": "date",
        "dtick": f"M{12 * step}",
        "tick0": f"{first}-01-01",
        "tickformat": "%Y",
        "ticklabelmode": "period" if step == 1 else "instant",
        # A margin of a few months so labels of the first and last points are not cut.
        "range": [f"{first - 1}-09-01", f"{last + 1}-04-30"],
        "showgrid": True,
    }


def build_chart(
    frame: pd.DataFrame,
    view: queries.View,
    unit: str,
    *,
    notes: dict[str, int] | None = None,
    height: int = 520,
    max_ticks: int = 24,
) -> go.Figure:
    """The chart of a view's selected figures (as returned by queries.select or computed_change)."""
    fig = go.Figure()
    kind = "change" if (view.kind == "change" or view.transform != "reported") else "level"
    series_names = list(dict.fromkeys(frame["series"]))
    labelled = len(frame) <= MAX_LABELLED_POINTS
    single = len(series_names) == 1
    colour = {s: OKABE_ITO[i % len(OKABE_ITO)] for i, s in enumerate(series_names)}
    order = {c: i for i, c in enumerate(PERIOD_NAMES)}
    x_axis = _x_axis(frame, max_ticks)
    x_range = (pd.Timestamp(x_axis["range"][0]), pd.Timestamp(x_axis["range"][1]))
    y_top = float(frame["value"].max()) if len(frame) else 1.0
    groups = frame.groupby(["series", "period_class", "status"], observed=True, sort=False)
    keys = sorted(groups.groups, key=lambda k: (series_names.index(k[0]), order.get(k[1], 9), str(k[2]) != "reported"))
    for series, cls, status in keys:
        g = groups.get_group((series, cls, status)).sort_values("x")
        status = str(status)
        hollow = status != "reported"
        joined = cls == "full" and len(g) > 1
        symbol = _SYMBOLS.get(str(cls), "circle") + ("-open" if hollow else "")
        customdata = _customdata(g, status)
        fig.add_trace(
            go.Scatter(
                x=g["x"],
                y=g["value"],
                name=_trace_name(str(series), str(cls), status, single),
                legendgroup=str(series),
                mode=("lines+markers" if joined else "markers") + ("+text" if labelled else ""),
                line={"color": colour[series], "width": 2.5, "dash": _DASH.get(status, "solid")},
                marker={
                    "symbol": symbol,
                    "size": 12,
                    "color": colour[series],
                    "line": {"color": colour[series], "width": 2.5},
                },
                text=point_labels(g, notes) if labelled else None,
                # Part-year and stock labels go below their points, so they do not sit on
                # the full-year label of the neighbouring year.
                textposition=_text_positions(g, str(cls), x_range, y_top) if labelled else None,
                textfont={"color": "#222222"},
                customdata=customdata,
                hovertemplate=(
                    "<b>%{customdata[0]}: %{customdata[1]}</b> (%{customdata[2]}) %{customdata[8]}<br>"
                    "“%{customdata[3]}”<br><i>%{customdata[4]}</i><br>%{customdata[5]}, %{customdata[6]}<extra></extra>"
                ),
                cliponaxis=False,
            )
        )
    differ = frame[frame["sources_differ"]] if "sources_differ" in frame else frame.iloc[0:0]
    if not differ.empty:
        fig.add_trace(
            go.Scatter(
                x=differ["x"],
                y=differ["value"],
                name="⚠ Sources differ",
                mode="markers",
                marker={"symbol": "circle-open", "size": 26, "color": DIFFER_COLOUR, "line": {"width": 2.5}},
                hoverinfo="skip",
            )
        )
    fig.update_layout(
        template=_template(),
        height=height,
        font={"family": FONT_FAMILY, "size": 14, "color": "#222222"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 70, "r": 30, "t": 30, "b": 40},
        # "normal" order: grouped legends stack each group vertically even when horizontal.
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left", "traceorder": "normal"},
        hoverlabel={"bgcolor": "white", "font": {"family": FONT_FAMILY, "size": 13}, "align": "left"},
        xaxis=x_axis,
        yaxis=_y_axis(frame, unit, view.log, kind),
        showlegend=True,
    )
    return fig


# ---------------------------------------------------------------- words around the chart


def unit_words(unit: str | None) -> str:
    return _UNIT_WORDS.get(unit or "", unit or "")


def _period_notes(frame: pd.DataFrame) -> list[str]:
    notes = []
    partial = frame[frame["period_class"] == "partial"]
    for period, g in partial.groupby("period", observed=True, sort=False):
        months = month_range(str(period))
        if months:
            first, last = (calendar.month_name[m] for m in months)
            years = ", ".join(str(int(y)) for y in sorted(g["year"].unique()))
            notes.append(f"{years}: {first}–{last}" if first != last else f"{years}: {first} only")
    stocks = frame[frame["period_class"] == "cumulative"]
    if not stocks.empty:
        notes.append("squares: totals to date, at their as-of date")
    if (frame["period_class"] == "unstated").any():
        notes.append("hexagons: period not stated")
    return sorted(set(notes), key=notes.index)


def chart_text(frame: pd.DataFrame, view: queries.View, unit: str | None) -> ChartText:
    """Title, subtitle (unit and period notes), source line and alt text for a chart."""
    names = " vs ".join(formatting.pair_name(p) for p in view.pairs)
    indicator = queries.VIEW_INDICATORS[view.indicator]
    if view.indicator in queries.DIRECTIONAL and view.direction != "both" and len(view.pairs) == 1:
        a, b = view.pairs[0].split("-")
        src, dst = (a, b) if view.direction == "ab" else (b, a)
        names = f"{formatting.country_name(src)} → {formatting.country_name(dst)}"
    title = f"{indicator}: {names}"
    if view.transform != "reported":
        title += f", {queries.TRANSFORMS[view.transform].split(' (')[0].lower()}"
    parts = [unit_words(unit)]
    parts += _period_notes(frame)
    statuses = [s for s in ("derived", "forecast", "target") if (frame["status"] == s).any()]
    if statuses:
        parts.append("hollow markers: " + ", ".join(statuses))
    if "sources_differ" in frame and frame["sources_differ"].any():
        parts.append("rings: sources differ")
    parts.append(reviewed.review_note(frame))  # exports say whether unreviewed figures are included
    alt_points = "; ".join(
        f"{s} {p}: {v}{'' if st == 'reported' else f' ({st})'}"
        for s, p, v, st in zip(frame["series"], frame["period_label"], frame["value_text"], frame["status"], strict=False)
    )
    alt = f"Chart of {indicator.lower()}, {names}, {unit_words(unit)}. {alt_points}."
    return ChartText(title, "; ".join(p for p in parts if p), queries.source_line(frame), alt)


def overview_chart(latest: pd.DataFrame, height: int = 420) -> go.Figure:
    """Horizontal bars: each pair's latest full-year turnover, labelled with qualifier and year."""
    shown = latest.head(30).iloc[::-1]
    names = [f"{formatting.pair_name(p)} ({y})" for p, y in zip(shown["pair"].astype(str), shown["year"], strict=False)]
    fig = go.Figure(
        go.Bar(
            x=shown["value"],
            y=names,
            orientation="h",
            marker={"color": OKABE_ITO[0]},
            text=[html.escape(t) for t in shown["value_text"]],
            textposition="outside",
            cliponaxis=False,
            customdata=list(zip([_hover_quote(q) for q in shown["quote"]], [_safe(o) or "outlet not recorded" for o in shown["outlet"]],
                                [queries.date_text(d) for d in shown["article_date"]], strict=False)),
            hovertemplate="%{y}: %{text}<br>“%{customdata[0]}”<br>%{customdata[1]}, %{customdata[2]}<extra></extra>",
            name="Latest full-year turnover",
        )
    )
    ticks = formatting.nice_ticks(0, float(shown["value"].max()) * 1.25)
    fig.update_layout(
        template=_template(),
        height=max(height, 60 + 34 * len(shown)),
        font={"family": FONT_FAMILY, "size": 14, "color": "#222222"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 10, "r": 30, "t": 40, "b": 40},
        title={"text": "Latest full-year trade turnover reported, US dollars", "font": {"size": 16}},
        xaxis={"tickvals": ticks, "ticktext": [formatting.money(t, "USD") for t in ticks], "range": [0, ticks[-1]]},
        yaxis={"automargin": True},
        showlegend=False,
    )
    return fig
