"""A chart as a briefer's image: PNG or SVG with title, subtitle and source line, rendered on
the server by kaleido (Debian's chromium), and `python -m dashboard export` for batches.

Always light, explicit colours and an installed font (DejaVu Sans), whatever the app's theme,
so a slide made here looks the same on every machine.
"""

from __future__ import annotations

import argparse
import copy
import struct
import sys
import textwrap
import zlib
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import charts, queries

SIZES: dict[str, tuple[int, int]] = {"slide": (1920, 1080), "report": (1200, 700), "square": (1080, 1080)}
SIZE_LABELS: dict[str, str] = {"slide": "Slide 16:9 (1920×1080)", "report": "Report (1200×700)", "square": "Square (1080×1080)"}
FORMATS = ("png", "svg")


@dataclass(frozen=True)
class Export:
    """A rendered image and the words it carries (also written into the file's metadata)."""

    data: bytes
    fmt: str
    size: str
    text: charts.ChartText

    @property
    def mime(self) -> str:
        return "image/png" if self.fmt == "png" else "image/svg+xml"


def _wrap(text: str, width_px: int, font_px: float) -> str:
    chars = max(40, int(width_px / (font_px * 0.56)))
    return "<br>".join(textwrap.wrap(text, chars))


def _legend_rows(names: list[str], width_px: float, font_px: float) -> int:
    """How many rows a horizontal legend takes, to reserve room for it under the subtitle."""
    rows, used = 1, 0.0
    for name in names:
        entry = len(name) * font_px * 0.6 + font_px * 3.5
        if used and used + entry > width_px:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


def export_figure(frame: pd.DataFrame, view: queries.View, unit: str, size: str) -> tuple[go.Figure, charts.ChartText]:
    """The chart laid out for an image: numbered source notes on points when several articles
    are plotted, large fonts scaled to the size, title, subtitle and source line."""
    import html

    width, height = SIZES[size]
    notes = dict(zip(*(queries.sources(frame)[["article_id", "note"]].T.values), strict=False)) if not frame.empty else {}
    base = max(16.0, min(width, height) / 36)
    fig = charts.build_chart(frame, view, unit, notes=notes, height=height, max_ticks=int(width / (base * 3.5)))
    text = charts.chart_text(frame, view, unit)
    source = _wrap(html.escape(text.source), width - 80, base * 0.8)
    subtitle = _wrap(html.escape(text.subtitle), width - 80, base * 0.9)
    bottom = int(base * 0.8 * 1.5 * (source.count("<br>") + 1) + base * 2.8)
    legend_rows = _legend_rows([t.name for t in fig.data if t.showlegend is not False], width - base * 6, base * 0.8)
    top = int(base * 1.5 * 1.4 + base * 0.9 * 1.4 * (subtitle.count("<br>") + 1) + legend_rows * base * 0.8 * 1.6 + base * 2.4)
    fig.update_layout(
        width=width,
        height=height,
        font={"family": charts.FONT_FAMILY, "size": base, "color": "#222222"},
        title={
            "text": html.escape(text.title),
            "font": {"size": base * 1.5, "color": "#111111"},
            "subtitle": {"text": subtitle, "font": {"size": base * 0.9, "color": "#444444"}},
            "x": 0.02,
            "xanchor": "left",
            "y": 1 - base * 0.6 / height,
            "yanchor": "top",
            "yref": "container",
        },
        legend={"font": {"size": base * 0.8}, "y": 1.01, "yanchor": "bottom"},
        margin={"l": int(base * 5), "r": int(base * 1.5), "t": top, "b": bottom},
    )
    fig.update_traces(textfont={"size": base * 0.8}, selector={"mode": "lines+markers+text"})
    fig.update_traces(textfont={"size": base * 0.8}, selector={"mode": "markers+text"})
    fig.update_traces(marker={"size": base * 0.75}, selector={"mode": "markers+text"})
    fig.add_annotation(
        text=source,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xshift=-int(base * 5) + width * 0.02,
        yshift=-bottom + base * 0.6,
        xanchor="left",
        yanchor="bottom",
        align="left",
        showarrow=False,
        font={"size": base * 0.8, "color": "#444444"},
    )
    return fig, text


def _png_text_chunk(key: str, value: str) -> bytes:
    # iTXt, not tEXt: titles carry en dashes and non-Latin names, and tEXt is Latin-1 only.
    body = key.encode("latin-1") + b"\0\0\0\0\0" + value.encode("utf-8")
    return struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body) & 0xFFFFFFFF)


def with_png_text(png: bytes, fields: dict[str, str]) -> bytes:
    """Write title, source and description into the PNG's iTXt chunks (after IHDR), so the
    image keeps its citation and alt text wherever it is copied."""
    ihdr_end = 8 + 4 + 4 + 13 + 4
    chunks = b"".join(_png_text_chunk(k, v) for k, v in fields.items())
    return png[:ihdr_end] + chunks + png[ihdr_end:]


