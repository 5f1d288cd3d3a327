"""Rebuild data/ after a curator's change (an article added, a decision saved), in process,
so the app shows the result at once. Only new articles are extracted: the rest come from the
pipeline's cache."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import paths
from dashboard.pipeline import BuildFailed, build, default_workers, summary
from dashboard.tables import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE, TableError, write_tables


@dataclass(frozen=True)
class Rebuilt:
    ok: bool
    summary: str
    figures_by_article: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def rebuild(seeds: Path, data: Path) -> Rebuilt:
    """Build from `seeds` and write `data`; a failed build leaves data/ as it was."""
    try:
        result = build(seeds, cache=paths.cache_dir(), workers=default_workers())
        write_tables(data, {FIGURES_FILE: result.figures, DERIVED_FILE: result.derived, ARTICLES_FILE: result.articles})
    except (BuildFailed, TableError, OSError) as e:
        return Rebuilt(False, f"build failed, {data} left as it was: {e}")
    counts = Counter(result.figures.column("article_id").to_pylist())
    return Rebuilt(True, summary(result, seeds), dict(counts), tuple(result.warnings))


def built_texts(data: Path) -> dict[str, str]:
    """Article id -> text from the built articles table (empty when there is none yet)."""
    path = data / ARTICLES_FILE
    if not path.exists():
        return {}
    try:
        table = pq.read_table(path, columns=["article_id", "text"])
    except (OSError, pa.ArrowException):
        return {}
    return dict(zip(table.column("article_id").to_pylist(), table.column("text").to_pylist(), strict=True))
