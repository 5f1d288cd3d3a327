"""Pure chart drawing: ChartData -> a plotly Figure, for the screen or as an image. No Streamlit.

How honesty is drawn: each series has one colour (Okabe-Ito) and a name in words; within a
series, full-year figures are joined by a line, part-year figures are diamonds labelled with
their period, stocks are squares at their as-of date; forecasts, targets and derived figures
are hollow (forecasts dashed, targets dotted) with their own legend entries; every label keeps
the outlet's qualifier ("over $200 m", "nearly $70.6 m"); figures on which sources differ get
a ring; the y axis names its unit and says "log scale" when it is one. Labels are placed so
they do not cover each other; one that cannot be placed is left to the hover and the table.

The image layout (`image_figure`) adds the title, subtitle, notes, numbered source line and
credit line inside the picture, so the image says everything the page says around it.
"""

from __future__ import annotations

import math
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.contract.schema import VOUCHED
from dashboard.guard import safe
from dashboard.read import by_confidence, citations, formatting
from dashboard.read.chartdata import ChartData
from dashboard.read.selection import DIFFER_MARK
from dashboard.read.viewspec import IMAGE_SIZES

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour
# vision deficiencies. Vermillion is kept for the "sources differ" rings.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
DIFFER_COLOUR = "#D55E00"
FONT_FAMILY = "DejaVu Sans, Noto Sans, Arial, sans-serif"
TEXT_COLOUR = "#222222"
PERIOD_NAMES = {"full": "full year", "partial": "part of a year", "cumulative": "stock to date", "unstated": "period not stated"}
_SYMBOLS = {"full": "circle", "partial": "diamond", "cumulative": "square", "unstated": "hexagon"}
_STATUS_LABEL = {"reported": "", "computed": "", "derived": "derived", "forecast": "forecast", "target": "target"}
_DASH = {"forecast": "dash", "target": "dot"}
# A figure awaiting review (`check`, not vouched for): its legend entry and its grey centre.
AWAITING_NAME = "? Awaiting review"
AWAITING_GREY = "#BDBDBD"
BOUND_NAMES = {"over": "A bound, at least (“over”)", "under": "A bound, at most (“up to”)"}
# Above this many points the value labels would cover each other; hover and the table keep them.
MAX_LABELLED_POINTS = 120
# DejaVu Sans is wide: average advance of a character as a share of the font size, for labels
# (digits and capitals: kept on the safe side, so boxes never overlap) and for prose lines.
_CHAR_WIDTH = 0.58
_PROSE_WIDTH = 0.53
UNLABELLED_NOTE = "Note: not labelled on the chart for want of room: "


@dataclass(frozen=True)
class Canvas:
    """The plot area a chart is laid out for, in pixels, and its type sizes."""

    width: float = 1000
    height: float = 420
    font: float = 14
    marker: float = 12
    max_ticks: int = 12


def _template() -> go.layout.Template:
    # An explicit light template: Streamlit replaces plotly's default with one whose colours
    # only a browser fills in, which exports as near-black series.
    return pio.templates["plotly_white"]


# ---------------------------------------------------------------- hover and labels


def _wrapped(values: pd.Series, limit: int, width: int = 80) -> list[str]:
    return ["<br>".join(safe.plotly(line) for line in textwrap.wrap(safe.one_line(v)[:limit], width)) for v in values]


def _quotes(values: pd.Series, limit: int = 700) -> list[str]:
    """Quotes for the hover, cut and broken into lines of 60 to 90 characters (vectorised: a
    chart can hold thousands)."""
    text = values.astype(object).map(lambda v: safe.one_line(v)[:limit]).astype(str)
    escaped = text.str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;")
    return list(escaped.str.replace(r"(.{60,90}?)\s", r"\1<br>", regex=True))


def _each(values: pd.Series, make: Callable[[Any], str]) -> list[str]:
    """`make` applied once per distinct value (a chart of thousands of points has few)."""
    objects = values.astype(object)
    done = {v: make(v) for v in pd.unique(objects.to_numpy())}
    return [done[v] for v in objects]


def _customdata(g: pd.DataFrame, numbers: dict[str, int]) -> np.ndarray:
    """Hover fields per point, each through the one escaping path for plotly text."""
    outlets = {a: (f"[{numbers[a]}] " if a in numbers else "") + safe.plotly(citations.outlet_text(o, t, a))
               for a, o, t in zip(g["article_id"], g["outlet"], g["title"], strict=False)}
    method = g["method"] if "method" in g else pd.Series(None, index=g.index)
    columns = [
        _each(g["period_label"], safe.plotly),
        _each(g["value_text"], safe.plotly),
        _each(g["status"], lambda s: citations.STATUS_WORDS.get(str(s), str(s))),
        _quotes(g["quote"]),
        _each(g["title"], lambda t: safe.plotly(t, "headline not recorded")),
        [outlets[a] for a in g["article_id"]],
        _each(g["article_date"], citations.date_text),
        [str(i) for i in g["figure_id"]],
        ["sources differ" if d else "" for d in g.get("sources_differ", pd.Series(False, index=g.index))],
        _each(g["series"], safe.plotly),
        _each(method, lambda m: "<br>" + "<br>".join(safe.plotly(x) for x in textwrap.wrap(m, 80)) if isinstance(m, str) else ""),
        _why_awaiting(g),
    ]
    return np.array(list(zip(*columns, strict=False)), dtype=object).reshape(len(g), len(columns))


