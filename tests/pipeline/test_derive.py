"""Derived figures: the rules' arithmetic, how qualifiers carry through, and when nothing is
derived (ambiguity, a reported figure already there, non-reported inputs)."""

from __future__ import annotations

import pytest

from dashboard.build.derive import OTHER_FLOW_RULE, PRIOR_LEVEL_RULE, derive_records
from dashboard.build.run import build


def fig(**overrides: object) -> dict:
    row: dict = dict(
        article_id="a", country_a="AZE", country_b="CHN", flow_from=None, flow_to=None,
        indicator="trade_turnover", kind="level", status="reported", value=3.7e9, unit="USD",
        qualifier="exact", year=2024, period="FY", quote="Level sentence.", span_start=10, span_end=22, rule="r",
    )  # fmt: skip
    row.update(overrides)
    return row


def rate(value: float = 21.0, **overrides: object) -> dict:
    return fig(**{"kind": "change", "value": value, "unit": "percent", "quote": "Rate sentence.",
                  "span_start": 30, "span_end": 33, **overrides})  # fmt: skip


def run(*rows: dict) -> list[dict]:
    return derive_records(list(rows))


def test_prior_year_level_from_growth() -> None:
    [d] = run(fig(qualifier="approx"), rate())
    assert d["value"] == round(3.7e9 / 1.21) == 3_057_851_240
    assert (d["year"], d["period"], d["status"], d["rule"], d["qualifier"]) == (2023, "FY", "derived", PRIOR_LEVEL_RULE, "approx")
    assert (d["span_start"], d["span_end"]) == (10, 22)  # the source level's span
    assert d["quote"] == "Level sentence. Rate sentence."


def test_partial_period_implies_same_period_a_year_earlier() -> None:
    [d] = run(fig(value=1e9, qualifier="over", period="Q1", year=2025), rate(37.0, period="Q1", year=2025))
    assert (d["year"], d["period"], d["qualifier"]) == (2024, "Q1", "over")
    assert d["value"] == pytest.approx(1e9 / 1.37, abs=1)


def test_fall_implies_a_higher_prior_level() -> None:
    [d] = run(fig(value=9.139e8), rate(-8.61))
    assert d["value"] == pytest.approx(1e9, rel=1e-4)


def test_same_sentence_quoted_once() -> None:
    [d] = run(fig(quote="One sentence."), rate(quote="One sentence."))
    assert d["quote"] == "One sentence."


@pytest.mark.parametrize(
    ("level_q", "rate_q", "expected"),
    [
        ("exact", "exact", "approx"),
        ("approx", "approx", "approx"),
        ("over", "exact", "over"),
        ("under", "exact", "under"),
        ("exact", "over", "under"),  # grew by more than c%: last year was lower
        ("exact", "under", "over"),
        ("under", "over", "under"),
        ("over", "over", None),  # bounds pull both ways
        ("under", "under", None),
        ("over", "approx", None),  # a bound through an approximate rate is no bound
    ],
)
def test_prior_level_qualifiers(level_q: str, rate_q: str, expected: str | None) -> None:
    derived = run(fig(qualifier=level_q), rate(qualifier=rate_q))
    assert [d["qualifier"] for d in derived] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "rows",
    [
        [fig(), rate(), rate(30.0)],  # two rates
        [fig(), fig(value=1e9), rate()],  # two levels in one currency
        [fig(), rate(2.0, unit="times")],  # only percent changes
        [fig(), rate(status="forecast")],  # only reported inputs
        [fig(status="target"), rate()],
        [fig(), rate(year=2023)],  # different year
        [fig(), rate(period="Q1")],  # different period
        [fig(), rate(article_id="b")],  # different article
        [fig(), rate(indicator="exports")],  # different indicator
        [fig(year=None), rate(year=None)],  # no year
        [fig(period="cumulative"), rate(period="cumulative")],  # a stock
        [fig(), rate(-100.0)],
    ],
    ids=["two-rates", "two-levels", "times", "forecast-rate", "target-level", "year", "period", "article",
         "indicator", "no-year", "cumulative", "minus-100"],
)
def test_no_prior_level_when_inputs_do_not_pair(rows: list[dict]) -> None:
    assert run(*rows) == []


def test_levels_in_two_currencies_each_get_a_prior() -> None:
    derived = run(fig(), fig(value=6.3e9, unit="AZN", span_start=40, span_end=50), rate())
    assert sorted(d["unit"] for d in derived) == ["AZN", "USD"]


def test_reported_figure_is_never_overwritten() -> None:
    reported_2023 = fig(article_id="other", year=2023, value=3.0e9)
    assert run(fig(), rate(), reported_2023) == []


def test_other_flow_from_turnover() -> None:
    turnover = fig(value=5e8, qualifier="approx")
    exports = fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=3.2e8, quote="Exports sentence.", span_start=50, span_end=60)
    [d] = run(turnover, exports)
    assert (d["indicator"], d["flow_from"], d["flow_to"]) == ("exports", "AZE", "CHN")
    assert (d["value"], d["qualifier"], d["rule"], d["status"]) == (1.8e8, "approx", OTHER_FLOW_RULE, "derived")
    assert (d["span_start"], d["quote"]) == (10, "Level sentence. Exports sentence.")


@pytest.mark.parametrize(
    ("turnover_q", "exports_q", "expected"),
    [("exact", "exact", "approx"), ("over", "exact", "over"), ("exact", "over", "under"), ("over", "over", None), ("under", "approx", None)],
)
def test_other_flow_qualifiers(turnover_q: str, exports_q: str, expected: str | None) -> None:
    rows = [fig(value=5e8, qualifier=turnover_q), fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=3e8, qualifier=exports_q)]
    assert [d["qualifier"] for d in run(*rows)] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "exports",
    [
        fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=5e8),  # zero left
        fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=6e8),  # negative
        fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=1e8, unit="EUR"),  # other currency
        fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=1e8, year=2023),
        fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=1e8, status="forecast"),
    ],
    ids=["zero", "negative", "currency", "year", "forecast"],
)
def test_no_other_flow(exports: dict) -> None:
    assert run(fig(value=5e8), exports) == []


def test_other_flow_not_derived_when_reported() -> None:
    rows = [
        fig(value=5e8),
        fig(indicator="exports", flow_from="CHN", flow_to="AZE", value=3e8),
        fig(article_id="b", indicator="exports", flow_from="AZE", flow_to="CHN", value=2e8),
    ]
    assert [d for d in run(*rows) if d["article_id"] == "a"] == []


def test_derived_figures_in_a_build_are_valid_and_cite_the_level(make_articles, fake) -> None:
    text = " date 2024-05-01 Turnover reached $3.7 billion, up 21 percent.\n"
    result = build(make_articles({"a": text}), extract=fake)
    assert all(r["status"] != "derived" for r in result.figures.to_pylist())
    [derived] = result.derived.to_pylist()
    body = result.articles.column("text")[0].as_py()
    assert body[derived["span_start"] : derived["span_end"]] == "$3.7 billion"
    assert (derived["year"], str(derived["period_start"]), str(derived["period_end"])) == (2023, "2023-01-01", "2023-12-31")
