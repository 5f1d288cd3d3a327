"""data/ brought up to date after a curator's change (an article added, a decision saved), in
process, so the app shows the result at once: the one build, told what changed when data/ was
current before the change, so that it redoes only the pairs the change touches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.build.decisions import Decision
from dashboard.build.failure import BuildFailed
from dashboard.build.report import summary
from dashboard.build.run import Scope
from dashboard.build.tables import TableError
from dashboard.build.update import built_texts, is_current, rebuild_data
from dashboard.guard.lock import DATA_TIMEOUT, Busy

__all__ = ["Rebuilt", "add_and_rebuild", "after_decisions", "built_texts", "is_current", "rebuild"]


@dataclass(frozen=True)
class Rebuilt:
    ok: bool
    summary: str
    figures_by_article: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    incremental: bool = False


def rebuild(seeds: Path, data: Path, scope: Scope | None = None) -> Rebuilt:
    """Build from `seeds` and write `data` (only what `scope` touches, when given); a failed
    build leaves data/ as it was."""
    try:
        result = rebuild_data(seeds, data, scope=scope, timeout=DATA_TIMEOUT, budget=None)
    except (BuildFailed, TableError, OSError, Busy) as e:
        return Rebuilt(False, f"build failed, {data} left as it was: {e}")
    counts = Counter(result.figures.column("article_id").to_pylist())
    return Rebuilt(True, summary(result, seeds), dict(counts), tuple(result.warnings), incremental=result.redone is not None)


def add_and_rebuild(seeds: Path, data: Path, added: list[str], was_current: bool) -> Rebuilt:
    """Bring data/ up to date after `added` articles were saved; `was_current`: whether data/
    was current before they were (see `is_current`)."""
    return rebuild(seeds, data, Scope(articles=frozenset(added)) if was_current and added else None)


def after_decisions(seeds: Path, data: Path, new: Iterable[Decision], removed: Iterable[str], was_current: bool) -> Rebuilt:
    """Bring data/ up to date after decisions were saved (`new`) and taken back (`removed`, by
    figure id); `was_current` as for add_and_rebuild."""
    new, removed = list(new), list(removed)
    scope = Scope(decided=frozenset(d.article_id for d in new), figures=frozenset([*(d.figure_id for d in new), *removed]))
    return rebuild(seeds, data, scope if was_current and (new or removed) else None)
