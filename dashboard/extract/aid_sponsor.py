"""Two ways news names an aid's sides with words that are no preposition of their own: the giver
as the sponsor of the act ("With the support of Japan, Tajikistan received $3 m", "financed with
the assistance of the Government of Korea"), and the receiver as the one helped by the money
("Germany earmarked €5 m to support Armenia"). The words: `[aid_sides]` of `rules/frames.toml`."""

from __future__ import annotations

import functools
import re
from re import Pattern

from dashboard.extract.rule_files import rules_file
from dashboard.extract.state_bodies import body_of

# How far before a country its sponsor's phrase may begin: "with the generous financial support of
# the Government of".
_REACH = 120


@functools.cache
def _sponsor_before() -> Pattern[str]:
    words = rules_file("frames.toml")["aid_sides"]
    return re.compile(
        rf"\b(?:{'|'.join(words['sponsor_openers'])})\s(?:the\s)?(?:[a-z-]+\s){{0,2}}(?:{'|'.join(words['sponsor_nouns'])})\s"
        rf"(?:provided\s|given\s)?(?:of|from)\s(?:the\s)?(?:{body_of()})?$",
        re.I,
    )


@functools.cache
def _helped_before() -> Pattern[str]:
    words = rules_file("frames.toml")["aid_sides"]["helping"]
    return re.compile(rf"\bto\s(?:{'|'.join(words)})\s(?:the\s)?(?:people\sof\s|government\sof\s)?$", re.I)


def sponsored_by(text: str, country_start: int) -> bool:
    """Whether the country is named as the sponsor of what its clause tells ("with the support of")."""
    return _sponsor_before().search(text, max(0, country_start - _REACH), country_start) is not None


def helped(text: str, country_start: int) -> bool:
    """Whether the country is named as the one an amount helps ("to support", "to help")."""
    return _helped_before().search(text, max(0, country_start - 40), country_start) is not None