HOVER = (
    "<b>%{customdata[9]}</b><br><b>%{customdata[0]}: %{customdata[1]}</b> (%{customdata[2]}) %{customdata[8]}<br>"
    "“%{customdata[3]}”<br><i>%{customdata[4]}</i><br>%{customdata[5]}, %{customdata[6]}%{customdata[10]}%{customdata[11]}<extra></extra>"
)


def point_label(
    text: str, period_class: str, period: str, number: int | None, reviewed: bool = False, mark: str = "", awaiting: bool = False
) -> str:
    """A point's label: the value with its qualifier, the period when not a full year, the
    source's number when there are several, a tick when a curator vouched for it (a "?" when it
    awaits review), and the mark of its note when a curator corrected it.

    >>> point_label("over $1 bn", "partial", "Q1 2025", 2)
    'over $1 bn (Q1 2025) [2]'
    >>> point_label("$3.7 bn", "full", "2024", None, True, "①"), point_label("$70.6 m", "full", "2006", None, awaiting=True)
    ('$3.7 bn ✓ ①', '$70.6 m ?')
    """
    out = text if period_class == "full" else f"{text} ({period})"
    return out + (f" [{number}]" if number else "") + (" ✓" if reviewed else "") + (" ?" if awaiting else "") + (f" {mark}" if mark else "")


def _label(cd: ChartData, i: int, vouched: list[bool], awaiting: list[bool] | None = None) -> str:
    """The label of the chart's `i`th figure."""
    frame = cd.figures
    mark = frame["mark"].iat[i] if "mark" in frame else ""
    return point_label(frame["value_text"].iat[i], str(frame["period_class"].iat[i]), frame["period_label"].iat[i],
                       cd.numbers.get(frame["article_id"].iat[i]), vouched[i], mark if isinstance(mark, str) else "",
                       bool(awaiting[i]) if awaiting is not None else False)


_CANDIDATES = {
    "top": ("top center", "top right", "top left", "bottom center", "middle right", "middle left", "bottom right", "bottom left"),
    "bottom": ("bottom center", "bottom right", "bottom left", "top center", "middle right", "middle left", "top right", "top left"),
}


def _box(px: float, py: float, w: float, h: float, r: float, position: str) -> tuple[float, float, float, float]:
    vertical, horizontal = position.split()
    if horizontal == "center":
        x0 = px - w / 2
    elif horizontal == "right":
        x0 = px + (r if vertical == "middle" else r * 0.4)
    else:
        x0 = px - w - (r if vertical == "middle" else r * 0.4)
    if vertical == "top":
        y0 = py + (r if horizontal == "center" else r * 0.4)
    elif vertical == "bottom":
        y0 = py - h - (r if horizontal == "center" else r * 0.4)
    else:
        y0 = py - h / 2
    return x0, y0, x0 + w, y0 + h


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(points: list[tuple[float, float, str, str]], canvas: Canvas, spill: float = 12,
                 ringed: list[bool] | None = None) -> list[str | None]:
    """A text position for each point's label, or None where every position would cover another
    label, a marker, or leave the plot. `points`: (x px, y px from the bottom, text, preferred
    side "top"/"bottom"), in priority order (earlier points get the better places).

    >>> c = Canvas(width=400, height=300, font=14)
    >>> place_labels([(200, 150, "$3.9 bn", "top"), (200, 150, "about $3.7 bn", "top")], c)
    ['top center', 'bottom center']
    """
    # A "sources differ" ring is twice a marker: a label on it hides the ring or is hidden by
    # it, so a ringed point keeps labels (its own and others') off the whole ring.
    radii = [canvas.marker * 1.05 + 3 if ring else canvas.marker / 2 + 3 for ring in (ringed or [False] * len(points))]
    markers = [(px - r, py - r, px + r, py + r) for (px, py, _, _), r in zip(points, radii, strict=True)]
    placed: list[tuple[float, float, float, float]] = []
    out: list[str | None] = []
    # Glyph boxes are taller than the font size (accents, descenders) and plotly sets labels a
    # little off the marker: a margin keeps neighbours from touching.
    h = canvas.font * 1.55
    for i, (px, py, text, side) in enumerate(points):
        r = radii[i]
        w = len(text) * canvas.font * _CHAR_WIDTH
        chosen = None
        for position in _CANDIDATES.get(side, _CANDIDATES["top"]):
            box = _box(px, py, w, h, r, position)
            inside = box[0] >= -spill / 2 and box[2] <= canvas.width + spill and box[1] >= 0 and box[3] <= canvas.height + spill
            if not inside:
                continue
            if any(_overlaps(box, other) for other in placed):
                continue
            if any(_overlaps(box, m) for j, m in enumerate(markers) if j != i):
                continue
            chosen = position
            placed.append(box)
            break
        out.append(chosen)
    return out


