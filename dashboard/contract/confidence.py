"""What `sure` and `check` mean: the mapping from a figure's doubts to its confidence, and each
doubt in a reviewer's words. Data, in rules/confidence.toml, calibrated on real-dev.

The build settles each figure's confidence with it; the read side says why a figure awaits
review with the same words. The build also checks the mapping names every doubt it raises
(dashboard/build/confidence.py).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dashboard.contract.schema import CONFIDENCES
from dashboard.paths import RULES

SURE, CHECK = CONFIDENCES
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

    def deciding(self, doubts: Iterable[str]) -> list[str]:
        """The doubts that make a figure `check`, in the order given."""
        held = list(doubts)
        together = [t for t in self.together if t <= set(held)]
        return [d for d in held if d in self.check or any(d in t for t in together)]


def parse_mapping(text: str, known: tuple[str, ...] | None = None) -> Mapping:
    """The mapping from the TOML text. Given the `known` doubts, one it does not know, or one it
    leaves out, is an error: a renamed doubt must not silently become `sure`."""
    data = tomllib.loads(text)
    doubts = data.get("doubts", {})
    if known is not None:
        named = set(doubts) | {d for t in data.get("together", []) for d in t["doubts"]}
        unknown = sorted(named - set(known))
        missing = [d for d in known if d not in doubts]
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


def in_words(doubt: str) -> str:
    """What a doubt means, for a reviewer.

    >>> in_words("no-year")
    'no year could be found for the figure'
    """
    return load_mapping().words.get(doubt, doubt)
