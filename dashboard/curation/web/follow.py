"""`python -m dashboard follow` and the app's *Read the feeds now*: read each source in
seeds/feeds.toml, keep the entries worth reading, fetch and add the new ones (unreviewed), and
rebuild data/ for them only.

What a run learnt is kept in seeds/.feeds-state.json: each address's ETag and Last-Modified
(an unchanged feed then costs one conditional request and nothing else), the feed found for a
site, robots.txt for a day, the entries already decided (added, a duplicate, not relevant), and
when each run read the feeds and what it added.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa

from dashboard.build.metadata import MetadataFileError, load_metadata
from dashboard.contract.files import METADATA_FILE
from dashboard.contract.metadata import ArticleMeta
from dashboard.curation import intake
from dashboard.curation.web import feeds
from dashboard.curation.web.add import fetch_upload
from dashboard.curation.web.client import FEED_TYPES, Client, FetchRefused
from dashboard.guard.atomic import write_whole
from dashboard.guard.inputs import RefusedInput, read_text
from dashboard.guard.lock import Busy, seeds_lock

KEPT_RUNS = 100
PROGRESS_FROM = 4  # pages: a shorter run needs no progress bar


@dataclass
class Report:
    added: list[tuple[str, str, str]] = field(default_factory=list)  # article id, url, title
    skipped: list[tuple[str, str]] = field(default_factory=list)  # url, why
    sources: list[tuple[str, str]] = field(default_factory=list)  # name, what happened
    failed: int = 0  # sources that could not be read
    rebuild: str = ""
    rebuild_ok: bool = True


# feeds.toml and the state are a few KB; a file far past that is not one of ours.
MAX_FEEDS_FILE_BYTES = 1 << 20


def state_path(seeds: Path) -> Path:
    return seeds / feeds.STATE_FILENAME


def load_state(seeds: Path) -> dict[str, Any]:
    path = state_path(seeds)
    try:
        return feeds.parse_state(read_text(path, MAX_FEEDS_FILE_BYTES)) if os.path.lexists(path) else feeds.empty_state()
    except (OSError, RefusedInput):
        return feeds.empty_state()  # a state lost is only a feed read again in full


def load_feeds(seeds: Path) -> feeds.Feeds:
    path = seeds / feeds.FILENAME
    if not os.path.lexists(path):
        raise feeds.FeedsFileError(f"no {seeds.name}/{feeds.FILENAME}: list the sources to follow there (see README)")
    try:
        return feeds.parse_feeds(read_text(path, MAX_FEEDS_FILE_BYTES, link_hint="keep the file itself in the folder"))
    except (OSError, RefusedInput) as e:
        raise feeds.FeedsFileError(f"{feeds.FILENAME}: cannot be read: {e}") from None


def follow(
    seeds: Path,
    data: Path,
    client: Client | None = None,
    build: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """One run over every source; raises FeedsFileError when feeds.toml cannot be used."""
    from dashboard.curation.rebuild import add_and_rebuild, built_texts, is_current

    config = load_feeds(seeds)
    state = load_state(seeds)
    client = client or Client()
    client.robots.update({k: (float(v[0]), v[1]) for k, v in state["robots"].items() if isinstance(v, list) and len(v) == 2})
    report = Report()
    urls = known_urls(seeds)
    todo: list[tuple[feeds.Source, feeds.Entry]] = []
    for source in config.sources:
        entries = _read_source(client, source, state, report)
        for entry in entries:
            if isinstance(entry, feeds.BrokenEntry):
                report.skipped.append((f"{source.name}, entry {entry.position}", f"broken entry: {entry.reason}"))
                continue
            if entry.link in state["seen"]:
                continue  # decided on a run before
            why = feeds.relevance(entry, config.countries, source.keywords)
            if why:
                report.skipped.append((entry.link, why))
                state["seen"][entry.link] = f"skipped: {why}"
                continue
            known = urls.get(intake.url_key(entry.link))
            if known:
                report.skipped.append((entry.link, f"already in {seeds.name}/ as {known}"))
                state["seen"][entry.link] = known
                continue
            if all(entry.link != e.link for _, e in todo):
                todo.append((source, entry))

    current = build and is_current(seeds, data)
    built = built_texts(data) if build else None
    fetched: list[tuple[feeds.Entry, intake.Upload, ArticleMeta]] = []
    for done, (source, entry) in enumerate(todo, 1):
        try:
            upload = fetch_upload(entry.link, client)
        except intake.Refused as e:
            report.skipped.append((entry.link, f"refused: {e}"))  # not remembered: tried again next run
        else:
            meta = ArticleMeta(date=upload.prefill.date, title=upload.prefill.title or entry.title or None,
                               outlet=upload.prefill.outlet or source.name, url=upload.url or entry.link)  # fmt: skip
            fetched.append((entry, upload, meta))
        if progress and len(todo) >= PROGRESS_FROM:
            progress(done, len(todo))
    added: list[str] = []
    try:
        results = save_all(seeds, [(upload, meta) for _, upload, meta in fetched], built)
    except (intake.Refused, OSError, Busy) as e:
        report.skipped += [(entry.link, f"not saved: {e}") for entry, _, _ in fetched]
        results = []
    for (entry, _, meta), result in zip(fetched, results, strict=False):
        if result.duplicate_of:
            report.skipped.append((entry.link, f"the same text or URL is already in {seeds.name}/ as {result.duplicate_of}"))
        else:
            added.append(result.article_id)
            report.added.append((result.article_id, entry.link, meta.title or ""))
        state["seen"][entry.link] = result.article_id

    if added and build:
        outcome = add_and_rebuild(seeds, data, added, current)
        report.rebuild, report.rebuild_ok = outcome.summary, outcome.ok
    state["robots"] = {k: list(v) for k, v in client.robots.items()}
    state["runs"] = [*state["runs"], {"at": feeds.now_iso(), "added": added, "failed": report.failed}][-KEPT_RUNS:]
    with seeds_lock(seeds):
        write_whole(state_path(seeds), json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))
    return report


def known_urls(seeds: Path) -> dict[str, str]:
    """Every article's URL in metadata.toml (as `intake.url_key`) -> its id, the lowest id first."""
    try:
        entries = load_metadata(seeds / METADATA_FILE).entries
    except MetadataFileError:
        return {}
    stems = intake.article_stems(seeds) if seeds.is_dir() else set()
    return {intake.url_key(m.url): a for a, m in sorted(entries.items(), reverse=True) if m.url and a in stems}


