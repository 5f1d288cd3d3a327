"""Rewrites of a whole article that must not change what it says, for the invariance tests
(CheckList's INV tests, run over articles rather than template sentences): the countries renamed,
the years moved back, amounts, rates, periods and country names written another way, a sentence
that says nothing about trade put in. Each rewrite returns the new text, the new date and how
each reading should change (`Expect`); None when the article cannot be rewritten cleanly."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from dashboard.contract.schema import Figure

# Countries renamed: their names, adjectives and capitals (as the lexicon spells them) ...
RENAMED: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AZE": (("Azerbaijan",), ("Azerbaijani", "Azeri"), ("Baku",)),
    "TKM": (("Turkmenistan",), ("Turkmenistani", "Turkmen"), ("Ashgabat",)),
    "KAZ": (("Kazakhstan",), ("Kazakhstani", "Kazakh"), ("Astana",)),
    "UZB": (("Uzbekistan",), ("Uzbekistani", "Uzbek"), ("Tashkent",)),
    "KGZ": (("Kyrgyzstan",), ("Kyrgyzstani", "Kyrgyz"), ("Bishkek",)),
    "TJK": (("Tajikistan",), ("Tajikistani", "Tajik"), ("Dushanbe",)),
    "GEO": (("Georgia",), ("Georgian",), ("Tbilisi",)),
    "ARM": (("Armenia",), ("Armenian",), ("Yerevan",)),
    "TUR": (("Turkey", "Türkiye"), ("Turkish",), ("Ankara",)),
    "IRN": (("Iran",), ("Iranian",), ("Tehran",)),
    "CHN": (("China",), ("Chinese",), ("Beijing",)),
    "RUS": (("Russia",), ("Russian",), ("Moscow",)),
}
# ... to countries the corpus hardly names, each with a name, an adjective and a capital.
RENAMED_TO: dict[str, tuple[str, str, str]] = {
    "MNG": ("Mongolia", "Mongolian", "Ulaanbaatar"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad"),
    "BLR": ("Belarus", "Belarusian", "Minsk"),
    "UKR": ("Ukraine", "Ukrainian", "Kyiv"),
    "IND": ("India", "Indian", "New Delhi"),
}
# A local currency ties an article to its country ("manat" is Turkmen in a Turkmen story).
_LOCAL_CURRENCY = re.compile(r"\b(?:manats?|tenge|soms?|soums?|sums?|somoni|lari|drams?|rubles?|roubles?|liras?|yuan|renminbi|rials?)\b", re.I)


@dataclass(frozen=True)
class Expect:
    """How each reading of the rewritten article should differ from the original's."""

    codes: dict[str, str] = field(default_factory=dict)
    years_back: int = 0


Rewrite = Callable[[str, date | None], tuple[str, date | None, Expect] | None]


def reading(f: Figure, expect: Expect = Expect()) -> tuple[object, ...]:
    """A figure's reading, as the strict rule compares it, after the change `expect` names."""
    code = expect.codes.get
    a, b = sorted((code(f.country_a, f.country_a), code(f.country_b, f.country_b)))
    flow_from = code(f.flow_from, f.flow_from) if f.flow_from else None
    flow_to = code(f.flow_to, f.flow_to) if f.flow_to else None
    year = f.year - expect.years_back if f.year is not None else None
    # Nine significant digits: the same amount written two ways may differ in its last bits.
    return (a, b, flow_from, flow_to, f.indicator, f.kind, f.status, float(f"{f.value:.9g}"), f.unit, year, f.period)


def readings(figures: tuple[Figure, ...], expect: Expect = Expect()) -> Counter[tuple[object, ...]]:
    return Counter(reading(f, expect) for f in figures)


def rename_countries(text: str, published: date | None, named: dict[str, set[str]]) -> tuple[str, date | None, Expect] | None:
    """Every country of `RENAMED` the article names, renamed to one of `RENAMED_TO` it does not.
    `named` holds, by code, the words the article names each country with (as the lexicon found
    them); an article that names one in a form not renamed here ("TIKA", "the PRC"), or that counts
    in a local currency, is left out (None)."""
    renamed = [code for code in RENAMED if code in named]
    if not renamed or any(code in named for code in RENAMED_TO) or _LOCAL_CURRENCY.search(text):
        return None
    for code in renamed:
        names, adjectives, capitals = RENAMED[code]
        forms = {*names, *adjectives, *capitals, *(c.upper() for c in capitals)}
        if not named[code] <= forms:
            return None
    if len(renamed) > len(RENAMED_TO):
        return None
    codes = dict(zip(renamed, RENAMED_TO, strict=False))
    out = text
    # Through placeholders, so that a name just written is never renamed again.
    for i, code in enumerate(renamed):
        names, adjectives, capitals = RENAMED[code]
        for kind, words in (("N", names), ("A", adjectives), ("C", capitals)):
            for w in sorted(words, key=len, reverse=True):
                out = re.sub(rf"\b{re.escape(w)}\b", f"\x00{kind}{i}\x00", out)
            if kind == "C":
                for w in words:
                    out = re.sub(rf"\b{re.escape(w.upper())}\b", f"\x00U{i}\x00", out)
    for i, code in enumerate(renamed):
        name, adjective, capital = RENAMED_TO[codes[code]]
        out = out.replace(f"\x00N{i}\x00", name).replace(f"\x00A{i}\x00", adjective)
        out = out.replace(f"\x00C{i}\x00", capital).replace(f"\x00U{i}\x00", capital.upper())
    return out, published, Expect(codes=codes)


