"""Every page and control of the app, on the fixture tables (AppTest)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import formatting
from tests.app.apptest import chart, plotly_specs, plotted_values, run, source_line, texts
from tests.app.fixtures import FIXTURE_ID

pytestmark = pytest.mark.usefixtures("fixture_env")


def expected(figs: pd.DataFrame, pair: str, indicator: str = "trade_turnover", unit: str = "USD", **eq) -> list[float]:
    """The level figures of a pair in the parquet, straight from the file."""
    a, b = pair.split("-")
    f = figs[(figs.country_a == a) & (figs.country_b == b) & (figs.indicator == indicator) & (figs.kind == "level")]
    f = f[f.year.notna() & (f.unit == unit)]
    for column, value in eq.items():
        f = f[f[column] == value]
    return sorted(f.value)


def test_explore_defaults_to_the_pair_with_most_figures(fixture_figures):
    at = run()
    assert at.sidebar.multiselect(key="pair").value == ["AZE-CHN"]
    assert at.title[0].value == "Trade turnover: Azerbaijan–China"
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN")
    assert source_line(at) == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"


def test_sources_differ_and_growth_check_are_said(fixture_figures):
    at = run(pair="AZE-CHN")
    warnings = texts(at, "warning")
    assert len(warnings) == 1 and "Sources differ on Trade turnover 2024" in warnings[0]
    assert "about $3.7 bn (Trend, 16 Apr 2025)" in warnings[0] and "$3.9 bn (Fixture Daily, 1 Feb 2025)" in warnings[0]
    (ok,) = texts(at, "success")
    assert ok.startswith("Check: Reported growth +21% (2024) vs reported levels about $3.7 bn (2024) and $3.05 bn (2023)")
    assert ok.endswith("so they agree.")


def test_table_under_the_chart_is_exactly_its_figures(fixture_figures):
    at = run(pair="AZE-CHN")
    table = at.dataframe[0].value
    plotted = plotted_values(chart(at))
    assert sorted(table["figure_id"]) == sorted(
        fixture_figures.loc[fixture_figures.value.isin(plotted) & (fixture_figures.country_b == "CHN") & (fixture_figures.kind == "level")
                            & (fixture_figures.indicator == "trade_turnover"), "figure_id"]
    )
    quotes = dict(zip(fixture_figures.figure_id, fixture_figures.quote, strict=False))
    assert all(quotes[i] == q for i, q in zip(table["figure_id"], table["quote"], strict=False))


def test_several_pairs_on_one_chart(fixture_figures):
    at = run(pair=["AZE-CHN", "AZE-JPN"])
    spec = chart(at)
    assert plotted_values(spec) == sorted(expected(fixture_figures, "AZE-CHN") + expected(fixture_figures, "AZE-JPN"))
    names = {t["name"] for t in spec["data"]}
    assert {"AZE–CHN: full year", "AZE–JPN: part of a year", "AZE–JPN: period not stated"} <= names


def test_exports_by_direction(fixture_figures):
    at = run(pair="AZE-JPN", indicator="exports")
    assert at.sidebar.radio(key="direction").value == "both"
    at.sidebar.radio(key="direction").set_value("ba").run()
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-JPN", "exports", flow_from="JPN")
    at.sidebar.radio(key="direction").set_value("ab").run()
    assert not plotly_specs(at) and "No exports figures" in texts(at, "info")[0]


def test_indicator_control_changes_the_chart(fixture_figures):
    at = run(pair="AZE-CHN")
    at.sidebar.selectbox(key="indicator").set_value("investment").run()
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN", "investment")
    # The euro figure is not mixed in; the unit control brings it up on its own.
    at.sidebar.selectbox(key="unit").set_value("EUR").run()
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN", "investment", unit="EUR")


def test_growth_rates(fixture_figures):
    at = run(pair="AZE-CHN", indicator="growth")
    f = fixture_figures
    rates = sorted(f[(f.country_b == "CHN") & (f.kind == "change") & (f.unit == "percent")].value)
    assert plotted_values(chart(at)) == rates
    assert "+21%" in [t for tr in chart(at)["data"] for t in (tr.get("text") or [])]


@pytest.mark.parametrize(
    ("key", "gone"),
    [("partial", {"Part of a year"}), ("projections", {"Full year, forecast", "Full year, target"}), ("derived", {"Full year, derived"})],
)
def test_include_switches(key, gone):
    at = run(pair="AZE-CHN")
    assert gone <= {t["name"] for t in chart(at)["data"]}
    at.sidebar.checkbox(key=key).uncheck().run()
    assert not gone & {t["name"] for t in chart(at)["data"]}
    assert any("switched off" in c for c in texts(at, "caption"))


def test_years_slider_limits_the_chart(fixture_figures):
    at = run(pair="AZE-CHN")
    at.sidebar.slider(key="years").set_value((2024, 2025)).run()
    assert plotted_values(chart(at)) == [v for v in expected(fixture_figures, "AZE-CHN") if v in (3.7e9, 3.9e9, 1e9)]


def test_years_from_the_url(fixture_figures):
    at = run(pair="AZE-CHN", years=["2023", "2024"])
    assert at.sidebar.slider(key="years").value == (2023, 2024)
    assert len(plotted_values(chart(at))) == 4


def test_log_scale_and_computed_change(fixture_figures):
    at = run(pair="AZE-WLD")
    at.sidebar.checkbox(key="log").check().run()
    assert chart(at)["layout"]["yaxis"]["type"] == "log"
    at.sidebar.radio(key="show").set_value("yoy").run()
    spec = chart(at)
    assert spec["layout"]["yaxis"]["type"] == "linear"
    (value,) = plotted_values(spec)
    assert value == pytest.approx((47.9 / 52.1 - 1) * 100)
    assert "computed from" in at.dataframe[0].value.columns


def test_pair_without_figures_says_so():
    at = run(pair="JPN-TKM")
    assert not plotly_specs(at)
    (info,) = texts(at, "info")
    assert info.startswith("No figures for Japan–Turkmenistan: 1 article(s) mention this pair")
    assert not at.dataframe


def test_clean_mode_shows_only_chart_and_source(fixture_figures):
    at = run(pair="AZE-CHN", clean="1")
    assert not at.sidebar.multiselect and not at.title and not at.dataframe and not at.get("download_button")
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN")
    assert source_line(at).startswith("Sources: [1] Fixture Daily")


def test_download_buttons_and_share_links():
    at = run(pair=["AZE-CHN", "AZE-JPN"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["PNG", "SVG", "Data (CSV)", "Data (Excel)"]
    (share,) = [m.value for m in at.markdown if m.value.startswith("Share this view")]
    assert "(./?pair=AZE-CHN&pair=AZE-JPN)" in share and "(./?pair=AZE-CHN&pair=AZE-JPN&clean=1)" in share


def test_overview_page(fixture_figures):
    at = run("views/overview.py")
    table = at.dataframe[0].value.set_index("pair")
    assert table.loc["AZE-JPN", "latest turnover"] == "over $200 m (2020)"
    assert table.loc["JPN-TKM", "figures"] == 0 and table.loc["JPN-TKM", "years covered"] == "no figures"
    assert table.loc["AZE-CHN", "chart"] == "./?pair=AZE-CHN"
    bars = chart(at)
    f = fixture_figures
    latest_world = f[(f.country_b == "WLD")].sort_values("year").value.iloc[-1]
    from tests.app.apptest import decode

    (trace,) = bars["data"]
    assert latest_world in decode(trace["x"]) and "$47.9 bn" in trace["text"]
    assert source_line(at).startswith("Sources: ")


def test_reader_shows_article_with_figures_marked_and_escaped(fixture_figures):
    at = run("views/reader.py", article=FIXTURE_ID)
    assert at.selectbox(key="article").value == FIXTURE_ID
    (page,) = [h.proto.body for h in at.get("html")]
    assert "&lt;script&gt;" in page and "<script>" not in page and "**exports**" in page
    ours = fixture_figures[fixture_figures.article_id == FIXTURE_ID]
    assert page.count("<mark") == len(ours)
    table = at.dataframe[0].value
    assert sorted(table["figure_id"]) == sorted(ours["figure_id"])
    assert at.title[0].value == "Fixture: <b>Azerbaijan</b>-China trade *update*"


def test_reader_article_without_figures():
    at = run("views/reader.py", article="004_64e63cad909f863c")
    assert "No figures were extracted from this article." in texts(at, "info")
    assert "Turkmen-Japanese political consultations" in at.title[0].value


def test_quotes_with_markup_stay_text():
    at = run(pair="AZE-CHN", indicator="exports")
    table = at.dataframe[0].value
    assert table["quote"].str.contains("<script>alert('x')</script>", regex=False).all()
    # Anything the page writes as Markdown is escaped: no link, emphasis or maths from an article.
    assert all("](http://evil" not in m.value for m in at.markdown)
    assert formatting.money(1e9, "USD") in table["value"].tolist()
