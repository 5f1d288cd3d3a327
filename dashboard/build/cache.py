"""Remember each article's extraction between builds, keyed by exactly what the extractor reads
(body text, date) and by the extractor's own version.

Nothing read back is trusted: the file is one line per entry, each with a checksum of its key
and content, and an entry is used only when its checksum matches and its content has the types
of an Extraction. Any entry that fails (an edited value, a flipped byte, a truncated file,
nesting that would exhaust the parser) is re-extracted, and the build says how many; a cache
that cannot be read at all is ignored. A bad cache never fails a build.

A checksum proves only that the entry is as some writer left it: whoever can write the cache can
recompute it. So each cached figure's value is also read again from its article, at its span
(`unconfirmed`), and an entry with a figure its text does not read as is re-extracted.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import math
import operator
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Union

from dashboard.contract.files import CACHE_FILE
from dashboard.contract.schema import Figure
from dashboard.contract.values import value_text
from dashboard.extract import EXTRACTOR_FILES, Extraction
from dashboard.guard import atomic

FILENAME = CACHE_FILE
FORMAT = 2
# The cache before entries were checked (one JSON document): removed when the cache is saved.
LEGACY_FILENAME = "extractions.json"
_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure))
_EXTRACTION_FIELDS = tuple(f.name for f in dataclasses.fields(Extraction))
_CHECKSUM_CHARS = 32
# Few enough that an entry's checks cost little; enough to show what went wrong.
NOTED_KEYS = 3


def extractor_version(files: tuple[Path, ...] = EXTRACTOR_FILES) -> str:
    """A hash of every file that defines the extractor, and of the records it returns."""
    h = hashlib.sha256(",".join((*_FIGURE_FIELDS, "|", *_EXTRACTION_FIELDS)).encode())
    for path in sorted(files):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def entry_key(body: str, published: date | None) -> str:
    """The extractor's inputs, hashed: a title or outlet edit does not re-extract, a date edit does."""
    stamp = published.isoformat() if published else "none"
    return hashlib.sha256(f"{stamp}\0{body}".encode()).hexdigest()


@dataclass
class Cached:
    """The sound entries of a cache: each extraction, and its line as read, so an entry kept
    is written back without being encoded again."""

    extractions: dict[str, Extraction] = field(default_factory=dict)
    lines: dict[str, str] = field(default_factory=dict)


def load_cache(folder: Path, version: str) -> tuple[Cached, str | None]:
    """The sound entries cached for this extractor version, and a note when any were not."""
    path = folder / FILENAME
    atomic.remove_stale(folder)  # a killed build's half-written cache, even if nothing is saved now
    entries = Cached()
    rejected: dict[str, int] = {}
    try:
        with open(path, encoding="utf-8", errors="replace", newline="\n") as f:
            header = f.readline()
            problem = _header_problem(header, version)
            if problem == "other version":
                return Cached(), None  # a new extractor: everything is re-extracted, as it should be
            if problem:
                return Cached(), f"extraction cache {path} unreadable ({problem}): ignored, re-extracting"
            for line in f:
                key, extraction, reason = parse_line(line)
                if extraction is None:
                    rejected[reason] = rejected.get(reason, 0) + 1
                else:
                    entries.extractions[key] = extraction
                    entries.lines[key] = line
    except FileNotFoundError:
        return Cached(), None
    except Exception as e:  # never a failed build: the cache only saves time
        return Cached(), f"extraction cache {path} unreadable ({type(e).__name__}: {e}): ignored, re-extracting"
    if not rejected:
        return entries, None
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(rejected.items()))
    return entries, (
        f"extraction cache {path}: {sum(rejected.values())} entries failed their check ({reasons}): "
        "their articles are re-extracted"
    )


