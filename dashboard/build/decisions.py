"""The curators' decisions file, `seeds/decisions.jsonl`: one decision per line, read, checked
and written here.

A line names the figure three ways, so it can be found again when the article or the
extractor changes: its `figure_id`, its `article_id`, and the amount as the article writes it
(`amount`, the text at `span`). It says who decided (`by`) and when (`at`, UTC), the `action`,
and what the curator saw (`quote`, and `was`: the reading they confirmed, rejected or
corrected), so an orphaned decision can be shown with its old quote.

    {"action": "correct", "figure_id": "89b91f63575f21d6", "article_id": "003_5ad79ced52076874",
     "span": [1687, 1699], "amount": "$3.7 billion", "by": "amina", "at": "2026-11-23T10:02:11Z",
     "fields": {"year": 2024}, "quote": "...", "was": {"indicator": "trade_turnover", ...}}

Actions: `confirm`, `reject`, `correct` (`fields`: the corrected columns), `add` (a figure the
extractor missed: `fields` is its whole reading, `quote` its sentence), and `supersede` (another
article's figure, `preferred`, is preferred where the two sources differ). One decision per
figure: a new one replaces the old. Lines are kept sorted by article and position, so the file
diffs and merges cleanly; a line that cannot be read is reported and kept as it is, never dropped.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dashboard.contract.files import DECISIONS_FILE
from dashboard.contract.schema import READING
from dashboard.guard.atomic import remove_stale, write_whole
from dashboard.guard.inputs import RefusedInput, exists, json_line, read_text
from dashboard.guard.lock import seeds_lock

FILENAME = DECISIONS_FILE
# A decision's line is under a kilobyte or two: this holds tens of thousands, and no dump.
MAX_BYTES = 64_000_000
ACTIONS: tuple[str, ...] = ("confirm", "reject", "correct", "add", "supersede")
CORRECTABLE: tuple[str, ...] = (*READING, "part_of", "measure")
# What each action makes of a figure's `review` column.
STATE_OF: dict[str, str] = {
    "confirm": "confirmed", "reject": "rejected", "correct": "corrected", "add": "added", "supersede": "superseded",
}  # fmt: skip
_NULLABLE = {"flow_from", "flow_to", "year", "period", "part_of", "measure"}
_KEY_ORDER = ("action", "figure_id", "article_id", "span", "amount", "by", "at", "fields", "preferred", "note", "quote", "was")


class DecisionsFileError(Exception):
    """The file as a whole cannot be read, so no decision in it can be honoured or rewritten."""


@dataclass(frozen=True)
class Decision:
    action: str
    figure_id: str  # the figure it was taken on; for `add`, the id of the added figure
    article_id: str
    span: tuple[int, int]
    amount: str  # the article's text at `span` when it was decided
    by: str
    at: str  # ISO 8601, UTC, to the second: "2026-11-23T10:02:11Z"
    fields: Mapping[str, object] = field(default_factory=dict)
    preferred: str | None = None
    note: str | None = None
    quote: str | None = None
    was: Mapping[str, object] | None = None


@dataclass(frozen=True)
class Invalid:
    """A line that is not a decision: reported, and written back exactly as it was."""

    line: int
    raw: str
    error: str


@dataclass(frozen=True)
class DecisionFile:
    decisions: tuple[Decision, ...] = ()
    invalid: tuple[Invalid, ...] = ()


@dataclass(frozen=True)
class Saved:
    """What a save changed: the decisions it replaced (the same figure, decided before) and removed."""

    replaced: tuple[Decision, ...] = ()
    removed: tuple[Decision, ...] = ()


def now() -> str:
    """The current time as decisions record it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- pure: lines <-> decisions