def save_all(seeds: Path, items: list[tuple[intake.Upload, ArticleMeta]], built: pa.Table | None) -> list[intake.Added]:
    """`intake.save_article` for a run's articles at once: under one hold of the curation lock,
    metadata.toml parsed and written once (one at a time is quadratic in its entries), and a
    text or URL met twice in the run added once. Nothing half-added: when metadata.toml cannot
    be written, the articles written with it are removed."""
    results: list[intake.Added] = []
    if not items:
        return results
    with seeds_lock(seeds):
        stems = intake.article_stems(seeds)
        urls = known_urls(seeds)
        texts: dict[str, str] = {}
        new: list[tuple[str, intake.Upload, ArticleMeta]] = []
        for upload, meta in items:
            key = intake.url_key(meta.url) if meta.url else None
            same = texts.get(upload.body) or (urls.get(key) if key else None) or intake.same_text(seeds, upload.body, built)
            if same:
                results.append(intake.Added(same, seeds / f"{same}.txt", duplicate_of=same))
                continue
            article_id = intake.next_article_id(stems, upload.sha256)
            stems.add(article_id)
            texts[upload.body] = article_id
            if key:
                urls[key] = article_id
            new.append((article_id, upload, meta))
            results.append(intake.Added(article_id, seeds / f"{article_id}.txt"))
        metadata = seeds / METADATA_FILE
        current = read_text(metadata) if metadata.exists() else ""
        updated = intake.with_metadata_entries(current, [(a, m) for a, _, m in new])
        written: list[Path] = []
        try:
            for article_id, upload, _ in new:
                written.append(seeds / f"{article_id}.txt")
                write_whole(written[-1], upload.text.encode("utf-8"))
            if updated is not None:
                write_whole(metadata, updated.encode("utf-8"))
        except OSError:
            for path in written:
                path.unlink(missing_ok=True)
            raise
    return results


def _read_source(client: Client, source: feeds.Source, state: dict[str, Any], report: Report) -> list[feeds.Entry | feeds.BrokenEntry]:
    """The source's entries; [] when its feed is unchanged since the last run, or unreadable."""
    url = state["discovered"].get(source.url, source.url)
    try:
        response = _conditional_get(client, url, state)
        if response.not_modified:
            report.sources.append((source.name, "unchanged since the last run"))
            return []
        body = response.body
        if not feeds.is_feed(body):
            found = feeds.discover(body, response.final_url)
            if not found:
                raise feeds.BrokenFeed("neither a feed nor a page that names one")
            url = state["discovered"][source.url] = found[0]
            response = _conditional_get(client, url, state)
            if response.not_modified:
                report.sources.append((source.name, "unchanged since the last run"))
                return []
            body = response.body
        entries = feeds.parse_feed(body, response.final_url)
    except (FetchRefused, feeds.BrokenFeed) as e:
        report.failed += 1
        state["validators"].pop(url, None)  # read it whole next time
        report.sources.append((source.name, f"not read: {e}"))
        return []
    report.sources.append((source.name, f"{len(entries)} entries"))
    return entries


def _conditional_get(client: Client, url: str, state: dict[str, Any]) -> Any:
    known = state["validators"].get(url) or {}
    response = client.get(url, types=FEED_TYPES, etag=known.get("etag"), last_modified=known.get("last_modified"))
    if not response.not_modified and (response.etag or response.last_modified):
        state["validators"][url] = {"etag": response.etag, "last_modified": response.last_modified}
    return response


def follow_command(seeds: Path, data: Path, build: bool = True, client: Client | None = None, out: TextIO | None = None) -> int:
    """Run `follow` and print what it did; exit code 1 when a source could not be read or the
    build failed, 2 when feeds.toml cannot be used."""
    out = out or sys.stdout
    try:
        report = follow(seeds, data, client, build, progress=_bar)
    except feeds.FeedsFileError as e:
        print(f"follow: {e}", file=sys.stderr)
        return 2
    if not report.sources:
        print(f"no [[source]] in {seeds.name}/{feeds.FILENAME}: nothing to read", file=out)
    for name, what in report.sources:
        print(f"{name}: {what}", file=out)
    for article_id, url, title in report.added:
        print(f"added {seeds.name}/{article_id}.txt from {url}: {title} (unreviewed)", file=out)
    for url, why in report.skipped:
        print(f"skipped {url}: {why}", file=out)
    print(f"{len(report.added)} added, {len(report.skipped)} skipped", file=out)
    if report.rebuild:
        print(report.rebuild, file=out)
    return 1 if report.failed or not report.rebuild_ok else 0


def _bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\rfetching pages [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
