"""Reading one article: the date header in each of the seed shapes, the body, the default title."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import paths
from dashboard.build.articles import UnreadableArticle, comma_decimal, decode, default_title, read_article, split_header

SEEDS = paths.ROOT / "seeds"

# (stem, header date, how the body starts, what must not survive in the body)
SEED_SHAPES = [
    ("000_7cad69dbdbc315dc", date(2025, 9, 26), "On 26 September, Tokyo hosted", "16 px"),  # furniture line
    ("001_a563b270b5ce3c37", date(2021, 12, 21), "Azerbaijan's Economy Minister", "date 2021"),  # body on date line
    ("002_c03bd97de8f34531", None, "Publication: Eurasia Daily Monitor", "date "),  # no date line
    ("003_5ad79ced52076874", date(2025, 4, 16), "BAKU, Azerbaijan, April 16.", "date 2025"),  # dateline on date line
    ("004_64e63cad909f863c", date(2025, 1, 28), "Political consultations\n\nOn 27 January", "date 2025"),  # heading
]


@pytest.mark.parametrize(("stem", "header_date", "starts", "absent"), SEED_SHAPES, ids=[s[0] for s in SEED_SHAPES])
def test_seed_headers(stem: str, header_date: date | None, starts: str, absent: str) -> None:
    article = read_article(SEEDS / f"{stem}.txt")
    assert article.article_id == stem
    assert article.header_date == header_date
    assert article.body.startswith(starts)
    assert absent not in article.body[:200]
    assert article.warnings == ()


def test_body_is_the_file_minus_the_header_only() -> None:
    raw = (SEEDS / "001_a563b270b5ce3c37.txt").read_text(encoding="utf-8")
    body = read_article(SEEDS / "001_a563b270b5ce3c37.txt").body
    assert raw.strip().endswith(body[-200:])
    assert len(raw) - len(body) < 30


def test_heading_line_becomes_the_default_title() -> None:
    assert read_article(SEEDS / "004_64e63cad909f863c.txt").default_title == "Political consultations"


def test_first_sentence_becomes_the_default_title_without_dateline() -> None:
    title = read_article(SEEDS / "003_5ad79ced52076874.txt").default_title
    assert title is not None and title.startswith("The 10th meeting of the Azerbaijan-China")
    assert len(title) <= 100 and title.endswith("…")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (" date 2025-09-26 + ↺ − 16 px\n\nBody.", (date(2025, 9, 26), "Body.")),
        ("date 2025-09-26\nBody.", (date(2025, 9, 26), "Body.")),
        ("\tDATE 2025-09-26 Body on the same line.", (date(2025, 9, 26), "Body on the same line.")),
        (" date 2025-09-26 A+ A− 14px\nBody.", (date(2025, 9, 26), "Body.")),
        ("Body mentions a date 2025-09-26 late.", (None, "Body mentions a date 2025-09-26 late.")),
        (" date 2025-09-261 Body.", (None, "date 2025-09-261 Body.")),
    ],
)
def test_split_header(line: str, expected: tuple) -> None:
    assert split_header(line)[:2] == expected


def test_impossible_header_date_is_a_warning_and_no_date() -> None:
    header_date, body, warnings = split_header(" date 2025-13-01 Body.")
    assert header_date is None and body == "Body."
    assert warnings and "2025-13-01" in warnings[0]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"\x00\x01PNG\x00", "binary"), (b"caf\xe9 1,5", "UTF-8")],
)
def test_decode_refuses_what_is_not_text(raw: bytes, reason: str) -> None:
    with pytest.raises(UnreadableArticle, match=reason):
        decode(raw)


def test_header_only_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2025-01-01 + ↺ − 16 px\n\n")
    with pytest.raises(UnreadableArticle, match="empty"):
        read_article(tmp_path / "a.txt")


def test_default_title_none_for_no_text() -> None:
    assert default_title("") is None


def _comma_decimal_by_every_number(text: str) -> str | None:
    """comma_decimal as first written: every number with separators, in order, tested whole."""
    for m in re.finditer(r"(?<!\d)\d+(?:[.,]\d+)+", text):
        number = m.group(0)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", number):
            return number
        if re.fullmatch(r"\d+,\d{1,2}", number) and re.match(r"\s*(?:%|(?:per ?cent|million|billion|mln|bln|bn)\b)", text[m.end() :]):
            return number
    return None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,% mlnbioa", max_size=40))
def test_comma_decimal_reads_only_numbers_with_a_comma_and_finds_the_same(text: str) -> None:
    assert comma_decimal(text) == _comma_decimal_by_every_number(text)
