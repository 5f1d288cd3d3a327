"""Server-side export (kaleido + Debian chromium): sizes, words in the files, the CLI, data files."""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dashboard import cli, data_io, export, queries


@pytest.fixture(scope="module")
def tables(fixture_dir: Path) -> data_io.Tables:
    export.warm_up()
    return data_io.read_tables(fixture_dir)


def png_info(data: bytes) -> tuple[int, int, dict[str, str]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    text, at = {}, 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"iTXt":
            key, _, rest = body.partition(b"\0")
            # compression flag and method, then empty language tag and translated keyword
            assert rest[:2] == b"\0\0"
            text[key.decode("latin-1")] = rest[2:].split(b"\0", 2)[2].decode("utf-8")
        at += 12 + length
    return width, height, text


def selection(tables, **kw):
    view = queries.View(**kw)
    sel = queries.select(tables.figures, view)
    return sel.figures, view, sel.unit


@pytest.mark.parametrize("size", list(export.SIZES))
def test_png_has_the_size_title_and_source(tables, size):
    frame, view, unit = selection(tables, pairs=("AZE-CHN",))
    result = export.export_chart(frame, view, unit, size, "png")
    width, height, text = png_info(result.data)
    assert (width, height) == export.SIZES[size]
    assert text["Title"] == "Trade turnover: Azerbaijan–China"
    assert text["Source"] == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    assert "about $3.7 bn" in text["Description"]
    assert len(result.data) > 20_000  # a drawn chart, not an empty canvas


def test_svg_carries_title_subtitle_source_and_labels_in_the_drawing(tables):
    frame, view, unit = selection(tables, pairs=("AZE-CHN", "AZE-JPN"))
    svg = export.export_chart(frame, view, unit, "report", "svg").data.decode("utf-8")
    assert re.search(r'<svg[^>]*width="1200"[^>]*height="700"', svg)
    drawn = " ".join(re.findall(r"<text[^>]*>(.*?)</text>", svg))
    drawn = re.sub(r"<[^>]+>", "", drawn)
    assert "Trade turnover: Azerbaijan–China vs Azerbaijan–Japan" in drawn
    assert "US dollars" in drawn and "Fixture Daily, 1 Feb 2025" in drawn and "Eurasia Daily Monitor" in drawn
    assert "over $200 m [2]" in drawn  # numbered note on a point: several sources are plotted
    assert "DejaVu Sans" in svg and "rgb(0, 114, 178)" in svg  # the font, and Okabe-Ito blue
    assert "<title>Trade turnover: Azerbaijan–China vs Azerbaijan–Japan</title>" in svg


def test_cli_export_writes_the_chart(tables, fixture_dir, tmp_path, capsys):
    out = tmp_path / "chart.png"
    code = cli.main(["export", "--pair", "CHN-AZE", "--indicator", "trade_turnover", "--size", "slide",
                     "--data", str(fixture_dir), "--out", str(out), "--years", "2023-2025"])
    assert code == 0
    width, height, text = png_info(out.read_bytes())
    assert (width, height) == (1920, 1080) and text["Title"] == "Trade turnover: Azerbaijan–China"
    assert "2030" not in text["Description"]  # the target year is outside --years
    assert "chart.png: Trade turnover: Azerbaijan–China (1920x1080 png" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--pair", "JPN-TKM"], 1, "no figures to chart for JPN-TKM"),
        (["--pair", "AZE-XXX"], 2, "unknown pair"),
        (["--pair", "AZE-CHN", "--indicator", "gdp"], 2, "--indicator must be one of"),
        (["--pair", "AZE-CHN", "--years", "soon"], 2, "--years must look like"),
    ],
)
def test_cli_export_refuses_clearly(fixture_dir, tmp_path, capsys, argv, code, message):
    out = tmp_path / "x.svg"
    assert cli.main(["export", *argv, "--data", str(fixture_dir), "--out", str(out)]) == code
    assert message in capsys.readouterr().err and not out.exists()


def test_data_downloads_carry_citations(tables):
    frame, view, unit = selection(tables, pairs=("AZE-CHN",), indicator="exports")
    table = queries.figure_table(frame)
    csv = pd.read_csv(io.BytesIO(export.table_csv(table)))
    assert list(csv["source"]) == ["Fixture Daily, 1 Feb 2025"] and csv["quote"].str.contains("<script>").all()
    from dashboard import charts

    book = openpyxl.load_workbook(io.BytesIO(export.table_xlsx(table, charts.chart_text(frame, view, unit))))
    rows = list(book["figures"].values)
    assert rows[0][:3] == ("series", "period", "value") and rows[1][2] == "$1 bn"
    about = {r[0]: r[1] for r in book["about"].values}
    assert about["Source"] == "Source: Fixture Daily, 1 Feb 2025"


def test_formula_like_text_stays_text():
    table = pd.DataFrame({"quote": ["=HYPERLINK(\"http://x\")", "plain"]})
    assert export.table_csv(table).decode().splitlines()[1].startswith("\"'=HYPERLINK")