def save_cache(folder: Path, version: str, lines: Mapping[str, str]) -> None:
    """Write the cache atomically from each entry's line (see entry_line) by key; only the
    entries of this build are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    atomic.remove_stale(folder)
    tmp = atomic.temporary(folder, FILENAME)
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps({"format": FORMAT, "version": version}) + "\n")
            f.writelines(line for _, line in sorted(lines.items()))
        tmp.replace(folder / FILENAME)
        (folder / LEGACY_FILENAME).unlink(missing_ok=True)
    finally:
        tmp.unlink(missing_ok=True)


def entry_line(key: str, extraction: Extraction) -> str:
    """`key<TAB>checksum<TAB>content` and a newline; the content is compact JSON on one line.
    A build's workers write it beside each extraction, so the build does not encode them all
    at the end."""
    content = json.dumps(_encode(extraction), separators=(",", ":"), ensure_ascii=True, allow_nan=False)
    return f"{key}\t{_checksum(key, content)}\t{content}\n"


def parse_line(line: str) -> tuple[str, Extraction | None, str]:
    """One entry: (key, extraction, "") when sound, else (key or "", None, why not).

    >>> e = Extraction(figures=(), countries=("AZE",), pair=None)
    >>> parse_line(entry_line("k", e))[1] == e, parse_line(entry_line("k", e).replace("AZE", "JPN"))[2]
    (True, 'checksum mismatch')
    """
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 3 or not line.endswith("\n"):
        return "", None, "truncated or malformed"
    key, checksum, content = parts
    if checksum != _checksum(key, content):  # checked before parsing: nothing unverified is parsed
        return key, None, "checksum mismatch"
    try:
        return key, decode(json.loads(content)), ""
    except (ValueError, TypeError, RecursionError) as e:
        return key, None, f"not an extraction ({type(e).__name__})"


# The longest amount the extractor reads is about 30 characters ("2 billion dollar 318 million").
MAX_SPAN_CHARS = 200
_FOLDS = {"twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0, "tenfold": 10.0, "twice": 2.0,
          "double": 2.0, "doubled": 2.0, "triple": 3.0, "tripled": 3.0, "quadruple": 4.0, "quadrupled": 4.0}  # fmt: skip


@functools.cache
def _amount_pattern() -> tuple[re.Pattern[str], re.Pattern[str], Mapping[str, float]]:
    from dashboard.extract.lexicon import load
    from dashboard.extract.numbers import NUMBER_WORDS

    scales = load().scales
    words = "|".join(sorted(scales, key=len, reverse=True))
    amount = re.compile(
        r"(?P<n>\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?(?!\d)|\d(?:[\d.,\u00a0\u202f\u2009]*\d)?"
        rf"|\b(?:{'|'.join(NUMBER_WORDS)})\b)(?:\s?-?(?P<s>{words})(?![^\W\d_]))?",
        re.IGNORECASE,
    )
    folds = re.compile(rf"\b(?:{'|'.join(_FOLDS)})\b", re.IGNORECASE)
    return amount, folds, scales


def span_readings(span: str) -> set[float]:
    """The magnitudes the text of a figure's span can be read as: each number with the scale
    after it, all of them summed ("1 billion 86 million"), and a multiple in words. Reads
    no context (the currency, a sign), only the amount's own text.

    >>> sorted(span_readings("$3 billion 358.4 million")), span_readings("doubled"), span_readings("12.5%")
    ([358400000.0, 3000000000.0, 3358400000.0], {2.0}, {12.5})
    """
    from dashboard.extract.numbers import parse_number

    amount, folds, scales = _amount_pattern()
    values = []
    for m in amount.finditer(span):
        number = parse_number(m.group("n").replace(" ", ""))
        if number is not None:
            values.append(number * (scales[m.group("s").lower()] if m.group("s") else 1.0))
    return {*values, *([sum(values)] if values else []), *(_FOLDS[w.lower()] for w in folds.findall(span))}


def unconfirmed(body: str, extraction: Extraction) -> str | None:
    """What is wrong with the first figure whose value is not what its span in `body` reads as
    (a forged or stale cache entry), or None when every figure's amount is confirmed."""
    for f in extraction.figures:
        if not 0 <= f.span_start < f.span_end <= len(body):
            return f"a cached figure's span {f.span_start}:{f.span_end} is outside its article"
        if f.span_end - f.span_start > MAX_SPAN_CHARS:  # no amount is that long; and the re-reading stays cheap
            return f"a cached figure's span {f.span_start}:{f.span_end} is longer than any amount"
        span = body[f.span_start : f.span_end]
        if not any(math.isclose(abs(f.value), r, rel_tol=1e-9) for r in span_readings(span)):
            return f"a cached figure of {value_text(f.value, f.unit, f.qualifier)} at {f.span_start}:{f.span_end} is not what {span[:60]!r} reads as"
    return None


