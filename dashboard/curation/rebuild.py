"""Rebuild data/ after a curator's change (an article added, a decision saved), in process,
so the app shows the result at once.

Adding articles takes a short path when data/ is current (built from seeds/ as it is, by this
code): only the new articles go through the pipeline's stages, and their rows join the tables
already built. It gives exactly the tables a full build gives (a test holds it to that); when
data/ may be stale, or anything fails, the full build runs instead, with only new articles
extracted and the rest read from the pipeline's cache.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dashboard import paths
from dashboard.build import curate as curation
from dashboard.build import plausibility
from dashboard.build.decisions import FILENAME as DECISIONS_FILE
from dashboard.build.decisions import Decision, DecisionFile, DecisionsFileError
from dashboard.build.decisions import load as load_decisions
from dashboard.build.derive import _level_key
from dashboard.build.metadata import FILENAME as METADATA_FILE
from dashboard.build.metadata import MetadataFileError, load_metadata
from dashboard.build.pipeline import (
    BuildFailed,
    ExtractFn,
    build,
    checked_derived,
    default_workers,
    extract_all,
    figure_id,
    finish_figures,
    load_source,
    rows_for,
    summary,
    validated_tables,
    with_plausibility,
)
from dashboard.build.tables import FIGURE_ORDER, TableError, read_table, write_tables
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA, READING, SET_ASIDE
from dashboard.curation.files import DATA_LOCK_NAME, DATA_LOCK_TIMEOUT, Busy, locked
from dashboard.extract import extract_article

_TABLES = (FIGURES_FILE, DERIVED_FILE, ARTICLES_FILE)
_LEVEL_COLUMNS = ("country_a", "country_b", "flow_from", "flow_to", "indicator", "year", "period")


@dataclass(frozen=True)
class Rebuilt:
    ok: bool
    summary: str
    figures_by_article: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    incremental: bool = False


def rebuild(seeds: Path, data: Path) -> Rebuilt:
    """Build from `seeds` and write `data`; a failed build leaves data/ as it was."""
    try:
        with data_lock(data):
            result = build(seeds, cache=paths.cache_dir(), workers=default_workers())
            write_tables(data, {FIGURES_FILE: result.figures, DERIVED_FILE: result.derived, ARTICLES_FILE: result.articles})
    except (BuildFailed, TableError, OSError, Busy) as e:
        return Rebuilt(False, f"build failed, {data} left as it was: {e}")
    counts = Counter(result.figures.column("article_id").to_pylist())
    return Rebuilt(True, summary(result, seeds), dict(counts), tuple(result.warnings))


def add_and_rebuild(seeds: Path, data: Path, added: list[str], was_current: bool) -> Rebuilt:
    """Bring data/ up to date after `added` articles were saved: the short path when data/
    was current before they were (see `is_current`), else the full build."""
    if was_current and added:
        try:
            with data_lock(data):
                return append_articles(seeds, data, added)
        except (BuildFailed, TableError, OSError, ValueError, KeyError, pa.ArrowException, Busy):
            pass  # the full build below says what is wrong, if anything still is
    return rebuild(seeds, data)


def after_decisions(seeds: Path, data: Path, new: Iterable[Decision], removed: Iterable[str], was_current: bool) -> Rebuilt:
    """Bring data/ up to date after decisions were saved. Confirming a figure (or taking a
    confirmation back) changes only its review columns, nothing derived from it: when data/
    was current before the save, those cells are set in place (the same table a full build
    gives, tested). Anything else runs the full build, from the cache."""
    new, removed = list(new), list(removed)
    if was_current and (new or removed) and all(d.action == "confirm" for d in new):
        try:
            with data_lock(data):
                quick = _confirm_in_place(data, new, removed)
            if quick is not None:
                return quick
        except (OSError, ValueError, KeyError, pa.ArrowException, Busy):
            pass
    return rebuild(seeds, data)


def _confirm_in_place(data: Path, new: list[Decision], removed: list[str]) -> Rebuilt | None:
    """Set the review columns of confirmed figures (and clear those of confirmations taken
    back) in figures.parquet; None when a decision is not that simple."""
    figures = read_table(data / FIGURES_FILE, FIGURE_SCHEMA)
    texts = {}
    ids = figures.column("figure_id").to_pylist()
    where = {fid: i for i, fid in enumerate(ids)}
    columns = {c: figures.column(c).to_pylist() for c in ("review", "decision", *READING, "span_start", "span_end", "article_id")}
    targets = {d.figure_id: d for d in new}
    for fid in [*targets, *removed]:
        i = where.get(fid)
        if i is None or columns["review"][i] not in ("unreviewed", "confirmed") or columns["decision"][i] not in (None, fid):
            return None
        if fid in removed and fid not in targets and columns["review"][i] != "confirmed":
            return None
    for fid, d in targets.items():
        i = where[fid]
        article_id = columns["article_id"][i]
        if article_id not in texts:
            texts[article_id] = _article_text(data, article_id)
        reading_now = {c: columns[c][i] for c in READING}
        amount = texts[article_id][columns["span_start"][i] : columns["span_end"][i]]
        if d.amount != amount or (d.was is not None and dict(d.was) != reading_now):
            return None  # the build would re-attach or orphan it: let it say so
    values = {c: figures.column(c).to_pylist() for c in curation.REVIEW_COLUMNS}
    for fid in removed:
        i = where[fid]
        values["review"][i], values["reviewed_by"][i], values["reviewed_at"][i] = "unreviewed", None, None
        values["review_note"][i], values["decision"][i] = None, None
    for fid, d in targets.items():
        i = where[fid]
        values["review"][i], values["reviewed_by"][i], values["reviewed_at"][i] = "confirmed", d.by, d.at
        values["review_note"][i], values["decision"][i] = d.note or None, d.figure_id
    for c, v in values.items():
        figures = figures.set_column(figures.schema.get_field_index(c), FIGURE_SCHEMA.field(c), pa.array(v, pa.string()))
    # The three tables are one set (manifest.json lists all three): the others are written again
    # with the figures, unchanged, so the set stays whole and matches seeds/ (see is_current).
    write_tables(data, {
        FIGURES_FILE: figures,
        DERIVED_FILE: read_table(data / DERIVED_FILE, FIGURE_SCHEMA),
        ARTICLES_FILE: read_table(data / ARTICLES_FILE, ARTICLE_SCHEMA),
    })
    return Rebuilt(True, f"{len(targets)} confirmed, {len([r for r in removed if r not in targets])} back to unreviewed, in place", incremental=True)


def _article_text(data: Path, article_id: str) -> str:
    table = pq.read_table(data / ARTICLES_FILE, columns=["text"], filters=[("article_id", "=", article_id)])
    return str(table.column("text")[0].as_py())


def data_lock(data: Path) -> AbstractContextManager[None]:
    """One rebuild of data/ at a time (see files.DATA_LOCK_NAME)."""
    return locked(data, timeout=DATA_LOCK_TIMEOUT, name=DATA_LOCK_NAME)


def is_current(seeds: Path, data: Path) -> bool:
    """Whether data/ holds what a full build of seeds/ would give now: written after every
    article, metadata.toml, decisions.jsonl and every file of the package's code was last
    changed, and naming no article that is gone. Cheap (stat calls and one column), and
    errs towards False: then the caller runs the full build."""
    try:
        built_at = min((data / name).stat().st_mtime for name in _TABLES)
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


def append_articles(seeds: Path, data: Path, article_ids: Iterable[str], extract: ExtractFn = extract_article) -> Rebuilt:
    """Run the new articles through the pipeline's stages and add their rows to the tables in
    data/: the same stages and order as `pipeline.build`, per article, plus the one rule that
    crosses articles (a reported level anywhere replaces a level derived elsewhere)."""
    ids = sorted(set(article_ids))
    figures = read_table(data / FIGURES_FILE, FIGURE_SCHEMA)
    derived = read_table(data / DERIVED_FILE, FIGURE_SCHEMA)
    articles = read_table(data / ARTICLES_FILE, ARTICLE_SCHEMA)
    if pc.any(pc.is_in(articles.column("article_id"), pa.array(ids))).as_py():
        raise BuildFailed("an added article is already in data/")
    try:
        metadata = load_metadata(seeds / METADATA_FILE)
        found = load_decisions(seeds / DECISIONS_FILE)
    except (MetadataFileError, DecisionsFileError) as e:
        raise BuildFailed(str(e)) from None

    # Load
    sources, warnings = [], []
    for article_id in ids:
        source, notes = load_source(seeds / f"{article_id}.txt", metadata)
        warnings += notes
        if source is not None:
            sources.append(source)
    # Process: extract, figure rows, decisions, derived figures, ids
    todo = [(s.article.article_id, s.article.body, s.date) for s in sources]
    done, failed, _ = extract_all(todo, extract, 1, None)
    article_rows, rows, dropped = [], [], []
    for source in sources:
        extraction = done.get(source.article.article_id)
        if extraction is None:
            warnings.append(f"{source.article.article_id}: skipped: the extractor failed: {failed[source.article.article_id]}")
            continue
        made = rows_for(source, extraction)
        warnings += made.notes
        article_rows.append(made.row)
        rows += made.figures
        dropped += made.dropped
    if not article_rows:
        raise BuildFailed("no added article could be built")
    warnings += dropped
    texts = {r["article_id"]: r["text"] for r in article_rows}
    decisions = [d for d in found.decisions if d.article_id in texts]
    rows, outcomes = curation.apply_decisions(rows, texts, decisions, figure_id)
    warnings += curation.report(DecisionFile(tuple(decisions)), outcomes, rows, DECISIONS_FILE)[1]
    # Plausibility crosses articles: the added figures are judged against the built ones, and
    # when they change what is said of a built figure (and so of what was derived from it),
    # only the full build can redo it.
    built = figures.select(list(plausibility.COLUMNS)).to_pylist()
    now = with_plausibility(rows, built)
    if any(tuple(d for d in r["doubts"] if d in plausibility.PLAUSIBILITY_DOUBTS) != d for r, d in zip(built, now, strict=True)):
        raise BuildFailed("the added figures change the plausibility doubts of figures already built: a full build redoes them")
    reported_now = [r for r in curation.derivable(rows) if r["status"] == "reported" and r["kind"] == "level"]
    # The same checks as a full build: the contract and the year window of each article.
    candidates, notes = checked_derived(curation.derivable(rows), article_rows)
    warnings += notes
    taken_before = _keys_in(figures, candidates, reported=True)
    new_derived = [r for r in candidates if _level_key(r) not in taken_before]
    finished, notes = finish_figures([*rows, *new_derived], {r["article_id"]: r["date"] for r in article_rows})
    warnings += notes
    new_figures, new_derived_table, new_articles = validated_tables(finished, article_rows)

    # Join and save
    kept = _without_levels(derived, _keys_in(derived, reported_now, reported=False))
    order = [(c, "ascending") for c in FIGURE_ORDER]
    out = {
        FIGURES_FILE: pa.concat_tables([figures, new_figures]).sort_by(order).combine_chunks(),
        DERIVED_FILE: pa.concat_tables([kept, new_derived_table]).sort_by(order).combine_chunks(),
        ARTICLES_FILE: pa.concat_tables([articles, new_articles]).sort_by([("article_id", "ascending")]).combine_chunks(),
    }
    write_tables(data, out)
    replaced = derived.num_rows - kept.num_rows
    lines = [
        f"added {len(article_rows)} article(s) to {data.name}/ incrementally: {new_figures.num_rows} figures, "
        f"{new_derived_table.num_rows} derived; the other {articles.num_rows} articles kept as built"
        + (f"; {replaced} derived figure(s) elsewhere replaced by a reported one" if replaced else ""),
        f"extraction: {len(todo)} extracted",
    ]
    lines.append(f"warnings ({len(warnings)}):" if warnings else "warnings: none")
    lines += [f"  {w}" for w in warnings]
    counts = {r["article_id"]: r["n_figures"] for r in article_rows if r["n_figures"]}  # set by validated_tables
    return Rebuilt(True, "\n".join(lines), counts, tuple(warnings), incremental=True)


def _keys_in(table: pa.Table, rows: list[dict[str, object]], reported: bool) -> set[tuple[object, ...]]:
    """The level keys of `rows` that a row of `table` has (with `reported`: a reported level
    not set aside). Filtered in arrow by pair and indicator first, so a large table is never
    turned into Python rows."""
    if not rows or table.num_rows == 0:
        return set()
    mask = pc.is_in(table.column("indicator"), pa.array(sorted({str(r["indicator"]) for r in rows})))
    for column in ("country_a", "country_b"):
        mask = pc.and_(mask, pc.is_in(table.column(column), pa.array(sorted({str(r[column]) for r in rows}))))
    if reported:
        mask = pc.and_(mask, pc.and_(pc.equal(table.column("status"), "reported"), pc.equal(table.column("kind"), "level")))
        mask = pc.and_(mask, pc.invert(pc.fill_null(pc.is_in(table.column("review"), pa.array(SET_ASIDE)), False)))
    found = {_level_key(r) for r in table.filter(mask).select(list(_LEVEL_COLUMNS)).to_pylist()}
    return found & {_level_key(r) for r in rows}


def _without_levels(derived: pa.Table, taken: set[tuple[object, ...]]) -> pa.Table:
    """The derived rows whose level key is not in `taken`."""
    if not taken:
        return derived
    keys = derived.select(list(_LEVEL_COLUMNS)).to_pylist()
    return derived.filter(pa.array([_level_key(k) not in taken for k in keys]))


def built_texts(data: Path) -> pa.Table | None:
    """The built articles' ids and texts (None when there is no table yet), to recognise a
    text that is already there without reading every article file."""
    try:
        return pq.read_table(data / ARTICLES_FILE, columns=["article_id", "text"])
    except (OSError, pa.ArrowException):
        return None
