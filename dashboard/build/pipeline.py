"""The build: Load articles and metadata -> extract (cached) -> derive -> validate -> Save the
two parquet tables atomically, or compare them with data/ for `--check`."""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TextIO, TypeVar

import pyarrow as pa

from dashboard import paths
from dashboard.build import curate as curation
from dashboard.build.articles import Article, UnreadableArticle, read_article
from dashboard.build.cache import Cached, entry_key, entry_line, extractor_version, load_cache, save_cache, unconfirmed
from dashboard.build.confidence import confidence_of, merged
from dashboard.build.decisions import FILENAME as DECISIONS_FILE
from dashboard.build.decisions import DecisionsFileError
from dashboard.build.decisions import load as load_decisions
from dashboard.build.derive import derive_records
from dashboard.build.figure_contract import split_sound, year_problem
from dashboard.build.lock import build_lock, remove_stale_temporaries
from dashboard.build.metadata import FILENAME as METADATA_FILE
from dashboard.build.metadata import ArticleMeta, Metadata, MetadataFileError, load_metadata
from dashboard.build.plausibility import plausibility_doubts
from dashboard.build.tables import (
    TableError,
    articles_table,
    figures_table,
    read_table,
    validate_articles,
    validate_figures,
    write_tables,
)
from dashboard.build.workers import DEFAULT_BUDGET, Stopped, run_with_budget
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE, MANIFEST_FILE
from dashboard.contract.manifest import problems as manifest_problems
from dashboard.contract.periods import period_bounds
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, Figure
from dashboard.contract.values import value_text
from dashboard.extract import Extraction, extract_article
from dashboard.extract.doubts import article_doubts
from dashboard.extract.quantities import unread_numbers
from dashboard.guard.inputs import RefusedInput, name_problem, shown_name

ExtractFn = Callable[[str, date | None], Extraction]
# Below this many articles to extract, starting worker processes costs more than it saves.
POOL_MIN_ARTICLES = 200
SUMMARY_ROWS = 15
DIFF_LINES = 40
# Numbers not read as amounts, noted per article: a few say what happened, a dump would say it thousands of times.
UNREAD_NOTES = 3
_FIGURE_NAMES = tuple(f.name for f in fields(Figure))
_ROW_NAMES = ("article_id", *_FIGURE_NAMES)
_figure_fields = attrgetter(*_FIGURE_NAMES)
_id_parts = itemgetter(
    "article_id", "span_start", "span_end", "kind", "indicator", "country_a", "country_b", "flow_from", "flow_to", "year", "period"
)
# One encoder for every figure's evidence (tuples are written as JSON lists): json.dumps with
# separators builds a new encoder on each call, three times the cost.
_evidence_json = json.JSONEncoder(separators=(",", ":")).encode


T = TypeVar("T")


class BuildFailed(Exception):
    """Nothing can be written: the message says why."""


@dataclass(frozen=True)
class Source:
    """An article ready to extract: its text and its provenance after metadata."""

    article: Article
    date: date | None
    date_source: str
    title: str | None
    outlet: str | None
    url: str | None


@dataclass
class Build:
    articles: pa.Table
    figures: pa.Table  # what the articles say
    derived: pa.Table  # what follows from it (status "derived"), written to its own file
    read: int
    skipped: list[str]
    warnings: list[str] = field(default_factory=list)
    cache_hits: int = 0
    extracted: int = 0
    over_budget: list[str] = field(default_factory=list)  # article ids stopped at the time budget
    budget: float | None = None
    curation: list[str] = field(default_factory=list)  # decisions applied, review states


