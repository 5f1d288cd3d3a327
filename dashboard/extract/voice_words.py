"""The patterns of a flow's voice that a passive sets (`[voice]` of `rules/frames.toml`), compiled
once by `lexicon.load`: who is given a flow, an aid sent on to a receiver with no giver named, and
an inflow its subject expects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import Pattern

from dashboard.extract.rule_patterns import alternation


@dataclass(frozen=True)
class VoiceWords:
    passive_given: Pattern[str]  # between a passive's subject and the noun it is given: "was granted a"
    aid_sent_to: Pattern[str]  # matched from an aid's noun to its clause's end: "... was shipped to"
    expecting: Pattern[str]  # searched up to an investment's or aid's noun: "is expecting foreign "
    foreign_owned: Pattern[str]  # from an owner's name to its investment noun's end: "'s foreign direct investment"


def compile_voice(voice: dict[str, list[str]]) -> VoiceWords:
    return VoiceWords(
        # "Mongolia has been granted a loan of $50 m": the subject of a passive giving verb is
        # given the flow its object names.
        passive_given=re.compile(
            rf"\s(?:(?:will|would|shall|has|have|had|to)\s)*(?:be|been|being|is|are|was|were)\s"
            rf"(?:{alternation(voice['giving'])})\w*\s(?:with\s)?(?:(?:a|an|the)\s)?(?:[\w-]+\s){{0,2}}",
            re.IGNORECASE,
        ),
        # No "by" before the verb or after it: a giver named there is no one's left unsaid.
        aid_sent_to=re.compile(
            rf"(?:(?!\bby\b)[^;])*?\s(?:was|were|been|is|are|be)\s(?:{alternation(voice['passive_sent'])})\s(?:to|for)\s"
            rf"(?!.*\bby\b)",
            re.IGNORECASE,
        ),
        # the inflow's noun right after the verb, past an adjective or two: its subject receives
        expecting=re.compile(
            rf"\b(?:{alternation(voice['expecting'])})\s(?:(?:foreign|direct|new|more|additional|fresh|further|large)\s){{0,2}}$", re.IGNORECASE
        ),
        # the possessive, a word or two of measure ("net", "total"), then the noun itself
        foreign_owned=re.compile(rf"['’]s?\s(?:(?:net|gross|total|annual)\s)?(?:{alternation(voice['foreign_owned'])})", re.IGNORECASE),
    )
