"""Where a meeting was: a country or capital after "in" that follows a word of a meeting or a
signing ("the Kyrgyz government said after the signing ceremony on September 11 in Dushanbe",
"officials said after talks held in Astana") is the venue, never a side of the flow."""

from __future__ import annotations

from dashboard.extract.countries import CountryMention
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts


def venue(c: CountryMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether `c` is where a meeting or signing took place (`[venue]` in `rules/frames.toml`)."""
    at = s.text.rfind(" in ", max(0, c.start - 12), c.start)
    return at >= 0 and lex.venue_before_in.search(s.text, max(0, at - 50), at + 1) is not None