def build(
    articles_dir: Path,
    *,
    extract: ExtractFn = extract_article,
    version: str | None = None,
    cache: Path | None = None,
    workers: int = 1,
    progress: TextIO | None = None,
    budget: float | None = None,
) -> Build:
    """Compile every `*.txt` in `articles_dir` into the two tables, in memory.

    `version` names the extractor for the cache; it defaults to the hash of EXTRACTOR_FILES
    for the real extractor, and with another `extract` and no version nothing is cached.
    With a `budget` (seconds), extraction runs in worker processes and an article that takes
    longer is stopped and skipped; without one it runs here, unbounded.
    """
    # Load
    files, metadata = list_inputs(articles_dir)
    if version is None and extract is extract_article:
        version = extractor_version()
    use_cache = cache is not None and version is not None

    # Process: the articles are read as the workers extract the first ones, and each one's rows
    # are made as its extraction comes back.
    reading = SourceReader(files, metadata)
    sources, made, failures, stats, notes = extract_cached(
        reading, extract, version if use_cache else None, cache, workers, progress, budget, then=rows_for
    )
    skipped, warnings = reading.skipped, reading.warnings + notes
    article_rows, figure_rows, dropped, over_budget = [], [], [], []
    for source, article in zip(sources, made, strict=True):
        article_id = source.article.article_id
        if article is None:
            failure = failures[article_id]
            if isinstance(failure, Stopped):
                warnings.append(f"{article_id}: skipped: {failure.reason}")
                over_budget += [article_id] if failure.over_budget else []
            else:
                warnings.append(f"{article_id}: skipped: the extractor failed: {failure}")
            skipped.append(article_id)
            continue
        warnings += article.notes
        article_rows.append(article.row)
        figure_rows += article.figures
        dropped += article.dropped
    if not article_rows:
        # The summary that names the budget is never printed when nothing builds: say it here.
        stopped = (f"; {len(over_budget)} ran past the {budget:g} s extraction budget"
                   f" ({', '.join(over_budget[:10])}{' ...' if len(over_budget) > 10 else ''}): raise it with --budget"
                   if over_budget and budget else "")  # fmt: skip
        raise BuildFailed(f"every article failed ({len(files)} read{stopped}): nothing to write")
    warnings += dropped
    dates = {r["article_id"]: r["date"] for r in article_rows}
    figure_rows, curated, notes = apply_curation(figure_rows, article_rows, articles_dir)
    warnings += notes
    with_plausibility(figure_rows)
    derived_rows, notes = checked_derived(curation.derivable(figure_rows), article_rows)
    warnings += notes
    rows, notes = finish_figures([*figure_rows, *derived_rows], dates)
    warnings += notes
    del figure_rows
    figures, derived, articles = validated_tables(rows, article_rows)

    # Save: the caller writes the tables (or compares them, for --check).
    hits, extracted = stats
    return Build(articles, figures, derived, len(files), skipped, warnings, cache_hits=hits, extracted=extracted,
                 over_budget=over_budget, budget=budget, curation=curated)


def apply_curation(figure_rows: list[dict], article_rows: list[dict], articles_dir: Path) -> tuple[list[dict], list[str], list[str]]:
    """The curators' decisions (decisions.jsonl beside the articles) applied to the extracted
    figures: the rows with their review state, summary lines, and warnings for every decision
    re-attached or orphaned. A file that cannot be read fails the build rather than publish
    figures a curator rejected."""
    try:
        found = load_decisions(articles_dir / DECISIONS_FILE)
    except DecisionsFileError as e:
        raise BuildFailed(str(e)) from None
    texts = {r["article_id"]: r["text"] for r in article_rows}
    rows, outcomes = curation.apply_decisions(figure_rows, texts, found.decisions, figure_id)
    lines, notes = curation.report(found, outcomes, rows, DECISIONS_FILE)
    return rows, lines, notes


def list_inputs(articles_dir: Path) -> tuple[list[Path], Metadata]:
    """The article files, sorted, and the folder's metadata.toml; BuildFailed if unusable."""
    if not articles_dir.is_dir():
        raise BuildFailed(f"no such folder: {articles_dir}")
    # Resolved once here rather than per file: resolve() costs syscalls for every path.
    # Hidden files (`.draft.txt`, an editor's `.#x.txt`) are not articles, as in a shell glob.
    files = sorted(p for p in articles_dir.resolve().glob("*.txt") if not p.name.startswith("."))
    if not files:
        raise BuildFailed(f"no *.txt articles in {articles_dir}")
    try:
        return files, load_metadata(articles_dir / METADATA_FILE)
    except MetadataFileError as e:
        raise BuildFailed(str(e)) from None


