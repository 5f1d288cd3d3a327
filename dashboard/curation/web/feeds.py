"""Feeds, pure: the sources in seeds/feeds.toml, a feed's entries (RSS 0.9x/2.0, RSS 1.0 and
Atom), a site's feed found in its page (trafilatura.feeds), and whether an entry is worth
fetching (it names a followed country and a trade, investment or aid word).

trafilatura.feeds gives a feed's links only; the entries' titles and summaries are needed to
choose among them without fetching each page, so entries are read here, with lxml and a parser
that resolves no entity and reaches no network.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from dashboard.guard.safe import link

FILENAME = "feeds.toml"
STATE_FILENAME = ".feeds-state.json"
DEFAULT_COUNTRIES = ("AZE", "TKM")
MAX_ENTRIES = 5000
_TAGS = re.compile(r"<[^>]*>")
_CODE = re.compile(r"^[A-Z]{3}$")


class FeedsFileError(Exception):
    """feeds.toml cannot be used; the message says where and why."""


class BrokenFeed(Exception):
    """The answer is not a feed that can be read; the message says why."""


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feeds:
    sources: tuple[Source, ...]
    countries: tuple[str, ...] = DEFAULT_COUNTRIES


@dataclass(frozen=True)
class Entry:
    link: str
    title: str = ""
    summary: str = ""


@dataclass(frozen=True)
class BrokenEntry:
    position: int  # 1-based, in the feed
    reason: str


def parse_feeds(text: str) -> Feeds:
    """feeds.toml's sources, each checked.

    >>> parse_feeds('countries = ["AZE"]\\n[[source]]\\nname = "W"\\nurl = "https://w.example/rss"\\nkeywords = ["gas"]\\n')
    Feeds(sources=(Source(name='W', url='https://w.example/rss', keywords=('gas',)),), countries=('AZE',))
    >>> parse_feeds('[[source]]\\nurl = "ftp://x"\\n')
    Traceback (most recent call last):
    ...
    dashboard.curation.web.feeds.FeedsFileError: feeds.toml, source 1: url must be an http(s) address, got 'ftp://x'
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise FeedsFileError(f"{FILENAME}: not valid TOML: {e}") from None
    unknown = sorted(set(doc) - {"countries", "source"})
    if unknown:
        raise FeedsFileError(f"{FILENAME}: unknown key {unknown[0]!r} (allowed: countries, [[source]])")
    countries = doc.get("countries", list(DEFAULT_COUNTRIES))
    if not isinstance(countries, list) or not countries or not all(isinstance(c, str) and _CODE.match(c) for c in countries):
        raise FeedsFileError(f"{FILENAME}: countries must be a list of ISO 3166 alpha-3 codes, got {countries!r}")
    sources = []
    raw = doc.get("source", [])
    if not isinstance(raw, list):
        raise FeedsFileError(f"{FILENAME}: write each source as a [[source]] table")
    for i, entry in enumerate(raw, 1):
        where = f"{FILENAME}, source {i}"
        if not isinstance(entry, dict):
            raise FeedsFileError(f"{where}: expected a table")
        bad = sorted(set(entry) - {"name", "url", "keywords"})
        if bad:
            raise FeedsFileError(f"{where}: unknown key {bad[0]!r} (allowed: name, url, keywords)")
        url = entry.get("url")
        if not isinstance(url, str) or link(url.strip()) is None:
            raise FeedsFileError(f"{where}: url must be an http(s) address, got {url!r}")
        keywords = entry.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
            raise FeedsFileError(f"{where}: keywords must be a list of words, got {keywords!r}")
        name = entry.get("name") or urlsplit(url).hostname or url
        sources.append(Source(str(name), url.strip(), tuple(k.strip() for k in keywords)))
    return Feeds(tuple(sources), tuple(countries))


