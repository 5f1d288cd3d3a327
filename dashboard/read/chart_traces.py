"""The chart as plotly traces: ChartData -> a Figure, for the page (`build_chart`) or laid out
for an image (`draw`, which `chart_image` frames with its words). No Streamlit.

How honesty is drawn: each series has one colour (Okabe-Ito) and a name in words; within a
series, full-year figures are joined by a line, part-year figures are diamonds labelled with
their period, stocks are squares at their as-of date; forecasts, targets and derived figures
are hollow (forecasts dashed, targets dotted) with their own legend entries; every label keeps
the outlet's qualifier ("over $200 m", "nearly $70.6 m"); figures on which sources differ get
a ring; the y axis names its unit and says "log scale" when it is one. Labels are placed so
they do not cover each other; one that cannot be placed is left to the hover and the table.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.guard import safe
from dashboard.read import by_confidence, chart_axes, chart_labels
from dashboard.read.chart_hover import HOVER, customdata
from dashboard.read.chart_style import (
    AWAITING_GREY,
    AWAITING_NAME,
    BOUND_NAMES,
    DASH,
    DIFFER_COLOUR,
    FONT_FAMILY,
    PERIOD_NAMES,
    TEXT_COLOUR,
    Canvas,
    pair_keys,
    series_colours,
    symbol,
    template,
    trace_name,
)
from dashboard.read.chartdata import ChartData

# Above this many points the value labels would cover each other; hover and the table keep them.
MAX_LABELLED_POINTS = 120


def _one_or_each(values: list[str]) -> str | list[str]:
    return values[0] if len(set(values)) == 1 else values


def _bars(frame: pd.DataFrame, ys: Any, x_axis: dict[str, Any], canvas: Canvas) -> list[tuple[float, float, float, float]]:
    """The boxes (px) of the bars that span part-year figures' months, as drawn below."""
    if "period_start" not in frame:
        return []
    x0, x1 = (pd.Timestamp(v).value for v in x_axis["range"])
    half = canvas.marker * 0.45 / 2 + 1
    boxes = []
    for i, (cls, a, b) in enumerate(zip(frame["period_class"], frame["period_start"], frame["period_end"], strict=True)):
        start, end = pd.to_datetime(a, errors="coerce"), pd.to_datetime(b, errors="coerce")
        if cls != "partial" or pd.isna(start) or pd.isna(end):
            continue
        left, right = ((t.value - x0) / max(x1 - x0, 1) * canvas.width for t in (start, end + pd.Timedelta(days=1)))
        boxes.append((left, ys[i] - half, right, ys[i] + half))
    return boxes


def draw(cd: ChartData, canvas: Canvas) -> go.Figure:
    """The chart's traces and axes, laid out for a plot area of `canvas`'s size. Labels with no
    room are listed in `layout.meta["unlabelled"]` (by row), for the image to put in a note."""
    frame = cd.figures
    fig = go.Figure()
    if frame.empty:
        return fig
    series_names = list(dict.fromkeys(frame["series"]))
    single = len(series_names) == 1
    colour = series_colours(series_names, pair_keys(frame, series_names))
    order = {c: i for i, c in enumerate(PERIOD_NAMES)}
    x_axis = chart_axes.x_axis(frame, canvas)
    y_axis = chart_axes.y_axis(frame, cd.unit, cd.log, safe.plotly(cd.text.axis))
    positions: dict[int, str | None] = {}
    labels: dict[int, str] = {}
    vouched = chart_labels.vouched(frame)
    awaiting = by_confidence.awaiting(frame).tolist()
    ringed = [bool(d) for d in frame["sources_differ"]] if "sources_differ" in frame else [False] * len(frame)
    if len(frame) <= MAX_LABELLED_POINTS:
        xs, ys = chart_axes.to_px(frame, x_axis, y_axis, canvas)
        priority = sorted(range(len(frame)), key=lambda i: (frame["status"].iat[i] != "reported", frame["period_class"].iat[i] != "full", i))
        texts = {i: chart_labels.label(cd, i, vouched, awaiting) for i in priority}
        sides = {i: "top" if str(frame["period_class"].iat[i]) == "full" else "bottom" for i in priority}
        chosen = chart_labels.place_labels([(xs[i], ys[i], texts[i], sides[i]) for i in priority], canvas,
                                           ringed=[ringed[i] for i in priority], bars=_bars(frame, ys, x_axis, canvas))
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
                                     name=safe.plotly(trace_name(str(series), str(cls), status, single)),
                                     line={"color": colour[series], "width": 2.5, "dash": DASH.get(status, "solid")},
                                     marker={"symbol": symbol(str(cls), "exact", hollow), "size": canvas.marker,
                                             "color": colour[series], "line": {"color": colour[series], "width": 2.5}}))
        fig.add_trace(
            go.Scatter(
                x=g["x"],
                y=g["value"],
                name=safe.plotly(trace_name(str(series), str(cls), status, single)),
                legendgroup=str(series),
                # Several series: the legend keys colours to series; the shapes are said in words.
                # One series with a bound among its points: the legend shows the period's own
                # shape (a separate entry), not the bound's triangle.
                showlegend=single and not bounded,
                mode=("lines+markers" if joined else "markers") + ("+text" if labelled else ""),
                line={"color": colour[series], "width": 2.5, "dash": DASH.get(status, "solid")},
                marker={"symbol": _one_or_each([symbol(str(cls), str(q), hollow) for q in g["qualifier"]]), "size": canvas.marker,
                        "color": colour[series], "line": {"color": colour[series], "width": 2.5}},
                text=[safe.plotly(labels[r]) if positions.get(r) else "" for r in rows] if labelled else None,
                textposition=[positions.get(r) or "top center" for r in rows] if labelled else None,
                textfont={"color": TEXT_COLOUR, "size": canvas.font},
                customdata=customdata(g, cd.numbers),
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
                                     marker={"symbol": symbol("full", qualifier, False), "size": canvas.marker, "color": "#555555"}))
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
        template=template(),
        font={"family": FONT_FAMILY, "size": canvas.font, "color": TEXT_COLOUR},
        paper_bgcolor="white",
        plot_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left", "traceorder": "normal"},
        hoverlabel={"bgcolor": "white", "font": {"family": FONT_FAMILY, "size": 13}, "align": "left"},
        xaxis=x_axis,
        yaxis=y_axis,
        showlegend=True,
        meta={"hidden_labels": hidden, "unlabelled": [labels.get(i) or chart_labels.label(cd, i, vouched, awaiting) for i in unlabelled]},
    )
    return fig


def _awaiting_marks(frame: pd.DataFrame, colour: dict[str, str], canvas: Canvas) -> list[go.Scatter]:
    """A figure awaiting review keeps its shape and its series' colour as an outline, with a grey
    centre: a filled marker is greyed inside its coloured rim, a hollow one gets a grey dot. On
    top of the figure's own marker, not hoverable, so the figure's hover still answers; the
    legend's entry names the mark."""
    rows = frame[by_confidence.awaiting(frame)]
    if rows.empty:
        return []
    hollow = ~rows["status"].astype(str).isin(["reported", "computed"])
    symbols = [symbol(str(c), str(q), False) for c, q in zip(rows["period_class"], rows["qualifier"], strict=True)]
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
