"""Issue 20's ways a pasted image misled, one test each: what a hurried reader takes from the
image (its marks, labels, notes, footer) must be what the data say."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from dashboard.read import chart_image, chart_overview, chartdata, checks, citations, export, summary
from dashboard.read import load as data_io
from dashboard.read.viewspec import View
from tests import gallery


@pytest.fixture(scope="module")
def real() -> data_io.Tables:
    return data_io.read_tables()


@pytest.fixture(scope="module")
def fixture(fixture_dir: Path) -> data_io.Tables:
    return data_io.read_tables(fixture_dir)


def traces(fig) -> list:
    """The traces that draw figures (not legend keys, period bars or rings)."""
    return [t for t in fig.data if t.x is not None and len(t.x) and t.x[0] is not None and t.customdata is not None]


def labels(fig) -> list[str]:
    return [x for t in traces(fig) for x in (t.text or []) if x]


def image_words(fig) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


def test_2_periods_on_a_yearly_axis_and_part_years_span_their_months(real):
    """Full-year 2024 growth and Q1 2025: years on the axis (no "Jul 2024" tick), the quarter's
    label names it and a bar spans January to March."""
    cd = chartdata.chart_data(real.figures, View(pairs=("AZE-CHN",), indicator="growth"))
    fig = chart_image.image_figure(cd, "report")
    axis = fig.layout.xaxis
    assert axis.tickformat == "%Y" and axis.dtick == "M12" and axis.ticklabelmode == "period"
    assert any("(Q1 2025)" in lab for lab in labels(fig)) and "+21%" in labels(fig)
    (bar,) = [t for t in fig.data if t.name and t.name.endswith("period covered")]
    assert [str(x)[:10] for x in bar.x[:2]] == ["2025-01-01", "2025-04-01"]


def test_12_an_undated_event_sits_at_its_article_and_says_so(real):
    cd = chartdata.chart_data(real.figures, View(pairs=("AZE-JPN",), indicator="aid", unchecked=True))
    loan = cd.figures[cd.figures["period_class"] == "unstated"].iloc[0]
    assert str(loan["x"])[:10] == "2006-03-13"  # the article's date, not "Jul 2006" after it
    assert loan["period_label"] == "date not stated; reported 13 Mar 2006"
    fig = chart_image.image_figure(cd, "report")
    awaits = " ?" if loan["confidence"] == "check" else ""  # "?": a figure that awaits review
    assert f"up to $274 m (date not stated; reported 13 Mar 2006){awaits}" in labels(fig)
    at_the_time = chartdata.chart_data(real.figures, View(pairs=("AZE-JPN",), unchecked=True))
    assert "as of 13 Mar 2006" in set(at_the_time.figures["period_label"])  # "at the moment", in a 2006 article


def _reviewed(tables: data_io.Tables, mask: pd.Series) -> pd.DataFrame:
    f = tables.figures.copy()
    f["review"] = f["review"].astype(object).where(~mask, "confirmed")
    f.loc[mask, "reviewed_by"] = "curator A"
    return f


def test_3_reviewed_figures_are_marked_on_the_image_and_in_the_data(fixture):
    f = fixture.figures
    mask = (f["pair"] == "AZE-CHN") & (f["indicator"] == "trade_turnover") & (f["value"] == 3.9e9)
    cd = chartdata.chart_data(_reviewed(fixture, mask), View(pairs=("AZE-CHN",)))
    fig = chart_image.image_figure(cd, "report")
    assert [lab for lab in labels(fig) if lab.endswith("✓")] == ["$3.9 bn [1] ✓"]
    assert "✓ reviewed by a curator" in cd.text.subtitle
    table, _ = export.data_files(cd)
    csv = pd.read_csv(io.BytesIO(export.table_csv(table, cd.text)), comment="#")
    assert set(csv.loc[csv["review"] == "confirmed", "value"]) == {"$3.9 bn"} and "reviewed by" in csv


def _corrected(tables: data_io.Tables) -> pd.DataFrame:
    """Trend's "approximately $3.7 bn" for 2024, corrected by a curator to an exact figure (the
    review note as a correction writes it: the curator's note, then what changed)."""
    f = tables.figures.copy()
    mask = (f["pair"] == "AZE-CHN") & (f["indicator"] == "trade_turnover") & (f["value"] == 3.7e9)
    assert mask.sum() == 1
    f["review"] = f["review"].astype(object).where(~mask, "corrected")
    f["qualifier"] = f["qualifier"].astype(object).where(~mask, "exact")
    f.loc[mask, ["reviewed_by", "review_note", "qualifier_word"]] = [
        "amina", "checked against the customs release; corrected: qualifier approx → exact", None]
    return f


