"""Adding articles to seeds/: check an upload, suggest its date, title and outlet, recognise a
text already there, and save it with its metadata.

An added article is saved as `seeds/<n>_<hash>.txt`, the next number and the first 16 hex
digits of the sha256 of its text: the name a file came with is never used as a path, so no
upload can write outside seeds/, over another article, or as a hidden file. A text already
in seeds/ is recognised and not added again. Metadata goes into metadata.toml through
tomlkit, which keeps the curator's entries, comments and layout as they were.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from dashboard.build import articles
from dashboard.build.articles import UnreadableArticle, read_article
from dashboard.build.metadata import parse_metadata
from dashboard.contract.files import METADATA_FILE
from dashboard.contract.metadata import ArticleMeta
from dashboard.guard.atomic import write_whole
from dashboard.guard.inputs import RefusedInput, exists, read_regular, read_text
from dashboard.guard.lock import seeds_lock

# An article is a few kilobytes; a file this large is a dump or the wrong file.
MAX_UPLOAD_BYTES = 2_000_000
SUFFIXES: tuple[str, ...] = (".txt", ".text", ".htm", ".html")
_NUMBERED = re.compile(r"^(\d+)(?:_|$)")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}  # fmt: skip
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "BAKU, March 3 (Reuters) -", "ASHGABAT, Turkmenistan, 3 March 2025 -", "Baku, 16 April 2025 (AZERTAC)."
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Za-z.'\- ]{1,30}),\s*(?:[A-Z][A-Za-z.' ]{1,30},\s*)?"
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}(?:,?\s+(?P<year2>(?:19|20)\d\d))?)"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?\s*(?:[-–—:.]|$)"
)


class Refused(Exception):
    """The upload cannot become an article; the message says why, for the curator."""


@dataclass(frozen=True)
class Prefill:
    """What the text itself says about its date, title and outlet, for the curator to confirm."""

    date: date | None = None
    date_from: str | None = None  # "date line" or "dateline"
    title: str | None = None
    outlet: str | None = None
    note: str | None = None  # e.g. a dateline without a year


@dataclass(frozen=True)
class Upload:
    """A checked upload, not yet saved."""

    name: str
    text: str  # what is saved in seeds/: the file's text, or the text of an HTML file
    body: str  # the article text as the build reads it
    sha256: str  # of `body`, for the file name
    warnings: tuple[str, ...]
    prefill: Prefill
    url: str | None = None  # a web page's canonical address


@dataclass(frozen=True)
class Added:
    article_id: str
    path: Path
    duplicate_of: str | None = None  # set when the text was already there: nothing was written


def check_upload(name: str, raw: bytes) -> Upload:
    """Refuse what cannot be an article (wrong type, too large, binary, not UTF-8, empty);
    turn HTML into text, with a warning."""
    suffix = Path(name.replace("\\", "/")).suffix.lower()
    if suffix not in SUFFIXES:
        raise Refused(f"{display_name(name)}: only text files ({', '.join(SUFFIXES)}) can be added, not {suffix or 'a file without an extension'!r}")
    if len(raw) > MAX_UPLOAD_BYTES:
        raise Refused(f"{display_name(name)}: {len(raw) / 1e6:.1f} MB is more than the {MAX_UPLOAD_BYTES / 1e6:.0f} MB an article may be")
    from dashboard.curation.web.page import looks_like_page

    if looks_like_page(raw):  # a whole page: its article by trafilatura, as a fetched page's
        from dashboard.curation.web.add import html_upload

        page = html_upload(display_name(name), raw)
        return replace(page, warnings=("an HTML page: its main text was taken, menus, footers, comments and related links left out", *page.warnings))
    with tempfile.TemporaryDirectory(prefix="upload-") as tmp:
        path = Path(tmp) / "upload.txt"  # read exactly as the build will read it
        path.write_bytes(raw)
        try:
            article = read_article(path)
        except UnreadableArticle as e:
            raise Refused(f"{display_name(name)}: {e}") from None
    warnings = list(article.warnings)
    html = any(w.startswith("looked like HTML") for w in warnings)
    if html:
        header = f" date {article.header_date.isoformat()}\n\n" if article.header_date else ""
        text = header + article.body + "\n"
    else:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return Upload(
        name=display_name(name),
        text=text,
        body=article.body,
        sha256=body_hash(article.body),
        warnings=tuple(warnings),
        prefill=prefill(article.body, article.header_date, article.default_title),
    )


def display_name(name: str) -> str:
    """The upload's own name without any folders, for messages only (never a path).

    >>> display_name("../../etc/passwd.txt"), display_name("C:\\\\Users\\\\a\\\\news.txt"), display_name("")
    ('passwd.txt', 'news.txt', 'pasted text')
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return base or "pasted text"


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def prefill(body: str, header_date: date | None, default_title: str | None) -> Prefill:
    """Date, title and outlet as the text gives them: a ` date YYYY-MM-DD` line first, else a
    dateline; a dateline without a year gives no date (a guessed year would shift every "last
    year" in the article) but says what it found.

    >>> prefill("BAKU, March 3, 2025 (Reuters) - Trade grew.", None, "Trade grew.")
    Prefill(date=datetime.date(2025, 3, 3), date_from='dateline', title='Trade grew.', outlet='Reuters', note=None)
    >>> prefill("Talks in Ashgabat\\n\\nASHGABAT, 3 March - Talks.", None, None).note
    'the dateline gives 3 March without a year: enter the date'
    """
    # The dateline opens the story: the first paragraph, or the one after a headline.
    m = _DATELINE.search(body[:600])
    outlet = m.group("agency").strip() if m and m.group("agency") else None
    if m and m.start() == 0 and default_title and body[m.end() :].strip():
        default_title = articles.default_title(body[m.end() :].strip())  # the story's first sentence, not the dateline
    if header_date is not None:
        return Prefill(header_date, "date line", default_title, outlet)
    if not m:
        return Prefill(title=default_title)
    month = _MONTHS[(m.group("month") or m.group("month2"))[:3].lower()]
    day = int(m.group("day") or m.group("day2"))
    year = m.group("year") or m.group("year2")
    if year is None:
        said = f"{m.group('month')} {day}" if m.group("month") else f"{day} {m.group('month2')}"
        return Prefill(title=default_title, outlet=outlet, note=f"the dateline gives {said} without a year: enter the date")
    try:
        return Prefill(date(int(year), month, day), "dateline", default_title, outlet)
    except ValueError:
        return Prefill(title=default_title, outlet=outlet, note=f"the dateline's date {year}-{month}-{day} is not a calendar date")


