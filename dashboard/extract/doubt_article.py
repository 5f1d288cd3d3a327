"""What the doubts read of a figure's article, read once for all its figures (doubts.py and the
modules it asks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import find_quantities
from dashboard.extract.sentences import Sentence
from dashboard.extract.times import TimeRef, find_times


@dataclass(frozen=True)
class ArticleView:
    """What the doubts read of the figure's article: its text and date, its sentences (and where
    each starts), the countries each names, and where each country is named."""

    text: str
    published: date | None
    dated: bool
    sentences: list[Sentence]
    starts: list[int]
    named: list[set[str]]
    codes: dict[int, str]
    # Each sentence's times and amounts, read once for all its figures' doubts.
    _times: dict[int, tuple[TimeRef, ...]] = field(default_factory=dict, compare=False)
    _amounts: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict, compare=False)
    _sides: dict[tuple[int, bool], bool] = field(default_factory=dict, compare=False)

    def times(self, at: int, lex: Lexicon) -> tuple[TimeRef, ...]:
        if at not in self._times:
            self._times[at] = tuple(find_times(self.sentences[at].text, self.published, lex.period_reference))
        return self._times[at]

    def amounts(self, at: int, lex: Lexicon) -> tuple[tuple[int, int], ...]:
        """Where each amount of the sentence starts and ends, in the sentence."""
        if at not in self._amounts:
            self._amounts[at] = tuple((q.start, q.end) for q in find_quantities(self.sentences[at].text, lex))
        return self._amounts[at]

    def names_side(self, at: int, lex: Lexicon, world: bool = False) -> bool:
        """Whether the sentence names a group of countries as a side ("trade with the CIS
        countries"), or with `world` the world ("with external partners"): asked for each of its
        figures, and both patterns are tried at every letter (their gates first)."""
        key = (at, world)
        if key not in self._sides:
            text = self.sentences[at].text
            gate, pattern = (lex.world_gate, lex.world) if world else (lex.group_gate, lex.group_side)
            self._sides[key] = bool(gate.search(text)) and pattern.search(text) is not None
        return self._sides[key]
