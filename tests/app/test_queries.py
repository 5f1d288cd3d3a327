"""Queries on the fixture: what a view selects, flags, checks and computes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import data_io, queries
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
    sel = queries.select(tables.figures, queries.View(pairs=("AZE-JPN",)))
    by_label = dict(zip(sel.figures["period_label"], sel.figures["period_class"].astype(str), strict=False))
    assert by_label == {"2020": "full", "Jan-Oct 2021": "partial", "2006, period not stated": "unstated"}
    assert dict(zip(sel.figures["period_label"], sel.figures["value_text"], strict=False))["2020"] == "over $200 m"
    growth = queries.select(tables.figures, queries.View(pairs=("AZE-JPN",), indicator="growth"))
    assert growth.figures.empty and growth.notes == ("1 figure without a year is not drawn (see the article reader).",)


def test_stocks_sit_at_their_as_of_date(tables):
    sel = queries.select(tables.figures, queries.View(pairs=("AZE-CHN",), indicator="investment"))
    stocks = sel.figures[sel.figures["period_class"] == "cumulative"]
    assert set(stocks["x"]) == {pd.Timestamp("2025-04-16")}
    assert set(stocks["period_label"]) == {"total to 2025"}


def test_a_second_currency_is_not_mixed_in_but_can_be_chosen(tables):
    usd = queries.select(tables.figures, queries.View(pairs=("AZE-CHN",), indicator="investment"))
    assert usd.unit == "USD" and set(usd.units) == {"USD", "EUR"}
    assert set(usd.figures["unit"]) == {"USD"} and any("EUR" in n for n in usd.notes)
    eur = queries.select(tables.figures, queries.View(pairs=("AZE-CHN",), indicator="investment", unit="EUR"))
    assert list(eur.figures["value_text"]) == ["€300 m"]


def test_sources_that_differ_are_both_kept_and_flagged(tables):
    sel = queries.select(tables.figures, queries.View(pairs=("AZE-CHN",)))
    f = sel.figures
    flagged = f[f["sources_differ"]]
    assert sorted(flagged["value"]) == [3.7e9, 3.9e9]
    assert flagged["article_id"].nunique() == 2 and flagged["differ_group"].nunique() == 1
    # The derived 2023 level is not a source: it does not "differ" from the reported one.
    assert not f[(f["status"] == "derived")]["sources_differ"].any()


@pytest.mark.parametrize(
    ("switch", "gone"),
    [("partial", {"partial"}), ("projections", {"forecast", "target"}), ("derived", {"derived"})],
)
def test_switches_remove_their_figures(tables, switch, gone):
    view = queries.View(pairs=("AZE-CHN",))
    before = queries.select(tables.figures, view).figures
    after = queries.select(tables.figures, queries.replace(view, **{switch: False})).figures
    column = "period_class" if switch == "partial" else "status"
    assert gone & set(before[column].astype(str)) == gone
    assert not gone & set(after[column].astype(str))


def test_growth_rate_checked_only_against_reported_levels(tables):
    checks = queries.growth_checks(tables.figures, ("AZE-CHN",)).set_index("figure_id")
    rate = tables.figures[(tables.figures["kind"] == "change") & (tables.figures["value"] == 21.0)]["figure_id"].item()
    assert checks.loc[rate, "verdict"] == "agree"
    assert "implied +21.3%" in checks.loc[rate, "text"]
    q1 = tables.figures[(tables.figures["kind"] == "change") & (tables.figures["value"] == 37.0)]["figure_id"].item()
    assert checks.loc[q1, "verdict"] == "unchecked"


def test_growth_check_disagrees_when_levels_say_otherwise(tables):
    f = tables.figures.copy()
    f.loc[(f["article_id"] == FIXTURE_ID) & (f["year"] == 2023) & (f["pair"] == "AZE-CHN"), "value"] = 2.5e9
    checks = queries.growth_checks(f, ("AZE-CHN",))
    assert "disagree" in set(checks["verdict"])


def test_year_on_year_uses_only_clean_full_years(tables):
    sel = queries.select(tables.figures, queries.View(pairs=("AZE-WLD",)))
    yoy, _ = queries.computed_change(sel.figures, "yoy")
    assert len(yoy) == 1 and yoy["year"].item() == 2023
    assert yoy["value"].item() == pytest.approx((47.9 / 52.1 - 1) * 100)
    index, _ = queries.computed_change(sel.figures, "index")
    assert list(index["value"].round(2)) == [100.0, round(47.9 / 52.1 * 100, 2)]
    # AZE-CHN 2024: sources differ, so no rate is computed for it rather than picking one.
    chn, notes = queries.computed_change(queries.select(tables.figures, queries.View(pairs=("AZE-CHN",))).figures, "yoy")
    assert chn.empty and any("sources differ" in n for n in notes)


def test_table_is_exactly_the_chart_figures_with_citations(tables):
    sel = queries.select(tables.figures, queries.View(pairs=("AZE-CHN", "AZE-JPN")))
    table = queries.figure_table(sel.figures)
    assert list(table["figure_id"]) == list(sel.figures["figure_id"])
    assert table["source"].str.match(r"\[\d\] ").all()
    assert "Trend, 16 Apr 2025" in set(table["source"].str[4:])


def test_source_line_numbers_several_sources(tables):
    sel = queries.select(tables.figures, queries.View(pairs=("AZE-CHN",)))
    assert queries.source_line(sel.figures) == "Sources: [1] Fixture Daily, 1 Feb 2025; [2] Trend, 16 Apr 2025"
    one = queries.select(tables.figures, queries.View(pairs=("AZE-WLD",)))
    assert queries.source_line(one.figures) == "Source: Fixture Daily, 1 Feb 2025"


def test_overview_latest_values(tables):
    ov = queries.overview(tables.figures, tables.articles).set_index("pair")
    assert ov.loc["AZE-CHN", "latest turnover"] in ("about $3.7 bn (2024)", "$3.9 bn (2024)")
    assert ov.loc["AZE-JPN", "latest turnover"] == "over $200 m (2020)"
    assert ov.loc["AZE-JPN", "latest investment"] == "JPN→AZE $7.1 bn (total to 2021)"
    assert ov.loc["JPN-TKM", "years covered"] == "no figures"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"pair": ["CHN-AZE"]}, queries.View(pairs=("AZE-CHN",))),
        ({"pair": ["AZE-CHN", "AZE-JPN"], "years": ["2020", "2025"]}, queries.View(pairs=("AZE-CHN", "AZE-JPN"), years=(2020, 2025))),
        ({"pair": ["XXX-YYY"], "indicator": ["nonsense"], "log": ["true"]}, queries.View(pairs=("AZE-CHN",), log=True)),
        ({"indicator": ["exports"], "direction": ["ba"], "partial": ["false"]}, queries.View(pairs=("AZE-CHN",), indicator="exports", direction="ba", partial=False)),
    ],
)
def test_view_from_url(params, expected):
    assert queries.view_from_params(params, ("AZE-CHN", "AZE-JPN")) == expected


def test_view_round_trips_through_url():
    view = queries.View(pairs=("AZE-CHN", "AZE-JPN"), indicator="exports", direction="ab", years=(2006, 2025), log=True, partial=False)
    params: dict[str, list[str]] = {}
    for k, v in queries.view_to_params(view):
        params.setdefault(k, []).append(v)
    assert queries.view_from_params(params, ("AZE-CHN", "AZE-JPN")) == view
