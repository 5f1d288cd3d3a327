"""Save: bring data/ up to date with seeds/, under data/'s one lock, for the command line and
for a curator's change alike. A build that fails leaves data/ as it was."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import paths
from dashboard.build.extraction import default_workers
from dashboard.build.run import Build, NeedsWholeBuild, Scope, Tables, build
from dashboard.build.tables import TableError, read_table, write_tables
from dashboard.build.workers import DEFAULT_BUDGET
from dashboard.contract.files import (
    ARTICLES_FILE,
    DECISIONS_FILE,
    DERIVED_FILE,
    FIGURES_FILE,
    MANIFEST_FILE,
    METADATA_FILE,
    TABLE_FILES,
)
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA
from dashboard.guard import atomic
from dashboard.guard.lock import data_lock


def rebuild_data(
    seeds: Path,
    data: Path,
    *,
    scope: Scope | None = None,
    timeout: float | None = None,
    waiting: Callable[[str], object] | None = None,
    progress: TextIO | None = None,
    budget: float | None = DEFAULT_BUDGET,
    stale: Callable[[list[str]], object] | None = None,
) -> Build:
    """Build `seeds` and write `data`, holding data/'s lock from reading the articles to the
    last file moved, so a second writer waits and then builds from what it finds. With a
    `scope` (what changed since data/ was built, when it was current: see `is_current`) only
    the pairs it touches are redone; when that cannot be done, everything is. Temporaries a
    killed writer left are removed first (`stale` hears of them). Raises BuildFailed,
    TableError, OSError or Busy (after `timeout` seconds of waiting)."""
    with data_lock(data, timeout=timeout, waiting=waiting):
        removed = atomic.remove_stale(data, locked=True) if data.is_dir() else []
        if removed and stale is not None:
            stale(removed)
        result = None
        if scope is not None:
            try:
                result = build(seeds, previous=read_tables(data), scope=scope)
            except (NeedsWholeBuild, TableError, OSError, ValueError, KeyError, pa.ArrowException):
                result = None  # the whole build below says what is wrong, if anything still is
        if result is None:
            result = build(seeds, cache=paths.cache_dir(), workers=default_workers(), progress=progress, budget=budget or None)
        write_tables(data, result.files, unchanged=result.unchanged)
    return result


def read_tables(data: Path) -> Tables:
    """The three tables in `data`, each checked against its schema."""
    return Tables(
        read_table(data / FIGURES_FILE, FIGURE_SCHEMA),
        read_table(data / DERIVED_FILE, FIGURE_SCHEMA),
        read_table(data / ARTICLES_FILE, ARTICLE_SCHEMA),
    )


def is_current(seeds: Path, data: Path) -> bool:
    """Whether data/ holds what a full build of seeds/ would give now: written (its manifest) after every
    article, metadata.toml, decisions.jsonl and every file of the package's code was last
    changed, and naming no article that is gone. Cheap (stat calls and one column), and
    errs towards False: then the caller runs the full build."""
    try:
        # The manifest is written last by every write of data/, also one that leaves a table as it was.
        built_at = (data / MANIFEST_FILE).stat().st_mtime
        for name in TABLE_FILES:
            (data / name).stat()
        stems = set()
        with os.scandir(seeds) as entries:
            for e in entries:
                if e.name.endswith(".txt") or e.name in (METADATA_FILE, DECISIONS_FILE):
                    if e.stat().st_mtime >= built_at:
                        return False
                    stems.add(e.name[:-4])
        code = [p for p in paths.PACKAGE.rglob("*") if p.suffix in (".py", ".toml", ".json", ".csv")]
        if any(p.stat().st_mtime >= built_at for p in code):
            return False
        ids = pq.read_table(data / ARTICLES_FILE, columns=["article_id"]).column("article_id").to_pylist()
    except (OSError, pa.ArrowException, KeyError):
        return False
    return set(ids) <= stems


def built_texts(data: Path) -> pa.Table | None:
    """The built articles' ids and texts (None when there is no table yet), to recognise a
    text that is already there without reading every article file."""
    try:
        return pq.read_table(data / ARTICLES_FILE, columns=["article_id", "text"])
    except (OSError, pa.ArrowException):
        return None