# ---------------------------------------------------------------- axes


def _y_axis(frame: pd.DataFrame, unit: str, log: bool, kind: str, title: str) -> dict[str, Any]:
    values = frame["value"].astype(float)
    if log:
        ticks = formatting.log_axis_ticks(float(values.min()) * 0.9, float(values.max()) * 1.12)
        return {"type": "log", "tickvals": ticks, "ticktext": [formatting.money(t, unit) for t in ticks],
                "range": [math.log10(ticks[0]), math.log10(ticks[-1])], "title": {"text": title}}
    low, high = float(values.min()), float(values.max())
    ticks = formatting.nice_ticks(low, high * 1.08 if high > 0 else high)
    if kind == "level" and unit != "index":
        text = [formatting.money(t, unit) for t in ticks]
    elif unit == "index":
        text = [formatting._trim(t, 1) for t in ticks]
    else:
        text = [formatting.rate(t, unit) for t in ticks]
    return {"type": "linear", "tickvals": ticks, "ticktext": text, "range": [ticks[0], ticks[-1]], "zeroline": True,
            "title": {"text": title}}


def _extent(frame: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day the chart's figures cover (a part-year figure its whole period)."""
    x = pd.DatetimeIndex(frame["x"])
    first, last = x.min(), x.max()
    for column, pick in (("period_start", min), ("period_end", max)):
        if column in frame:
            dates = pd.to_datetime(frame.loc[frame["period_class"] == "partial", column], errors="coerce").dropna()
            if len(dates):
                first, last = (pick(first, dates.min()), last) if column == "period_start" else (first, pick(last, dates.max()))
    return first, last


def monthly(frame: pd.DataFrame) -> bool:
    """Whether the figures are monthly (every part-year figure a single month): only then does
    the axis carry months; a quarter or a year on a "Jul 2024" tick reads as that month."""
    partial = frame[frame["period_class"] == "partial"]
    if partial.empty or "period_start" not in partial:
        return False
    days = (pd.to_datetime(partial["period_end"], errors="coerce") - pd.to_datetime(partial["period_start"], errors="coerce")).dt.days
    return bool(days.notna().all() and (days < 32).all())


def _x_axis(frame: pd.DataFrame, canvas: Canvas) -> dict[str, Any]:
    first, last = _extent(frame)
    years = (int(first.year), int(last.year))
    step = next(s for s in (1, 2, 5, 10, 20, 50) if (years[1] - years[0] + 1) / s <= canvas.max_ticks)
    # Whole years on the axis, so each year's label sits over the whole of it, and a little room
    # either side for the first and last labels.
    start, end = pd.Timestamp(f"{years[0]}-01-01"), pd.Timestamp(f"{years[1] + 1}-01-01")
    pad = max(pd.Timedelta(days=20), (end - start) * 0.03)
    start, end = start - pad, end + pad
    axis: dict[str, Any] = {"type": "date", "tickformat": "%Y", "tickangle": 0, "showgrid": True,
                            "range": [start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")]}
    if monthly(frame) and end - start < pd.Timedelta(days=800):
        return {**axis, "dtick": "M1" if end - start < pd.Timedelta(days=200) else "M3", "tick0": f"{years[0]}-01-01",
                "tickformat": "%b %Y", "ticklabelmode": "period"}
    if step == 1:
        # A tick at each 1 January and the year's label centred on its year: a full-year point
        # (drawn mid-year) sits under its year's label, a quarter within it.
        return {**axis, "dtick": "M12", "tick0": f"{years[0]}-01-01", "ticklabelmode": "period"}
    # Every `step` years, but no label so near the left edge that it meets the lowest amount
    # of the y axis ("$0" over "2006").
    span = (end - start).total_seconds()
    ticks = [pd.Timestamp(f"{y}-01-01") for y in range(years[0] - years[0] % step, years[1] + step + 1, step)]
    ticks = [t for t in ticks if start <= t <= end and (t - start).total_seconds() / span * canvas.width >= canvas.font * 2]
    return {**axis, "tickvals": [t.strftime("%Y-%m-%d") for t in ticks], "ticktext": [str(t.year) for t in ticks]}


def _to_px(frame: pd.DataFrame, x_axis: dict[str, Any], y_axis: dict[str, Any], canvas: Canvas) -> tuple[np.ndarray, np.ndarray]:
    x0, x1 = (pd.Timestamp(v).value for v in x_axis["range"])
    xs = (pd.DatetimeIndex(frame["x"]).as_unit("ns").asi8 - x0) / max(x1 - x0, 1) * canvas.width
    values = frame["value"].astype(float).to_numpy()
    y0, y1 = y_axis["range"]
    ys = np.log10(np.clip(values, 1e-12, None)) if y_axis["type"] == "log" else values
    return xs, (ys - y0) / ((y1 - y0) or 1) * canvas.height


# ---------------------------------------------------------------- the chart


def _trace_name(series: str, cls: str, status: str, single_series: bool) -> str:
    parts = [PERIOD_NAMES.get(cls, cls)]
    if _STATUS_LABEL.get(status):
        parts.append(_STATUS_LABEL[status])
    what = ", ".join(parts)
    return what[0].upper() + what[1:] if single_series else f"{series}: {what}"


def series_colours(names: list[str], keys: list[int]) -> dict[str, str]:
    """A colour per series that stays its own from chart to chart: picked by `keys` (the
    series' pair's place among all the data's pairs), so Azerbaijan–Japan is the same colour
    alone or beside China; a second series of one pair (the other direction) takes the next free."""
    # Okabe-Ito's yellow is too faint for a line or a label's marker on white: the last resort.
    palette = OKABE_ITO[:-1]
    out: dict[str, str] = {}
    for name, key in zip(names, keys, strict=True):
        i = key % len(palette)
        while palette[i] in out.values() and len(out) < len(palette):
            i = (i + 1) % len(palette)
        out[name] = palette[i] if len(out) < len(palette) else OKABE_ITO[-1]
    return out


def _pair_keys(frame: pd.DataFrame, names: list[str]) -> list[int]:
    pair = frame["pair"]
    known = [str(c) for c in pair.cat.categories] if isinstance(pair.dtype, pd.CategoricalDtype) else []
    first = dict(zip(frame["series"], pair.astype(str), strict=False))
    return [known.index(first[n]) if first[n] in known else zlib.crc32(first[n].encode("utf-8")) for n in names]


def _symbol(cls: str, qualifier: str, hollow: bool) -> str:
    # A bound is a triangle pointing the way the value may go ("over $200 m": up), never the
    # filled dot of an exact figure.
    shape = {"over": "triangle-up", "under": "triangle-down"}.get(qualifier, _SYMBOLS.get(cls, "circle"))
    return shape + ("-open" if hollow else "")


def _one_or_each(values: list[str]) -> str | list[str]:
    return values[0] if len(set(values)) == 1 else values


def _vouched(frame: pd.DataFrame) -> list[bool]:
    if "review" not in frame:
        return [False] * len(frame)
    return [r in VOUCHED for r in frame["review"]]


def draw(cd: ChartData, canvas: Canvas) -> go.Figure:
    """The chart's traces and axes, laid out for a plot area of `canvas`'s size. Labels with no
    room are listed in `layout.meta["unlabelled"]` (by row), for the image to put in a note."""
    frame = cd.figures
    fig = go.Figure()
    if frame.empty:
        return fig
    kind = "change" if (cd.view.kind == "change" or cd.view.computed) else "level"
    series_names = list(dict.fromkeys(frame["series"]))
    single = len(series_names) == 1
    colour = series_colours(series_names, _pair_keys(frame, series_names))
    order = {c: i for i, c in enumerate(PERIOD_NAMES)}
    x_axis = _x_axis(frame, canvas)
    y_axis = _y_axis(frame, cd.unit, cd.log, kind, safe.plotly(cd.text.axis))
    positions: dict[int, str | None] = {}
    labels: dict[int, str] = {}
    vouched = _vouched(frame)
    awaiting = by_confidence.awaiting(frame).tolist()
    ringed = [bool(d) for d in frame["sources_differ"]] if "sources_differ" in frame else [False] * len(frame)
    if len(frame) <= MAX_LABELLED_POINTS:
        xs, ys = _to_px(frame, x_axis, y_axis, canvas)
        priority = sorted(range(len(frame)), key=lambda i: (frame["status"].iat[i] != "reported", frame["period_class"].iat[i] != "full", i))
        texts = {i: _label(cd, i, vouched, awaiting) for i in priority}
        sides = {i: "top" if str(frame["period_class"].iat[i]) == "full" else "bottom" for i in priority}
        chosen = place_labels([(xs[i], ys[i], texts[i], sides[i]) for i in priority], canvas, ringed=[ringed[i] for i in priority])
        positions = dict(zip(priority, chosen, strict=False))
        labels = texts
    unlabelled = sorted(i for i, p in positions.items() if p is None) if labels else list(range(len(frame)))
    # Each part-year figure spans its months: a faint bar from its first day to its last, so a
    # quarter reads as a quarter, not as the month its marker happens to sit in.
    spans = frame[frame["period_class"] == "partial"] if "period_start" in frame else frame.iloc[0:0]
    for series in series_names:
        g = spans[spans["series"] == series]
        starts, ends = pd.to_datetime(g["period_start"], errors="coerce"), pd.to_datetime(g["period_end"], errors="coerce")
        xs_: list[Any] = []
        ys_: list[Any] = []
        for a, b, v in zip(starts, ends, g["value"], strict=False):
            if pd.notna(a) and pd.notna(b):
                xs_ += [a, b + pd.Timedelta(days=1), None]
                ys_ += [v, v, None]
        if xs_:
            fig.add_trace(go.Scatter(x=xs_, y=ys_, mode="lines", line={"color": colour[series], "width": canvas.marker * 0.45},
                                     opacity=0.35, hoverinfo="skip", showlegend=False, name=safe.plotly(f"{series}: period covered")))
    groups = frame.groupby(["series", "period_class", "status"], observed=True, sort=False)
    keys = sorted(groups.groups, key=lambda k: (series_names.index(k[0]), order.get(str(k[1]), 9), str(k[2]) != "reported"))
    for series, cls, status in keys:
        index = groups.groups[(series, cls, status)]
        g = frame.loc[index].sort_values("x")
        rows = [frame.index.get_loc(i) for i in g.index]
        status = str(status)
        hollow = status not in ("reported", "computed")
        joined = cls == "full" and len(g) > 1
        labelled = bool(labels)
        bounded = bool(g["qualifier"].astype(str).isin(list(BOUND_NAMES)).any())
        if single and bounded:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines+markers" if joined else "markers", hoverinfo="skip",
                                     name=safe.plotly(_trace_name(str(series), str(cls), status, single)),
                                     line={"color": colour[series], "width": 2.5, "dash": _DASH.get(status, "solid")},
                                     marker={"symbol": _symbol(str(cls), "exact", hollow), "size": canvas.marker,
                                             "color": colour[series], "line": {"color": colour[series], "width": 2.5}}))
        fig.add_trace(
            go.Scatter(
                x=g["x"],
                y=g["value"],
                name=safe.plotly(_trace_name(str(series), str(cls), status, single)),
                legendgroup=str(series),
                # Several series: the legend keys colours to series; the shapes are said in words.
                # One series with a bound among its points: the legend shows the period's own
                # shape (a separate entry), not the bound's triangle.
                showlegend=single and not bounded,
                mode=("lines+markers" if joined else "markers") + ("+text" if labelled else ""),
                line={"color": colour[series], "width": 2.5, "dash": _DASH.get(status, "solid")},
                marker={"symbol": _one_or_each([_symbol(str(cls), str(q), hollow) for q in g["qualifier"]]), "size": canvas.marker,
                        "color": colour[series], "line": {"color": colour[series], "width": 2.5}},
                text=[safe.plotly(labels[r]) if positions.get(r) else "" for r in rows] if labelled else None,
                textposition=[positions.get(r) or "top center" for r in rows] if labelled else None,
                textfont={"color": TEXT_COLOUR, "size": canvas.font},
                customdata=_customdata(g, cd.numbers),
                hovertemplate=HOVER,
                cliponaxis=False,
            )
        )
    if not single:
        for series in series_names:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines+markers", name=safe.plotly(series), legendgroup=str(series),
                                     line={"color": colour[series], "width": 2.5}, hoverinfo="skip",
                                     marker={"symbol": "circle", "size": canvas.marker, "color": colour[series]}))
    for qualifier, name in BOUND_NAMES.items():
        if (frame["qualifier"].astype(str) == qualifier).any():
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name, hoverinfo="skip",
                                     marker={"symbol": _symbol("full", qualifier, False), "size": canvas.marker, "color": "#555555"}))
    for trace in _awaiting_marks(frame, colour, canvas):
        fig.add_trace(trace)
    differ = frame[frame["sources_differ"]] if "sources_differ" in frame else frame.iloc[0:0]
    if not differ.empty:
        fig.add_trace(
            go.Scatter(
                x=differ["x"], y=differ["value"], name="⚠ Sources differ", mode="markers", hoverinfo="skip",
                marker={"symbol": "circle-open", "size": canvas.marker * 2.1, "color": DIFFER_COLOUR, "line": {"width": 2.5}},
            )
        )
    hidden = len(unlabelled)
    fig.update_layout(
        template=_template(),
        font={"family": FONT_FAMILY, "size": canvas.font, "color": TEXT_COLOUR},
        paper_bgcolor="white",
        plot_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left", "traceorder": "normal"},
        hoverlabel={"bgcolor": "white", "font": {"family": FONT_FAMILY, "size": 13}, "align": "left"},
        xaxis=x_axis,
        yaxis=y_axis,
        showlegend=True,
        meta={"hidden_labels": hidden, "unlabelled": [labels.get(i) or _label(cd, i, vouched, awaiting) for i in unlabelled]},
    )
    return fig


