"""The two parquet tables: rows to pyarrow through the schema, validation, row order, and
an atomic write that leaves the previous files in place when anything fails."""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.build.figure_contract import CHECKED_COLUMNS, doubtful_rows, figure_problems
from dashboard.contract import manifest
from dashboard.contract.files import MANIFEST_FILE
from dashboard.contract.schema import (
    ARTICLE_COLUMNS,
    ARTICLE_SCHEMA,
    DATE_SOURCES,
    FIGURE_COLUMNS,
    FIGURE_SCHEMA,
)
from dashboard.guard import atomic

FIGURE_ORDER: tuple[str, ...] = (
    "article_id", "span_start", "span_end", "status", "indicator", "kind",
    "flow_from", "flow_to", "year", "period", "figure_id",
)  # fmt: skip
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class TableError(ValueError):
    """A table breaks the data contract; `problems` lists every broken row, for the message."""

    def __init__(self, name: str, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{name}: {len(problems)} problem(s)\n  {shown}{more}")


def figures_table(rows: Sequence[Mapping[str, object]]) -> pa.Table:
    """Figure rows as a table in schema column order and deterministic row order."""
    # Column by column: a third of the time of a dict per row.
    table = pa.table({c: [r.get(c) for r in rows] for c in FIGURE_COLUMNS}, schema=FIGURE_SCHEMA)
    return table.sort_by([(c, "ascending") for c in FIGURE_ORDER]).combine_chunks()


def articles_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Article rows as a pyarrow table, sorted by article id."""
    table = pa.Table.from_pylist([{c: r[c] for c in ARTICLE_COLUMNS} for r in rows], schema=ARTICLE_SCHEMA)
    return table.sort_by([("article_id", "ascending")]).combine_chunks()


def validate_figures(figures: pa.Table, articles: pa.Table) -> None:
    """Raise TableError unless every figure row is sound, ids are unique and articles exist."""
    if figures.schema != FIGURE_SCHEMA:
        raise TableError("figures", ["schema differs from FIGURE_SCHEMA"])
    ids = articles.column("article_id").to_pylist()
    texts = dict(zip(ids, articles.column("text").to_pylist(), strict=True))
    dates = dict(zip(ids, articles.column("date").to_pylist(), strict=True))
    checked = figures.select(list(CHECKED_COLUMNS))
    problems = []
    for row in _rows(checked.take(pa.array(doubtful_rows(checked, texts, dates), pa.int64()))):
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


def write_tables(out: Path, tables: dict[str, pa.Table], unchanged: Iterable[str] = ()) -> None:
    """Write every table to `out/<name>` as one set, with `out/manifest.json` (see manifest.py);
    a failure leaves all previous files in place. A table named in `unchanged` is the one in
    `out` already: it is not written again when the manifest there lists it at its size.

    Each file is written in full to a temporary file in `out` and synced, the manifest is made
    from those bytes, then all are moved into place, the manifest last; if a move fails, the
    files already moved are put back. Temporaries of earlier builds that were killed are removed
    first.
    """
    out.mkdir(parents=True, exist_ok=True)
    atomic.remove_stale(out)
    staged: list[tuple[Path, Path]] = []
    listed = _kept_entries(out, unchanged)
    try:
        entries = {}
        for name, table in tables.items():
            if name in listed:
                entries[name] = listed[name]
                continue
            tmp = atomic.temporary(out, name)
            staged.append((tmp, out / name))
            pq.write_table(table, tmp, compression="zstd", use_dictionary=True, write_statistics=True)
            atomic.fsync(tmp)
            entries[name] = manifest.describe(tmp, table.num_rows)
        tmp = atomic.temporary(out, MANIFEST_FILE)
        staged.append((tmp, out / MANIFEST_FILE))
        tmp.write_text(manifest.manifest_text(entries), encoding="utf-8")
        atomic.fsync(tmp)
        _move_all_or_none(staged)
        atomic.fsync(out)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def _kept_entries(out: Path, names: Iterable[str]) -> dict[str, manifest.Entry]:
    """The manifest's entries of the files `names` that are there as it lists them (by size: the
    caller read them under the same lock); none when the manifest cannot say."""
    names = set(names)
    if not names:
        return {}
    try:
        entries = manifest.read_manifest(out) or {}
        return {n: e for n, e in entries.items() if n in names and (out / n).stat().st_size == e.bytes}
    except (OSError, manifest.TornSet):
        return {}


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