def parse_line(text: str) -> Decision:
    """One line as a decision; ValueError says what is wrong with it.

    >>> d = parse_line('{"action": "reject", "figure_id": "f1", "article_id": "a", "span": [3, 9],'
    ...                ' "amount": "$1 bn", "by": "amina", "at": "2026-11-23T10:02:11Z"}')
    >>> d.action, d.span, d.by
    ('reject', (3, 9), 'amina')
    >>> parse_line('{"action": "approve"}')
    Traceback (most recent call last):
    ...
    ValueError: action 'approve' is not one of confirm, reject, correct, add, supersede
    """
    doc = json_line(text)  # bounded in size and depth: a line of nested brackets is reported, not a crash
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    unknown = sorted(set(doc) - set(_KEY_ORDER))
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r}")
    action = doc.get("action")
    if action not in ACTIONS:
        raise ValueError(f"action {action!r} is not one of {', '.join(ACTIONS)}")
    for key in ("figure_id", "article_id", "amount", "by", "at"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            raise ValueError(f"{key} must be a non-empty string")
    span = doc.get("span")
    if not (isinstance(span, list) and len(span) == 2 and all(type(v) is int for v in span) and 0 <= span[0] < span[1]):
        raise ValueError(f"span must be [start, end] with 0 <= start < end, got {span!r}")
    try:
        datetime.fromisoformat(doc["at"])
    except ValueError:
        raise ValueError(f"at {doc['at']!r} is not an ISO 8601 time") from None
    fields = doc.get("fields") or {}
    check_fields(action, fields)
    if action == "add" and not isinstance(doc.get("quote"), str):
        raise ValueError("an added figure needs its quote (the sentence it is in)")
    if action == "supersede" and not isinstance(doc.get("preferred"), str):
        raise ValueError("supersede needs `preferred`: the figure_id of the figure preferred to this one")
    was = doc.get("was")
    if was is not None and not isinstance(was, dict):
        raise ValueError("was must be an object (the reading the curator saw)")
    for key in ("note", "quote", "preferred"):
        if doc.get(key) is not None and not isinstance(doc[key], str):
            raise ValueError(f"{key} must be a string")
    return Decision(
        action=action,
        figure_id=doc["figure_id"],
        article_id=doc["article_id"],
        span=(span[0], span[1]),
        amount=doc["amount"],
        by=doc["by"],
        at=doc["at"],
        fields=fields,
        preferred=doc.get("preferred"),
        note=doc.get("note"),
        quote=doc.get("quote"),
        was=was,
    )


def check_fields(action: str, fields: object) -> None:
    """The shape of `fields`: known columns with values of the right type (whether the values
    make a sound figure is checked against its article when the decision is applied)."""
    if not isinstance(fields, dict):
        raise ValueError("fields must be an object of column: value")
    if action not in ("correct", "add"):
        if fields:
            raise ValueError(f"{action} takes no fields")
        return
    unknown = sorted(set(fields) - set(CORRECTABLE))
    if unknown:
        raise ValueError(f"field {unknown[0]!r} cannot be set (allowed: {', '.join(CORRECTABLE)})")
    if action == "correct" and not fields:
        raise ValueError("a correction needs at least one corrected field")
    if action == "add":
        missing = [c for c in READING if c not in fields]
        if missing:
            raise ValueError(f"an added figure needs every reading field; missing {', '.join(missing)}")
    for key, value in fields.items():
        if value is None:
            if key not in _NULLABLE:
                raise ValueError(f"{key} cannot be null")
        elif key == "value":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ValueError(f"value must be a finite number, got {value!r}")
        elif key == "year":
            if type(value) is not int:
                raise ValueError(f"year must be a whole number, got {value!r}")
        elif not isinstance(value, str):
            raise ValueError(f"{key} must be a string, got {value!r}")


def to_line(d: Decision) -> str:
    """A decision as one JSON line, keys in a fixed order and empty ones left out.

    >>> to_line(Decision("confirm", "f1", "a", (3, 9), "$1 bn", "amina", "2026-11-23T10:02:11Z"))
    '{"action": "confirm", "figure_id": "f1", "article_id": "a", "span": [3, 9], "amount": "$1 bn", "by": "amina", "at": "2026-11-23T10:02:11Z"}'
    """
    doc: dict[str, object] = {
        "action": d.action, "figure_id": d.figure_id, "article_id": d.article_id, "span": list(d.span),
        "amount": d.amount, "by": d.by, "at": d.at, "fields": dict(d.fields) or None, "preferred": d.preferred,
        "note": d.note, "quote": d.quote, "was": dict(d.was) if d.was else None,
    }  # fmt: skip
    return json.dumps({k: v for k, v in doc.items() if v is not None}, ensure_ascii=False)


def parse(text: str) -> DecisionFile:
    """Every line of the file: decisions, and lines that are not (blank lines are skipped)."""
    decisions, invalid = [], []
    # Split on newlines only: str.splitlines would also split inside a quote holding U+2028.
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            decisions.append(parse_line(raw))
        except ValueError as e:
            invalid.append(Invalid(n, raw, str(e)))
    return DecisionFile(tuple(decisions), tuple(invalid))


def dump(found: DecisionFile) -> str:
    """The file's text: lines that are not decisions first, as they were, then the decisions
    by article, position and time, so a new decision lands among its article's."""
    ordered = sorted(found.decisions, key=lambda d: (d.article_id, d.span, d.figure_id, d.at))
    lines = [i.raw for i in found.invalid] + [to_line(d) for d in ordered]
    return "".join(line + "\n" for line in lines)


def effective(decisions: Iterable[Decision]) -> tuple[list[Decision], list[tuple[Decision, Decision]]]:
    """The decision that holds for each figure (the latest; on a tie the later line), and the
    (earlier, later) pairs where a figure was decided twice (after a merge, or by hand)."""
    latest: dict[str, Decision] = {}
    shadowed: list[tuple[Decision, Decision]] = []
    for d in decisions:
        before = latest.get(d.figure_id)
        if before is None:
            latest[d.figure_id] = d
        elif d.at >= before.at:
            latest[d.figure_id] = d
            shadowed.append((before, d))
        else:
            shadowed.append((d, before))
    return list(latest.values()), shadowed


def merged(found: DecisionFile, new: Iterable[Decision], remove: Iterable[str]) -> tuple[DecisionFile, Saved]:
    """The file with `new` decisions in (each replacing any decision on the same figure) and
    the decisions on the figure ids in `remove` taken out."""
    new = list(new)
    gone = set(remove) | {d.figure_id for d in new}
    replaced = tuple(d for d in found.decisions if d.figure_id in {n.figure_id for n in new})
    removed = tuple(d for d in found.decisions if d.figure_id in gone and d not in replaced)
    kept = [d for d in found.decisions if d.figure_id not in gone]
    return DecisionFile((*kept, *new), found.invalid), Saved(replaced, removed)


# ---------------------------------------------------------------- the file


def load(path: Path) -> DecisionFile:
    """The decisions in `path` (none when nothing is there; a dangling link is refused)."""
    if not exists(path):
        return DecisionFile()
    try:
        text = read_text(path, MAX_BYTES, link_hint="keep the file itself in the folder")
    except RefusedInput as e:
        raise DecisionsFileError(f"{path.name}: {e}") from None
    except OSError as e:
        raise DecisionsFileError(f"{path.name}: cannot be read: {e}") from None
    return parse(text)


def save(path: Path, new: Iterable[Decision] = (), remove: Iterable[str] = ()) -> Saved:
    """Record decisions: under the folder's lock, re-read the file (another curator may have
    saved since it was shown), merge, and replace it atomically. Returns what was replaced."""
    new, remove = list(new), list(remove)
    with seeds_lock(path.parent):
        remove_stale(path.parent)
        found, saved = merged(load(path), new, remove)
        write_whole(path, dump(found).encode("utf-8"))
    return saved
