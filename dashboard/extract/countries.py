"""Find the countries a text names, as names, adjectives or possessives, with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dashboard.contract.records import quick_init
from dashboard.extract.epithets import EPITHET, ONE_COUNTRY_AFTER
from dashboard.extract.gated_pattern import gated
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.rule_files import rules_file

# A capitalised word not glued to a word or a dot before it: `(?<![\w.])[A-ZÀ-Þ][^\W\d_]*`, with
# the capital first so the regex engine scans for it in C (twice as fast, the same matches).
# A capital right after a dot is no name's start ("U.S", "News.Az"), unless a small letter's dot
# ends a sentence glued to the next in scraped copy ("plans.Georgia's exports").
_CAPITALISED = re.compile(r"[A-ZÀ-Þ](?<!\w[A-ZÀ-Þ])(?<![^a-z]\.[A-ZÀ-Þ])(?<!^\.[A-ZÀ-Þ])[^\W\d_]*")
# "US$", "U.S. dollars", "Australian dollars", a release's "US Dollars": a currency; "Italy $9.1 bn"
# is a country and an amount.
_CURRENCY_AFTER = re.compile(
    r"\$|\s?(?:[Dd]ollars?|manats?|rubles?|roubles?|yuan|tenge|soms?|sums?|lari|drams?|liras?|somoni|togrogs?|tugriks?|won|yen|rupees?|francs?|crowns?|korun[ay]?|zlot(?:y|ys|ies)|forints?)\b"
)
# "US $ 630 million" (a space before the sign): the currency, unless an article makes it the
# country ("to the US $2 bn", a list's member).
_US_SPACED_CURRENCY = re.compile(r"\s\$")
_US = frozenset({"US", "U.S.", "U.S"})
# A capital where something takes place is the city, not its government: "talks held in
# Beijing", "a visit to Tokyo", "the forum in Baku", "via Tbilisi" (but "Moscow's loan",
# "Washington has spent", and "a hospital in Tashkent region", where a flow goes).
_PLACE_BEFORE = gated(first_char_checked_compiled(  # (its words asked of the 16 characters before first)
    r"\b(?:(?:held|met|meet|meeting|meetings|talks|forum|summit|conference|session|arrived|signed|visit|visits|trip)\s(?:in|to)|visit(?:s|ed|ing)?|at|near|via|capital(?:\scity)?)\s$",
    re.IGNORECASE,
))
# A capital naming a place or an event in it: "the Astana airport", "the Tashkent Declaration",
# "the Baku forum" (an office there still says which country: "TIKA's Tbilisi office").
_PLACE_AFTER = re.compile(
    r"\s(?:[a-z-]+\s)?(?:airport|(?:sea)?port|metro|subway|city|mayor|municipality|plant|factory|station|terminal"
    r"|hub|suburbs?|district|declaration|agreement|forum|summit|talks|meeting|format|process)\b",
    re.IGNORECASE,
)
# A capital right before a flow's noun owns it, as an adjective would: "the Beijing FDI", "most
# Moscow loans" (the government's flow, whatever preposition stands before the capital).
_OWNED_AFTER = re.compile(r"\s(?:FDI|investments?|aid|loans?|grants?|credits?)\b")
_POSSESSIVE = re.compile(r"['’`]s?(?![\w])")  # "Azerbaijan`s" as some wires type it
# A newspaper named after a country or its capital: "Pakistan Today", "the Tehran Times" (one space,
# the masthead word capitalised: "trade with China today" is the country).
_MASTHEAD_AFTER = re.compile(rf" (?:{'|'.join(rules_file('countries.toml')['not_countries']['mastheads'])})\b")
# "it", "the country" after a preposition point back to a country named earlier.
# So does an epithet, "exports to the Central Asian republic", "invested in the landlocked country",
# and a word for the one named last, "trade with the latter" (`[last_named]` of countries.toml).
LAST_NAMED = "|".join(rules_file("countries.toml")["last_named"]["words"])
_BACK_REFERENCE = first_char_checked_compiled(
    rf"\b(?:from|to|into|with|in)\s(it|them|the\s(?:country|republic)|this\s(?:country|republic)|{LAST_NAMED}|{EPITHET})\b(?!['’])"
)
# "the country's foreign trade": an owner that stands for a country named before it. Searched
# in every sentence read: the look-ahead of its first character (first_char_checked) lets the
# engine pass over most positions in C.
_OWNER_REFERENCE = first_char_checked_compiled(r"\b(?:the|this)\s(?:country|republic)(?=['’]s\b)")
# Words that mean "the pair this article is about".
BILATERAL = re.compile(
    r"\b(?:the\s(?:two|both)\s(?:countries|nations|states|sides)|both\s(?:countries|nations|sides)"
    r"|bilateral|mutual|reciprocal|the\scountries|the\ssides|the\sparties)\b",
    re.IGNORECASE,
)


@quick_init
@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO 3166 alpha-3, EUU, or "" for a back-reference ("from it")
    adjective: bool = False
    possessive: bool = False
    agency: bool = False  # named by a national agency ("USAID"): its country's donor or lender


def find_countries(text: str, lex: Lexicon) -> Iterator[CountryMention]:
    """Country mentions, longest name first; inside an institution's name they do not count.

    >>> from dashboard.extract.lexicon import load
    >>> [(m.code, m.adjective, m.possessive) for m in find_countries(
    ...     "Azerbaijani-Japanese trade and the Republic of Korea's and China’s firms", load())]
    [('AZE', True, False), ('JPN', True, False), ('KOR', False, True), ('CHN', False, True)]
    """
    # The masked spans come in order and never overlap, and so do the tokens: one walk along
    # both keeps this linear (a test of every span per token was quadratic on a repeated phrase).
    masked = [m.span() for m in lex.not_countries.finditer(text)]
    n_masked = len(masked)
    words_of = lex.country_words
    pos = 0
    i = 0
    for token in _CAPITALISED.finditer(text):
        words = words_of.get(token.group(0))
        if words is None:
            continue  # most capitalised words start no country's name
        start = token.start()
        while i < n_masked and masked[i][1] <= start:
            i += 1
        if start < pos or (i < n_masked and masked[i][0] <= start):
            continue
        word = words.longest_at(text, start)
        if word is None:
            continue
        end = start + len(word.text)
        if _CURRENCY_AFTER.match(text, end):
            continue  # "U.S. dollars", "US$": a currency, not the country
        if _MASTHEAD_AFTER.match(text, end):
            continue  # "Pakistan Today reported": a newspaper, not the country
        if word.text in _US and _US_SPACED_CURRENCY.match(text, end) and not text[max(0, start - 4) : start].lower() == "the ":
            continue
        if word.code == EU and word.adjective and ONE_COUNTRY_AFTER.match(text, end):
            continue  # "the European country": an epithet of one country (`epithets`), not the EU
        possessive = _POSSESSIVE.match(text, end)
        if word.capital and not possessive and (_PLACE_BEFORE.search(text, max(0, start - 16), start) or _PLACE_AFTER.match(text, end)):
            continue
        adjective = word.adjective or (word.capital and bool(_OWNED_AFTER.match(text, end)))
        yield CountryMention(start, end, word.code, adjective, bool(possessive), word.agency)
        pos = possessive.end() if possessive else end


def find_back_references(text: str) -> Iterator[CountryMention]:
    """ "imported goods from it": a country the sentence named before, to be resolved by the reader."""
    found = [CountryMention(m.start(1), m.end(1), "") for m in _BACK_REFERENCE.finditer(text)]
    if "country" in text or "republic" in text:  # (the pattern keeps its case: every match holds one)
        found += [CountryMention(m.start(), m.end(), "", possessive=True) for m in _OWNER_REFERENCE.finditer(text)]
    yield from sorted(found, key=lambda c: c.start)


EU = "EUU"


def bloc_references(text: str, mentions: list[CountryMention], lex: Lexicon) -> list[CountryMention]:
    """ "the bloc", "the 27-nation bloc": the EU, when the EU is the union named last before it.

    >>> from dashboard.extract.lexicon import load
    >>> t = "Exports to the EU grew. Imports from the bloc fell; after the EAEU, the bloc was a topic."
    >>> [(m.start, m.code) for m in bloc_references(t, list(find_countries(t, load())), load())]
    [(37, 'EUU')]
    """
    found: list[CountryMention] = []
    eu = [m.start for m in mentions if m.code == EU]
    if not eu:
        return found
    others = [m.start() for m in lex.other_union.finditer(text)]
    for m in lex.bloc.finditer(text):
        last_eu = max((s for s in eu if s < m.start()), default=None)
        if last_eu is None or any(last_eu < o < m.start() for o in others):
            continue
        if _POSSESSIVE.match(text, m.end()):
            continue  # "Hungary, the bloc's most eager suitor": an owner of a description, no side of a flow
        found.append(CountryMention(m.start(), m.end(), EU))
    return found


def agency_references(text: str, mentions: list[CountryMention], lex: Lexicon) -> list[CountryMention]:
    """ "the agency", "the bank", "the fund": the national agency named last before it, of that
    kind, when no other institution of the kind is named in between ("JICA ... the agency has
    provided $300 m" is Japan's; "JICA ... the World Bank ... the bank" is no one's).

    >>> from dashboard.extract.lexicon import load
    >>> t = "JICA opened an office. The agency has spent $5 m. The Asian Development Bank said the bank will lend."
    >>> [(m.start, m.code) for m in agency_references(t, list(find_countries(t, load())), load())]
    [(23, 'JPN')]
    """
    # Each agency's kind, read once from its name, for every reference after it.
    agencies = [(m, _agency_kind(text[m.start : m.end], lex)) for m in mentions if m.agency and m.code]
    known = {m.start for m in mentions}
    found = [m for m in _acronyms(text, [m for m, _ in agencies]) if m.start not in known]
    if not agencies or not lex.agency_reference_gate.search(text):
        return found
    for ref in lex.agency_reference.finditer(text):
        kind = ref.group(1).lower()
        named = [m for m, its_kind in agencies if m.end <= ref.start() and its_kind == kind]
        if not named:
            continue
        last = named[-1]
        if any(_agency_kind(i.group(0), lex) == kind for i in lex.institution.finditer(text, last.end, ref.start())):
            continue  # another bank, fund or agency named since: the noun may be its
        found.append(CountryMention(ref.start(), ref.end(), last.code, agency=True))
    return found


# The short name an agency is given in brackets right after its full one: "the Saudi Fund for
# Development (SFD)", "the Export-Import Bank of Korea (KEXIM)".
_ACRONYM_AFTER = re.compile(r"\s?\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")


def _acronyms(text: str, agencies: list[CountryMention]) -> list[CountryMention]:
    """The later uses of the short names agencies are given in brackets ("The SFD has provided
    ..."): the agency, its country's donor or lender."""
    found: list[CountryMention] = []
    for m in agencies:
        short = _ACRONYM_AFTER.match(text, m.end)
        if short is None:
            continue
        for use in re.finditer(rf"\b{re.escape(short.group(1))}\b", text[short.end() :]):
            found.append(CountryMention(short.end() + use.start(), short.end() + use.end(), m.code, agency=True))
    return found


def _agency_kind(name: str, lex: Lexicon) -> str:
    return next((kind for kind, words in lex.agency_kinds.items() if words.search(name)), "agency")