def is_feed(body: bytes) -> bool:
    """Whether an answer is a feed rather than a page (which may name its feed).

    >>> is_feed(b'<?xml version="1.0"?><rss version="2.0">'), is_feed(b"<!doctype html><html>")
    (True, False)
    """
    head = body[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def parse_feed(body: bytes, base: str) -> list[Entry | BrokenEntry]:
    """A feed's entries in order; an entry without a usable link is a BrokenEntry."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as e:
        raise BrokenFeed(f"not a readable feed: {e}") from None
    if root is None or _local(root.tag) not in ("rss", "feed", "RDF"):
        raise BrokenFeed(f"not an RSS or Atom feed (its root element is {_local(getattr(root, 'tag', '')) or 'missing'})")
    entries: list[Entry | BrokenEntry] = []
    items = [e for e in root.iter() if isinstance(e.tag, str) and _local(e.tag) in ("item", "entry")]
    for position, item in enumerate(items[:MAX_ENTRIES], 1):
        fields: dict[str, Any] = {}
        for child in item:
            if isinstance(child.tag, str):
                fields.setdefault(_local(child.tag), []).append(child)
        href = _entry_link(fields)
        url = link(urljoin(base, href)) if href else None
        if url is None:
            entries.append(BrokenEntry(position, "no http(s) link" if not href else f"its link {href[:80]!r} is not an http(s) address"))
            continue
        title = _text(fields.get("title"))
        summary = _text(fields.get("description") or fields.get("summary") or fields.get("content"))
        entries.append(Entry(url, title, summary))
    return entries


def discover(page: bytes | str, base: str) -> list[str]:
    """The feeds a site's page names (<link rel="alternate">, else feed-like links)."""
    from trafilatura.feeds import FeedParameters, determine_feed

    html = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    host = urlsplit(base).hostname or ""
    return [u for u in determine_feed(html, FeedParameters(base, host, base)) if link(u)]


def relevance(entry: Entry, countries: tuple[str, ...], keywords: tuple[str, ...] = ()) -> str | None:
    """Why the entry is not worth fetching, or None: it must name a followed country, a trade,
    investment or aid word (the extractor's own), and one of the source's keywords if any."""
    from dashboard.extract.countries import find_countries
    from dashboard.extract.lexicon import load

    lex = load()
    text = f"{entry.title}\n{entry.summary}"
    named = {m.code for m in find_countries(text, lex)}
    if not named & set(countries):
        return f"names none of the countries followed ({', '.join(countries)})"
    # A bound verb ("receives", "paid", "spent") names a flow only with a giver and a receiver
    # around it: "president receives the Chinese ambassador" is no news of one.
    if not any(not lex.trigger_groups[m.lastgroup or ""].bound for m in lex.triggers.finditer(text)):
        return "no trade, investment or aid word in its title or summary"
    folded = text.casefold()
    if keywords and not any(k.casefold() in folded for k in keywords):
        return f"none of the source's keywords ({', '.join(keywords)})"
    return None


# ------------------------------------------------------------------ what the last runs did


def empty_state() -> dict[str, Any]:
    return {"runs": [], "validators": {}, "discovered": {}, "robots": {}, "seen": {}}


def parse_state(text: str) -> dict[str, Any]:
    """The follow state file; anything unreadable is a fresh start (it only saves requests)."""
    state = empty_state()
    try:
        loaded = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return state
    if isinstance(loaded, dict):
        state.update({k: v for k, v in loaded.items() if k in state and isinstance(v, type(state[k]))})
    return state


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _entry_link(fields: dict[str, Any]) -> str | None:
    for el in fields.get("link", []):
        href = el.get("href")
        if href is not None:  # Atom: the alternate link, not self/enclosure
            if el.get("rel", "alternate") == "alternate":
                return str(href).strip()
        elif (el.text or "").strip():
            return str(el.text).strip()
    for el in fields.get("guid", []):
        if el.get("isPermaLink", "true") == "true" and (el.text or "").strip().lower().startswith("http"):
            return str(el.text).strip()
    return None


def _text(elements: list[Any] | None) -> str:
    if not elements:
        return ""
    raw = "".join(elements[0].itertext())
    return " ".join(_TAGS.sub(" ", raw).split())


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if tag else ""
