"""A pattern searched in a window only when its gate lets the window through: the window is read
for the gate's words first (`gates.Gate`, many times cheaper than the pattern tried at every
position), and the pattern decides whatever the gate lets through."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from re import Pattern

from dashboard.extract.gates import Gate, gate_for


@dataclass(frozen=True)
class GatedPattern:
    pattern: Pattern[str]
    gate: Gate

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`, or None at once when the window holds no word every
        match holds."""
        return self.pattern.search(text, pos, endpos) if self.gate.search(text[pos:endpos]) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
        """`pattern.finditer(text, pos, endpos)`, none at once when the gate holds the window back."""
        return list(self.pattern.finditer(text, pos, endpos)) if self.gate.search(text[pos:endpos]) else []


def gated(pattern: Pattern[str]) -> GatedPattern:
    """`pattern` with a gate made from itself, with its flags."""
    return GatedPattern(pattern, gate_for([pattern.pattern], pattern.flags))