def with_svg_text(svg: bytes, text: charts.ChartText) -> bytes:
    """Give the SVG a <title> and <desc> (its alt text) for screen readers."""
    import html

    head = f"<title>{html.escape(text.title)}</title><desc>{html.escape(text.alt)} {html.escape(text.source)}</desc>"
    decoded = svg.decode("utf-8")
    at = decoded.find(">", decoded.find("<svg")) + 1
    return (decoded[:at] + head + decoded[at:]).encode("utf-8")


def render(fig: go.Figure, fmt: str) -> bytes:
    """PNG or SVG bytes from kaleido; uses the warm browser when `warm_up()` has started it."""
    import kaleido

    opts = {"format": fmt, "width": fig.layout.width, "height": fig.layout.height, "scale": 1}
    return kaleido.calc_fig_sync(copy.deepcopy(fig.to_dict()), opts=opts)


def warm_up() -> None:
    """Start kaleido's browser once, so later exports take a fraction of a second."""
    import kaleido

    kaleido.start_sync_server(silence_warnings=True)


def export_chart(frame: pd.DataFrame, view: queries.View, unit: str, size: str, fmt: str) -> Export:
    """The whole export: lay out, render, and stamp the words into the file."""
    fig, text = export_figure(frame, view, unit, size)
    data = render(fig, fmt)
    if fmt == "png":
        data = with_png_text(data, {"Title": text.title, "Source": text.source, "Description": text.alt})
    else:
        data = with_svg_text(data, text)
    return Export(data, fmt, size, text)


def export_command(args: argparse.Namespace) -> int:
    """`python -m dashboard export`: one chart to a PNG or SVG file; returns the exit code."""
    from dashboard import data_io

    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        print(f"--out must end in .png or .svg, not {args.out.name!r}", file=sys.stderr)
        return 2
    try:
        tables = data_io.read_tables(args.data)
    except data_io.MissingData as err:
        print(err, file=sys.stderr)
        return 2
    pairs = tuple(dict.fromkeys(p for raw in args.pair for p in [queries.normalise_pair(raw)] if p))
    unknown = [p for p in pairs if p not in tables.pair_codes]
    if len(pairs) != len(args.pair) or unknown:
        print(f"unknown pair(s): {', '.join(args.pair)}; known: {', '.join(tables.pair_codes)}", file=sys.stderr)
        return 2
    if args.indicator not in queries.VIEW_INDICATORS:
        print(f"--indicator must be one of {', '.join(queries.VIEW_INDICATORS)}", file=sys.stderr)
        return 2
    years = queries.parse_years(args.years)
    if args.years and years is None:
        print(f"--years must look like 2015-2025, not {args.years!r}", file=sys.stderr)
        return 2
    view = queries.View(
        pairs=pairs,
        indicator=args.indicator,
        direction=getattr(args, "direction", "both"),
        years=years,
        transform=getattr(args, "show", "reported"),
        log=getattr(args, "log", False),
        unit=getattr(args, "unit", None),
    )
    figures = tables.figures
    if getattr(args, "reviewed_only", False):
        from dashboard.curation.reviewed import only_reviewed

        figures = only_reviewed(figures)
    selection = queries.select(figures, view)
    frame = selection.figures
    if view.transform != "reported" and view.kind == "level":
        frame, _ = queries.computed_change(frame, view.transform)
    if frame.empty:
        print(f"no figures to chart for {', '.join(pairs)} ({args.indicator}); nothing written", file=sys.stderr)
        return 1
    result = export_chart(frame, view, queries.chart_unit(view, selection.unit), args.size, fmt)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(result.data)
    for note in selection.notes:
        print(note, file=sys.stderr)
    print(f"{args.out}: {result.text.title} ({SIZES[args.size][0]}x{SIZES[args.size][1]} {fmt}, {len(frame)} figures)")
    return 0


# ---------------------------------------------------------------- the chart's data


def _inert(table: pd.DataFrame) -> pd.DataFrame:
    """Text from articles must never run as a spreadsheet formula."""
    out = table.copy()
    for column in out.columns:
        if not (out[column].dtype == object or pd.api.types.is_string_dtype(out[column])):
            continue
        out[column] = [("'" + v) if isinstance(v, str) and v[:1] in ("=", "@") else v for v in out[column]]
    return out


def table_csv(table: pd.DataFrame) -> bytes:
    """The chart's figures as CSV, every row carrying its quote, outlet, date, title and URL."""
    return _inert(table).to_csv(index=False).encode("utf-8")


def table_xlsx(table: pd.DataFrame, text: charts.ChartText) -> bytes:
    """The chart's figures as Excel: a sheet of figures with their citations, and a sheet
    with the chart's title, subtitle and source line."""
    import io

    buffer = io.BytesIO()
    about = pd.DataFrame({"": ["Title", "Subtitle", "Source", "Description"], " ": [text.title, text.subtitle, text.source, text.alt]})
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _inert(table).to_excel(writer, sheet_name="figures", index=False)
        about.to_excel(writer, sheet_name="about", index=False)
    return buffer.getvalue()
