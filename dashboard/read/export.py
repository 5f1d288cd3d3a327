"""A chart as a briefer's image (PNG or SVG, rendered on this machine by kaleido driving
Debian's chromium) and as data (CSV, Excel), and `python -m dashboard export` for batches.

Always light, explicit colours and an installed font (DejaVu Sans), whatever the app's theme,
so a slide made here looks the same on every machine. Without a browser, exporting says in one
line what is missing and how to install it, and never starts anything it cannot stop.
"""

from __future__ import annotations

import argparse
import copy
import io
import os
import re
import struct
import sys
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.guard import safe
from dashboard.guard.inputs import RefusedInput, read_text
from dashboard.read import by_confidence, chart_image, chartdata, citations, view_flags, view_links, viewspec
from dashboard.read.chartdata import ChartData, ChartText

SIZES = viewspec.IMAGE_SIZES
SIZE_LABELS = viewspec.SIZE_LABELS
FORMATS = ("png", "svg")
CHROMIUM_MISSING = (
    "Exporting images needs Chromium, which was not found on this machine: install the Debian package "
    "`chromium` (sudo apt-get install chromium), or set BROWSER_PATH to a Chrome or Chromium executable."
)


class NoBrowser(RuntimeError):
    """No Chromium to render images with; the message says how to install it."""


@dataclass(frozen=True)
class Export:
    """A rendered image and the words it carries (also written into the file's metadata)."""

    data: bytes
    fmt: str
    size: str
    text: ChartText

    @property
    def mime(self) -> str:
        return "image/png" if self.fmt == "png" else "image/svg+xml"


# ---------------------------------------------------------------- the browser


@contextmanager
def _argv_of_our_own() -> Iterator[None]:
    # kaleido's logging package parses sys.argv when imported and claims options such as
    # `--log` (then exits 2): it must see none of ours.
    saved = sys.argv
    sys.argv = saved[:1]
    try:
        yield
    finally:
        sys.argv = saved


def _kaleido() -> Any:
    with _argv_of_our_own():
        import kaleido

    return kaleido


def find_chromium() -> str | None:
    """The browser kaleido would drive: $BROWSER_PATH when set, else one on PATH; None if none runs."""
    override = os.environ.get("BROWSER_PATH")
    if override is not None:
        return override if os.path.isfile(override) and os.access(override, os.X_OK) else None
    with _argv_of_our_own():
        from choreographer.browsers.chromium import Chromium

    try:
        found = Chromium.find_browser(skip_local=False)
    except Exception:  # any failure to look is the same as not finding one
        return None
    return str(found) if found and os.access(str(found), os.X_OK) else None


def check_browser() -> None:
    """Raise NoBrowser, with the one-line advice, when there is no Chromium to render with."""
    if find_chromium() is None:
        raise NoBrowser(CHROMIUM_MISSING)


def warm_up() -> None:
    """Start kaleido's browser once, so later exports take a fraction of a second."""
    check_browser()
    _kaleido().start_sync_server(silence_warnings=True)


def render(fig: object, fmt: str) -> bytes:
    """PNG or SVG bytes from kaleido; uses the warm browser when `warm_up()` has started it."""
    check_browser()
    layout = fig.layout  # type: ignore[attr-defined]
    opts = {"format": fmt, "width": layout.width, "height": layout.height, "scale": 1}
    data = _kaleido().calc_fig_sync(copy.deepcopy(fig.to_dict()), opts=opts)  # type: ignore[attr-defined]
    return bytes(data)


# ---------------------------------------------------------------- words in the file


def _png_text_chunk(key: str, value: str) -> bytes:
    # iTXt, not tEXt: titles carry en dashes and non-Latin names, and tEXt is Latin-1 only.
    body = key.encode("latin-1") + b"\0\0\0\0\0" + value.encode("utf-8")
    return struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body) & 0xFFFFFFFF)


def with_png_text(png: bytes, fields: dict[str, str]) -> bytes:
    """Write title, source and description into the PNG's iTXt chunks (after IHDR), so the
    image keeps its citation and alt text wherever it is copied."""
    ihdr_end = 8 + 4 + 4 + 13 + 4
    chunks = b"".join(_png_text_chunk(k, v) for k, v in fields.items() if v)
    return png[:ihdr_end] + chunks + png[ihdr_end:]


def with_svg_text(svg: bytes, text: ChartText) -> bytes:
    """Give the SVG a <title> and <desc> (its alt text, notes and sources) for screen readers."""
    desc = " ".join([text.alt, *text.notes, text.source, text.credit])
    head = f"<title>{safe.html(text.title)}</title><desc>{safe.html(desc)}</desc>"
    decoded = svg.decode("utf-8")
    at = decoded.find(">", decoded.find("<svg")) + 1
    return (decoded[:at] + head + decoded[at:]).encode("utf-8")


