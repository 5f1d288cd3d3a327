"""What a build read and found, for a person, and how a folder's tables differ from it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from dashboard.build.run import Build
from dashboard.build.sources import shown
from dashboard.build.tables import (
    read_table,
)
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE, MANIFEST_FILE
from dashboard.contract.manifest import problems as manifest_problems
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA
from dashboard.contract.values import value_text

SUMMARY_ROWS = 15


DIFF_LINES = 40


def summary(result: Build, articles_dir: Path) -> str:
    """What the build read and found, for a person: counts by indicator and pair, then warnings."""
    figures = result.figures
    status = Counter(figures.column("status").to_pylist())
    lines = [
        f"read {result.read} article file(s) from {shown(articles_dir)}: "
        f"{result.articles.num_rows} built, {len(result.skipped)} skipped",
        *(
            [f"{len(result.over_budget)} article(s) ran past the {result.budget:g} s extraction budget and were skipped: "
             f"{', '.join(result.over_budget[:10])}{' ...' if len(result.over_budget) > 10 else ''} (see --budget)"]
            if result.over_budget else []
        ),
        f"extraction: {result.extracted} extracted, {result.cache_hits} from cache",
        f"{figures.num_rows} figures ({', '.join(f'{n} {s}' for s, n in sorted(status.items())) or 'none'})"
        f" and {result.derived.num_rows} derived from them",
        *([f"redone: {result.redone}"] if result.redone else []),
        *result.curation,
    ]
    by_indicator = Counter(figures.column("indicator").to_pylist())
    pairs = Counter(f"{a}-{b}" for a, b in zip(figures.column("country_a").to_pylist(), figures.column("country_b").to_pylist(), strict=True))
    for title, counts in (("by indicator", by_indicator), ("by pair", pairs)):
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked:
            lines.append(f"  {title}:")
            lines += [f"    {name:<16} {n:>6}" for name, n in ranked[:SUMMARY_ROWS]]
        if len(ranked) > SUMMARY_ROWS:
            lines.append(f"    ... and {len(ranked) - SUMMARY_ROWS} more ({sum(n for _, n in ranked[SUMMARY_ROWS:])} figures)")
    lines.append(f"warnings ({len(result.warnings)}):" if result.warnings else "warnings: none")
    lines += [f"  {w}" for w in result.warnings]
    return "\n".join(lines)


def compare(result: Build, out: Path) -> list[str]:
    """How the tables in `out` differ from the build: articles and figures added, removed, changed."""
    differences = []
    for name, schema, key, fresh in (
        (ARTICLES_FILE, ARTICLE_SCHEMA, "article_id", result.articles),
        (FIGURES_FILE, FIGURE_SCHEMA, "figure_id", result.figures),
        (DERIVED_FILE, FIGURE_SCHEMA, "figure_id", result.derived),
    ):
        path = out / name
        if not path.exists():
            differences.append(f"{name}: missing")
            continue
        try:
            old = read_table(path, schema)
        except (OSError, ValueError, KeyError, pa.ArrowException) as e:
            differences.append(f"{name}: unreadable or not the current schema ({e})")
            continue
        differences += [f"{name}: {d}" for d in diff_rows(old.to_pylist(), fresh.to_pylist(), key)]
        if not differences and not old.equals(fresh):
            differences.append(f"{name}: row order differs")
    if not differences:  # the tables are right, but the app refuses them unless they are one set
        differences += [f"{MANIFEST_FILE}: {p}" for p in manifest_problems(out)]
    return differences


def diff_rows(old: list[dict[str, Any]], new: list[dict[str, Any]], key: str) -> Iterator[str]:
    """Rows added, removed and changed (with the columns that changed), by key.

    >>> list(diff_rows([{"k": 1, "v": 1}, {"k": 2, "v": 2}], [{"k": 2, "v": 3}, {"k": 4, "v": 4}], "k"))
    ['added 4', 'removed 1', 'changed 2: v 2 -> 3']
    """
    before = {r[key]: r for r in old}
    after = {r[key]: r for r in new}
    for k in sorted(after.keys() - before.keys()):
        yield f"added {k}{_describe(after[k])}"
    for k in sorted(before.keys() - after.keys()):
        yield f"removed {k}{_describe(before[k])}"
    for k in sorted(before.keys() & after.keys()):
        changed = [c for c in after[k] if before[k].get(c) != after[k][c]]
        if changed:
            detail = ", ".join(f"{c} {_brief(before[k].get(c))} -> {_brief(after[k][c])}" for c in changed)
            yield f"changed {k}: {detail}"


def diff_counts(differences: list[str]) -> str:
    """How many rows each file gained, lost and changed.

    >>> diff_counts(["figures.parquet: added x", "figures.parquet: added y", "articles.parquet: changed a: title"])
    'articles.parquet: 1 changed; figures.parquet: 2 added'
    """
    counts = Counter(tuple(d.split(" ", 2)[:2]) for d in differences)
    parts = []
    for name in sorted({name for name, _ in counts}):
        verbs = [f"{counts[name, verb]} {verb}" for verb in ("added", "removed", "changed") if counts[name, verb]]
        parts.append(f"{name} {', '.join(verbs) or 'missing or unreadable'}")
    return "; ".join(parts)


def _describe(row: dict[str, Any]) -> str:
    if "indicator" not in row:
        return ""
    return (
        f" ({row['article_id']} {row['country_a']}-{row['country_b']} {row['indicator']} {row['kind']} "
        f"{row['status']} {value_text(row['value'], row['unit'], row['qualifier'])} {row['year']} {row['period']})"
    )


def _brief(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
