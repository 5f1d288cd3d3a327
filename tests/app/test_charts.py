"""Chart building on the fixture: traces, markers, legend entries, labels, axes, escaping."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import charts, data_io, queries
from dashboard.highlight import highlighted_html
from tests.app.fixtures import FIXTURE_ID


@pytest.fixture(scope="module")
def tables(fixture_dir: Path) -> data_io.Tables:
    return data_io.read_tables(fixture_dir)


def chart(tables, **kw):
    view = queries.View(**kw)
    sel = queries.select(tables.figures, view)
    return charts.build_chart(sel.figures, view, sel.unit), sel


def test_each_period_class_and_status_has_its_own_legend_entry_and_marker(tables):
    fig, sel = chart(tables, pairs=("AZE-CHN",))
    traces = {t.name: t for t in fig.data}
    assert set(traces) == {
        "Full year", "Full year, derived", "Full year, forecast", "Full year, target",
        "Part of a year", "⚠ Sources differ",
    }
    assert traces["Full year"].marker.symbol == "circle" and traces["Full year"].mode == "lines+markers+text"
    assert traces["Part of a year"].marker.symbol == "diamond" and "lines" not in traces["Part of a year"].mode
    assert traces["Full year, derived"].marker.symbol == "circle-open"
    assert traces["Full year, forecast"].line.dash == "dash" and traces["Full year, target"].line.dash == "dot"
    plotted = sorted(v for t in fig.data if t.name != "⚠ Sources differ" for v in t.y)
    assert plotted == sorted(sel.figures["value"])


def test_labels_keep_qualifiers_and_periods(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",))
    labels = {t.name: list(t.text) for t in fig.data if t.text is not None}
    assert sorted(labels["Full year"]) == ["$3.05 bn", "$3.9 bn", "about $3.7 bn"]
    assert labels["Part of a year"] == ["over $1 bn (Q1 2025)"]


def test_time_axis_has_whole_years_and_readable_amounts(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",))
    assert fig.layout.xaxis.type == "date" and fig.layout.xaxis.tickformat == "%Y" and fig.layout.xaxis.dtick == "M12"
    assert "$10 bn" in fig.layout.yaxis.ticktext and all("." not in t or "bn" in t for t in fig.layout.yaxis.ticktext)


def test_stock_is_a_square_at_its_as_of_date(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",), indicator="investment", direction="ab")
    (stock,) = [t for t in fig.data if t.name == "Stock to date"]
    assert stock.marker.symbol == "square" and str(stock.x[0])[:10] == "2025-04-16"
    assert list(stock.text) == ["about $2.1 bn (total to 2025)"]


def test_several_pairs_get_their_own_colours(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN", "AZE-JPN"))
    colours = {t.name.split(":")[0]: t.marker.color for t in fig.data if ":" in t.name}
    assert colours["AZE–CHN"] != colours["AZE–JPN"] and set(colours.values()) <= set(charts.OKABE_ITO)


def test_log_scale(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",), log=True)
    assert fig.layout.yaxis.type == "log" and "$1 bn" in fig.layout.yaxis.ticktext


def test_hover_carries_the_escaped_quote_and_source(tables):
    fig, _ = chart(tables, pairs=("AZE-CHN",), indicator="exports")
    (trace,) = [t for t in fig.data if t.name == "Full year"]
    quote, title, outlet, when = trace.customdata[0][3:7]
    assert "&lt;script&gt;" in quote and "<script>" not in quote
    assert title == "Fixture: &lt;b&gt;Azerbaijan&lt;/b&gt;-China trade *update*"
    assert (outlet, when) == ("Fixture Daily", "1 Feb 2025")


def test_chart_text_has_unit_period_notes_and_sources(tables):
    view = queries.View(pairs=("AZE-CHN",))
    sel = queries.select(tables.figures, view)
    text = charts.chart_text(sel.figures, view, sel.unit)
    assert text.title == "Trade turnover: Azerbaijan–China"
    assert text.subtitle.startswith("US dollars; 2025: January–March;")
    assert "rings: sources differ" in text.subtitle and "hollow markers: derived, forecast, target" in text.subtitle
    assert text.source.startswith("Sources: [1] Fixture Daily")
    assert "2024: about $3.7 bn" in text.alt


def test_article_text_is_escaped_with_figures_marked(tables):
    found = tables.figures[tables.figures["article_id"] == FIXTURE_ID]
    text = tables.articles.set_index("article_id").loc[FIXTURE_ID, "text"]
    page = highlighted_html(text, found)
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert page.count("<mark") == found[["span_start", "span_end"]].drop_duplicates().shape[0]
    assert '<mark title="[1] trade_turnover $3.9 bn, 2024, reported">$3.9 billion</mark>' in page
