"""An institution named again by its noun ("the bank", "the fund"): after a lender of many
countries (the EBRD, the ADB, the World Bank), what "the bank" invests or lends is that lender's,
no country's flow, whatever countries the story names elsewhere; after a country's agency
("JICA ... the agency") it stays that country's, as the agency's own name would."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# The noun a story names an institution again by, as the subject of its clause.
_BODY_NOUN = re.compile(r"\b(?:the|this)\s(?:(?:development|multilateral|international)\s)?(?:bank|fund|lender|institution|organi[sz]ation)\b(?!['’])", re.I)
# A sentence that opens on the story's money by its noun and lists what it is made of: "The
# financing includes a $13 m concessional loan and a $9 m grant", "This package comprises ...".
_WHOLE_SPLIT = re.compile(
    r"\s*(?:The|This|That|Its|The\stotal)\s(?:[\w-]+\s)?(?:financing|funding|package|facility|support|assistance|amount|sum)\s"
    r"(?:includes|included|will\sinclude|comprises|comprised|consists\sof|consisted\sof|is\smade\sup\sof)\b"
)


def body_named(text: str, inside: list[CountryMention], lex: Lexicon, offset: int = 0) -> str | None:
    """Which kind of institution a sentence names last: "multilateral" (a lender of many
    countries), "agency" (a country's own), or None when it names neither.

    >>> from dashboard.extract.lexicon import load
    >>> body_named("The EBRD has invested EUR 1.2 bn in Tajikistan.", [], load())
    'multilateral'
    >>> body_named("Tajikistan and Germany signed a deal.", [], load()) is None
    True
    """
    many = [m.start() for m in lex.multilateral.finditer(text)]
    own = [m.start - offset for m in inside if m.agency]
    if not many and not own:
        return None
    return "multilateral" if max(many, default=-1) > max(own, default=-1) else "agency"


def multilateral_named_again(q: Quantity, t: TriggerMention, s: SentenceParts, last_body: str | None, lex: Lexicon) -> bool:
    """ "The EBRD has invested EUR 1.2 bn in Tajikistan. In 2019, the bank invested EUR 98 m":
    the subject of the amount's clause is an institution's noun, with no country after it before
    the verb, and the last institution named before it (in its sentence, else in the story) is a
    lender of many countries."""
    if last_body is None or not t.end:
        return False
    if last_body == "multilateral" and _WHOLE_SPLIT.match(s.text) and not any(c.code for c in s.countries):
        # "The ADB approved $22 m for Kyrgyzstan. The financing includes a $13 m loan and a $9 m
        # grant": the parts of a many-country lender's money, which names no country of its own.
        return True
    head = min(q.start, t.start)
    cs = s.clause_of(head)[0]
    nouns = list(_BODY_NOUN.finditer(s.text, cs, head))
    if not nouns:
        return False
    noun = nouns[-1]
    if any(c.code and (noun.end() <= c.start < head or (cs <= c.start and c.end <= noun.start() and c.possessive)) for c in s.countries):
        return False
    here = body_named(s.text[: noun.start()], [c for c in s.countries if c.end <= noun.start()], lex)
    return (here or last_body) == "multilateral"
