"""Remember each article's extraction between builds, keyed by exactly what the extractor reads
(body text, date) and by the extractor's own version; a cache that cannot be read is ignored."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path

from dashboard.extract import EXTRACTOR_FILES, Extraction
from dashboard.schema import Figure

FILENAME = "extractions.json"
_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure))


def extractor_version(files: tuple[Path, ...] = EXTRACTOR_FILES) -> str:
    """A hash of every file that defines the extractor, and of the Figure record it returns."""
    h = hashlib.sha256(",".join(_FIGURE_FIELDS).encode())
    for path in sorted(files):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def entry_key(body: str, published: date | None) -> str:
    """The extractor's inputs, hashed: a title or outlet edit does not re-extract, a date edit does."""
    stamp = published.isoformat() if published else "none"
    return hashlib.sha256(f"{stamp}\0{body}".encode()).hexdigest()


def load_cache(folder: Path, version: str) -> tuple[dict[str, Extraction], str | None]:
    """The entries cached for this extractor version, and a warning if the file was unusable."""
    path = folder / FILENAME
    if not path.exists():
        return {}, None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("version") != version:
            return {}, None
        return {key: _decode(value) for key, value in doc["entries"].items()}, None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        return {}, f"extraction cache {path} unreadable ({type(e).__name__}: {e}): ignored, re-extracting"


def save_cache(folder: Path, version: str, entries: dict[str, Extraction]) -> None:
    """Write the cache atomically; only the entries of this build are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{FILENAME}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            # One entry at a time: json.dump of the whole document is slow and holds it all.
            f.write('{"version":' + json.dumps(version) + ',"entries":{')
            for i, (key, extraction) in enumerate(sorted(entries.items())):
                f.write(("," if i else "") + json.dumps(key) + ":" + json.dumps(_encode(extraction), separators=(",", ":")))
            f.write("}}")
        os.replace(tmp, folder / FILENAME)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _encode(extraction: Extraction) -> dict:
    return {
        "figures": [[getattr(f, name) for name in _FIGURE_FIELDS] for f in extraction.figures],
        "countries": list(extraction.countries),
        "pair": list(extraction.pair) if extraction.pair else None,
    }


def _decode(value: dict) -> Extraction:
    figures = tuple(Figure(**dict(zip(_FIGURE_FIELDS, f, strict=True))) for f in value["figures"])
    pair = value["pair"]
    return Extraction(figures=figures, countries=tuple(value["countries"]), pair=tuple(pair) if pair else None)
