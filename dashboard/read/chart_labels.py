"""A point's label, and where it goes: the value with its qualifier, period, source number and
review marks, placed so that labels do not cover each other, a marker, or leave the plot."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.contract.schema import VOUCHED
from dashboard.read.chart_style import CHAR_WIDTH, Canvas
from dashboard.read.chartdata import ChartData


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


def label(cd: ChartData, i: int, vouched: list[bool], awaiting: list[bool] | None = None) -> str:
    """The label of the chart's `i`th figure."""
    frame = cd.figures
    mark = frame["mark"].iat[i] if "mark" in frame else ""
    return point_label(frame["value_text"].iat[i], str(frame["period_class"].iat[i]), frame["period_label"].iat[i],
                       cd.numbers.get(frame["article_id"].iat[i]), vouched[i], mark if isinstance(mark, str) else "",
                       bool(awaiting[i]) if awaiting is not None else False)


def vouched(frame: pd.DataFrame) -> list[bool]:
    if "review" not in frame:
        return [False] * len(frame)
    return [r in VOUCHED for r in frame["review"]]


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
                 ringed: list[bool] | None = None,
                 bars: Sequence[tuple[float, float, float, float]] = ()) -> list[str | None]:
    """A text position for each point's label, or None where every position would cover another
    label, a marker, a part-year figure's bar (`bars`: boxes in px), or leave the plot.
    `points`: (x px, y px from the bottom, text, preferred side "top"/"bottom"), in priority
    order (earlier points get the better places).

    A label beside its own part-year bar would touch it and read as part of the bar: where no
    other place is free, the label goes to a note instead.

    >>> c = Canvas(width=400, height=300, font=14)
    >>> hemmed = [(380, 150, "$228 m (Jan-Oct)", "top"), (380, 180, "over $250 m", "bottom"), (380, 120, "over $200 m", "top")]
    >>> place_labels(hemmed, c)
    ['middle left', 'middle left', 'middle left']
    >>> place_labels(hemmed, c, bars=[(250, 146, 380, 154)])
    [None, 'middle left', 'middle left']

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
        w = len(text) * canvas.font * CHAR_WIDTH
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
            # Against a bar, the glyphs count, not the margin kept between labels.
            glyphs = (box[0], box[1] + (h - canvas.font) / 2, box[2], box[3] - (h - canvas.font) / 2)
            if any(_overlaps(glyphs, bar) for bar in bars):
                continue
            chosen = position
            placed.append(box)
            break
        out.append(chosen)
    return out