def next_article_id(existing: Iterable[str], sha256: str) -> str:
    """The next number after every numbered article, and the text's hash.

    >>> next_article_id(["000_7cad69dbdbc315dc", "004_64e63cad909f863c", "synthetic_00001"], "ab" * 32)
    '005_abababababababab'
    """
    numbers = [int(m.group(1)) for s in existing if (m := _NUMBERED.match(s))]
    return f"{max(numbers, default=-1) + 1:03d}_{sha256[:16]}"


def same_text(seeds: Path, body: str, built: pa.Table | None = None) -> str | None:
    """The article in seeds/ whose text is `body`, if any: compared against the built
    articles table (`built`: article_id and text columns) where it has them, else read from
    the file."""
    stems = article_stems(seeds)
    known: set[str] = set()
    if built is not None and built.num_rows:
        ids = built.column("article_id")
        known = set(ids.to_pylist())
        for article_id in ids.filter(pc.equal(built.column("text"), body)).to_pylist():
            if article_id in stems:
                return str(article_id)
    for stem in sorted(stems - known):
        try:
            if read_article(seeds / f"{stem}.txt").body == body:
                return stem
        except (UnreadableArticle, OSError):
            continue
    return None


def article_stems(seeds: Path) -> set[str]:
    """The ids of the `*.txt` articles in a folder (one directory read: folders hold thousands)."""
    with os.scandir(seeds) as entries:
        return {e.name[:-4] for e in entries if e.name.endswith(".txt") and e.is_file()}


def same_url(seeds: Path, url: str | None) -> str | None:
    """The article in seeds/ whose metadata gives this URL (a fragment and a closing / aside)."""
    from dashboard.build.metadata import MetadataFileError, load_metadata

    if not url:
        return None
    try:
        entries = load_metadata(seeds / METADATA_FILE).entries
    except MetadataFileError:
        return None  # saving says what is wrong with the file
    key = url_key(url)
    stems = article_stems(seeds)
    return next((a for a, m in sorted(entries.items()) if m.url and url_key(m.url) == key and a in stems), None)


def url_key(url: str) -> str:
    return url.strip().split("#", 1)[0].rstrip("/")


def save_article(seeds: Path, upload: Upload, meta: ArticleMeta, built: pa.Table | None = None) -> Added:
    """Write the article and its metadata into seeds/, under the folder's curation lock; an
    article whose text is already there is not written again."""
    with seeds_lock(seeds):
        same = same_text(seeds, upload.body, built) or same_url(seeds, meta.url)
        if same is not None:
            return Added(same, seeds / f"{same}.txt", duplicate_of=same)
        article_id = next_article_id(article_stems(seeds), upload.sha256)
        path = seeds / f"{article_id}.txt"
        metadata = seeds / METADATA_FILE
        try:
            current = read_text(metadata) if exists(metadata) else ""
        except RefusedInput as e:
            raise Refused(f"{METADATA_FILE}: {e}") from None
        updated = with_metadata(current, article_id, meta)
        write_whole(path, upload.text.encode("utf-8"))
        if updated is not None:
            try:
                write_whole(metadata, updated.encode("utf-8"))
            except OSError:
                path.unlink(missing_ok=True)  # no article without the metadata the curator gave
                raise
    return Added(article_id, path)


