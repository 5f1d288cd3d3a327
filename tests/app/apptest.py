"""Helpers for driving the app in AppTest and reading what it shows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


def run(page: str | None = None, timeout: float = 60, **params: str | list[str]) -> AppTest:
    """The app after one run, on `page` (e.g. "views/reader.py"), with URL parameters."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    if page:  # a page is reached by switching after a first run; the URL is the page's own
        at.run().switch_page(page)
        at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not any("could not be drawn" in str(e.value) for e in at.error), [e.value for e in at.error]
    return at


def plotly_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def chart(at: AppTest) -> dict:
    (spec,) = plotly_specs(at)
    return spec


def plotted_values(spec: dict) -> list[float]:
    """Every y value drawn, except the rings that flag disagreements and the legend's keys."""
    values = []
    for trace in spec["data"]:
        if trace.get("name") == "⚠ Sources differ" or trace.get("hoverinfo") == "skip":
            continue  # the rings repeat points; a legend key draws none
        y = trace["y"]
        values += decode(y)
    return sorted(values)


def decode(y: object) -> list[float]:
    """plotly may send arrays as typed base64 (`{"dtype": "f8", "bdata": ...}`)."""
    if isinstance(y, dict) and "bdata" in y:
        import base64

        import numpy as np

        return list(np.frombuffer(base64.b64decode(y["bdata"]), dtype=np.dtype(y["dtype"])).astype(float))
    return [float(v) for v in y]


def unescape(markdown: str) -> str:
    """What a reader sees of text our pages escaped for Markdown (the invisible word joiners
    that keep addresses from becoming links included)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def texts(at: AppTest, kind: str) -> list[str]:
    return [unescape(str(e.value)) for e in at.get(kind)]


def source_line(at: AppTest) -> str:
    captions = [unescape(c.value) for c in at.caption]
    found = [c for c in captions if c.startswith(("Source: ", "Sources: "))]
    assert len(found) == 1, captions
    return found[0]


def drawn_as_totals(f: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The rows of `f` a chart draws as totals, straight from the file: a part of a whole of its
    own indicator and flow ("$694 m in aid, of it $74 m in grants") is left off; a flow that
    breaks a turnover down is a total of its own flow."""
    wholes = figures.drop_duplicates("figure_id").set_index("figure_id")
    keep = []
    for part_of, indicator, a, b in zip(f["part_of"], f["indicator"], f["flow_from"], f["flow_to"], strict=True):
        if not isinstance(part_of, str) or part_of not in wholes.index:
            keep.append(not isinstance(part_of, str))
            continue
        w = wholes.loc[part_of]
        keep.append((str(w["indicator"]), str(w["flow_from"]), str(w["flow_to"])) != (str(indicator), str(a), str(b)))
    return f[keep]
