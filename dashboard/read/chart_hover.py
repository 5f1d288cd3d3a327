"""What the hover of a point says: its series, period and value, the quote, the article, and
why it awaits review; every field through the one escaping path for plotly text."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from dashboard.guard import safe
from dashboard.read import by_confidence, citations


def wrapped(values: pd.Series, limit: int, width: int = 80) -> list[str]:
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


def customdata(g: pd.DataFrame, numbers: dict[str, int]) -> np.ndarray:
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


def _why_awaiting(g: pd.DataFrame) -> list[str]:
    """The hover's last line for a figure awaiting review: why, in the review queue's words."""
    awaiting = by_confidence.awaiting(g)
    doubts = g["doubts"] if "doubts" in g else pd.Series(None, index=g.index, dtype=object)
    return ["<br><b>? Awaiting review:</b> " + "<br>".join(safe.plotly(x) for x in textwrap.wrap(by_confidence.why_check(d), 80))
            if a else "" for a, d in zip(awaiting, doubts, strict=True)]
