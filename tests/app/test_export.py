"""Server-side export (kaleido + Debian chromium): sizes, the words in the files, the command line
(run as a person runs it, in a subprocess), the data files, and what happens without Chromium."""

from __future__ import annotations

import io
import os
import re
import struct
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dashboard import cli, paths
from dashboard.guard import safe
from dashboard.read import chartdata, export
from dashboard.read import load as data_io
from dashboard.read.viewspec import View

ROOT = paths.ROOT


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


def svg_words(svg: str) -> str:
    """Every word drawn in an SVG, as a person reads it."""
    import html

    drawn = " ".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S))
    return html.unescape(re.sub(r"<[^>]+>", "", drawn)).replace("\u00a0", " ")


def cd_of(tables, **kw) -> chartdata.ChartData:
    return chartdata.chart_data(tables.figures, View(**kw), today=date(2026, 1, 2))


@pytest.mark.parametrize("size", list(export.SIZES))
def test_png_has_the_size_title_and_source(tables, size):
    result = export.export_chart(cd_of(tables, pairs=("AZE-CHN",)), size, "png")
    width, height, text = png_info(result.data)
    assert (width, height) == export.SIZES[size]
    assert text["Title"] == "Trade turnover: Azerbaijan–China"
    assert text["Source"] == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    assert "approximately $3.7 bn" in text["Description"]
    assert text["Copyright"].startswith("Compiled from news reports by Trade figures from the news, data as of 16 Apr 2025")
    assert len(result.data) > 20_000  # a drawn chart, not an empty canvas


def test_svg_carries_every_word_of_the_chart(tables):
    cd = cd_of(tables, pairs=("AZE-CHN", "AZE-JPN"), note="Draft: check with the ministry")
    svg = export.export_chart(cd, "report", "svg").data.decode("utf-8")
    assert re.search(r'<svg[^>]*width="1200"[^>]*height="700"', svg)
    drawn = svg_words(svg)
    assert "Trade turnover: Azerbaijan–China vs Azerbaijan–Japan" in drawn
    assert "US dollars" in drawn and "Fixture Daily, 1 Feb 2025" in drawn and "Eurasia Daily Monitor" in drawn
    assert "over $200 m [2]" in drawn  # numbered note on a point: several sources are plotted
    assert "Azerbaijan–China" in drawn and "Azerbaijan–Japan" in drawn  # the legend keys colours to pairs
    assert "diamonds: part of a year" in drawn  # and says what the shapes mean
    assert "Draft: check with the ministry" in drawn and "Compiled from news reports by Trade figures from the news" in drawn
    assert "DejaVu Sans" in svg and "rgb(0, 114, 178)" in svg  # the font, and Okabe-Ito blue (the first pair's)
    assert "<title>Trade turnover: Azerbaijan–China vs Azerbaijan–Japan</title>" in svg


def test_quotes_in_words_are_not_escaped_twice(tables):
    svg = export.export_chart(cd_of(tables, pairs=("AZE-CHN",), title='The "China" chart & more'), "report", "svg").data.decode()
    assert 'The "China" chart &amp; more' in svg or "The &quot;China&quot; chart &amp; more" in svg
    assert "&amp;quot;" not in svg and 'The "China" chart & more' in svg_words(svg)


def test_cli_export_writes_the_chart(fixture_dir, tmp_path, capsys):
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
        (["--pair", "AZE-XXX"], 2, "Not a country pair with articles: “AZE-XXX”"),
        (["--pair", "AZE-CHN", "--years", "soon"], 2, "Years: “soon” is not a year or a range such as 2015-2025.\n"),
        (["--pair", "AZE-CHN", "--years", "2040-2050"], 2, "Years: no figures in 2040–2050; the figures run from 2006 to 2030.\n"),
        (["--pair", "AZE-CHN", "--indicator", "growth", "--show", "yoy"], 2, "Show: computed changes apply to amounts"),
        (["--pair", "AZE-CHN", "--indicator", "growth", "--log"], 2, "Log scale: a log scale applies to amounts as reported"),
        (["--pair", "AZE-CHN", "--unit", "GBP"], 2, "Unit: no figures in GBP for AZE-CHN (trade_turnover); its figures are in US dollars (USD)"),
        (["--pair", "AZE-CHN", "--direction", "ab"], 2, "Direction: a direction applies to exports, investment and aid"),
        ([], 2, "no country pair"),
    ],
)
def test_cli_export_refuses_clearly(fixture_dir, tmp_path, capsys, argv, code, message):
    out = tmp_path / "x.svg"
    assert cli.main(["export", *argv, "--data", str(fixture_dir), "--out", str(out)]) == code
    assert message in capsys.readouterr().err and not out.exists()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True, timeout=240,
                          env={**os.environ, **(env or {})}, check=False)


def test_cli_log_flag_as_the_readme_documents_it(fixture_dir, tmp_path):
    """kaleido's logging package used to claim `--log` from sys.argv and exit 2."""
    out = tmp_path / "log.png"
    done = run_cli("export", "--pair", "AZE-CHN", "--log", "--data", str(fixture_dir), "--out", str(out))
    assert done.returncode == 0, done.stderr
    _, _, text = png_info(out.read_bytes())
    assert "US dollars, log scale" in text["Description"]


