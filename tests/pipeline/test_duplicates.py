"""The same article saved under several names is built once, as the first by file name; the
copies are reported, so a pair's figures are not multiplied."""

from __future__ import annotations

from dashboard.build.command import build_command
from dashboard.build.run import build

TEXT = " date 2024-05-01 Trade between Azerbaijan and Japan reached $3.7 billion in 2023.\n"
OTHER = " date 2024-05-01 Exports reached $2 million.\n"


def test_copies_are_built_once_and_reported(make_articles, fake) -> None:
    folder = make_articles({"b_copy": TEXT, "a_original": TEXT, "c_copy": TEXT.replace("\n", "\r\n"), "other": OTHER})
    result = build(folder, extract=fake)
    assert result.articles.column("article_id").to_pylist() == ["a_original", "other"]
    assert sorted(result.figures.column("value").to_pylist()) == [2e6, 3.7e9]  # not three times $3.7 bn
    assert sorted(result.skipped) == ["b_copy", "c_copy"]
    for copy in ("b_copy", "c_copy"):
        assert f"{copy}: skipped: the same text as a_original, which is built (the first by file name)" in result.warnings
    assert len(fake.calls) == 2


def test_copy_with_another_date_is_reported_with_both_dates(make_articles, fake) -> None:
    folder = make_articles({"a": TEXT, "b": TEXT.replace("2024-05-01", "2025-01-02")})
    result = build(folder, extract=fake)
    assert result.articles.column("article_id").to_pylist() == ["a"]
    assert any(w.startswith("b: skipped: the same text as a") and "their dates differ (2025-01-02 here, 2024-05-01 there)" in w
               for w in result.warnings)  # fmt: skip


def test_summary_counts_copies_as_skipped(make_articles, tmp_path, capsys) -> None:
    assert build_command(make_articles({"a": TEXT, "b": TEXT}), tmp_path / "data", check=False) == 0
    printed = capsys.readouterr().out
    assert "read 2 article file(s)" in printed and "1 built, 1 skipped" in printed
    assert "b: skipped: the same text as a" in printed
