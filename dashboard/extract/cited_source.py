"""A country that names who reports a figure, not a party to it: "according to the Kazakh
statistics committee", "the Uzbek customs service said", "according to Georgia's customs
service"; and whatever the body "according to" or "citing" names, or a sentence opens on:
"according to figures from the French embassy", "according to the government of France",
"citing Turkey's embassy", "Data from Turkey's government show that ...". Its country fills no
slot of the flow."""

from __future__ import annotations

import functools
import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.gates import holds_any
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.rule_files import rules_file

_CITING_WORDS = ("ccording", "citing", "report", "statement", "release", "survey")
_OPENS_ON_SOURCE = re.compile(r"(?:\w+\s){0,2}(?:data|figures|statistics|estimates)\b", re.IGNORECASE)


@functools.cache
def _receiving() -> frozenset[str]:
    return frozenset(rules_file("frames.toml")["source"]["receiving"])


def cited_source(c: CountryMention, s: SentenceParts, floor: int, lex: Lexicon) -> bool:
    """Whether a country names who reports: a reporting body after it, or a body "according to"
    names, after it ("the French embassy", "Turkey's government") or before it ("the government
    of Georgia"); a bare "according to Turkey" is left to the readings that take the reporting
    country. `floor`: the start of the country's clause."""
    if (c.adjective and lex.source_after.match(s.text, c.end)) or (
        (c.adjective or c.possessive)
        and (p := s.preposition(c, floor)) is not None
        and p not in _receiving()
        and lex.reporting_after.match(s.text, c.end)
    ):
        return True
    if not holds_any(s.text, _CITING_WORDS) and not _OPENS_ON_SOURCE.match(s.text):
        return False  # most sentences cite no one (a plain loop: any() over a generator costs more)
    m = lex.according_before.search(s.text, max(floor, c.start - 70), c.start)
    return m is not None and (c.adjective or c.possessive or m.group("body") is not None)


def reporting_country(s: SentenceParts, pair: tuple[str, str] | None, lex: Lexicon) -> str | None:
    """The country of the pair whose statistics a sentence cites ("according to Georgia's customs
    service"): the story reports its trade, so its exports and imports are the ones told."""
    if pair is None:
        return None
    return next((c.code for c in s.countries if c.code in pair and cited_source(c, s, s.clause_of(c.start)[0], lex)), None)