def decode(value: object) -> Extraction:
    """An Extraction from its JSON form, refusing anything not of the declared types.

    >>> decode({"figures": [], "countries": ["AZE"], "pair": ["AZE", "JPN"], "notes": [], "doubts": []}).pair
    ('AZE', 'JPN')
    >>> decode({"figures": [], "countries": ["AZE"], "pair": [1, 2], "notes": [], "doubts": []})
    Traceback (most recent call last):
    ...
    TypeError: pair: [1, 2] is not tuple[str, str] | None
    """
    if not isinstance(value, dict) or set(value) != set(_EXTRACTION_FIELDS):
        raise TypeError(f"expected an object with {', '.join(_EXTRACTION_FIELDS)}")
    hints = _hints(Extraction)
    return Extraction(**{name: _typed(value[name], hints[name], name) for name in _EXTRACTION_FIELDS})


def _header_problem(header: str, version: str) -> str | None:
    try:
        doc = json.loads(header)
    except ValueError:
        return "its first line is not the cache's header"
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return f"not a cache of format {FORMAT}"
    return None if doc.get("version") == version else "other version"


def _checksum(key: str, content: str) -> str:
    return hashlib.sha256(f"{key}\t{content}".encode("utf-8", "surrogateescape")).hexdigest()[:_CHECKSUM_CHARS]


def _encode(extraction: Extraction) -> dict[str, Any]:
    return {name: _plain(getattr(extraction, name)) for name in _EXTRACTION_FIELDS}


_figure_values = operator.attrgetter(*_FIGURE_FIELDS)


def _plain(value: object) -> object:
    """JSON form: a Figure as the tuple of its fields (compact); json writes tuples as lists,
    so the evidence's nested tuples are not copied (this runs for every figure of a build)."""
    if isinstance(value, tuple) and value and isinstance(value[0], Figure):
        return [_figure_values(f) for f in value]
    return value


def _typed(value: object, hint: Any, where: str) -> Any:
    """`value` (parsed JSON) as the type `hint` declares; TypeError naming `where` if it is not."""
    try:
        return _converter(hint)(value)
    except TypeError as e:
        raise TypeError(f"{where}: {e}") from None


Converter = Callable[[object], Any]


@functools.cache
def _converter(hint: Any) -> Converter:
    """A function checking and converting parsed JSON to `hint`, built once per type: the
    cache holds every figure of every article, so this runs for each field of each figure."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)

    def refuse(value: object) -> Any:
        raise TypeError(f"{_brief(value)} is not {_name(hint)}")

    if origin in (Union, types.UnionType):
        options = [_converter(a) for a in args if a is not type(None)]
        nullable = len(options) < len(args)

        def union(value: object) -> Any:
            if value is None and nullable:
                return None
            for option in options:
                try:
                    return option(value)
                except TypeError:
                    continue
            return refuse(value)

        return union
    if hint is Figure:
        hints = _hints(Figure)
        fields = [(name, _converter(hints[name])) for name in _FIGURE_FIELDS]

        def figure(value: object) -> Any:
            if type(value) is not list or len(value) != len(fields):
                return refuse(value)
            converted = []
            for (name, convert), v in zip(fields, value, strict=True):
                try:
                    converted.append(convert(v))
                except TypeError as e:
                    raise TypeError(f"{name}: {e}") from None
            return Figure(*converted)

        return figure
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _converter(args[0])
        return lambda value: tuple([item(v) for v in value]) if type(value) is list else refuse(value)
    if origin is tuple:
        items = [_converter(a) for a in args]

        def fixed(value: object) -> Any:
            if type(value) is not list or len(value) != len(items):
                return refuse(value)
            return tuple([convert(v) for convert, v in zip(items, value, strict=True)])

        return fixed
    if hint is float:
        return lambda value: float(value) if type(value) in (int, float) else refuse(value)  # type: ignore[arg-type]
    if hint in (int, str):
        return lambda value: value if type(value) is hint else refuse(value)
    raise TypeError(f"the cache cannot check type {hint}")


@functools.cache
def _hints(record: type) -> dict[str, Any]:
    return typing.get_type_hints(record)


def _name(hint: Any) -> str:
    return hint.__name__ if isinstance(hint, type) else str(hint).replace("typing.", "")


def _brief(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
