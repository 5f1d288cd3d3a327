"""Read one article file: decode it, split the ` date YYYY-MM-DD` header from the body, and
default its title; every oddity in the file becomes a warning, never an exception."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.build.html_text import html_to_text
from dashboard.guard.inputs import MAX_INPUT_BYTES, read_regular

# Above this an article is probably several articles or a dump; it is still read (up to
# MAX_INPUT_BYTES, above which it is refused).
LARGE_ARTICLE_BYTES = 1_000_000
# Binary content: NUL anywhere, or more control characters than this in any block of text.
BINARY_BLOCK_CHARS = 8192
BINARY_BLOCK_CONTROLS = 8

# The first line ` date 2025-09-26 ...`; the date token may be followed by page furniture or
# by the body itself.
_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t]*(.*)$", re.IGNORECASE)
# Font-size widgets and similar controls scraped with the page: symbols, numbers, CSS units.
_FURNITURE_TOKEN = re.compile(r"^(?:[^\w\s]+|\d+(?:\.\d+)?(?:px|pt|em|rem|%)?|px|pt|em|rem|A[+\-−]?)$")
# Zero-width and soft-hyphen characters: invisible, and they split numbers for the extractor.
_SPACES: dict[int, str | None] = {
    **{c: " " for c in range(0x3001) if unicodedata.category(chr(c)) == "Zs"},  # all Zs are below U+3001
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None),
}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HTML_HINT = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|html|body|head)\b[^<>]*>"
    r"|&(?:nbsp|amp|quot|lt|gt|#\d+|#x[0-9a-f]+);",
    re.IGNORECASE,
)
# Numbers with a separator, then the European forms among them: "1.234,5", or "2,5" before a unit.
_COMMA_DIGIT = re.compile(r",(?=\d)")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_COMMA_FRACTION = re.compile(r"\d+,\d{1,2}")
_UNIT_AFTER = re.compile(r"\s*(?:%|(?:per ?cent|million|billion|mln|bln|bn)\b)")
_SEPARATED_DIGITS = re.compile(r"(?:[.,]\d+)+")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,(?:[^.,]{1,40},)?\s*[A-Z][a-z]+\.?\s+\d{1,2}\.\s+")
_LABEL_LINE = re.compile(r"^\w+:\s")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)[.!?](?=\s+[\"“‘'(A-Z0-9]|\s*$)")
TITLE_CHARS = 100
TITLE_SCAN_CHARS = 2000


class UnreadableArticle(Exception):
    """The file cannot be turned into article text; the message says why, for the curator."""


@dataclass(frozen=True)
class Article:
    article_id: str
    path: Path
    sha256: str
    header_date: date | None
    body: str
    default_title: str | None
    warnings: tuple[str, ...] = field(default=())


def read_article(path: Path) -> Article:
    """Load one `*.txt` article; raise UnreadableArticle when there is no text to extract from,
    and RefusedInput when the file is a link, not a regular file, or over MAX_INPUT_BYTES."""
    raw = read_regular(path, MAX_INPUT_BYTES)
    text, warnings = decode(raw)
    header_date, body, header_warnings = split_header(text)
    warnings += header_warnings
    if _HTML_HINT.search(body):
        body = html_to_text(body)
        warnings.append("looked like HTML: tags and entities were converted to plain text")
    body = normalise_spaces(body).strip()
    if not body:
        raise UnreadableArticle("empty: no article text after the header")
    if len(raw) > LARGE_ARTICLE_BYTES:
        warnings.append(f"unusually large ({len(raw) / 1e6:.1f} MB): is it one article?")
    if example := comma_decimal(body):
        warnings.append(f"uses comma decimals (e.g. {example!r}): check its figures")
    return Article(
        article_id=path.stem,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        header_date=header_date,
        body=body,
        default_title=default_title(body),
        warnings=tuple(warnings),
    )


def decode(raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 text with a BOM dropped and line endings made `\\n`; refuse binary or non-UTF-8.

    >>> decode(b"\\xef\\xbb\\xbf date 2025-01-02\\r\\nBody\\r\\n")
    (' date 2025-01-02\\nBody\\n', [])
    >>> decode(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    dashboard.build.articles.UnreadableArticle: not valid UTF-8 (byte 0xe9 at offset 3): save the file as UTF-8
    """
    if not raw.strip():
        raise UnreadableArticle("empty file")
    if (nul := raw.find(b"\x00")) >= 0:
        raise UnreadableArticle(f"binary file (a NUL byte at offset {nul}), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # Guessing another encoding could misread a number; the curator re-saves the file.
        raise UnreadableArticle(
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}): save the file as UTF-8"
        ) from None
    warnings: list[str] = []
    block = binary_block(text)
    if block is not None:
        raise UnreadableArticle(
            f"binary file (over {BINARY_BLOCK_CONTROLS} control characters in the block at character {block}), not text"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def binary_block(text: str) -> int | None:
    """Where the first block of BINARY_BLOCK_CHARS characters with too many control characters
    starts, anywhere in the text (a few stray ones are tolerated); None for text.

    >>> binary_block("text " * 10_000 + "\x01\x02" * 5), binary_block("a\x0cb" * 8)
    (49152, None)
    """
    counts: dict[int, int] = {}
    for m in _CONTROLS.finditer(text):  # stops at the first bad block: linear, and quick on binary
        block = m.start() // BINARY_BLOCK_CHARS
        counts[block] = counts.get(block, 0) + 1
        if counts[block] > BINARY_BLOCK_CONTROLS:
            return block * BINARY_BLOCK_CHARS
    return None


def comma_decimal(text: str) -> str | None:
    """The first number written with a decimal comma, which English readers misread.

    >>> comma_decimal("EUR 1.234,5 million"), comma_decimal("up 2,5% on $1,234.5 million")
    ('1.234,5', '2,5')
    >>> comma_decimal("In 2024, 21 percent; 1,234,567 tonnes; 3,45 tonnes") is None
    True
    """
    # Only the numbers that hold a comma can be such: most texts have one or two, so the number
    # is read outward from each comma, not found by a pattern tried at every character.
    end = 0
    for m in _COMMA_DIGIT.finditer(text):
        at = m.start()
        if at < end or at == 0 or not text[at - 1].isdecimal():
            continue  # inside the number just read, or a comma after no digit
        after = _SEPARATED_DIGITS.match(text, at)  # always: the comma has a digit after it
        start, end = _number_start(text, at), after.end() if after else at + 1
        number = text[start:end]
        if _DOT_THOUSANDS.fullmatch(number) or (_COMMA_FRACTION.fullmatch(number) and _UNIT_AFTER.match(text, end)):
            return number
    return None


def _number_start(text: str, at: int) -> int:
    """Where the number holding the separator at `at` starts: back over digits, and over a
    separator with digits on both sides."""
    i = at
    while True:
        while i > 0 and text[i - 1].isdecimal():
            i -= 1
        if i >= 2 and text[i - 1] in ".," and text[i - 2].isdecimal():
            i -= 1
            continue
        return i


def split_header(text: str) -> tuple[date | None, str, list[str]]:
    """The header date and the body: furniture after the date is dropped, prose is kept.

    >>> split_header(" date 2025-09-26 + ↺ − 16 px\\n\\nOn 26 September, Tokyo hosted.")[:2]
    (datetime.date(2025, 9, 26), 'On 26 September, Tokyo hosted.')
    >>> split_header(" date 2021-12-21 Azerbaijan's minister met.\\n\\nMore.")[:2]
    (datetime.date(2021, 12, 21), "Azerbaijan's minister met.\\n\\nMore.")
    >>> split_header("Publication: EDM\\n\\nText.")[:2]
    (None, 'Publication: EDM\\n\\nText.')
    >>> split_header(" date 2025-02-30 Text.")
    (None, 'Text.', ['header date 2025-02-30 is not a calendar date: ignored'])
    """
    first, newline, rest = text.partition("\n")
    m = _HEADER.match(first)
    if not m:
        return None, text.strip(), []
    warnings = []
    try:
        header_date: date | None = date.fromisoformat(m.group(1))
    except ValueError:
        header_date = None
        warnings.append(f"header date {m.group(1)} is not a calendar date: ignored")
    after = m.group(2)
    if is_furniture(after):
        after = ""
    return header_date, (after + newline + rest).strip(), warnings


def is_furniture(s: str) -> bool:
    """True for page controls scraped with the date (`+ ↺ − 16 px`), not for prose.

    >>> is_furniture("+ ↺ − 16 px"), is_furniture(""), is_furniture("BAKU, April 16.")
    (True, True, False)
    >>> is_furniture("Political consultations"), is_furniture("A+ A- 14px")
    (False, True)
    """
    return len(s) < 200 and all(_FURNITURE_TOKEN.match(t) for t in s.split())


def normalise_spaces(text: str) -> str:
    """Unicode spaces become plain spaces and invisible characters go, so numbers read whole.

    >>> normalise_spaces("$3.7\\u00a0billion, 1\\u202f234\\u200b")
    '$3.7 billion, 1 234'
    """
    return text.translate(_SPACES)


def default_title(body: str) -> str | None:
    """A short first line that reads as a heading, else the first sentence, shortened.

    >>> default_title("Political consultations\\n\\nOn 27 January 2025, talks took place.")
    'Political consultations'
    >>> default_title("BAKU, Azerbaijan, April 16. The 10th meeting was held in Baku. More.")
    'The 10th meeting was held in Baku.'
    >>> default_title("Publication: EDM Volume: 3\\n\\nPresident Aliyev visited Japan on March 8. He met.")
    'President Aliyev visited Japan on March 8.'
    >>> len(default_title("word " * 100)) <= 100
    True
    """
    first = body.strip().split("\n", 1)[0].strip()
    if len(first) > TITLE_SCAN_CHARS:  # a title is a short first sentence: no need to search further
        first = first[:TITLE_SCAN_CHARS]
    if not first:
        return None
    if len(first) <= 80 and not first.endswith((".", "!", "?", ",", ";", ":")) and not _LABEL_LINE.match(first):
        return first
    if _LABEL_LINE.match(first) and "\n" in body.strip():
        first = body.strip().split("\n", 1)[1].strip().split("\n", 1)[0].strip()
    first = _DATELINE.sub("", first)
    m = _SENTENCE_END.search(first)
    sentence = first[: m.end()] if m else first
    return shorten(sentence, TITLE_CHARS)


def shorten(s: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut with an ellipsis.

    >>> shorten("Trade between the two countries grew", 20)
    'Trade between the…'
    >>> shorten("short", 20)
    'short'
    """
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"
