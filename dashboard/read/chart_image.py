"""The chart laid out as a pasted image (`image_figure`): the title, subtitle, notes, numbered
source line and credit line inside the picture, so the image says everything the page says
around it. No Streamlit."""

from __future__ import annotations

import math
import textwrap
from typing import Any

import plotly.graph_objects as go

from dashboard.guard import safe
from dashboard.read import by_confidence, chart_labels
from dashboard.read.chart_style import AWAITING_NAME, BOUND_NAMES, CHAR_WIDTH, FONT_FAMILY, TEXT_COLOUR, Canvas, trace_name
from dashboard.read.chart_traces import draw
from dashboard.read.chartdata import ChartData
from dashboard.read.viewspec import IMAGE_SIZES

# A prose line's average character advance as a share of the font size (narrower than a
# label's digits and capitals, `CHAR_WIDTH`).
_PROSE_WIDTH = 0.53
UNLABELLED_NOTE = "Note: not labelled on the chart for want of room: "


def _wrap(text: str, width_px: float, font_px: float, char_width: float = _PROSE_WIDTH) -> list[str]:
    chars = max(30, int(width_px / (font_px * char_width)))
    # Never at a hyphen: "AZE-\nCHN" in a link reads as two words, and "Jan-" at a line's end
    # with "Oct 2021" on the next splits a period.
    return textwrap.wrap(text, chars, break_on_hyphens=False) or [""]


def _legend_rows(names: list[str], width_px: float, font_px: float) -> int:
    """How many rows a horizontal legend takes, to reserve room for it under the subtitle."""
    rows, used = 1, 0.0
    for name in names:
        entry = len(name) * font_px * CHAR_WIDTH + font_px * 3.2
        if used and used + entry > width_px:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


def _legend_names(cd: ChartData) -> list[str]:
    frame = cd.figures
    if frame["series"].nunique() > 1:
        names = [str(s) for s in dict.fromkeys(frame["series"])]
    else:
        names = [trace_name(str(s), str(c), str(t), True)
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
    vouched = chart_labels.vouched(frame)
    awaiting = by_confidence.awaiting(frame).tolist()
    out = []
    for i in range(len(frame)):
        cls = str(frame["period_class"].iat[i])
        label = chart_labels.label(cd, i, vouched, awaiting)
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
    credit_lines = _wrap(cd.text.credit, text_width, small, CHAR_WIDTH)
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
