"""The two parquet tables: frames to pyarrow through the schema, validation, row order, and
an atomic write that leaves the previous files in place when anything fails."""

from __future__ import annotations

import math
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pycountry

from dashboard import atomic, manifest
from dashboard.periods import month_range
from dashboard.schema import (
    AGGREGATES,
    ARTICLE_COLUMNS,
    ARTICLE_SCHEMA,
    CHANGE_UNITS,
    DATE_SOURCES,
    FIGURE_COLUMNS,
    FIGURE_SCHEMA,
    FIXED_PERIODS,
    INDICATORS,
    KINDS,
    OPTIONAL_FIGURE_COLUMNS,
    QUALIFIERS,
    STATUSES,
)

FIGURES_FILE = "figures.parquet"
# Figures computed from reported ones (status "derived"), same schema: kept apart so that
# figures.parquet holds only what the articles say, each row with its own quote.
DERIVED_FILE = "derived.parquet"
ARTICLES_FILE = "articles.parquet"
FIGURE_ORDER: tuple[str, ...] = (
    "article_id", "span_start", "span_end", "status", "indicator", "kind",
    "flow_from", "flow_to", "year", "period", "figure_id",
)  # fmt: skip
# The years a figure can be about. Nothing before 1950 is in scope (the countries followed
# here report from the 1990s); a reported or derived figure is at most for the year after its
# article's (a fiscal year, a late-December date line), a forecast or target at most 30 years
# ahead. An article with no date gets the widest window. Anything outside is a misreading.
EARLIEST_YEAR = 1950
YEARS_AHEAD = {"reported": 1, "derived": 1, "forecast": 30, "target": 30}
LATEST_YEAR_UNDATED = 2100
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class TableError(ValueError):
    """A table breaks the data contract; `problems` lists every broken row, for the message."""

    def __init__(self, name: str, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{name}: {len(problems)} problem(s)\n  {shown}{more}")


def figures_table(rows: list[dict[str, Any]] | pd.DataFrame) -> pa.Table:
    """Figure rows (dicts or a frame) as a table in schema column order and deterministic row order."""
    if isinstance(rows, pd.DataFrame):
        frame = rows.assign(**{c: None for c in OPTIONAL_FIGURE_COLUMNS if c not in rows.columns})
        table = pa.Table.from_pandas(frame.loc[:, list(FIGURE_COLUMNS)], schema=FIGURE_SCHEMA, preserve_index=False)
    else:
        # Column by column: a third of the time of a dict per row.
        table = pa.table({c: [r.get(c) for r in rows] for c in FIGURE_COLUMNS}, schema=FIGURE_SCHEMA)
    return table.sort_by([(c, "ascending") for c in FIGURE_ORDER]).combine_chunks()


def articles_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Article rows as a pyarrow table, sorted by article id."""
    table = pa.Table.from_pylist([{c: r[c] for c in ARTICLE_COLUMNS} for r in rows], schema=ARTICLE_SCHEMA)
    return table.sort_by([("article_id", "ascending")]).combine_chunks()


def to_frame(table: pa.Table) -> pd.DataFrame:
    """A table as a pandas frame with nullable integer years, for analysis and derive()."""
    return table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


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
_CHECKED_COLUMNS = (
    "indicator", "kind", "status", "qualifier", "country_a", "country_b", "flow_from", "flow_to", "value", "unit",
    "year", "period", "quote", "rule", "figure_id", "article_id", "span_start", "span_end",
)  # fmt: skip


def figure_problems(row: dict[str, Any], text: str | None, published: date | None = None) -> list[str]:
    """Why one figure row breaks the contract (empty when it is sound); `text` and `published`
    are its article's."""
    problems = []
    for column, allowed in (("indicator", INDICATORS), ("kind", KINDS), ("status", STATUSES), ("qualifier", QUALIFIERS)):
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
        if not row.get(column):
            problems.append(f"{column} is empty")
    start, end = row.get("span_start"), row.get("span_end")
    if text is None:
        problems.append("no such article")
    elif not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"span {start}:{end} outside the article text (length {len(text)})")
    elif not text[start:end].strip():
        problems.append(f"span {start}:{end} covers no text")
    return problems


