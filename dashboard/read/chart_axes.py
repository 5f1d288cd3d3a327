"""A chart's axes: years (or months) across, the amounts or changes up with their unit, and
where a point falls in pixels, for placing its label."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from dashboard.contract.values import value_text
from dashboard.read import formatting
from dashboard.read.chart_style import Canvas


def y_axis(frame: pd.DataFrame, unit: str, log: bool, title: str) -> dict[str, Any]:
    values = frame["value"].astype(float)
    if log:
        ticks = formatting.log_axis_ticks(float(values.min()) * 0.9, float(values.max()) * 1.12)
        return {"type": "log", "tickvals": ticks, "ticktext": [value_text(t, unit) for t in ticks],
                "range": [math.log10(ticks[0]), math.log10(ticks[-1])], "title": {"text": title}}
    low, high = float(values.min()), float(values.max())
    ticks = formatting.nice_ticks(low, high * 1.08 if high > 0 else high)
    return {"type": "linear", "tickvals": ticks, "ticktext": [value_text(t, unit) for t in ticks], "range": [ticks[0], ticks[-1]],
            "zeroline": True, "title": {"text": title}}


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


def x_axis(frame: pd.DataFrame, canvas: Canvas) -> dict[str, Any]:
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


def to_px(frame: pd.DataFrame, x_axis: dict[str, Any], y_axis: dict[str, Any], canvas: Canvas) -> tuple[np.ndarray, np.ndarray]:
    x0, x1 = (pd.Timestamp(v).value for v in x_axis["range"])
    xs = (pd.DatetimeIndex(frame["x"]).as_unit("ns").asi8 - x0) / max(x1 - x0, 1) * canvas.width
    values = frame["value"].astype(float).to_numpy()
    y0, y1 = y_axis["range"]
    ys = np.log10(np.clip(values, 1e-12, None)) if y_axis["type"] == "log" else values
    return xs, (ys - y0) / ((y1 - y0) or 1) * canvas.height
