"""The app on the repository's data/ (the pipeline's output): the numbers shown are its figures."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard import paths
from tests.app.apptest import chart, drawn_as_totals, plotly_specs, plotted_values, run, source_line

DATA = paths.ROOT / "data"


@pytest.fixture(scope="module")
def data() -> tuple[pd.DataFrame, pd.DataFrame]:
    figures = pd.read_parquet(DATA / "figures.parquet")
    if (DATA / "derived.parquet").exists():  # figures the pipeline computed from others; drawn hollow
        figures = pd.concat([figures, pd.read_parquet(DATA / "derived.parquet")], ignore_index=True)
    return figures, pd.read_parquet(DATA / "articles.parquet")


@pytest.fixture(autouse=True)
def on_repository_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(DATA))


def level_pairs(figs: pd.DataFrame) -> list[tuple[str, str]]:
    f = figs[(figs.kind == "level") & figs.year.notna() & (figs.indicator != "other")]
    return sorted({(f"{a}-{b}", i) for a, b, i in zip(f.country_a, f.country_b, f.indicator, strict=False)})


def test_every_pair_and_indicator_shows_its_figures(data):
    figs, _ = data
    cases = level_pairs(figs)
    assert cases, "data/ has no dated level figures"
    for pair, indicator in cases:
        at = run(pair=pair, indicator=indicator)
        a, b = pair.split("-")
        f = figs[(figs.country_a == a) & (figs.country_b == b) & (figs.indicator == indicator) & (figs.kind == "level") & figs.year.notna()]
        f = drawn_as_totals(f, figs)  # a part of a total of its own flow is left off, and a note says so
        main_unit = "USD" if (f.unit == "USD").any() else f.unit.mode()[0]
        assert plotted_values(chart(at)) == sorted(f[f.unit == main_unit].value), (pair, indicator)
        outlets = set(f.merge(data[1], on="article_id").outlet.dropna())
        assert all(o in source_line(at) for o in outlets)


def test_growth_rates_are_the_reported_ones(data):
    figs, _ = data
    for pair in sorted({f"{a}-{b}" for a, b in zip(figs.country_a, figs.country_b, strict=False)}):
        a, b = pair.split("-")
        f = figs[(figs.country_a == a) & (figs.country_b == b) & (figs.kind == "change") & figs.year.notna()]
        at = run(pair=pair, indicator="growth")
        if f.empty:
            assert not plotly_specs(at)
            continue
        unit = "percent" if (f.unit == "percent").any() else f.unit.iloc[0]
        assert plotted_values(chart(at)) == sorted(f[f.unit == unit].value)


def test_overview_lists_every_pair_with_articles(data):
    figs, arts = data
    at = run("views/overview.py")
    table = at.dataframe[0].value.set_index("pair")
    stated = figs[figs.status != "derived"]  # counts are of what the articles state
    for pair, n in (stated.country_a + "-" + stated.country_b).value_counts().items():
        assert table.loc[pair, "figures"] == n
    for countries in arts.countries:
        if len(countries) == 2:
            assert "-".join(sorted(countries)) in table.index


def test_reader_marks_each_article_figures(data):
    figs, arts = data
    for article_id in arts.article_id:
        at = run("views/reader.py", article=article_id)
        (page,) = [h.proto.body for h in at.get("html") if "class=\"article\"" in h.proto.body]
        ours = figs[figs.article_id == article_id]
        assert page.count("<mark") == len(ours[["span_start", "span_end"]].drop_duplicates())
        if len(ours):
            assert sorted(at.dataframe[0].value["figure_id"]) == sorted(ours.figure_id)


def test_reader_says_why_each_figure_reads_as_it_does(data):
    """The reader's table names the words behind each figure's pair, direction and period."""
    figs, arts = data
    stated = figs[(figs.status != "derived") & figs.evidence.notna()]
    article_id = stated.article_id.value_counts().index[0]
    text = arts.set_index("article_id").loc[article_id, "text"]
    at = run("views/reader.py", article=article_id)
    table = at.dataframe[0].value.set_index("figure_id")
    for row in stated[stated.article_id == article_id].itertuples():
        why = table.loc[row.figure_id, "why"]
        trigger = next(e for e in json.loads(row.evidence) if e[0] == "indicator")
        assert f"what “{' '.join(text[trigger[1]:trigger[2]].split())}”" in why, why