def _why_awaiting(g: pd.DataFrame) -> list[str]:
    """The hover's last line for a figure awaiting review: why, in the review queue's words."""
    awaiting = by_confidence.awaiting(g)
    doubts = g["doubts"] if "doubts" in g else pd.Series(None, index=g.index, dtype=object)
    return ["<br><b>? Awaiting review:</b> " + "<br>".join(safe.plotly(x) for x in textwrap.wrap(by_confidence.why_check(d), 80))
            if a else "" for a, d in zip(awaiting, doubts, strict=True)]


def _awaiting_marks(frame: pd.DataFrame, colour: dict[str, str], canvas: Canvas) -> list[go.Scatter]:
    """A figure awaiting review keeps its shape and its series' colour as an outline, with a grey
    centre: a filled marker is greyed inside its coloured rim, a hollow one gets a grey dot. On
    top of the figure's own marker, not hoverable, so the figure's hover still answers; the
    legend's entry names the mark."""
    rows = frame[by_confidence.awaiting(frame)]
    if rows.empty:
        return []
    hollow = ~rows["status"].astype(str).isin(["reported", "computed"])
    symbols = [_symbol(str(c), str(q), False) for c, q in zip(rows["period_class"], rows["qualifier"], strict=True)]
    marks = [go.Scatter(x=[None], y=[None], mode="markers", name=AWAITING_NAME, hoverinfo="skip",
                        marker={"symbol": "circle", "size": canvas.marker, "color": AWAITING_GREY,
                                "line": {"color": "#555555", "width": 2.5}})]
    for part, size, line in ((~hollow, canvas.marker, 2.5), (hollow, canvas.marker * 0.5, 0)):
        if not part.any():
            continue
        g = rows[part.to_numpy()]
        marks.append(go.Scatter(
            x=g["x"], y=g["value"], mode="markers", name=AWAITING_NAME, showlegend=False, hoverinfo="skip", cliponaxis=False,
            marker={"symbol": [s for s, p in zip(symbols, part, strict=True) if p], "size": size, "color": AWAITING_GREY,
                    "line": {"color": [colour[s] for s in g["series"]], "width": line}},
        ))
    return marks


