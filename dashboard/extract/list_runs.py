"""A run of list members, each a country with its amount after it: where the member before a
country ends ("France $412 m (23.4%), the Netherlands ..."), and whether a bare country opens or
continues a run of the same shape (`frame_lists.conjunct_of`)."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

SERIES = re.compile(r"(?:,\s?(?:and\s)?|\sand\s)(?:the\s)?$")
# A share or a change set in brackets after a member's amount ends the member as the amount
# would: "France $96 m (23.4%), the Netherlands $57 m (15.1%)", "China $1.2 bn (up 12%), ...".
_SHARE_AFTER = re.compile(r"\s?\([^()]{0,30}?\d\s?(?:%|percent|per\scent)[^()]{0,12}\)\s?$", re.I)


def amounts_closing(at: int, s: SentenceParts) -> list[Quantity]:
    """The amounts that end a list's member right before `at` (its comma or "and")."""
    aside = _SHARE_AFTER.search(s.text, max(0, at - 50), at)
    end = aside.start() if aside is not None else at
    return [q for q in s.quantities if q.end <= end and not s.text[q.end : end].strip(" )")]


def same_shape(c: CountryMention, gap: str, s: SentenceParts) -> bool:
    """ "were China at $612 m and Germany at $348 m": a bare country after "and", its amount in the
    same words as the amount right before the "and" follows its own country. With nothing between
    ("were France $412 m, the Netherlands $238 m"), the member before must be a bare country too:
    a run of two is a list, where one "Turkey $5 bn" alone may be a headline."""
    m = SERIES.search(s.text, max(0, c.start - 12), c.start)
    prev = amounts_closing(m.start(), s) if m is not None else []
    return bool(prev) and any(
        x.code and (gap.strip() or not x.possessive) and s.text[x.end : prev[-1].start] == gap for x in s.countries
    )


# What may stand after a run's first amount before its next member: a share or a change in
# brackets, then a comma or "and".
_NEXT_MEMBER = re.compile(r"(?:\s?\([^()]{0,30}?\d\s?(?:%|percent|per\scent)[^()]{0,12}\))?(?:,\s?(?:and\s)?|\sand\s)(?:the\s)?")


_ONE_NOUN = re.compile(r"\s[a-z]+\s")


def opens_run(c: CountryMention, q: Quantity, gap: str, s: SentenceParts) -> bool:
    """ "were China $1.8 bn, Russia $1.5 bn and Japan $0.4 bn": a bare country right before its
    amount opens a list when the next member, after a comma or "and", has the same shape."""
    # ("Italian companies $32 m and Emirati companies $41 m": a nationality's one noun is the shape too)
    if c.possessive or (gap.strip() and not (c.adjective and _ONE_NOUN.fullmatch(gap))):
        return False
    m = _NEXT_MEMBER.match(s.text, q.end)
    nxt = next((x for x in s.countries if m is not None and x.code and x.start == m.end()), None)
    return nxt is not None and not nxt.possessive and any(y.start == nxt.end + len(gap) and s.text[nxt.end : y.start] == gap for y in s.quantities)