def export_chart(cd: ChartData, size: str, fmt: str) -> Export:
    """The whole export: lay out, render, and stamp the words into the file."""
    fig = chart_image.image_figure(cd, size)
    data = render(fig, fmt)
    text = cd.text
    if fmt == "png":
        data = with_png_text(data, {"Title": text.title, "Description": text.alt, "Comment": " ".join(text.notes),
                                    "Source": text.source, "Copyright": text.credit})
    else:
        data = with_svg_text(data, text)
    return Export(data, fmt, size, text)


# ---------------------------------------------------------------- the chart's data


# A signed amount or rate ("+21%", "-$2 m") is what a spreadsheet should show as it is; an
# apostrophe before it reads as a stray mark. Anything else starting + - = @ may be a formula.
_SIGNED_AMOUNT = re.compile(r"[+-][$€£]?\d[\d,.]*(?: ?(?:%|bn|m|k|pp))?")


def _csv_cell(value: object) -> object:
    if isinstance(value, str) and _SIGNED_AMOUNT.fullmatch(value):
        return value
    return safe.cell(value)


def table_csv(table: pd.DataFrame, text: ChartText | None = None) -> bytes:
    """The chart's figures as CSV, every row with its quote, numbered source, title, URL and
    review state; no cell can run as a formula in a spreadsheet. With `text`, a header block of
    lines starting "#" (title, subtitle, notes, source, credit and the view's link) comes first,
    so the file says what the image says (`pandas.read_csv(..., comment="#")` skips it)."""
    # RFC 4180 line ends: a carriage return inside a quote is then quoted, not a row break.
    body: str = table.map(_csv_cell).to_csv(index=False, lineterminator="\r\n")
    if text is None:
        return body.encode("utf-8")
    head = [("Title", text.title), ("Subtitle", text.subtitle), *(("Note", n) for n in text.notes),
            ("Source", text.source), ("Credit", text.credit)]
    block = "".join(f"# {key}: {safe.one_line(value)}\r\n" for key, value in head if value)
    return (block + body).encode("utf-8")


def table_xlsx(table: pd.DataFrame, text: ChartText, sources: pd.DataFrame | None = None) -> bytes:
    """The chart's figures as Excel: the figures with their citations, the sources numbered as in
    the source line, and the chart's words. Text is always stored as text, never as a formula."""
    from openpyxl import Workbook

    book = Workbook()
    sheets = [("figures", table)]
    if sources is not None:
        sheets.append(("sources", sources))
    about = pd.DataFrame({"": ["Title", "Subtitle", "Notes", "Source", "Credit", "Description"],
                          " ": [text.title, text.subtitle, " ".join(text.notes), text.source, text.credit, text.alt]})
    sheets.append(("about", about))
    for n, (name, frame) in enumerate(sheets):
        sheet = book.active if n == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        sheet.append([str(c) for c in frame.columns])
        for row in frame.itertuples(index=False):
            sheet.append([None if v is None or (isinstance(v, float) and pd.isna(v)) else v for v in row])
        for cells in sheet.iter_rows(min_row=2):
            for c in cells:
                if isinstance(c.value, str) and c.value.startswith("="):
                    c.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- the command line


def _file_name(view: viewspec.View, fmt: str) -> str:
    parts = ["_".join(view.pairs), view.indicator]
    if view.direction != "both":
        parts.append(view.direction)
    if view.transform != "reported":
        parts.append(view.transform)
    if view.log:
        parts.append("log")
    parts.append(view.size)
    return "_".join(p for p in parts if p) + f".{fmt}"


MAX_VIEWS_FILE_BYTES = 1 << 20  # a list of links; a larger file is not one


def _views(args: argparse.Namespace, known: tuple[str, ...], years: tuple[int, int] | None) -> tuple[list[viewspec.View], list[str]]:
    """Every view asked for: the flags (one view), each --view, each line of --views FILE."""
    links: list[str] = list(args.view or [])
    if args.views:
        try:
            lines = read_text(Path(args.views), MAX_VIEWS_FILE_BYTES, link_hint="give the file itself").splitlines()
        except (OSError, RefusedInput) as err:
            return [], [f"--views: cannot read {args.views}: {err}"]
        links += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    problems: list[str] = []
    views: list[viewspec.View] = []
    flags = view_flags.params_from_args(args)
    if flags.get("pair") or not links:
        parsed = view_links.parse(flags, known, years, default_pair=False)
        problems += parsed.problems
        views.append(parsed.view)
    for link in links:
        # A flag given on the command line (--size, say) applies to every linked view.
        params = {**view_links.link_params(link), **{k: v for k, v in flags.items() if k != "pair"}}
        parsed = view_links.parse(params, known, years, default_pair=False)
        problems += [f"{safe.shorten(link, 60)}: {p}" for p in parsed.problems]
        views.append(parsed.view)
    for view in views:
        if not view.pairs:
            problems.append("no country pair: give --pair (e.g. --pair AZE-CHN), --view or --views")
    return views, problems