def test_cli_help_lists_every_value():
    done = run_cli("export", "--help")
    assert done.returncode == 0
    for value in ("trade_turnover", "exports", "investment", "aid", "growth", "other", "Growth rates (reported)",
                  "--no-partial", "--log", "yoy", "square", "--views"):
        assert value in done.stdout


def test_batch_export_from_links_starts_chromium_once(fixture_dir, tmp_path):
    views = tmp_path / "views.txt"
    views.write_text(
        "# the briefing pack\n"
        "http://127.0.0.1:8501/?pair=AZE-CHN\n"
        "?pair=AZE-JPN&indicator=aid&title=Japan%27s+aid\n"
        "pair=AZE-CHN&pair=AZE-JPN&indicator=investment\n"
    )
    out = tmp_path / "pack"
    done = run_cli("export", "--views", str(views), "--view", "pair=AZE-WLD", "--size", "square", "--data", str(fixture_dir),
                   "--out", str(out))
    assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == ["AZE-CHN_AZE-JPN_investment_square.png", "AZE-CHN_trade_turnover_square.png",
                     "AZE-JPN_aid_square.png", "AZE-WLD_trade_turnover_square.png"]
    assert png_info((out / "AZE-JPN_aid_square.png").read_bytes())[2]["Title"] == "Japan's aid"
    assert all(png_info((out / f).read_bytes())[:2] == (1080, 1080) for f in files)
    assert "4 image(s) written, 0 not;" in done.stdout and "s per image" in done.stdout


def test_without_chromium_one_line_says_what_to_install(fixture_dir, tmp_path):
    done = run_cli("export", "--pair", "AZE-CHN", "--data", str(fixture_dir), "--out", str(tmp_path / "x.png"),
                   env={"BROWSER_PATH": str(tmp_path / "no-chromium-here")})
    assert done.returncode == 3
    assert done.stderr.strip() == export.CHROMIUM_MISSING
    assert "Traceback" not in done.stderr and not (tmp_path / "x.png").exists()


def test_data_downloads_carry_citations_and_methods(tables):
    cd = cd_of(tables, pairs=("AZE-CHN",))
    table, sources = export.data_files(cd)
    csv = pd.read_csv(io.BytesIO(export.table_csv(table)))
    derived = csv[csv["status"] == "derived (computed here)"]
    assert len(derived) == 1 and derived["method"].str.contains("not stated in the article").all()
    assert set(csv["source no."]) == {1, 2}
    book = openpyxl.load_workbook(io.BytesIO(export.table_xlsx(table, cd.text, sources)))
    rows = list(book["figures"].values)
    assert rows[0][:3] == ("series", "period", "value")
    listed = list(book["sources"].values)
    assert listed[0][:4] == ("no.", "headline", "outlet", "date") and [r[2] for r in listed[1:]] == ["Fixture Daily", "Trend"]
    about = {r[0]: r[1] for r in book["about"].values}
    assert about["Source"] == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    assert about["Credit"].startswith("Compiled from news reports")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_no_csv_cell_can_run_as_a_formula(start):
    """OWASP's rule: a leading apostrophe on any text starting with = + - @ tab or CR; the text
    stays readable."""
    text = f"{start}HYPERLINK(\"http://x\") - Trade rose"
    table = pd.DataFrame({"quote": [text, "plain"], "amount": [-2.5, 1.0]})
    back = pd.read_csv(io.BytesIO(export.table_csv(table)), keep_default_na=False)
    assert back["quote"][0] == "'" + text
    assert back["quote"][1] == "plain" and list(back["amount"]) == [-2.5, 1.0]
    assert safe.cell(text).startswith("'")


def test_excel_keeps_formula_like_text_as_text():
    table = pd.DataFrame({"quote": ["=1+1", "- Trade rose"]})
    book = openpyxl.load_workbook(io.BytesIO(export.table_xlsx(table, chartdata.ChartText("t", "s", "src", "alt"))))
    cells = [c for (c,) in book["figures"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["=1+1", "- Trade rose"] and all(c.data_type == "s" for c in cells)


def test_a_byline_is_in_the_link_the_flags_the_sidebar_and_the_credit_line(tables, fixture_env, tmp_path):
    """Who prepared the chart, when they say so: in its credit line on every image, in its link,
    from the command line and from the sidebar's words."""
    from dashboard.read import view_links
    from tests.app.apptest import run, texts

    parsed = view_links.parse({"pair": ["AZE-CHN"], "byline": ["Amina K., trade desk"]}, ("AZE-CHN",))
    assert parsed.view.byline == "Amina K., trade desk" and not parsed.problems
    assert ("byline", "Amina K., trade desk") in view_links.to_params(parsed.view)
    cd = chartdata.chart_data(tables.figures, parsed.view)
    assert "Prepared by Amina K., trade desk." in cd.text.credit
    assert "Prepared by" not in cd_of(tables, pairs=("AZE-CHN",)).text.credit
    out = tmp_path / "chart.svg"
    assert cli.main(["export", "--pair", "AZE-CHN", "--byline", "Amina K.", "--data", str(fixture_env), "--out", str(out)]) == 0
    assert "Prepared by Amina K." in svg_words(out.read_text())
    at = run(pair="AZE-CHN", byline="Amina K.")
    assert at.text_input(key="byline").value == "Amina K."
    assert any(c.startswith("Prepared by Amina K. Compiled from news reports") for c in texts(at, "caption"))
