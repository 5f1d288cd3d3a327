"""Issue 20's friction: the review page's words, the Table tab's change column, the reader's
first article, the command line's --unit."""

from __future__ import annotations

import pandas as pd

from dashboard import paths
from dashboard.curation import review
from dashboard.read import chartdata, transforms
from dashboard.read import load as data_io
from dashboard.read.viewspec import View
from dashboard.views.review import figure_line, quoted
from tests.app.apptest import run, unescape


def test_review_card_keeps_its_spaces_and_shows_no_asterisks():
    assert "investment JPN → AZE" in figure_line({"value_text": "$7.1 bn", "indicator": "investment", "flow_from": "JPN",
                                                  "flow_to": "AZE", "pair": "AZE-JPN", "period_label": "2021", "status": "reported"})
    assert quoted("exceeded ", "$200 million", " and") == "<blockquote>exceeded <b>$200 million</b> and</blockquote>"


def test_both_countries_named_give_the_pair():
    """"Azerbaijani-Japanese trade": both countries named (partner, partner), so no "no words gave the pair"."""
    figures = pd.read_parquet(paths.ROOT / "data" / "figures.parquet")
    moment = figures[figures["quote"].str.contains("At the moment") & (figures["indicator"] == "trade_turnover")]
    (why,) = review.weak_evidence(moment)
    assert "no words gave the pair" not in why
    one_side = moment.assign(evidence='[["indicator",1,2,"trigger:turnover"],["partner",3,4,"role:actor"],["period",5,6,"time:period"]]')
    assert "no words gave the pair" in review.weak_evidence(one_side)[0]


def test_table_never_says_change_0_0():
    tables = data_io.read_tables()
    cd = chartdata.chart_data(tables.figures, View(pairs=("AZE-CHN",), indicator="investment"))  # stocks only
    table = transforms.year_table(cd.figures, None, levels=True)
    assert "change 0–0" not in table.columns and "change between two years" in table.columns
    assert set(table["change between two years"]) == {"needs reported full-year levels in two years"}


def test_reader_opens_on_an_article_with_figures(monkeypatch):
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(paths.ROOT / "data"))
    at = run("views/reader.py")
    assert at.selectbox(key="article").value == "003_5ad79ced52076874"  # the newest with figures, not News.Az's (none)
    assert not any("No figures were extracted" in str(i.value) for i in at.info)


def test_an_empty_view_sends_the_reader_where_the_pairs_figures_are(monkeypatch):
    """The seeds' only other flow of Azerbaijan-China is a growth rate: the empty "Other flows"
    view says growth rates hold it, and does not name the view it is in as having figures."""
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(paths.ROOT / "data"))
    at = run(pair="AZE-CHN", indicator="other")
    (message,) = [unescape(str(i.value)) for i in at.info if "with these settings" in str(i.value)]
    assert message.startswith("No other flows figures for Azerbaijan")
    found = message.split("This pair has figures for:")[1]
    assert "growth rates (reported)" in found and "other flows" not in found and "trade turnover" in found
