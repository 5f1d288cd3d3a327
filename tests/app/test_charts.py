"""The chart path on the fixture: traces, markers, legend entries, labels, axes, the words around
a chart, and escaping."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.guard import safe
from dashboard.read import chart_labels, chart_overview, chart_style, chart_traces, chartdata
from dashboard.read import load as data_io
from dashboard.read.highlight import highlighted_html
from dashboard.read.viewspec import View
from tests.app.fixtures import FIXTURE_ID


@pytest.fixture(scope="module")
def tables(fixture_dir: Path) -> data_io.Tables:
    return data_io.read_tables(fixture_dir)


def data(tables, **kw) -> chartdata.ChartData:
    return chartdata.chart_data(tables.figures, View(**kw), today=date(2026, 1, 2))


def chart(tables, **kw):
    cd = data(tables, **kw)
    return chart_traces.build_chart(cd), cd


def test_each_period_class_and_status_has_its_own_legend_entry_and_marker(tables):
    fig, cd = chart(tables, pairs=("AZE-CHN",))
    traces = {t.name: t for t in fig.data if not t.name.endswith("period covered")}
    assert set(traces) == {
        "Full year", "Full year, derived", "Full year, forecast", "Full year, target",
        "Part of a year", "A bound, at least (“over”)", "⚠ Sources differ",
    }
    assert traces["Full year"].marker.symbol == "circle" and traces["Full year"].mode == "lines+markers+text"
    # The part-year figure is a bound ("over $1 bn"): a triangle, and its legend entry the
    # period's own diamond.
    assert traces["Part of a year"].marker.symbol == "triangle-up" and "lines" not in traces["Part of a year"].mode
    assert [t.marker.symbol for t in fig.data if t.name == "Part of a year" and t.showlegend is not False] == ["diamond"]
    assert traces["Full year, derived"].marker.symbol == "circle-open"
    assert traces["Full year, forecast"].line.dash == "dash" and traces["Full year, target"].line.dash == "dot"
    plotted = sorted(v for t in fig.data if t.name != "⚠ Sources differ" and t.x[0] is not None
                     and not t.name.endswith("period covered") for v in t.y)
    assert plotted == sorted(cd.figures["value"])


def test_labels_keep_the_outlets_words_periods_and_source_numbers(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",))
    labels = {t.name: [x for x in t.text if x] for t in fig.data if t.text is not None}
    assert sorted(labels["Full year"]) == ["$3.05 bn [1]", "$3.9 bn [1]", "approximately $3.7 bn [2]"]
    assert labels["Part of a year"] == ["over $1 bn (Q1 2025) [2]"]


def test_labels_never_overlap():
    """Two sources on one point, as on a sources-differ chart: the second label goes elsewhere."""
    canvas = chart_style.Canvas(width=600, height=300, font=14)
    points = [(300, 150, "$3.9 bn [1]", "top"), (300, 152, "approximately $3.7 bn [2]", "top"), (310, 150, "x", "top")]
    placed = chart_labels.place_labels(points, canvas)
    assert None not in placed[:2] and placed[0] != placed[1]
    boxes = [chart_labels._box(x, y, len(t) * 14 * chart_style.CHAR_WIDTH, 14 * 1.3, 10, p) for (x, y, t, _), p in zip(points, placed, strict=False) if p]
    assert not any(chart_labels._overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_time_axis_has_whole_years_and_ends_near_the_data(tables):
    fig, _ = chart(tables, pairs=("AZE-WLD",))
    axis = fig.layout.xaxis
    assert axis.type == "date" and axis.tickformat == "%Y" and axis.dtick == "M12" and axis.tickangle == 0
    start, end = (pd.Timestamp(v) for v in axis.range)
    # Whole years, with a little room: each year's label over the whole of its year.
    assert pd.Timestamp("2021-12-01") < start < pd.Timestamp("2022-01-01") < pd.Timestamp("2024-01-01") < end < pd.Timestamp("2024-02-01")


def test_readable_amounts_and_unit_on_the_axis(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",))
    assert "$10 bn" in fig.layout.yaxis.ticktext and all("." not in t or "bn" in t for t in fig.layout.yaxis.ticktext)
    assert fig.layout.yaxis.title.text == "US dollars"


def test_stock_is_a_square_at_its_as_of_date(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",), indicator="investment", direction="ab")
    (stock,) = [t for t in fig.data if t.name == "Stock to date"]
    assert stock.marker.symbol == "square" and str(stock.x[0])[:10] == "2025-04-16"
    assert list(stock.text) == ["approximately $2.1 bn (total to 16 Apr 2025)"]


def test_several_pairs_get_their_own_colours_and_names_in_words(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN", "AZE-JPN"))
    colours = {t.name.split(":")[0]: t.marker.color for t in fig.data if ":" in t.name}
    assert colours["Azerbaijan–China"] != colours["Azerbaijan–Japan"] and set(colours.values()) <= set(chart_style.OKABE_ITO)


def test_log_scale_is_said_and_has_enough_ticks(tables):
    fig, cd = chart(tables, pairs=("AZE-CHN",), log=True)
    assert fig.layout.yaxis.type == "log" and "$1 bn" in fig.layout.yaxis.ticktext
    assert len(fig.layout.yaxis.tickvals) >= 4
    assert fig.layout.yaxis.title.text == "US dollars, log scale"
    assert cd.text.subtitle.startswith("US dollars, log scale")
    narrow = data(tables, pairs=("AZE-CHN",), log=True, years=(2023, 2024), projections=False)
    ticks = chart_traces.draw(narrow, chart_style.Canvas()).layout.yaxis.tickvals
    assert len(ticks) >= 4, ticks  # $3.05 bn to $3.9 bn: a 1-2-5 log axis would have two ticks
    own = data(tables, pairs=("AZE-CHN",), log=True, subtitle="My words")
    assert own.text.subtitle == "My words (log scale)"


def test_hover_carries_the_escaped_quote_source_and_method(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",), indicator="exports")
    (trace,) = [t for t in fig.data if t.name == "Full year"]
    quote, title, outlet, when = trace.customdata[0][3:7]
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in quote and "<script>" not in quote and "&quot;" not in quote
    assert title == "Fixture: &lt;b&gt;Azerbaijan&lt;/b&gt;-China trade *update*"
    assert (outlet, when) == ("Fixture Daily", "1 Feb 2025")
    fig, _ = chart(tables, pairs=("AZE-CHN",))
    (derived,) = [t for t in fig.data if t.name == "Full year, derived"]
    assert "implied by approximately $3.7 bn in 2024 and its reported growth of +21%" in derived.customdata[0][10].replace("<br>", " ")


def test_chart_text_has_unit_period_notes_sources_and_credit(tables):
    cd = data(tables, pairs=("AZE-CHN",))
    assert cd.text.title == "Trade turnover: Azerbaijan–China"
    assert cd.text.subtitle.startswith("US dollars; Q1 2025: January–March; diamonds: part of a year;")
    assert "rings: sources differ" in cd.text.subtitle and "hollow markers: derived (computed here), forecast, target" in cd.text.subtitle
    assert cd.text.source == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    assert cd.text.credit == ("Compiled from news reports by Trade figures from the news, data as of 16 Apr 2025 (its newest "
                              "article); figures as reported by the outlets, not official statistics. View: ?pair=AZE-CHN")
    assert "2024: approximately $3.7 bn" in cd.text.alt


def test_period_note_names_the_periods_it_concerns(tables):
    f = tables.figures
    q1_2024 = f[(f["period"] == "Q1") & (f["status"] == "reported") & (f["kind"] == "level")].assign(
        year=2024, period_label="Q1 2024", figure_id="q1-2024", value=8e8)
    cd = chartdata.chart_data(pd.concat([f, q1_2024], ignore_index=True), View(pairs=("AZE-CHN",)))
    assert "Q1 2024 and Q1 2025: January–March" in cd.text.subtitle
    assert "2024, 2025" not in cd.text.subtitle


def test_user_title_subtitle_and_note(tables):
    cd = data(tables, pairs=("AZE-CHN",), title="China trade, as reported", subtitle="Mine", note="Draft for the minister")
    assert (cd.text.title, cd.text.subtitle, cd.text.notes[0]) == ("China trade, as reported", "Mine", "Draft for the minister")


def test_article_text_is_escaped_with_figures_marked_in_words(tables):
    found = tables.figures[tables.figures["article_id"] == FIXTURE_ID]
    text = tables.articles.set_index("article_id").loc[FIXTURE_ID, "text"]
    page = highlighted_html(text, found)
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert page.count("<mark") == found[["span_start", "span_end"]].drop_duplicates().shape[0]
    assert '<mark title="[1] Trade turnover, Azerbaijan–China: $3.9 bn, 2024, reported">$3.9 billion</mark>' in page
    assert "trade_turnover" not in page and "AZE" not in page.split("</style>")[1].replace("Azerbaijan", "")


def test_overview_chart_draws_a_bound_as_a_bound(tables):
    from dashboard.read import summary

    latest = summary.latest_turnover(tables.figures)
    fig = chart_overview.overview_chart(latest)
    (bars,) = fig.data
    bound = [i for i, t in enumerate(bars.text) if t.startswith("over")]
    assert bound and all(bars.marker.pattern.shape[i] == "/" for i in bound)
    assert all(bars.marker.pattern.shape[i] == "" for i in range(len(bars.text)) if i not in bound)
    assert "(a bound)" in bars.text[bound[0]] and "hatched" in fig.layout.title.text


def test_one_escaping_path_for_plotly_text():
    assert safe.plotly('He said "up" <b>') == 'He said "up" &lt;b&gt;'