def export_command(args: argparse.Namespace) -> int:
    """`python -m dashboard export`: one image per view, Chromium started once; the exit code."""
    from dashboard.read import load as data_io

    fmt = (args.format or (args.out.suffix.lower().lstrip(".") if args.out.suffix else "png")).lower()
    if fmt not in FORMATS:
        print(f"the image format must be png or svg, not {safe.shorten(fmt, 20)!r}", file=sys.stderr)
        return 2
    try:
        tables = data_io.read_tables(args.data)
    except data_io.MissingData as err:
        print(err, file=sys.stderr)
        return 2
    views, problems = _views(args, tables.pair_codes, tables.year_span)
    if problems:
        for problem in problems:
            print(_refused(problem), file=sys.stderr)
        if any("pair" in p for p in problems):
            print(f"known pairs: {', '.join(tables.pair_codes)}", file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 2
    single_file = len(views) == 1 and args.out.suffix.lower() in (".png", ".svg")
    today = date.today()
    charts_ = [chartdata.chart_data(tables.figures, view, today=today, link=_link(args.link_base, view)) for view in views]
    # A unit the chart has no figures in is refused like any other flag that cannot apply, with
    # the units it has, before a browser is started for nothing.
    refused = [f"Unit: no figures in {cd.view.unit} for {', '.join(cd.view.pairs)} ({cd.view.indicator}); its figures are in "
               f"{', '.join(chartdata.unit_words(u) + f' ({u})' for u in cd.units)}. Give one of those, or leave out --unit."
               for cd in charts_ if cd.problems]
    if refused:
        for line in refused:
            print(line, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 2
    written, failed, seconds = 0, 0, []
    for cd in charts_:
        if cd.empty:
            print(f"no figures to chart for {', '.join(cd.view.pairs)} ({cd.view.indicator}){_awaiting_hint(cd)}; nothing written",
                  file=sys.stderr)
            failed += 1
    if failed == len(charts_):
        return 1
    try:
        warm_up()
    except NoBrowser as err:
        print(err, file=sys.stderr)
        return 3
    taken: set[Path] = set()
    for cd in charts_:
        view = cd.view
        if cd.empty:
            continue
        out = args.out if single_file else args.out / _file_name(view, fmt)
        n = 2
        while not single_file and out in taken:  # the same view twice (other words): a file each
            out = args.out / f"{Path(_file_name(view, fmt)).stem}-{n}.{fmt}"
            n += 1
        taken.add(out)
        started = time.perf_counter()
        result = export_chart(cd, view.size, fmt)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(result.data)
        seconds.append(time.perf_counter() - started)
        written += 1
        for note in (*cd.left_out, *([_awaiting_hint(cd).strip(" ()")] if _awaiting_hint(cd) else [])):
            print(f"  {note}", file=sys.stderr)
        w, h = SIZES[view.size]
        print(f"{out}: {result.text.title} ({w}x{h} {fmt}, {len(cd.figures)} figures)")
    if len(views) > 1:
        mean = sum(seconds) / len(seconds) if seconds else 0.0
        print(f"{written} image(s) written, {failed} not; {mean:.2f} s per image")
    return 0 if failed == 0 else 1


def _awaiting_hint(cd: ChartData) -> str:
    """What an image left out that --include-unchecked brings back, for the command's output."""
    if cd.unchecked_drawn or not cd.awaiting_review:
        return ""
    return f" ({by_confidence.left_out_note(cd.awaiting_review)}: --include-unchecked draws them, marked)"


def _refused(problem: str) -> str:
    """A link's message in the words of a command line, which refuses rather than ignores.

    >>> _refused("Log scale: a log scale applies to amounts as reported; ignored.")
    'Log scale: a log scale applies to amounts as reported.'
    >>> _refused("Not a country pair with articles, ignored: “AZE-XXX”.")
    'Not a country pair with articles: “AZE-XXX”.'
    >>> _refused("Years: no figures in 2030–2040; the figures run from 2006 to 2025, showing those.")
    'Years: no figures in 2030–2040; the figures run from 2006 to 2025.'
    """
    text = problem.replace(", ignored:", ":").replace("(s) ignored:", "(s):")
    return re.sub(r"(; ignored|, showing those|, cut|; showing \d{4}–\d{4})\.$", ".", text)


def _link(base: str | None, view: viewspec.View) -> str | None:
    if not base:
        return None
    return f"{base.rstrip('/')}/?{view_links.query(view)}"


def data_files(cd: ChartData) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The figure table and the sources table of a chart (the downloads and the page)."""
    return citations.figure_table(cd.figures), citations.sources_table(cd.figures)
