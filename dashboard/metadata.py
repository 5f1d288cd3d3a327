"""Read the curator's metadata.toml (date, title, outlet, url per article id) and refuse,
with a message naming the article, anything the build could not honour."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dashboard.inputs import MAX_INPUT_BYTES, RefusedInput, exists, read_regular

KEYS: tuple[str, ...] = ("date", "title", "outlet", "url")
FILENAME = "metadata.toml"


class MetadataFileError(Exception):
    """The file as a whole cannot be read: no entry in it can be trusted."""


@dataclass(frozen=True)
class ArticleMeta:
    date: date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Metadata:
    entries: dict[str, ArticleMeta]
    # article id -> why its entry cannot be honoured; the build skips that article.
    errors: dict[str, str]


def load_metadata(path: Path) -> Metadata:
    """Load and check metadata.toml; a missing file is no metadata."""
    if not exists(path):  # a dangling link is not "no metadata": it is refused below
        return Metadata({}, {})
    try:
        doc = tomllib.loads(read_regular(path, MAX_INPUT_BYTES).decode("utf-8-sig"))
    except RefusedInput as e:
        raise MetadataFileError(f"{path.name}: refused: {e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise MetadataFileError(f"{path.name}: not valid TOML: {e}") from None
    except OSError as e:
        raise MetadataFileError(f"{path.name}: cannot be read: {e}") from None
    except RecursionError:
        raise MetadataFileError(f"{path.name}: not valid TOML: nested too deeply") from None
    return parse_metadata(doc)


def parse_metadata(doc: dict[str, Any]) -> Metadata:
    """Check every entry; a bad one is an error for its article, the others still count.

    >>> m = parse_metadata({"a": {"date": date(2006, 3, 13)}, "b": {"titel": "x"}, "c": {"date": "2006-02-30"}})
    >>> m.entries["a"].date, m.errors["b"], m.errors["c"]
    (datetime.date(2006, 3, 13), "unknown key 'titel' (allowed: date, title, outlet, url)", "date '2006-02-30' is not a date: write it as YYYY-MM-DD")
    """
    entries: dict[str, ArticleMeta] = {}
    errors: dict[str, str] = {}
    for article_id, entry in doc.items():
        try:
            entries[article_id] = parse_entry(entry)
        except ValueError as e:
            errors[article_id] = str(e)
    return Metadata(entries, errors)


def parse_entry(entry: object) -> ArticleMeta:
    """One article's table, with every key known and every value of the right form."""
    if not isinstance(entry, dict):
        raise ValueError(f"expected a table of keys ({', '.join(KEYS)}), got {entry!r}")
    unknown = sorted(set(entry) - set(KEYS))
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (allowed: {', '.join(KEYS)})")
    fields: dict[str, object] = {}
    for key in ("title", "outlet", "url"):
        if key in entry:
            value = entry[key]
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{key} must be a non-empty string, got {value!r}")
            fields[key] = value.strip()
    url = fields.get("url")
    if isinstance(url, str) and not url.startswith(("http://", "https://")):
        raise ValueError(f"url must start with http:// or https://, got {url!r}")
    if "date" in entry:
        fields["date"] = parse_date(entry["date"])
    return ArticleMeta(**fields)  # type: ignore[arg-type]


def parse_date(value: object) -> date:
    """A TOML date or a YYYY-MM-DD string; a time of day would be a guess, so it is refused.

    >>> parse_date(date(2006, 3, 13)), parse_date("2006-03-13")
    (datetime.date(2006, 3, 13), datetime.date(2006, 3, 13))
    """
    if isinstance(value, datetime):
        raise ValueError(f"date {value.isoformat()!r} has a time: write the date alone, YYYY-MM-DD")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"date {value!r} is not a date: write it as YYYY-MM-DD")
