"""Frames: a trigger with its slots (origin, destination, partner), filled from the countries
around it by the role table of `rules/frames.toml`. The stage is in parts: which trigger an
amount belongs to (`frame_trigger`), the slots its clause fills (`frame_slots`), who does a flow
and who receives it (`frame_direction`), what fills a side left open (`frame_open_slot`), lists
and coordination (`frame_lists`), and the pair and direction all this resolves to
(`frame_who.who_for`). Here: the types they share."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.contract.records import quick_init
from dashboard.extract.countries import CountryMention


@dataclass
class Slots:
    """Who fills a frame, with the words that filled each slot (sentence offsets)."""

    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    partner: list[str] = field(default_factory=list)  # named without a direction
    evidence: list[tuple[str, int, int, str]] = field(default_factory=list)
    floor: int = 0  # countries before it belong to another clause ("X will be granted ... and Y will be")

    def put(self, slot: str, code: str, c: CountryMention, marker: str) -> None:
        if slot == "skip":
            return
        getattr(self, slot).append(code)
        self.evidence.append((slot, c.start, c.end, f"role:{marker}"))


@quick_init
@dataclass(frozen=True)
class Who:
    """A frame's countries, resolved: the sorted pair, the direction, and the evidence."""

    pair: tuple[str, str]
    origin: str | None
    destination: str | None
    evidence: tuple[tuple[str, int, int, str], ...]
    actor: str | None = None  # the country that owns or does the flow, when one does
    anchor: str | None = None  # a list's fixed country, which its next conjuncts keep


def _sorted(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def directed_who(origin: str | None, destination: str | None, evidence: list[tuple[str, int, int, str]]) -> Who | None:
    if origin is None or destination is None or origin == destination:
        return None
    return Who(_sorted(origin, destination), origin, destination, tuple(evidence))


def turnover_who(a: str, b: str, evidence: list[tuple[str, int, int, str]]) -> Who | None:
    return None if a == b else Who(_sorted(a, b), None, None, tuple(evidence))
