"""Read the curator's metadata.toml (date, title, outlet, url per article id) and refuse,
with a message naming the article, anything the build could not honour."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dashboard.contract.files import METADATA_FILE
from dashboard.contract.metadata import ArticleMeta
from dashboard.guard.inputs import MAX_INPUT_BYTES, RefusedInput, exists, read_text

KEYS: tuple[str, ...] = ("date", "title", "outlet", "url")
FILENAME = METADATA_FILE


class MetadataFileError(Exception):
    """The file as a whole cannot be read: no entry in it can be trusted."""


@dataclass(frozen=True)
class Metadata:
    entries: dict[str, ArticleMeta]
    # article id -> why its entry cannot be honoured; the build skips that article. Only the
    # date can be such: the figures' years depend on it.
    errors: dict[str, str]
    # article id -> optional fields left out (empty, unknown, malformed): the article builds
    # without them, and the build says so.
    warnings: dict[str, list[str]] = field(default_factory=dict)


def load_metadata(path: Path) -> Metadata:
    """Load and check metadata.toml; a missing file is no metadata."""
    if not exists(path):  # a dangling link is not "no metadata": it is refused below
        return Metadata({}, {})
    try:
        doc = tomllib.loads(read_text(path, MAX_INPUT_BYTES))
    except RefusedInput as e:
        raise MetadataFileError(f"{path.name}: refused: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise MetadataFileError(f"{path.name}: not valid TOML: {e}") from None
    except OSError as e:
        raise MetadataFileError(f"{path.name}: cannot be read: {e}") from None
    except RecursionError:
        raise MetadataFileError(f"{path.name}: not valid TOML: nested too deeply") from None
    return parse_metadata(doc)


def parse_metadata(doc: dict[str, Any]) -> Metadata:
    """Check every entry; a bad date is an error for its article, the others still count; an
    optional field that cannot be used is left out with a warning.

    >>> m = parse_metadata({"a": {"date": date(2006, 3, 13)}, "b": {"titel": "x"}, "c": {"date": "2006-02-30"}})
    >>> m.entries["a"].date, m.warnings["b"], m.errors["c"]
    (datetime.date(2006, 3, 13), ["unknown key 'titel' ignored (allowed: date, title, outlet, url)"], "date '2006-02-30' is not a date: write it as YYYY-MM-DD")
    """
    entries: dict[str, ArticleMeta] = {}
    errors: dict[str, str] = {}
    warnings: dict[str, list[str]] = {}
    for article_id, entry in doc.items():
        noted: list[str] = []
        try:
            entries[article_id] = parse_entry(entry, noted)
        except ValueError as e:
            errors[article_id] = str(e)
        if noted:
            warnings[article_id] = noted
    return Metadata(entries, errors, warnings)


# What a curator writes for a field they do not know: the field is then absent.
_UNKNOWN_VALUES = frozenset({"", "unknown", "n/a", "na", "none", "-", "?", "tbd"})


def parse_entry(entry: object, warnings: list[str] | None = None) -> ArticleMeta:
    """One article's table. A date that cannot be read is an error (ValueError, with the fix):
    the figures' years depend on it. The title, outlet and url only label the article: one
    that is empty, unknown or malformed is left out, and why is added to `warnings`."""
    warnings = [] if warnings is None else warnings
    if not isinstance(entry, dict):
        raise ValueError(f"expected a table of keys ({', '.join(KEYS)}), got {entry!r}: write it as [\"id\"] with key = value lines")
    for key in sorted(set(entry) - set(KEYS)):
        if _looks_like_a_date(entry[key]):  # perhaps the date, misspelt: the years would silently change
            raise ValueError(f"unknown key {key!r} holds a date: if it is the publication date, name it `date`")
        warnings.append(f"unknown key {key!r} ignored (allowed: {', '.join(KEYS)})")
    fields: dict[str, object] = {}
    for key in ("title", "outlet", "url"):
        if key not in entry:
            continue
        value = entry[key]
        if not isinstance(value, str):
            warnings.append(f"{key} {_brief(value)} is not text: ignored")
        elif value.strip().lower() in _UNKNOWN_VALUES:
            warnings.append(f"{key} {_brief(value)} is empty or unknown: treated as absent")
        elif key == "url" and not value.strip().startswith(("http://", "https://")):
            warnings.append(f"url {_brief(value)} does not start with http:// or https://: ignored")
        else:
            fields[key] = value.strip()
    if "date" in entry:
        fields["date"] = parse_date(entry["date"])
    return ArticleMeta(**fields)  # type: ignore[arg-type]


def _looks_like_a_date(value: object) -> bool:
    if isinstance(value, date):
        return True
    try:
        return isinstance(value, str) and parse_date(value) is not None
    except ValueError:
        return False


def _brief(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


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
