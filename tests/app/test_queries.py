"""The read side on the fixture: what a view selects, names, flags, checks, computes and cites."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from dashboard.read import checks, citations, selection, summary, transforms, view_links, view_options
from dashboard.read import load as data_io
from dashboard.read.viewspec import View
from tests.app.fixtures import FIXTURE_ID


@pytest.fixture(scope="module")
def tables(fixture_dir: Path) -> data_io.Tables:
    return data_io.read_tables(fixture_dir)


def test_pairs_come_from_articles_and_figures(tables):
    pairs = tables.pairs.set_index("pair")
    assert pairs.loc["JPN-TKM", "n_figures"] == 0 and pairs.loc["JPN-TKM", "n_articles"] == 1
    assert pairs.loc["AZE-WLD", "n_figures"] == 2
    assert pairs.loc["AZE-CHN", "label"].startswith("Azerbaijan–China (AZE-CHN) · ")
    assert list(tables.pairs["n_figures"]) == sorted(tables.pairs["n_figures"], reverse=True)


def test_select_keeps_period_classes_apart_and_says_what_it_left_out(tables):
    sel = selection.select(tables.figures, View(pairs=("AZE-JPN",)))
    by_label = dict(zip(sel.figures["period_label"], sel.figures["period_class"].astype(str), strict=False))
    assert by_label == {"2020": "full", "Jan-Oct 2021": "partial", "date not stated; reported 13 Mar 2006": "unstated"}
    assert dict(zip(sel.figures["period_label"], sel.figures["value_text"], strict=False))["2020"] == "over $200 m"
    growth = selection.select(tables.figures, View(pairs=("AZE-JPN",), indicator="growth"))
    assert growth.figures.empty and growth.left_out == ("1 figure without a year is not drawn (see the article reader).",)


def test_stocks_sit_at_their_as_of_date(tables):
    sel = selection.select(tables.figures, View(pairs=("AZE-CHN",), indicator="investment"))
    stocks = sel.figures[sel.figures["period_class"] == "cumulative"]
    assert set(stocks["x"]) == {pd.Timestamp("2025-04-16")}
    assert set(stocks["period_label"]) == {"total to 16 Apr 2025"}


def test_a_second_currency_is_not_mixed_in_but_can_be_chosen(tables):
    usd = selection.select(tables.figures, View(pairs=("AZE-CHN",), indicator="investment"))
    assert usd.unit == "USD" and set(usd.units) == {"USD", "EUR"}
    assert set(usd.figures["unit"]) == {"USD"} and any("EUR" in n for n in usd.left_out)
    eur = selection.select(tables.figures, View(pairs=("AZE-CHN",), indicator="investment", unit="EUR"))
    assert list(eur.figures["value_text"]) == ["€300 m"]


def test_sources_that_differ_are_both_kept_and_flagged(tables):
    sel = selection.select(tables.figures, View(pairs=("AZE-CHN",)))
    f = sel.figures
    flagged = f[f["sources_differ"]]
    assert sorted(flagged["value"]) == [3.7e9, 3.9e9]
    assert set(flagged["value_text"]) == {"approximately $3.7 bn", "$3.9 bn"}  # the outlet's own word
    assert flagged["article_id"].nunique() == 2 and flagged["differ_group"].nunique() == 1
    # The derived 2023 level is not a source: it does not "differ" from the reported one.
    assert not f[(f["status"] == "derived")]["sources_differ"].any()


@pytest.mark.parametrize(
    ("switch", "gone"),
    [("partial", {"partial"}), ("projections", {"forecast", "target"}), ("derived", {"derived"})],
)
def test_switches_remove_their_figures(tables, switch, gone):
    view = View(pairs=("AZE-CHN",))
    before = selection.select(tables.figures, view).figures
    after = selection.select(tables.figures, replace(view, **{switch: False})).figures
    column = "period_class" if switch == "partial" else "status"
    assert gone & set(before[column].astype(str)) == gone
    assert not gone & set(after[column].astype(str))


def test_growth_rate_checked_only_against_reported_levels(tables):
    found = checks.growth_checks(tables.figures, ("AZE-CHN",)).set_index("figure_id")
    rate = tables.figures[(tables.figures["kind"] == "change") & (tables.figures["value"] == 21.0)]["figure_id"].item()
    assert found.loc[rate, "verdict"] == "agree"
    assert "implied +21.3%" in found.loc[rate, "text"]
    q1 = tables.figures[(tables.figures["kind"] == "change") & (tables.figures["value"] == 37.0)]["figure_id"].item()
    assert found.loc[q1, "verdict"] == "unchecked"


def test_growth_check_disagrees_when_levels_say_otherwise(tables):
    f = tables.figures.copy()
    f.loc[(f["article_id"] == FIXTURE_ID) & (f["year"] == 2023) & (f["pair"] == "AZE-CHN"), "value"] = 2.5e9
    found = checks.growth_checks(f, ("AZE-CHN",))
    assert "disagree" in set(found["verdict"])


def test_year_on_year_uses_only_clean_full_years(tables):
    sel = selection.select(tables.figures, View(pairs=("AZE-WLD",)))
    yoy, _ = transforms.computed_change(sel.figures, "yoy")
    assert len(yoy) == 1 and yoy["year"].item() == 2023
    assert yoy["value"].item() == pytest.approx((47.9 / 52.1 - 1) * 100)
    index, _ = transforms.computed_change(sel.figures, "index")
    assert list(index["value"].round(2)) == [100.0, round(47.9 / 52.1 * 100, 2)]
    assert list(yoy["value_text"]) == ["−8.1%"] and list(index["value_text"]) == ["100", "91.9"]
    # AZE-CHN 2024: sources differ, so no rate is computed for it rather than picking one.
    chn, notes = transforms.computed_change(selection.select(tables.figures, View(pairs=("AZE-CHN",))).figures, "yoy")
    assert chn.empty and any("sources differ" in n for n in notes)


def test_computed_change_never_uses_a_derived_level(tables):
    """2023's level derived from 2024's +21% would give back +21%: the article's rate restated as
    a computation. Only reported levels are used, and the note says why the derived one is not."""
    f = tables.figures
    only_trend = f[f["article_id"] != FIXTURE_ID]  # without the fixture's reported 2023 level
    sel = selection.select(only_trend, View(pairs=("AZE-CHN",)))
    assert "derived" in set(sel.figures["status"].astype(str))
    yoy, notes = transforms.computed_change(sel.figures, "yoy")
    assert yoy.empty
    assert any("derived level(s) not used" in n for n in notes)


def test_table_is_exactly_the_chart_figures_with_citations(tables):
    sel = selection.select(tables.figures, View(pairs=("AZE-CHN", "AZE-JPN")))
    table = citations.figure_table(sel.figures)
    assert list(table["figure_id"]) == list(sel.figures["figure_id"])
    assert table["source"].str.match(r"\[\d\] ").all()
    assert (table["source"].str[1].astype(int) == table["source no."]).all()
    assert "Trend, 16 Apr 2025" in set(table["source"].str[4:])


def test_source_line_numbers_several_sources(tables):
    sel = selection.select(tables.figures, View(pairs=("AZE-CHN",)))
    assert citations.source_line(sel.figures) == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    one = selection.select(tables.figures, View(pairs=("AZE-WLD",)))
    assert citations.source_line(one.figures) == "Source: Fixture Daily, 1 Feb 2025"


def test_overview_latest_values(tables):
    ov = summary.overview(tables.figures, tables.articles).set_index("pair")
    # Two outlets differ on 2024: one is shown, the other named beside it.
    assert ov.loc["AZE-CHN", "latest turnover"] in ("approximately $3.7 bn (2024) ⚠ sources differ: also $3.9 bn (Fixture Daily)",
                                                    "$3.9 bn (2024) ⚠ sources differ: also approximately $3.7 bn (Trend)")
    assert ov.loc["AZE-JPN", "latest turnover"] == "over $200 m (2020)"
    assert ov.loc["AZE-JPN", "latest investment"] == "Japan → Azerbaijan: $7.1 bn (total to 21 Dec 2021)"
    assert ov.loc["JPN-TKM", "years covered"] == "no figures"


def test_overview_shows_each_direction_and_counts_only_stated_figures(tables):
    ov = summary.overview(tables.figures, tables.articles).set_index("pair")
    both = ov.loc["AZE-CHN", "latest investment"]
    assert both.startswith("Azerbaijan → China: approximately $2.1 bn (total to 16 Apr 2025); China → Azerbaijan:")
    f = tables.figures
    stated = f[(f["pair"] == "AZE-JPN") & (f["status"] != "derived")]
    assert ov.loc["AZE-JPN", "figures"] == len(stated) < len(f[f["pair"] == "AZE-JPN"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"pair": ["CHN-AZE"]}, View(pairs=("AZE-CHN",))),
        ({"pair": ["AZE-CHN", "AZE-JPN"], "years": ["2020", "2025"]}, View(pairs=("AZE-CHN", "AZE-JPN"), years=(2020, 2025))),
        ({"pair": ["XXX-YYY"], "indicator": ["nonsense"], "log": ["true"]}, View(pairs=("AZE-CHN",), log=True)),
        ({"indicator": ["exports"], "direction": ["ba"], "partial": ["false"]},
         View(pairs=("AZE-CHN",), indicator="exports", direction="ba", partial=False)),
    ],
)
def test_view_from_url(params, expected):
    assert view_links.parse(params, ("AZE-CHN", "AZE-JPN")).view == expected


def test_view_round_trips_through_url():
    view = View(pairs=("AZE-CHN", "AZE-JPN"), indicator="exports", direction="ab", years=(2006, 2025), log=True, partial=False,
                title="Trade & *more*", note="a note", size="square")
    params: dict[str, list[str]] = {}
    for k, v in view_links.to_params(view):
        params.setdefault(k, []).append(v)
    assert view_links.parse(params, ("AZE-CHN", "AZE-JPN")).view == view
    assert view_links.parse_link("http://h/?" + view_links.query(view), ("AZE-CHN", "AZE-JPN")).view == view


def test_every_view_field_has_one_option():
    assert view_options.option_fields() == {o.attr for o in view_options.OPTIONS}
    assert len({o.key for o in view_options.OPTIONS}) == len(view_options.OPTIONS)


@pytest.mark.parametrize(
    ("params", "said"),
    [
        ({"indicator": ["growth"], "show": ["yoy"]}, "Show: computed changes apply to amounts"),
        ({"indicator": ["exports"], "show": ["yoy"], "log": ["true"]}, "Log scale: a log scale applies to amounts as reported"),
        ({"indicator": ["trade_turnover"], "direction": ["ab"]}, "Direction: a direction applies to exports, investment and aid"),
        ({"years": ["2040", "2050"]}, "Years: no figures in 2040–2050"),
        ({"years": ["1990", "2024"]}, "Years: the figures run from 2006 to 2030; showing 2006–2024"),
        ({"pair": ["AZE-XXX", "nonsense"]}, "Not a country pair with articles, ignored: “AZE-XXX”, “nonsense”"),
        ({"bogus": ["1"]}, "Unknown link parameter(s) ignored: “bogus”"),
        ({"title": ["x" * 500]}, "Title: longer than 200 characters, cut"),
    ],
)
def test_a_link_says_what_it_ignored(tables, params, said):
    parsed = view_links.parse(params, tables.pair_codes, tables.year_span)
    assert any(p.startswith(said) for p in parsed.problems), parsed.problems
    assert parsed.view.pairs  # a drawable view all the same


def test_an_empty_view_names_the_indicators_that_would_draw_the_pairs_figures():
    # A pair whose only "other" figure is a rate: growth rates draw it, "other flows" (levels) does not.
    figures = pd.DataFrame({
        "indicator": ["other", "trade_turnover", "trade_turnover", "investment"],
        "kind": ["change", "level", "change", "level"],
    })
    assert selection.indicators_drawing(figures) == ["trade_turnover", "investment", "growth"]
    assert selection.indicators_drawing(figures.iloc[[0]]) == ["growth"]
    assert selection.indicators_drawing(figures.iloc[[1, 3]]) == ["trade_turnover", "investment"]