_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)(?:([-/])(\d\d)\b(?!\d))?")


def years_back(text: str, published: date | None, by: int = 5) -> tuple[str, date | None, Expect] | None:
    """Every year, and the article's date, moved `by` years back ("2019" -> "2014", "2010-11" -> "2005-06")."""
    if published is not None and (published.month, published.day) == (2, 29):
        return None

    def back(m: re.Match[str]) -> str:
        year = str(int(m.group(1)) - by)
        if m.group(3) is None:
            return year
        return f"{year}{m.group(2)}{(int(m.group(3)) - by) % 100:02d}"

    moved = published.replace(year=published.year - by) if published is not None else None
    return _YEAR.sub(back, text), moved, Expect(years_back=by)


def replacing(*pairs: tuple[str, str | Callable[[re.Match[str]], str]]) -> Rewrite:
    """A rewrite by patterns, each replacement meaning the same as what it replaces; None when
    no pattern matches (nothing to compare)."""
    compiled = [(re.compile(p), r) for p, r in pairs]

    def rewrite(text: str, published: date | None) -> tuple[str, date | None, Expect] | None:
        out = text
        for pattern, replacement in compiled:
            out = pattern.sub(replacement, out)
        return (out, published, Expect()) if out != text else None

    return rewrite


_NUMBER = r"(\d+(?:\.\d+)?)"
_DOLLAR = r"(?<![A-Za-z])(?:US)?\$\s?"
_MONTHS = "February|March|April|May|June|July|August|September|October|November"
_COLUMNS = re.compile(r"\||\t|\S {2,}\S")


def hard_wrapped(text: str, published: date | None) -> tuple[str, date | None, Expect] | None:
    """Each line of prose broken into lines of at most 70 characters, as an archive or a wire
    hard-wraps its copy (a table's rows and short lines stay as they are)."""
    lines = [
        "\n".join(textwrap.wrap(line, 70, break_long_words=False, break_on_hyphens=False)) if len(line) > 70 and not _COLUMNS.search(line) else line
        for line in text.split("\n")
    ]
    out = "\n".join(lines)
    return (out, published, Expect()) if out != text else None


REWRITES: dict[str, Rewrite] = {
    # "$45.2 million" as "45.2 million US dollars", "$1.2bn" as "USD 1.2 bn"
    # ("US$" is one sign: its "US" goes with it)
    "money-words": replacing((rf"{_DOLLAR}{_NUMBER}\s?(million|billion)\b", r"\1 \2 US dollars"), (rf"{_DOLLAR}{_NUMBER}\s?(bn|mn|m)\b", r"USD \1 \2")),
    # "$45.2 million" as "USD 45.2 mln", "$1.2 billion" as "1.2 bln. dollars"
    "money-abbreviated": replacing((rf"{_DOLLAR}{_NUMBER}\s?million\b", r"USD \1 mln"), (rf"{_DOLLAR}{_NUMBER}\s?billion\b", r"\1 bln. dollars")),
    "percent-as-pct": replacing((r"(\d) ?(?:percent|per cent|%)", r"\1 pct")),
    "percent-as-sign": replacing((r"(\d) ?(?:percent|per cent|pct)\b", r"\1%")),
    "months-through": replacing((rf"\bJanuary-({_MONTHS})\b", r"January through \1")),
    "months-abbreviated": replacing((rf"\bJanuary-({_MONTHS})\b", r"Jan-\1")),
    # "Azerbaijan" as "the Republic of Azerbaijan" (not in "Azerbaijan's", nor in "Azerbaijan-Georgia")
    "official-names": replacing(
        *((rf"(?<![-–\w])(?<!the ){short}\b(?![-–'’])", official) for short, official in (
            ("Azerbaijan", "the Republic of Azerbaijan"), ("Kazakhstan", "the Republic of Kazakhstan"),
            ("Russia", "the Russian Federation"), ("Kyrgyzstan", "the Kyrgyz Republic"), ("Turkey", "Türkiye"),
        )),
        (r"(?m)(^|[.!?]\s)the\b", r"\1The"),  # a sentence that now opens with the official name
    ),
    "hard-wrapped": hard_wrapped,
    # A sentence of no figure, after the first sentence of each paragraph.
    "sentence-of-nothing": replacing((r"(?m)^([^\n]{40,}?[a-z0-9)][.] )(?=[A-Z])", r"\1The talks were held in a friendly atmosphere. ")),
}