SCREEN_MARGIN = {"l": 90, "r": 30, "t": 40, "b": 40}


def build_chart(cd: ChartData, height: int = 520) -> go.Figure:
    """The chart on the page (its words are drawn by the page around it)."""
    legend_rows = 1 + len({str(s) for s in cd.figures["series"]}) // 3 if not cd.empty else 1
    top = SCREEN_MARGIN["t"] + 22 * legend_rows
    # Labels are laid out for a plot narrower than most screens give it, so they stay apart on
    # a laptop's half-screen too.
    canvas = Canvas(width=760 - SCREEN_MARGIN["l"] - SCREEN_MARGIN["r"], height=height - top - SCREEN_MARGIN["b"], max_ticks=8)
    fig = draw(cd, canvas)
    fig.update_layout(height=height, margin={**SCREEN_MARGIN, "t": top})
    return fig


# ---------------------------------------------------------------- the image


def _wrap(text: str, width_px: float, font_px: float, char_width: float = _PROSE_WIDTH) -> list[str]:
    chars = max(30, int(width_px / (font_px * char_width)))
    # Never at a hyphen: "AZE-\nCHN" in a link reads as two words, and "Jan-" at a line's end
    # with "Oct 2021" on the next splits a period.
    return textwrap.wrap(text, chars, break_on_hyphens=False) or [""]


