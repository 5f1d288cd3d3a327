"""A country thanked for what it gave: "expressed appreciation for Japan's support, including
$5 m for schools", "grateful for Turkey's assistance". After "for", a country's possessive that
owns a noun of giving or helping names the giver, not the one the aid is for ("aid for
Georgia's farmers" stays Georgia's)."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts

# From a possessive to the end of the noun it owns, with one word between ("Korea's generous
# assistance"), the noun closed by a space or a comma.
_OWNED_NOUN = re.compile(r"(?:['’]s?)?\s(?:[a-z]+\s)?[a-z]+(?=[\s,.;])")


def thanked_giver(c: CountryMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a possessive country after "for" owns a noun of giving or helping (`giving_before`,
    the words of `[voice] giving` and `helping`)."""
    if not c.possessive:
        return False
    m = _OWNED_NOUN.match(s.text, c.end)
    return m is not None and lex.giving_before.search(s.text[: m.end()] + " ", c.end) is not None
