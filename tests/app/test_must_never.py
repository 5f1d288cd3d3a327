"""What a pasted image must never do (issue 7), each checked in the exported image itself: the
words drawn in the SVG a briefer would paste, on the fixture tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.read import chart_axes, chart_image, chart_labels, chart_style, chartdata, export
from dashboard.read import load as data_io
from dashboard.read.viewspec import View
from tests.app.test_export import png_info, svg_words


@pytest.fixture(scope="module")
def tables(fixture_dir: Path) -> data_io.Tables:
    export.warm_up()
    return data_io.read_tables(fixture_dir)


def image(tables, size: str = "report", **kw) -> tuple[str, chartdata.ChartData]:
    cd = chartdata.chart_data(tables.figures, View(**kw), today=date(2026, 1, 2))
    svg = export.export_chart(cd, size, "svg").data.decode("utf-8")
    return svg_words(svg), cd


def test_1_never_loses_whose_figure_it_is(tables):
    # Two pairs, one direction, and only one of them has a figure that way.
    words, cd = image(tables, pairs=("AZE-JPN", "AZE-CHN"), indicator="investment", direction="ab")
    assert cd.text.title == "Investment: Azerbaijan → China"
    assert "Investment: Azerbaijan → China" in words
    assert "No investment figures for Azerbaijan–Japan with these settings." in words
    # A single pair's investment still names its direction, though only one exists.
    words, cd = image(tables, pairs=("AZE-JPN",), indicator="investment")
    assert cd.text.title == "Investment: Japan → Azerbaijan" and "Japan → Azerbaijan" in words
    # Both directions: every legend entry names its own.
    words, _ = image(tables, pairs=("AZE-CHN",), indicator="investment")
    assert "Azerbaijan → China" in words and "China → Azerbaijan" in words
    assert "first" not in words and "AZE" not in words.replace("AZE-", "")


def test_2_never_hides_a_log_scale(tables):
    words, cd = image(tables, pairs=("AZE-CHN",), log=True, years=(2023, 2024), projections=False)
    assert words.count("log scale") >= 2  # in the subtitle and on the axis
    fig = chart_image.image_figure(cd, "report")
    assert fig.layout.yaxis.type == "log" and len(fig.layout.yaxis.tickvals) >= 4


def test_3_never_passes_a_derived_number_off_as_the_outlets(tables):
    words, cd = image(tables, pairs=("AZE-JPN",), indicator="exports", direction="ab")
    assert cd.text.title == "Exports: Azerbaijan → Japan"
    assert "Derived: about $18.3 m" in words and "not stated in the article" in words
    assert "implied by trade turnover of nearly $70.6 m less Japan → Azerbaijan exports of $52.3 m" in words
    words, _ = image(tables, pairs=("AZE-CHN",), years=(2023, 2024))
    assert "about $3.1 bn" in words and "$3.7 bn ÷ 1.21" in words  # rounded to its inputs' two figures
    assert "about $3.06 bn" not in words


def test_4_never_draws_a_part_as_a_rival_total(tables):
    words, cd = image(tables, pairs=("AZE-JPN",), indicator="aid", years=(2020, 2020))
    assert 7.4e7 not in set(cd.figures["value"]) and 6.94e8 in set(cd.figures["value"])
    assert "Not drawn as totals of their own: $74 m (grants), part of $694 m (2020)" in words


def test_5_never_labels_a_flow_by_a_catch_all(tables):
    words, cd = image(tables, pairs=("AZE-CHN",), indicator="other")
    assert cd.text.title == "Transit shipments: Azerbaijan–China" and "Transit shipments" in words
    assert "Other flows" not in words
    growth, _ = image(tables, pairs=("AZE-CHN",), indicator="growth")
    assert "Transit shipments, Azerbaijan–China" in growth
    # Without a measure there is nothing better to say than the catch-all, and it is said.
    f = tables.figures.assign(measure=None)
    bare = chartdata.chart_data(f, View(pairs=("AZE-CHN",), indicator="other"))
    assert bare.text.title == "Other flows: Azerbaijan–China"


def test_6_never_overlaps_labels_or_cuts_its_title(tables):
    for size in export.SIZES:
        cd = chartdata.chart_data(tables.figures, View(pairs=("AZE-CHN", "AZE-JPN", "AZE-WLD")))
        fig = chart_image.image_figure(cd, size)
        header = [a for a in fig.layout.annotations if a.yshift and a.yshift > 0]
        width = export.SIZES[size][0]
        # Every header line fits the image's width at the font's width.
        assert all(len(a.text) * a.font.size * chart_image._PROSE_WIDTH <= width * 0.95 for a in header)
        assert "".join(a.text for a in header).startswith("Trade turnover: Azerbaijan–China vs")
        # Labels: the boxes of the labels drawn never cover each other.
        assert not overlapping_labels(fig), size
        x0, x1 = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
        # The axis holds the data's whole years and stops a little past them, never a year more.
        first = pd.Timestamp(f"{cd.figures['x'].min().year}-01-01")
        last = pd.Timestamp(f"{cd.figures['x'].max().year + 1}-01-01")
        pad = max(pd.Timedelta(days=21), (last - first) * 0.04)
        assert first - pad < x0 < first and last < x1 < last + pad and pad < pd.Timedelta(days=366)


def overlapping_labels(fig) -> list[tuple[str, str]]:
    m = fig.layout.margin
    canvas = chart_style.Canvas(width=fig.layout.width - m.l - m.r, height=fig.layout.height - m.t - m.b)
    boxes = []
    for trace in fig.data:
        if trace.text is None:
            continue
        frame = pd.DataFrame({"x": pd.to_datetime(list(trace.x)), "value": list(trace.y)})
        xs, ys = chart_axes.to_px(frame, fig.layout.xaxis.to_plotly_json(), fig.layout.yaxis.to_plotly_json(), canvas)
        font = trace.textfont.size
        for x, y, text, position in zip(xs, ys, trace.text, trace.textposition, strict=False):
            if text:
                w, h = len(text) * font * chart_style.CHAR_WIDTH, font * 1.3
                boxes.append((text, chart_labels._box(x, y, w, h, trace.marker.size / 2 + 3, position)))
    return [(a, b) for i, (a, box) in enumerate(boxes) for b, other in boxes[i + 1 :] if chart_labels._overlaps(box, other)]


def test_7_never_restates_a_rate_as_a_computation(tables):
    f = tables.figures
    trend_only = f[~f["article_id"].str.startswith("900")]
    cd = chartdata.chart_data(trend_only, View(pairs=("AZE-CHN",), transform="yoy"))
    assert cd.empty  # 2023 exists only as a level derived from 2024's +21%
    assert any("derived level(s) not used" in n for n in cd.text.notes)


def test_8_never_comes_without_a_title(tables, fixture_dir, tmp_path):
    for size in export.SIZES:
        png = export.export_chart(chartdata.chart_data(tables.figures, View(pairs=("AZE-WLD",))), size, "png").data
        assert png_info(png)[2]["Title"] == "Trade turnover: Azerbaijan–World"
    words, _ = image(tables, pairs=("AZE-WLD",))
    assert words.startswith("Trade turnover: Azerbaijan–World") or "Trade turnover: Azerbaijan–World" in words[:200]
    assert "Source: Fixture Daily, 1 Feb 2025" in words and "Compiled from news reports" in words
