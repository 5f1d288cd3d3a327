"""Process, per article: extraction, in worker processes past a few hundred articles, each
figure's extraction reused from the cache when its text and date are unchanged."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from dashboard.build.cache import Cached, entry_key, entry_line, load_cache, save_cache, unconfirmed
from dashboard.build.failure import BuildFailed
from dashboard.build.progress import Progress
from dashboard.build.sources import Source
from dashboard.build.workers import Stopped, run_with_budget
from dashboard.extract import Extraction, extract_article
from dashboard.extract.lexicon import load as load_rules

ExtractFn = Callable[[str, date | None], Extraction]


# Below this many articles to extract, starting worker processes costs more than it saves.
POOL_MIN_ARTICLES = 200


T = TypeVar("T")


def extract_cached(
    reading: Iterable[Source],
    extract: ExtractFn,
    version: str | None,
    cache: Path | None,
    workers: int,
    progress: Progress | None,
    budget: float | None = None,
    *,
    then: Callable[[Source, Extraction], T],
) -> tuple[list[Source], list[T | None], dict[str, str | Stopped], tuple[int, int], list[str]]:
    """The sources as read and `then` of each one's extraction (None where the extractor
    failed), reusing the cache when a version and folder are given; the failures by article id;
    (cache hits, extracted); warnings. Sources are extracted as they are read, so reading them
    overlaps the extraction of the first ones, and `then` runs on each extraction as it comes
    back, while the workers go on with the next."""
    warnings: list[str] = []
    caching = version is not None and cache is not None
    cached = Cached()
    if version is not None and cache is not None:
        cached, problem = load_cache(cache, version)
        warnings += [problem] if problem else []
    sources: list[Source] = []
    keys: list[str] = []
    first_with: dict[str, int] = {}  # key -> the first source with it
    made: dict[int, T] = {}  # by source

    def todo() -> Iterator[tuple[str, str, date | None]]:
        """Each source as read, less those cached or of the same text and date as one before."""
        for source in reading:
            key = entry_key(source.article.body, source.date)
            sources.append(source)
            keys.append(key)
            if key in cached.lines and (problem := unconfirmed(source.article.body, cached.extractions[key])):
                del cached.lines[key], cached.extractions[key]
                warnings.append(f"{source.article.article_id}: extraction cache entry not used ({problem}): re-extracted")
            if key not in cached.lines and key not in first_with:
                first_with[key] = len(sources) - 1
                yield key, source.article.body, source.date

    def extracted(key: str, extraction: Extraction) -> None:
        made[first_with[key]] = then(sources[first_with[key]], extraction)

    fresh, failed, fresh_lines = extract_all(todo(), extract, workers, progress, budget, cache_lines=caching, then=extracted)
    results = {**cached.extractions, **fresh}
    # Rewritten only when it would change: new entries, or entries of articles now gone.
    if version is not None and cache is not None and (fresh or cached.lines.keys() - set(keys)):
        lines = {**cached.lines, **fresh_lines}
        try:
            save_cache(cache, version, {k: lines[k] for k in keys if k in lines})
        except OSError as e:
            warnings.append(f"extraction cache not saved ({e}): the next build re-extracts")
    failures = {s.article.article_id: failed[k] for k, s in zip(keys, sources, strict=True) if k in failed}
    hits = sum(1 for k in keys if k in cached.lines)
    for i, (key, source) in enumerate(zip(keys, sources, strict=True)):
        if i not in made and key in results:  # cached, or the same as one before
            made[i] = then(source, results[key])
    return sources, [made.get(i) for i in range(len(sources))], failures, (hits, len(fresh) + len(failed)), warnings


def default_workers() -> int:
    """Two processes where there are two cores: extraction is CPU-bound and per article."""
    return max(1, min(2, os.cpu_count() or 1))


def extract_all(
    todo: Iterable[tuple[str, str, date | None]],
    extract: ExtractFn,
    workers: int,
    progress: Progress | None,
    budget: float | None = None,
    *,
    cache_lines: bool = False,
    then: Callable[[str, Extraction], None] | None = None,
) -> tuple[dict[str, Extraction], dict[str, str | Stopped], dict[str, str]]:
    """Extract every (key, body, date); an article whose extraction raises is a failure, not a
    crash, and with a budget one that runs past it is stopped (a Stopped failure). With
    `cache_lines`, each extraction's cache entry (extraction_cache.entry_line) is written where
    it was extracted, in parallel, and returned by key. `todo` is read only as the extraction
    needs more, past the first POOL_MIN_ARTICLES that decide whether a pool is worth starting.
    `then(key, extraction)` runs here on each extraction as it comes back."""
    done: dict[str, Extraction] = {}
    failures: dict[str, str | Stopped] = {}
    lines: dict[str, str] = {}
    job = partial(_extract_one, extract, cache_lines)
    unread = iter(todo)
    # Read ahead only where the count decides between one process and several.
    head = list(itertools.islice(unread, POOL_MIN_ARTICLES)) if workers > 1 else []
    pooled = len(head) >= POOL_MIN_ARTICLES
    items = itertools.chain(head, unread)
    if pooled and extract is extract_article:
        load_rules()  # compiled here once: the forked workers inherit the rules, not compile them each
    if budget:
        keys: list[str] = []  # by index, for the items stopped
        outcomes = run_with_budget(_noting_keys(items, keys), job, workers=workers if pooled else 1, budget=budget)
        results = ((keys[i], None, r, "") if isinstance(r, Stopped) else r for i, r in outcomes)
        try:
            _collect(results, done, failures, lines, progress, then)
        except OSError as e:  # no process could be started (out of memory or of process slots)
            raise BuildFailed(f"cannot run extraction in worker processes: {e} (--budget 0 extracts in this one)") from None
    elif pooled:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            _collect(pool.map(job, items, chunksize=16), done, failures, lines, progress, then)
    else:
        _collect(map(job, items), done, failures, lines, progress, then)
    return done, failures, lines


def _noting_keys(items: Iterable[tuple[str, str, date | None]], keys: list[str]) -> Iterator[tuple[str, str, date | None]]:
    for item in items:
        keys.append(item[0])
        yield item


def _extract_one(
    extract: ExtractFn, cache_line: bool, item: tuple[str, str, date | None]
) -> tuple[str, Extraction | None, str, str]:
    key, body, published = item
    try:
        extraction = extract(body, published)
    except Exception as e:
        return key, None, f"{type(e).__name__}: {e}", ""
    try:
        line = entry_line(key, extraction) if cache_line else ""
    except (ValueError, TypeError):  # not encodable (a nan): built, just not cached
        line = ""
    return key, extraction, "", line


def _collect(
    outcomes: Iterable[tuple[str, Extraction | None, str | Stopped, str]],
    done: dict[str, Extraction],
    failures: dict[str, str | Stopped],
    lines: dict[str, str],
    progress: Progress | None,
    then: Callable[[str, Extraction], None] | None = None,
) -> None:
    for key, extraction, error, line in outcomes:
        if extraction is None:
            failures[key] = error
        else:
            done[key] = extraction
            if line:
                lines[key] = line
            if then is not None:
                then(key, extraction)
        if progress is not None:
            progress.article_extracted()
