"""A country given a place in a ranking: "Russia ranks second", "China is in first place",
"At the second place is Russia", "The first place is held by China". Such a country is a partner
of the ranking's home, never the flow's owner (`frame_slots`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dashboard.extract.countries import CountryMention

# A place in a ranking said of a country, right after it ("Russia ranks second", "China is in
# first place", "Turkey took third place") or right before it ("At the second place is Russia").
_PLACE = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|number\s\d{1,2})"
_PLACED_AFTER = re.compile(
    rf"\s(?:(?:is|was|remains|remained|ranks?|ranked|took|takes|came|comes|occupies|occupied|holds|held|is\sranked|was\sranked)\s)"
    rf"(?:(?:in|at)\s)?(?:the\s)?{_PLACE}(?:\s(?:place|position|spot))?\b",
    re.I,
)
_PLACED_BEFORE = re.compile(rf"\b(?:in|at|on)\s(?:the\s)?{_PLACE}\s(?:place|position|spot)\s(?:is|was|are|were|comes|came|stands|stood)\s$", re.I)
# The same place told in the passive, its country after "by": "The first place is held by China",
# "the number 2 spot was taken by Turkey", "second place is occupied by Iran".
_PLACED_BY = re.compile(
    rf"\b(?:the\s)?{_PLACE}\s(?:place|position|spot)\s(?:is|was|has\sbeen|had\sbeen)\s(?:held|occupied|taken|secured)\sby\s(?:the\s)?$", re.I
)
_REACH = 60

# A clause that goes on with the ranked country's flow: ", with imports of $879 m" ("Russia ranks
# second, with imports of $879 m"), ", where exports were $224 m" (the place where the goods went).
WITH_CLAUSE = re.compile(r"[,\s]*(?:with|where)\s", re.I)


# The largest part of a flow said of a country, right after it: "Russia accounted for the largest
# volume of exports", "China accounts for the biggest share of imports": the first place, the
# country the home's partner in that flow, never its owner.
_LARGEST_PART_AFTER = re.compile(
    r"\s(?:accounted|accounts|account)\sfor\s(?:the\s)?(?:largest|biggest|greatest|main|major|lion['’]s)\s(?:volume|share|part|portion)\sof\b", re.I
)


def placed(text: str, c: CountryMention, start: int) -> bool:
    """Whether a bare country is given a place in a ranking, right after or before it."""
    return bool(_PLACED_AFTER.match(text, c.end) or _LARGEST_PART_AFTER.match(text, c.end) or _PLACED_BEFORE.search(text, max(start, c.start - 40), c.start))


def placed_by(text: str, c: CountryMention, start: int, preposition: str | None) -> bool:
    """Whether a country after "by" is the holder of a place in a passive: "The first place is
    held by China"."""
    return preposition == "by" and bool(_PLACED_BY.search(text, max(start, c.start - _REACH), c.start))


# Between two countries of one list: "Russia, Georgia and the Netherlands".
LIST_JOIN = re.compile(r"(?:,\s|\s(?:and|or)\s|,\s(?:and|or)\s)(?:the\s)?")

# A country ranked above the one a place is said of, right before it: "Kazakhstan is second after
# Russia", "Turkey ranks third behind China": no side of the ranked country's figure.
_ABOVE_BEFORE = re.compile(rf"\b{_PLACE}(?:\s(?:place|position|spot))?\s(?:(?:only|just|right|far|well)\s)?(?:after|behind)\s(?:the\s)?$", re.I)


def ranked_above(text: str, countries: Iterable[CountryMention], before: int) -> frozenset[int]:
    """The starts of the countries, before `before`, that a place ranks above another, with the
    list it heads ("behind Turkey and Russia")."""
    found: list[int] = []
    prev: CountryMention | None = None
    for c in countries:
        if c.end > before:
            break
        if _ABOVE_BEFORE.search(text, max(0, c.start - 40), c.start) or (prev is not None and prev.start in found and LIST_JOIN.fullmatch(text, prev.end, c.start)):
            found.append(c.start)
        prev = c
    return frozenset(found)


# "Among the European countries, Italy was the largest buyer": the group after "among" is the
# frame a ranking is drawn in, no side of its member's flow.
_AMONG = re.compile(r"\bamong\s(?:the\s)?$", re.I)
_GROUP_NOUN = re.compile(r"\s(?:member\s)?(?:countries|states|nations|economies)\b", re.I)


def among_frames(text: str, countries: Iterable[CountryMention]) -> frozenset[int]:
    """The starts of the groups a ranking is drawn among ("Among the EU countries, Italy ...")."""
    return frozenset(c.start for c in countries if _AMONG.search(text, max(0, c.start - 12), c.start) and _GROUP_NOUN.match(text, c.end))
