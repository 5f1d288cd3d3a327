"""A government spending, investing or trading at home, which a verb of giving, investing, selling
or buying words as a flow: "The government allocated $150 m for road repairs", "Kazakhstan will
allocate $100 m from the National Fund to the programme", "the state will invest $500 m in new
schools", "Azerbaijan will invest $200 m in roads", "the state bought $40 m worth of wheat from
farmers". Neither side is a country abroad, so the story's pair would give and receive it by
carrying alone, or the world by the home's acting alone (the words: `[own_spending]` of
`rules/phrases.toml`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from re import Pattern

from dashboard.extract.countries import CountryMention, find_countries
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.rule_files import rules_file

# How far before the verb its bare giver and auxiliaries may begin: "the government has also ".
_BEFORE = 50
# How far after the verb its amount and source may run: "$100 million from the National Fund".
_AFTER = 90
# Where the verb's clause ends: a country named after it ("while Azerbaijan's exports ...") is another's.
_CLAUSE_END = re.compile(r";|,\s(?:while|whereas|and|but|as|with)\b|\.(?!\d)")


@functools.cache
def _fronted() -> Pattern[str]:
    words = rules_file("phrases.toml")["own_spending"]
    return re.compile(rf"^From\s(?:{'|'.join(words['sources'])})\b,?\s", re.IGNORECASE)


@functools.cache
def _patterns() -> tuple[Pattern[str], Pattern[str], Pattern[str]]:
    words = rules_file("phrases.toml")["own_spending"]
    # a giver with no country before it ("the Japanese government", "Japan's government") nor
    # after it ("the government of Japan"), right before its verb and the verb's auxiliaries
    bare = re.compile(
        rf"(?:^|[,;]\s|\b(?:and|while|but|meanwhile|also)\s)the\s(?:{'|'.join(words['bare_givers'])})"
        r"(?:\s(?:has|have|had|will|would|also|then|is\sto|are\sto|plans\sto|intends\sto|is\sgoing\sto|decided\sto)){0,2}\s$",
        re.IGNORECASE,
    )
    # (a number's point ends no clause: "$78.5 million")
    source = re.compile(rf"(?:[^.;]|\.(?=\d)){{0,50}}?\bfrom\s(?:{'|'.join(words['sources'])})\b", re.IGNORECASE)
    # what a home invests in or sells on at home, right after the amount: "in roads", "in the
    # energy sector", "on the domestic market"; never abroad ("in foreign assets", "in the
    # economies of other countries"), nor a time ("in the first quarter of 2023")
    home = re.compile(
        r"(?![^.;]*\b(?:countries|abroad|foreign|overseas|international|world|global)\b)"
        rf"\s(?:(?:in|into)\s(?!(?:the\s)?(?:{'|'.join(words['not_home_times'])})\b)(?:the\s|its\s|their\s|new\s)?(?-i:[a-z])|(?:[\w-]+\s){{0,3}}?on\sthe\s(?:{'|'.join(words['home_markets'])})\smarkets?\b)",
        re.IGNORECASE,
    )
    return bare, source, home


def _clause_end(text: str, at: int) -> int:
    stop = _CLAUSE_END.search(text, at)
    return stop.start() if stop else len(text)


def _named_after(text: str, end: int, lex: Lexicon) -> bool:
    """A country named after the verb in its clause: "from the federal budget for Kyrgyzstan"."""
    limit = _clause_end(text, end)
    return any(end <= c.start < limit for c in find_countries(text, lex))


@functools.cache
def _lenders() -> Pattern[str]:
    words = rules_file("phrases.toml")["own_spending"]["home_before"]
    return re.compile(rf"(?:{'|'.join(words)})\s$", re.IGNORECASE)


# A country a flow comes from, goes to or belongs to: "from China", "to the UAE", "of Kazakhstan"
# (not "in Georgia", where it stays).
_FLOW_SIDE = re.compile(r"\b(?:from|to|into|by|of|for)\s(?:the\s)?$", re.IGNORECASE)


def held_at_home(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The noun of lending or investing at text[start:end] is a country's banks' or state's at
    home ("Bank lending in Georgia rose 21%", "Public investment reached $3 bn"), with no country
    it comes from, goes to or belongs to named after it in its clause."""
    if _lenders().search(text, max(0, start - _BEFORE), start) is None:
        return False
    limit = _clause_end(text, end)
    return not any(end <= c.start < limit and _FLOW_SIDE.search(text, max(0, c.start - 12), c.start) for c in find_countries(text, lex))


def spends_at_home(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The verb at text[start:end] spends at home: its giver is a bare government or its money
    comes from its own budget or fund, and no country is named after it in its clause."""
    bare, source, _ = _patterns()
    own = (
        bare.search(text, max(0, start - _BEFORE), start) is not None
        or source.match(text, end, end + _AFTER) is not None
        or _fronted().match(text) is not None  # "From the state budget, $150 m was allocated for roads"
    )
    return own and not _named_after(text, end, lex)


# The verbs of a home's acting alone that its own economy may take: investing and selling.
_HOME_VERB = re.compile(r"(?:invest(?:s|ed|ing)?|sold|sells?|selling)", re.IGNORECASE)


def home_object(verb: str, text: str, amount_end: int, named: Sequence[int]) -> bool:
    """What a verb's amount is put in or sold on is at home, named in lowercase right after it:
    "will invest $200 m in roads", "sold products worth $2 bn on the domestic market". Asked only
    where a country acts alone (the world its partner): in a story of a pair, "Turkish companies
    invested $12 bn in the non-oil sector" is read in the partner, as the conventions' default.
    A country named after the amount in its clause (`named`: where the sentence names countries,
    by name or adjective), or the partner referred to ("in the non-oil sector of the country", "in
    joint projects"), puts it abroad: "invested $12 bn in various sectors of the Azerbaijani economy"."""
    if _HOME_VERB.fullmatch(verb) is None or _patterns()[2].match(text, amount_end) is None:
        return False
    limit = _clause_end(text, amount_end)
    return not any(amount_end <= at < limit for at in named) and _partner_referred().search(text, amount_end, limit) is None


@functools.cache
def _partner_referred() -> Pattern[str]:
    words = rules_file("phrases.toml")["own_spending"]["partner_referred"]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


@functools.cache
def _one_firm() -> Pattern[str]:
    nouns = rules_file("phrases.toml")["one_firm"]["nouns"]
    # right after the country's adjective, one word between: "Turkish construction company"
    return re.compile(rf"\s(?:[\w-]+\s)?(?:{'|'.join(nouns)})\b", re.IGNORECASE)


def one_firm_acts(code: str, text: str, countries: tuple[CountryMention, ...]) -> bool:
    """The country acts only as the adjective of one firm ("An Uzbek airline bought Boeing jets
    for $300 m", "Japanese company Hyundai will supply buses worth $40 m"): the firm's deal, no
    total of the country's with the world ("Uzbek companies", many of them, may be), nor, with
    its partner carried, the article's home's flow with it. Asked where the country acts alone or
    is the article's home with its partner carried (`home_object` only where it acts alone)."""
    return any(c.code == code and c.adjective and _one_firm().match(text, c.end) for c in countries)
