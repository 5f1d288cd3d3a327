"""A figure's confidence, `sure` or `check`, from its doubts, by the mapping in
rules/confidence.toml (which doubts make a figure `check`): data, calibrated on real-dev.

A derived figure has the doubts of all its inputs, so it is as weak as the weakest of them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dashboard.extract.doubts import EXTRACTION_DOUBTS
from dashboard.paths import RULES
from dashboard.plausibility import PLAUSIBILITY_DOUBTS
from dashboard.schema import CONFIDENCES

SURE, CHECK = CONFIDENCES
DOUBTS: tuple[str, ...] = (*EXTRACTION_DOUBTS, *PLAUSIBILITY_DOUBTS)
CONFIDENCE_FILE = RULES / "confidence.toml"


@dataclass(frozen=True)
class Mapping:
    words: dict[str, str]  # doubt -> what a reviewer reads
    check: frozenset[str]  # a figure with any of these is `check`
    together: tuple[frozenset[str], ...]  # a figure with all of one of these is `check`

    def confidence(self, doubts: Iterable[str]) -> str:
        held = set(doubts)
        if held & self.check or any(t <= held for t in self.together):
            return CHECK
        return SURE


def parse_mapping(text: str) -> Mapping:
    """The mapping from the TOML text; a doubt it does not know, or one it leaves out, is an
    error: a renamed doubt must not silently become `sure`."""
    data = tomllib.loads(text)
    doubts = data.get("doubts", {})
    unknown = sorted(set(doubts) - set(DOUBTS) | {d for t in data.get("together", []) for d in t["doubts"]} - set(DOUBTS))
    missing = [d for d in DOUBTS if d not in doubts]
    if unknown or missing:
        raise ValueError(f"confidence mapping: unknown doubts {unknown}, doubts without an entry {missing}")
    return Mapping(
        words={name: str(entry["words"]) for name, entry in doubts.items()},
        check=frozenset(name for name, entry in doubts.items() if entry.get("check", False)),
        together=tuple(frozenset(t["doubts"]) for t in data.get("together", [])),
    )


@cache
def load_mapping(path: Path = CONFIDENCE_FILE) -> Mapping:
    return parse_mapping(path.read_text(encoding="utf-8"))


def confidence_of(doubts: Iterable[str]) -> str:
    """`check` when the doubts include one the mapping says needs a reviewer, else `sure`.

    >>> confidence_of([]), confidence_of(["no-year"])
    ('sure', 'check')
    """
    return load_mapping().confidence(doubts)


def in_words(doubt: str) -> str:
    """What a doubt means, for a reviewer.

    >>> in_words("no-year")
    'no year could be found for the figure'
    """
    return load_mapping().words.get(doubt, doubt)


def merged(*doubt_lists: Iterable[str] | None) -> list[str]:
    """The doubts of several figures as one list, in DOUBTS order: a derived figure's."""
    held = {d for doubts in doubt_lists for d in (doubts or ())}
    return [d for d in DOUBTS if d in held] + sorted(held - set(DOUBTS))


def weakest(*confidences: str | None) -> str | None:
    """The confidence of a figure computed from others: `check` if any input is.

    >>> weakest("sure", "check"), weakest("sure", "sure"), weakest(None)
    ('check', 'sure', None)
    """
    if CHECK in confidences:
        return CHECK
    return SURE if SURE in confidences else None