class SourceReader:
    """Every readable article with its metadata applied, read one by one as it is iterated; the
    ids skipped and the warnings, complete once it has been iterated to the end.

    The same text under several names is built once, as the first by file name (`files` is
    sorted): copies would multiply its pair's figures.
    """

    def __init__(self, files: list[Path], metadata: Metadata) -> None:
        self.files, self.metadata = files, metadata
        self.skipped: list[str] = []
        self.warnings: list[str] = []

    def __iter__(self) -> Iterator[Source]:
        first_with: dict[str, Source] = {}
        for path in self.files:
            source, notes = load_source(path, self.metadata)
            self.warnings += notes
            if source is None:
                self.skipped.append(shown_name(path.stem))
                continue
            kept = first_with.setdefault(hashlib.sha256(source.article.body.encode()).hexdigest(), source)
            if kept is not source:
                self.warnings.append(duplicate_note(source, kept))
                self.skipped.append(source.article.article_id)
                continue
            yield source
        stems = {p.stem for p in self.files}
        self.warnings += [
            f"{METADATA_FILE}: entry [{article_id!r}] names no article: there is no {article_id}.txt"
            for article_id in sorted(set(self.metadata.entries) | set(self.metadata.errors))
            if article_id not in stems
        ]


def duplicate_note(copy: Source, kept: Source) -> str:
    """Why `copy` is skipped, and what to check when the two disagree on the date."""
    note = f"{copy.article.article_id}: skipped: the same text as {kept.article.article_id}, which is built (the first by file name)"
    if copy.date != kept.date:
        note += f"; their dates differ ({copy.date or 'none'} here, {kept.date or 'none'} there): check which is right"
    return note