def test_3_a_correction_shows_on_the_image_and_in_the_table(fixture):
    """Who corrected a figure, what changed and their note, beside the point on every image,
    in the chart's table and in its CSV: not on the Review page only."""
    cd = chartdata.chart_data(_corrected(fixture), View(pairs=("AZE-CHN",)))
    fig = chart_image.image_figure(cd, "report")
    assert "$3.7 bn [2] ✓ ①" in labels(fig)
    note = "① $3.7 bn (2024) corrected by amina: qualifier about → exact (“checked against the customs release”)"
    assert note in cd.text.notes
    assert f"Note: {note}" in " ".join(image_words(fig).replace("<br>", " ").split())
    table, _ = export.data_files(cd)
    row = table[table["value"] == "$3.7 bn"].iloc[0]
    assert (row["review"], row["reviewed by"], row["what changed"]) == ("corrected", "amina", "qualifier about → exact")
    assert row["mark"] == "①" and table.loc[table["value"] != "$3.7 bn", "mark"].eq("").all()
    csv = pd.read_csv(io.BytesIO(export.table_csv(table, cd.text)), comment="#")
    assert list(csv.loc[csv["review"] == "corrected", "what changed"]) == ["qualifier about → exact"]
    assert any(note in n for n in cd.text.short_notes)


def test_4_reviewed_only_keeps_the_disagreement(fixture):
    """$3.9 bn (confirmed) against about $3.7 bn (not reviewed) for 2024: reviewed only still
    rings the point and names the other value."""
    f = fixture.figures
    mask = (f["pair"] == "AZE-CHN") & (f["indicator"] == "trade_turnover") & (f["value"] == 3.9e9)
    cd = chartdata.chart_data(_reviewed(fixture, mask), View(pairs=("AZE-CHN",), reviewed=True))
    assert list(cd.figures["value_text"]) == ["$3.9 bn"] and cd.figures["sources_differ"].all()
    assert any(n.startswith("Sources differ on Azerbaijan–China 2024: the reviewed $3.9 bn is drawn; not reviewed and not drawn: "
                            "approximately $3.7 bn (Trend)") for n in cd.text.notes), cd.text.notes
    assert "rings: sources differ" in cd.text.subtitle


def test_5_two_values_for_one_period_from_one_article_are_flagged(real):
    f = real.figures
    row = f[(f["pair"] == "AZE-CHN") & (f["indicator"] == "trade_turnover") & (f["kind"] == "level") & (f["period"] == "FY")
            & (f["status"] == "reported")]
    other = row.assign(figure_id="partner-count", value=4.1e9, shown_value=4.1e9, qualifier="exact", qualifier_word=None)
    cd = chartdata.chart_data(pd.concat([f, other], ignore_index=True), View(pairs=("AZE-CHN",)))
    both = cd.figures[(cd.figures["year"] == 2024) & (cd.figures["period"] == "FY")]
    assert both["sources_differ"].all() and both["one_article"].all()
    assert any(n.startswith("One article gives two values for Azerbaijan–China 2024: approximately $3.7 bn and $4.1 bn")
               for n in cd.text.notes), cd.text.notes


def test_6_no_image_asks_a_reader_to_hover(real):
    for view in gallery.views(real):
        cd = chartdata.chart_data(real.figures, view)
        if not cd.empty:
            assert "hover" not in image_words(chart_image.image_figure(cd, view.size)).lower(), view


