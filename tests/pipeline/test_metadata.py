"""metadata.toml: it sets and overrides date, title, outlet and url, and every entry it cannot
honour is reported by article id, never silently dropped."""

from __future__ import annotations

import pytest

from dashboard.build.command import build_command
from dashboard.build.failure import BuildFailed
from dashboard.build.run import build

HEADED = " date 2024-05-01 Trade reached $2 million last year.\n"
UNDATED = "Trade reached $2 million last year.\n"


def _article(result, article_id: str) -> dict:
    return next(r for r in result.articles.to_pylist() if r["article_id"] == article_id)


def test_metadata_date_overrides_header_and_fills_missing(make_articles, fake) -> None:
    meta = '[a]\ndate = 2006-03-13\ntitle = "Curated"\noutlet = "EDM"\nurl = "https://example.org/a"\n[b]\ndate = "2010-01-02"\n'
    result = build(make_articles({"a": HEADED, "b": "Other. " + UNDATED, "c": HEADED + "More.\n"}, meta), extract=fake)
    a, b, c = (_article(result, x) for x in "abc")
    assert (str(a["date"]), a["date_source"], a["title"], a["outlet"], a["url"]) == (
        "2006-03-13", "metadata", "Curated", "EDM", "https://example.org/a"
    )
    assert (str(b["date"]), b["date_source"]) == ("2010-01-02", "metadata")
    assert (str(c["date"]), c["date_source"], c["outlet"]) == ("2024-05-01", "header", None)
    # The extractor saw the curated date.
    assert {call[1].year for call in fake.calls} == {2006, 2010, 2024}


def test_seed_002_gets_its_date_from_metadata(seeds, fake) -> None:
    row = _article(build(seeds, extract=fake), "002_c03bd97de8f34531")
    assert (str(row["date"]), row["date_source"]) == ("2006-03-13", "metadata")


def test_article_without_any_date_builds_with_null_years_and_a_warning(make_articles, fake) -> None:
    result = build(make_articles({"undated": UNDATED}), extract=fake)
    row = _article(result, "undated")
    assert (row["date"], row["date_source"]) == (None, "none")
    assert result.figures.column("year").to_pylist() == [None]
    assert result.figures.column("period_start").to_pylist() == [None]
    assert any(w.startswith("undated: no date") for w in result.warnings)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("date = '2006-02-30'", "date '2006-02-30' is not a date: write it as YYYY-MM-DD"),
        ("date = '13/03/2006'", "date '13/03/2006' is not a date: write it as YYYY-MM-DD"),
        ("date = 2006-03-13T10:00:00", "has a time: write the date alone, YYYY-MM-DD"),
        ("date = 2006", "date 2006 is not a date: write it as YYYY-MM-DD"),
        ("dtae = 2006-03-13", "unknown key 'dtae' holds a date: if it is the publication date, name it `date`"),
    ],
)
def test_a_bad_date_skips_its_article_with_the_fix_in_the_message(make_articles, fake, entry: str, message: str) -> None:
    """The figures' years depend on the date: only it may stop an article."""
    result = build(make_articles({"a": HEADED, "b": HEADED}, f"[a]\n{entry}\n"), extract=fake)
    assert result.articles.column("article_id").to_pylist() == ["b"]
    assert result.skipped == ["a"]
    assert any(w.startswith("a: skipped: metadata.toml entry is invalid: ") and message in w for w in result.warnings)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("title = ''", "title '' is empty or unknown: treated as absent"),
        ("title = '  '", "title '  ' is empty or unknown: treated as absent"),
        ("outlet = 'unknown'", "outlet 'unknown' is empty or unknown: treated as absent"),
        ("url = ''", "url '' is empty or unknown: treated as absent"),
        ("outlet = 3", "outlet 3 is not text: ignored"),
        ("url = 'example.org'", "url 'example.org' does not start with http:// or https://: ignored"),
        ("titel = 'x'", "unknown key 'titel' ignored (allowed: date, title, outlet, url)"),
    ],
)
def test_an_empty_or_unknown_optional_field_is_absent_with_a_warning(make_articles, fake, entry: str, message: str) -> None:
    """A curator who does not know the headline writes title = "": the article still builds,
    with its own first line as title, and its date from the same entry."""
    result = build(make_articles({"a": HEADED, "b": HEADED + "More.\n"}, f"[a]\ndate = 2006-03-13\n{entry}\n"), extract=fake)
    assert result.articles.column("article_id").to_pylist() == ["a", "b"]
    assert result.skipped == []
    row = _article(result, "a")
    assert str(row["date"]) == "2006-03-13"
    assert (row["title"], row["outlet"], row["url"]) == ("Trade reached $2 million last year.", None, None)
    assert f"a: metadata.toml: {message}" in result.warnings


def test_entry_that_is_not_a_table_is_reported(make_articles, fake) -> None:
    result = build(make_articles({"a": HEADED, "b": HEADED}, 'a = "2006-03-13"\n'), extract=fake)
    assert any(w.startswith("a: skipped: metadata.toml entry is invalid: expected a table") for w in result.warnings)


def test_entry_for_a_missing_article_is_reported(make_articles, fake) -> None:
    result = build(make_articles({"a": HEADED}, '[gone]\ntitle = "x"\n["bad-and-gone"]\ndate = "x"\n'), extract=fake)
    assert "metadata.toml: entry ['gone'] names no article: there is no gone.txt" in result.warnings
    assert any("['bad-and-gone'] names no article" in w for w in result.warnings)


def test_malformed_toml_fails_the_build_with_the_reason(make_articles, fake, tmp_path, capsys) -> None:
    folder = make_articles({"a": HEADED}, "[a\ntitle = 'x'\n")
    with pytest.raises(BuildFailed, match=r"metadata\.toml: not valid TOML"):
        build(folder, extract=fake)
    assert build_command(folder, tmp_path / "data", check=False) == 1
    assert "metadata.toml: not valid TOML" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()


def test_title_change_in_metadata_does_not_re_extract_but_date_change_does(make_articles, fake, tmp_path) -> None:
    cache = tmp_path / "cache"
    build(make_articles({"a": HEADED}, '[a]\ntitle = "One"\n'), extract=fake, version="v", cache=cache)
    result = build(make_articles({"a": HEADED}, '[a]\ntitle = "Two"\n'), extract=fake, version="v", cache=cache)
    assert len(fake.calls) == 1 and _article(result, "a")["title"] == "Two"
    build(make_articles({"a": HEADED}, "[a]\ndate = 2020-01-01\n"), extract=fake, version="v", cache=cache)
    assert len(fake.calls) == 2
