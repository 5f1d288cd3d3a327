"""Words that name one side of a flow without naming a country: an aid sent "to other countries"
or "abroad" goes to the world, one received "from other countries" or "from abroad" comes from it;
and a sentence opened by "In terms of imports," or "By exports," ranks its trading partners in that
side of trade; and the EU named beside its own member. Compiled once by `lexicon.load` from
`[sides]` of `rules/frames.toml` and `[unions]` of `rules/countries.toml`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from re import Pattern
from typing import TYPE_CHECKING

from dashboard.extract.rule_patterns import alternation

if TYPE_CHECKING:
    from dashboard.extract.countries import CountryMention

_EU = "EUU"  # countries.EU (which imports the lexicon, and so this module)


@dataclass(frozen=True)
class SideWords:
    aid_outward: Pattern[str]  # searched near an aid and its amount: "to other countries"
    aid_inward: Pattern[str]  # ... "from other countries", "from abroad"
    side_opener: Pattern[str]  # matched at a sentence's start: "In terms of imports, "
    narrowed: Pattern[str]  # a turnover trigger that an opener narrows to its side: "trading partners"
    agentless_receipt: Pattern[str]  # matched right after an aid's noun: " received by " (no giver named)
    counted_list: Pattern[str]  # a side of counted countries that a list names next: "to two countries – "
    counted_aside: Pattern[str]  # ends right before a flow noun a whole leaves out or counts in: "(minus gas "
    eu_members: frozenset[str]  # a union beside its own member is no side: "to Bulgaria from the EU"


def compile_sides(sides: dict[str, list[str]], eu_members: list[str]) -> SideWords:
    countries = rf"(?:{alternation(sides['countries'])})"
    return SideWords(
        aid_outward=re.compile(rf"\b(?:(?:to|among)\s{countries}|{alternation(sides['aid_outward'])})\b", re.IGNORECASE),
        aid_inward=re.compile(rf"\b(?:from\s{countries}|{alternation(sides['aid_inward'])})\b", re.IGNORECASE),
        side_opener=re.compile(rf"^[\s\"“‘']*(?:{alternation(sides['openers'])}),\s", re.IGNORECASE),
        narrowed=re.compile(rf"(?:{alternation(sides['narrowed'])})$", re.IGNORECASE),
        agentless_receipt=re.compile(rf"\s(?:{alternation(sides['agentless_receipt'])})\sby\s", re.IGNORECASE),
        counted_list=re.compile(rf"\b(?:to|from|among)\s{countries}\s?[–—:-]\s?", re.IGNORECASE),
        counted_aside=re.compile(rf"(?:[(,]\s?|\s)(?:and\s)?(?:{alternation(sides['counted_aside'])})\s(?:the\s)?(?:[\w-]+\s){{0,2}}$", re.IGNORECASE),
        eu_members=frozenset(eu_members),
    )


def opened_side(text: str, sides: SideWords) -> str | None:
    """The side of trade a sentence's opener names ("In terms of imports, ..."): "import",
    "export", or None."""
    m = sides.side_opener.match(text)
    if m is None:
        return None
    return "import" if "import" in m.group().lower() else "export"


def world_member(text: str, start: int, sides: SideWords) -> bool:
    """Whether the list member at `start` names one of the countries a side just before it counts
    ("gave aid of $40,000 to two countries – Nepal ($25,000) and Laos ($15,000)"): that side's member,
    where the figure before has the world."""
    cues = list(sides.counted_list.finditer(text, max(0, start - 80), start))
    return bool(cues) and ";" not in text[cues[-1].end() : start]


# Between a member and the union right after it: "Bulgaria from the EU", "Poland among the EU".
_MEMBER_OF_UNION = re.compile(r"\s(?:from|among|of|in)\s(?:the\s)?")


def union_beside_member(text: str, countries: Sequence[CountryMention], sides: SideWords) -> frozenset[int]:
    """The starts of the EU's mentions right after one of its members ("the largest exports go to
    Bulgaria from the EU"): the group the member is picked from, no side of the member's flow."""
    return frozenset(
        c.start for prev, c in pairwise(countries)
        if c.code == _EU and prev.code in sides.eu_members and _MEMBER_OF_UNION.fullmatch(text, prev.end, c.start)
    )
