"""Bad input files: each is reported (skipped or handled with a warning) and the rest builds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard.build.command import build_command
from dashboard.build.failure import BuildFailed
from dashboard.build.run import build

GOOD = " date 2024-05-01 Trade between Azerbaijan and Japan reached $3.7 billion in 2023.\n"


def _build(folder: Path, fake) -> tuple:
    result = build(folder, extract=fake, version="fake")
    return result, "\n".join(result.warnings), set(result.articles.column("article_id").to_pylist())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \r\n  ", "empty file"),
        (" date 2025-01-01 + ↺ − 16 px\n".encode(), "empty: no article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (" date 2024-05-01 Exports of caf\xe9 reached $1 million.".encode("latin-1"), "not valid UTF-8"),
    ],
    ids=["empty", "blank", "header-only", "png", "control-chars", "latin-1"],
)
def test_unreadable_file_is_skipped_and_named(make_articles, fake, content: bytes, reason: str) -> None:
    folder = make_articles({"bad": content, "good": GOOD})
    result, warnings, built = _build(folder, fake)
    assert built == {"good"}
    assert result.skipped == ["bad"]
    assert f"bad: skipped: unreadable file: {reason}" in warnings


def _body(make_articles, fake, content: bytes) -> tuple[str, str, list]:
    result, warnings, _ = _build(make_articles({"a": content}), fake)
    text = result.articles.column("text")[0].as_py()
    return text, warnings, result.figures.to_pylist()


def test_bom_and_crlf_are_handled(make_articles, fake) -> None:
    text, warnings, figures = _body(make_articles, fake, b"\xef\xbb\xbf date 2024-05-01\r\nLine one $1 million.\r\nLine two.\r\n")
    assert text == "Line one $1 million.\nLine two."
    assert warnings == ""
    assert figures[0]["year"] == 2024 and text[figures[0]["span_start"] : figures[0]["span_end"]] == "$1 million"


def test_unicode_spaces_become_plain_spaces(make_articles, fake) -> None:
    text, _, figures = _body(make_articles, fake, " date 2024-05-01 It reached $3.7\u00a0billion,\u2009up\u200b 5\u202fpercent.".encode())
    assert text == "It reached $3.7 billion, up 5 percent."
    assert sorted(f["value"] for f in figures if f["status"] == "reported") == [5.0, 3.7e9]


def test_html_is_converted_to_visible_text_with_a_warning(make_articles, fake) -> None:
    html = " date 2024-05-01 <html><head><style>p{}</style></head><body><p>Trade reached $2&nbsp;billion.</p><p>A &amp; B.</p></body></html>"
    text, warnings, figures = _body(make_articles, fake, html.encode())
    assert text == "Trade reached $2 billion.\n\nA & B."
    assert "a: looked like HTML" in warnings
    assert [f["value"] for f in figures] == [2e9]


def test_comma_decimals_are_flagged_for_checking(make_articles, fake) -> None:
    _, warnings, _ = _body(make_articles, fake, b" date 2024-05-01 Trade reached EUR 1.234,5 million; exports $1,234.5 million.")
    assert "a: uses comma decimals (e.g. '1.234,5')" in warnings


def test_us_thousands_separators_raise_no_warning(make_articles, fake) -> None:
    _, warnings, _ = _body(make_articles, fake, b" date 2024-05-01 Exports reached $1,234.5 million in 2023.")
    assert warnings == ""


def test_large_article_is_read_with_a_warning(make_articles, fake) -> None:
    paragraph = "The sides discussed cooperation in many sectors of the economy and culture. " * 20 + "\n\n"
    content = (" date 2024-05-01 " + paragraph * (5_000_000 // len(paragraph)) + "Trade reached $5 million.").encode()
    text, warnings, figures = _body(make_articles, fake, content)
    assert len(text) > 4_900_000
    assert "a: unusually large (5.0 MB)" in warnings
    assert [f["value"] for f in figures] == [5e6]


def test_extractor_crash_skips_that_article_only(make_articles, fake) -> None:
    def fragile(text, published):
        if "boom" in text:
            raise KeyError("\xa0billion")
        return fake(text, published)

    result = build(make_articles({"bad": " date 2024-01-01 boom $1 million", "good": GOOD}), extract=fragile)
    assert result.articles.column("article_id").to_pylist() == ["good"]
    assert any(w.startswith("bad: skipped: the extractor failed: KeyError") for w in result.warnings)


def test_figure_breaking_the_contract_is_dropped_with_a_warning(make_articles, fake) -> None:
    def sloppy(text, published):
        found = fake(text, published)
        overlong = replace(found.figures[0], span_start=0, span_end=len(text) + 5, rule="oops")
        return replace(found, figures=(*found.figures, overlong))

    result = build(make_articles({"a": GOOD}), extract=sloppy)
    assert result.figures.num_rows == 1
    assert any("a: figure at 0:" in w and "outside the article text" in w for w in result.warnings)


def test_every_article_failing_fails_the_build_and_keeps_data(make_articles, tmp_path, capsys) -> None:
    folder = make_articles({"a": b"", "b": b"\x00\x00"})
    out = tmp_path / "data"
    out.mkdir()
    (out / "figures.parquet").write_bytes(b"previous figures")
    (out / "articles.parquet").write_bytes(b"previous articles")
    assert build_command(folder, out, check=False) == 1
    assert (out / "figures.parquet").read_bytes() == b"previous figures"
    assert (out / "articles.parquet").read_bytes() == b"previous articles"
    assert "every article failed" in capsys.readouterr().err


def test_no_articles_is_an_error(tmp_path, fake) -> None:
    with pytest.raises(BuildFailed, match=r"no \*.txt articles"):
        build(tmp_path, extract=fake)
    with pytest.raises(BuildFailed, match="no such folder"):
        build(tmp_path / "missing", extract=fake)


def test_cli_build_with_bad_files_still_writes_the_rest(make_articles, tmp_path, capsys) -> None:
    folder = make_articles({"empty": b"", "good": GOOD, "latin": "caf\xe9".encode("latin-1")})
    out = tmp_path / "data"
    assert build_command(folder, out, check=False) == 0
    printed = capsys.readouterr().out
    assert "read 3 article file(s)" in printed and "1 built, 2 skipped" in printed
    assert "empty: skipped: unreadable file: empty file" in printed
    assert "latin: skipped: unreadable file: not valid UTF-8" in printed
    assert pq.read_table(out / "articles.parquet").column("article_id").to_pylist() == ["good"]
