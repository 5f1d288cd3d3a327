"""What a sound figure row is: `figure_problems` says why one row breaks the data contract, in
words; `doubtful_rows` clears the sound rows of a whole table at once, column by column, so the
per-row check (and its messages) runs only on the few it cannot clear."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc
import pycountry

from dashboard.contract.periods import month_range
from dashboard.contract.schema import (
    AGGREGATES,
    CHANGE_UNITS,
    CONFIDENCES,
    FIXED_PERIODS,
    INDICATORS,
    KINDS,
    QUALIFIERS,
    STATUSES,
)

# The years a figure can be about. Nothing before 1950 is in scope (the countries followed
# here report from the 1990s); a reported or derived figure is at most for the year after its
# article's (a fiscal year, a late-December date line), a forecast or target at most 30 years
# ahead. An article with no date gets the widest window. Anything outside is a misreading.
EARLIEST_YEAR = 1950
YEARS_AHEAD = {"reported": 1, "derived": 1, "forecast": 30, "target": 30}
LATEST_YEAR_UNDATED = 2100
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(AGGREGATES)


def valid_period(period: str | None) -> bool:
    """A period code of the vocabulary, or none (a one-off amount).

    >>> [valid_period(p) for p in ("FY", "M1-M10", "M7", None, "M10-M1", "Q5")]
    [True, True, True, True, False, False]
    """
    return period is None or period in FIXED_PERIODS or month_range(period) is not None


def year_window(status: str | None, published: date | None) -> tuple[int, int]:
    """The first and last year a figure of this status, in an article of this date, can be for.

    >>> year_window("reported", date(2024, 6, 30)), year_window("target", date(2024, 6, 30)), year_window("reported", None)
    ((1950, 2025), (1950, 2054), (1950, 2100))
    """
    if published is None:
        return EARLIEST_YEAR, LATEST_YEAR_UNDATED
    return EARLIEST_YEAR, published.year + YEARS_AHEAD.get(status or "", 1)


def year_problem(year: int | None, status: str | None, published: date | None) -> str | None:
    """Why a year cannot be a figure's year, or None when it can (or is unknown).

    >>> year_problem(9999, "reported", date(2024, 6, 30))
    'year 9999 out of range: a reported figure in an article of 2024 is for a year in 1950-2025'
    >>> year_problem(2030, "target", date(2024, 6, 30)) is None
    True
    """
    if year is None:
        return None
    first, last = year_window(status, published)
    if first <= year <= last:
        return None
    of = f"an article of {published.year}" if published else "an undated article"
    return f"year {year} out of range: a {status} figure in {of} is for a year in {first}-{last}"


# The columns figure_problems reads: validation converts only these to Python objects.
CHECKED_COLUMNS = (
    "indicator", "kind", "status", "qualifier", "country_a", "country_b", "flow_from", "flow_to", "value", "unit",
    "year", "period", "quote", "rule", "figure_id", "article_id", "span_start", "span_end", "confidence",
)  # fmt: skip


def figure_problems(row: Mapping[str, Any], text: str | None, published: date | None = None, *, id_required: bool = True) -> list[str]:
    """Why one figure row breaks the contract (empty when it is sound); `text` and `published`
    are its article's. A row checked before it is given its figure_id is `id_required=False`."""
    problems = []
    for column, allowed in (
        ("indicator", INDICATORS), ("kind", KINDS), ("status", STATUSES), ("qualifier", QUALIFIERS), ("confidence", CONFIDENCES),
    ):  # fmt: skip
        if row.get(column) not in allowed:
            problems.append(f"{column} {row.get(column)!r} not in {allowed}")
    a, b = row.get("country_a"), row.get("country_b")
    codes = _country_codes()
    if a not in codes or b not in codes:
        problems.append(f"pair {a}-{b}: not ISO 3166 alpha-3 codes")
    elif not a < b:
        problems.append(f"pair {a}-{b}: not two different codes in sorted order")
    flows = (row.get("flow_from"), row.get("flow_to"))
    if row.get("indicator") == "trade_turnover" and flows != (None, None):
        problems.append("trade_turnover has no direction: from/to must be null")
    elif flows != (None, None) and (None in flows or set(flows) != {a, b}):
        problems.append(f"from/to {flows[0]}->{flows[1]} is not the pair {a}-{b} in some order")
    value = row.get("value")
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.append(f"value {value!r} is not a finite number")
    elif row.get("kind") == "level" and value < 0:
        problems.append(f"level {value} is negative")
    unit = row.get("unit") or ""
    if row.get("kind") == "change" and unit not in CHANGE_UNITS:
        problems.append(f"change unit {unit!r} not in {CHANGE_UNITS}")
    if row.get("kind") == "level" and not _CURRENCY.match(unit):
        problems.append(f"level unit {unit!r} is not an ISO 4217 code")
    year = row.get("year")
    if year is not None and not isinstance(year, int):
        problems.append(f"year {year!r} is not a whole number")
    elif (wrong_year := year_problem(year, row.get("status"), published)) is not None:
        problems.append(wrong_year)
    if not valid_period(row.get("period")):
        problems.append(f"period {row.get('period')!r} not a period code")
    for column in ("quote", "rule", "figure_id", "article_id"):
        if not row.get(column) and (id_required or column != "figure_id"):
            problems.append(f"{column} is empty")
    start, end = row.get("span_start"), row.get("span_end")
    if text is None:
        problems.append("no such article")
    elif not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"span {start}:{end} outside the article text (length {len(text)})")
    elif not text[start:end].strip():
        problems.append(f"span {start}:{end} covers no text")
    return problems


