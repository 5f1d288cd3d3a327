"""Issue 23, what people see: a `check` figure awaiting review is marked on the screen's chart
and says why on hover; images and data hold only `sure` and reviewed figures unless the one
registry option (sidebar, `include-unchecked=true`, `--include-unchecked`) brings the rest back,
drawn as on screen. On the real data, Azerbaijan–Japan's turnover holds one such figure: "nearly
$70.6 m" in 2006, whose period is inferred."""

from __future__ import annotations

import argparse
import io
import re

import pandas as pd
import pytest

from dashboard import cli
from dashboard.contract.confidence import in_words
from dashboard.read import (
    by_confidence,
    chart_hover,
    chart_image,
    chart_style,
    chart_traces,
    chartdata,
    export,
    view_flags,
    view_links,
    view_options,
    viewspec,
)
from dashboard.read import load as data_io
from dashboard.read.viewspec import View
from tests.app import apptest

JPN = View(pairs=("AZE-JPN",))
INFERRED = in_words("period-inferred")


@pytest.fixture(scope="module")
def real() -> data_io.Tables:
    return data_io.read_tables()


def labels(fig) -> list[str]:
    return [x for t in fig.data if t.customdata is not None for x in (t.text or []) if x]


def test_on_screen_a_check_figure_is_marked_named_in_the_legend_and_says_why(real):
    cd = chartdata.chart_data(real.figures, JPN, screen=True)
    assert cd.unchecked_drawn and cd.awaiting_review == 1
    assert chartdata.AWAITING_WORDS in cd.text.subtitle
    fig = chart_traces.build_chart(cd)
    assert "nearly $70.6 m (as of 13 Mar 2006) [1] ?" in labels(fig)
    assert not [lab for lab in labels(fig) if lab.endswith("?") and "70.6" not in lab]  # only the check figure
    legend = [t for t in fig.data if t.name == chart_style.AWAITING_NAME and t.showlegend is not False]
    assert len(legend) == 1 and legend[0].marker.color == chart_style.AWAITING_GREY
    marks = [t for t in fig.data if t.name == chart_style.AWAITING_NAME and t.showlegend is False]
    assert [round(float(y) / 1e6, 1) for t in marks for y in t.y] == [70.6]
    assert all(t.hoverinfo == "skip" for t in marks)  # the figure's own hover answers
    hovers = {c[1]: c[11] for t in fig.data if t.customdata is not None for c in t.customdata}
    assert INFERRED.split(" (")[0] in hovers["nearly $70.6 m"].replace("<br>", " ")
    assert "Awaiting review" in hovers["nearly $70.6 m"] and hovers["over $200 m"] == ""
    assert "%{customdata[11]}" in chart_hover.HOVER


def test_images_and_data_hold_only_sure_and_reviewed_figures_and_say_what_they_left_out(real):
    cd = chartdata.chart_data(real.figures, JPN)
    assert not cd.unchecked_drawn and cd.awaiting_review == 1
    assert "nearly $70.6 m" not in set(cd.figures["value_text"]) and len(cd.figures) == 2
    assert cd.text.subtitle.startswith("US dollars; 1 figure awaiting review not shown;")
    assert chartdata.AWAITING_WORDS not in cd.text.subtitle
    fig = chart_image.image_figure(cd, "report")
    assert "1 figure awaiting review not shown" in " ".join(a.text for a in fig.layout.annotations)
    assert not [t for t in fig.data if t.name == chart_style.AWAITING_NAME]
    table, _ = export.data_files(cd)
    csv = pd.read_csv(io.BytesIO(export.table_csv(table, cd.text)), comment="#")
    assert sorted(csv["value"]) == ["$228.1 m", "over $200 m"]
    assert "# Subtitle: US dollars; 1 figure awaiting review not shown" in export.table_csv(table, cd.text).decode()
    # A person's own subtitle stays theirs; a note says what was left out.
    own = chartdata.chart_data(real.figures, viewspec.with_value(JPN, "subtitle", "Mine"))
    assert own.text.subtitle == "Mine" and "1 figure awaiting review not shown." in own.text.notes


def test_a_reviewed_check_figure_is_shown_unmarked(real):
    f = real.figures.copy()
    f["review"] = f["review"].astype(object).where(~((f["pair"] == "AZE-JPN") & (f["value"] == 7.06e7)), "confirmed")
    cd = chartdata.chart_data(f, JPN)
    assert "nearly $70.6 m" in set(cd.figures["value_text"]) and cd.awaiting_review == 0
    assert "awaiting review" not in cd.text.subtitle
    assert not [lab for lab in labels(chart_image.image_figure(cd, "report")) if lab.endswith("?")]