def _legend_rows(names: list[str], width_px: float, font_px: float) -> int:
    """How many rows a horizontal legend takes, to reserve room for it under the subtitle."""
    rows, used = 1, 0.0
    for name in names:
        entry = len(name) * font_px * _CHAR_WIDTH + font_px * 3.2
        if used and used + entry > width_px:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


def _legend_names(cd: ChartData) -> list[str]:
    frame = cd.figures
    if frame["series"].nunique() > 1:
        names = [str(s) for s in dict.fromkeys(frame["series"])]
    else:
        names = [_trace_name(str(s), str(c), str(t), True)
                 for s, c, t in frame[["series", "period_class", "status"]].drop_duplicates().itertuples(index=False)]
    names += [name for q, name in BOUND_NAMES.items() if (frame["qualifier"].astype(str) == q).any()]
    if by_confidence.awaiting(frame).any():
        names.append(AWAITING_NAME)
    if "sources_differ" in frame and frame["sources_differ"].any():
        names.append("⚠ Sources differ")
    return names


def _described_points(cd: ChartData, unlabelled: list[str], note: str) -> list[dict[str, Any]]:
    """What each point must say on the image (for the misreading check): its value, its period
    and whether the label must name it, and the note that gives it when its label has no room."""
    frame = cd.figures
    listed = set(unlabelled)
    vouched = _vouched(frame)
    awaiting = by_confidence.awaiting(frame).tolist()
    out = []
    for i in range(len(frame)):
        cls = str(frame["period_class"].iat[i])
        label = _label(cd, i, vouched, awaiting)
        out.append({"value": str(frame["value_text"].iat[i]), "period": str(frame["period_label"].iat[i]),
                    "needs_period": cls != "full", "note": label if label in listed and label in note else None})
    return out


