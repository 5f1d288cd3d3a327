"""The build, once: Load (articles, metadata.toml, decisions.jsonl) -> Process -> the three
tables, in memory; the caller writes them (build/write.py) or compares them (--check).

A whole build reads every article. Given the tables built before from the same folder and the
`Scope` of what changed since (articles added, figures decided on), the same build redoes only
the country pairs the change touches: every stage that crosses articles (the doubts other
figures raise, derived figures, a reported level replacing a derived one) works within a pair,
so the rows of the other pairs are the previous tables' rows as they are. The result is the
tables a whole build gives (tests hold the two to it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.build import curate
from dashboard.build.cache import extractor_version
from dashboard.build.decisions import DecisionFile, DecisionsFileError
from dashboard.build.decisions import load as load_decisions
from dashboard.build.extraction import ExtractFn, extract_cached
from dashboard.build.failure import BuildFailed
from dashboard.build.plausibility import PLAUSIBILITY_DOUBTS
from dashboard.build.progress import SHOWN_FROM, Progress
from dashboard.build.rows import ArticleRows, rows_for
from dashboard.build.sources import Source, SourceReader, list_inputs
from dashboard.build.stages import apply_curation, checked_derived, finish_figures, validated_tables, with_plausibility
from dashboard.build.tables import FIGURE_ORDER, articles_table, figures_table, validate_articles, validate_figures
from dashboard.build.workers import Stopped
from dashboard.contract.files import ARTICLES_FILE, DECISIONS_FILE, DERIVED_FILE, FIGURES_FILE
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, FigureRow
from dashboard.extract import Extraction, extract_article

Row = dict[str, Any]  # an article's row
Pair = tuple[str, str]


class NeedsWholeBuild(BuildFailed):
    """A scoped build cannot give what a whole build would: the caller builds whole."""


@dataclass(frozen=True)
class Tables:
    """The three tables of a build, as written to data/ or read back from it."""

    figures: pa.Table  # what the articles say
    derived: pa.Table  # what follows from it (status "derived"), written to its own file
    articles: pa.Table


@dataclass(frozen=True)
class Scope:
    """What changed since the previous tables were built from the same folder."""

    articles: frozenset[str] = frozenset()  # articles added
    decided: frozenset[str] = frozenset()  # articles with a decision made or taken back
    figures: frozenset[str] = frozenset()  # figures decided on, or whose decision was taken back


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
    redone: str | None = None  # a scoped build: what it redid, in words
    unchanged: tuple[str, ...] = ()  # the tables a scoped build left as they were (files need no writing)

    @property
    def files(self) -> dict[str, pa.Table]:
        """The tables by the file each is written to."""
        return {FIGURES_FILE: self.figures, DERIVED_FILE: self.derived, ARTICLES_FILE: self.articles}


@dataclass
class _Processed:
    """The articles read and extracted, as rows, before anything crosses articles."""

    article_rows: list[Row]
    figure_rows: list[FigureRow]
    skipped: list[str]
    warnings: list[str]
    over_budget: list[str]
    hits: int
    extracted: int


def build(
    articles_dir: Path,
    *,
    extract: ExtractFn = extract_article,
    version: str | None = None,
    cache: Path | None = None,
    workers: int = 1,
    progress: TextIO | None = None,
    budget: float | None = None,
    previous: Tables | None = None,
    scope: Scope | None = None,
) -> Build:
    """Compile the `*.txt` articles in `articles_dir`, with its metadata.toml and decisions.jsonl,
    into the three tables, in memory.

    `version` names the extractor for the cache; it defaults to the hash of EXTRACTOR_FILES
    for the real extractor, and with another `extract` and no version nothing is cached.
    With a `budget` (seconds), extraction runs in worker processes and an article that takes
    longer is stopped and skipped; without one it runs here, unbounded. With `previous` tables
    and a `scope`, only the pairs the scope touches are redone (NeedsWholeBuild when that
    cannot be done).
    """
    decisions = _decisions(articles_dir)
    if previous is not None and scope is not None:
        return _scoped(articles_dir, decisions, extract, previous, scope)
    files, metadata = list_inputs(articles_dir)
    if version is None and extract is extract_article:
        version = extractor_version()
    shown = Progress(progress) if progress is not None and len(files) > SHOWN_FROM else None
    done = _process(SourceReader(files, metadata), extract, version if cache is not None else None, cache, workers, shown, budget)
    if shown is not None:
        shown.finish()
    if not done.article_rows:
        # The summary that names the budget is never printed when nothing builds: say it here.
        stopped = (f"; {len(done.over_budget)} ran past the {budget:g} s extraction budget"
                   f" ({', '.join(done.over_budget[:10])}{' ...' if len(done.over_budget) > 10 else ''}): raise it with --budget"
                   if done.over_budget and budget else "")  # fmt: skip
        raise BuildFailed(f"every article failed ({len(files)} read{stopped}): nothing to write")
    rows, curated, notes = _across(done.figure_rows, done.article_rows, decisions)
    figures, derived, articles = validated_tables(rows, done.article_rows)
    return Build(articles, figures, derived, len(files), done.skipped, done.warnings + notes, cache_hits=done.hits,
                 extracted=done.extracted, over_budget=done.over_budget, budget=budget, curation=curated)  # fmt: skip


def _decisions(articles_dir: Path) -> DecisionFile:
    """The curators' decisions beside the articles. A file that cannot be read fails the build
    rather than publish figures a curator rejected."""
    try:
        return load_decisions(articles_dir / DECISIONS_FILE)
    except DecisionsFileError as e:
        raise BuildFailed(str(e)) from None


def _process(
    reading: SourceReader, extract: ExtractFn, version: str | None, cache: Path | None, workers: int,
    progress: Progress | None, budget: float | None,
) -> _Processed:  # fmt: skip
    """Each article read and extracted (the articles are read as the workers extract the first
    ones, and each one's rows are made as its extraction comes back)."""
    sources, made, failures, (hits, extracted), notes = extract_cached(
        _counted(reading, progress), extract, version, cache, workers, progress, budget, then=partial(_rows, progress)
    )
    done = _Processed([], [], reading.skipped, reading.warnings + notes, [], hits, extracted)
    dropped: list[str] = []
    for source, article in zip(sources, made, strict=True):
        if article is None:
            _note_failure(source, failures[source.article.article_id], done)
            continue
        done.warnings += article.notes
        done.article_rows.append(article.row)
        done.figure_rows += article.figures
        dropped += article.dropped
    done.warnings += dropped
    return done


def _counted(reading: SourceReader, progress: Progress | None) -> Iterator[Source]:
    for source in reading:
        if progress is not None:
            progress.article_read()
        yield source


def _rows(progress: Progress | None, source: Source, extraction: Extraction) -> ArticleRows:
    made = rows_for(source, extraction)
    if progress is not None:
        progress.rows_made(len(made.figures))
    return made


def _note_failure(source: Source, failure: str | Stopped, done: _Processed) -> None:
    article_id = source.article.article_id
    if isinstance(failure, Stopped):
        done.warnings.append(f"{article_id}: skipped: {failure.reason}")
        done.over_budget += [article_id] if failure.over_budget else []
    else:
        done.warnings.append(f"{article_id}: skipped: the extractor failed: {failure}")
    done.skipped.append(article_id)


def _across(
    figure_rows: list[FigureRow], article_rows: list[Row], decisions: DecisionFile,
    carried: list[FigureRow] | None = None, carried_articles: list[Row] | None = None,
) -> tuple[list[FigureRow], list[str], list[str]]:  # fmt: skip
    """The stages that cross articles: decisions applied to the extracted rows; then, with the
    `carried` rows of a previous build (decided already) and their articles, the doubts other
    figures raise, derived figures, ids and period bounds. Returns the rows, the curation
    lines and the warnings."""
    rows, curated, warnings = apply_curation(figure_rows, article_rows, decisions)
    rows += carried or []
    articles = [*article_rows, *(carried_articles or [])]
    with_plausibility(rows)
    derived_rows, notes = checked_derived(curate.derivable(rows), articles)
    warnings += notes
    finished, notes = finish_figures([*rows, *derived_rows], {r["article_id"]: r["date"] for r in articles})
    return finished, curated, warnings + notes


def _scoped(articles_dir: Path, decisions: DecisionFile, extract: ExtractFn, previous: Tables, scope: Scope) -> Build:
    """Redo the pairs `scope` touches from `previous`; keep the others' rows as they are."""
    figures, derived, articles = previous.figures, previous.derived, previous.articles
    if figures.schema != FIGURE_SCHEMA or derived.schema != FIGURE_SCHEMA or articles.schema != ARTICLE_SCHEMA:
        raise NeedsWholeBuild("the previous tables are not of the current schema")
    changed = set(scope.articles) | set(scope.decided)
    changed |= _column_where(figures, "article_id", pc.is_in(figures.column("figure_id"), _strings(scope.figures)))
    built_ids = _column_where(articles, "article_id", pc.is_in(articles.column("article_id"), _strings(changed)))
    files, metadata = list_inputs(articles_dir, only=changed)
    if len(files) != len(changed) or built_ids & set(scope.articles) or not changed - set(scope.articles) <= built_ids:
        raise NeedsWholeBuild("the change names an article or figure that is not where it should be")
    # A figure preferred to another may stand in another article: that choice is the whole build's.
    if any(d.action == "supersede" for d in decisions.decisions if d.article_id in changed or d.preferred in scope.figures):
        raise NeedsWholeBuild("a preferred figure is among the change")
    pairs = _pairs_of(figures, changed) | _pairs_of(derived, changed)

    # The changed articles are read and extracted anew: few, and not worth loading the cache for.
    done = _process(SourceReader(files, metadata, every=False), extract, None, None, 1, None, None)
    added = [r["sha256"] for r in done.article_rows if r["article_id"] in scope.articles]
    if added and pc.any(pc.is_in(articles.column("sha256"), _strings(added))).as_py():
        raise NeedsWholeBuild("an added article has the text of one built: which to keep is the whole build's choice")
    ids = {r["article_id"] for r in done.article_rows}
    mine = DecisionFile(tuple(d for d in decisions.decisions if d.article_id in ids))
    pairs |= {(r["country_a"], r["country_b"]) for r in done.figure_rows}
    # A correction may move a figure to another pair: the one its decision names.
    pairs |= {(str(d.fields["country_a"]), str(d.fields["country_b"])) for d in mine.decisions if d.fields and "country_a" in d.fields}

    # Every other article with a figure in those pairs comes as the previous build left it.
    in_pairs, derived_in_pairs = _in_pairs(figures, pairs), _in_pairs(derived, pairs)
    others = _column_where(figures, "article_id", in_pairs) | _column_where(derived, "article_id", derived_in_pairs)
    others -= changed
    carried = _without_plausibility(figures.filter(pc.is_in(figures.column("article_id"), _strings(others))).to_pylist())
    other_articles = articles.filter(pc.is_in(articles.column("article_id"), _strings(others))).to_pylist()
    rows, curated, notes = _across(done.figure_rows, done.article_rows, mine, carried, other_articles)
    redone = [r for r in rows if (r["country_a"], r["country_b"]) in pairs]

    new_figures = figures_table([r for r in redone if r["status"] != "derived"])
    new_derived = figures_table([r for r in redone if r["status"] == "derived"])
    out_figures = _merged(figures, pc.invert(in_pairs), new_figures)
    out_derived = _merged(derived, pc.invert(derived_in_pairs), new_derived)
    article_rows = [*done.article_rows, *other_articles]
    counts = Counter(out_figures.column("article_id").filter(pc.is_in(out_figures.column("article_id"), _strings(ids | others))).to_pylist())
    for row in article_rows:
        row["n_figures"] = counts.get(row["article_id"], 0)
    new_articles = articles_table(article_rows)
    redone_articles = pc.is_in(articles.column("article_id"), _strings(ids | others))
    unchanged = articles.filter(pc.invert(redone_articles))
    out_articles = pa.concat_tables([unchanged, new_articles]).sort_by([("article_id", "ascending")]).combine_chunks()
    validate_articles(new_articles, out_figures)
    # Against the articles of the redone figures only: converting every article's text costs more than the rest.
    mine_articles = out_articles.filter(pc.is_in(out_articles.column("article_id"), _strings(ids | others)))
    validate_figures(new_figures, mine_articles)
    validate_figures(new_derived, mine_articles)
    redid = (f"{len(ids)} article(s) read, {len(others)} more redone from the tables before, in {len(pairs)} pair(s); "
             f"the other {len(unchanged)} articles kept as built")  # fmt: skip
    same = [name for name, before, after in (
        (FIGURES_FILE, figures.filter(in_pairs), new_figures),
        (DERIVED_FILE, derived.filter(derived_in_pairs), new_derived),
        (ARTICLES_FILE, articles.filter(redone_articles), new_articles),
    ) if before.equals(after)]  # fmt: skip
    return Build(out_articles, out_figures, out_derived, len(ids), done.skipped, done.warnings + notes,
                 extracted=done.extracted, curation=curated, redone=redid, unchanged=tuple(same))  # fmt: skip


def _merged(old: pa.Table, keep: pa.ChunkedArray, new: pa.Table) -> pa.Table:
    """`old`'s rows where `keep` and all of `new`'s, in FIGURE_ORDER as a whole build orders
    them: sorted on the key columns alone, then gathered once (a filter, a sort of every column
    and a copy would go through the whole table three times)."""
    combined = pa.concat_tables([old, new])
    where = np.flatnonzero(np.concatenate([keep.to_numpy(zero_copy_only=False), np.ones(new.num_rows, dtype=bool)]))
    keys = combined.select(list(FIGURE_ORDER)).take(pa.array(where))
    order = pc.sort_indices(keys, sort_keys=[(c, "ascending") for c in FIGURE_ORDER]).to_numpy()
    return combined.take(pa.array(where[order])).combine_chunks()


def _strings(values: Iterable[str]) -> pa.Array:
    return pa.array(sorted(values), pa.string())


def _column_where(table: pa.Table, column: str, mask: pa.ChunkedArray) -> set[str]:
    return set(table.filter(mask).column(column).to_pylist())


def _pairs_of(table: pa.Table, article_ids: set[str]) -> set[Pair]:
    rows = table.filter(pc.is_in(table.column("article_id"), _strings(article_ids))).select(["country_a", "country_b"])
    return set(zip(rows.column("country_a").to_pylist(), rows.column("country_b").to_pylist(), strict=True))


def _in_pairs(table: pa.Table, pairs: set[Pair]) -> pa.ChunkedArray:
    """True where a row's (country_a, country_b) is one of `pairs` (a change touches a few)."""
    mask = pa.chunked_array([pa.array([False] * table.num_rows, pa.bool_())])
    a, b = table.column("country_a"), table.column("country_b")
    for x, y in sorted(pairs):
        mask = pc.or_(mask, pc.and_(pc.equal(a, x), pc.equal(b, y)))
    return pc.fill_null(mask, False)


def _without_plausibility(rows: list[FigureRow]) -> list[FigureRow]:
    """Rows of a previous build as they were before the doubts other figures raise: those are
    raised again, and confidence settled, with the redone figures (stages.with_plausibility)."""
    for r in rows:
        r["doubts"] = [d for d in r["doubts"] or [] if d not in PLAUSIBILITY_DOUBTS]
    return rows


