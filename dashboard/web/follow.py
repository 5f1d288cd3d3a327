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
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from dashboard.curation import intake
from dashboard.curation.files import atomic_write, locked
from dashboard.metadata import ArticleMeta
from dashboard.web import feeds
from dashboard.web.add import fetch_upload
from dashboard.web.client import FEED_TYPES, Client, FetchRefused

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


def state_path(seeds: Path) -> Path:
    return seeds / feeds.STATE_FILENAME


def load_state(seeds: Path) -> dict[str, Any]:
    path = state_path(seeds)
    try:
        return feeds.parse_state(path.read_text(encoding="utf-8")) if path.is_file() else feeds.empty_state()
    except (OSError, UnicodeDecodeError):
        return feeds.empty_state()


def load_feeds(seeds: Path) -> feeds.Feeds:
    path = seeds / feeds.FILENAME
    if not path.is_file():
        raise feeds.FeedsFileError(f"no {seeds.name}/{feeds.FILENAME}: list the sources to follow there (see README)")
    try:
        return feeds.parse_feeds(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
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
            known = intake.same_url(seeds, entry.link)
            if known:
                report.skipped.append((entry.link, f"already in {seeds.name}/ as {known}"))
                state["seen"][entry.link] = known
                continue
            if all(entry.link != e.link for _, e in todo):
                todo.append((source, entry))

    current = build and is_current(seeds, data)
    built = built_texts(data) if build else None
    added: list[str] = []
    for done, (source, entry) in enumerate(todo, 1):
        try:
            upload = fetch_upload(entry.link, client)
            meta = ArticleMeta(date=upload.prefill.date, title=upload.prefill.title or entry.title or None,
                               outlet=upload.prefill.outlet or source.name, url=upload.url or entry.link)  # fmt: skip
            result = intake.save_article(seeds, upload, meta, built)
        except (intake.Refused, OSError) as e:
            report.skipped.append((entry.link, f"refused: {e}"))  # not remembered: tried again next run
        else:
            if result.duplicate_of:
                report.skipped.append((entry.link, f"the same text or URL is already in {seeds.name}/ as {result.duplicate_of}"))
            else:
                added.append(result.article_id)
                report.added.append((result.article_id, entry.link, meta.title or ""))
            state["seen"][entry.link] = result.article_id
        if progress and len(todo) >= PROGRESS_FROM:
            progress(done, len(todo))

    if added and build:
        outcome = add_and_rebuild(seeds, data, added, current)
        report.rebuild, report.rebuild_ok = outcome.summary, outcome.ok
    state["robots"] = {k: list(v) for k, v in client.robots.items()}
    state["runs"] = [*state["runs"], {"at": feeds.now_iso(), "added": added, "failed": report.failed}][-KEPT_RUNS:]
    with locked(seeds):
        atomic_write(state_path(seeds), json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))
    return report


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
