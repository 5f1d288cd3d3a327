"""The tables in data/ are one set: `manifest.json`, written last, names each file of the set
with its size, sha256 and row count, and readers check every file against it.

The files stay real parquet files at their usual paths (the scorer and anyone with pandas read
`data/figures.parquet` directly), so the set cannot be switched by one rename. Instead each
file is moved into place and the manifest after them; a build killed between two moves leaves
files that disagree with the manifest, and a reader refuses them with a message rather than
showing figures whose articles are not there. The next build writes a whole set again.

A folder without a manifest (tables written by other tools, test fixtures) is read as it is.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.contract.files import MANIFEST_FILE

FORMAT = 1
# A reader that meets a set being switched by a build waits this long for it to finish.
RETRIES = 3
RETRY_SECONDS = 0.2
_CHUNK = 1 << 20
_REBUILD = "the tables may come from different builds; run `python -m dashboard build` to write a whole set"
_ABOUT = "The files of one build, written last by `python -m dashboard build`: a file that differs is refused."


class TornSet(Exception):
    """The files in the folder are not the set its manifest describes; the message says which."""


@dataclass(frozen=True)
class Entry:
    sha256: str
    bytes: int
    rows: int


def describe(path: Path, rows: int) -> Entry:
    """A file's entry in the manifest."""
    with open(path, "rb") as f:
        digest, size = _digest(f)
    return Entry(digest, size, rows)


def manifest_text(entries: dict[str, Entry]) -> str:
    """The manifest as written: sorted and indented, so it diffs cleanly and the same set gives
    the same bytes.

    >>> print(manifest_text({"a.parquet": Entry("ab12", 10, 2)}))
    {
      "about": "The files of one build, written last by `python -m dashboard build`: a file that differs is refused.",
      "files": {
        "a.parquet": {
          "bytes": 10,
          "rows": 2,
          "sha256": "ab12"
        }
      },
      "format": 1
    }
    <BLANKLINE>
    """
    files = {name: {"bytes": e.bytes, "rows": e.rows, "sha256": e.sha256} for name, e in entries.items()}
    return json.dumps({"about": _ABOUT, "files": files, "format": FORMAT}, indent=2, sort_keys=True) + "\n"


def read_manifest(folder: Path) -> dict[str, Entry] | None:
    """The set the folder's manifest describes; None when there is no manifest."""
    path = folder / MANIFEST_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise TornSet(f"{path} cannot be read ({e}): {_REBUILD}") from None
    try:
        doc = json.loads(text)
        if doc["format"] != FORMAT:
            raise ValueError(f"format {doc['format']!r}, expected {FORMAT}")
        return {name: Entry(str(e["sha256"]), int(e["bytes"]), int(e["rows"])) for name, e in doc["files"].items()}
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as e:
        raise TornSet(f"{path} is not a manifest ({type(e).__name__}: {e}): {_REBUILD}") from None


def read_set(folder: Path, names: Iterable[str], optional: Iterable[str] = ()) -> dict[str, pa.Table]:
    """The tables of `names` and of those `optional` names the set has, each checked against
    the manifest (the bytes checked are the bytes read); raises TornSet if any differs, after
    giving a build that is switching the set a moment to finish."""
    required, extra = tuple(names), tuple(optional)
    for attempt in range(RETRIES):
        try:
            return _read_once(folder, required, extra)
        except TornSet:
            if attempt == RETRIES - 1:
                raise
            time.sleep(RETRY_SECONDS)
    raise AssertionError("unreachable")


def problems(folder: Path) -> list[str]:
    """How the files differ from the folder's manifest (empty when they agree); for `--check`."""
    try:
        entries = read_manifest(folder)
    except TornSet as e:
        return [str(e)]
    if entries is None:
        return ["missing"]
    found = []
    for name, entry in sorted(entries.items()):
        try:
            with open(folder / name, "rb") as f:
                _check(folder, name, entry, f)
        except FileNotFoundError:
            found.append(f"{name} is listed in {MANIFEST_FILE} but missing")
        except TornSet as e:
            found.append(str(e))
    return found


def _read_once(folder: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> dict[str, pa.Table]:
    entries = read_manifest(folder)
    tables = {}
    for name in (*required, *optional):
        path = folder / name
        if entries is not None and name not in entries:
            if name in required:
                raise TornSet(f"{folder / MANIFEST_FILE} does not list {name}: {_REBUILD}")
            continue  # a file the last build did not write is not part of the set
        try:
            f = open(path, "rb")
        except FileNotFoundError:
            if entries is None and name in optional:
                continue
            raise TornSet(f"{path} is missing{f', though {MANIFEST_FILE} lists it' if entries else ''}: {_REBUILD}") from None
        with f:
            if entries is not None:
                _check(folder, name, entries[name], f)
                f.seek(0)
            tables[name] = pq.read_table(f)
    return tables


def _check(folder: Path, name: str, entry: Entry, f: IO[bytes]) -> None:
    digest, size = _digest(f)
    if (digest, size) != (entry.sha256, entry.bytes):
        raise TornSet(
            f"{folder / name} is not the file {MANIFEST_FILE} describes ({size:,} bytes, sha256 {digest[:12]}…; "
            f"expected {entry.bytes:,} bytes, {entry.sha256[:12]}…): a build was interrupted or the file was "
            f"replaced, and {_REBUILD}"
        )


def _digest(f: IO[bytes]) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    while chunk := f.read(_CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size