def with_metadata(text: str, article_id: str, meta: ArticleMeta) -> str | None:
    """metadata.toml's text with an entry for the article (None when there is nothing to say):
    every other line, comment and entry as it was.

    >>> print(with_metadata('# the curator\\'s notes\\n["001"]\\ntitle = "A"\\n', "002", ArticleMeta(date(2025, 3, 3), "B \\"b\\"")))
    # the curator's notes
    ["001"]
    title = "A"
    <BLANKLINE>
    ["002"]
    date = 2025-03-03
    title = "B \\"b\\""
    <BLANKLINE>
    """
    return with_metadata_entries(text, [(article_id, meta)])


def with_metadata_entries(text: str, entries: list[tuple[str, ArticleMeta]]) -> str | None:
    """`with_metadata` for several articles at once: the file is parsed and written once
    (tomlkit takes about a second for a thousand entries, so one at a time is quadratic).

    >>> print(with_metadata_entries("", [("001", ArticleMeta(title="A")), ("002", ArticleMeta()), ("003", ArticleMeta(outlet="C"))]))
    ["001"]
    title = "A"
    <BLANKLINE>
    ["003"]
    outlet = "C"
    <BLANKLINE>
    """
    import tomlkit
    from tomlkit.items import KeyType, SingleKey

    doc: tomlkit.TOMLDocument | None = None
    written: list[str] = []
    for article_id, meta in entries:
        values = {"date": meta.date, "title": meta.title, "outlet": meta.outlet, "url": meta.url}
        values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items() if v not in (None, "")}
        if not values:
            continue
        doc = tomlkit.parse(text) if doc is None else doc
        entry = tomlkit.table()
        for key, value in values.items():
            entry[key] = value
        if article_id in doc:
            doc[article_id] = entry
        else:
            if written or (text and not text.endswith("\n\n")):
                doc.add(tomlkit.nl())
            doc.append(SingleKey(article_id, KeyType.Basic), entry)  # quoted, as the curators write ids
        written.append(article_id)
    if doc is None:
        return None
    out: str = tomlkit.dumps(doc)
    parsed = parse_metadata(tomllib.loads(out))
    # The curator is here to fix what the build would only warn about (an address without http).
    for article_id in written:
        problems = [parsed.errors[article_id]] if article_id in parsed.errors else parsed.warnings.get(article_id, [])
        if problems:
            raise Refused(f"metadata: {'; '.join(problems)}")
    return out


# ---------------------------------------------------------------- `python -m dashboard add`


def add_command(files: list[Path | str], meta: ArticleMeta, seeds: Path, data: Path, build: bool = True) -> int:
    """Add each file (or web page, given by its http(s) URL) to seeds/ and rebuild data/ once; returns the exit code (1 if any file
    was refused or the build failed; a text already there is not an error)."""
    import sys

    from dashboard.curation.rebuild import add_and_rebuild, built_texts, is_current

    if len(files) > 1 and (meta.title or meta.url):
        print("--title and --url name one article: give them with one FILE at a time", file=sys.stderr)
        return 2
    refused, added = 0, []
    current = build and is_current(seeds, data)
    built = built_texts(data)
    for file in files:
        try:
            if isinstance(file, str):
                from dashboard.curation.web.add import fetch_upload

                upload = fetch_upload(file)
            else:
                # Checked before a byte is read: a FIFO would hang here, /dev/zero fill the memory.
                raw = read_regular(file, MAX_UPLOAD_BYTES, link_hint="give the file itself")
                upload = check_upload(file.name, raw)
            given = ArticleMeta(
                date=meta.date or (upload.prefill.date if upload.prefill.date_from in ("dateline", "page metadata") else None),
                title=meta.title or (upload.prefill.title if upload.url else None),
                outlet=meta.outlet or upload.prefill.outlet,
                url=meta.url or upload.url,
            )
            result = save_article(seeds, upload, given, built)
        except RefusedInput as e:
            print(f"refused: {display_name(str(file))}: {e}", file=sys.stderr)
            refused += 1
            continue
        except (Refused, OSError) as e:
            print(f"refused: {e}", file=sys.stderr)
            refused += 1
            continue
        if result.duplicate_of:
            print(f"{upload.name}: the same text or URL is already in {seeds.name}/ as {result.duplicate_of}: not added again")
            continue
        added.append(result.article_id)
        when = given.date or upload.prefill.date
        source = "given" if meta.date else upload.prefill.date_from
        print(f"added {seeds.name}/{result.path.name} ({upload.name}): date {when or 'unknown'}" + (f" ({source})" if when else ""))
        for note in (*upload.warnings, *([upload.prefill.note] if upload.prefill.note else [])):
            print(f"  warning: {note}")
    if added and build:
        outcome = add_and_rebuild(seeds, data, added, current)
        print(outcome.summary)
        if not outcome.ok:
            return 1
        for article_id in added:
            print(f"{article_id}: {outcome.figures_by_article.get(article_id, 0)} figures, unreviewed;"
                  f" read it at /reader?article={article_id}, review it at /review?article={article_id}")
    return 1 if refused else 0