def _fit_notes(cd: ChartData, width: float, font: float, room: int) -> list[str]:
    """The notes' lines that fit in `room` lines: in full, else with derived methods folded,
    else cut with a pointer to the table. Each note says it is one ("Note:"), so a reader does
    not take it for a source or a caption."""
    for given in (cd.text.notes, cd.text.short_notes or cd.text.notes):
        notes = [f"Note: {n}" for n in given]
        wrapped = [_wrap(note, width, font) for note in notes]
        if sum(len(w) for w in wrapped) <= room:
            return [line for w in wrapped for line in w]
    kept: list[str] = []
    for lines in wrapped:  # whole notes only, in order, leaving a line for the pointer
        if len(kept) + len(lines) > room - 1:
            break
        kept += lines
    return [*kept, "… more notes with the chart's data (its table and downloads)."] if room > 0 else []


def image_figure(cd: ChartData, size: str) -> go.Figure:
    """The chart laid out as a pasted image: title, subtitle, legend, plot, then notes, the
    numbered source line and the credit line, all inside the picture, type scaled to the size."""
    width, height = IMAGE_SIZES[size]
    # Type scales with the image's area: a square has the room of a smaller slide.
    base = max(16.0, math.sqrt(width * height) / 44)
    side = width * 0.03
    text_width = width - 2 * side
    title_lines = _wrap(cd.text.title, text_width, base * 1.45)
    subtitle_lines = _wrap(cd.text.subtitle, text_width, base * 0.85)
    small = base * 0.72
    source_lines = _wrap(cd.text.source, text_width, small)
    # The credit ends in the view's link, whose capitals, digits and "%2C" are wider than prose.
    credit_lines = _wrap(cd.text.credit, text_width, small, _CHAR_WIDTH)
    legend_rows = _legend_rows(_legend_names(cd), text_width, base * 0.8)
    # Every line of words is placed by hand, in pixels from the top or the bottom of the image,
    # so a long title wraps instead of running off the edge.
    header: list[tuple[str, float, str, float]] = []  # (text, font size, colour, pixels from the top)
    y = side * 0.8
    for line in title_lines:
        header.append((line, base * 1.45, "#111111", y))
        y += base * 1.45 * 1.25
    y += base * 0.25
    for line in subtitle_lines:
        header.append((line, base * 0.85, "#444444", y))
        y += base * 0.85 * 1.35
    legend_top = y + base * 0.4
    top = int(legend_top + legend_rows * base * 0.8 * 1.6 + base * 0.9)
    # The plot keeps at least 40% of the image: notes give way first (each derived point's
    # method folded into one line, then the last notes cut, pointing to the chart's table).
    line_px = small * 1.35
    room = int((height * 0.6 - top - base * 2.6 - side * 0.6) / line_px) - len(source_lines) - len(credit_lines)
    footer = _fit_notes(cd, text_width, small, room)
    footer_lines = len(footer) + len(source_lines) + len(credit_lines)
    bottom = int(base * 2.6 + line_px * footer_lines + side * 0.6)
    left, right = int(base * 5.2), int(side + base)
    canvas = Canvas(width=width - left - right, height=height - top - bottom, font=base * 0.8, marker=base * 0.75,
                    max_ticks=max(4, int((width - left - right) / (base * 3.6))))
    fig = draw(cd, canvas)
    # A value with no room for its label is given in a note, never left to a hover a pasted
    # image does not have; the note takes lines from the plot, so labels are placed again.
    reserved: list[str] = []
    for _ in range(4):
        unlabelled = list((fig.layout.meta or {}).get("unlabelled", []))
        note = _wrap(UNLABELLED_NOTE + "; ".join(unlabelled) + ".", text_width, small) if unlabelled else []
        if len(note) <= len(reserved):
            break
        reserved = note
        canvas = Canvas(width=canvas.width, height=height - top - bottom - int(line_px * len(note)), font=canvas.font,
                        marker=canvas.marker, max_ticks=canvas.max_ticks)
        fig = draw(cd, canvas)
    footer += note
    bottom = int(base * 2.6 + line_px * (len(footer) + len(source_lines) + len(credit_lines)) + side * 0.6)
    fig.layout.meta = {**(fig.layout.meta or {}), "points": _described_points(cd, unlabelled, " ".join(note))}
    fig.update_layout(
        width=width,
        height=height,
        font={"family": FONT_FAMILY, "size": base * 0.8, "color": TEXT_COLOUR},
        legend={"font": {"size": base * 0.8}, "y": 1 + (top - legend_top) / canvas.height, "yanchor": "top",
                "x": -(left - side) / canvas.width, "xanchor": "left"},
        margin={"l": left, "r": right, "t": top, "b": bottom},
        xaxis={"tickfont": {"size": base * 0.8}},
        yaxis={"tickfont": {"size": base * 0.8}, "title": {"font": {"size": base * 0.75}, "standoff": base * 0.4}},
    )
    for line, font, colour, offset in header:
        fig.add_annotation(
            text=safe.plotly(line), xref="paper", yref="paper", x=0, y=1, xanchor="left", yanchor="top", align="left",
            xshift=-(left - side), yshift=top - offset, showarrow=False, font={"size": font, "color": colour},
        )
    lines = [*(("#333333", line) for line in footer), *(("#444444", line) for line in source_lines),
             *(("#666666", line) for line in credit_lines)]
    for i, (colour, line) in enumerate(lines):
        fig.add_annotation(
            text=safe.plotly(line), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", align="left",
            xshift=-(left - side), yshift=-(base * 2.6) - i * line_px, showarrow=False,
            font={"size": small, "color": colour},
        )
    return fig