def extract_cached(
    reading: Iterable[Source],
    extract: ExtractFn,
    version: str | None,
    cache: Path | None,
    workers: int,
    progress: TextIO | None,
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


def build_command(articles: Path, out: Path, check: bool, budget: float | None = DEFAULT_BUDGET) -> int:
    """`python -m dashboard build`: write data/, or with `check` compare it; returns the exit code.

    A build that writes holds `out`'s lock from reading the articles to the last file moved, so
    a second build waits and then builds from what it finds (mostly from the cache)."""
    if check:
        return _build_command(articles, out, check, budget)
    try:
        with build_lock(out, lambda message: print(message, file=sys.stderr, flush=True)):
            stale = remove_stale_temporaries(out, (FIGURES_FILE, DERIVED_FILE, ARTICLES_FILE))
            if stale:
                print(f"removed {len(stale)} half-written file(s) an interrupted build left in {_shown(out)}")
            return _build_command(articles, out, check, budget)
    except OSError as e:
        print(f"build failed, {out} left as it was: cannot lock it for writing: {e}", file=sys.stderr)
        return 1


def _build_command(articles: Path, out: Path, check: bool, budget: float | None) -> int:
    progress = sys.stderr if sys.stderr.isatty() else None
    try:
        result = build(articles, cache=paths.cache_dir(), workers=default_workers(), progress=progress, budget=budget or None)
    except (BuildFailed, TableError) as e:
        print(f"build failed, {out} left as it was: {e}", file=sys.stderr)
        return 1
    print(summary(result, articles))
    if check:
        differences = compare(result, out)
        if differences:
            print(f"check: {_shown(out)} is stale, it differs from a fresh build ({diff_counts(differences)}):")
            print("\n".join(f"  {d}" for d in differences[:DIFF_LINES]))
            if len(differences) > DIFF_LINES:
                print(f"  ... and {len(differences) - DIFF_LINES} more")
            print("run `python -m dashboard build` to update it")
            return 1
        print(f"check: {_shown(out)} is up to date")
        return 0
    try:
        write_tables(out, {FIGURES_FILE: result.figures, DERIVED_FILE: result.derived, ARTICLES_FILE: result.articles})
    except OSError as e:
        print(f"write failed, {out} left as it was: {e}", file=sys.stderr)
        return 1
    print(f"wrote {_shown(out / FIGURES_FILE)}, {_shown(out / DERIVED_FILE)} and {_shown(out / ARTICLES_FILE)}, "
          f"one set as {_shown(out / MANIFEST_FILE)} lists it")
    return 0


def default_workers() -> int:
    """Two processes where there are two cores: extraction is CPU-bound and per article."""
    return max(1, min(2, os.cpu_count() or 1))


def load_source(path: Path, metadata: Metadata) -> tuple[Source | None, list[str]]:
    """One article with its metadata applied, or None and the reason it is skipped."""
    article_id = path.stem
    if problem := name_problem(path.name):
        return None, [f"{shown_name(article_id)}: skipped: refused: {problem}"]
    if article_id in metadata.errors:
        return None, [f"{article_id}: skipped: {METADATA_FILE} entry is invalid: {metadata.errors[article_id]}"]
    try:
        article = read_article(path)
    except RefusedInput as e:
        return None, [f"{article_id}: skipped: refused: {e}"]
    except (UnreadableArticle, OSError) as e:
        return None, [f"{article_id}: skipped: unreadable file: {e}"]
    except Exception as e:  # one odd file never stops the build; the curator sees why
        return None, [f"{article_id}: skipped: reading it failed ({type(e).__name__}: {e})"]
    meta = metadata.entries.get(article_id, ArticleMeta())
    notes = [f"{article_id}: {w}" for w in article.warnings]
    notes += [f"{article_id}: {METADATA_FILE}: {w}" for w in metadata.warnings.get(article_id, ())]
    if meta.date is not None:
        published, date_source = meta.date, "metadata"
    elif article.header_date is not None:
        published, date_source = article.header_date, "header"
    else:
        published, date_source = None, "none"
        notes.append(f"{article_id}: no date (no date line, none in {METADATA_FILE}): relative periods get year null")
    source = Source(
        article=article,
        date=published,
        date_source=date_source,
        title=meta.title or article.default_title,
        outlet=meta.outlet,
        url=meta.url,
    )
    return source, notes


def extract_all(
    todo: Iterable[tuple[str, str, date | None]],
    extract: ExtractFn,
    workers: int,
    progress: TextIO | None,
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
    progress: TextIO | None,
    then: Callable[[str, Extraction], None] | None = None,
) -> None:
    shown, i = 0.0, 0
    for i, (key, extraction, error, line) in enumerate(outcomes, 1):
        if extraction is None:
            failures[key] = error
        else:
            done[key] = extraction
            if line:
                lines[key] = line
            if then is not None:
                then(key, extraction)
        if progress is not None and time.monotonic() - shown > 0.25:
            shown = time.monotonic()
            progress.write(f"\rextracted {i}")
            progress.flush()
    if progress is not None and i:
        progress.write(f"\rextracted {i}\n")
        progress.flush()


def figure_rows_for(source: Source, extraction: Extraction) -> tuple[list[dict], list[str]]:
    """The extractor's figures for one article as rows, not yet checked (see sound_rows); their
    evidence is already the JSON the table holds, made here as each extraction comes back
    rather than for all rows at the end."""
    article_id = source.article.article_id
    notes = [f"{article_id}: no country pair resolved for the article"] if extraction.pair is None else []
    rows = [dict(zip(_ROW_NAMES, (article_id, *_figure_fields(figure)), strict=True)) for figure in extraction.figures]
    doubts = extraction.doubts
    if len(doubts) != len(extraction.figures):  # an extraction made without them (a stub in tests)
        doubts = tuple(article_doubts(extraction.figures, source.article.body, source.date, source.date_source != "none", extraction.pair))
    for row, found in zip(rows, doubts, strict=True):
        evidence = row["evidence"]
        row["evidence"] = _evidence_json(evidence) if evidence else None
        row["doubts"] = list(found)
        row["confidence"] = confidence_of(found)
    return rows, notes


def with_plausibility(rows: list[dict], built: list[dict] | None = None) -> list[tuple[str, ...]]:
    """Add to each row the doubts the build's other figures raise about it, and settle its
    confidence on all its doubts. In place: the rows are the build's own. `built` are rows of
    a set already written (plausibility.COLUMNS) that `rows` join: judged with them, not
    changed; their plausibility doubts as they are now are returned."""
    built = built or []
    found = plausibility_doubts([*built, *rows])
    for row, doubts in zip(rows, found[len(built) :], strict=True):
        if doubts:
            row["doubts"] = merged(row.get("doubts"), doubts)
        row["doubts"] = row.get("doubts") or []
        row["confidence"] = confidence_of(row["doubts"])
    return found[: len(built)]


@dataclass(frozen=True)
class ArticleRows:
    """One extracted article as the build holds it: its row, the rows of its figures that keep
    the contract, the warnings about it, and a warning for each figure row dropped."""

    row: dict
    figures: list[dict]
    notes: list[str]
    dropped: list[str]


def rows_for(source: Source, extraction: Extraction) -> ArticleRows:
    """An article's rows from its extraction, its figures checked against the contract."""
    article_id = source.article.article_id
    figures, notes = figure_rows_for(source, extraction)
    row = article_row(source, extraction)
    kept, dropped = sound_rows(figures, row)
    notes += [f"{article_id}: {note}" for note in extraction.notes]
    notes += [f"{article_id}: the number {raw!r} at character {at} is {why}: not read as an amount (news does not write one so)"
              for at, raw, why in itertools.islice(unread_numbers(source.article.body), UNREAD_NOTES)]  # fmt: skip
    return ArticleRows(row, kept, notes, dropped)


def sound_rows(figure_rows: list[dict], article: dict) -> tuple[list[dict], list[str]]:
    """An article's extracted rows that keep the contract in it; one that breaks it is dropped
    with a warning rather than written."""
    article_id = article["article_id"]
    kept, broken = split_sound(figure_rows, {article_id: article["text"]}, {article_id: article["date"]}, ids_assigned=False)
    notes = [f"{r['article_id']}: figure at {r['span_start']}:{r['span_end']} dropped: {'; '.join(p)}" for r, p in broken]
    return kept, notes


def checked_derived(figure_rows: list[dict], article_rows: list[dict]) -> tuple[list[dict], list[str]]:
    """The figures the reported ones imply, each checked against the contract and the year
    window of its article, with a note for every one dropped."""
    dates = {r["article_id"]: r["date"] for r in article_rows}
    derived_rows, notes = derived_figures(figure_rows, {r["article_id"]: r["text"] for r in article_rows}, dates)
    derived_rows, window_notes = in_year_window(derived_rows, dates)
    return derived_rows, notes + window_notes


def validated_tables(rows: list[dict], article_rows: list[dict]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Finished figure rows and article rows as the figures, derived and articles tables, each
    article counting its stated figures, all three validated against each other."""
    figures = figures_table([r for r in rows if r["status"] != "derived"])
    derived = figures_table([r for r in rows if r["status"] == "derived"])
    counts = Counter(figures.column("article_id").to_pylist())
    for row in article_rows:
        row["n_figures"] = counts.get(row["article_id"], 0)
    articles = articles_table(article_rows)
    validate_articles(articles, figures)
    validate_figures(figures, articles)
    validate_figures(derived, articles)
    return figures, derived, articles


def in_year_window(records: list[dict], dates: dict[str, date | None]) -> tuple[list[dict], list[str]]:
    """The records whose year can be a figure's (see tables.year_window), and a warning for each
    one dropped: a level derived from one of 1950 would be for 1949."""
    kept, notes = [], []
    for r in records:
        problem = year_problem(r["year"], r["status"], dates[r["article_id"]])
        if problem is None:
            kept.append(r)
        else:
            notes.append(f"{r['article_id']}: {r['status']} figure at {r['span_start']}:{r['span_end']} dropped: {problem}")
    return kept, notes


def derived_figures(
    figure_rows: list[dict], texts: dict[str, str], dates: dict[str, date | None] | None = None
) -> tuple[list[dict], list[str]]:
    """The figures the reported ones imply; one that breaks the contract (an article dated 1900
    with a growth rate implies 1899) is dropped with a note, and a failure to derive at all
    costs the derived figures, never the build."""
    try:
        derived = derive_records(figure_rows)
    except Exception as e:
        return [], [f"derived figures not computed ({type(e).__name__}: {e}): the reported figures are built"]
    kept, broken = split_sound(derived, texts, dates or {}, ids_assigned=False)
    notes = [
        f"{row['article_id']}: derived figure ({row['rule']}, from the figure at {row['span_start']}:{row['span_end']}) "
        f"dropped: {'; '.join(problems)}"
        for row, problems in broken
    ]
    return kept, notes


def finish_figures(records: list[dict], dates: dict[str, date | None]) -> tuple[list[dict], list[str]]:
    """Add figure_id and period bounds, point parts at their whole; the same figure found
    twice is kept once."""
    for r in records:
        r["figure_id"] = r.get("figure_id") or figure_id(r)  # a curator's correction keeps its figure's id
        r["period_start"], r["period_end"] = period_bounds(r["year"], r["period"], dates[r["article_id"]])
    by_start = {(r["article_id"], r["span_start"]): r["figure_id"] for r in records if r["status"] != "derived"}
    for r in records:
        whole = r.get("part_of")
        r["part_of"] = None if whole is None or r["status"] == "derived" else by_start.get((r["article_id"], whole))
    seen: set[str] = set()
    kept, notes = [], []
    for r in records:
        if r["figure_id"] in seen:
            notes.append(f"{r['article_id']}: figure at {r['span_start']}:{r['span_end']} listed twice: kept once")
            continue
        seen.add(r["figure_id"])
        kept.append(r)
    return kept, notes


def figure_id(row: dict) -> str:
    """A short hash of the mention a figure reads: its article, the amount's span, and the
    reading (what, between whom, when). No rule name goes in, so rules can be renamed and
    curators' decisions keep their figure.

    >>> figure_id(dict(article_id="a", span_start=1, span_end=5, indicator="exports", kind="level",
    ...   country_a="AZE", country_b="JPN", flow_from="AZE", flow_to="JPN", year=2024, period="FY"))
    'f34cd406fe7c3368'
    """
    text = "|".join(["" if v is None else str(v) for v in _id_parts(row)])
    if row.get("status") == "derived":
        text += "|derived:" + str(row.get("rule"))  # computed from the mention, not read at it
    # surrogateescape: an id from a file name that is not UTF-8 still hashes (such files are
    # refused on reading; this keeps the function total).
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def article_row(source: Source, extraction: Extraction) -> dict:
    article = source.article
    return {
        "article_id": article.article_id,
        "path": _shown_file(article.path),
        "date": source.date,
        "date_source": source.date_source,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "countries": list(extraction.countries),  # the article's pair first, then by mentions
        "n_figures": 0,
        "sha256": article.sha256,
        "text": article.body,
    }


def _shown_file(path: Path) -> str:
    """_shown of a resolved file path, its folder worked out once: every article of a build
    shares one folder, and pathlib's relative_to costs as much as reading a short article.

    >>> [_shown_file(p) for p in (paths.ROOT / "seeds" / "a.txt", paths.ROOT / "a.txt", Path("/a.txt"), Path("/x/a.txt"))]
    ['seeds/a.txt', 'a.txt', '/a.txt', '/x/a.txt']
    """
    folder = _shown_folder(path.parent)
    return path.name if folder == "." else f"{folder.rstrip('/')}/{path.name}"


@functools.lru_cache(maxsize=16)
def _shown_folder(folder: Path) -> str:
    return _shown(folder, resolved=True)


def _shown(path: Path, resolved: bool = False) -> str:
    """Relative to the repository root when inside it, so data/ does not depend on the clone."""
    resolved_path = path if resolved else path.resolve()
    if resolved_path.is_relative_to(paths.ROOT):
        return resolved_path.relative_to(paths.ROOT).as_posix()
    return resolved_path.as_posix()


def summary(result: Build, articles_dir: Path) -> str:
    """What the build read and found, for a person: counts by indicator and pair, then warnings."""
    figures = result.figures
    status = Counter(figures.column("status").to_pylist())
    lines = [
        f"read {result.read} article file(s) from {_shown(articles_dir)}: "
        f"{result.articles.num_rows} built, {len(result.skipped)} skipped",
        *(
            [f"{len(result.over_budget)} article(s) ran past the {result.budget:g} s extraction budget and were skipped: "
             f"{', '.join(result.over_budget[:10])}{' ...' if len(result.over_budget) > 10 else ''} (see --budget)"]
            if result.over_budget else []
        ),
        f"extraction: {result.extracted} extracted, {result.cache_hits} from cache",
        f"{figures.num_rows} figures ({', '.join(f'{n} {s}' for s, n in sorted(status.items())) or 'none'})"
        f" and {result.derived.num_rows} derived from them",
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


def diff_rows(old: list[dict], new: list[dict], key: str) -> Iterator[str]:
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


def _describe(row: dict) -> str:
    if "indicator" not in row:
        return ""
    return (
        f" ({row['article_id']} {row['country_a']}-{row['country_b']} {row['indicator']} {row['kind']} "
        f"{row['status']} {value_text(row['value'], row['unit'], row['qualifier'])} {row['year']} {row['period']})"
    )


def _brief(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