def test_6_a_label_with_no_room_goes_to_a_note(real):
    cd = chartdata.chart_data(real.figures, View(pairs=("AZE-CHN", "AZE-JPN"), size="square"))
    fig = chart_image.image_figure(cd, "square")
    words = image_words(fig)
    for point in fig.layout.meta["points"]:
        shown = [lab for lab in labels(fig) if lab.startswith(point["value"])]
        assert shown or (point["note"] and point["note"] in words.replace("<br>", " ")), point


def test_7_a_bound_is_drawn_as_a_bound(real):
    cd = chartdata.chart_data(real.figures, View(pairs=("AZE-JPN",)))
    fig = chart_image.image_figure(cd, "report")
    (full,) = [t for t in traces(fig) if t.name == "Full year"]
    assert full.marker.symbol == "triangle-up"  # "over $200 m": an arrow up, not a dot
    assert any(t.name == "A bound, at least (“over”)" for t in fig.data)
    assert "triangles: bounds (▲ at least)" in cd.text.subtitle


def test_8_one_figure_said_twice_is_one_point(fixture):
    """A headline's "H1" and its body's "January-June", the same rate in one article."""
    f = fixture.figures
    q1 = f[(f["pair"] == "AZE-CHN") & (f["period"] == "Q1") & (f["status"] == "reported") & (f["kind"] == "level")]
    h1 = q1.assign(period="H1", period_start=pd.Timestamp("2025-01-01").date(), period_end=pd.Timestamp("2025-06-30").date())
    twice = pd.concat([f, h1, h1.assign(figure_id=h1["figure_id"] + "-body", period="M1-M6")], ignore_index=True)
    cd = chartdata.chart_data(twice, View(pairs=("AZE-CHN",)))
    assert (cd.figures["value"] == q1["value"].iloc[0]).sum() == 2  # Q1, and one H1 (not two)


def test_9_a_rounded_bound_says_it_was_rounded(real):
    cd = chartdata.chart_data(real.figures, View(pairs=("AZE-CHN",)))
    (method,) = [n for n in cd.text.notes if "over $720 m" in n]
    assert "$1 bn ÷ 1.37 = $729.9 m, rounded down to the precision of its inputs, as the bound it is" in method


def test_10_a_series_keeps_its_colour_from_chart_to_chart(real):
    def colours(pairs: tuple[str, ...]) -> dict[str, str]:
        fig = chart_image.image_figure(chartdata.chart_data(real.figures, View(pairs=pairs)), "report")
        return {t.name.split(":")[0]: t.marker.color for t in traces(fig)}

    alone, together = colours(("AZE-JPN",)), colours(("AZE-CHN", "AZE-JPN"))
    assert set(alone.values()) == {together["Azerbaijan–Japan"]}
    assert together["Azerbaijan–China"] != together["Azerbaijan–Japan"]


def test_11_footer_says_the_datas_date_notes_and_the_outlet(real):
    cd = chartdata.chart_data(real.figures, View(pairs=("AZE-JPN",)))
    assert "data as of 16 Apr 2025" in cd.text.credit and "View: ?pair=AZE-JPN" in cd.text.credit
    assert "(outlet not recorded), 21 Dec 2021" in cd.text.source
    words = image_words(chart_image.image_figure(cd, "report"))
    assert "Note: " in words
    table, _ = export.data_files(cd)
    head = export.table_csv(table, cd.text).decode("utf-8").splitlines()
    assert head[0] == f"# Title: {cd.text.title}" and any(line.startswith("# Credit: Compiled") for line in head)


def test_csv_keeps_signed_amounts_as_they_are():
    table = pd.DataFrame({"value": ["+21%", "-$2 m", "+1+cmd|' /C calc'!A0"]})
    back = pd.read_csv(io.BytesIO(export.table_csv(table)))
    assert list(back["value"]) == ["+21%", "-$2 m", "'+1+cmd|' /C calc'!A0"]


