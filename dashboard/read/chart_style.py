"""How a chart looks, the same on the screen, in an image and in the overview: one colour per
series (Okabe-Ito), a marker shape per kind of period, hollow markers for what is not reported
as such, and the names the legend gives them; the type and the plot area (`Canvas`)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour
# vision deficiencies. Vermillion is kept for the "sources differ" rings.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
DIFFER_COLOUR = "#D55E00"
FONT_FAMILY = "DejaVu Sans, Noto Sans, Arial, sans-serif"
TEXT_COLOUR = "#222222"
PERIOD_NAMES = {"full": "full year", "partial": "part of a year", "cumulative": "stock to date", "unstated": "period not stated"}
_SHAPES = {"full": "circle", "partial": "diamond", "cumulative": "square", "unstated": "hexagon"}
_STATUS_LABEL = {"reported": "", "computed": "", "derived": "derived", "forecast": "forecast", "target": "target"}
DASH = {"forecast": "dash", "target": "dot"}
# A figure awaiting review (`check`, not vouched for): its legend entry and its grey centre.
AWAITING_NAME = "? Awaiting review"
AWAITING_GREY = "#BDBDBD"
BOUND_NAMES = {"over": "A bound, at least (“over”)", "under": "A bound, at most (“up to”)"}
# DejaVu Sans is wide: average advance of a character as a share of the font size, for labels
# (digits and capitals: kept on the safe side, so boxes never overlap).
CHAR_WIDTH = 0.58


@dataclass(frozen=True)
class Canvas:
    """The plot area a chart is laid out for, in pixels, and its type sizes."""

    width: float = 1000
    height: float = 420
    font: float = 14
    marker: float = 12
    max_ticks: int = 12


def template() -> go.layout.Template:
    # An explicit light template: Streamlit replaces plotly's default with one whose colours
    # only a browser fills in, which exports as near-black series.
    return pio.templates["plotly_white"]


def trace_name(series: str, cls: str, status: str, single_series: bool) -> str:
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


def pair_keys(frame: pd.DataFrame, names: list[str]) -> list[int]:
    pair = frame["pair"]
    known = [str(c) for c in pair.cat.categories] if isinstance(pair.dtype, pd.CategoricalDtype) else []
    first = dict(zip(frame["series"], pair.astype(str), strict=False))
    return [known.index(first[n]) if first[n] in known else zlib.crc32(first[n].encode("utf-8")) for n in names]


def symbol(cls: str, qualifier: str, hollow: bool) -> str:
    # A bound is a triangle pointing the way the value may go ("over $200 m": up), never the
    # filled dot of an exact figure.
    shape = {"over": "triangle-up", "under": "triangle-down"}.get(qualifier, _SHAPES.get(cls, "circle"))
    return shape + ("-open" if hollow else "")