# ---------------------------------------------------------------- the overview


def overview_chart(latest: pd.DataFrame, height: int = 420) -> go.Figure:
    """Horizontal bars: each pair's latest full-year turnover, labelled with qualifier and year.
    A lower bound ("over $200 m") is hatched and open-ended, never drawn as an exact bar; a value
    other sources give differently is outlined in vermillion and labelled so, never one value as
    if settled."""
    shown = latest.head(30).iloc[::-1]
    names = [f"{formatting.pair_name(p)} ({y})" for p, y in zip(shown["pair"].astype(str), shown["year"], strict=False)]
    bound = shown["qualifier"].astype(str).isin(["over", "under"]).to_numpy()
    differ = shown["sources_differ"].astype(bool).to_numpy() if "sources_differ" in shown else np.zeros(len(shown), dtype=bool)
    fig = go.Figure(
        go.Bar(
            x=shown["value"],
            y=names,
            orientation="h",
            marker={"color": [("white" if b else OKABE_ITO[0]) for b in bound],
                    "line": {"color": [DIFFER_COLOUR if d else OKABE_ITO[0] for d in differ], "width": [4 if d else 2 for d in differ]},
                    "pattern": {"shape": ["/" if b else "" for b in bound], "fgcolor": OKABE_ITO[0], "solidity": 0.3}},
            text=[safe.plotly(t + (" (a bound)" if b else "") + (f" {DIFFER_MARK}" if d else ""))
                  for t, b, d in zip(shown["value_text"], bound, differ, strict=False)],
            textposition="outside",
            cliponaxis=False,
            customdata=list(zip(_wrapped(shown["quote"], 400), [safe.plotly(citations.outlet_text(o, t, a)) for o, t, a in
                                zip(shown["outlet"], shown["title"], shown["article_id"], strict=False)],
                                [citations.date_text(d) for d in shown["article_date"]], strict=False)),
            hovertemplate="%{y}: %{text}<br>“%{customdata[0]}”<br>%{customdata[1]}, %{customdata[2]}<extra></extra>",
            name="Latest full-year turnover",
        )
    )
    # Room right of the longest bar for its label, longer when it says sources differ.
    ticks = formatting.nice_ticks(0, float(shown["value"].max()) * (1.6 if differ.any() else 1.3))
    title = "Latest full-year trade turnover reported, US dollars"
    keys = (["hatched: a bound such as “over”, not an exact value"] if bound.any() else []) + (
        [f"{DIFFER_MARK}: another outlet gives that year differently (the table names it)"] if differ.any() else [])
    for key in keys:  # one line each: side by side they run past a narrow page
        title += f"<br><sup>{key}</sup>"
    fig.update_layout(
        template=_template(),
        height=max(height, 60 + 34 * len(shown)),
        font={"family": FONT_FAMILY, "size": 14, "color": TEXT_COLOUR},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 10, "r": 40, "t": 40 + 16 * len(keys), "b": 40},
        title={"text": title, "font": {"size": 16}},
        xaxis={"tickvals": ticks, "ticktext": [formatting.money(t, "USD") for t in ticks], "range": [0, ticks[-1]]},
        yaxis={"automargin": True},
        showlegend=False,
    )
    return fig
