"""Rejected figures never reach a chart; "reviewed figures only" in the URL, the explore page's
switch and the CLI export; every chart and export says whether unreviewed figures are in it."""

from __future__ import annotations

import re

import pytest

from dashboard import cli
from dashboard.read import export
from dashboard.read import load as data_io
from tests.app.apptest import chart, plotted_values, run, texts
from tests.curation.conftest import Curated


@pytest.fixture
def app_on(curated: Curated, monkeypatch: pytest.MonkeyPatch) -> Curated:
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(curated.data))
    return curated


def test_a_rejected_figure_is_kept_in_the_table_but_never_charted(app_on: Curated) -> None:
    tables = data_io.read_tables(app_on.data)
    assert app_on.rejected["figure_id"] not in set(tables.figures["figure_id"])
    at = run(pair="AZE-CHN")
    values = plotted_values(chart(at))
    assert app_on.kept["value"] in values and app_on.rejected["value"] not in values
    (subtitle,) = [c for c in texts(at, "caption") if "reviewed by a curator" in c]
    assert re.search(r"includes \d+ of \d+ figures not reviewed by a curator", subtitle)
    assert at.checkbox(key="reviewed").value is False


def test_reviewed_only_from_the_url(app_on: Curated) -> None:
    at = run(pair="AZE-CHN", reviewed="1")
    assert plotted_values(chart(at)) == [app_on.kept["value"]]
    assert at.checkbox(key="reviewed").value is True
    assert any(c.endswith("every figure reviewed by a curator") for c in texts(at, "caption"))
    assert at.query_params["reviewed"] in ("1", "true")
    # Switched off on the page: every figure but the rejected one is back, and the URL says so.
    at.checkbox(key="reviewed").uncheck().run()
    assert len(plotted_values(chart(at))) > 1
    assert "reviewed" not in at.query_params


def test_reviewed_only_with_nothing_reviewed_says_so(app_on: Curated) -> None:
    at = run(pair="AZE-JPN", reviewed="1")
    assert not at.get("plotly_chart")
    assert any("No figure in this view has been reviewed by a curator" in i for i in texts(at, "info"))


@pytest.mark.parametrize("flag", [[], ["--reviewed"]])
def test_cli_export_reviewed_only_and_its_note(curated: Curated, tmp_path, capsys, flag: list[str]) -> None:
    export.warm_up()
    out = tmp_path / "chart.svg"
    args = ["export", "--pair", "AZE-CHN", "--data", str(curated.data), "--out", str(out), *flag]
    assert cli.main(args) == 0
    drawn = re.sub(r"<[^>]+>", "", " ".join(re.findall(r"<text[^>]*>(.*?)</text>", out.read_text())))
    if flag:
        assert "every figure reviewed by a curator" in drawn
        assert "(1200x700 svg, 1 figures)" in capsys.readouterr().out
    else:
        assert re.search(r"includes \d+ of \d+ figures not reviewed by", drawn)


def test_cli_export_reviewed_only_with_nothing_reviewed_writes_nothing(curated: Curated, tmp_path, capsys) -> None:
    out = tmp_path / "chart.png"
    assert cli.main(["export", "--pair", "AZE-JPN", "--data", str(curated.data), "--out", str(out), "--reviewed"]) == 1
    assert not out.exists()
