"""Every page and control of the app, on the fixture tables (AppTest)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.contract.values import value_text
from tests.app.apptest import chart, decode, drawn_as_totals, plotly_specs, plotted_values, run, source_line, texts, unescape
from tests.app.fixtures import FIXTURE_ID

pytestmark = pytest.mark.usefixtures("fixture_env")


def expected(figs: pd.DataFrame, pair: str, indicator: str = "trade_turnover", unit: str = "USD", **eq) -> list[float]:
    """The level figures of a pair in the parquet, straight from the file (parts of totals are
    not drawn as totals beside a whole of their own flow)."""
    a, b = pair.split("-")
    f = figs[(figs.country_a == a) & (figs.country_b == b) & (figs.indicator == indicator) & (figs.kind == "level")]
    f = drawn_as_totals(f[f.year.notna() & (f.unit == unit)], figs)
    for column, value in eq.items():
        f = f[f[column] == value]
    return sorted(f.value)


def title(at) -> str:
    return unescape(at.title[0].value)


def test_explore_defaults_to_the_pair_with_most_figures(fixture_figures):
    at = run()
    assert at.sidebar.multiselect(key="pair").value == ["AZE-CHN"]
    assert title(at) == "Trade turnover: Azerbaijan–China"
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN")
    assert source_line(at) == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    assert any(c.startswith("Compiled from news reports by Trade figures from the news") for c in texts(at, "caption"))


def test_sources_differ_and_growth_check_are_said(fixture_figures):
    at = run(pair="AZE-CHN")
    warnings = texts(at, "warning")
    assert len(warnings) == 1 and "Sources differ on Azerbaijan–China 2024" in warnings[0]
    assert "approximately $3.7 bn (Trend, 16 Apr 2025)" in warnings[0] and "$3.9 bn (Fixture Daily, 1 Feb 2025)" in warnings[0]
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
    derived = table[table["status"] == "derived (computed here)"]
    assert derived["method"].str.contains("implied by approximately \\$3.7 bn in 2024").all()


def test_several_pairs_on_one_chart_name_each_series_in_words(fixture_figures):
    at = run(pair=["AZE-CHN", "AZE-JPN"])
    spec = chart(at)
    assert plotted_values(spec) == sorted(expected(fixture_figures, "AZE-CHN") + expected(fixture_figures, "AZE-JPN"))
    names = {t["name"] for t in spec["data"]}
    assert {"Azerbaijan–China: full year", "Azerbaijan–Japan: part of a year", "Azerbaijan–Japan: period not stated"} <= names
    assert not any("AZE" in n for n in names)


def test_exports_by_direction_in_words(fixture_figures):
    at = run(pair="AZE-JPN", indicator="exports")
    radio = at.sidebar.radio(key="direction")
    assert radio.value == "both" and radio.options == ["Both directions", "Azerbaijan → Japan", "Japan → Azerbaijan"]
    radio.set_value("ba").run()
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-JPN", "exports", flow_from="JPN")
    assert title(at) == "Exports: Japan → Azerbaijan"
    at.sidebar.radio(key="direction").set_value("ab").run()
    # Only a derived figure goes this way: drawn hollow, and said how it was made.
    (trace,) = chart(at)["data"]
    assert trace["marker"]["symbol"] == "hexagon-open" and title(at) == "Exports: Azerbaijan → Japan"
    assert any("Derived: about $18.3 m" in c and "not stated in the article" in c for c in texts(at, "caption"))


def test_indicator_control_changes_the_chart(fixture_figures):
    at = run(pair="AZE-CHN")
    at.sidebar.selectbox(key="indicator").set_value("investment").run()
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN", "investment")
    # The euro figure is not mixed in; the unit control brings it up on its own.
    at.sidebar.selectbox(key="unit").set_value("EUR").run()
    assert plotted_values(chart(at)) == expected(fixture_figures, "AZE-CHN", "investment", unit="EUR")


def test_growth_rates_name_what_grew(fixture_figures):
    at = run(pair="AZE-CHN", indicator="growth")
    f = fixture_figures
    rates = sorted(f[(f.country_b == "CHN") & (f.kind == "change") & (f.unit == "percent")].value)
    spec = chart(at)
    assert plotted_values(spec) == rates
    assert "+21% [2]" in [t for tr in spec["data"] for t in (tr.get("text") or [])]
    names = {t["name"].split(":")[0] for t in spec["data"]}
    assert {"Trade turnover, Azerbaijan–China", "Transit shipments, Azerbaijan–China", "Other flows, Azerbaijan–China"} <= names


def test_other_flows_say_what_they_measure(fixture_figures):
    at = run(pair="AZE-CHN", indicator="other")
    assert title(at) == "Transit shipments: Azerbaijan–China"
    assert "nearly $120 m" in [t for tr in chart(at)["data"] for t in (tr.get("text") or [])]


def test_a_part_is_not_drawn_as_a_rival_total(fixture_figures):
    at = run(pair="AZE-JPN", indicator="aid", years=["2020", "2020"])
    values = plotted_values(chart(at))
    assert 6.94e8 in values and 7.4e7 not in values
    assert any(c.startswith("Not drawn as totals of their own: $74 m (grants), part of $694 m (2020)") for c in texts(at, "caption"))


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
    assert "log scale" in unescape(at.caption[0].value)
    at.sidebar.radio(key="show").set_value("yoy").run()
    spec = chart(at)
    assert spec["layout"]["yaxis"]["type"] == "linear"
    (value,) = plotted_values(spec)
    assert value == pytest.approx((47.9 / 52.1 - 1) * 100)
    assert "computed from" in at.dataframe[0].value.columns
    assert title(at).endswith("year-on-year % (computed from reported levels)")


def test_pair_without_figures_says_so():
    at = run(pair="JPN-TKM")
    assert not plotly_specs(at)
    (info,) = texts(at, "info")
    assert info.startswith("No figures for Japan–Turkmenistan: 1 article(s) mention this pair")
    assert not at.dataframe


def test_clean_mode_is_the_image_with_every_word(fixture_figures):
    at = run(pair="AZE-CHN", clean="1")
    assert not at.sidebar.multiselect and not at.title and not at.dataframe and not at.get("download_button")
    spec = chart(at)
    assert plotted_values(spec) == expected(fixture_figures, "AZE-CHN")
    words = " ".join(a["text"] for a in spec["layout"]["annotations"])
    assert "Trade turnover: Azerbaijan–China" in words and "Sources: [1] Fixture Daily" in words
    assert "Compiled from news reports" in words and "US dollars" in words
    assert spec["layout"]["width"] == 1200


def test_no_camera_button_that_would_drop_the_words():
    at = run(pair="AZE-CHN")
    (element,) = at.get("plotly_chart")
    import json

    assert "toImage" in json.loads(element.proto.config)["modeBarButtonsToRemove"]


def test_editable_words_are_kept_in_the_link():
    at = run(pair="AZE-CHN", title="China: trade as reported", note="Draft")
    assert title(at) == "China: trade as reported"
    assert "Draft" in texts(at, "caption")
    at.sidebar.text_input(key="subtitle").input("Billions of dollars").run()
    assert at.query_params["subtitle"] == "Billions of dollars" and at.query_params["title"] == "China: trade as reported"


def test_table_view_and_sources_panel(fixture_figures):
    at = run(pair="AZE-WLD")
    frames = [d.value for d in at.dataframe]
    (year_table,) = [f for f in frames if "change 2022–2023" in f.columns]
    assert list(year_table.columns) == ["series", "change 2022–2023", "2022", "2023"]
    assert year_table["change 2022–2023"][0] == "−8.1% (computed)"
    (sources,) = [f for f in frames if "headline" in f.columns]
    assert list(sources["outlet"]) == ["Fixture Daily"] and list(sources["no."]) == [1]


def test_download_buttons_and_share_links():
    at = run(pair=["AZE-CHN", "AZE-JPN"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["PNG", "SVG", "Data (CSV)", "Data (Excel)"]
    (share,) = [m.value for m in at.markdown if m.value.startswith("Share this view")]
    assert "(./?pair=AZE-CHN&pair=AZE-JPN)" in share and "(./?pair=AZE-CHN&pair=AZE-JPN&clean=1)" in share


def test_without_chromium_the_page_says_what_to_install(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = run(pair="AZE-CHN")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Data (CSV)", "Data (Excel)"]
    assert any("install the Debian package `chromium`" in w for w in texts(at, "warning"))


def test_overview_page(fixture_figures):
    at = run("views/overview.py")
    table = at.dataframe[0].value.set_index("pair")
    assert table.loc["AZE-JPN", "latest turnover"] == "over $200 m (2020)"
    assert table.loc["JPN-TKM", "figures"] == 0 and table.loc["JPN-TKM", "years covered"] == "no figures"
    assert table.loc["AZE-CHN", "chart"] == "./?pair=AZE-CHN"
    bars = chart(at)
    f = fixture_figures
    latest_world = f[(f.country_b == "WLD")].sort_values("year").value.iloc[-1]
    (trace,) = bars["data"]
    assert latest_world in decode(trace["x"]) and "$47.9 bn" in trace["text"]
    assert "over $200 m (a bound)" in trace["text"]
    assert source_line(at).startswith("Sources: ")


def test_reader_shows_article_with_figures_marked_and_escaped(fixture_figures):
    at = run("views/reader.py", article=FIXTURE_ID)
    assert at.selectbox(key="article").value == FIXTURE_ID
    (page,) = [h.proto.body for h in at.get("html") if "class=\"article\"" in h.proto.body]
    assert "&lt;script&gt;" in page and "<script>" not in page and "**exports**" in page
    ours = fixture_figures[fixture_figures.article_id == FIXTURE_ID]
    assert page.count("<mark") == len(ours[["span_start", "span_end"]].drop_duplicates())
    table = at.dataframe[0].value
    assert sorted(table["figure_id"]) == sorted(ours["figure_id"])
    assert title(at) == "Fixture: <b>Azerbaijan</b>-China trade *update*"
    assert at.title[0].value != title(at)  # shown escaped: no bold, no tag


def test_reader_counts_agree_and_read_in_words(fixture_figures):
    at = run("views/reader.py", article="002_c03bd97de8f34531")
    stated = fixture_figures[(fixture_figures.article_id == "002_c03bd97de8f34531") & (fixture_figures.status != "derived")]
    picker = at.selectbox(key="article")
    assert picker.format_func(picker.value).endswith(f"({len(stated)} figures)")
    assert any(c.startswith(f"{len(stated)} figures stated, and 1 derived from them") for c in texts(at, "caption"))
    (page,) = [h.proto.body for h in at.get("html") if "class=\"article\"" in h.proto.body]
    assert "Trade turnover, Azerbaijan–Japan: nearly $70.6 m" in page and "trade_turnover" not in page
    assert "countries: Armenia, Azerbaijan, China, Japan, Pakistan" in texts(at, "caption")[0]


def test_reader_article_without_figures():
    at = run("views/reader.py", article="004_64e63cad909f863c")
    assert "No figures were extracted from this article." in texts(at, "info")
    assert "Turkmen-Japanese political consultations" in title(at)


def test_quotes_with_markup_stay_text():
    at = run(pair="AZE-CHN", indicator="exports", direction="ab")
    table = at.dataframe[0].value
    assert table["quote"].str.contains("<script>alert('x')</script>", regex=False).all()
    # Anything the page writes as Markdown is escaped: no link, emphasis or maths from an article.
    assert all("](http://evil" not in m.value for m in at.markdown)
    assert value_text(1e9, "USD") in table["value"].tolist()