def validate_figures(figures: pa.Table, articles: pa.Table) -> None:
    """Raise TableError unless every figure row is sound, ids are unique and articles exist."""
    if figures.schema != FIGURE_SCHEMA:
        raise TableError("figures", ["schema differs from FIGURE_SCHEMA"])
    ids = articles.column("article_id").to_pylist()
    texts = dict(zip(ids, articles.column("text").to_pylist(), strict=True))
    dates = dict(zip(ids, articles.column("date").to_pylist(), strict=True))
    problems = []
    for row in _rows(figures.select(list(_CHECKED_COLUMNS))):
        for p in figure_problems(row, texts.get(row["article_id"]), dates.get(row["article_id"])):
            problems.append(f"{row['article_id']} {row['figure_id']}: {p}")
    for figure_id, n in Counter(figures.column("figure_id").to_pylist()).items():
        if n > 1:
            problems.append(f"figure_id {figure_id} appears {n} times")
    if problems:
        raise TableError("figures", problems)


def validate_articles(articles: pa.Table, figures: pa.Table) -> None:
    """Raise TableError unless every article row is sound and its n_figures is its figure count."""
    if articles.schema != ARTICLE_SCHEMA:
        raise TableError("articles", ["schema differs from ARTICLE_SCHEMA"])
    counts = Counter(figures.column("article_id").to_pylist())
    problems = []
    for article_id, n in Counter(articles.column("article_id").to_pylist()).items():
        if n > 1:
            problems.append(f"article_id {article_id} appears {n} times")
    for row in _rows(articles):
        where = row["article_id"]
        if row["date_source"] not in DATE_SOURCES:
            problems.append(f"{where}: date_source {row['date_source']!r} not in {DATE_SOURCES}")
        if (row["date"] is None) != (row["date_source"] == "none"):
            problems.append(f"{where}: date {row['date']} does not agree with date_source {row['date_source']!r}")
        if len(row["countries"]) != len(set(row["countries"])):
            problems.append(f"{where}: countries not distinct")
        if not _SHA256.match(row["sha256"]):
            problems.append(f"{where}: sha256 is not a hex digest")
        if row["n_figures"] != counts.get(where, 0):
            problems.append(f"{where}: n_figures {row['n_figures']} but {counts.get(where, 0)} figures")
        if not row["text"].strip():
            problems.append(f"{where}: empty text")
    if problems:
        raise TableError("articles", problems)


def _rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    """Rows as dicts a batch at a time, so a large table is never all Python objects at once."""
    for batch in table.to_batches(max_chunksize=4096):
        yield from batch.to_pylist()


def read_table(path: Path, schema: pa.Schema) -> pa.Table:
    """A parquet file read back and cast to its schema (raises if it cannot be)."""
    return pq.read_table(path).select(schema.names).cast(schema)


def write_tables(out: Path, tables: dict[str, pa.Table]) -> None:
    """Write every table to `out/<name>` as one set, with `out/manifest.json` (see manifest.py);
    a failure leaves all previous files in place.

    Each file is written in full to a temporary file in `out` and synced, the manifest is made
    from those bytes, then all are moved into place, the manifest last; if a move fails, the
    files already moved are put back. Temporaries of earlier builds that were killed are removed
    first.
    """
    out.mkdir(parents=True, exist_ok=True)
    atomic.remove_stale(out)
    staged: list[tuple[Path, Path]] = []
    try:
        entries = {}
        for name, table in tables.items():
            tmp = atomic.temporary(out, name)
            staged.append((tmp, out / name))
            pq.write_table(table, tmp, compression="zstd", use_dictionary=True, write_statistics=True)
            atomic.fsync(tmp)
            entries[name] = manifest.describe(tmp, table.num_rows)
        tmp = atomic.temporary(out, manifest.MANIFEST_FILE)
        staged.append((tmp, out / manifest.MANIFEST_FILE))
        tmp.write_text(manifest.manifest_text(entries), encoding="utf-8")
        atomic.fsync(tmp)
        _move_all_or_none(staged)
        atomic.fsync(out)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def _move_all_or_none(staged: list[tuple[Path, Path]]) -> None:
    # The previous files are kept under a second name (a hard link: no copy) until all moved.
    backups: dict[Path, Path] = {}
    moved: list[Path] = []
    try:
        for tmp, target in staged:
            if target.exists():
                backup = tmp.with_name(tmp.name.removesuffix(".tmp") + ".prev.tmp")
                try:
                    os.link(target, backup)
                except OSError:  # a filesystem without hard links
                    shutil.copyfile(target, backup)
                backups[target] = backup
        for tmp, target in staged:
            os.replace(tmp, target)
            moved.append(target)
    except BaseException:
        for target in moved:
            if target in backups:
                os.replace(backups.pop(target), target)
            else:
                target.unlink(missing_ok=True)
        raise
    finally:
        for backup in backups.values():
            backup.unlink(missing_ok=True)