def test_credit_line_never_carries_the_export_day():
    assert "data as of" in citations.credit_line(as_of=pd.Timestamp("2025-09-26").date())


def test_8_one_figure_said_twice_has_its_check_line_once(real):
    """The headline's "H1" growth and the body's "January-June" one: one reading, one check
    line (the two lines differ in words, "H1 2025" and "Jan–Jun 2025", so only the reading tells)."""
    f = real.figures
    rate = f[(f["pair"] == "AZE-CHN") & (f["kind"] == "change") & (f["period"] == "Q1")]
    h1 = rate.assign(period="H1", period_start=pd.Timestamp("2025-01-01").date(), period_end=pd.Timestamp("2025-06-30").date(),
                     period_label="H1 2025", figure_id="headline")
    body = h1.assign(period="M1-M6", period_label="Jan–Jun 2025", figure_id="body")
    found = checks.growth_checks(pd.concat([f, h1, body], ignore_index=True), ("AZE-CHN",))
    lines = [t for t in found["text"] if "2025" in t and "Q1" not in t]
    assert len(lines) == 1, lines
    assert len(found) == len(checks.growth_checks(f, ("AZE-CHN",))) + 1


def test_4_reviewed_only_keeps_the_disagreement_on_the_overview(fixture):
    """The Overview's latest turnover for Azerbaijan–China 2024: $3.9 bn confirmed, Trend's about
    $3.7 bn not reviewed. Reviewed only draws the confirmed value and says sources differ, in the
    table and on the chart, never one value as if settled; so does the unfiltered Overview."""
    f = fixture.figures
    mask = (f["pair"] == "AZE-CHN") & (f["indicator"] == "trade_turnover") & (f["value"] == 3.9e9)
    confirmed = _reviewed(fixture, mask)
    for only in (True, False):
        latest = summary.latest_turnover(confirmed, reviewed_only=only).set_index("pair")
        row = latest.loc["AZE-CHN"]
        assert row["sources_differ"] and row["value"] == 3.9e9, only  # of two for one year, the vouched one
        other = "approximately $3.7 bn (Trend, not reviewed)"
        assert row["differ_text"] == other
        bars = chart_overview.overview_chart(latest.reset_index())
        (label,) = [t for t, y in zip(bars.data[0].text, bars.data[0].y, strict=True) if y.startswith("Azerbaijan–China")]
        assert "⚠ sources differ" in label
        assert "⚠ sources differ" in bars.layout.title.text
        table = summary.overview(confirmed, fixture.articles, reviewed_only=only).set_index("pair")
        assert f"⚠ sources differ: also {other}" in table.loc["AZE-CHN", "latest turnover"]
    assert "AZE-JPN" not in set(summary.latest_turnover(confirmed, reviewed_only=True)["pair"])


def test_4_the_overview_page_has_reviewed_only_in_its_link(fixture_env):
    from tests.app.apptest import run

    at = run("views/overview.py", reviewed="1")
    assert at.checkbox(key="overview-reviewed").value is True
    row = at.dataframe[0].value.set_index("pair").loc["AZE-CHN"]
    assert row["latest turnover"] == "no figure reviewed yet" and row["chart"] == "./?pair=AZE-CHN&reviewed=true"
    at.checkbox(key="overview-reviewed").uncheck().run()
    assert "reviewed" not in at.query_params
    assert "⚠ sources differ" in at.dataframe[0].value.set_index("pair").loc["AZE-CHN", "latest turnover"]


def test_11_a_link_is_never_broken_at_a_hyphen(real):
    """"?pair=AZE-" and "CHN&…" on two lines read as two things: the credit wraps between words."""
    for size in ("report", "square", "slide"):
        cd = chartdata.chart_data(real.figures, View(pairs=("AZE-CHN",), byline="Amina Karimova, trade desk", size=size))
        lines = [a.text for a in chart_image.image_figure(cd, size).layout.annotations]
        assert not [line for line in lines if line.endswith("-")], lines
        assert any("?pair=AZE-CHN" in line for line in lines)
