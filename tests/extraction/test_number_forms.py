"""Numbers as news writes them: one in exponent form, or with more significant digits than any
amount (over 15), gives no figure (neither its mantissa nor its exponent read alone), and the
build says which number it did not read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.build.run import build
from dashboard.extract import extract_article
from dashboard.extract.numbers import parse_number

PUBLISHED = date(2024, 6, 30)
HOSTILE = [
    "Trade between Japan and China reached $1.7976931348623157e308 billion in 2023.",
    "Trade between Japan and China increased by 1e400% in 2023.",
    "Trade between Japan and China reached $1.5E+3 million in 2023, up 2.5e-1% on 2022.",
    "Trade between Japan and China grew 2e3 times in 2023.",
    "Trade between Japan and China reached $1234567890123456789 in 2023.",
    "Trade between Japan and China reached $1,234,567,890,123,456.5 million in 2023.",
    "Trade between Japan and China rose 12.34567890123456789% in 2023.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_number_in_exponent_form_or_too_long_gives_no_figure(text: str) -> None:
    assert extract_article(text, PUBLISHED).figures == ()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Trade between Japan and China reached $1.5 billion in 2023.", "$1.5 billion"),
        ("Trade between Japan and China increased by 40% in 2023.", "40%"),
        ("Trade between Japan and China reached $1,234,567 in 2023.", "$1,234,567"),
    ],
)
def test_the_same_sentences_in_plain_numbers_still_give_their_figure(text: str, surface: str) -> None:
    figures = extract_article(text, PUBLISHED).figures
    assert [text[f.span_start : f.span_end] for f in figures] == [surface]


def test_fifteen_significant_digits_are_read_and_sixteen_are_not() -> None:
    assert parse_number("123,456,789,012,345") == 123456789012345.0
    assert parse_number("1,234,567,890,123,456") is None
    assert parse_number("0.00000000000000000001") == 1e-20  # leading zeros are not significant


def test_the_build_notes_each_number_it_did_not_read(tmp_path: Path) -> None:
    for i, text in enumerate(HOSTILE[:2]):
        (tmp_path / f"a{i}.txt").write_text(f" date 2024-05-01 {text}\n")
    result = build(tmp_path)
    assert result.figures.num_rows == 0
    assert "a0: the number '1.7976931348623157e308' at character 39 is in exponent form: not read as an amount (news does not write one so)" in result.warnings
    assert any(w.startswith("a1: the number '1e400' at character") and "in exponent form" in w for w in result.warnings)