def test_the_switch_draws_them_as_on_screen(real):
    cd = chartdata.chart_data(real.figures, viewspec.with_value(JPN, "unchecked", True))
    screen = chartdata.chart_data(real.figures, JPN, screen=True)
    assert cd.unchecked_drawn and list(cd.figures["figure_id"]) == list(screen.figures["figure_id"])
    assert cd.text.subtitle == screen.text.subtitle
    fig = chart_image.image_figure(cd, "report")
    assert "nearly $70.6 m (as of 13 Mar 2006) [1] ?" in labels(fig)
    assert [t for t in fig.data if t.name == chart_style.AWAITING_NAME and t.showlegend is not False]
    assert chart_style.AWAITING_NAME in chart_image._legend_names(cd)


def test_one_option_gives_the_url_key_the_cli_flag_and_the_sidebar_switch():
    (option,) = [o for o in view_options.OPTIONS if o.attr == "unchecked"]
    assert option.key == "include-unchecked" and option.default is False and option.section == "include"
    parsed = view_links.parse({"include-unchecked": "true", "pair": "AZE-JPN"}, ("AZE-JPN",))
    assert parsed.view.unchecked and not parsed.problems
    assert ("include-unchecked", "true") in view_links.to_params(parsed.view)
    parser = argparse.ArgumentParser()
    view_flags.add_arguments(parser)
    assert view_flags.params_from_args(parser.parse_args(["--include-unchecked"]))["include-unchecked"] == ["true"]
    assert "include-unchecked" not in view_flags.params_from_args(parser.parse_args([]))


def test_cli_export_leaves_them_out_and_the_flag_brings_them_back(tmp_path, capsys):
    out = tmp_path / "default.svg"
    assert cli.main(["export", "--pair", "AZE-JPN", "--out", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "1 figure awaiting review not shown" in svg and "70.6" not in svg
    assert "--include-unchecked" in capsys.readouterr().err
    out = tmp_path / "all.svg"
    assert cli.main(["export", "--pair", "AZE-JPN", "--include-unchecked", "--out", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "nearly $70.6 m (as of 13 Mar 2006) [1] ?" in svg and chart_style.AWAITING_NAME in svg
    assert "awaiting review not shown" not in svg


def test_cli_export_of_a_chart_only_of_check_figures_says_why_nothing_was_written(tmp_path, capsys):
    out = tmp_path / "x.svg"
    assert cli.main(["export", "--pair", "AZE-JPN", "--indicator", "exports", "--out", str(out)]) == 1
    assert "2 figures awaiting review not shown: --include-unchecked" in capsys.readouterr().err and not out.exists()


def _texts(at) -> str:
    return " ".join(str(e.value) for kind in ("caption", "info", "warning", "markdown") for e in at.get(kind))


def test_the_explore_page_marks_them_and_says_the_downloads_leave_them_out():
    at = apptest.run(pair="AZE-JPN")
    spec = apptest.chart(at)
    assert any(t.get("name") == chart_style.AWAITING_NAME for t in spec["data"])  # on screen: drawn and marked
    assert 70.6e6 in apptest.plotted_values(spec)
    words = apptest.unescape(_texts(at))
    assert chartdata.AWAITING_WORDS in words
    assert re.search(r"Images and data hold only sure and reviewed figures: 1 figure awaiting review not shown", words)
    switch = at.checkbox(key="include-unchecked")
    assert switch.label == view_options.BY_KEY["include-unchecked"].label and switch.value is False
    at = switch.check().run()
    assert not at.exception
    assert at.query_params.get("include-unchecked") in ("true", ["true"])
    words = apptest.unescape(_texts(at))
    assert "The images and data hold the 1 figure awaiting review, marked as on the chart" in words


def test_the_clean_view_is_an_image_so_leaves_them_out_unless_asked():
    at = apptest.run(pair="AZE-JPN", clean="1")
    spec = apptest.chart(at)
    assert not any(t.get("name") == chart_style.AWAITING_NAME for t in spec["data"])
    assert any("1 figure awaiting review not shown" in a.get("text", "") for a in spec["layout"]["annotations"])
    at = apptest.run(pair="AZE-JPN", clean="1", **{"include-unchecked": "true"})
    assert any(t.get("name") == chart_style.AWAITING_NAME for t in apptest.chart(at)["data"])


def test_a_frame_from_before_confidence_is_shown_whole(real):
    f = real.figures.drop(columns=["confidence"])
    cd = chartdata.chart_data(f, JPN)
    assert cd.awaiting_review == 0 and len(cd.figures) == 3
    assert not by_confidence.awaiting(f).any()


def test_a_clean_view_of_only_check_figures_says_they_await_review():
    at = apptest.run(pair="AZE-JPN", indicator="exports", clean="1")
    assert not apptest.plotly_specs(at)
    words = apptest.unescape(_texts(at))
    assert "2 figures awaiting review not shown: this image holds only sure and reviewed figures" in words