Row = TypeVar("Row", bound=Mapping[str, Any])


def split_sound(
    rows: Sequence[Row], texts: Mapping[str, str], dates: Mapping[str, date | None], *, ids_assigned: bool = True
) -> tuple[list[Row], list[tuple[Row, list[str]]]]:
    """The rows figure_problems finds sound, and each other row with its problems; each row's
    article text and date are looked up by its article_id. Rows not given their figure_id yet
    (`ids_assigned=False`) are checked as if they had one.

    Row by row, not column-wise: rows still held as dicts cost more to turn into columns
    (about 10 us a row) than to check one by one (about 5 us); doubtful_rows is for tables."""
    kept: list[Row] = []
    broken: list[tuple[Row, list[str]]] = []
    for row in rows:
        article_id = row.get("article_id") or ""
        problems = figure_problems(row, texts.get(article_id), dates.get(article_id), id_required=ids_assigned)
        if problems:
            broken.append((row, problems))
        else:
            kept.append(row)
    return kept, broken


def doubtful_rows(table: pa.Table, texts: Mapping[str, str], dates: Mapping[str, date | None]) -> list[int]:
    """The indices of the rows of `table` (CHECKED_COLUMNS, typed as in FIGURE_SCHEMA) that
    figure_problems may object to, each row's article text and date looked up by its article_id.

    Every row not listed is sound. The checks are figure_problems' as column operations, in
    corners stricter (a unit "USD\\n" passes Python's `$` but not here), so a listed row is
    sound or not by figure_problems alone. A table of a million rows takes about a second; checking
    each row in Python, about five.
    """
    if table.num_rows == 0:
        return []
    column = table.column
    ids = list(texts)
    article = pc.index_in(column("article_id"), value_set=pa.array(ids, pa.string()))
    length = pc.take(pa.array([len(texts[i]) for i in ids], pa.int64()), article)
    published = pc.take(pa.array([d.year if (d := dates.get(i)) else None for i in ids], pa.int64()), article)
    indicator, kind, status = column("indicator"), column("kind"), column("status")
    a, b, origin, destination = column("country_a"), column("country_b"), column("flow_from"), column("flow_to")
    value, unit, year, period = column("value"), pc.fill_null(column("unit"), ""), column("year"), column("period")
    start, end = column("span_start"), column("span_end")
    level, change = _known(pc.equal(kind, "level")), _known(pc.equal(kind, "change"))
    codes = sorted(_country_codes())
    no_flow = pc.and_(pc.is_null(origin), pc.is_null(destination))
    pair_flow = _known(pc.or_kleene(pc.and_kleene(pc.equal(origin, a), pc.equal(destination, b)),
                                    pc.and_kleene(pc.equal(origin, b), pc.equal(destination, a))))  # fmt: skip
    ahead = pc.fill_null(pc.take(pa.array(list(YEARS_AHEAD.values()), pa.int64()),
                                 pc.index_in(status, value_set=pa.array(list(YEARS_AHEAD), pa.string()))), 1)  # fmt: skip
    last_year = pc.if_else(pc.is_null(published), LATEST_YEAR_UNDATED, pc.add(published, ahead))
    periods = [p for p in pc.unique(period).to_pylist() if p is not None and valid_period(p)]
    sound = [
        _among(indicator, INDICATORS), _among(kind, KINDS), _among(status, STATUSES), _among(column("qualifier"), QUALIFIERS),
        _among(column("confidence"), CONFIDENCES),
        _among(a, codes), _among(b, codes), _known(pc.less(a, b)),
        pc.or_(no_flow, pc.and_(pc.invert(_known(pc.equal(indicator, "trade_turnover"))), pair_flow)),
        _known(pc.is_finite(value)), pc.invert(pc.and_(level, _known(pc.less(value, 0)))),
        pc.or_(pc.invert(change), _among(unit, CHANGE_UNITS)),
        pc.or_(pc.invert(level), pc.match_substring_regex(unit, _CURRENCY.pattern)),
        pc.or_(pc.is_null(year), _known(pc.and_kleene(pc.greater_equal(year, EARLIEST_YEAR), pc.less_equal(year, last_year)))),
        pc.or_(pc.is_null(period), _among(period, periods)),
        *(_known(pc.greater(pc.binary_length(column(c)), 0)) for c in ("quote", "rule", "figure_id", "article_id")),
        _known(pc.and_kleene(pc.and_kleene(pc.greater_equal(start, 0), pc.less(start, end)), pc.less_equal(end, length))),
    ]  # fmt: skip
    cleared = sound[0]
    for check in sound[1:]:
        cleared = pc.and_(cleared, check)
    doubtful = pc.indices_nonzero(pc.invert(cleared)).to_pylist()
    # A span must cover words, not only spaces: str.strip's idea of a space, so in Python.
    cleared_at = pc.indices_nonzero(cleared)
    blank = [
        i
        for i, article_id, s, e in zip(
            cleared_at.to_pylist(), *(pc.take(column(c), cleared_at).to_pylist() for c in ("article_id", "span_start", "span_end")), strict=True
        )
        if not texts[article_id][s:e].strip()
    ]  # fmt: skip
    return sorted(doubtful + blank)


def _among(values: pa.ChunkedArray | pa.Array, allowed: Sequence[str]) -> pa.ChunkedArray:
    """True where a value is one of `allowed`; a null is not."""
    return pc.is_in(values, value_set=pa.array(list(allowed), pa.string()))


def _known(mask: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray:
    """A comparison's result with null (a null operand) read as not passing."""
    return pc.fill_null(mask, False)
