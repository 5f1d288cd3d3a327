"""Load: the article files of a folder, each read through the guarded reader, with the
folder's metadata applied; an article that cannot be read is skipped with the reason."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dashboard import paths
from dashboard.build.articles import Article, UnreadableArticle, read_article
from dashboard.build.failure import BuildFailed
from dashboard.build.metadata import Metadata, MetadataFileError, load_metadata
from dashboard.contract.files import METADATA_FILE
from dashboard.contract.metadata import ArticleMeta
from dashboard.extract import Extraction
from dashboard.guard.inputs import RefusedInput, name_problem, shown_name


@dataclass(frozen=True)
class Source:
    """An article ready to extract: its text and its provenance after metadata."""

    article: Article
    date: date | None
    date_source: str
    title: str | None
    outlet: str | None
    url: str | None


def list_inputs(articles_dir: Path, only: Collection[str] | None = None) -> tuple[list[Path], Metadata]:
    """The article files, sorted, and the folder's metadata.toml; BuildFailed if unusable.
    With `only` (article ids), just those of them that are there."""
    if not articles_dir.is_dir():
        raise BuildFailed(f"no such folder: {articles_dir}")
    # Resolved once here rather than per file: resolve() costs syscalls for every path; and
    # sorted by name, as strings (comparing Paths costs ten times more, for the same order).
    # Hidden files (`.draft.txt`, an editor's `.#x.txt`) are not articles, as in a shell glob.
    folder = articles_dir.resolve()
    if only is not None:
        names = sorted(f"{stem}.txt" for stem in only if not stem.startswith(".") and (folder / f"{stem}.txt").exists())
    else:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith(".txt") and not e.name.startswith("."))
    files = [folder / name for name in names]
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
    sorted): copies would multiply its pair's figures. Given `every` article of the folder, it
    also names the metadata entries no article has.
    """

    def __init__(self, files: list[Path], metadata: Metadata, every: bool = True) -> None:
        self.files, self.metadata, self.every = files, metadata, every
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
        if not self.every:
            return
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


def article_row(source: Source, extraction: Extraction) -> dict[str, Any]:
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
    """shown of a resolved file path, its folder worked out once: every article of a build
    shares one folder, and pathlib's relative_to costs as much as reading a short article.

    >>> [_shown_file(p) for p in (paths.ROOT / "seeds" / "a.txt", paths.ROOT / "a.txt", Path("/a.txt"), Path("/x/a.txt"))]
    ['seeds/a.txt', 'a.txt', '/a.txt', '/x/a.txt']
    """
    folder = _shown_folder(path.parent)
    return path.name if folder == "." else f"{folder.rstrip('/')}/{path.name}"


@functools.lru_cache(maxsize=16)
def _shown_folder(folder: Path) -> str:
    return shown(folder, resolved=True)


def shown(path: Path, resolved: bool = False) -> str:
    """Relative to the repository root when inside it, so data/ does not depend on the clone."""
    resolved_path = path if resolved else path.resolve()
    if resolved_path.is_relative_to(paths.ROOT):
        return resolved_path.relative_to(paths.ROOT).as_posix()
    return resolved_path.as_posix()
