"""Behaviour tests for the extractor, after CheckList (Ribeiro et al., ACL 2020): templates
written for this project, filled by code with country pairs (both orders), wordings of each
verb and construction, amount formats, period phrases and distractor sentences.

Each `Case` is one text with the figures it must give (every field, nothing more), under a
construction name; `tests/extraction/test_behaviour.py` asserts them and the invariances
between them (swap, paraphrase, distractor, first-named). No pytest here, so `make eval` can
print the pass rate without the test extras:

    python -m tests.extraction.behaviour_templates          # table by construction
    python -m tests.extraction.behaviour_templates --summary  # one line
    python -m tests.extraction.test_behaviour               # the table with the xfail column
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import TypeVar

from dashboard.extract import extract_article

# --- The vocabulary ---------------------------------------------------------------------------

# name as written mid-sentence, ISO3, adjective (None where the template needs none)
COUNTRIES: dict[str, tuple[str, str | None]] = {
    "Azerbaijan": ("AZE", "Azerbaijani"),
    "Turkmenistan": ("TKM", "Turkmen"),
    "Kazakhstan": ("KAZ", "Kazakh"),
    "Uzbekistan": ("UZB", "Uzbek"),
    "Kyrgyzstan": ("KGZ", "Kyrgyz"),
    "Tajikistan": ("TJK", "Tajik"),
    "Georgia": ("GEO", "Georgian"),
    "Armenia": ("ARM", "Armenian"),
    "Mongolia": ("MNG", "Mongolian"),
    "China": ("CHN", "Chinese"),
    "Japan": ("JPN", "Japanese"),
    "South Korea": ("KOR", "Korean"),
    "Turkey": ("TUR", "Turkish"),
    "Germany": ("DEU", "German"),
    "Italy": ("ITA", "Italian"),
    "France": ("FRA", "French"),
    "Russia": ("RUS", "Russian"),
    "India": ("IND", "Indian"),
    "the USA": ("USA", "American"),
    "the EU": ("EUU", None),
}
HOMES = ("Azerbaijan", "Turkmenistan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Georgia", "Armenia", "Mongolia")
# (home, partner): each is used in both orders.
PAIRS: tuple[tuple[str, str], ...] = (
    ("Azerbaijan", "Japan"),
    ("Turkmenistan", "China"),
    ("Kazakhstan", "Germany"),
    ("Uzbekistan", "South Korea"),
    ("Kyrgyzstan", "Turkey"),
    ("Tajikistan", "Russia"),
    ("Georgia", "Italy"),
    ("Armenia", "France"),
    ("Mongolia", "India"),
    ("Azerbaijan", "the USA"),
    ("Kazakhstan", "Uzbekistan"),
    ("Georgia", "the EU"),
)
CAPITALS = {"AZE": "Baku", "TKM": "Ashgabat", "KAZ": "Astana", "UZB": "Tashkent", "KGZ": "Bishkek", "TJK": "Dushanbe",
            "GEO": "Tbilisi", "ARM": "Yerevan", "MNG": "Ulaanbaatar"}  # fmt: skip
# Articles are dated after the relative periods below have ended.
DATES = (date(2025, 4, 16), date(2024, 10, 2), date(2023, 7, 21))

# (number, scale): amounts the templates cycle through
AMOUNTS = (("45.2", 6), ("312", 6), ("1.8", 9), ("78.5", 6), ("2.45", 9), ("610", 6), ("96.4", 6), ("1.3", 9))
# name -> (template, unit). {n} the number; {big} million/billion; {mln} mln/bln; {m} m/bn; {mn} mn/bn
FORMATS: dict[str, tuple[str, str]] = {
    "$X million": ("${n} {big}", "USD"),
    "X mln USD": ("{n} {mln} USD", "USD"),
    "USD X million": ("USD {n} {big}", "USD"),
    "X million US dollars": ("{n} {big} US dollars", "USD"),
    "X million euros": ("{n} {big} euros", "EUR"),
    "€X million": ("€{n} {big}", "EUR"),
    "$X mn": ("${n} {mn}", "USD"),
    "€X m": ("€{n} {m}", "EUR"),
}
SAFE_FORMATS = ("$X million", "X mln USD", "USD X million", "X million US dollars", "X million euros", "€X million")

# name -> (phrase opening a sentence, {y} the year before the article's; resolver: date -> (year, period))
Resolver = Callable[[date], tuple[int, str]]
PERIODS: dict[str, tuple[str, Resolver]] = {
    "January-March Y": ("In January-March {y}", lambda d: (d.year - 1, "Q1")),
    "the first quarter of Y": ("In the first quarter of {y}", lambda d: (d.year - 1, "Q1")),
    "Q1 Y": ("In Q1 {y}", lambda d: (d.year - 1, "Q1")),
    "January-June Y": ("In January-June {y}", lambda d: (d.year - 1, "H1")),
    "H1 Y": ("In H1 {y}", lambda d: (d.year - 1, "H1")),
    "the first half of Y": ("In the first half of {y}", lambda d: (d.year - 1, "H1")),
    "the first nine months of Y": ("In the first nine months of {y}", lambda d: (d.year - 1, "M1-M9")),
    "January-September Y": ("In January-September {y}", lambda d: (d.year - 1, "M1-M9")),
    "in Y": ("In {y}", lambda d: (d.year - 1, "FY")),
    "last year": ("Last year", lambda d: (d.year - 1, "FY")),
    "the first quarter of this year": ("In the first quarter of this year", lambda d: (d.year, "Q1")),
    "the first two months of this year": ("In the first two months of this year", lambda d: (d.year, "M1-M2")),
    "this year's first two months": ("In this year's first two months", lambda d: (d.year, "M1-M2")),
}
SAFE_PERIODS = ("January-March Y", "Q1 Y", "the first half of Y", "in Y", "last year", "the first nine months of Y",
                "the first quarter of this year")  # fmt: skip

# Sentences with numbers that are not figures: each must give no figure and change nothing.
DISTRACTORS: dict[str, str] = {
    "gdp": "{A's} GDP grew by 5.1 percent in {y}.",
    "population": "The population of {A} exceeds 7 million people.",
    "oil-tonnes": "{A} produced 35 million tonnes of oil last year.",
    "meeting": "The presidents of {A} and {B} met on 14 March to discuss 12 joint projects.",
    "inflation": "Inflation in {A} slowed to 8 percent in {y}.",
}
AGENCIES = (("JICA", "JPN"), ("KOICA", "KOR"), ("KfW", "DEU"), ("AFD", "FRA"), ("TIKA", "TUR"), ("USAID", "USA"),
            # named after their country by a form of `agency_forms`, not listed one by one
            ("the Export-Import Bank of India", "IND"), ("Hungarian Eximbank", "HUN"), ("the Exim Bank of Malaysia", "MYS"))
LENDERS = ("EBRD", "Asian Development Bank", "World Bank", "AIIB")

Row = tuple[tuple[str, str], str | None, str | None, str, str, str, float, str, str, int | None, str | None]


def code(name: str) -> str:
    return COUNTRIES[name][0]


def poss(name: str) -> str:
    return name + "'s"


def expect(a: str, b: str, frm: str | None, to: str | None, indicator: str, kind: str, value: float, unit: str,
           year: int | None, period: str | None, qualifier: str = "exact", status: str = "reported") -> Row:  # fmt: skip
    """One expected figure, as codes: countries sorted."""
    pair = (a, b) if a <= b else (b, a)
    return (pair, frm, to, indicator, kind, status, value, unit, qualifier, year, period)


def amount(i: int, fmt: str) -> tuple[str, float, str]:
    """The i-th amount in a format: (text, value in currency units, unit)."""
    return fixed_amount(*AMOUNTS[i % len(AMOUNTS)], fmt)


def fixed_amount(number: str, scale: int, fmt: str) -> tuple[str, float, str]:
    """`number` millions (scale 6) or billions (scale 9) in a format: (text, value in currency units, unit)."""
    template, unit = FORMATS[fmt]
    big = scale == 9
    text = template.format(n=number, big="billion" if big else "million", mln="bln" if big else "mln",
                           m="bn" if big else "m", mn="bn" if big else "mn")  # fmt: skip
    return text, float(number) * 10**scale, unit


def date_year_format(s: int) -> tuple[date, int, str]:
    """Case s's article date, the year before it (the one its figures are of) and its format."""
    published = DATES[s % len(DATES)]
    return published, published.year - 1, SAFE_FORMATS[s % len(SAFE_FORMATS)]


def scaled(fmt: str) -> str:
    """A format's name for billions: "€X m" -> "€X bn"."""
    for small, big in (("million", "billion"), ("mln", "bln"), (" mn", " bn"), (" m", " bn")):
        if small in fmt:
            return fmt.replace(small, big)
    return fmt


@dataclass(frozen=True)
class Case:
    construction: str  # family/variant: what the xfail table names
    id: str  # unique
    text: str
    published: date
    expected: tuple[Row, ...]
    # Keys for the invariances: texts sharing `key` are the same reading said another way.
    swap_of: str | None = None  # id of the same text with the two countries swapped
    paraphrase_key: str | None = None
    base_text: str | None = None  # the same text without its distractors (B-first: the A-first text)
    swap_codes: tuple[str, str] | None = None
    tags: tuple[str, ...] = field(default=())


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?] ))[a-z]")


def _fill(template: str, **names: str) -> str:
    """Fill {A}, {A's}, {B}, ... and capitalise each sentence's first letter."""
    out = template
    for key, value in names.items():
        out = out.replace("{" + key + "'s}", poss(value)).replace("{" + key + "}", value)
    return _SENTENCE_START.sub(lambda m: m.group(0).upper(), out)


def _distracted(text: str, d: int, i: int, a: str, b: str, y: int) -> str:
    """`d` distractor sentences before the text, chosen by i."""
    kinds = list(DISTRACTORS)
    before = [_fill(DISTRACTORS[kinds[(i + k) % len(kinds)]], A=a, B=b).replace("{y}", str(y)) for k in range(d)]
    return " ".join([*before, text])


def _ordered_pairs() -> Iterator[tuple[int, int, str, str]]:
    """(pair index, order, first role, second role) for every pair in both orders."""
    for p, (home, partner) in enumerate(PAIRS):
        yield p, 0, home, partner
        yield p, 1, partner, home


def _pid(a: str, b: str) -> str:
    return f"{code(a)}-{code(b)}"


@dataclass(frozen=True)
class Said:
    """What one wording says at one point of its family's grid (a pair in one order, a giver and
    a home): its text (before any distractors), the day it was published, the figures it must
    give, and for `_both_orders` what the case's id adds after the pair (which the swapped text
    shares)."""

    text: str
    published: date
    rows: tuple[Row, ...] = ()
    point: str = ""


Wording = TypeVar("Wording")


def _both_orders(family: str, wordings: Iterable[tuple[str, Wording]], say: Callable[[Wording, int, int, str, str], Said | None],
                 ds: tuple[int, ...] | None = None, swaps: bool = True, paraphrase: str | None = None) -> Iterator[Case]:  # fmt: skip
    """Each named wording said of every pair in both orders: `say(wording, p, s, a, b)` for the
    p-th pair with `a` named first (None: no case there). With `ds`, each count of distractor
    sentences before the text in turn, `s` then numbering (pair, count) and the count ending the
    id; without, `s` is `p`. `swaps`: each case names its swapped text; `paraphrase`: the cases of
    one pair and point read the same whatever the wording."""
    for variant, wording in wordings:
        construction = f"{family}/{variant}"
        for p, _order, a, b in _ordered_pairs():
            for d in ds or (0,):
                s = p * len(ds) + d if ds else p
                said = say(wording, p, s, a, b)
                if said is None:
                    continue
                tail = (f"/{said.point}" if said.point else "") + (f"/d{d}" if ds else "")
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}{tail}", _distracted(said.text, d, s, a, b, said.published.year - 1),
                    said.published, said.rows,
                    swap_of=f"{construction}/{_pid(b, a)}{tail}" if swaps else None,
                    paraphrase_key=f"{paraphrase}/{_pid(a, b)}{tail}" if paraphrase else None,
                    base_text=said.text if d else None,
                    swap_codes=(code(a), code(b)) if swaps else None,
                )  # fmt: skip


def _given_to_homes(family: str, wordings: Mapping[str, Wording], givers: Sequence[tuple[str, str]],
                    say: Callable[[Wording, int, str, str, str], Said | None], spread: bool = False, by_name: bool = False,
                    paraphrase: str | None = None) -> Iterator[Case]:  # fmt: skip
    """Each named wording of every giver (its name, its code) to every home: `say(wording, s,
    giver, code, home)`, `s` numbering (giver, home), so that the wordings of one giver and home
    share their amounts (and can be compared as paraphrases); with `spread`, numbering (giver, home, wording), each
    wording its own amounts. The id names the giver by its code, or its name (`by_name`)."""
    for v, (variant, wording) in enumerate(wordings.items()):
        construction = f"{family}/{variant}"
        for g, (giver, code_g) in enumerate(givers):
            for r, home in enumerate(HOMES):
                s = (g * len(HOMES) + r) * len(wordings) + v if spread else g * len(HOMES) + r
                said = say(wording, s, giver, code_g, home)
                if said is None:
                    continue
                point = f"{giver if by_name else code_g}-{code(home)}/{s}"
                yield Case(construction, f"{construction}/{point}", said.text, said.published, said.rows,
                           paraphrase_key=f"{paraphrase}/{point}" if paraphrase else None)  # fmt: skip


# --- The families -----------------------------------------------------------------------------

# The exporter is {A}, the importer {B}; {X} the amount, {When} the period.
EXPORTS = {
    "A's-exports-to-B": "{When}, {A's} exports to {B} amounted to {X}.",
    "exports-from-A-to-B": "{When}, exports from {A} to {B} amounted to {X}.",
    "A-exported-to-B": "{When}, {A} exported goods worth {X} to {B}.",
    "A-shipped-to-B": "{When}, {A} shipped goods worth {X} to {B}.",
    "A-sold-to-B": "{When}, {A} sold goods worth {X} to {B}.",
    "B's-imports-from-A": "{When}, {B's} imports from {A} amounted to {X}.",
    "B-imported-from-A": "{When}, {B} imported goods worth {X} from {A}.",
    "B-bought-from-A": "{When}, {B} bought goods worth {X} from {A}.",
    "B-purchased-from-A": "{When}, {B} purchased goods worth {X} from {A}.",
    # Money received from sales is the seller's exports, not money given to it.
    "A-received-from-gas-sales-to-B": "{When}, {A} received {X} from gas sales to {B}.",
    "A-received-from-its-exports-to-B": "{When}, {A} received {X} from its exports to {B}.",
    # A payment for goods is the payer's purchase: the one paid exports.
    "B-paid-A-for-gas": "{When}, {B} paid {A} {X} for gas.",
    "B-paid-to-A-for-goods": "{When}, {B} paid {X} to {A} for goods.",
    "B-paid-A-for-electricity-supplied": "{When}, {B} paid {A} {X} for the electricity it supplied.",
}
# The donor is {A}, the recipient {B}: a commitment announced is reported, one-off (no period).
AID = {
    "B-will-receive-loan-from-A": "{B} will receive a loan of {X} from {A}.",
    "B-will-receive-from-A-in-grants": "{B} will receive {X} in grants from {A}.",
    "B-will-get-grant-from-A": "{B} will get a grant of {X} from {A}.",
    "B-will-obtain-loan-from-A": "{B} will obtain a loan of {X} from {A}.",
    "A-will-provide-B-with-loan": "{A} will provide {B} with a loan of {X}.",
    "A-will-provide-B-with-$X-loan": "{A} will provide {B} with a {X} loan.",
    "A-will-allocate-grant-to-B": "{A} will allocate a grant of {X} to {B}.",
    "A-will-extend-loan-to-B": "{A} will extend a loan of {X} to {B}.",
    # A verb of receiving or giving with no noun of aid names aid by itself, the same reading.
    "B-will-receive-X-from-A": "{B} will receive {X} from {A}.",
    "B-will-get-X-from-A": "{B} will get {X} from {A}.",
    "B-will-obtain-X-from-A": "{B} will obtain {X} from {A}.",
    "B-will-receive-additional-X-from-A": "{B} will receive an additional {X} from {A}.",
    "A-will-provide-B-with-X": "{A} will provide {B} with {X}.",
    "A-will-allocate-X-to-B": "{A} will allocate {X} to {B}.",
    "B-will-be-allocated-X-by-A": "{B} will be allocated {X} by {A}.",
    "B-received-loan-from-A": "{B} received a loan of {X} from {A}.",
    "B-got-grant-from-A": "{B} got a grant of {X} from {A}.",
    "B-obtained-loan-from-A": "{B} obtained a loan of {X} from {A}.",
    "B-received-X-from-A": "{B} received {X} from {A}.",
    "B-got-X-from-A": "{B} got {X} from {A}.",
    "B-obtained-X-from-A": "{B} obtained {X} from {A}.",
    "B-has-received-X-from-A": "{B} has received {X} from {A}.",
    "B-was-granted-X-by-A": "{B} was granted {X} by {A}.",
    "A-provided-B-with-X": "{A} provided {B} with {X}.",
    "A-allocated-X-to-B": "{A} allocated {X} to {B}.",
    "A-provided-B-with-loan": "{A} provided {B} with a loan of {X}.",
    "A-allocated-grant-to-B": "{A} allocated a grant of {X} to {B}.",
    "A-extended-loan-to-B": "{A} extended a loan of {X} to {B}.",
    # An amount added to what was given ("an additional", "a further", "an extra") is one event:
    # "this year" dates it, and gives it no period.
    "A-allocated-additional-to-B-this-year": "{A} has allocated an additional {X} in aid to {B} this year.",
    "A-provided-B-with-further-this-year": "This year {A} provided {B} with a further {X} in assistance.",
    "B-received-extra-from-A-this-year": "{B} received an extra {X} in grants from {A} this year.",
}
TURNOVER = {
    "trade-turnover-between": "{When}, trade turnover between {A} and {B} reached {X}.",
    "mutual-trade-between": "{When}, mutual trade between {A} and {B} amounted to {X}.",
    "trade-volume-between": "{When}, the trade volume between {A} and {B} totalled {X}.",
    "trade-between": "{When}, trade between {A} and {B} reached {X}.",
    "A's-trade-with-B": "{When}, {A's} trade with {B} amounted to {X}.",
}
# (template, indicator, sign or "times"): {P} the rate
CHANGES = {
    "turnover-grew-by-percent": ("{When}, trade turnover between {A} and {B} grew by {P} percent.", "trade_turnover", 1),
    "turnover-fell-by-%": ("{When}, trade turnover between {A} and {B} fell by {P}%.", "trade_turnover", -1),
    "exports-rose-by-%": ("{When}, {A's} exports to {B} rose by {P}%.", "exports", 1),
    "exports-decreased-by-percent": ("{When}, {A's} exports to {B} decreased by {P} percent.", "exports", -1),
    "exports-increased-times": ("{When}, {A's} exports to {B} increased {P} times.", "exports", 0),
}
RATES = ("12.5", "8.6", "3.4", "21", "1.7", "5.25")
MULTIPLES = ("2.2", "1.5", "3")
# The investor is {A}, the host {B}.
INVESTMENT = {
    "A-invested-in-B": "{When}, {A} invested {X} in {B}.",
    "A's-investments-in-B": "{When}, {A's} investments in {B} reached {X}.",
    "investments-from-A-to-B": "{When}, investments from {A} to {B} amounted to {X}.",
    "direct-investment-from-A-into-B": "{When}, direct investment from {A} into {B} totalled {X}.",
    "B-attracted-from-A": "{When}, {B} attracted {X} of investment from {A}.",
    "B-received-investment-from-A": "{When}, {B} received {X} of direct investment from {A}.",
    "gross-inflow-from-A-to-B": "{When}, gross inflow of direct investment from {A} to {B} reached {X}.",
    "FDI-inflows-from-A-to-B": "{When}, FDI inflows from {A} to {B} totalled {X}.",
    "investments-made-in-B-by-companies-from-A": "{When}, investments made in {B} by companies from {A} reached {X}.",
    "reinvested-earnings-from-A-in-B": "{When}, reinvested earnings of companies from {A} in {B} amounted to {X}.",
    "reinvestment-by-A-in-B": "{When}, reinvestment by {A} in {B} totalled {X}.",
}
QUALIFIERS = {
    "about": "approx", "nearly": "approx", "around": "approx", "almost": "approx",
    "more than": "over", "over": "over", "less than": "under", "up to": "under",
}  # fmt: skip


def _when(period: str, y: int) -> str:
    return PERIODS[period][0].replace("{y}", str(y))


def _simple_family(family: str, templates: dict[str, str], indicator: str, directed: bool, ds: tuple[int, ...],
                   formats: tuple[str, ...] = SAFE_FORMATS, periods: tuple[str, ...] = SAFE_PERIODS,
                   paraphrases: bool = True) -> Iterator[Case]:  # fmt: skip
    """One template per variant x ordered pair x distractors; amount, format, period and date
    chosen by the pair and the distractor count, so paraphrases and swaps share them."""

    def say(template: str, p: int, s: int, a: str, b: str) -> Said:
        published = DATES[s % len(DATES)]
        fmt, period = formats[s % len(formats)], periods[(s // 2 + p) % len(periods)]
        x, value, unit = amount(s, fmt)
        year, per = PERIODS[period][1](published)
        frm, to = (code(a), code(b)) if directed else (None, None)
        text = _fill(template.replace("{When}", _when(period, published.year - 1)).replace("{X}", x), A=a, B=b)
        return Said(text, published, (expect(code(a), code(b), frm, to, indicator, "level", value, unit, year, per),), f"{fmt}/{period}/{s}")

    yield from _both_orders(family, templates.items(), say, ds, paraphrase=family if paraphrases else None)


def exports_family() -> Iterator[Case]:
    yield from _simple_family("exports", EXPORTS, "exports", True, (0, 1, 2))


def turnover_family() -> Iterator[Case]:
    yield from _simple_family("turnover", TURNOVER, "trade_turnover", False, (0, 1))


def investment_family() -> Iterator[Case]:
    periods = ("in Y", "the first half of Y", "January-September Y", "last year")
    yield from _simple_family("investment", INVESTMENT, "investment", True, (0, 1), periods=periods)


def aid_family() -> Iterator[Case]:
    for variant, template in AID.items():
        for p, _order, a, b in _ordered_pairs():
            for d in (0, 1, 2):
                s = p * 3 + d
                published = DATES[s % len(DATES)]
                fmt = "$X million" if "$X" in variant else SAFE_FORMATS[s % len(SAFE_FORMATS)]
                x, value, unit = amount(s, fmt)
                body = _fill(template.replace("{X}", x), A=a, B=b)
                text = _distracted(body, d, s, a, b, published.year - 1)
                construction = f"aid/{variant}"
                key = f"{fmt}/{s}"
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}/{key}/d{d}", text, published,
                    (expect(code(a), code(b), code(a), code(b), "aid", "level", value, unit, published.year, None),),
                    swap_of=f"{construction}/{_pid(b, a)}/{key}/d{d}",
                    paraphrase_key=f"aid-{'will' if 'will' in template else 'past'}/{_pid(a, b)}/{s}/d{d}" if "$X" not in variant else None,
                    base_text=body if d else None,
                    swap_codes=(code(a), code(b)),
                )  # fmt: skip


def change_family() -> Iterator[Case]:
    periods = ("in Y", "January-March Y", "the first half of Y", "last year", "the first nine months of Y")

    def say(change: tuple[str, str, int], p: int, s: int, a: str, b: str) -> Said:
        template, indicator, sign = change
        published = DATES[s % len(DATES)]
        period = periods[s % len(periods)]
        rate = MULTIPLES[s % len(MULTIPLES)] if sign == 0 else RATES[s % len(RATES)]
        value, unit = (float(rate), "times") if sign == 0 else (sign * float(rate), "percent")
        year, per = PERIODS[period][1](published)
        text = _fill(template.replace("{When}", _when(period, published.year - 1)).replace("{P}", rate), A=a, B=b)
        frm, to = (code(a), code(b)) if indicator == "exports" else (None, None)
        return Said(text, published, (expect(code(a), code(b), frm, to, indicator, "change", value, unit, year, per),), f"{period}/{s}")

    yield from _both_orders("change", CHANGES.items(), say, (0, 1))


def qualifier_family() -> Iterator[Case]:
    def say(word: str, p: int, s: int, a: str, b: str) -> Said:
        verb = "exceeded" if word == "over" else "amounted to"
        shown = "" if word == "over" else word + " "
        published = DATES[p % len(DATES)]
        y = published.year - 1
        x, value, unit = amount(p, SAFE_FORMATS[p % len(SAFE_FORMATS)])
        text = _fill(f"In {y}, {{A's}} exports to {{B}} {verb} {shown}{x}.", A=a, B=b)
        row = expect(code(a), code(b), code(a), code(b), "exports", "level", value, unit, y, "FY", QUALIFIERS[word])
        return Said(text, published, (row,), str(p))

    # "over" is said as its verb: "exceeded $X"
    yield from _both_orders("qualifier", ((word if word != "over" else "exceeded", word) for word in QUALIFIERS), say)


def amount_family() -> Iterator[Case]:
    for fmt in FORMATS:
        for p, _order, a, b in _ordered_pairs():
            published = DATES[p % len(DATES)]
            y = published.year - 1
            x, value, unit = amount(p, fmt)
            text = _fill(f"Trade turnover between {{A}} and {{B}} amounted to {x} in {y}.", A=a, B=b)
            big = AMOUNTS[p % len(AMOUNTS)][1] == 9
            construction = f"amount/{scaled(fmt) if big else fmt}"
            yield Case(
                construction, f"{construction}/{_pid(a, b)}/{p}", text, published,
                (expect(code(a), code(b), None, None, "trade_turnover", "level", value, unit, y, "FY"),),
                swap_of=f"{construction}/{_pid(b, a)}/{p}", swap_codes=(code(a), code(b)),
            )  # fmt: skip


def period_family() -> Iterator[Case]:
    def say(said_where: tuple[str, Resolver, str], p: int, s: int, a: str, b: str) -> Said:
        phrase, resolve, position = said_where
        published = DATES[p % len(DATES)]
        x, value, unit = amount(p, "$X million")
        when = phrase.replace("{y}", str(published.year - 1))
        if position == "opening":
            template = f"{when}, {{A's}} exports to {{B}} amounted to {x}."
        else:
            template = f"{{A's}} exports to {{B}} amounted to {x} {when[0].lower() + when[1:]}."
        year, per = resolve(published)
        row = expect(code(a), code(b), code(a), code(b), "exports", "level", value, unit, year, per)
        return Said(_fill(template, A=a, B=b), published, (row,), str(p))

    wordings = ((f"{period}/{position}", (phrase, resolve, position))
                for period, (phrase, resolve) in PERIODS.items() for position in ("opening", "closing"))  # fmt: skip
    yield from _both_orders("period", wordings, say)


# What a country receives from another that is no aid (another flow the noun after the amount
# names, goods, people, a multilateral lender's money ({L})) or pays it that is no purchase of
# goods. Each gives no figure.
RECEIPTS = {
    "remittances": "{B} received {X} in remittances from {A}.",
    "tourists": "{B} received 1.5 million tourists from {A} last year.",
    "goods-worth": "{B} received goods worth {X} from {A} last year.",
    "people-in-B": "Farmers in {B} received {X} from {A}.",
    "from-a-lender": "{B} will receive {X} from the {L}.",
    "from-a-lender-past": "{B} got {X} from the {L} last year.",
    # A payment that buys no goods: a debt, wages, a firm's price.
    "paid-in-debt": "{B} paid {A} {X} in debt last year.",
    "paid-wages": "{B} paid {X} in wages to workers from {A} last year.",
}


def _no_figure(template: str, p: int, s: int, a: str, b: str) -> Said:
    """A wording that gives no figure: its amount {X} and lender {L} chosen by the pair."""
    x, _, _ = amount(p, SAFE_FORMATS[p % len(SAFE_FORMATS)])
    return Said(_fill(template.replace("{X}", x).replace("{L}", LENDERS[p % len(LENDERS)]), A=a, B=b), DATES[p % len(DATES)])


def receipt_family() -> Iterator[Case]:
    yield from _both_orders("receipt", RECEIPTS.items(), _no_figure, swaps=False)


def distractor_family() -> Iterator[Case]:
    def say(template: str, p: int, s: int, a: str, b: str) -> Said:
        published = DATES[p % len(DATES)]
        return Said(_fill(template, A=a, B=b).replace("{y}", str(published.year - 1)), published)

    yield from _both_orders("distractor", DISTRACTORS.items(), say, swaps=False)


def first_named_family() -> Iterator[Case]:
    """A headline naming the two countries, in either order, before the figure's sentence."""
    bodies = {
        "exports": ("In {y}, {A's} exports to {B} amounted to {X}.", "exports", False),
        "aid": ("{B} received a loan of {X} from {A}.", "aid", True),
        "investment": ("In {y}, {A} invested {X} in {B}.", "investment", False),
    }
    for base, (template, indicator, one_off) in bodies.items():
        for p, _order, a, b in _ordered_pairs():
            published = DATES[p % len(DATES)]
            y = published.year - 1
            x, value, unit = amount(p, SAFE_FORMATS[p % len(SAFE_FORMATS)])
            body = _fill(template.replace("{X}", x).replace("{y}", str(y)), A=a, B=b)
            year, per = (published.year, None) if one_off else (y, "FY")
            row = expect(code(a), code(b), code(a), code(b), indicator, "level", value, unit, year, per)
            for first in ("A-first", "B-first"):
                one, two = (a, b) if first == "A-first" else (b, a)
                headline = _fill("{A} and {B} discuss economic cooperation.", A=one, B=two)
                construction = f"first-named/{base}/{first}"
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}/{p}", f"{headline} {body}", published, (row,),
                    swap_of=f"{construction}/{_pid(b, a)}/{p}", swap_codes=(code(a), code(b)),
                    base_text=f"{_fill('{A} and {B} discuss economic cooperation.', A=a, B=b)} {body}" if first == "B-first" else None,
                )  # fmt: skip


def _two_figure_cases(family: str, templates: dict[str, tuple[str, Callable[[str, str, float, float, str, int], tuple[Row, ...]]]],
                      ds: tuple[int, ...] = (0, 1), third: bool = False) -> Iterator[Case]:  # fmt: skip
    """Templates with two amounts {X} and {Y}, in the year {y}; `rows` gives the expected figures
    from (A code, B code, X value, Y value, unit, y); {C} a third country when `third`."""

    def say(said: tuple[str, Callable[[str, str, float, float, str, int], tuple[Row, ...]]], p: int, s: int, a: str, b: str) -> Said:
        template, rows = said
        published = DATES[s % len(DATES)]
        y = published.year - 1
        fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 3, fmt)
        names = {"A": a, "B": b}
        sides = code(b)
        if third:
            others = [n for n in COUNTRIES if n not in (a, b, "the EU")]
            names["C"] = others[(p * 7) % len(others)]
            sides += "|" + code(names["C"])
        body = _fill(template.replace("{X}", x).replace("{Y}", z).replace("{y}", str(y)).replace("{y-1}", str(y - 1)), **names)
        return Said(body, published, rows(code(a), sides, xv, zv, unit, y if "{y}" in template else published.year), str(s))

    yield from _both_orders(family, templates.items(), say, ds, swaps=not third)


def _ex(frm: str, to: str, v: float, unit: str, y: int, ind: str = "exports", period: str | None = "FY") -> Row:
    return expect(frm, to, frm, to, ind, "level", v, unit, y, period)


def conjunct_family() -> Iterator[Case]:
    yield from _two_figure_cases("conjunct", {
        "A-imported-from-B-and-exported-to-the-country": (
            "In {y}, {A} imported goods worth {X} from {B} and exported goods worth {Y} to the country.",
            lambda a, b, x, z, u, y: (_ex(b, a, x, u, y), _ex(a, b, z, u, y))),
        "A-exported-to-B-and-imported-from-the-country": (
            "In {y}, {A} exported goods worth {X} to {B} and imported goods worth {Y} from the country.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), _ex(b, a, z, u, y))),
        "A-bought-from-B-and-sold-to-it": (
            "In {y}, {A} bought goods worth {X} from {B} and sold goods worth {Y} to it.",
            lambda a, b, x, z, u, y: (_ex(b, a, x, u, y), _ex(a, b, z, u, y))),
    })  # fmt: skip


def coordination_family() -> Iterator[Case]:
    yield from _two_figure_cases("coordination", {
        "investments-from-A-to-B-and-from-B-to-A": (
            "In {y}, investments from {A} to {B} amounted to {X}, and investments from {B} to {A} amounted to {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y, "investment"), _ex(b, a, z, u, y, "investment"))),
        "stock-have-approached-both-ways": (
            "Direct investments from {A} to {B} have approached {X}, and investments from {B} to {A} have approached {Y}.",
            # ("approached" an amount is "nearly" it: about, as real-dev labels it)
            lambda a, b, x, z, u, y: (expect(a, b, a, b, "investment", "level", x, u, y, "cumulative", "approx"),
                                      expect(b, a, b, a, "investment", "level", z, u, y, "cumulative", "approx"))),
        "A's-exports-to-B-while-B's-to-A": (
            "In {y}, {A's} exports to {B} amounted to {X}, while {B's} exports to {A} amounted to {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), _ex(b, a, z, u, y))),
    })  # fmt: skip
    # "The flow of Korean investment into Mongolia was $X, while Germany invested $Y": the
    # second investor's host is the first clause's host.
    for p, (home, partner) in enumerate(PAIRS):
        adjective = COUNTRIES[partner][1]
        if adjective is None:
            continue
        others = [n for n in COUNTRIES if n not in (*HOMES, partner, "the EU")]
        other = others[(p * 5) % len(others)]
        for d in (0, 1):
            s = p * 2 + d
            published = DATES[s % len(DATES)]
            y = published.year - 1
            x, xv, unit = amount(s, "$X million")
            z, zv, _ = amount(s + 3, "$X million")
            body = f"In {y}, the flow of {adjective} investment into {home} was {x}, while {other} invested {z}."
            construction = "coordination/adjective-investment-while-C-invested"
            yield Case(
                construction, f"{construction}/{_pid(partner, home)}/{s}/d{d}", _distracted(_cap(body), d, s, home, partner, y), published,
                (_ex(code(partner), code(home), xv, unit, y, "investment"), _ex(code(other), code(home), zv, unit, y, "investment")),
                base_text=body if d else None,
            )  # fmt: skip


def bilateral_family() -> Iterator[Case]:
    templates = {
        "exports-were-imports": "Trade between {A} and {B} reached {T} in {y}. {A's} exports were {X}, imports {Y}.",
        "its-exports-while-its-imports": "In {y}, trade turnover between {A} and {B} amounted to {T}. {A's} exports amounted to {X}, while its imports reached {Y}.",
        "exports-and-imports-sentence": "Mutual trade between {A} and {B} totalled {T} in {y}. Exports from {A} amounted to {X} and imports to {A} to {Y}.",
    }  # fmt: skip
    t, tv, unit = amount(2, "$X million")  # 1.8 billion
    x, xv, _ = amount(6, "$X million")  # 96.4 million
    z, zv, _ = amount(1, "$X million")  # 312 million

    def say(template: str, p: int, s: int, a: str, b: str) -> Said:
        published = DATES[s % len(DATES)]
        y = published.year - 1
        body = _fill(template.replace("{T}", t).replace("{X}", x).replace("{Y}", z).replace("{y}", str(y)), A=a, B=b)
        ca, cb = code(a), code(b)
        rows = (expect(ca, cb, None, None, "trade_turnover", "level", tv, unit, y, "FY"), _ex(ca, cb, xv, unit, y), _ex(cb, ca, zv, unit, y))
        return Said(body, published, rows, str(s))

    yield from _both_orders("bilateral-default", templates.items(), say, (0, 1))


def _aid_given(template: str, s: int, donor: str, code_d: str, home: str) -> Said:
    """The donor {D}'s one-off to the home {R}: reported, the article's year, no period ({Y}
    another's amount, {L} a lender)."""
    published = DATES[s % len(DATES)]
    x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
    y, _, _ = amount(s + 2, "$X million")
    text = _cap(_fill(template.replace("{X}", x).replace("{Y}", y).replace("{L}", LENDERS[s % len(LENDERS)]), D=donor, R=home))
    return Said(text, published, (expect(code_d, code(home), code_d, code(home), "aid", "level", value, unit, published.year, None),))


def agency_family() -> Iterator[Case]:
    templates = {
        "agency-provided-R-with-loan": "{D} provided {R} with a loan of {X}.",
        "R-received-grant-from-agency": "{R} received a grant of {X} from {D}.",
        "agency-allocated-to-R": "{D} allocated {X} to {R} for irrigation projects.",
        "agency-will-provide-R-with-loan": "{D} will provide {R} with a loan of {X}.",
    }
    yield from _given_to_homes("agency", templates, AGENCIES, _aid_given, by_name=True)
    # "R signed a loan of X from KfW and Y from AFD": two agencies, two donors, one recipient.
    for g, (agency, donor) in enumerate(AGENCIES):
        agency2, donor2 = AGENCIES[(g + 1) % len(AGENCIES)]
        for r, home in enumerate(HOMES):
            s = g * len(HOMES) + r
            published = DATES[s % len(DATES)]
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            x, xv, unit = amount(s, fmt)
            z, zv, _ = amount(s + 3, fmt)
            text = f"{home} signed a loan of {x} from {agency} and {z} from {agency2}."
            construction = "agency/R-signed-loans-from-two-agencies"
            yield Case(construction, f"{construction}/{agency}-{agency2}-{code(home)}/{s}", text, published,
                       (expect(donor, code(home), donor, code(home), "aid", "level", xv, unit, published.year, None),
                        expect(donor2, code(home), donor2, code(home), "aid", "level", zv, unit, published.year, None)))  # fmt: skip


# Aid announced by governments and their agencies (from a probe of written aid articles): {D}
# the donor, a government or its agency; {R} the recipient; {X} the donor's amount, {Y} another's.
# Each gives the donor's one-off: reported, the article's year, no period.
DONORS = (("Japan", "JPN"), ("Germany", "DEU"), ("South Korea", "KOR"), ("the EU", "EUU"), ("China", "CHN"), ("Sweden", "SWE"),
          ("JICA", "JPN"), ("KOICA", "KOR"), ("KfW", "DEU"), ("Sida", "SWE"), ("SDC", "CHE"), ("the Saudi Fund for Development", "SAU"))  # fmt: skip
AID_ANNOUNCED = {
    # signing is done by both parties: the donor of the two gives, whichever is named first
    "D-signed-an-agreement-with-R-on-a-grant": "{D} signed an agreement with {R} on a grant of {X}.",
    "R-signed-an-agreement-with-D-on-a-grant": "{R} signed an agreement with {D} on a grant of {X}.",
    "R-and-D-signed-a-loan-agreement": "{R} and {D} signed a {X} loan agreement.",
    # the passive of the amount's own noun, before or right after it
    "a-X-grant-was-provided-to-R-by-D": "A {X} grant was provided to {R} by {D}.",
    "a-grant-of-X-will-be-allocated-to-R-by-D": "A grant of {X} will be allocated to {R} by {D}.",
    # a verb of receiving: a purpose after the giver, a tranche, a run of amounts with their givers
    "R-will-get-X-from-D-for-school-construction": "{R} will get {X} from {D} for school construction.",
    "R-obtained-the-first-tranche-of-X-from-D": "{R} obtained the first tranche of {X} from {D}.",
    "R-received-Y-from-the-lender-and-X-from-D": "{R} received {Y} from the {L} and {X} from {D}.",
    # a multilateral lender gives only its own amount
    "D-will-provide-R-with-X-and-the-lender-will-add-Y": "{D} will provide {R} with a loan of {X}, and the {L} will add {Y}.",
    "the-lender-approved-Y-and-D-will-provide-a-further-X": "The {L} approved a {Y} loan to {R}, and {D} will provide a further {X}.",
    "R-received-loans-from-the-lender-(Y)-and-D-(X)": "{R} received loans from the {L} ({Y}) and {D} ({X}).",
    # the noun of repaying describes the loan given; only the verb pays one back
    "with-repayment-over-30-years-D-will-lend-R-X": "Under the agreement, with repayment over 30 years, {D} will lend {R} {X}.",
    # a readout's label names the recipient, no fellow giver
    "R:-D-will-provide-X-for-water-supply": "{R}: {D} will provide {X} for water supply.",
    "R:-the-ministers-welcomed-an-agreement-under-which-D-plans-to-provide-X": (
        "{R}: The ministers welcomed an agreement under which {D} plans to provide {X} over five years."),
}
# The same words where no country gives the recipient anything: each gives no figure.
AID_NONE = {
    "R-will-repay-D-a-loan": "{R} will repay {D} a loan of {X} by 2030.",
    "R-allocated-X-from-its-budget-to-a-project-financed-by-D": "{R} allocated {X} from its state budget to the project financed by {D}.",
    "D-will-provide-X-and-another-donor-will-add-Y": "{D} will provide {X} for the project, and Italy will add {Y}.",
}


def aid_announced_family() -> Iterator[Case]:
    yield from _given_to_homes("aid-announced", AID_ANNOUNCED, DONORS, _aid_given, paraphrase="aid-announced")
    # A government named as such acts for its country, "the" before the country's name or not.
    governments = (("Japan", "JPN"), ("Germany", "DEU"), ("South Korea", "KOR"), ("China", "CHN"), ("the United States", "USA"),
                   ("the Netherlands", "NLD"))  # fmt: skip
    yield from _given_to_homes("aid-announced", {
        "R-will-receive-X-from-the-Government-of-G": "{R} will receive {X} from the Government of {D}.",
        "the-Government-of-G-handed-over-equipment-worth-X-to-R": "The Government of {D} handed over medical equipment worth {X} to {R}.",
        "R-signed-an-agreement-with-the-Government-of-G-on-a-grant": "{R} signed an agreement with the Government of {D} on a grant of {X}.",
    }, governments, _aid_given)  # fmt: skip
    yield from _given_to_homes("aid-none", AID_NONE, DONORS, lambda *at: replace(_aid_given(*at), rows=()))


def multilateral_family() -> Iterator[Case]:
    templates = {
        "lender-will-provide-R-with-loan": "The {L} will provide {R} with a loan of {X}.",
        "R-will-receive-loan-from-lender": "{R} will receive a loan of {X} from the {L}.",
        "R-received-loan-from-lender": "{R} received a loan of {X} from the {L}.",
        "after-bilateral-talks": "{R} and {P} held talks on economic cooperation. The {L} will allocate {X} to {R}.",
        # The lender named between the amount and its noun, with a partner country in the clause.
        "R-will-receive-X-lender-loan": "{R} will receive a {X} {L} loan.",
        "R-and-P-discussed-X-lender-loan": "{R} and {P} discussed a {X} {L} loan.",
        "R-got-X-from-lender": "{R} got {X} from the {L}.",
    }
    for variant, template in templates.items():
        for m, lender in enumerate(LENDERS):
            for r, (home, partner) in enumerate(PAIRS):
                s = m * len(PAIRS) + r
                published = DATES[s % len(DATES)]
                x, _, _ = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                text = _cap(template.replace("{L}", lender).replace("{R}", home).replace("{P}", partner).replace("{X}", x))
                construction = f"multilateral/{variant}" + ("-with-the-EU" if "{P}" in template and partner == "the EU" else "")
                yield Case(
                    construction, f"{construction}/{lender.replace(' ', '_')}-{_pid(home, partner)}/{s}", text, published, ()
                )


def comparison_family() -> Iterator[Case]:
    def rows(indicator: str, rate: float) -> Callable[[str, str, float, float, str, int], tuple[Row, ...]]:
        def make(a: str, b: str, x: float, z: float, u: str, y: int) -> tuple[Row, ...]:
            frm, to = (a, b) if indicator == "exports" else (None, None)
            return (
                expect(a, b, frm, to, indicator, "level", x, u, y, "FY"),
                expect(a, b, frm, to, indicator, "change", rate, "percent", y, "FY"),
            )

        return make

    yield from _two_figure_cases("comparison-base", {
        "exceeded-the-previous-figure-by-reaching": (
            "In {y}, the volume of trade between {A} and {B} exceeded the {y-1} figure by 12 percent, reaching {X}.",
            rows("trade_turnover", 12.0)),
        "rose-compared-with-previous-year-to": (
            "In {y}, {A's} exports to {B} rose by 8.5 percent compared with {y-1}, to {X}.", rows("exports", 8.5)),
        "reached-up-from-previous-year": (
            "Trade turnover between {A} and {B} reached {X} in {y}, up 15 percent from {y-1}.", rows("trade_turnover", 15.0)),
    })  # fmt: skip


# Figures with a comparison base (a base amount, a rate or a multiple against an earlier time).
# {F} the flow, {X} the figure's amount, {Y} the base's, {P} the figure's time after its amount,
# {PC} the same opening a sentence, {BN} the same months a year earlier named ("2023",
# "January-June 2023"), {SAME} them said as a base ("2023", "the same period of 2023").
# Readings: "X" the figure's level, "Y" the base's level (a year earlier, the same months),
# "R+" the rate (the figure's time), "K2"/"K1.5" a multiple.
BASE_FORMS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "up-from-a-year-earlier": ("{F} amounted to {X} {P}, up from {Y} a year earlier.", "X Y", ("FY", "H1", "Q1")),
    "compared-with-the-same-period": ("{F} reached {X} {P}, compared with {Y} in the same period of {y-1}.", "X Y", ("H1", "Q1")),
    "rose-to-from-with-no-time": ("{F} rose to {X} {P} from {Y}.", "X Y", ("FY", "H1", "Q1")),
    "from-the-previous-years": ("{F} rose to {X} {P} from the previous year's {Y}.", "X Y", ("FY",)),
    "less-than-the-recorded-in": ("{F} amounted to {X} {P}, less than the {Y} recorded in {BN}.", "X Y", ("FY", "H1", "Q1")),
    "fronted-compared-with": ("Compared with {Y} a year earlier, {F} rose to {X} {P}.", "X Y", ("FY", "H1", "Q1")),
    "a-year-earlier-it-was": ("{PC}, {F} amounted to {X}; a year earlier, it was {Y}.", "X Y", ("FY", "H1", "Q1")),
    "when-it-stood-at": ("{PC}, {F} amounted to {X}. Compared with {SAME}, when it stood at {Y}, the increase was 8.3 percent.",
                         "X Y R8.3", ("FY", "H1", "Q1")),
    "up-percent-from": ("{F} amounted to {X} {P}, up 12.5% from {BN}.", "X R12.5", ("FY", "H1", "Q1")),
    "exceeding-the-figure-for": ("{F} amounted to {X} {P}, exceeding the figure for {BN} by 6.4%.", "X R6.4", ("FY", "H1", "Q1")),
    "the-growth-was": ("{PC}, {F} amounted to {X}. The growth was 17 percent compared with {BN}.", "X R17", ("FY", "H1", "Q1")),
    "above-the-level-of": ("{F} amounted to {X} {P}, 21% above the level of {BN}.", "X R21", ("FY", "H1", "Q1")),
    "doubled-reaching": ("{F} doubled {P} compared with {BN}, reaching {X}.", "X K2", ("FY", "H1", "Q1")),
    "one-and-a-half-times": ("{F} grew one and a half times {P} compared with {BN}, to {X}.", "X K1.5", ("FY", "H1", "Q1")),
    "index-of-the-level": ("{F} amounted to {X} {P}, or 108.4% of the level of {BN}.", "X R8.4", ("FY", "H1", "Q1")),
}
# (flow, indicator, direction): the exporter or investor first ("AB") or second ("BA")
BASE_FLOWS = (("trade turnover between {A} and {B}", "trade_turnover", ""), ("{A's} exports to {B}", "exports", "AB"),
              ("{A's} imports from {B}", "exports", "BA"), ("{B's} investment in {A}", "investment", "BA"))  # fmt: skip
_BASE_PERIODS = {"FY": ("in {y}", "{y}", "{y}"), "H1": ("in January-June {y}", "January-June {y}", "the same period of {y}"),
                 "Q1": ("in the first quarter of {y}", "the first quarter of {y}", "the same period of {y}")}  # fmt: skip
# Sentences of other measures with a base: each gives no figure.
BASE_DISTRACTORS = {
    "gdp-up-from": "{A's} GDP reached $45.3 billion in {y}, up from $40.2 billion a year earlier.",
    "oil-compared-with": "Compared with 28.1 million tonnes a year earlier, oil output in {A} rose to 30.5 million tonnes in {y}.",
    "wage-the-growth-was": "The average wage in {A} rose to 610 manats in {y}. The growth was 11 percent.",
    "tourists-doubled": "The number of tourists from {B} visiting {A} doubled in {y} compared with {y-1}.",
}


def base_family() -> Iterator[Case]:
    for variant, (template, readings, periods) in BASE_FORMS.items():
        for p, _order, a, b in _ordered_pairs():
            for k in (0, 1):
                s = p * 2 + k
                published = DATES[s % len(DATES)]
                y = published.year - 1
                flow, indicator, way = BASE_FLOWS[(p + k + len(variant)) % len(BASE_FLOWS)]
                period = periods[s % len(periods)]
                after, named, same = (x.replace("{y}", str(y - 1) if x is not _BASE_PERIODS[period][0] else str(y))
                                      for x in _BASE_PERIODS[period])  # fmt: skip
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                x, xv, unit = amount(s, fmt)
                z, zv, _ = amount(s + 3, fmt)
                body = (template.replace("{F}", flow).replace("{X}", x).replace("{Y}", z).replace("{PC}", _cap(after))
                        .replace("{P}", after).replace("{BN}", named).replace("{SAME}", same).replace("{y-1}", str(y - 1)))  # fmt: skip
                text = _fill(_cap(body), A=a, B=b)
                ca, cb = code(a), code(b)
                frm, to = {"AB": (ca, cb), "BA": (cb, ca)}.get(way, (None, None))
                rows: list[Row] = []
                for r in readings.split():
                    if r == "X":
                        rows.append(expect(ca, cb, frm, to, indicator, "level", xv, unit, y, period))
                    elif r == "Y":
                        rows.append(expect(ca, cb, frm, to, indicator, "level", zv, unit, y - 1, period))
                    elif r.startswith("R"):
                        rows.append(expect(ca, cb, frm, to, indicator, "change", float(r[1:]), "percent", y, period))
                    else:
                        rows.append(expect(ca, cb, frm, to, indicator, "change", float(r[1:]), "times", y, period))
                construction = f"base/{variant}"
                key = f"{s}/{k}"
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}/{key}", text, published, tuple(rows),
                    swap_of=f"{construction}/{_pid(b, a)}/{key}", swap_codes=(ca, cb),
                )  # fmt: skip
    for variant, template in BASE_DISTRACTORS.items():
        for p, _order, a, b in _ordered_pairs():
            published = DATES[p % len(DATES)]
            y = published.year - 1
            text = _fill(template.replace("{y}", str(y)).replace("{y-1}", str(y - 1)), A=a, B=b)
            construction = f"base/distractor-{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}/{p}", text, published, ())


def respectively_family() -> Iterator[Case]:
    yield from _two_figure_cases("respectively", {
        "A's-exports-to-B-and-imports-from-B": (
            "In {y}, {A's} exports to {B} and imports from {B} amounted to {X} and {Y}, respectively.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), _ex(b, a, z, u, y))),
    })  # fmt: skip
    yield from _two_figure_cases("respectively", {
        "A's-exports-to-B-and-C": (
            "In {y}, {A's} exports to {B} and {C} amounted to {X} and {Y}, respectively.",
            lambda a, bc, x, z, u, y: (_ex(a, bc.split("|")[0], x, u, y), _ex(a, bc.split("|")[1], z, u, y))),
        # The ranking's owner between the subjects and the noun is no member of the run.
        "B-and-C-were-A's-largest-export-partners": (
            "In {y}, {B} and {C} were {A's} largest export partners, with {X} and {Y}, respectively.",
            lambda a, bc, x, z, u, y: (_ex(a, bc.split("|")[0], x, u, y), _ex(a, bc.split("|")[1], z, u, y))),
        # A ranking with no amount lends its list to the next sentence's anaphor.
        "A's-main-buyers-were-B-and-C.-They": (
            "In {y}, {A's} main buyers were {B} and {C}. They accounted for {X} and {Y}, respectively.",
            lambda a, bc, x, z, u, y: (_ex(a, bc.split("|")[0], x, u, y), _ex(a, bc.split("|")[1], z, u, y))),
        "A's-main-suppliers-were-B-and-C.-These-two-countries": (
            "In {y}, {A's} main suppliers were {B} and {C}. These two countries accounted for {X} and {Y}, respectively.",
            lambda a, bc, x, z, u, y: (_ex(bc.split("|")[0], a, x, u, y), _ex(bc.split("|")[1], a, z, u, y))),
    }, third=True)  # fmt: skip


def world_family() -> Iterator[Case]:
    templates = {
        "total-foreign-trade": ("In {y}, {A's} total foreign trade reached {X}.", "turnover"),
        "trade-with-all-countries": ("In {y}, {A's} trade with all countries amounted to {X}.", "turnover"),
        "foreign-trade-turnover": ("In {y}, {A's} foreign trade turnover amounted to {X}.", "turnover"),
        "exports-from-A-reached": ("Exports from {A} reached {X} in {y}.", "out"),
        "A's-exports-reached": ("{A's} exports reached {X} in {y}.", "out"),
        "A's-total-exports": ("In {y}, {A's} total exports amounted to {X}.", "out"),
        "A's-imports-from-all-countries": ("In {y}, {A's} imports from all countries amounted to {X}.", "in"),
    }
    names = list(dict.fromkeys(n for pair in PAIRS for n in pair))
    for variant, (template, way) in templates.items():
        for i, a in enumerate(names):
            published = DATES[i % len(DATES)]
            y = published.year - 1
            x, value, unit = amount(i, SAFE_FORMATS[i % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), A=a)
            c = code(a)
            row = {
                "turnover": expect(c, "WLD", None, None, "trade_turnover", "level", value, unit, y, "FY"),
                "out": expect(c, "WLD", c, "WLD", "exports", "level", value, unit, y, "FY"),
                "in": expect(c, "WLD", "WLD", c, "exports", "level", value, unit, y, "FY"),
            }[way]
            construction = f"world/{variant}"
            yield Case(construction, f"{construction}/{c}/{i}", text, published, (row,))


def story_family() -> Iterator[Case]:
    """A story told over sentences: "it" whose own verb is a multiple ("By 2020, it had tripled
    to $X"), and a plan to multiply the measure told before ("The sides aim to double it by 2032")."""
    yield from _two_figure_cases("story", {
        "it-had-tripled-by": (
            "Trade between {A} and {B} stood at {X} in {y-1}. By {y}, it had tripled to {Y}.",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "level", x, u, y - 1, "FY"),
                expect(a, b, None, None, "trade_turnover", "change", 3.0, "times", y, "FY"),
                expect(a, b, None, None, "trade_turnover", "level", z, u, y, "FY"),
            )),
        "they-had-doubled-by": (
            "{A's} exports to {B} were worth {X} in {y-1}. By {y} they had doubled, reaching {Y}.",
            lambda a, b, x, z, u, y: (
                _ex(a, b, x, u, y - 1), expect(a, b, a, b, "exports", "change", 2.0, "times", y, "FY"), _ex(a, b, z, u, y),
            )),
        "aim-to-double-it": (
            "Trade between {A} and {B} reached {X} in {y}. The sides aim to double it by 2032.",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"),
                expect(a, b, None, None, "trade_turnover", "change", 2.0, "times", 2032, "FY", status="target"),
            )),
        "goal-to-triple-this-figure": (
            "{A's} exports to {B} amounted to {X} in {y}. Our goal is to triple this figure by 2030, the minister said.",
            lambda a, b, x, z, u, y: (
                _ex(a, b, x, u, y), expect(a, b, a, b, "exports", "change", 3.0, "times", 2030, "FY", status="target"),
            )),
    })


def carry_family() -> Iterator[Case]:
    """A period named in one sentence, and a later sentence that does not take it: a plan with
    no time of its own; an amount told as a former one."""
    yield from _two_figure_cases("carry", {
        "reported-then-target": (
            "In {y}, {A's} exports to {B} amounted to {X}. {A} aims to raise its exports to {B} to {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), expect(a, b, a, b, "exports", "level", z, u, None, None, status="target"))),
        "reported-then-forecast": (
            "{A's} exports to {B} reached {X} in {y}. {A} expects its exports to {B} to reach {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), expect(a, b, a, b, "exports", "level", z, u, None, None, status="forecast"))),
        "aid-then-earlier-aid": (
            "In {y}, {A} granted {B} {X} for schools. {A} had earlier given {B} {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y, "aid"), expect(a, b, a, b, "aid", "level", z, u, None, None))),
        # The base a plan starts from is a level reached, in its own year: reported, not planned.
        "plan-from-the-level-of": (
            "{A} and {B} aim to double their trade by 2030 from the {y} level of {X}.",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "change", 2.0, "times", 2030, "FY", status="target"),
                expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"),
            )),
        "plan-to-from-the-figure-of": (
            "{A} plans to raise its exports to {B} to {Y} from the {y} figure of {X}.",
            lambda a, b, x, z, u, y: (expect(a, b, a, b, "exports", "level", z, u, None, None, status="target"), _ex(a, b, x, u, y))),
        "forecast-from-the-level-of": (
            "{B} expects its imports from {A} to grow to {Y} from the {y} level of {X}.",
            lambda a, b, x, z, u, y: (expect(a, b, a, b, "exports", "level", z, u, None, None, status="forecast"), _ex(a, b, x, u, y))),
        # A base named twice, "the same period of 2022 ($1 bn in January-May 2022)": the bracket's months.
        "base-same-period-bracket-months": (
            "Trade between {A} and {B} grew 20 percent in January-May {y}. {A's} exports to {B} amounted to {X}, "
            "up 30 percent on the same period of {y-1} ({Y} in January-May {y-1}).",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "change", 20.0, "percent", y, "M1-M5"),
                _ex(a, b, x, u, y, period="M1-M5"), expect(a, b, a, b, "exports", "change", 30.0, "percent", y, "M1-M5"),
                _ex(a, b, z, u, y - 1, period="M1-M5"),
            )),
        "base-same-quarter-bracket-months": (
            "In the first quarter of {y}, trade between {A} and {B} rose 8 percent. {B's} imports from {A} reached {X}, "
            "against the same quarter of {y-1} ({Y} in January-March {y-1}).",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "change", 8.0, "percent", y, "Q1"),
                _ex(a, b, x, u, y, period="Q1"), _ex(a, b, z, u, y - 1, period="Q1"),
            )),
        "base-corresponding-period-bracket-months": (
            "In January-September {y}, trade between {A} and {B} fell 5 percent. {A's} exports to {B} were {X}, "
            "compared with the corresponding period of {y-1} ({Y} in January-September {y-1}).",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "change", -5.0, "percent", y, "M1-M9"),
                _ex(a, b, x, u, y, period="M1-M9"), _ex(a, b, z, u, y - 1, period="M1-M9"),
            )),
        # A long comparison phrase before its year: the year is the base's, not the amount's.
        "level-as-compared-to-corresponding-period": (
            "In the first half of {y}, trade between {A} and {B} rose 6 percent. {B's} imports from {A} came to {X}, "
            "as compared to the corresponding period of {y-1}.",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "change", 6.0, "percent", y, "H1"), _ex(a, b, x, u, y, period="H1"),
            )),
        "level-in-comparison-with-corresponding-period": (
            "In January-April {y}, trade between {A} and {B} fell 3 percent. {A's} exports to {B} stood at {X}, "
            "in comparison with the corresponding period of {y-1}.",
            lambda a, b, x, z, u, y: (
                expect(a, b, None, None, "trade_turnover", "change", -3.0, "percent", y, "M1-M4"), _ex(a, b, x, u, y, period="M1-M4"),
            )),
        # A whole earlier year looked back to, then a period anaphor: the months the article reports.
        "part-year-look-back-same-period": (
            "In January-June {y}, {A's} exports to {B} amounted to {X}. In {y-1} the two countries signed a trade pact. "
            "{A's} imports from {B} in the same period reached {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y, period="H1"), _ex(b, a, z, u, y, period="H1"))),
        "part-year-look-back-this-period": (
            "{A's} exports to {B} reached {X} in the first nine months of {y}. Back in {y-1}, trade between them had been weak. "
            "During this period, imports from {B} came to {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y, period="M1-M9"), _ex(b, a, z, u, y, period="M1-M9"))),
        "part-year-look-back-period-under-review": (
            "In the first quarter of {y}, {A's} exports to {B} totaled {X}. The countries opened a new border crossing in {y-1}. "
            "{B's} exports to {A} in the period under review were {Y}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y, period="Q1"), _ex(b, a, z, u, y, period="Q1"))),
    })  # fmt: skip


def span_family() -> Iterator[Case]:
    """An investment stock over a span of years that runs "to the end of" its last year: a stock
    as of that year."""
    def stock(a: str, b: str, x: float, u: str, y: int) -> Row:
        return _ex(a, b, x, u, y, "investment", period="cumulative")

    yield from _two_figure_cases("span", {
        "investment-from-to-the-end-of": (
            "{A's} investment in {B} totaled {X} from {y-1} to the end of {y}. {A's} exports to {B} were {Y} in {y}.",
            lambda a, b, x, z, u, y: (stock(a, b, x, u, y), _ex(a, b, z, u, y))),
        "from-to-the-end-of-invested": (
            "From {y-1} to the end of {y}, {A} invested {X} in {B}.",
            lambda a, b, x, z, u, y: (stock(a, b, x, u, y),)),
        "through-the-end-of": (
            "{A's} investments in {B} from {y-1} through the end of {y} amounted to {X}.",
            lambda a, b, x, z, u, y: (stock(a, b, x, u, y),)),
    })  # fmt: skip


# The status of a figure and stocks: {y} the year before the article's, {p} its year, {t} a year
# ahead (a target's or a forecast's deadline), {s} a stock's start; {X} and {Y} two amounts.
StatusRows = Callable[[str, str, float, float, str, int], tuple[Row, ...]]


def _plan(a: str, b: str, frm: str | None, to: str | None, indicator: str, v: float, u: str, y: int | None,
          status: str, period: str | None = "FY") -> Row:  # fmt: skip
    return expect(a, b, frm, to, indicator, "level", v, u, y, period, status=status)


def _tt(a: str, b: str, v: float, u: str, y: int | None, status: str = "reported", period: str | None = "FY") -> Row:
    return _plan(a, b, None, None, "trade_turnover", v, u, y, status, period)


STATUS: dict[str, tuple[str, StatusRows]] = {
    # forecasts: a flow expected to reach a level, in the year its own clause names
    "is-expected-to-reach-in": ("Trade turnover between {A} and {B} is expected to reach {X} in {t}.",
                                lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "forecast"),)),
    "exports-expected-this-year": ("{A's} exports to {B} are expected to reach {X} this year.",
                                   lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p, "forecast"),)),
    "could-reach-next-year": ("Trade between {A} and {B} could reach {X} next year.",
                              lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 1, "forecast"),)),
    "predicts-that": ("The bank predicts that trade between {A} and {B} reaches {X} in {t}.",
                      lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "forecast"),)),
    "on-track-this-year": ("Trade between {A} and {B} is on track to reach {X} this year.",
                           lambda a, b, x, z, u, p: (_tt(a, b, x, u, p, "forecast"),)),
    "forecasts-at-for": ("The ministry forecasts {A's} exports to {B} at {X} for {t}.",
                         lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "forecast"),)),
    "grow-by-rate-to-level-in": (
        "Trade between {A} and {B} is expected to grow by 20 percent to {X} in {t}.",
        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 20.0, "percent", p + 5, "FY", status="forecast"),
                                  _tt(a, b, x, u, p + 5, "forecast"))),
    "may-reach-by-end-shorthand": ("Trade between {A} and {B} may reach {X} by end-{t}.",
                                   lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "forecast"),)),
    "annual-figure-after-quarter": (
        "In the first quarter of {p}, trade between {A} and {B} reached {X}. The annual figure is expected to reach {Y}.",
        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p, period="Q1"), _tt(a, b, z, u, p, "forecast"))),
    # targets: an aim, a purpose or a resolve, with its deadline's year
    "aim-to-bring-by": ("{A} and {B} aim to bring trade turnover to {X} by {t}.",
                        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "in-order-to": ("{A} and {B} signed a roadmap in order to raise trade to {X} by {t}.",
                    lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "confirmed-intention": ("{A} and {B} confirmed their intention to increase trade to {X} by {t}.",
                            lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "should-be-increased": ("Trade between {A} and {B} should be increased to {X} by {t}, the president said.",
                            lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "working-to": ("{A} and {B} are working to raise bilateral trade to {X} by {t}.",
                   lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "ready-to-increase-exports": ("{A} is ready to increase its exports to {B} to {X} by {t}.",
                                  lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "target"),)),
    "amount-trade-target-for": ("{A} and {B} set a {X} trade target for {t}.",
                                lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "intend-to-increase-times": (
        "{A} and {B} intend to increase bilateral trade 1.5 times by {t}.",
        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 1.5, "times", p + 5, "FY", status="target"),)),
    # a multiple said as the plan's verb, and a headline's aim
    "agreed-to-double": ("In {p}, the presidents of {A} and {B} agreed to double bilateral trade by {t}.",
                         lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 2.0, "times", p + 5, "FY", status="target"),)),
    "sides-agreed-to-triple": ("{A} and {B} held talks. The sides agreed to triple mutual trade by {t}.",
                               lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 3.0, "times", p + 5, "FY", status="target"),)),
    "set-sights-on": ("{A} and {B} set sights on {X} trade by {t}",
                      lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    # a plan's word that does not govern the amount: its own verb says it happened
    "despite-plans": ("Despite plans to expand cooperation, trade between {A} and {B} fell to {X} in {y}.",
                      lambda a, b, x, z, u, p: (_tt(a, b, x, u, p - 1),)),
    "as-expected": ("As expected, {A's} exports to {B} reached {X} in {y}.",
                    lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p - 1, "reported"),)),
    "which-aim-relative": ("Trade between {A} and {B}, which the two governments aim to expand, reached {X} in {y}.",
                           lambda a, b, x, z, u, p: (_tt(a, b, x, u, p - 1),)),
    "expects-colon": ("{A} expects its exports to {B} to keep growing: in {y} they reached {X}.",
                      lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p - 1, "reported"),)),
    # a growth verb that takes the flow as its object
    "increased-its-exports-by": (
        "{A} increased its exports to {B} by 20 percent in {y}.",
        lambda a, b, x, z, u, p: (expect(a, b, a, b, "exports", "change", 20.0, "percent", p - 1, "FY"),)),
    # stocks: as of the article's year
    "invested-since": ("Since {s}, {A} has invested {X} in {B}.",
                       lambda a, b, x, z, u, p: (_plan(a, b, a, b, "investment", x, u, p, "reported", "cumulative"),)),
    "loan-portfolio": ("{A's} loan portfolio in {B} amounts to {X}.",
                       lambda a, b, x, z, u, p: (_plan(a, b, a, b, "aid", x, u, p, "reported", "cumulative"),)),
    "in-the-past-years": ("In the past ten years, {A} invested {X} in {B}.",
                          lambda a, b, x, z, u, p: (_plan(a, b, a, b, "investment", x, u, p, "reported", "cumulative"),)),
    # a reported figure beside a forecast or a target: no status leaks from one to the other
    "reported-then-forecast": ("In {y}, trade between {A} and {B} amounted to {X}. It is expected to reach {Y} this year.",
                               lambda a, b, x, z, u, p: (_tt(a, b, x, u, p - 1), _tt(a, b, z, u, p, "forecast"))),
    "target-then-reported": ("{A} and {B} aim to raise trade to {Y} by {t}. Last year it was {X}.",
                             lambda a, b, x, z, u, p: (_tt(a, b, z, u, p + 5, "target"), _tt(a, b, x, u, p - 1))),
    "reported-and-expected": ("Trade between {A} and {B} reached {X} in {y}, and is expected to reach {Y} this year.",
                              lambda a, b, x, z, u, p: (_tt(a, b, x, u, p - 1), _tt(a, b, z, u, p, "forecast"))),
}  # fmt: skip


def status_family() -> Iterator[Case]:
    """A figure's status (reported, forecast, target) and a stock, with the years each takes."""

    def say(said: tuple[str, StatusRows], p: int, s: int, a: str, b: str) -> Said:
        template, rows = said
        published = DATES[s % len(DATES)]
        pub = published.year
        fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 3, fmt)
        body = template.replace("{X}", x).replace("{Y}", z)
        for key, year in {"{y}": pub - 1, "{p}": pub, "{t}": pub + 5, "{s}": pub - 15}.items():
            body = body.replace(key, str(year))
        return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), xv, zv, unit, pub), str(s))

    yield from _both_orders("status", STATUS.items(), say, (0, 1))


# The vocabulary of flows: nouns and frames of English that tie an amount to a flow, each with
# another wording of the verb (a probe grid crossed flow nouns, verbs, orders and formats; these
# are its constructions, one reading each). The exporter, investor or donor is {A}.
VOCAB_TURNOVER = {
    "commercial-exchange-between": "{When}, commercial exchange between {A} and {B} came to {X}.",
    "volume-of-mutual-trade-stood-at": "{When}, the volume of mutual trade between {A} and {B} stood at {X}.",
    "commodity-turnover-made-up": "{When}, commodity turnover between {A} and {B} made up {X}.",
    "A-and-B-traded-goods-worth": "{When}, {A} and {B} traded goods worth {X}.",
    "exchange-of-goods-between": "{When}, the exchange of goods between {A} and {B} totalled {X}.",
    "exports-and-imports-between": "{When}, exports and imports between {A} and {B} amounted to {X}.",
}
VOCAB_EXPORTS = {
    "A's-shipments-to-B": "{When}, {A's} shipments to {B} amounted to {X}.",
    "B's-purchases-from-A": "{When}, {B's} purchases from {A} totalled {X}.",
    "A's-re-exports-to-B": "{When}, {A's} re-exports to {B} reached {X}.",
    "A-re-exported-goods-worth-to-B": "{When}, {A} re-exported goods worth {X} to {B}.",
    "goods-worth-were-imported-by-B-from-A": "{When}, goods worth {X} were imported by {B} from {A}.",
    "A-exported-goods-to-B-to-the-tune-of": "{When}, {A} exported goods to {B} to the tune of {X}.",
}
VOCAB_INVESTMENT = {
    "inflow-of-capital-from-A-into-B": "{When}, the inflow of capital from {A} into {B} amounted to {X}.",
    "capital-inflows-from-A-to-B": "{When}, capital inflows from {A} to {B} reached {X}.",
    "B-attracted-X-from-A": "{When}, {B} attracted {X} from {A}.",
}
# One-off: a loan or grant given, passive or with a verb of setting money aside or borrowing.
VOCAB_AID = {
    "B-has-been-granted-a-loan-by-A": "{B} has been granted a loan of {X} by {A}.",
    "a-grant-was-provided-to-B-by-A": "A grant of {X} was provided to {B} by {A}.",
    "A-earmarked-X-for-B": "{A} earmarked {X} for {B}.",
    "B-will-borrow-X-from-A": "{B} will borrow {X} from {A}.",
    "financing-from-A-to-B-amounts-to": "Financing from {A} to {B} amounts to {X}.",
    "A-approved-a-credit-for-B": "{A} approved a credit for {B} of {X}.",
    "A-gifted-X-worth-of-equipment-to-B": "{A} gifted {X} worth of equipment to {B}.",
    "A-delivered-humanitarian-cargo-worth-X-to-B": "{A} delivered humanitarian cargo worth {X} to {B}.",
}
# The same words where they name no flow between the two: each gives no figure.
VOCAB_NONE = {
    "attracted-from-tourism": "{B} attracted {X} from tourism last year.",
    "borrowed-from-a-lender": "{B} borrowed {X} from the {L}.",
    "earmarked-for-roads": "{A} earmarked {X} for road construction this year.",
    "public-purchases": "Public purchases in {A} reached {X} last year.",
    "shipments-in-tonnes": "{A's} grain shipments to {B} exceeded 1.2 million tonnes last year.",
    "credit-rating-and-tax-credits": "{A's} credit rating was affirmed, and tax credits in {A} reached {X} last year.",
}


def vocabulary_family() -> Iterator[Case]:
    periods = ("in Y", "January-March Y", "the first half of Y", "last year", "the first nine months of Y")
    yield from _simple_family("vocab-turnover", VOCAB_TURNOVER, "trade_turnover", False, (0,), periods=periods)
    yield from _simple_family("vocab-exports", VOCAB_EXPORTS, "exports", True, (0,), periods=periods)
    yield from _simple_family("vocab-investment", VOCAB_INVESTMENT, "investment", True, (0,), periods=periods)

    def aid(template: str, p: int, s: int, a: str, b: str) -> Said:
        published = DATES[p % len(DATES)]
        x, value, unit = amount(p, SAFE_FORMATS[p % len(SAFE_FORMATS)])
        row = expect(code(a), code(b), code(a), code(b), "aid", "level", value, unit, published.year, None)
        return Said(_fill(template.replace("{X}", x), A=a, B=b), published, (row,), str(p))

    yield from _both_orders("vocab-aid", VOCAB_AID.items(), aid, paraphrase="vocab-aid")
    yield from _both_orders("vocab-none", VOCAB_NONE.items(), _no_figure, swaps=False)


# Time phrases (written from a probe grid of phrase x position x figure kind): name -> (adverbial,
# noun phrase for a bracket or a headline or None, resolver: date -> (year, period)); {y} is the
# year before the article's, {y-1} the one before it.
TIME_PHRASES: dict[str, tuple[str, str | None, Resolver]] = {
    "in Y": ("in {y}", "{y}", lambda d: (d.year - 1, "FY")),
    "for Y": ("for {y}", None, lambda d: (d.year - 1, "FY")),
    "during Y": ("during {y}", None, lambda d: (d.year - 1, "FY")),
    "throughout Y": ("throughout {y}", None, lambda d: (d.year - 1, "FY")),
    "in the year Y": ("in the year {y}", None, lambda d: (d.year - 1, "FY")),
    "in FY Y": ("in FY {y}", "FY {y}", lambda d: (d.year - 1, "FY")),
    "January-October Y": ("in January-October {y}", "January-October {y}", lambda d: (d.year - 1, "M1-M10")),
    "Jan.-Oct. Y": ("in Jan.-Oct. {y}", "Jan.-Oct. {y}", lambda d: (d.year - 1, "M1-M10")),
    "from January to October Y": ("from January to October {y}", None, lambda d: (d.year - 1, "M1-M10")),
    "the period from January through October Y": ("in the period from January through October {y}", None, lambda d: (d.year - 1, "M1-M10")),
    "10 months of Y": ("in 10 months of {y}", "10 months of {y}", lambda d: (d.year - 1, "M1-M10")),
    "the first ten months of Y": ("in the first ten months of {y}", "the first ten months of {y}", lambda d: (d.year - 1, "M1-M10")),
    "the ten-month period of Y": ("in the ten-month period of {y}", None, lambda d: (d.year - 1, "M1-M10")),
    "10M Y": ("in 10M {y}", "10M {y}", lambda d: (d.year - 1, "M1-M10")),
    "9M Y": ("in 9M {y}", "9M {y}", lambda d: (d.year - 1, "M1-M9")),
    "H1 Y": ("in H1 {y}", "H1 {y}", lambda d: (d.year - 1, "H1")),
    "1H Y": ("in 1H {y}", "1H {y}", lambda d: (d.year - 1, "H1")),
    "the half-year of Y": ("in the half-year of {y}", None, lambda d: (d.year - 1, "H1")),
    "the first six months of Y": ("in the first six months of {y}", "the first six months of {y}", lambda d: (d.year - 1, "H1")),
    "the second half of Y": ("in the second half of {y}", "the second half of {y}", lambda d: (d.year - 1, "H2")),
    "2H Y": ("in 2H {y}", "2H {y}", lambda d: (d.year - 1, "H2")),
    "Q3 Y": ("in Q3 {y}", "Q3 {y}", lambda d: (d.year - 1, "Q3")),
    "the third quarter of Y": ("in the third quarter of {y}", "the third quarter of {y}", lambda d: (d.year - 1, "Q3")),
    "July-September Y": ("in July-September {y}", "July-September {y}", lambda d: (d.year - 1, "Q3")),
    "the January-September period of Y": ("in the January-September period of {y}", "the January-September period of {y}",
                                          lambda d: (d.year - 1, "M1-M9")),
    "the last quarter of Y": ("in the last quarter of {y}", "the last quarter of {y}", lambda d: (d.year - 1, "Q4")),
    "the final quarter of Y": ("in the final quarter of {y}", None, lambda d: (d.year - 1, "Q4")),
    "March Y": ("in March {y}", "March {y}", lambda d: (d.year - 1, "M3")),
    "last year": ("last year", None, lambda d: (d.year - 1, "FY")),
    "last month": ("last month", None, lambda d: (d.year, f"M{d.month - 1}")),
    "the first quarter of this year": ("in the first quarter of this year", None, lambda d: (d.year, "Q1")),
}
# name -> (clause, {T} where a time may stand before the amount, {X} the amount; the figure's row
# from (exporter/first code, importer/second code, value, unit, year, period)); {X} a rate for "growth"
TIME_KINDS: dict[str, tuple[str, Callable[[str, str, float, str, int, str], Row]]] = {
    "turnover": ("trade turnover between {A} and {B}{T} amounted to {X}",
                 lambda a, b, v, u, y, p: expect(a, b, None, None, "trade_turnover", "level", v, u, y, p)),
    "exports": ("{A's} exports to {B}{T} reached {X}", lambda a, b, v, u, y, p: expect(a, b, a, b, "exports", "level", v, u, y, p)),
    "imports": ("{A's} imports from {B}{T} totaled {X}", lambda a, b, v, u, y, p: expect(a, b, b, a, "exports", "level", v, u, y, p)),
    "investment": ("{A's} investment in {B}{T} came to {X}", lambda a, b, v, u, y, p: expect(a, b, a, b, "investment", "level", v, u, y, p)),
    "growth": ("trade between {A} and {B}{T} grew by {X}",
               lambda a, b, v, u, y, p: expect(a, b, None, None, "trade_turnover", "change", v, "percent", y, p)),
}  # fmt: skip


def time_phrase_family() -> Iterator[Case]:
    """Each time phrase after the amount, before it in the subject, opening the sentence, in a
    bracket after the amount, in the sentence before only, and with a base amount of the year
    before ("up from $X in January-October {y-1}"): the figure's year and period, one pair in
    both orders per phrase and position, the figure's kind cycled."""
    pairs = list(_ordered_pairs())
    kinds = list(TIME_KINDS)
    for n, (name, (adverbial, noun, resolve)) in enumerate(TIME_PHRASES.items()):
        for position in ("after", "before", "fronted", "bracket", "sentence-before", "base"):
            bracketless = position == "bracket" and noun is None
            # ("up from $20.5 m throughout 2022" is no English; "this year" has no year before it to write)
            baseless = position == "base" and ("{y}" not in adverbial or not adverbial.startswith(("in ", "for ", "from ")))
            if bracketless or baseless:
                continue
            kind = kinds[(n + len(position)) % len(kinds)]
            if position in ("sentence-before", "base") and kind in ("investment", "growth"):
                kind = "exports"  # an investment with no time of its own is a stock; a rate has no base amount
            clause, row = TIME_KINDS[kind]
            p = n % len(PAIRS)
            for _p, _order, a, b in pairs[2 * p : 2 * p + 2]:
                published = DATES[n % len(DATES)]
                y = published.year - 1
                i = n + len(position)
                if kind == "growth":
                    x, value, unit = RATES[i % len(RATES)] + "%", float(RATES[i % len(RATES)]), "percent"
                else:
                    x, value, unit = amount(i, "$X million")
                when = adverbial.replace("{y}", str(y))
                body = clause.replace("{X}", x)
                text = {
                    "after": f"{body.replace('{T}', '')} {when}.",
                    "before": f"{body.replace('{T}', ' ' + when)}.",
                    "fronted": f"{_cap(when)}, {body.replace('{T}', '')}.",
                    "bracket": f"{body.replace('{T}', '')} ({(noun or '').replace('{y}', str(y))}).",
                    "sentence-before": f"{_cap(when)}, trade between {{A}} and {{B}} kept growing. {body.replace('{T}', '')}.",
                    "base": f"{body.replace('{T}', '')} {when}, up from $20.5 million {adverbial.replace('{y}', str(y - 1))}.",
                }[position]
                year, period = resolve(published)
                rows = [row(code(a), code(b), value, unit, year, period)]
                if position == "base":
                    rows.append(row(code(a), code(b), 20.5e6, "USD", year - 1, period))
                construction = f"time-phrase/{name}/{position}"
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}", _fill(_cap(text), A=a, B=b), published, tuple(rows),
                    swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
                )  # fmt: skip
    yield from _time_adjective_cases(pairs)
    yield from _flow_to_date_cases(pairs)


# Times that make a flow (trade, exports) one counted to date: name -> (adverbial, resolver)
FLOW_TO_DATE: dict[str, tuple[str, Resolver]] = {
    "as of October 1, Y": ("as of October 1, {y}", lambda d: (d.year - 1, "M1-M9")),
    "as of the end of June Y": ("as of the end of June {y}", lambda d: (d.year - 1, "H1")),
    "by the end of September Y": ("by the end of September {y}", lambda d: (d.year - 1, "M1-M9")),
    "from January 1 to October 31, Y": ("from January 1 to October 31, {y}", lambda d: (d.year - 1, "M1-M10")),
    "Q1'yy": ("in Q1'{yy}", lambda d: (d.year - 1, "Q1")),
    "H2 'yy": ("in H2 '{yy}", lambda d: (d.year - 1, "H2")),
}


def _flow_to_date_cases(pairs: list[tuple[int, int, str, str]]) -> Iterator[Case]:
    """A flow counted to an as-of date, over a span of days, or in an analyst's period with
    the year's last two digits: after the amount and opening the sentence, for turnover,
    exports and imports (a stock counted then is cumulative instead)."""
    flows = ("turnover", "exports", "imports")
    for n, (name, (adverbial, resolve)) in enumerate(FLOW_TO_DATE.items()):
        for position in ("after", "fronted"):
            published = DATES[n % len(DATES)]
            y = published.year - 1
            clause, row = TIME_KINDS[flows[(n + len(position)) % len(flows)]]
            x, value, unit = amount(n + len(position), "$X million")
            when = adverbial.replace("{yy}", f"{y % 100:02d}").replace("{y}", str(y))
            body = clause.replace("{X}", x).replace("{T}", "")
            text = f"{body} {when}." if position == "after" else f"{_cap(when)}, {body}."
            year, period = resolve(published)
            construction = f"time-phrase/{name}/{position}"
            for _p, _order, a, b in pairs[2 * n : 2 * n + 2]:
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}", _fill(_cap(text), A=a, B=b), published,
                    (row(code(a), code(b), value, unit, year, period),),
                    swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
                )  # fmt: skip


# A period said as an adjective, dated by the year the sentence writes: name -> (adjective, period)
TIME_ADJECTIVES = {"first-quarter": ("first-quarter", "Q1"), "first-half": ("first-half", "H1"),
                   "second-half": ("second-half", "H2"), "nine-month": ("nine-month", "M1-M9"),
                   "six-month": ("six-month", "H1")}  # fmt: skip


def _time_adjective_cases(pairs: list[tuple[int, int, str, str]]) -> Iterator[Case]:
    """ "{A's} nine-month exports to {B} reached $X in {y}", "In {y}, {A's} first-half exports
    ...", and a part with no year after one with it ("$X in the first quarter of {y} and $Y in
    the second quarter")."""
    for n, (name, (adjective, period)) in enumerate(TIME_ADJECTIVES.items()):
        for position in ("year-after", "year-before"):
            published = DATES[n % len(DATES)]
            y = published.year - 1
            x, value, unit = amount(n, "$X million")
            text = {
                "year-after": f"{{A's}} {adjective} exports to {{B}} reached {x} in {y}.",
                "year-before": f"In {y}, {{A's}} {adjective} exports to {{B}} reached {x}.",
            }[position]
            construction = f"time-phrase/adjective {name}/{position}"
            for _p, _order, a, b in pairs[2 * n : 2 * n + 2]:
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}", _fill(text, A=a, B=b), published,
                    (expect(code(a), code(b), code(a), code(b), "exports", "level", value, unit, y, period),),
                    swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
                )  # fmt: skip
    # (dated late in the year, so the second quarter with no year would otherwise be this year's)
    published, construction = DATES[1], "time-phrase/part after a part with its year/quarters"
    y = published.year - 1
    for _p, _order, a, b in pairs[:6]:
        text = f"{{A's}} exports to {{B}} reached $45.2 million in the first quarter of {y} and $30.1 million in the second quarter."
        yield Case(
            construction, f"{construction}/{_pid(a, b)}", _fill(text, A=a, B=b), published,
            (expect(code(a), code(b), code(a), code(b), "exports", "level", 45.2e6, "USD", y, "Q1"),
             expect(code(a), code(b), code(a), code(b), "exports", "level", 30.1e6, "USD", y, "Q2")),
            swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
        )  # fmt: skip


# A story's pair and its home, from the discourse: (home, partner, third, fourth) as named in COUNTRIES.
STORIES = (("Azerbaijan", "Japan", "Russia", "Turkey"), ("Kazakhstan", "China", "Russia", "Germany"),
           ("Georgia", "Turkey", "Armenia", "Russia"), ("Uzbekistan", "South Korea", "China", "Kazakhstan"),
           ("Turkmenistan", "Italy", "Russia", "China"), ("Armenia", "France", "Russia", "Georgia"),
           ("Kyrgyzstan", "Germany", "Kazakhstan", "China"), ("Mongolia", "India", "China", "Russia"))  # fmt: skip
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # fmt: skip
# Amounts of a story: a world total, bilateral levels, smaller parts.
_STORY_AMOUNTS = (("$21.4 billion", 21.4e9), ("$3.15 billion", 3.15e9), ("$1.27 billion", 1.27e9), ("$845 million", 845e6),
                  ("$412.6 million", 412.6e6), ("$96.8 million", 96.8e6), ("$12.9 billion", 12.9e9))  # fmt: skip
StoryTemplate = Callable[[dict[str, str], int], tuple[str, tuple[Row, ...]]]


def _usd(a: str, b: str, frm: str | None, to: str | None, indicator: str, i: int, y: int, period: str | None = "FY") -> Row:
    return expect(a, b, frm, to, indicator, "level", _STORY_AMOUNTS[i][1], "USD", y, period)


def _pct(a: str, b: str, rate: float, y: int, indicator: str = "trade_turnover") -> Row:
    return expect(a, b, None, None, indicator, "change", rate, "percent", y, "FY")


def _story(n: dict[str, str], head: str, lead: str, *paragraphs: str) -> str:
    """A short article: headline, a dateline and lead, paragraphs; {H}, {P}, {X}, {Z} and {X1}.. filled."""
    text = "\n\n".join([head, f"{n['CAP']}, {n['DATE']} - {lead}", *paragraphs])
    for key in ("H", "P", "X", "Z"):
        text = text.replace("{" + key + "'s}", poss(n[key])).replace("{" + key + "}", n[key])
    for i, (amount_text, _) in enumerate(_STORY_AMOUNTS):
        text = text.replace("{X" + str(i) + "}", amount_text)
    return _SENTENCE_START.sub(lambda m: m.group(0).upper(), text.replace("{y}", n["y"]))


def _c(n: dict[str, str], key: str) -> str:
    return code(n[key])


STORY_TEMPLATES: dict[str, StoryTemplate] = {
    # a third country named often in passing, in its own paragraph
    "third-in-passing-bilateral": lambda n, y: (_story(n, "{H} and {P} discuss expanding trade",
        "{H} and {P} discussed ways to expand trade. The talks followed a visit by {X's} deputy prime minister.",
        "Officials noted that {X} remains an important transit route, and that goods from {X} reach {H} by rail. {X} also plans to open a trade house.",
        "In {y}, bilateral trade amounted to {X2}, the ministry said."), (_usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 2, y),)),
    "third-in-passing-exports-to": lambda n, y: (_story(n, "{H} and {P} discuss expanding trade",
        "{H} and {P} discussed ways to expand trade. The talks followed a visit by {X's} deputy prime minister.",
        "Officials noted that {X} remains an important transit route, and that goods from {X} reach {H} by rail.",
        "Exports to {P} reached {X4} in {y}."), (_usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 4, y),)),
    # another pair named in passing in a paragraph before "the two countries", "mutual", "the sides"
    "the-two-countries-after-other-pair": lambda n, y: (_story(n, "{H}, {P} sign trade deals",
        "The presidents of {H} and {P} signed twelve documents on Thursday.",
        "Earlier this month, {X} and {Z} signed a transit agreement, which will also benefit the region.",
        "Trade between the two countries reached {X3} in {y}."), (_usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 3, y),)),
    "mutual-after-other-pair": lambda n, y: (_story(n, "{H}, {P} sign trade deals",
        "The presidents of {H} and {P} signed twelve documents on Thursday.",
        "The leaders also discussed the situation between {X} and {Z}.",
        "Mutual trade grew 18 percent to {X3} in {y}, the sides said."),
        (_usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 3, y), _pct(_c(n, "H"), _c(n, "P"), 18.0, y))),
    "the-sides-after-other-pair": lambda n, y: (_story(n, "{H} and {P} hold intergovernmental commission",
        "The intergovernmental commission of {H} and {P} met on Friday.",
        "The commission was set up in 2008. {X} and {Z} have a similar body.",
        "The sides noted that trade grew 11 percent to {X3} in {y}."),
        (_usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 3, y), _pct(_c(n, "H"), _c(n, "P"), 11.0, y))),
    # the pair a sentence's figures just told of
    "the-two-countries-after-figure": lambda n, y: (_story(n, "{H}, {P} discuss trade", "{H} and {P} discussed trade on Monday.",
        "{H's} trade with {X} reached {X1} in {y}. Trade between the two countries grew 8 percent."),
        (_usd(_c(n, "H"), _c(n, "X"), None, None, "trade_turnover", 1, y), _pct(_c(n, "H"), _c(n, "X"), 8.0, y))),
    # the EU as the story's other side
    "eu-the-sides": lambda n, y: (_story(n, "{H} and European Union eye stronger trade",
        "{H} and the European Union held their annual cooperation council in Brussels on Tuesday.",
        "{H's} delegation also met {Z's} trade minister.",
        "Trade between the sides reached {X2} in {y}, the EU delegation said."), (_usd(_c(n, "H"), "EUU", None, None, "trade_turnover", 2, y),)),
    "eu-the-bloc": lambda n, y: (_story(n, "{H} seeks more access to EU market",
        "{H} wants wider access to the European Union market, its trade minister said.",
        "{H's} exports to the bloc reached {X3} in {y}, while imports from the 27-nation bloc amounted to {X2}."),
        (_usd(_c(n, "H"), "EUU", _c(n, "H"), "EUU", "exports", 3, y), _usd(_c(n, "H"), "EUU", "EUU", _c(n, "H"), "exports", 2, y))),
    "eu-among-many-partners": lambda n, y: (_story(n, "{H}, {P} trade grows",
        "Trade between {H} and {P} grew 9 percent in {y}, the statistics office said.",
        "{X}, the EU and {Z} remain {H's} other main partners. The EU is also its largest investor.", "Bilateral trade reached {X3}."),
        (_pct(_c(n, "H"), _c(n, "P"), 9.0, y), _usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 3, y))),
    # the home as "the country", "the republic"
    "the-country-the-republic": lambda n, y: (_story(n, "{H's} foreign trade grows",
        "{H's} foreign trade turnover reached {X0} in {y}, the statistics committee said.",
        "The country's exports amounted to {X6}, while imports were {X1}. The republic's trade with {P} reached {X2}."),
        (_usd(_c(n, "H"), "WLD", None, None, "trade_turnover", 0, y), _usd(_c(n, "H"), "WLD", _c(n, "H"), "WLD", "exports", 6, y),
         _usd(_c(n, "H"), "WLD", "WLD", _c(n, "H"), "exports", 1, y), _usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 2, y))),
    "partner-bought-from-the-republic": lambda n, y: (_story(n, "{P} becomes {H's} top supplier",
        "{P} was {H's} largest supplier of goods in {y}, official data show.",
        "Imports from {P} to the country reached {X2}. {P} bought goods worth {X4} from the republic."),
        (_usd(_c(n, "H"), _c(n, "P"), _c(n, "P"), _c(n, "H"), "exports", 2, y), _usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 4, y))),
    "dateline-home-the-country": lambda n, y: (_story(n, "{P} stays top partner",
        "{P} was the country's largest trading partner in {y}, the customs committee said.",
        "Exports to {P} were {X3}, and imports from {X} reached {X4}."),
        (_usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 3, y), _usd(_c(n, "H"), _c(n, "X"), _c(n, "X"), _c(n, "H"), "exports", 4, y))),
    # a partner list or ranking, then a figure with one country: its other side is the home
    "list-then-exports-to": lambda n, y: (_story(n, "{H's} exports rise",
        "{H's} main export markets in {y} were {X}, {Z} and {P}, the customs service said.",
        "Exports to {P} were {X4}, and imports from {X} reached {X3}."),
        (_usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 4, y), _usd(_c(n, "H"), _c(n, "X"), _c(n, "X"), _c(n, "H"), "exports", 3, y))),
    "partner-the-main-buyer": lambda n, y: (_story(n, "{H's} exports grow",
        "{H's} exports reached {X6} in {y}, the statistics office said.",
        "{P} remained the main buyer, with {X2}, followed by {X} with {X3}."),
        (_usd(_c(n, "H"), "WLD", _c(n, "H"), "WLD", "exports", 6, y), _usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 2, y),
         _usd(_c(n, "H"), _c(n, "X"), _c(n, "H"), _c(n, "X"), "exports", 3, y))),
    # a world total, a bilateral turnover, then flows larger than it: the home's totals
    "world-bilateral-then-bare-flows": lambda n, y: (_story(n, "{H's} trade up",
        "{H's} foreign trade reached {X0} in {y}, the statistics agency said.",
        "Trade with {P} was {X2}. Exports amounted to {X6}, and imports to {X1}."),
        (_usd(_c(n, "H"), "WLD", None, None, "trade_turnover", 0, y), _usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 2, y),
         _usd(_c(n, "H"), "WLD", _c(n, "H"), "WLD", "exports", 6, y), _usd(_c(n, "H"), "WLD", "WLD", _c(n, "H"), "exports", 1, y))),
    "world-bilateral-then-part": lambda n, y: (_story(n, "{H's} trade up",
        "{H's} foreign trade reached {X0} in {y}, the statistics agency said.", "Trade with {P} was {X2}, of which exports amounted to {X4}."),
        (_usd(_c(n, "H"), "WLD", None, None, "trade_turnover", 0, y), _usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 2, y),
         _usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 4, y))),
    # a share of the whole just told, restated as an amount
    "share-of-the-total-or-amount": lambda n, y: (_story(n, "{H's} trade", "{H's} foreign trade reached {X0} in {y}.",
        "{P} accounted for 15 percent of the total, or {X1}."),
        (_usd(_c(n, "H"), "WLD", None, None, "trade_turnover", 0, y), _usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 1, y))),
    "share-of-this-volume-or-amount": lambda n, y: (_story(n, "{H's} exports", "In {y}, {H's} exports amounted to {X6}.",
        "{P} accounted for 10 percent of this volume, or {X2}."),
        (_usd(_c(n, "H"), "WLD", _c(n, "H"), "WLD", "exports", 6, y), _usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 2, y))),
    # a sentence naming only the home, after the pair's turnover: a part of it
    "home-exported-and-imported": lambda n, y: (_story(n, "{H}, {P} trade reaches new high",
        "Trade between {H} and {P} reached {X2} in {y}, the statistics office said.", "{H} exported {X5} and imported {X3}."),
        (_usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 2, y), _usd(_c(n, "H"), _c(n, "P"), _c(n, "H"), _c(n, "P"), "exports", 5, y),
         _usd(_c(n, "H"), _c(n, "P"), _c(n, "P"), _c(n, "H"), "exports", 3, y))),
    # companies of a country, an agency, a multilateral lender
    "companies-from-invested": lambda n, y: (_story(n, "{P} investment in {H} grows",
        "Companies from {P} invested {X4} in {H} in {y}, the economy ministry said.", "Over 300 firms with foreign capital operate in the country."),
        (_usd(_c(n, "H"), _c(n, "P"), _c(n, "P"), _c(n, "H"), "investment", 4, y),)),
    "lender-then-the-two-countries": lambda n, y: (_story(n, "{H}, {P} discuss cooperation", "{H} and {P} discussed cooperation on Monday.",
        "Separately, the Asian Development Bank approved a {X4} loan for {H}. Trade between the two countries reached {X3} in {y}."),
        (_usd(_c(n, "H"), _c(n, "P"), None, None, "trade_turnover", 3, y),)),
    # an envoy's interview: "our companies", "your country"
    "interview-envoy-our-companies": lambda n, y: (
        "\n\n".join([f"Envoy: {n['P']} ready to invest more", f"In an interview, {poss(n['P'])} ambassador in {n['H']} spoke about economic ties.",
                     f"- Our companies invested {_STORY_AMOUNTS[4][0]} in your country in {y}."]),
        (_usd(_c(n, "H"), _c(n, "P"), _c(n, "P"), _c(n, "H"), "investment", 4, y),)),
}  # fmt: skip


def discourse_pair_family() -> Iterator[Case]:
    """Short articles (headline, dateline, paragraphs) whose figures take their pair or their home
    from the discourse: a third country or another pair named in passing, the EU as a side, the
    home as "the country", lists and rankings, world totals and institutions."""
    for variant, template in STORY_TEMPLATES.items():
        for i, (home, partner, third, fourth) in enumerate(STORIES):
            for j in (0, 1):
                published = DATES[(i + j) % len(DATES)]
                y = published.year - 1
                names = {"H": home, "P": partner, "X": third, "Z": fourth, "y": str(y),
                         "CAP": CAPITALS[code(home)].upper(), "DATE": f"{_MONTH_NAMES[published.month - 1]} {published.day}"}  # fmt: skip
                text, rows = template(names, y)
                construction = f"discourse-pair/{variant}"
                yield Case(construction, f"{construction}/{code(home)}-{code(partner)}/{published}", text, published, rows)

# Short articles (a headline, a dateline, paragraphs) whose figures have no time of their own:
# the period they take from the discourse. {Y} the year before the article's, {Y2} two years
# before, {C} the article's year; {X1}..{X4}, {X0} amounts, {R1} {R2} rates; name -> (template,
# rows: (slot, row kind, year offset from the article's year, period)). Row kinds: "T" turnover,
# "X" A's exports to B, "M" A's imports from B, "I" B's investment in A, "G" B's grant to A,
# "t" and "x" the turnover's and the exports' rate of change.
DiscourseRow = tuple[str, str, int, str | None]
_HEAD = "{A} and {B} discuss trade\n\n"
_LINE = "{CITY}, {MON} {DAY} (Trend) - "
DISCOURSE_TIMES: dict[str, tuple[str, tuple[DiscourseRow, ...]]] = {
    "headline period, dateline": (
        "{A}-{B} trade in January-September {Y} up {R1}\n\n" + _LINE + "Trade turnover between {A} and {B} amounted to {X1}, the customs service said. {A's} exports to {B} reached {X2}.",
        (("R1", "t", -1, "M1-M9"), ("X1", "T", -1, "M1-M9"), ("X2", "X", -1, "M1-M9"))),
    "headline year, dateline": (
        "{A}-{B} trade grew {R1} in {Y}\n\n" + _LINE + "Trade turnover between {A} and {B} amounted to {X1}, the statistics committee said. {A's} exports to {B} reached {X2}.",
        (("R1", "t", -1, "FY"), ("X1", "T", -1, "FY"), ("X2", "X", -1, "FY"))),
    "lead period, next paragraph": (
        _HEAD + _LINE + "In January-September {Y}, trade turnover between {A} and {B} amounted to {X1}, the customs service said.\n\n{A's} exports to {B} reached {X2}. Imports from {B} totaled {X3}.",
        (("X1", "T", -1, "M1-M9"), ("X2", "X", -1, "M1-M9"), ("X3", "M", -1, "M1-M9"))),
    "period three sentences back": (
        _HEAD + _LINE + "In the first half of {Y}, trade between {A} and {B} amounted to {X1}. The sides discussed new transport routes. Officials also spoke about energy projects. {A's} exports to {B} reached {X2}, the ministry said.",
        (("X1", "T", -1, "H1"), ("X2", "X", -1, "H1"))),
    "a later paragraph's period": (
        _HEAD + _LINE + "In {Y}, trade between {A} and {B} amounted to {X1}. {A's} exports to {B} reached {X2}.\n\nIn January-March {C}, trade turnover between the two countries totaled {X3}. {A's} exports to {B} amounted to {X4}.",
        (("X1", "T", -1, "FY"), ("X2", "X", -1, "FY"), ("X3", "T", 0, "Q1"), ("X4", "X", 0, "Q1"))),
    "narrative over years": (
        _HEAD + _LINE + "In {Y4}, trade between {A} and {B} was {X0}. In {Y2}, it reached {X1}. Last year, trade rose to {X2}. {A's} exports to {B} made up {X3}.",
        (("X0", "T", -4, "FY"), ("X1", "T", -2, "FY"), ("X2", "T", -1, "FY"), ("X3", "X", -1, "FY"))),
    "same period looked back to": (
        _HEAD + _LINE + "In January-September {Y}, trade turnover between {A} and {B} amounted to {X1}. In the same period of {Y2}, the turnover was {X0}.\n\n{A's} exports to {B} reached {X2}.",
        (("X1", "T", -1, "M1-M9"), ("X0", "T", -2, "M1-M9"), ("X2", "X", -1, "M1-M9"))),
    "a year earlier looked back to": (
        _HEAD + _LINE + "In January-September {Y}, trade turnover between {A} and {B} amounted to {X1}. A year earlier, the turnover was {X0}. {A's} exports to {B} reached {X2}.",
        (("X1", "T", -1, "M1-M9"), ("X0", "T", -2, "M1-M9"), ("X2", "X", -1, "M1-M9"))),
    "the previous year opening": (
        _HEAD + _LINE + "In {Y}, trade between {A} and {B} reached {X1}. The previous year, the figure stood at {X0}. {A's} exports to {B} amounted to {X2}.",
        (("X1", "T", -1, "FY"), ("X0", "T", -2, "FY"), ("X2", "X", -1, "FY"))),
    "that year": (
        _HEAD + _LINE + "Trade between {A} and {B} amounted to {X1} in {Y}, the agency said. The sides also discussed transit. That year, {A's} exports to {B} reached {X2}.",
        (("X1", "T", -1, "FY"), ("X2", "X", -1, "FY"))),
    "the same year, a grant": (
        _HEAD + _LINE + "In {Y2}, trade between {A} and {B} amounted to {X1}. The same year, {B} provided a grant of {X2} to {A}.",
        (("X1", "T", -2, "FY"), ("X2", "G", -2, None))),
    "in the reporting period": (
        _HEAD + _LINE + "In the first half of {Y}, trade between {A} and {B} amounted to {X1}, the agency said. The sides also discussed transit. In the reporting period, {A's} exports to {B} reached {X2}.",
        (("X1", "T", -1, "H1"), ("X2", "X", -1, "H1"))),
    "a quote between": (
        _HEAD + _LINE + "In January-September {Y}, trade turnover between {A} and {B} amounted to {X1}. \"We see great potential for growth,\" the minister said.\n\n{A's} exports to {B} reached {X2}.",
        (("X1", "T", -1, "M1-M9"), ("X2", "X", -1, "M1-M9"))),
    "a rate of the lead's period": (
        _HEAD + _LINE + "In January-September {Y}, trade turnover between {A} and {B} amounted to {X1}. This is {R1} more than in the same period of {Y2}.\n\n{A's} exports to {B} grew by {R2} and reached {X2}.",
        (("X1", "T", -1, "M1-M9"), ("R1", "t", -1, "M1-M9"), ("R2", "x", -1, "M1-M9"), ("X2", "X", -1, "M1-M9"))),
    "nine months referred back": (
        _HEAD + _LINE + "In January-September {Y2}, trade between {A} and {B} amounted to {X1}.\n\nIn nine months, {A's} exports to {B} reached {X2}.",
        (("X1", "T", -2, "M1-M9"), ("X2", "X", -2, "M1-M9"))),
    "a month inside the half-year": (
        _HEAD + _LINE + "In January-June {Y2}, trade between {A} and {B} amounted to {X1}. In June alone, {A's} exports to {B} reached {X2}. Imports from {B} totaled {X3} in the half-year.",
        (("X1", "T", -2, "H1"), ("X2", "X", -2, "M6"), ("X3", "M", -2, "H1"))),
    "investment amounted to, after a half-year": (
        _HEAD + _LINE + "In January-June {Y}, trade between {A} and {B} amounted to {X1}. {B's} investment in {A} amounted to {X2}.",
        (("X1", "T", -1, "H1"), ("X2", "I", -1, "H1"))),
    "investment has reached, a stock": (
        _HEAD + _LINE + "In January-June {Y}, trade between {A} and {B} amounted to {X1}. {B's} investment in {A} has reached {X2}.",
        (("X1", "T", -1, "H1"), ("X2", "I", 0, "cumulative"))),
    "investment since, a stock": (
        _HEAD + _LINE + "In {Y}, trade between {A} and {B} amounted to {X1}. {B} has invested {X2} in {A} since 1995.",
        (("X1", "T", -1, "FY"), ("X2", "I", 0, "cumulative"))),
    "accumulated investment, a stock": (
        _HEAD + _LINE + "Last year, {B's} investment in {A} amounted to {X1}. {B's} accumulated investment in {A} reached {X2}.",
        (("X1", "I", -1, "FY"), ("X2", "I", 0, "cumulative"))),
    "the previous year opening the article": (
        _HEAD + _LINE + "In the previous year, trade between {A} and {B} kept growing. {A's} exports to {B} amounted to {X2}.",
        (("X2", "X", -1, "FY"),)),
    "a sentence said of now between": (
        _HEAD + _LINE + "In {Y}, trade between {A} and {B} reached {X1}. {B} now accounts for 15 percent of {A's} foreign trade. {A's} exports to {B} amounted to {X2}.",
        (("X1", "T", -1, "FY"), ("X2", "X", -1, "FY"))),
    "an earlier year looked back to": (
        _HEAD + _LINE + "Trade between {A} and {B} reached {X1} in {Y}. In {Y4}, it was {X0}. {A's} exports to {B} amounted to {X2}.",
        (("X1", "T", -1, "FY"), ("X0", "T", -4, "FY"), ("X2", "X", -1, "FY"))),
    "so far this year": (
        _HEAD + _LINE + "Last year, trade between {A} and {B} amounted to {X1}. So far this year, {A's} exports to {B} have reached {X2}.",
        (("X1", "T", -1, "FY"), ("X2", "X", 0, None))),
}
_DISCOURSE_AMOUNTS = {"X1": ("$412.6 million", 412.6e6), "X2": ("$187.3 million", 187.3e6), "X3": ("$95.8 million", 95.8e6),
                      "X4": ("$63.2 million", 63.2e6), "X0": ("$350.1 million", 350.1e6), "R1": ("14.2%", 14.2), "R2": ("9.7%", 9.7)}  # fmt: skip


def _discourse_row(a: str, b: str, kind: str, value: float, year: int, period: str | None) -> Row:
    money = kind not in ("t", "x")
    unit, measure = ("USD", "level") if money else ("percent", "change")
    frm, to, indicator = {
        "T": (None, None, "trade_turnover"), "t": (None, None, "trade_turnover"), "X": (a, b, "exports"),
        "x": (a, b, "exports"), "M": (b, a, "exports"), "I": (b, a, "investment"), "G": (b, a, "aid"),
    }[kind]  # fmt: skip
    return expect(a, b, frm, to, indicator, measure, value, unit, year, period)


def discourse_time_family() -> Iterator[Case]:
    """A short article per template, for three pairs in both orders: which period each figure
    with no time of its own takes from the headline, the lead, a sentence or paragraph before,
    a look back, "that year", a later paragraph; an investment amount told as a past level
    (that period's flow) or as a stock (as of the article's date)."""
    pairs = list(_ordered_pairs())[:18]
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip
    for n, (name, (template, rows)) in enumerate(DISCOURSE_TIMES.items()):
        published = DATES[n % len(DATES)]
        text = template.replace("{MON}", months[published.month - 1]).replace("{DAY}", str(published.day))
        for ahead, key in ((4, "{Y4}"), (2, "{Y2}"), (1, "{Y}"), (0, "{C}")):
            text = text.replace(key, str(published.year - ahead))
        for slot, (written, _value) in _DISCOURSE_AMOUNTS.items():
            text = text.replace("{" + slot + "}", written)
        construction = f"discourse-time/{name}"
        for _p, _order, a, b in pairs[6 * (n % 3) : 6 * (n % 3) + 6]:
            city = CAPITALS.get(code(a), CAPITALS.get(code(b), "Baku")).upper()
            expected = tuple(
                _discourse_row(code(a), code(b), kind, _DISCOURSE_AMOUNTS[slot][1], published.year + offset, period)
                for slot, kind, offset, period in rows
            )
            yield Case(
                construction, f"{construction}/{_pid(a, b)}", _fill(text.replace("{CITY}", city), A=a, B=b), published, expected,
                swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
            )  # fmt: skip


# Words that date another event than the figure, where the figure's sentence names no time of
# its own: name -> (where it goes, its words with {Y2} an earlier year and {M} a month of the
# article's year). The figure keeps the story's period, from the sentence before.
OTHER_EVENTS: dict[str, tuple[str, str]] = {
    "relative with which": ("after-partner", ", with which it signed a trade agreement in {Y2},"),
    "relative under which": ("after-partner", ", under which a customs deal was agreed in {Y2},"),
    "relative which": ("after-partner", ", which joined the WTO in {Y2},"),
    "relative whose": ("after-partner", ", whose president visited the region in {Y2},"),
    "apposition with a clause": ("after-partner", ", a market it entered in {Y2},"),
    "apposition since": ("after-partner", ", its largest partner since {Y2},"),
    "bracket since": ("after-partner", " (a member of the union since {Y2})"),
    "cause with a clause": ("end", ", thanks to the agreement that entered into force in {Y2}"),
    "cause with a participle": ("end", ", boosted by the railway opened in {Y2}"),
    "superlative since": ("end", ", the highest since {Y2}"),
    "level last seen": ("end", ", a level last seen in {Y2}"),
    "published": ("end", ", according to customs data published in {M}"),
    "said in a report": ("end", ", the ministry said in a report released in {M}"),
    "told on a day": ("end", ", the minister told reporters on {M} 12"),
    "concession": ("end", ", despite the sanctions imposed in {Y2}"),
    "time clause after": ("end", ", after the border crossing was reopened in {Y2}"),
    "fronted concession": ("start", "Despite the crisis of {Y2}, "),
    "meeting then saying": ("start", "At a meeting in {M}, officials said that "),
    "forum then saying": ("start", "Speaking at a forum held in the capital in {M}, the minister said that "),
    "visit then saying": ("start", "Following the president's visit in {M}, it was reported that "),
    "time clause years after": ("start", "Years after the embassy opened in {Y2}, "),
}
OTHER_EVENT_FIGURES = {
    "turnover": ("trade between {A} and {B}{INS} amounted to {X}", lambda a, b, v, y, p: expect(a, b, None, None, "trade_turnover", "level", v, "USD", y, p)),
    "exports": ("{A's} exports to {B}{INS} reached {X}", lambda a, b, v, y, p: expect(a, b, a, b, "exports", "level", v, "USD", y, p)),
    "imports": ("{A's} imports from {B}{INS} totaled {X}", lambda a, b, v, y, p: expect(a, b, b, a, "exports", "level", v, "USD", y, p)),
}  # fmt: skip
# The story's period, said in the sentence before: its words and its code.
OTHER_EVENT_STORIES = (("In {y}", "FY"), ("In January-June {y}", "H1"))


def other_event_time_family() -> Iterator[Case]:
    """A figure with no time of its own after a sentence that names the story's period, its
    sentence dating another event (a relative clause, an apposition, a cause, a concession, the
    day it was told or published, the meeting it was told at): the figure keeps the story's
    period. One pair in both orders per template, figure and story period."""
    pairs = list(_ordered_pairs())
    months = ("February", "March", "April")
    for n, (name, (where, words)) in enumerate(OTHER_EVENTS.items()):
        for k, (kind, (clause, row)) in enumerate(OTHER_EVENT_FIGURES.items()):
            for story, period in OTHER_EVENT_STORIES:
                published = date(DATES[n % len(DATES)].year, 9, 20)  # after June: "January-June" is over
                y = published.year - 1 if period == "FY" else published.year
                inserted = words.replace("{Y2}", str(y - 3 - n % 5)).replace("{M}", months[(n + k) % len(months)])
                i = n + k
                x, value, _unit = amount(i, "$X million")
                figure = clause.replace("{X}", x).replace("{INS}", inserted if where == "after-partner" else "")
                sentence = {"after-partner": figure, "end": figure + inserted, "start": inserted + figure}[where]
                lead = f"{story.replace('{y}', str(y))}, trade between {{A}} and {{B}} kept growing."
                construction = f"other-event-time/{name}"
                variant = f"{construction}/{kind}/{period}"
                p = (n + k) % len(PAIRS)
                for _p, _order, a, b in pairs[2 * p : 2 * p + 2]:
                    yield Case(
                        construction, f"{variant}/{_pid(a, b)}", _fill(f"{lead} {_cap(sentence)}.", A=a, B=b), published,
                        (row(code(a), code(b), value, y, period),), swap_of=f"{variant}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
                    )  # fmt: skip


RELEASES = {
    # A heading with no amount names the flow of the list under it, whatever the figure before it.
    "heading-export-partners": (
        "{A's} imports in {y} amounted to {X}.\n\nThe main export partners were:\n\n{B} – {Y} (12.4%).",
        lambda a, b, x, z, u, y: (expect(a, "WLD", "WLD", a, "exports", "level", x, u, y, "FY"), _ex(a, b, z, u, y))),
    "heading-import-countries": (
        "{A's} exports in {y} amounted to {X}.\n\nImports came mainly from the following countries:\n\n{B} – {Y} (9.8%).",
        lambda a, b, x, z, u, y: (expect(a, "WLD", a, "WLD", "exports", "level", x, u, y, "FY"), _ex(b, a, z, u, y))),
    "heading-trading-partners": (
        "{A's} exports in {y} amounted to {X}.\n\n{A's} main trading partners in {y} were as follows:\n\n{B} – {Y} (15.1%).",
        lambda a, b, x, z, u, y: (expect(a, "WLD", a, "WLD", "exports", "level", x, u, y, "FY"),
                                  expect(a, b, None, None, "trade_turnover", "level", z, u, y, "FY"))),
    # A dash for the verb: the flow's own countries, before the dash, are its frame's.
    "dash-exports-to": (
        "{A's} foreign trade turnover in {y} amounted to {X}.\n\nExports to {B} – {Y}.",
        lambda a, b, x, z, u, y: (expect(a, "WLD", None, None, "trade_turnover", "level", x, u, y, "FY"), _ex(a, b, z, u, y))),
    "dash-exports-of": (
        "Exports of {A} in {y} – {X}.\n\nExports to {B} amounted to {Y}.",
        lambda a, b, x, z, u, y: (expect(a, "WLD", a, "WLD", "exports", "level", x, u, y, "FY"), _ex(a, b, z, u, y))),
    # A whole told first, broken down by the country that accounts for a part of it.
    "fronted-whole-exports": (
        "{A's} exports in {y} amounted to {X}.\n\nOf the total volume of exports, {B} accounted for {Y}.",
        lambda a, b, x, z, u, y: (expect(a, "WLD", a, "WLD", "exports", "level", x, u, y, "FY"), _ex(a, b, z, u, y))),
    "fronted-whole-imports": (
        "{A's} foreign trade turnover in {y} amounted to {X}.\n\nOf total imports, {B} accounted for {Y}.",
        lambda a, b, x, z, u, y: (expect(a, "WLD", None, None, "trade_turnover", "level", x, u, y, "FY"), _ex(b, a, z, u, y))),
    # A heading's column of change names its base: the lines keep the report's period.
    "heading-change-column": (
        "{A's} foreign trade turnover in {y} amounted to {X}.\n\nTrade with the main partners (in % to {y0}):\n\n{B} – {Y} (+7.5%).",
        lambda a, b, x, z, u, y: (expect(a, "WLD", None, None, "trade_turnover", "level", x, u, y, "FY"),
                                  expect(a, b, None, None, "trade_turnover", "level", z, u, y, "FY"),
                                  expect(a, b, None, None, "trade_turnover", "change", 7.5, "percent", y, "FY"))),
    # A heading of indexes: a line's bare bracketed percentage is an index of the base.
    "heading-index-column": (
        "{A's} imports in {y} amounted to {X}.\n\nImports came mainly from the following countries (in % to {y0}):\n\n{B} – {Y} (96.5%).",
        lambda a, b, x, z, u, y: (expect(a, "WLD", "WLD", a, "exports", "level", x, u, y, "FY"), _ex(b, a, z, u, y),
                                  expect(a, b, b, a, "exports", "change", -3.5, "percent", y, "FY"))),
    # A table: a header's unit for the bare numbers of the lines under it.
    "header-table": (
        "{A's} exports in {y} amounted to {X}.\n\nExports of {A} by main countries, {y} (thsd. USD)\n\n{B} – 12 345.6",
        lambda a, b, x, z, u, y: (expect(a, "WLD", a, "WLD", "exports", "level", x, u, y, "FY"), _ex(a, b, 12345600.0, "USD", y))),
    # An index of a base period, as statistics offices print it: 112.5% is growth of 12.5%.
    "index-fronted-base": (
        "{A's} foreign trade turnover in {y} amounted to {X}.\n\nCompared to {y0}, foreign trade turnover amounted to 112.5%.",
        lambda a, b, x, z, u, y: (expect(a, "WLD", None, None, "trade_turnover", "level", x, u, y, "FY"),
                                  expect(a, "WLD", None, None, "trade_turnover", "change", 12.5, "percent", y, "FY"))),
    "index-corresponding-period": (
        "{A's} exports to {B} in {y} amounted to {Y} (114.6% to the corresponding period of the previous year).",
        lambda a, b, x, z, u, y: (_ex(a, b, z, u, y), expect(a, b, a, b, "exports", "change", 14.6, "percent", y, "FY"))),
}


def release_family() -> Iterator[Case]:
    """Statistics releases: a home's totals, a heading that opens a partner list, an index of a
    base period. The home is the report's country; the partner its partner."""
    for variant, (template, rows) in RELEASES.items():
        for i, (a, b) in enumerate(PAIRS):
            if b == "the EU":
                continue  # a union's line in a list of countries is another construction
            published = DATES[i % len(DATES)]
            y = published.year - 1
            fmt = SAFE_FORMATS[i % len(SAFE_FORMATS)]
            x, value_x, unit = amount(i + 2, fmt)
            z, value_z, _ = amount(i, fmt)
            text = template.replace("{X}", x).replace("{Y}", z).replace("{y0}", str(y - 1)).replace("{y}", str(y))
            text = "\n\n".join(_cap(p) for p in _fill(text, A=a, B=b).split("\n\n"))
            construction = f"release/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, rows(code(a), code(b), value_x, value_z, unit, y))


# A base amount said beside a figure with no time of its own, after a sentence that names the
# story's period: the figure is of that period, the base of the same months a year before.
STORY_BASES = (
    "against {B}", "compared with {B}", "versus {B}", "up from {B}", "from {B}", "({B} a year earlier)", "({B} a year ago)",
    "compared with {B} a year earlier", "against {B} in the same period last year", ", up from {B} last year",
    "up from {B} in the corresponding period of the previous year", "; a year earlier, it was {B}", "(against {B})",
)
STORY_BASE_FIGURES = {
    "exports": ("{A's} exports to {B} reached $230 million {BASE}", lambda a, b, v, y, p: expect(a, b, a, b, "exports", "level", v, "USD", y, p)),
    "turnover": ("trade between {A} and {B} amounted to $230 million {BASE}", lambda a, b, v, y, p: expect(a, b, None, None, "trade_turnover", "level", v, "USD", y, p)),
    "imports": ("{A's} imports from {B} rose to $230 million {BASE}", lambda a, b, v, y, p: expect(a, b, b, a, "exports", "level", v, "USD", y, p)),
}  # fmt: skip
# The story's period: its words, its code, and the article's date for the year it names.
STORY_BASE_PERIODS: tuple[tuple[str, str, Callable[[int], date]], ...] = (
    ("In {y}", "FY", lambda y: date(y + 1, 3, 1)),
    ("In January-June {y}", "H1", lambda y: date(y, 8, 1)),
    ("In the first quarter of {y}", "Q1", lambda y: date(y, 5, 1)),
)


def base_story_family() -> Iterator[Case]:
    """A figure and its base in one sentence that names no time, after a sentence naming the
    story's period (a whole year written in the year after it, a half, a quarter): the figure
    is of the story's period and the base of the same months a year before, "last year" and
    "the same period last year" included. One pair in both orders per form, figure and period."""
    pairs = list(_ordered_pairs())
    for n, base in enumerate(STORY_BASES):
        for k, (kind, (clause, row)) in enumerate(STORY_BASE_FIGURES.items()):
            for m, (story, period, published) in enumerate(STORY_BASE_PERIODS):
                y = (2008, 2013, 2019, 2023)[(n + k + m) % 4]
                sentence = clause.replace("{BASE}", base.replace("{B}", "$215 million")).replace(" ;", ";").replace(" ,", ",")
                lead = f"{story.replace('{y}', str(y))}, trade between {{A}} and {{B}} kept growing."
                construction = f"base-story/{base.replace('{B}', 'X').strip(' ,;')}"
                variant = f"{construction}/{kind}/{period}"
                p = (n + k + m) % len(PAIRS)
                for _p, _order, a, b in pairs[2 * p : 2 * p + 2]:
                    rows = (row(code(a), code(b), 230e6, y, period), row(code(a), code(b), 215e6, y - 1, period))
                    yield Case(
                        construction, f"{variant}/{_pid(a, b)}", _fill(f"{lead} {_cap(sentence)}.", A=a, B=b), published(y), rows,
                        swap_of=f"{variant}/{_pid(b, a)}", swap_codes=(code(a), code(b)),
                    )  # fmt: skip



# A figure with no time of its own after the story's year, then a list of its bases, each with
# its year: the later years are the bases', so neither the figure nor the next sentence takes them.
BASE_LISTS = {
    "compared-to-and": "compared to {Z1} in {y1} and {Z2} in {y2}",
    "compared-with-comma": "compared with {Z1} in {y1}, {Z2} in {y2} and {Z3} in {y3}",
    "against-and": "against {Z1} in {y1} and {Z2} in {y2}",
    "up-from-and": "up from {Z1} in {y1} and {Z2} in {y2}",
}


def base_list_family() -> Iterator[Case]:
    """ "{A's} trade in {y} ... Trade with {B} made up $1.42 bn, compared to $1.34 bn in {y-1} and
    $1.19 bn in {y-2}. {A's} exports to {B} ...": each base of its year, the figure and the
    exports after it of the story's year. Each pair in both orders, the exports in the same
    paragraph or the next."""
    for n, (variant, bases) in enumerate(BASE_LISTS.items()):
        for p, _order, a, b in _ordered_pairs():
            published = DATES[(p + n) % len(DATES)]
            y = published.year - 1
            amounts = ((1.42e9, "$1.42 billion"), (1.34e9, "$1.34 billion"), (1.19e9, "$1.19 billion"), (1.05e9, "$1.05 billion"))
            said = bases.replace("{y1}", str(y - 1)).replace("{y2}", str(y - 2)).replace("{y3}", str(y - 3))
            for i in (1, 2, 3):
                said = said.replace(f"{{Z{i}}}", amounts[i][1])
            break_ = "\n\n" if (p + n) % 2 else " "
            text = _fill(
                f"{{A's}} foreign trade turnover in {y} amounted to $9.5 billion.\n\n"
                f"Trade with {{B}} made up $1.42 billion, {said}.{break_}{{A's}} exports to {{B}} reached $308 million.",
                A=a, B=b,
            )
            ca, cb = code(a), code(b)
            rows = [expect(ca, "WLD", None, None, "trade_turnover", "level", 9.5e9, "USD", y, "FY"),
                    expect(ca, cb, None, None, "trade_turnover", "level", 1.42e9, "USD", y, "FY"),
                    expect(ca, cb, ca, cb, "exports", "level", 308e6, "USD", y, "FY")]  # fmt: skip
            rows += [expect(ca, cb, None, None, "trade_turnover", "level", amounts[i][0], "USD", y - i, "FY")
                     for i in (1, 2, 3) if f"{{Z{i}}}" in bases]  # fmt: skip
            construction = f"base-list/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, tuple(rows),
                       swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(ca, cb))  # fmt: skip


# "it" kept on a trend, then its level: the measure and pair of the sentence before, in the
# period the sentence names ({P} at its head, {p} after the verb); ("up" or "down", the rate's sign).
PRONOUN_TRENDS = {
    "continued-reaching": ("{P}, it continued to grow, reaching $418.2 million, up 8.3%.", 1),
    "continued-and-reached": ("{P}, it continued to grow and reached $418.2 million, up 8.3%.", 1),
    "kept-growing-reaching": ("{P}, it kept growing, reaching $418.2 million (up 8.3%).", 1),
    "continued-to-rise-to": ("{P}, it continued to rise to $418.2 million, up 8.3%.", 1),
    "continued-to-decline-falling": ("{P}, it continued to decline, falling to $418.2 million, down 8.3%.", -1),
    "continued-amounting": ("{P}, it continued to increase, amounting to $418.2 million, up 8.3%.", 1),
    "continued-period-after": ("It continued to grow {p}, reaching $418.2 million, up 8.3%.", 1),
}


def pronoun_trend_family() -> Iterator[Case]:
    """ "Trade between {A} and {B} in {y-1} amounted to $711.6 m, up 40.1%. In January-July {y},
    it continued to grow, reaching $418.2 m, up 8.3%": the pronoun's level and rate are the pair's
    turnover of January-July. Each pair in both orders."""
    for n, (variant, (form, sign)) in enumerate(PRONOUN_TRENDS.items()):
        for p, _order, a, b in _ordered_pairs():
            y = (2009, 2014, 2019, 2023)[(p + n) % 4]
            published = date(y, 9, 12)
            said = form.replace("{P}", f"In January-July {y}").replace("{p}", f"in January-July {y}")
            text = _fill(f"Trade between {{A}} and {{B}} in {y - 1} amounted to $711.6 million, up 40.1 percent. {said}", A=a, B=b)
            ca, cb = code(a), code(b)
            rows = (expect(ca, cb, None, None, "trade_turnover", "level", 711.6e6, "USD", y - 1, "FY"),
                    expect(ca, cb, None, None, "trade_turnover", "change", 40.1, "percent", y - 1, "FY"),
                    expect(ca, cb, None, None, "trade_turnover", "level", 418.2e6, "USD", y, "M1-M7"),
                    expect(ca, cb, None, None, "trade_turnover", "change", 8.3 * sign, "percent", y, "M1-M7"))  # fmt: skip
            construction = f"pronoun-trend/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, rows,
                       swap_of=f"{construction}/{_pid(b, a)}", swap_codes=(ca, cb))  # fmt: skip


# "the republic", "the country" on the far side of a flow the partner does, after a lead that
# breaks the pair's trade down ({P} the partner who does the flow, {H} the other): the other
# country of the story's pair, never the world. (form, exporter-or-investor first, indicator)
REPUBLIC_FORMS = {
    "exports-to-the-republic": ("{P's} exports to the republic were $330 million.", "PH", "exports"),
    "imports-from-the-country": ("{P's} imports from the country reached $330 million.", "HP", "exports"),
    "investment-in-the-country": ("{P's} investment in the country amounted to $330 million in {y}.", "PH", "investment"),
}
REPUBLIC_LEADS = {
    "imports-part": ("Trade between {P} and {H} amounted to $8.44 billion in {y}, of which {P's} imports made up $8.11 billion.", "HP"),
    "exports-part": ("Trade between {P} and {H} amounted to $8.44 billion in {y}, of which {P's} exports made up $8.11 billion.", "PH"),
}


def republic_family() -> Iterator[Case]:
    """ "Trade between China and Turkmenistan amounted to $8.44 bn in {y}, of which China's imports
    made up $8.11 bn. China's exports to the republic were $330 m": the republic is Turkmenistan.
    Each pair in both orders."""
    for n, (variant, (form, way, indicator)) in enumerate(REPUBLIC_FORMS.items()):
        for lead_name, (lead, lead_way) in REPUBLIC_LEADS.items():
            for p, _order, a, b in _ordered_pairs():
                if "EU" in (a, b) or "the EU" in (a, b):
                    continue  # the bloc is no "republic" nor "country"
                published = DATES[(p + n) % len(DATES)]
                y = published.year - 1
                text = _fill(f"{lead} {form}".replace("{y}", str(y)), P=a, H=b)
                ca, cb = code(a), code(b)
                sides = {"PH": (ca, cb), "HP": (cb, ca)}
                rows = (expect(ca, cb, None, None, "trade_turnover", "level", 8.44e9, "USD", y, "FY"),
                        expect(ca, cb, *sides[lead_way], "exports", "level", 8.11e9, "USD", y, "FY"),
                        expect(ca, cb, *sides[way], indicator, "level", 330e6, "USD", y, "FY"))  # fmt: skip
                construction = f"republic/{variant}"
                key = f"{construction}/{lead_name}"
                yield Case(construction, f"{key}/{_pid(a, b)}", text, published, rows,
                           swap_of=f"{key}/{_pid(b, a)}", swap_codes=(ca, cb))  # fmt: skip


# A one-way world figure of the home inside a story of a pair (no home's total opened it), then
# a bare "the turnover": the pair's, never the world's. ({H} the home, {P} the partner)
BARE_TURNOVER_ASIDES = {
    "total-exports": ("{H's} total exports reached $9.4 billion in the same period.", "out"),
    "imported-overall": ("Overall, {H} imported goods worth $6.1 billion in the period.", "in"),
}
BARE_TURNOVERS = {"the-turnover-was": "In {y0}, the turnover was $1.81 billion.",
                  "the-turnover-stood": "The turnover in {y0} stood at $1.81 billion."}  # fmt: skip


def bare_turnover_family() -> Iterator[Case]:
    """ "Trade turnover between {H} and {P} may exceed $2 bn this year. In January-September,
    ... {H's} total exports reached $9.4 bn ... In {y0}, the turnover was $1.81 bn": the last
    turnover is the pair's. Each pair in both orders."""
    for n, (variant, (aside, way)) in enumerate(BARE_TURNOVER_ASIDES.items()):
        for bare_name, bare in BARE_TURNOVERS.items():
            for p, _order, a, b in _ordered_pairs():
                y = (2008, 2013, 2019, 2024)[(p + n) % 4]
                published = date(y, 10, 24)
                text = _fill(
                    f"Trade turnover between {{H}} and {{P}} may exceed $2 billion this year, an official said.\n\n"
                    f"In January-September {y}, trade between the two countries reached $1.52 billion. {aside}\n\n"
                    + bare.replace("{y0}", str(y - 1)), H=a, P=b,
                )
                ca, cb = code(a), code(b)
                world = (expect(ca, "WLD", ca, "WLD", "exports", "level", 9.4e9, "USD", y, "M1-M9") if way == "out"
                         else expect(ca, "WLD", "WLD", ca, "exports", "level", 6.1e9, "USD", y, "M1-M9"))  # fmt: skip
                rows = (expect(ca, cb, None, None, "trade_turnover", "level", 2e9, "USD", y, "FY", "over", "forecast"),
                        expect(ca, cb, None, None, "trade_turnover", "level", 1.52e9, "USD", y, "M1-M9"), world,
                        expect(ca, cb, None, None, "trade_turnover", "level", 1.81e9, "USD", y - 1, "FY"))  # fmt: skip
                construction = f"bare-turnover/{variant}"
                key = f"{construction}/{bare_name}"
                yield Case(construction, f"{key}/{_pid(a, b)}", text, published, rows)


# A sentence that opens by looking back to an earlier whole year, ranking the home's partners then
# in another order than the lead: the story goes on in the lead's year after it.
LOOK_BACK_OPENERS = {"years-earlier": "Three years earlier, in {yb},", "back-in": "Back in {yb},",
                     "by-comparison": "By comparison, in {yb},", "years-ago": "Ten years ago, in {yb},"}  # fmt: skip


def look_back_family() -> Iterator[Case]:
    """ "In {y}, {H's} foreign trade turnover amounted to $39.8 bn. {A} was the largest partner with
    $6.8 bn, followed by {B} with $5.5 bn. Three years earlier, in {yb}, {B} led with $21.5 bn,
    while {A} was second with $15.1 bn. Imports from {A} reached $4.1 bn": {y}'s imports."""
    for n, (variant, opener) in enumerate(LOOK_BACK_OPENERS.items()):
        for p, (home, partner) in enumerate(PAIRS):
            third = PAIRS[(p + 3) % len(PAIRS)][1]
            if "EU" in (partner, third) or "the EU" in (partner, third):
                continue
            y = (2008, 2013, 2019, 2023)[(p + n) % 4]
            yb = y - 3
            for k, (a, b) in enumerate(((partner, third), (third, partner))):
                text = _fill(
                    f"In {y}, {{H's}} foreign trade turnover amounted to $39.8 billion.\n\n{{A}} was the largest partner with $6.8 billion, "
                    f"followed by {{B}} with $5.5 billion.\n\n{opener.replace('{yb}', str(yb))} the ranking looked different: {{B}} led with "
                    "$21.5 billion, while {A} was second with $15.1 billion.\n\nImports from {A} reached $4.1 billion.", H=home, A=a, B=b,
                )
                ch, ca, cb = code(home), code(a), code(b)
                rows = (expect(ch, "WLD", None, None, "trade_turnover", "level", 39.8e9, "USD", y, "FY"),
                        expect(ch, ca, None, None, "trade_turnover", "level", 6.8e9, "USD", y, "FY"),
                        expect(ch, cb, None, None, "trade_turnover", "level", 5.5e9, "USD", y, "FY"),
                        expect(ch, cb, None, None, "trade_turnover", "level", 21.5e9, "USD", yb, "FY"),
                        expect(ch, ca, None, None, "trade_turnover", "level", 15.1e9, "USD", yb, "FY"),
                        expect(ch, ca, ca, ch, "exports", "level", 4.1e9, "USD", y, "FY"))  # fmt: skip
                construction = f"look-back/{variant}"
                yield Case(construction, f"{construction}/{_pid(home, a)}/{code(b)}/{k}", text, date(y + 1, 2, 20), rows)


# A flow that makes up a share of the pair's turnover, its amount after the share's whole: the
# amount is the flow's, not the turnover's. ({P} exports to {H})
SHARE_WHOLES = {
    "lions-share-dash": "{P_adj} exports to {H} make up the lion's share of the turnover - $14.6 billion.",
    "bulk-comma": "{P_adj} exports to {H} make up the bulk of the turnover, $14.6 billion.",
    "most-of-dash": "{P_adj} exports to {H} account for most of the trade - $14.6 billion.",
    "largest-share-colon": "Exports from {P} to {H} made up the largest share of bilateral trade: $14.6 billion.",
}
_ADJECTIVES = {"Azerbaijan": "Azerbaijani", "Japan": "Japanese", "Turkmenistan": "Turkmen", "China": "Chinese", "Kazakhstan": "Kazakh",
               "Germany": "German", "Uzbekistan": "Uzbek", "South Korea": "South Korean", "Kyrgyzstan": "Kyrgyz", "Turkey": "Turkish",
               "Tajikistan": "Tajik", "Russia": "Russian", "Georgia": "Georgian", "Italy": "Italian", "Armenia": "Armenian",
               "France": "French", "Mongolia": "Mongolian"}  # fmt: skip


def share_whole_family() -> Iterator[Case]:
    """ "In January-September {y}, trade between {H} and {P} reached $14.9 bn. Chinese exports to
    {H} make up the lion's share of the turnover - $14.6 bn": {P}'s exports to {H}."""
    for n, (variant, form) in enumerate(SHARE_WHOLES.items()):
        for p, _order, a, b in _ordered_pairs():
            if b not in _ADJECTIVES:
                continue
            y = (2009, 2014, 2019, 2023)[(p + n) % 4]
            text = _fill(f"In January-September {y}, trade between {{H}} and {{P}} reached $14.9 billion.\n\n"
                         + form.replace("{P_adj}", _ADJECTIVES[b]), H=a, P=b)  # fmt: skip
            ch, cp = code(a), code(b)
            rows = (expect(ch, cp, None, None, "trade_turnover", "level", 14.9e9, "USD", y, "M1-M9"),
                    expect(ch, cp, cp, ch, "exports", "level", 14.6e9, "USD", y, "M1-M9"))  # fmt: skip
            construction = f"share-whole/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, date(y, 11, 8), rows)

# Partner rankings of statistics releases: a home ranks its partners by one flow ({NS}/{NP} its
# noun), each ranked amount a figure between the home and that partner, never between two ranked
# partners. "own": the sentence names the home and the period; "lead": a sentence before gives
# them with the home's total. {P1}..{P3} partners, {X1}..{X3} amounts, {w} the period phrase.
RANKING_NOUNS = {"turnover": ("trading partner", "trading partners"), "exports": ("export partner", "export partners"),
                 "imports": ("supplier", "suppliers")}  # fmt: skip
RANKING_LEADS = {"turnover": "{H's} foreign trade turnover reached {X0} {w}.", "exports": "{H's} exports amounted to {X0} {w}.",
                 "imports": "{H's} imports totaled {X0} {w}."}  # fmt: skip
# A sentence announcing the data, with no amount: the list after it takes the data's flow and period.
RANKING_RELEASES = {"turnover": "{H's} statistics committee has published foreign trade data for {wb}.",
                    "exports": "{H's} statistics office released export data for {wb}.",
                    "imports": "{H's} import data for {wb} were published on Monday."}  # fmt: skip
RANKING_TEMPLATES: dict[str, tuple[str, str]] = {
    "top-followed-by-brackets": ("own", "{w}, {P1} was {H's} top {NS} with {X1}, followed by {P2} ({X2}) and {P3} ({X3})."),
    "main-were-dashes": ("own", "{H's} main {NP} {w} were {P1} - {X1}, {P2} - {X2} and {P3} - {X3}."),
    "ranked-first-among": ("own", "{w}, {P1} ranked first among {H's} {NP} with {X1}, followed by {P2} with {X2}."),
    "came-second": ("own", "{w}, {P1} was {H's} largest {NS} with {X1}. {P2} came second with {X2}."),
    "followed-with": ("own", "{w}, {P1} was {H's} largest {NS} with {X1}. {P2} followed with {X2} (12.5%)."),
    "in-second-place-was": ("own", "{w}, {P1} was {H's} largest {NS} with {X1}. In second place was {P2} with {X2}."),
    "takes-second-place-dash": ("own", "{w}, {P1} took first place among {H's} {NP} - {X1}. {P2} takes the second place - {X2}."),
    "followed-by-at": ("own", "{w}, {P1} was {H's} largest {NS} at {X1}, followed by {P2} at {X2}."),
    "ranked-first-followed-by": ("lead", "{P1} ranked first with {X1}, followed by {P2} ({X2}) and {P3} ({X3})."),
    "led-the-list": ("lead", "{P1} led the list with {X1}, followed by {P2} ({X2}) and {P3} ({X3})."),
    "topped-the-list": ("lead", "{P1} topped the list of {NP} with {X1}, followed by {P2} ({X2})."),
    "two-respectively": ("lead", "{P1} and {P2} were the largest {NP}, with {X1} and {X2}, respectively."),
    # a bare "partner" after a lead on one side of trade is a partner in that side
    "bare-partner-remained-top": ("lead", "{P1} remained the top partner with {X1}."),
    "bare-partner-remained-top-after-release": ("release", "{P1} remained the top partner with {X1}."),
    # a list with no trigger after announced data takes the data's flow
    "accounted-for-share-after-release": ("release", "{P1} accounted for {X1} (22.1%), followed by {P2} with {X2} (14.6%)."),
    "largest-share-dash-after-release": ("release", "{P1} accounted for the largest share - {X1}, followed by {P2} - {X2}."),
    "came-first-after-release": ("release", "{P1} came first with {X1}, and {P2} came second with {X2}."),
}
_RANKING_PERIODS = (("in {y}", "FY"), ("in January-September {y}", "M1-M9"), ("in the first half of {y}", "H1"))


def ranking_family() -> Iterator[Case]:
    """Rankings and partner lists of a home's partners by turnover, exports or imports: the home
    and period in the sentence or in a lead with the home's total."""
    partners = [n for n in COUNTRIES if n not in HOMES]
    for variant, (kind, template) in RANKING_TEMPLATES.items():
        for flow, (ns, np) in RANKING_NOUNS.items():
            for h, home in enumerate(HOMES):
                s = h + len(variant)
                published = DATES[s % len(DATES)]
                y = published.year - 1
                phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
                w = phrase.format(y=y)
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                ranked = [partners[(s + 3 * k) % len(partners)] for k in range(3)]
                amounts = [amount(s + k, fmt) for k in range(4)]
                text = template if kind == "own" else {"lead": RANKING_LEADS, "release": RANKING_RELEASES}[kind][flow] + " " + template
                for k, name in enumerate(ranked, 1):
                    text = text.replace("{P" + str(k) + "}", name).replace("{X" + str(k) + "}", amounts[k][0])
                text = _fill(text.replace("{X0}", amounts[0][0]).replace("{wb}", w.removeprefix("in ")).replace("{w}", w).replace("{NS}", ns).replace("{NP}", np), H=home)
                rows = [_ranked_row(code(home), code(name), flow, amounts[k][1], amounts[k][2], y, period)
                        for k, name in enumerate(ranked, 1) if "{X" + str(k) + "}" in template]  # fmt: skip
                if kind == "lead":
                    rows.append(_ranked_row(code(home), "WLD", flow, amounts[0][1], amounts[0][2], y, period))
                construction = f"ranking/{variant}/{flow}"
                yield Case(construction, f"{construction}/{code(home)}", text, published, tuple(rows))


def _ranked_row(home: str, partner: str, flow: str, value: float, unit: str, y: int, period: str) -> Row:
    """A ranked partner's figure with the home: its turnover, the home's exports to it, or its exports to the home."""
    if flow == "turnover":
        return expect(home, partner, None, None, "trade_turnover", "level", value, unit, y, period)
    frm, to = (home, partner) if flow == "exports" else (partner, home)
    return expect(frm, to, frm, to, "exports", "level", value, unit, y, period)


# Amount spellings of the region's news (from a probe grid of spellings x flows x pairs x dates
# 2006-2025). {L} the home's currency word, {LC} its code, {ADJ} its adjective: name -> (spelling,
# value, unit ("L" the home's), qualifier, its bracketed conversion (value, unit, qualifier) or None).
LOCAL_CURRENCIES = {"AZE": ("manats", "AZN", "Azerbaijani"), "TKM": ("manats", "TMT", "Turkmen"), "KAZ": ("tenge", "KZT", "Kazakh"),
                    "UZB": ("soums", "UZS", "Uzbek"), "KGZ": ("som", "KGS", "Kyrgyz"), "TJK": ("somoni", "TJS", "Tajik"),
                    "GEO": ("lari", "GEL", "Georgian"), "ARM": ("drams", "AMD", "Armenian"), "MNG": ("tugriks", "MNT", "Mongolian")}
Conversion = tuple[float, str, str]
SPELLINGS: dict[str, tuple[str, float, str, str, Conversion | None]] = {
    "$XM": ("$450M", 450e6, "USD", "exact", None),
    "$XB": ("$1.2B", 1.2e9, "USD", "exact", None),
    "$X Billion": ("$1.2 Billion", 1.2e9, "USD", "exact", None),
    "X BLN USD": ("1.2 BLN USD", 1.2e9, "USD", "exact", None),
    "X Mln US Dollars": ("450 Mln US Dollars", 450e6, "USD", "exact", None),
    "X billion American dollars": ("1.2 billion American dollars", 1.2e9, "USD", "exact", None),
    "USD X,X billion": ("USD 1,2 billion", 1.2e9, "USD", "exact", None),
    "X,XXX.X million US dollars": ("1,200.5 million US dollars", 1200.5e6, "USD", "exact", None),
    "XXX,XXX.X thousand US dollars": ("125,400.5 thousand US dollars", 125400.5e3, "USD", "exact", None),
    "XXXXX XXX.XX thousand USD": ("14082 176.75 thousand USD", 14082176.75e3, "USD", "exact", None),
    "half a billion dollars": ("half a billion dollars", 5e8, "USD", "exact", None),
    "a quarter of a billion dollars": ("a quarter of a billion dollars", 2.5e8, "USD", "exact", None),
    "one and a half billion dollars": ("one and a half billion dollars", 1.5e9, "USD", "exact", None),
    "a hundred million dollars": ("a hundred million dollars", 1e8, "USD", "exact", None),
    "X billion L": ("6.62 billion {L}", 6.62e9, "L", "exact", None),
    "LC X billion": ("{LC} 6.62 billion", 6.62e9, "L", "exact", None),
    "X trillion ADJ L": ("1.5 trillion {ADJ} {L}", 1.5e12, "L", "exact", None),
    "X million pounds": ("45 million pounds", 45e6, "GBP", "exact", None),
    "€XM": ("€30M", 30e6, "EUR", "exact", None),
    "X billion L ($X billion)": ("6.62 billion {L} ($8.24 billion)", 6.62e9, "L", "exact", (8.24e9, "USD", "exact")),
    "$X billion (LC X billion)": ("$1.2 billion ({LC} 2.04 billion)", 1.2e9, "USD", "exact", (2.04e9, "L", "exact")),
    "X trillion L (about $X million)": ("1.5 trillion {L} (about $120 million)", 1.5e12, "L", "exact", (120e6, "USD", "approx")),
    "€X million ($X million)": ("€20 million ($22 million)", 20e6, "EUR", "exact", (22e6, "USD", "exact")),
    "in the region of $X": ("in the region of $1.2 billion", 1.2e9, "USD", "approx", None),
    "~$X": ("~$1.2 billion", 1.2e9, "USD", "approx", None),
    "not more than $X": ("not more than $1.2 billion", 1.2e9, "USD", "under", None),
}
# name -> (template, indicator, directed, period, the year back from the article's)
SPELLING_FLOWS = {
    "turnover": ("In {y}, trade turnover between {A} and {B} amounted to {X}.", "trade_turnover", False, "FY", 1),
    "exports": ("{A's} exports to {B} reached {X} in January-June {y}.", "exports", True, "H1", 1),
    "investment": ("In {y}, {A} invested {X} in {B}.", "investment", True, "FY", 1),
    "aid": ("{A} will provide {B} with a loan of {X}.", "aid", True, None, 0),
}


def spelling_family() -> Iterator[Case]:
    flows = list(SPELLING_FLOWS)

    def say(spelled: tuple[str, tuple[str, float, str, str, Conversion | None]], p: int, s: int, a: str, b: str) -> Said:
        name, (spelling, value, unit, qualifier, conversion) = spelled
        word, local, adjective = LOCAL_CURRENCIES[code(PAIRS[p][0])]
        template, indicator, directed, period, back = SPELLING_FLOWS[flows[(p + len(name)) % len(flows)]]
        published = DATES[p % len(DATES)]
        y = published.year - back
        x = spelling.replace("{LC}", local).replace("{ADJ}", adjective).replace("{L}", word)
        frm, to = (code(a), code(b)) if directed else (None, None)
        amounts = [(value, unit, qualifier)] + ([conversion] if conversion else [])
        rows = tuple(expect(code(a), code(b), frm, to, indicator, "level", v, local if u == "L" else u, y, period, q)
                     for v, u, q in amounts)  # fmt: skip
        return Said(_fill(template.replace("{X}", x).replace("{y}", str(y)), A=a, B=b), published, rows, str(p))

    yield from _both_orders("spelling", ((name, (name, spelled)) for name, spelled in SPELLINGS.items()), say)


def _inv(frm: str, to: str, v: float, unit: str, y: int) -> Row:
    return _ex(frm, to, v, unit, y, "investment")


def _world_ex(frm: str, v: float, unit: str, y: int) -> Row:
    return expect(frm, "WLD", frm, "WLD", "exports", "level", v, unit, y, "FY")


def _third(b: str) -> tuple[str, str]:
    second, _, third = b.partition("|")
    return second, third


def structure_family() -> Iterator[Case]:
    """Sentence structure around a figure: a fronted subordinate clause, a passive of buying, a
    gapped conjunct's own preposition, shared objects with commas, a fronted whole, "each" before
    the verb, a second verb's own noun, and "our"/"your" in a quote told to another country."""
    yield from _two_figure_cases("structure", {
        "while-imports-fell-exports-rose": (
            "While {A's} imports from {B} fell in {y}, its exports to {B} rose to {X}.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
        "although-exports-shrank-imports-grew": (
            "Although {A's} exports to {B} shrank in {y}, its imports from {B} grew to {X}.",
            lambda a, b, x, z, u, y: (_ex(b, a, x, u, y),)),
        "exports-to-and-imports-from-with-commas": (
            "In {y}, {A's} exports to, and imports from, {B} reached {X} and {Y}, respectively.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), _ex(b, a, z, u, y))),
        "invested-and-received-from-it": (
            "In {y}, {A} invested {X} in {B} and received {Y} of investment from it.",
            lambda a, b, x, z, u, y: (_inv(a, b, x, u, y), _inv(b, a, z, u, y))),
        "quote-your-companies-invested-in-our-economy": (
            '"In {y} your companies invested {X} in our economy," {A\'s} prime minister told {B\'s} president.',
            lambda a, b, x, z, u, y: (_inv(b, a, x, u, y),)),
        "told-quote-our-exports-to-your-country": (
            '{A\'s} minister told {B\'s} envoy: "In {y} our exports to your country reached {X}."',
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    })
    yield from _two_figure_cases("structure", {
        "investment-in-A-from-B-and-from-C": (
            "In {y}, investment in {A} from {B} reached {X}, and from {C} {Y}.",
            lambda a, b, x, z, u, y: (_inv(_third(b)[0], a, x, u, y), _inv(_third(b)[1], a, z, u, y))),
        "B-and-C-each-invested-in-A": (
            "In {y}, {B} and {C} each invested {X} in {A}.",
            lambda a, b, x, z, u, y: (_inv(_third(b)[0], a, x, u, y), _inv(_third(b)[1], a, x, u, y))),
        "of-A-exports-X-went-to-B": (
            "Of {A's} {Y} of exports in {y}, {X} went to {B}.",
            lambda a, b, x, z, u, y: (_ex(a, _third(b)[0], x, u, y), _world_ex(a, z, u, y))),
    }, third=True)  # fmt: skip

# Times that close months or a year, said in a lead: an as-of date without its year closes the
# months before it (of the last such date by the article's), "the year ended 31 December" is
# the whole year, and a month's figure "bringing" a quarter's total is reported, no aim.
# (template, the article's month and day, rows(a, b, x, z, unit, year))
CLOSING_TIMES: dict[str, tuple[str, tuple[int, int], Callable[[str, str, float, float, str, int], tuple[Row, ...]]]] = {
    "as-of-date-flow": ("As of October 1, {A's} exports to {B} amounted to {X}.", (10, 20),
                        lambda a, b, x, z, u, y: (expect(a, b, a, b, "exports", "level", x, u, y, "M1-M9"),)),
    "as-of-date-after": ("Trade between {A} and {B} reached {X} as of July 1, the ministry said.", (8, 5),
                         lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "H1"),)),
    "as-of-date-last-year": ("As of October 1, {A's} imports from {B} totaled {X}.", (3, 2),
                             lambda a, b, x, z, u, y: (expect(a, b, b, a, "exports", "level", x, u, y - 1, "M1-M9"),)),
    "year-ended": ("In the year ended 31 December {y0}, trade between {A} and {B} amounted to {X}.", (4, 10),
                   lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y - 1, "FY"),)),
    "bringing-total": ("In March, {A's} exports to {B} reached {X}, bringing the first-quarter total to {Y}.", (4, 25),
                       lambda a, b, x, z, u, y: (expect(a, b, a, b, "exports", "level", x, u, y, "M3"),
                                                 expect(a, b, a, b, "exports", "level", z, u, y, "Q1"))),
    # a running total "since January", "for the year", "for the quarter", "this year": from the
    # year's or the quarter's first month to the last month of the time before it
    "total-since-january": ("{A's} exports to {B} rose to {X} in March, bringing the total since January to {Y}.", (4, 25),
                            lambda a, b, x, z, u, y: (expect(a, b, a, b, "exports", "level", x, u, y, "M3"),
                                                      expect(a, b, a, b, "exports", "level", z, u, y, "Q1"))),
    "total-for-the-year": ("Imports from {B} to {A} reached {X} in April, taking the total for the year to {Y}.", (5, 20),
                           lambda a, b, x, z, u, y: (expect(a, b, b, a, "exports", "level", x, u, y, "M4"),
                                                     expect(a, b, b, a, "exports", "level", z, u, y, "M1-M4"))),
    "total-for-the-quarter": ("Trade between {A} and {B} was {X} in May, bringing the total for the quarter to {Y}.", (6, 12),
                              lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "M5"),
                                                        expect(a, b, None, None, "trade_turnover", "level", z, u, y, "M4-M5"))),
    "total-this-year": ("{A} invested {X} in {B} in the third quarter, bringing its investment this year to {Y}.", (10, 20),
                        lambda a, b, x, z, u, y: (expect(a, b, a, b, "investment", "level", x, u, y, "Q3"),
                                                  expect(a, b, a, b, "investment", "level", z, u, y, "M1-M9"))),
}  # fmt: skip


def closing_time_family() -> Iterator[Case]:
    """A time that closes whole months or a year: "as of October 1" with no year (January to
    September of the last October 1), "the year ended 31 December 2018" (2018), and a month's
    amount that brings a quarter's total to another, both reported."""
    for variant, (template, (month, day), rows) in CLOSING_TIMES.items():
        for i, (a, b) in enumerate(PAIRS):
            y = 2008 + (i * 3) % 17
            fmt = SAFE_FORMATS[i % len(SAFE_FORMATS)]
            x, value_x, unit = amount(i + 2, fmt)
            z, value_z, _ = amount(i + 5, fmt)
            if value_z <= value_x:
                value_x, value_z, x, z = value_z, value_x, z, x
            text = _fill(template.replace("{X}", x).replace("{Y}", z).replace("{y0}", str(y - 1)), A=a, B=b)
            construction = f"closing-time/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, date(y, month, day),
                       rows(code(a), code(b), value_x, value_z, unit, y))  # fmt: skip


# A month's or a quarter's total with no country, after sentences on partners, in a report that
# opened with the home's total for a longer period: the home's total with the world, that month.
# (the lead's period and month, the part's words and its period, the article's month)
WORLD_PARTS: dict[str, tuple[str, str, str, int]] = {
    "month-alone": ("in January-September {y}", "In September alone, the trade turnover totalled {Z}.", "M9", 10),
    "month-after": ("in the first half of {y}", "The turnover reached {Z} in June alone.", "M6", 7),
    "month-said": ("in {y}", "The agency noted that in December the trade turnover amounted to {Z}.", "M12", 13),
    "quarter-alone": ("in {y}", "In the fourth quarter of {y} alone, foreign trade stood at {Z}.", "Q4", 13),
}  # fmt: skip


def world_part_family() -> Iterator[Case]:
    """A part of the lead's period whose total names no country, after partner sentences: the
    reporter's total with the world, not the partner's of the sentence before."""
    for variant, (lead_time, part, period, month) in WORLD_PARTS.items():
        for i, (a, b) in enumerate(PAIRS):
            y = 2007 + (i * 5) % 18
            fmt = SAFE_FORMATS[i % len(SAFE_FORMATS)]
            x, value_x, unit = amount(i + 7, fmt)
            w, value_w, _ = amount(i + 3, fmt)
            z, value_z, _ = amount(i + 1, fmt)
            lead_period = {"in {y}": "FY", "in the first half of {y}": "H1"}.get(lead_time, "M1-M9")
            lead = f"{{A's}} foreign trade turnover {lead_time} amounted to {x}."
            text = _fill(f"{lead}\n\nTrade with {{B}} reached {w}.\n\n{part}".replace("{Z}", z).replace("{y}", str(y)), A=a, B=b)
            published = date(y + month // 13, month % 12 or 12, 15) if month != 13 else date(y + 1, 1, 20)
            rows = (expect(code(a), "WLD", None, None, "trade_turnover", "level", value_x, unit, y, lead_period),
                    expect(code(a), code(b), None, None, "trade_turnover", "level", value_w, unit, y, lead_period),
                    expect(code(a), "WLD", None, None, "trade_turnover", "level", value_z, unit, y, period))
            construction = f"world-part/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, rows)  # fmt: skip


# A list under a heading that names its months, after a sentence on the last of them: the
# heading's months; a list after a look back at a partner's earlier year: the story's year.
LIST_TIMES: dict[str, str] = {
    "heading-months": ("{A's} foreign trade turnover in January-September {y} amounted to {X}. In September {y}, it reached {Z}."
                       "\n\nThe main partners in January-September {y} were:\n- {B} - {W};\n- {C} - {V}."),
    "after-look-back": ("{A's} foreign trade turnover in {y} amounted to {X}. Trade with {B} reached {W}, and with {C} {Z}."
                        " In {y0} trade with {B} had stood at {U}.\n\nThe next partner was {D} with {V}."),
}  # fmt: skip


def list_time_family() -> Iterator[Case]:
    """A list carried from the figure before takes the current period when that figure's is not
    it: a heading named other months after it, or it looked back at an earlier year."""
    for variant, template in LIST_TIMES.items():
        for i, (a, b) in enumerate(PAIRS):
            c, d = PAIRS[(i + 1) % len(PAIRS)][1], PAIRS[(i + 2) % len(PAIRS)][1]
            if len({a, b, c, d}) < 4:
                continue
            y = 2008 + (i * 5) % 17
            fmt = SAFE_FORMATS[i % len(SAFE_FORMATS)]
            # the total first, the parts smaller, as a report has them
            (x, vx, unit), (w, vw, _), (z, vz, _), (u, vu, _), (v, vv, _) = sorted(
                {amount(i + k, fmt) for k in range(5)}, key=lambda found: -found[1]
            )
            text = _fill(template.replace("{X}", x).replace("{W}", w).replace("{Z}", z).replace("{V}", v).replace("{U}", u)
                         .replace("{y0}", str(y - 1)).replace("{y}", str(y)), A=a, B=b, C=c, D=d)  # fmt: skip
            ca, cb, cc, cd = code(a), code(b), code(c), code(d)
            if variant == "heading-months":
                published = date(y, 10, 20)
                rows = (expect(ca, "WLD", None, None, "trade_turnover", "level", vx, unit, y, "M1-M9"),
                        expect(ca, "WLD", None, None, "trade_turnover", "level", vz, unit, y, "M9"),
                        expect(ca, cb, None, None, "trade_turnover", "level", vw, unit, y, "M1-M9"),
                        expect(ca, cc, None, None, "trade_turnover", "level", vv, unit, y, "M1-M9"))  # fmt: skip
            else:
                published = date(y + 1, 2, 20)
                rows = (expect(ca, "WLD", None, None, "trade_turnover", "level", vx, unit, y, "FY"),
                        expect(ca, cb, None, None, "trade_turnover", "level", vw, unit, y, "FY"),
                        expect(ca, cc, None, None, "trade_turnover", "level", vz, unit, y, "FY"),
                        expect(ca, cb, None, None, "trade_turnover", "level", vu, unit, y - 1, "FY"),
                        expect(ca, cd, None, None, "trade_turnover", "level", vv, unit, y, "FY"))  # fmt: skip
            construction = f"list-time/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, rows)


# A cause's event noun with its object dates that event, not the rate: (template, sign).
CAUSE_TIMES: dict[str, tuple[str, int]] = {
    "closure-of": ("Trade with {B} fell by {r}% due to the closure of the border crossings in April and May.", -1),
    "lifting-of": ("Trade with {B} grew by {r}% thanks to the lifting of the ban on imports in March.", 1),
    "suspension-of": ("Trade with {B} decreased by {r}% owing to the suspension of rail traffic in June.", -1),
    "launch-of": ("Trade with {B} rose by {r}% as a result of the launch of a new railway in February.", 1),
}  # fmt: skip


def cause_time_family() -> Iterator[Case]:
    """A rate in a report on January-September whose cause names months ("due to the closure of
    the border in April and May"): the rate is of the report's months, the months the cause's."""
    for variant, (template, sign) in CAUSE_TIMES.items():
        for i, (a, b) in enumerate(PAIRS):
            y = 2006 + (i * 7) % 19
            x, value, unit = amount(i + 2, SAFE_FORMATS[i % len(SAFE_FORMATS)])
            rate = 10 + i % 7 + 0.5
            text = _fill(f"{{A's}} foreign trade turnover amounted to {x} in January-September {y}.\n\n{template}".replace("{r}", str(rate)), A=a, B=b)
            rows = (expect(code(a), "WLD", None, None, "trade_turnover", "level", value, unit, y, "M1-M9"),
                    expect(code(a), code(b), None, None, "trade_turnover", "change", sign * rate, "percent", y, "M1-M9"))  # fmt: skip
            construction = f"cause-time/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, date(y, 10, 20), rows)


# A whole, then its parts after ", of which", each with a link to its own country.
OF_WHICH_PARTS: dict[str, str] = {
    "went-to": "{A's} exports amounted to {X} in {y}, of which {Y} went to {B} and {Z} to {C}.",
    "fell-to": "{A's} exports amounted to {X} in {y}, of which {Y} fell to {B} and {Z} to {C}.",
    "to": "{A's} exports were {X} in {y}, of which {Y} to {B} and {Z} to {C}.",
}  # fmt: skip


def of_which_family() -> Iterator[Case]:
    """The parts after ", of which" name their own countries, which are never the whole's: the
    whole is the exporter's total with the world."""
    for variant, template in OF_WHICH_PARTS.items():
        for i, (a, b) in enumerate(PAIRS):
            c = PAIRS[(i + 1) % len(PAIRS)][1]
            if c in (a, b):
                continue
            y = 2006 + (i * 3) % 19
            fmt = SAFE_FORMATS[i % len(SAFE_FORMATS)]
            (x, vx, unit), (w, vw, _), (z, vz, _) = sorted({amount(i + k, fmt) for k in range(3)}, key=lambda found: -found[1])
            text = _fill(template.replace("{X}", x).replace("{Y}", w).replace("{Z}", z).replace("{y}", str(y)), A=a, B=b, C=c)
            ca, cb, cc = code(a), code(b), code(c)
            rows = (expect(ca, "WLD", ca, "WLD", "exports", "level", vx, unit, y, "FY"),
                    expect(ca, cb, ca, cb, "exports", "level", vw, unit, y, "FY"),
                    expect(ca, cc, ca, cc, "exports", "level", vz, unit, y, "FY"))  # fmt: skip
            construction = f"of-which/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, date(y + 1, 2, 10), rows)


# {A} the table's home (named in its caption), {B} the partner of its first row, the second row the
# home's total; "|" parts the cells as written, "\t" a tab, "  " a run of spaces, " " single spaces
# (thousands parted by spaces too), "plain" single spaces in the header too. Columns: T turnover, E exports, I imports, X the turnover's
# index to the year before, G the growth of the column before, N no figure (balance, share); P and
# C the turnover (the caption's flow) of the year before and of the year, under a header of years.
TABLE_CAPTIONS = (
    "Main trading partners of {A} in January-June {y} ({unit}):",
    "{A's} foreign trade by country, {y}, {unit}:",
    "Trade of {A} with the main partner countries in the first quarter of {y}\n({unit})",
)
TABLE_PERIODS = ("H1", "FY", "Q1")
TABLE_UNITS = (("thousand US dollars", 1e3), ("mln USD", 1e6), ("USD million", 1e6), ("thousand USD", 1e3))
TABLES: dict[str, tuple[str, str, str]] = {
    # variant: (separator, header cells after the name column, the columns they hold)
    "bars/turnover-exports-imports": (" | ", "Turnover|Exports|Imports", "TEI"),
    "tabs/imports-exports": ("\t", "Import|Export", "IE"),
    "spaces/exports-imports-turnover": ("    ", "Export|Import|Trade turnover", "EIT"),
    "single/turnover-exports-imports": (" ", "Turnover|Export|Import", "TEI"),
    "bars/turnover-index": (" | ", "Trade turnover|{y} in % of {y0}", "TX"),
    "bars/exports-growth-imports-growth": (" | ", "Exports|Growth, %|Imports|Growth, %", "EGIG"),
    "tabs/turnover-balance-share": ("\t", "Turnover|Balance|Share, %", "TNN"),
    "bars/years-index": (" | ", "{y0}|{y}|{y} in % of {y0}", "PCX"),
    "plain/exports-imports-balance": ("plain", "Exports|Imports|Trade balance", "EIN"),
}


def _table_cell(value: float) -> str:
    """A statistics office's number: thousands parted by spaces, one decimal ("438 120.4")."""
    whole, tenth = f"{value:.1f}".split(".")
    groups = [whole[max(0, k - 3) : k] for k in range(len(whole), 0, -3)][::-1]
    return " ".join(groups) + "." + tenth


def table_family() -> Iterator[Case]:
    """A statistics table with a column per flow under a caption that gives its home, unit and
    period: each cell of a partner's row (the total's: the world) is a figure of the home."""
    for variant, (sep, header, columns) in TABLES.items():
        for i, (a, b) in enumerate(PAIRS):
            y = 2007 + (i * 5) % 18
            caption = TABLE_CAPTIONS[i % len(TABLE_CAPTIONS)]
            period = TABLE_PERIODS[i % len(TABLE_PERIODS)]
            unit_words, scale = TABLE_UNITS[i % len(TABLE_UNITS)]
            published = date(y + 1, 2, 15) if period == "FY" else date(y, 8, 20)
            header_sep, sep = (" ", " ") if sep == "plain" else ("   " if sep == " " else sep, sep)
            lines = [header_sep.join(["Country", *header.format(y=y, y0=y - 1).split("|")])]
            rows: list[Row] = []
            for partner, partner_code, base in ((b, code(b), 1000.0 + 137.3 * i), ("Total", "WLD", 90000.0 + 911.7 * i)):
                exports, imports = round(base * 1.7, 1), round(base * 2.9, 1)
                values = {"T": round(exports + imports, 1), "E": exports, "I": imports, "X": 91.4, "N": 12.5,
                          "P": round(base * 4.1, 1), "C": round(base * 4.6, 1)}
                cells, before = [], "T"
                for k, column in enumerate(columns):
                    value = 4.6 + k if column == "G" else values[column]
                    cells.append(_table_cell(value))
                    home, other = code(a), partner_code
                    if column in "TPC":
                        year = y - 1 if column == "P" else y
                        rows.append(expect(home, other, None, None, "trade_turnover", "level", round(value * scale), "USD", year, period))
                    elif column in "EI":
                        frm, to = (home, other) if column == "E" else (other, home)
                        rows.append(expect(home, other, frm, to, "exports", "level", round(value * scale), "USD", y, period))
                    elif column == "X":
                        rows.append(expect(home, other, None, None, "trade_turnover", "change", round(value - 100, 1), "percent", y, period))
                    elif column == "G":
                        frm, to = (home, other) if before == "E" else (other, home)
                        rows.append(expect(home, other, frm, to, "exports", "change", value, "percent", y, period))
                    before = column
                lines.append(sep.join([partner, *cells]))
            text = _fill(caption.replace("{y}", str(y)).replace("{unit}", unit_words), A=a) + "\n\n" + "\n".join(lines) + "\n\nThe office gave no other details."
            construction = f"table/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, tuple(sorted(rows, key=repr)))
# {A} the host, {B} an investor, {C} a third one; {X} the first amount, {Z} a larger one.
WORLD_SHARES = {
    "of-which-share-came-from-list": "Foreign investment in {A's} economy in {y} totaled {Z}, up 4.2%, of which 56.8% came from {B} and {C}.",
    "share-of-which-came-from": "In {y}, {A} attracted {Z} of foreign investment, 30% of which came from {B}.",
    "investors-from-N-countries": "Investors from 85 countries have invested {Z} in {A} since {y0}.",
    "while-total-FDI": "{Badj} investment in {A} amounted to {X} in {y}, while total foreign direct investment reached {Z}.",
    "and-overall-FDI": "Investment from {B} into {A} reached {X} in {y}, and overall foreign direct investment amounted to {Z}.",
}


def world_share_family() -> Iterator[Case]:
    """A world total beside one investor's part: a share after "of which" names no partner of
    the total, investors "from 85 countries" are the world's, and a later clause's own world cue
    ("while total foreign direct investment reached") is all investors' inflow into the host."""
    for variant, template in WORLD_SHARES.items():
        for p, _order, a, b in _ordered_pairs():
            adjective = COUNTRIES[b][1]
            if "the EU" in (a, b) or (adjective is None and "{Badj}" in template):
                continue
            published = DATES[p % len(DATES)]
            y = published.year - 1
            fmt = SAFE_FORMATS[p % len(SAFE_FORMATS)]
            x, value_x, unit = amount(p, fmt)
            z, value_z, _ = amount(p + 1, fmt)
            if value_z <= value_x:
                value_x, value_z, x, z = value_z, value_x, z, x
            c = next(n for n in ("Russia", "Japan", "India") if n not in (a, b))
            filled = template.replace("{X}", x).replace("{Z}", z).replace("{y0}", str(y - 12)).replace("{y}", str(y))
            text = _fill(filled.replace("{Badj}", adjective or ""), A=a, B=b, C=c)
            host = code(a)
            if variant == "investors-from-N-countries":
                rows: tuple[Row, ...] = (expect(host, "WLD", "WLD", host, "investment", "level", value_z, unit, published.year, "cumulative"),)
            else:
                rows = (expect(host, "WLD", "WLD", host, "investment", "level", value_z, unit, y, "FY"),)
            if variant == "of-which-share-came-from-list":
                rows += (expect(host, "WLD", "WLD", host, "investment", "change", 4.2, "percent", y, "FY"),)
            if variant in ("while-total-FDI", "and-overall-FDI"):
                rows += (expect(host, code(b), code(b), host, "investment", "level", value_x, unit, y, "FY"),)
            construction = f"world-share/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, published, rows)
def _rate(a: str, b: str, frm: str | None, to: str | None, indicator: str, value: float, y: int, qualifier: str = "exact") -> Row:
    return expect(a, b, frm, to, indicator, "change", value, "percent", y, "FY", qualifier)


def not_figure_family() -> Iterator[Case]:
    """Numbers beside a true figure that are no figures: a rate of goods counted ("to 300,000
    tonnes", "in volume"), a ratio's new level ("rose to 18 percent of the total"), an export
    contract, the price of a flow, a count, a rate of another measure or of the economy, a pace
    compared; and rates bounded by "more than" or "less than", whose sign is their verb's."""
    yield from _two_figure_cases("not-figure", {
        "fell-by-more-than": (
            "Trade between {A} and {B} fell by more than 20 percent in {y}.",
            lambda a, b, x, z, u, y: (_rate(a, b, None, None, "trade_turnover", -20.0, y, "over"),)),
        "increased-by-less-than": (
            "{A's} imports from {B} increased by less than 2% in {y}.",
            lambda a, b, x, z, u, y: (_rate(a, b, b, a, "exports", 2.0, y, "under"),)),
        "rose-to-tonnes": (
            "{A's} exports to {B} reached {X} in {y}. Grain shipments to {B} rose 40 percent to 300,000 tonnes.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
        "in-value-and-in-volume": (
            "{A's} exports to {B} grew by 9% in value and by 18% in volume in {y}.",
            lambda a, b, x, z, u, y: (_rate(a, b, a, b, "exports", 9.0, y),)),
        "rose-to-percent-of-total": (
            "Trade between {A} and {B} reached {X} in {y}. Trade with {B} rose to 18 percent of {A's} total.",
            lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"),)),
        "export-contract": (
            "{A's} exports to {B} reached {X} in {y}. The sides also signed a $2 billion export contract.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
        "price-of-flow": (
            "{A's} exports to {B} reached {X} in {y}. The price of gas exported to {B} fell 20 percent.",
            lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
        "number-of": (
            "{B's} investment in {A} reached {X} in {y}, and the number of joint ventures rose 40 percent.",
            lambda a, b, x, z, u, y: (_inv(b, a, x, u, y),)),
        "growth-of-economy": (
            "Trade between {A} and {B} grew 12 percent in {y}, outpacing the 4 percent growth of {A's} economy.",
            lambda a, b, x, z, u, y: (_rate(a, b, None, None, "trade_turnover", 12.0, y),)),
        "while-the-economy-grew": (
            "{A's} exports to {B} increased by 30% in {y}, while the economy grew by 5.1%.",
            lambda a, b, x, z, u, y: (_rate(a, b, a, b, "exports", 30.0, y),)),
        "times-faster-than": (
            "Trade between {A} and {B} grew 14 percent in {y}, three times faster than the economy.",
            lambda a, b, x, z, u, y: (_rate(a, b, None, None, "trade_turnover", 14.0, y),)),
    })


def rank_aside_family() -> Iterator[Case]:
    """A bilateral amount followed by a ranking aside that names the partners ranked above the
    figure's side ("– a figure that puts B behind only C", ", making B A's third partner after C"):
    those partners fill no side of the figure; "bilateral trade" keeps the story's pair."""
    lead = "{A} and {B} have grown closer. Bilateral trade reached {X} in {y}"
    yield from _two_figure_cases("rank-aside", {
        variant: (lead + aside, lambda a, b, x, z, u, y: (expect(a, b.split("|")[0], None, None, "trade_turnover", "level", x, u, y, "FY"),))
        for variant, aside in {
            "puts-behind-only": " – a figure that puts {B} behind only {C} among {A's} partners.",
            "making-ordinal-after": ", making {B} {A's} third partner after {C}.",
            "partner-just-after": ", which makes {B} the largest partner just after {C}.",
            "leaves-far-behind": ", which leaves {B} far behind {C}.",
        }.items()
    }, ds=(0,), third=True)


# A loan or grant dated by its own agreement: the year is the instrument's, with no period, not
# a year's flow of aid nor (after "since") the start of a stock.
AID_DATED = {
    "X-under-a-loan-agreement-of-Y": "{D} is financing a power plant in {R} worth {X} under a loan agreement of {y}.",
    "X-under-a-grant-agreement-signed-in-Y": "{D} built schools in {R} for {X} under a grant agreement signed in {y}.",
    "since-the-Y-loan-of-X": "{R} has taken no new credit from {D} since the {y} loan of {X} for a railway.",
}


def aid_dated_family() -> Iterator[Case]:
    def say(template: str, s: int, donor: str, code_d: str, home: str) -> Said:
        published = DATES[s % len(DATES)]
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        y = published.year - 2 - s % 4
        text = _cap(_fill(template.replace("{X}", x).replace("{y}", str(y)), D=donor, R=home))
        return Said(text, published, (expect(code_d, code(home), code_d, code(home), "aid", "level", value, unit, y, None),))

    yield from _given_to_homes("aid-dated", AID_DATED, DONORS, say)


# A country's own export bank, however the news names it, lends as its country: "Import" in its
# name makes no importer of it, and "Export" no exporter.
EXPORT_BANK_COUNTRIES = (("China", "Chinese", "CHN"), ("India", "Indian", "IND"), ("Turkey", "Turkish", "TUR"), ("Hungary", "Hungarian", "HUN"),
           ("Russia", "Russian", "RUS"), ("Malaysia", "Malaysian", "MYS"), ("Thailand", "Thai", "THA"), ("South Korea", "South Korean", "KOR"))  # fmt: skip
LENDER_FORMS = ("{N}'s Export-Import Bank", "the Export-Import Bank of {N}", "{N}'s Eximbank", "the {A} Eximbank",
                "the {A} Export-Import Bank", "{N}'s Exim Bank")  # fmt: skip
LENDING = {
    "B-will-lend-X-to-R": "{B} will lend {X} to {R}.",
    "B-has-extended-a-X-loan-to-R": "{B} has extended a {X} loan to {R}.",
    "R-will-receive-X-from-B": "{R} will receive {X} from {B}.",
    "R-signed-a-X-loan-agreement-with-B": "{R} signed a {X} loan agreement with {B}.",
    "B-approved-a-X-credit-line-for-R": "{B} approved a {X} credit line for {R}.",
}


def national_lender_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(LENDING.items()):
        for f, form in enumerate(LENDER_FORMS):
            for g, (name, adjective, code_l) in enumerate(EXPORT_BANK_COUNTRIES):
                s = (f * len(EXPORT_BANK_COUNTRIES) + g) * len(LENDING) + v
                home = HOMES[s % len(HOMES)]
                published = DATES[s % len(DATES)]
                x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                bank = form.replace("{N}", name).replace("{A}", adjective)
                text = _cap(template.replace("{B}", bank).replace("{R}", home).replace("{X}", x))
                construction = f"national-lender/{variant}"
                yield Case(
                    construction, f"{construction}/{code_l}-{code(home)}/{f}/{s}", text, published,
                    (expect(code_l, code(home), code_l, code(home), "aid", "level", value, unit, published.year, None),),
                )  # fmt: skip



# Verbs of handing and channelling money or goods to a country, with no noun of aid (from a probe
# of giving verbs): {D} the donor, {R} the recipient. Each is the donor's one-off: reported, the
# article's year, no period.
HANDING = {
    "D-handed-R-equipment-worth-X": "{D} handed {R} medical equipment worth {X}.",
    "D-is-handing-R-vehicles-worth-X": "{D} is handing {R} vehicles worth {X}.",
    "D-will-hand-R-machinery-worth-X": "{D} will hand {R} road machinery worth {X}.",
    "R-was-handed-equipment-worth-X-by-D": "{R} was handed laboratory equipment worth {X} by {D}.",
    "D-will-channel-X-to-R": "{D} will channel {X} to {R}.",
    "D-channelled-X-to-R-for-schools": "{D} channelled {X} to {R} for schools.",
    "D-is-channeling-X-to-R": "{D} is channeling {X} to {R}.",
}


def handing_family() -> Iterator[Case]:
    yield from _given_to_homes("handing", HANDING, DONORS[:6], _aid_given, spread=True)


# Two amounts each set before its own noun, one verb of receiving for both: {R} the recipient,
# {D} the donor after "from"; each amount is the donor's one-off to the recipient.
TWO_PREMODIFIED = {
    "R-received-a-X-grant-and-a-Y-loan-from-D": "{R} received a {X} grant and a {Y} loan from {D}.",
    "R-will-receive-a-X-loan-and-a-Y-grant-from-D": "{R} will receive a {X} loan and a {Y} grant from {D}.",
    "R-got-a-X-grant-and-Y-soft-loan-from-D": "{R} got a {X} grant and {Y} soft loan from {D}.",
    "R-has-obtained-a-X-grant-and-a-Y-concessional-loan-from-D": "{R} has obtained a {X} grant and a {Y} concessional loan from {D}.",
}


def two_premodified_family() -> Iterator[Case]:
    def say(template: str, s: int, donor: str, code_d: str, home: str) -> Said | None:
        published = DATES[s % len(DATES)]
        fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
        x, value_x, unit = amount(s, fmt)
        y, value_y, _ = amount(s + 1, fmt)
        if value_x == value_y:
            return None
        text = _cap(template.replace("{D}", donor).replace("{R}", home).replace("{X}", x).replace("{Y}", y))
        return Said(text, published, tuple(expect(code_d, code(home), code_d, code(home), "aid", "level", v, unit, published.year, None)
                                           for v in (value_x, value_y)))  # fmt: skip

    yield from _given_to_homes("two-premodified", TWO_PREMODIFIED, DONORS[:6], say, spread=True)
# A body of a state named with "of" its country gives and receives as its country does: "the
# Embassy of Japan handed over equipment worth $2 m to Tajikistan", "to the Ministry of Health of
# Kyrgyzstan", "from the Ministry of Foreign Affairs of Hungary". (the giver's body, the receiver's body)
DONOR_COUNTRIES = (("Japan", "JPN"), ("China", "CHN"), ("Turkey", "TUR"), ("Germany", "DEU"), ("Hungary", "HUN"),
                   ("India", "IND"), ("Poland", "POL"), ("Russia", "RUS"))  # fmt: skip
STATE_BODY_SIDES = (
    ("the Embassy of {N}", "{R}"), ("the Ministry of Foreign Affairs of {N}", "{R}"), ("the Embassy of {N} in {R}", "{R}"),
    ("the Ministry of Agriculture of {N}", "{R}"), ("{N}", "the Ministry of Health of {R}"), ("{N}", "the people of {R}"),
)  # fmt: skip
STATE_BODY_GIVING = {
    "G-handed-over-equipment-worth-X-to-R": "{G} handed over equipment worth {X} to {R}.",
    "G-has-earmarked-X-for-R": "{G} has earmarked {X} for {R}.",
    "G-allotted-X-to-R": "{G} allotted {X} to {R}.",
    "R-will-receive-X-from-G": "{R} will receive {X} from {G}.",
}


def state_body_family() -> Iterator[Case]:
    for variant, template in STATE_BODY_GIVING.items():
        for f, (giver, receiver) in enumerate(STATE_BODY_SIDES):
            if giver == "{N}" and variant.startswith("R-"):
                continue  # "the people of Tajikistan will receive": a receiving body is no giving one
            for g, (name, code_g) in enumerate(DONOR_COUNTRIES):
                s = (f * len(DONOR_COUNTRIES) + g) * len(STATE_BODY_GIVING) + list(STATE_BODY_GIVING).index(variant)
                home = HOMES[s % len(HOMES)]
                published = DATES[s % len(DATES)]
                x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                text = _cap(template.replace("{G}", giver.replace("{N}", name)).replace("{R}", receiver).replace("{R}", home).replace("{X}", x))
                construction = f"state-body/{variant}"
                yield Case(
                    construction, f"{construction}/{code_g}-{code(home)}/{f}/{s}", text, published,
                    (expect(code_g, code(home), code_g, code(home), "aid", "level", value, unit, published.year, None),),
                )  # fmt: skip


# An agreement signed with a lender of many countries is its loan or grant, no country's flow:
# "Turkmenistan signed a grant agreement worth $5 m with the EBRD" makes no figure.
MULTILATERAL_LENDERS = ("the EBRD", "the Asian Development Bank", "the World Bank", "the AIIB", "the European Investment Bank",
                        "the Islamic Development Bank", "the Eurasian Development Bank", "the OPEC Fund")  # fmt: skip
LENDER_AGREEMENTS = {
    "R-signed-a-grant-agreement-worth-X-with-L": "{R} signed a grant agreement worth {X} with {L}.",
    "R-has-signed-a-X-loan-agreement-with-L": "{R} has signed a {X} loan agreement with {L}.",
    "R-signed-loan-agreements-worth-X-with-L": "{R} signed loan agreements worth {X} with {L}.",
}


def lender_agreement_family() -> Iterator[Case]:
    for variant, template in LENDER_AGREEMENTS.items():
        for i, lender in enumerate(MULTILATERAL_LENDERS):
            for h, home in enumerate(HOMES):
                s = (i * len(HOMES) + h) * len(LENDER_AGREEMENTS) + list(LENDER_AGREEMENTS).index(variant)
                x, _, _ = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                text = _cap(template.replace("{R}", home).replace("{L}", lender).replace("{X}", x))
                construction = f"lender-agreement/{variant}"
                yield Case(construction, f"{construction}/{code(home)}/{i}/{s}", text, DATES[s % len(DATES)], ())

# A stock told as of one month, like one as of a year's end: cumulative, of that month's year.
STOCK_MONTH = {
    "in-M-Y-the-stock-of-A-investment-in-B-stood-at-X": "In {M} {y}, the stock of {Aadj} investment in {B} stood at {X}.",
    "accumulated-A-investment-in-B-reached-X-in-M-Y": "Accumulated {Aadj} investment in {B} reached {X} in {M} {y}.",
    "the-total-stock-of-A-investments-in-B-amounted-in-M-Y-to-X": "The total stock of {Aadj} investments in {B} amounted in {M} {y} to {X}.",
}
_STOCK_MONTHS = ("January", "March", "June", "September", "October", "December")


def stock_month_family() -> Iterator[Case]:
    for variant, template in STOCK_MONTH.items():
        for i, (home, partner) in enumerate(PAIRS):
            for investor, host in ((partner, home), (home, partner)):
                adjective = COUNTRIES[investor][1]
                if adjective is None:
                    continue
                s = i * 2 + (investor == home)
                published = DATES[s % len(DATES)]
                x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                y = published.year - 1
                text = _cap(_fill(template.replace("{X}", x).replace("{y}", str(y)).replace("{M}", _STOCK_MONTHS[s % 6])
                                  .replace("{Aadj}", adjective), B=host))  # fmt: skip
                construction = f"stock-month/{variant}"
                yield Case(
                    construction, f"{construction}/{code(investor)}-{code(host)}/{s}", text, published,
                    (expect(code(investor), code(host), code(investor), code(host), "investment", "level", value, unit, y, "cumulative"),),
                )  # fmt: skip
# A list line's bracketed earlier value, with only its own time: the line's flow in that year.
# (heading, flow, the line's member is the flow's origin, its destination, or a partner)
BRACKET_BASE_HEADINGS: dict[str, tuple[str, str, str]] = {
    "investment-by-country": ("Foreign direct investment in {A} by country, {y}:", "investment", "origin"),
    "exports-by-destination": ("{A's} exports by destination in {y}:", "exports", "destination"),
    "turnover-by-partner": ("{A's} trade turnover with its main partners in {y}:", "trade_turnover", "partner"),
}
BRACKET_BASES: dict[str, str] = {
    "amount-in-year": "{X} ({Z} in {y0})",
    "semicolon-amount-in-year": "{X}; ({Z} in {y0})",
    "in-year-colon": "{X} (in {y0}: {Z})",
    "year-colon": "{X} ({y0}: {Z})",
    "for-year-dash": "{X} (for {y0} – {Z})",
}


def bracket_base_family() -> Iterator[Case]:
    """ "Foreign direct investment in {A} by country, {y}:" then "- {B} - USD 96.4 million (USD
    45.2 million in {y-1})": each line's bracketed amount is the same member's flow in the year
    the bracket names; the line's own amount is of the heading's year."""
    for h, (heading_variant, (heading, indicator, side)) in enumerate(BRACKET_BASE_HEADINGS.items()):
        for n, (variant, line) in enumerate(BRACKET_BASES.items()):
            for i, (a, b) in enumerate(PAIRS):
                c = PAIRS[(i + 1) % len(PAIRS)][1]
                if len({a, b, c}) < 3:
                    continue
                y = 2006 + (i + n + h) % 17
                fmt = ("USD X million", "$X million", "X million US dollars")[(i + n) % 3]
                (x1, v1, unit), (z1, w1, _), (x2, v2, _), (z2, w2, _) = (amount(i + n + k, fmt) for k in range(4))
                lines = [line.replace("{X}", x).replace("{Z}", z).replace("{y0}", str(y - 1)) for x, z in ((x1, z1), (x2, z2))]
                text = _fill(f"{heading}\n- {{B}} - {lines[0]}\n- {{C}} - {lines[1]}".replace("{y}", str(y)), A=a, B=b, C=c)
                ca = code(a)
                rows = []
                for member, (own, before) in ((code(b), (v1, w1)), (code(c), (v2, w2))):
                    frm, to = (member, ca) if side == "origin" else (ca, member) if side == "destination" else (None, None)
                    rows += [expect(ca, member, frm, to, indicator, "level", own, unit, y, "FY"),
                             expect(ca, member, frm, to, indicator, "level", before, unit, y - 1, "FY")]  # fmt: skip
                construction = f"bracket-base/{heading_variant}/{variant}"
                yield Case(construction, f"{construction}/{_pid(a, b)}", text, date(y + 1, 3, 10), tuple(rows))


# A whole with an aside that names the flow it leaves out or counts in: the whole's flow, never the
# aside's ("exports", "supplies" there name what the figure does or does not hold).
COUNTED_ASIDES: dict[str, tuple[str, str]] = {
    "excluding-supplies": ("Trade between {A} and {B} (excluding oil supplies) reached {X} in {y}.", "trade_turnover"),
    "not-counting-deliveries": ("Trade between {A} and {B}, not counting gas deliveries, amounted to {X} in {y}.", "trade_turnover"),
    "minus-supplies": ("The trade turnover of {A} and {B} (minus energy supplies) was {X} in {y}.", "trade_turnover"),
    "taking-into-account-exports": ("In {y}, {A's} trade with {B}, taking into account gas exports, came to {X}.", "trade_turnover"),
    "exports-without-supplies": ("{A's} exports to {B}, without taking into account oil supplies, totalled {X} in {y}.", "exports"),
    "exports-excluding-imports": ("{A's} exports to {B} (excluding re-exported imports) stood at {X} in {y}.", "exports"),
}


def counted_aside_family() -> Iterator[Case]:
    """ "Trade between {A} and {B} (excluding oil supplies) reached $X in {y}": the aside's flow
    noun says what the whole leaves out or counts in; the figure is the whole's."""
    for n, (variant, (template, indicator)) in enumerate(COUNTED_ASIDES.items()):
        for p, _order, a, b in _ordered_pairs():
            y = 2007 + (p + n) % 17
            x, v, unit = amount(p + n, SAFE_FORMATS[(p + n) % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), A=a, B=b)
            ca, cb = code(a), code(b)
            frm, to = (ca, cb) if indicator == "exports" else (None, None)
            construction = f"counted-aside/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}", text, date(y + 1, 2, 15),
                       (expect(ca, cb, frm, to, indicator, "level", v, unit, y, "FY"),))  # fmt: skip


FAMILIES: tuple[Callable[[], Iterator[Case]], ...] = (
    exports_family, aid_family, turnover_family, change_family, investment_family, qualifier_family, amount_family,
    period_family, distractor_family, first_named_family, conjunct_family, coordination_family, bilateral_family,
    agency_family, aid_announced_family, multilateral_family, comparison_family, base_family, respectively_family, world_family,
    carry_family, story_family,
    span_family, receipt_family, vocabulary_family, time_phrase_family, discourse_pair_family, discourse_time_family,
    other_event_time_family, release_family, base_story_family, status_family, ranking_family, spelling_family,
    structure_family, closing_time_family, table_family, world_share_family, world_part_family, list_time_family,
    cause_time_family, of_which_family,
    not_figure_family,
    base_list_family,
    pronoun_trend_family, republic_family, bare_turnover_family,
    look_back_family, share_whole_family,
    rank_aside_family, aid_dated_family, stock_month_family, national_lender_family, handing_family,
    two_premodified_family,
    bracket_base_family, counted_aside_family, state_body_family,
    lender_agreement_family,
)  # fmt: skip


@cache
def all_cases() -> tuple[Case, ...]:
    cases = tuple(c for family in FAMILIES for c in family())
    ids = [c.id for c in cases]
    assert len(set(ids)) == len(ids), "case ids must be unique"
    return cases


# --- Reading and comparing --------------------------------------------------------------------

_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12), "FY": (1, 12)}
_CODES = {months: name for name, months in _MONTHS.items()}


def canonical_period(period: str | None) -> str | None:
    """A month range that is a quarter, a half or the year is written as one ("M1-M3" is Q1)."""
    if period is None or not period.startswith("M"):
        return period
    first, _, last = period.partition("-")
    months = (int(first[1:]), int((last or first).lstrip("M")))
    return _CODES.get(months, period)


@cache
def read(text: str, published: date) -> tuple[Row, ...]:
    """The figures the extractor gives, as rows; cached: each text is read once per run."""
    rows = []
    for f in extract_article(text, published).figures:
        rows.append(expect(f.country_a, f.country_b, f.flow_from, f.flow_to, f.indicator, f.kind, f.value, f.unit,
                           f.year, canonical_period(f.period), f.qualifier, f.status))  # fmt: skip
    return tuple(sorted(rows, key=repr))


def _same(a: Row, b: Row) -> bool:
    close = abs(a[6] - b[6]) <= (0.05 if a[4] == "change" and a[7] == "percent" else 0.005 * abs(b[6]))
    return close and a[:6] == b[:6] and a[7:] == b[7:]


def same_rows(got: tuple[Row, ...], want: tuple[Row, ...]) -> bool:
    left = list(want)
    for row in got:
        hit = next((w for w in left if _same(row, w)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def show(rows: tuple[Row, ...]) -> str:
    if not rows:
        return "no figure"
    return "; ".join(
        f"{'-'.join(r[0])} {r[1] or ''}->{r[2] or ''} {r[3]} {r[4]} {r[5]} {r[6]:g} {r[7]} {r[8]} {r[9]} {r[10]}" for r in rows
    )


def check(case: Case) -> str | None:
    """None when the case reads as expected; else what went wrong, naming construction and text."""
    expected = tuple((r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], canonical_period(r[10])) for r in case.expected)
    got = read(case.text, case.published)
    if same_rows(got, expected):
        return None
    return f"[{case.construction}] {case.text!r} (dated {case.published}):\n  expected {show(expected)}\n  got      {show(got)}"


def swapped(rows: tuple[Row, ...], a: str, b: str) -> tuple[Row, ...]:
    """The rows with the codes a and b exchanged."""

    def sw(c: str | None) -> str | None:
        return b if c == a else a if c == b else c

    out = []
    for r in rows:
        x, y = sw(r[0][0]), sw(r[0][1])
        assert x is not None and y is not None
        out.append(((x, y) if x <= y else (y, x), sw(r[1]), sw(r[2]), *r[3:]))
    return tuple(out)


# --- Invariances: pairs of texts that must read the same -------------------------------------

# name -> what it compares
INVARIANCES = {
    "swap": "the text with the two countries swapped reads as the swapped figures",
    "paraphrase": "every wording of one reading gives the same figures",
    "distractor": "distractor sentences before the text change nothing",
    "first-named": "which country the headline names first changes nothing",
}


def comparisons(cases: tuple[Case, ...] = ()) -> dict[tuple[str, str], list[tuple[Case, Case]]]:
    """(invariance, construction) -> pairs of cases (one, other) whose readings must agree
    (for `swap`, after swapping the first's codes)."""
    cases = cases or all_cases()
    by_id = {c.id: c for c in cases}
    out: dict[tuple[str, str], list[tuple[Case, Case]]] = {}
    first_of: dict[str, Case] = {}
    for c in cases:
        if c.swap_of and c.swap_codes and c.swap_of in by_id and c.swap_codes[0] < c.swap_codes[1]:
            out.setdefault(("swap", c.construction), []).append((c, by_id[c.swap_of]))
        if c.base_text:
            kind = "first-named" if c.construction.startswith("first-named/") else "distractor"
            base = replace(c, id=c.id + "/base", text=c.base_text, base_text=None)
            out.setdefault((kind, c.construction), []).append((base, c))
        if c.paraphrase_key:
            head = first_of.setdefault(c.paraphrase_key, c)
            if head is not c:
                out.setdefault(("paraphrase", c.construction), []).append((head, c))
    return out


def agrees(invariance: str, one: Case, other: Case) -> str | None:
    a, b = read(one.text, one.published), read(other.text, other.published)
    if invariance == "swap":
        assert one.swap_codes is not None
        a = swapped(a, *one.swap_codes)
    if same_rows(b, a):
        return None
    return f"[{invariance} {other.construction}]\n  {one.text!r}\n    -> {show(a)}\n  {other.text!r}\n    -> {show(b)}"


# --- The pass rate ----------------------------------------------------------------------------


def rate_table(xfail: dict[str, str] | None = None) -> tuple[list[tuple[str, int, int, int, str]], int, int]:
    """Rows (construction, texts, passing, failing, xfail reason or ''), total texts, passing."""
    xfail = xfail or {}
    counts: dict[str, list[int]] = {}
    for case in all_cases():
        n = counts.setdefault(case.construction, [0, 0])
        n[0] += 1
        n[1] += check(case) is None
    rows = [(c, t, p, t - p, xfail.get(c, "")) for c, (t, p) in counts.items()]
    total, passing = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return rows, total, passing


def summary_line(total: int, passing: int) -> str:
    return f"{total} texts, {passing} passing ({passing / total:.1%}), {total - passing} failing"


def invariance_key(kind: str, construction: str) -> str:
    """The xfail table's name for one invariance over one construction."""
    return f"{kind} / {construction}"


def print_table(xfail: dict[str, str] | None = None) -> None:
    """construction | texts | passing | failing | marked (xfail in the table), then the invariances."""
    xfail = xfail or {}
    rows, total, passing = rate_table(xfail)
    inv = comparisons()
    width = max(len(invariance_key(k, c)) for k, c in inv)
    print(f"{'construction':<{width}} | texts | passing | failing | marked")
    for c, t, p, f, reason in rows:
        print(f"{c:<{width}} | {t:>5} | {p:>7} | {f:>7} | {'xfail' if reason else ''}")
    print(f"{'TOTAL':<{width}} | {total:>5} | {passing:>7} | {total - passing:>7} |")
    print()
    print(f"{'invariance / construction':<{width}} | pairs | agreeing | disagreeing | marked")
    for (kind, construction), pairs in inv.items():
        ok = sum(agrees(kind, one, other) is None for one, other in pairs)
        key = invariance_key(kind, construction)
        print(f"{key:<{width}} | {len(pairs):>5} | {ok:>8} | {len(pairs) - ok:>11} | {'xfail' if key in xfail else ''}")
    print()
    print("behaviour: " + summary_line(total, passing))


def main(argv: list[str]) -> int:
    if "--summary" in argv:
        _, total, passing = rate_table()
        print(summary_line(total, passing))
    else:
        print_table()
    return 0


# --- Investment probe (fix-inv) ----------------------------------------------------------------

# Investors with their adjectives, each sent to every home in turn.
INVESTORS = ("China", "Japan", "South Korea", "Turkey", "Germany", "Italy", "France", "Russia", "India", "the USA")
# The investors as `_given_to_homes` takes its givers: each name with its code.
INVESTOR_GIVERS = tuple((investor, code(investor)) for investor in INVESTORS)

# The investor's readiness or its fixed course, the press's "will" ({A} the investor, {Aj} its
# adjective, {B} the host): a flow still to come with no year, a forecast with neither year nor
# period, as "will invest" is.
READY_TO_INVEST = {
    "A-is-ready-to-invest-X-in-B": "{A} is ready to invest {X} in {B}.",
    "Aj-companies-are-prepared-to-invest-X-in-B": "{Aj} companies are prepared to invest {X} in {B}.",
    "A-is-going-to-invest-X-in-B": "{A} is going to invest {X} in {B}.",
    "A-is-about-to-invest-X-in-B-economy": "{A} is about to invest {X} in {B's} economy.",
    "A-is-to-invest-X-in-B": "{A} is to invest {X} in {B}.",
}


def ready_to_invest_family() -> Iterator[Case]:
    def say(template: str, s: int, investor: str, a: str, home: str) -> Said:
        published = DATES[s % len(DATES)]
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        adjective = COUNTRIES[investor][1] or investor
        text = template.replace("{A}", investor).replace("{Aj}", adjective).replace("{B's}", poss(home))
        text = _cap(text.replace("{B}", home).replace("{X}", x))
        return Said(text, published, (expect(a, code(home), a, code(home), "investment", "level", value, unit, None, None, status="forecast"),))

    yield from _given_to_homes("ready-to-invest", READY_TO_INVEST, INVESTOR_GIVERS, say, spread=True)


# Capital placed in a named host, its owner's adjective or possessive the investor's: a flow in
# the year it names, a stock "since" a year (as of the article's year).
CAPITAL_INVESTED = {
    "Aj-capital-invested-in-B-reached-X-in-y": ("{Aj} capital invested in {B} reached {X} in {y}.", "FY"),
    "A's-capital-invested-in-B-amounted-to-X-last-year": ("Last year, {A's} capital invested in {B} amounted to {X}.", "FY"),
    "Aj-capital-invested-in-B-since-has-exceeded-X": ("{Aj} capital invested in {B} since 1995 has exceeded {X}.", "cumulative"),
}


def capital_invested_family() -> Iterator[Case]:
    def say(wording: tuple[str, str], s: int, investor: str, a: str, home: str) -> Said:
        template, period = wording
        published = DATES[s % len(DATES)]
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        adjective = COUNTRIES[investor][1] or investor
        text = template.replace("{Aj}", adjective).replace("{A's}", poss(investor)).replace("{B}", home)
        text = _cap(text.replace("{X}", x).replace("{y}", str(published.year - 1)))
        year = published.year if period == "cumulative" else published.year - 1
        qualifier = "over" if "exceeded" in template else "exact"
        return Said(text, published, (expect(a, code(home), a, code(home), "investment", "level", value, unit, year, period, qualifier),))

    yield from _given_to_homes("capital-invested", CAPITAL_INVESTED, INVESTOR_GIVERS, say, spread=True)


# Investment foreign to the country that owns it by name: "{B's} FDI", "{B's} foreign direct
# investment" is what {B} hosts, from the world or, as a part, from {A} who accounts for it.
FOREIGN_OWNED = {
    "B's-FDI-reached-X-in-y": ("{B's} FDI reached {X} in {y}.", False),
    "in-y-B's-foreign-direct-investment-totalled-X": ("In {y}, {B's} foreign direct investment totalled {X}.", False),
    "B's-net-FDI-fell-to-X-in-y": ("{B's} net FDI fell to {X} in {y}.", False),
    "A-accounted-for-X-of-B's-FDI-in-y": ("{A} accounted for {X} of {B's} FDI in {y}.", True),
    "A-accounted-for-X-of-B's-foreign-investment-in-y": ("{A} accounted for {X} of {B's} foreign investment in {y}.", True),
}


def foreign_owned_family() -> Iterator[Case]:
    for v, (variant, (template, part)) in enumerate(FOREIGN_OWNED.items()):
        for i, investor in enumerate(INVESTORS[:6]):
            for r, home in enumerate(HOMES):
                s = (i * len(HOMES) + r) * len(FOREIGN_OWNED) + v
                published = DATES[s % len(DATES)]
                x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                text = template.replace("{A}", investor).replace("{B's}", poss(home)).replace("{X}", x)
                text = _cap(text.replace("{y}", str(published.year - 1)))
                origin = code(investor) if part else "WLD"
                construction = f"foreign-owned/{variant}"
                yield Case(
                    construction, f"{construction}/{origin}-{code(home)}/{s}", text, published,
                    (expect(origin, code(home), origin, code(home), "investment", "level", value, unit, published.year - 1, "FY"),),
                )  # fmt: skip


# A share of {B's} world whole told as a percentage, the amount restating it after "or" or
# "i.e.": {A's} part of that whole, trade between the two or {A's} investment in {B}.
SHARE_RESTATED = {
    "A-accounted-for-N%-or-X-of-B's-foreign-trade-in-y": ("{A} accounted for 20 percent, or {X}, of {B's} foreign trade in {y}.", "trade_turnover"),
    "A's-share-in-B's-foreign-trade-was-N%-or-X-in-y": ("{A's} share in {B's} foreign trade was 20 percent, or {X}, in {y}.", "trade_turnover"),
    "A-accounted-for-N%-of-B's-FDI-in-y-or-X": ("{A} accounted for 18 percent of {B's} FDI in {y}, or {X}.", "investment"),
    "A's-share-in-B's-foreign-direct-investment-was-N%-in-y-ie-X": (
        "{A's} share in {B's} foreign direct investment was 18% in {y}, i.e. {X}.", "investment"),
}


def share_restated_family() -> Iterator[Case]:
    def say(wording: tuple[str, str], s: int, partner: str, a: str, home: str) -> Said:
        template, indicator = wording
        published = DATES[s % len(DATES)]
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        text = template.replace("{A's}", poss(partner)).replace("{A}", partner).replace("{B's}", poss(home))
        text = _cap(text.replace("{X}", x).replace("{y}", str(published.year - 1)))
        b = code(home)
        frm, to = (a, b) if indicator == "investment" else (None, None)
        return Said(text, published, (expect(a, b, frm, to, indicator, "level", value, unit, published.year - 1, "FY"),))

    yield from _given_to_homes("share-restated", SHARE_RESTATED, INVESTOR_GIVERS[:6], say, spread=True)


# Investment of both ways between {A} and {B}, or both sides' joint one: a sum with no one
# direction, no figure at all.
TWO_WAY = {
    "mutual-investments-between-A-and-B-reached-X-in-y": "Mutual investments between {A} and {B} reached {X} in {y}.",
    "two-way-investment-between-A-and-B-totalled-X": "In {y}, two-way investment between {A} and {B} totalled {X}.",
    "the-volume-of-mutual-investments-of-A-and-B-has-exceeded-X": "The volume of mutual investments of {A} and {B} has exceeded {X}.",
    "investments-between-A-and-B-amounted-to-X-last-year": "Investments between {A} and {B} amounted to {X} last year.",
    "A-and-B-set-up-a-joint-investment-fund-of-X-in-y": "{A} and {B} set up a joint investment fund of {X} in {y}.",
}


def two_way_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(TWO_WAY.items()):
        for i, partner in enumerate(INVESTORS[:6]):
            for r, home in enumerate(HOMES):
                s = (i * len(HOMES) + r) * len(TWO_WAY) + v
                published = DATES[s % len(DATES)]
                x, _, _ = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                first, second = (home, partner) if s % 2 else (partner, home)
                text = template.replace("{A}", first).replace("{B}", second).replace("{X}", x)
                text = _cap(text.replace("{y}", str(published.year - 1)))
                construction = f"two-way/{variant}"
                yield Case(construction, f"{construction}/{code(first)}-{code(second)}/{s}", text, published, ())


# An investment pledged as one amount, its noun right after it ({A} the investor, {B} the host):
# the pledge is the event, reported in the article's year with no period, as a loan announced is.
PLEDGED_INVESTMENT = {
    "A-has-pledged-X-of-investment-in-B": "{A} has pledged {X} of investment in {B}.",
    "A-pledged-X-in-investments-to-B": "{A} pledged {X} in investments to {B}.",
    "A-has-committed-X-of-investment-to-B": "{A} has committed {X} of investment to {B}.",
    "A-announced-X-in-new-investment-in-B": "{A} announced {X} in new investment in {B}.",
    "A-has-promised-X-of-direct-investment-to-B": "{A} has promised {X} of direct investment to {B}.",
}


def pledged_investment_family() -> Iterator[Case]:
    def say(template: str, s: int, investor: str, a: str, home: str) -> Said:
        published = DATES[s % len(DATES)]
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        text = _cap(template.replace("{A}", investor).replace("{B}", home).replace("{X}", x))
        return Said(text, published, (expect(a, code(home), a, code(home), "investment", "level", value, unit, published.year, None),))

    yield from _given_to_homes("pledged-investment", PLEDGED_INVESTMENT, INVESTOR_GIVERS[:6], say, spread=True)


# An investment's amount with a relative clause whose subject takes it in ("that {B} received",
# "which {B} attracted"): {B} is the host, of the world's investment or of {A}'s after "from".
RELATIVE_RECEIVER = {
    "the-total-FDI-of-X-that-B-received-in-y-was-a-record": ("The total FDI of {X} that {B} received in {y} was a record.", False),
    "foreign-investment-of-X-which-B-attracted-in-y-set-a-record": ("Foreign investment of {X} which {B} attracted in {y} set a record.", False),
    "the-investment-of-X-that-B-attracted-from-A-in-y-was-a-record": ("The investment of {X} that {B} attracted from {A} in {y} was a record.", True),
}


def relative_receiver_family() -> Iterator[Case]:
    for v, (variant, (template, named)) in enumerate(RELATIVE_RECEIVER.items()):
        for i, investor in enumerate(INVESTORS[:6]):
            for r, home in enumerate(HOMES):
                s = (i * len(HOMES) + r) * len(RELATIVE_RECEIVER) + v
                published = DATES[s % len(DATES)]
                x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                text = template.replace("{A}", investor).replace("{B}", home).replace("{X}", x)
                text = _cap(text.replace("{y}", str(published.year - 1)))
                origin = code(investor) if named else "WLD"
                construction = f"relative-receiver/{variant}"
                yield Case(
                    construction, f"{construction}/{origin}-{code(home)}/{s}", text, published,
                    (expect(origin, code(home), origin, code(home), "investment", "level", value, unit, published.year - 1, "FY"),),
                )  # fmt: skip


FAMILIES = (
    *FAMILIES, ready_to_invest_family, capital_invested_family, foreign_owned_family, share_restated_family, two_way_family,
    pledged_investment_family, relative_receiver_family,
)  # fmt: skip



# --- Times as statistics releases and older wires word them (from a probe of release wordings) ---
# name -> (adverbial, resolver: date -> (year, period)); {y} the year before the article's. Each
# after the amount and opening the sentence, for turnover, exports, imports and investment.
RELEASE_TIMES: dict[str, tuple[str, Resolver]] = {
    "for the period of nine months of Y": ("for the period of nine months of {y}", lambda d: (d.year - 1, "M1-M9")),
    "in the period of 6 months of Y": ("in the period of 6 months of {y}", lambda d: (d.year - 1, "H1")),
    "in three quarters of Y": ("in three quarters of {y}", lambda d: (d.year - 1, "M1-M9")),
    "for the 3 quarters of Y": ("for the 3 quarters of {y}", lambda d: (d.year - 1, "M1-M9")),
    "in the last calendar year": ("in the last calendar year", lambda d: (d.year - 1, "FY")),
    "in the previous calendar year": ("in the previous calendar year", lambda d: (d.year - 1, "FY")),
    "in the first semester of Y": ("in the first semester of {y}", lambda d: (d.year - 1, "H1")),
    "in the second semester of Y": ("in the second semester of {y}", lambda d: (d.year - 1, "H2")),
    "in the year before last": ("in the year before last", lambda d: (d.year - 2, "FY")),
    "in the period from 1 January to 30 September Y": ("in the period from 1 January to 30 September {y}", lambda d: (d.year - 1, "M1-M9")),
    "as of 01.10.Y (a flow to date)": ("as of 01.10.{y}", lambda d: (d.year - 1, "M1-M9")),
    "in the last three months of Y": ("in the last three months of {y}", lambda d: (d.year - 1, "Q4")),
    "in the final two months of Y": ("in the final two months of {y}", lambda d: (d.year - 1, "M11-M12")),
    "in the last quarter of last year": ("in the last quarter of last year", lambda d: (d.year - 1, "Q4")),
}


def release_time_family() -> Iterator[Case]:
    pairs = list(_ordered_pairs())
    flows = ("turnover", "exports", "imports", "investment")
    for n, (name, (adverbial, resolve)) in enumerate(RELEASE_TIMES.items()):
        # (an investment counted to a date is a stock, not the months to it)
        kinds = flows[:3] if "as of" in adverbial else flows
        for position in ("after", "fronted"):
            for k, (_p, _order, a, b) in enumerate(pairs[(2 * n) % len(pairs) :][:4]):
                s = n * 8 + k * 2 + len(position)
                published = DATES[s % len(DATES)]
                clause, row = TIME_KINDS[kinds[(n + k) % len(kinds)]]
                x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                when = adverbial.replace("{y}", str(published.year - 1))
                body = clause.replace("{X}", x).replace("{T}", "")
                text = f"{body} {when}." if position == "after" else f"{_cap(when)}, {body}."
                year, period = resolve(published)
                construction = f"release-time/{name}/{position}"
                yield Case(
                    construction, f"{construction}/{_pid(a, b)}", _fill(_cap(text), A=a, B=b), published,
                    (row(code(a), code(b), value, unit, year, period),),
                )  # fmt: skip


# A base amount a year back named by its period with no year, or by its adjective, or owned by the
# previous year through its noun: {X} the figure, {Y} the base, {P} the figure's months.
YEAR_BACK_BASES = {
    "up-from-Y-in-the-same-period": "{A's} exports to {B} reached {X} in {P} {y}, up from {Y} in the same period.",
    "against-Y-in-the-corresponding-period": "In {P} {y}, {A's} imports from {B} totaled {X} against {Y} in the corresponding period.",
    "compared-with-Y-in-the-year-earlier-period": "Trade turnover between {A} and {B} amounted to {X} in {P} {y}, compared with {Y} in the year-earlier period.",
    "from-Y-in-the-year-ago-period": "In {P} {y}, {A's} exports to {B} rose to {X} from {Y} in the year-ago period.",
    "the-previous-year's-figure-of-Y": "{A's} exports to {B} reached {X} in {y}, compared with the previous year's figure of {Y}.",
    "up-from-the-previous-year's-level-of-Y": "{A's} imports from {B} rose to {X} in {y}, up from the previous year's level of {Y}.",
}
_YEAR_BACK_MONTHS = (("January-September", "M1-M9"), ("the first half of", "H1"), ("the first quarter of", "Q1"))


def year_back_base_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(YEAR_BACK_BASES.items()):
        for k, (_p, _order, a, b) in enumerate(list(_ordered_pairs())[:8]):
            s = v * 8 + k
            published = DATES[s % len(DATES)]
            y = published.year - 1
            words, period = _YEAR_BACK_MONTHS[s % len(_YEAR_BACK_MONTHS)] if "{P}" in template else ("", "FY")
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            x, value_x, unit = amount(s, fmt)
            z, value_z, _ = amount(s + 3, fmt)
            text = template.replace("{P}", words).replace("{y}", str(y)).replace("{X}", x).replace("{Y}", z)
            turnover = template.startswith("Trade turnover")
            frm, to = (None, None) if turnover else ((code(b), code(a)) if "imports" in template else (code(a), code(b)))
            indicator = "trade_turnover" if turnover else "exports"
            construction = f"year-back-base/{variant}"
            yield Case(
                construction, f"{construction}/{_pid(a, b)}/{s}", _fill(_cap(text), A=a, B=b), published,
                (expect(code(a), code(b), frm, to, indicator, "level", value_x, unit, y, period),
                 expect(code(a), code(b), frm, to, indicator, "level", value_z, unit, y - 1, period)),
            )  # fmt: skip


FAMILIES = (*FAMILIES, release_time_family, year_back_base_family)


# Changes as news and releases word them (from a probe of changes and multiples): {F} a flow of
# {A} and {B} (its turnover, {A}'s exports to {B}, {B}'s investment in {A}), {y} the year before
# the article's. A rate in words with no digit in its sentence, a multiple as a factor, a rate
# "year-on-year" before its noun, a rate told beside its earlier value, a verb that runs to a rate
# whose noun is its subject ("fell to", "made up"), "negative growth": each gives one change of the
# flow in {y}, its sign the rate's.
WORDED_CHANGES: dict[str, tuple[str, float, str] | tuple[str, float, str, str]] = {
    "F-rose-by-five-percent-last-year": ("{F} rose by five percent last year.", 5.0, "percent"),
    "last-year-F-fell-by-ten-per-cent": ("Last year, {F} fell by ten per cent.", -10.0, "percent"),
    "F-grew-two-and-a-half-times-last-year": ("{F} grew two and a half times last year.", 2.5, "times"),
    "F-grew-by-a-factor-of-two": ("{F} grew by a factor of two in {y}.", 2.0, "times"),
    "in-y-F-increased-by-a-factor-of-1.8": ("In {y}, {F} increased by a factor of 1.8.", 1.8, "times"),
    "in-y-F-showed-a-year-on-year-increase-of": ("In {y}, {F} showed a year-on-year increase of 12.5%.", 12.5, "percent"),
    "last-year-F-posted-a-year-on-year-decline-of": ("Last year, {F} posted a year-on-year decline of 6 percent.", -6.0, "percent"),
    "in-y-growth-of-F-slowed-to-from": ("In {y}, growth of {F} slowed to 4% from 9%.", 4.0, "percent"),
    "in-y-growth-of-F-accelerated-from-to": ("In {y}, growth of {F} accelerated from 3 percent to 7 percent.", 7.0, "percent"),
    "last-year-the-growth-of-F-fell-to": ("Last year the growth of {F} fell to 3.5%.", 3.5, "percent"),
    "in-y-the-growth-rate-of-F-dropped-to": ("In {y}, the growth rate of {F} dropped to 2.4%.", 2.4, "percent"),
    "F-fell-by-more-than-a-third-in-y": ("{F} fell by more than a third in {y}.", -33.3, "percent", "over"),
    "last-year-F-shrank-by-less-than-half": ("Last year, {F} shrank by less than half.", -50.0, "percent", "under"),
    "F-rose-Npc-in-y": ("{F} rose 14pc in {y}.", 14.0, "percent"),
    "last-year-F-showed-negative-growth-of": ("Last year, {F} showed negative growth of 3.5%.", -3.5, "percent"),
    "in-y-the-growth-of-F-made-up": ("In {y}, the growth of {F} made up 11 percent.", 11.0, "percent"),
}
_CHANGED_FLOWS = (("trade turnover between {A} and {B}", "trade_turnover", ""), ("{A's} exports to {B}", "exports", "AB"),
                  ("{B's} investment in {A}", "investment", "BA"))  # fmt: skip


def worded_change_family() -> Iterator[Case]:
    def say(wording: tuple[str, float, str] | tuple[str, float, str, str], p: int, s: int, a: str, b: str) -> Said:
        template, value, unit, *bound = wording
        flow, indicator, direction = _CHANGED_FLOWS[p % len(_CHANGED_FLOWS)]
        published = DATES[p % len(DATES)]
        y = published.year - 1
        frm, to = {"": (None, None), "AB": (code(a), code(b)), "BA": (code(b), code(a))}[direction]
        text = _fill(template.replace("{F}", flow).replace("{y}", str(y)), A=a, B=b)
        return Said(text, published, (expect(code(a), code(b), frm, to, indicator, "change", value, unit, y, "FY", *bound),), indicator)

    yield from _both_orders("worded-change", WORDED_CHANGES.items(), say, swaps=False)


# A change's noun before a pair's adjectives and the flow's noun: {a}, {b} the two adjectives, {y}
# the year before the article's. The noun names the flow whose change the rate is, past the
# adjectives however long ("a decrease in Azerbaijani-Turkish trade by 4.9%").
PAIR_ADJECTIVE_CHANGES: dict[str, tuple[str, float]] = {
    "last-year-the-growth-of-ab-trade-turnover-was": ("Last year, the growth of {a}-{b} trade turnover was 6.7%.", 6.7),
    "in-y-a-decrease-in-ab-trade-by-was-recorded": ("In {y}, a decrease in {a}-{b} trade by 4.9 per cent was recorded.", -4.9),
    "in-y-the-growth-in-ab-trade-amounted-to": ("In {y}, the growth in {a}-{b} trade amounted to 12%.", 12.0),
    "last-year-an-increase-in-ab-trade-turnover-of": ("Last year, an increase in {a}-{b} trade turnover of 8.5 percent was registered.", 8.5),
}


def pair_adjective_change_family() -> Iterator[Case]:
    def say(wording: tuple[str, float], p: int, s: int, a: str, b: str) -> Said | None:
        template, value = wording
        adj_a, adj_b = COUNTRIES[a][1], COUNTRIES[b][1]
        if adj_a is None or adj_b is None:
            return None
        published = DATES[p % len(DATES)]
        y = published.year - 1
        text = template.replace("{a}", adj_a).replace("{b}", adj_b).replace("{y}", str(y))
        return Said(text, published, (expect(code(a), code(b), None, None, "trade_turnover", "change", value, "percent", y, "FY"),))

    yield from _both_orders("pair-adjective-change", PAIR_ADJECTIVE_CHANGES.items(), say, swaps=False)


FAMILIES = (*FAMILIES, worded_change_family, pair_adjective_change_family)


# A country of the story's pair named again by an epithet after a preposition (from a probe of the
# names news gives the pair's countries): "Kazakhstan and China held talks. China's exports to the
# Central Asian republic reached $X" are China's to Kazakhstan, never China's to the world.
# {P} the partner, {H} the home, {E} the home's epithet. (form, exporter-or-investor first, indicator)
HOME_EPITHETS = {
    "Azerbaijan": "the South Caucasus nation", "Turkmenistan": "the gas-rich state", "Kazakhstan": "the Central Asian republic",
    "Uzbekistan": "the landlocked country", "Kyrgyzstan": "the mountainous republic", "Tajikistan": "the Central Asian nation",
    "Georgia": "the Black Sea nation", "Armenia": "the South Caucasus country", "Mongolia": "the landlocked nation",
}
EPITHET_FLOWS = {
    "P's-exports-to-E": ("{P's} exports to {E} reached {X} in {y}.", "PH", "exports"),
    "P's-imports-from-E": ("{P's} imports from {E} amounted to {X} in {y}.", "HP", "exports"),
    "P-invested-in-E": ("{P} invested {X} in {E} in {y}.", "PH", "investment"),
    "P-sold-goods-to-E": ("{P} sold goods worth {X} to {E} in {y}.", "PH", "exports"),
}
EPITHET_PARTNERS = tuple((name, code(name)) for name in ("China", "Japan", "South Korea", "Turkey", "Germany", "India", "Russia", "the USA"))


def epithet_family() -> Iterator[Case]:
    def say(wording: tuple[str, str, str], s: int, partner: str, code_p: str, home: str) -> Said:
        form, way, indicator = wording
        published = DATES[s % len(DATES)]
        y = published.year - 1
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        said = form.replace("{y}", str(y)).replace("{X}", x).replace("{E}", HOME_EPITHETS[home])
        text = _fill(f"{{P}} and {{H}} held talks on trade on Monday. {said}", P=partner, H=home)
        sides = (code_p, code(home)) if way == "PH" else (code(home), code_p)
        return Said(text, published, (expect(code_p, code(home), *sides, indicator, "level", value, unit, y, "FY"),))

    yield from _given_to_homes("epithet", EPITHET_FLOWS, EPITHET_PARTNERS, say, spread=True)



# A lead that makes one country an investor "in" the other makes that other the story's home, so
# that "the country" after it is the home and "its" the investor: {P} the investor, {H} the home.
INVESTOR_IN_LEADS = {
    "largest-investor-in-H/its-investments-in-the-country": "{P} is the largest investor in {H}.\n\nIts investments in the country reached {X} in {y}.",
    "a-major-investor-in-H/its-investment-in-the-country": "{P} remains a major investor in {H}.\n\nIn {y}, its investment in the country totalled {X}.",
    "among-the-top-investors-in-H/it-invested-in-the-country": "{P} is among the top investors in {H}.\n\nIt invested {X} in the country in {y}.",
}


def investor_in_family() -> Iterator[Case]:
    def say(template: str, s: int, partner: str, code_p: str, home: str) -> Said:
        published = DATES[s % len(DATES)]
        y = published.year - 1
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        text = _fill(template.replace("{y}", str(y)).replace("{X}", x), P=partner, H=home)
        return Said(text, published, (expect(code_p, code(home), code_p, code(home), "investment", "level", value, unit, y, "FY"),))

    yield from _given_to_homes("investor-in", INVESTOR_IN_LEADS, EPITHET_PARTNERS, say, spread=True)



# The same lead as the first sentence of a text of one paragraph (a wire's short item): the
# partner it names makes the other country the home, "the country" after it. {P} the partner, {H} the home.
# (form, exporter-or-investor first, indicator)
ONE_PARAGRAPH_LEADS = {
    "P-is-H's-key-partner/its-exports-to-the-country": ("{P} is {H's} key partner. Its exports to the country reached {X} in {y}.", "PH", "exports"),
    "P-is-among-H's-top-partners/it-exported-to-the-country": (
        "{P} is among {H's} top partners. In {y}, it exported goods worth {X} to the country.", "PH", "exports"),
    "P-is-a-major-investor-in-H/its-investments-in-the-country": (
        "{P} is a major investor in {H}. Its investments in the country reached {X} in {y}.", "PH", "investment"),
    "P-is-H's-largest-partner/its-imports-from-the-country": (
        "{P} is {H's} largest partner. Its imports from the country amounted to {X} in {y}.", "HP", "exports"),
}


def one_paragraph_lead_family() -> Iterator[Case]:
    def say(wording: tuple[str, str, str], s: int, partner: str, code_p: str, home: str) -> Said:
        form, way, indicator = wording
        published = DATES[s % len(DATES)]
        y = published.year - 1
        x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
        text = _fill(form.replace("{y}", str(y)).replace("{X}", x), P=partner, H=home)
        sides = (code_p, code(home)) if way == "PH" else (code(home), code_p)
        return Said(text, published, (expect(code_p, code(home), *sides, indicator, "level", value, unit, y, "FY"),))

    yield from _given_to_homes("one-paragraph-lead", ONE_PARAGRAPH_LEADS, EPITHET_PARTNERS, say, spread=True)


FAMILIES = (*FAMILIES, epithet_family, investor_in_family, one_paragraph_lead_family)


# Amounts bounded or spelled as news writes them (from a probe of amounts and qualifiers): a bound
# before the amount ("as much as", "a minimum of"), in its verb ("approached", "did not exceed",
# "fell just short of") or after it ("or so", "or less", "or above"); an amount in words ("three
# quarters of a billion dollars", "a half billion", "one-and-a-half billion", "twenty-five million",
# "a billion and a half"), a "US $" spaced off its sign. (wording -> (verb phrase, {X} the amount; qualifier; a fixed amount or None))
WorkedAmount = tuple[str, float, str]
AMOUNT_WORDINGS: dict[str, tuple[str, str, WorkedAmount | None]] = {
    "approached-X": ("approached {X}", "approx", None),
    "neared-X": ("neared {X}", "approx", None),
    "was-nearing-X": ("was nearing {X}", "approx", None),
    "amounted-to-a-little-over-X": ("amounted to a little over {X}", "approx", None),
    "amounted-to-X-or-so": ("amounted to {X} or so", "approx", None),
    "did-not-exceed-X": ("did not exceed {X}", "under", None),
    "failed-to-reach-X": ("failed to reach {X}", "under", None),
    "fell-just-short-of-X": ("fell just short of {X}", "under", None),
    "amounted-to-just-shy-of-X": ("amounted to just shy of {X}", "under", None),
    "amounted-to-as-much-as-X": ("amounted to as much as {X}", "under", None),
    "amounted-to-a-maximum-of-X": ("amounted to a maximum of {X}", "under", None),
    "amounted-to-X-or-less": ("amounted to {X} or less", "under", None),
    "amounted-to-a-minimum-of-X": ("amounted to a minimum of {X}", "over", None),
    "reached-upward-of-X": ("reached upward of {X}", "over", None),
    "amounted-to-X-or-above": ("amounted to {X} or above", "over", None),
    "three-quarters-of-a-billion-dollars": ("amounted to three quarters of a billion dollars", "exact", ("", 7.5e8, "USD")),
    "over-a-half-billion-dollars": ("amounted to over a half billion dollars", "over", ("", 5e8, "USD")),
    "nearly-one-and-a-half-billion-dollars": ("reached nearly one-and-a-half billion dollars", "approx", ("", 1.5e9, "USD")),
    "about-US-$X": ("amounted to about US ${N}", "approx", None),
    "X-pounds-sterling-or-more": ("amounted to {N} pounds sterling or more", "over", None),
    "broke-through-X": ("broke through {X}", "over", None),
    "climbed-past-X": ("climbed past {X}", "over", None),
    "amounted-to-X-at-least": ("amounted to {X} at least", "over", None),
    "were-just-short-of-X": ("were just short of {X}", "under", None),
    "amounted-to-est.-X": ("amounted to est. {X}", "approx", None),
    "twenty-five-million-dollars": ("amounted to twenty-five million dollars", "exact", ("", 25e6, "USD")),
    "nine-hundred-million-dollars": ("reached nine hundred million dollars", "exact", ("", 9e8, "USD")),
    "over-a-billion-and-a-half-dollars": ("amounted to over a billion and a half dollars", "over", ("", 1.5e9, "USD")),
    "amounted-to-close-on-X": ("amounted to close on {X}", "approx", None),
    "were-more-or-less-X": ("were more or less {X}", "approx", None),
    "amounted-to-X-give-or-take": ("amounted to {X}, give or take", "approx", None),
    "amounted-to-not-even-X": ("amounted to not even {X}", "under", None),
}


def amount_wording_family() -> Iterator[Case]:
    def say(wording: tuple[str, str, WorkedAmount | None], p: int, s: int, a: str, b: str) -> Said:
        phrase, qualifier, fixed = wording
        published = DATES[p % len(DATES)]
        y = published.year - 1
        number, scale = AMOUNTS[p % len(AMOUNTS)]
        big = number + (" billion" if scale == 9 else " million")
        if fixed is not None:
            x, value, unit = fixed
        elif "{N}" in phrase:
            x, value, unit = big, float(number) * 10**scale, "GBP" if "pounds" in phrase else "USD"
        else:
            x, value, unit = amount(p, SAFE_FORMATS[p % len(SAFE_FORMATS)])
        verb = phrase.replace("{X}", x).replace("{N}", big)
        text = _fill(f"In {y}, {{A's}} exports to {{B}} {verb}.", A=a, B=b)
        row = expect(code(a), code(b), code(a), code(b), "exports", "level", value, unit, y, "FY", qualifier)
        return Said(text, published, (row,), str(p))

    yield from _both_orders("amount-wording", AMOUNT_WORDINGS.items(), say)


FAMILIES = (*FAMILIES, amount_wording_family)


# A figure's status as the news words a plan, an expectation or a missed goal (from a probe of
# status wordings: these are its constructions). {A} and {B} the pair in either order; {t} a
# year still ahead, {n} the next year, {y} the last whole year, {p} the article's year.
PLAN_WORDINGS: dict[str, tuple[str, StatusRows]] = {
    # a plan's document words and a resolve or an attempt: targets
    "trade-worth-X-is-envisaged-for": ("Trade between {A} and {B} worth {X} is envisaged for {t}.",
                                       lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "roadmap-envisages-trade-of": ("The roadmap envisages trade between {A} and {B} of {X} by {t}.",
                                   lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "plan-calls-for-exports-to-reach": ("The plan calls for {A's} exports to {B} to reach {X} by {t}.",
                                        lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "target"),)),
    "programme-foresees-increasing": ("The programme foresees increasing trade between {A} and {B} to {X} by {t}.",
                                      lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "determined-to-increase": ("{A} and {B} are determined to increase bilateral trade to {X} by {t}.",
                               lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "in-a-bid-to-raise": ("{A} and {B} signed ten agreements in a bid to raise mutual trade to {X} by {t}.",
                          lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "called-for-raising": ("The presidents of {A} and {B} called for raising trade turnover to {X} by {t}.",
                           lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    # a level due by the calendar, and a year not yet begun: forecasts
    "is-due-to-reach": ("Trade between {A} and {B} is due to reach {X} in {t}.",
                        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "forecast"),)),
    "are-slated-to-reach": ("{A's} exports to {B} are slated to reach {X} in {t}.",
                            lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "forecast"),)),
    "estimates-put-at-next-year": ("Estimates put trade between {A} and {B} at {X} in {n}.",
                                   lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 1, "forecast"),)),
    # a passive of planning or expecting, the amount its subject
    "investment-of-X-is-planned": ("Investment of {X} from {A} in {B} is planned for this year.",
                                   lambda a, b, x, z, u, p: (_plan(a, b, a, b, "investment", x, u, p, "target"),)),
    "exports-worth-X-are-expected": ("Exports worth {X} from {A} to {B} are expected this year.",
                                     lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p, "forecast"),)),
    # a capacity, a search for ways: a forecast and a target
    "has-the-potential-to-reach-this-year": ("Trade between {A} and {B} has the potential to reach {X} this year.",
                                             lambda a, b, x, z, u, p: (_tt(a, b, x, u, p, "forecast"),)),
    "are-looking-to-increase": ("{A} and {B} are looking to increase bilateral trade to {X} by {t}.",
                                lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    # a goal reached, and a forecast beaten: the level told is a fact
    "hit-the-target-of": ("Trade between {A} and {B} hit the target of {X} in {y}.",
                          lambda a, b, x, z, u, p: (_tt(a, b, x, u, p - 1),)),
    "missed-the-forecast-reaching": (
        "In {y}, trade between {A} and {B} missed the forecast of {Y}, reaching {X}.",
        lambda a, b, x, z, u, p: (_tt(a, b, z, u, p - 1, "forecast"), _tt(a, b, x, u, p - 1))),
    # a target missed: the target and the fact
    "fell-short-of-the-target-reaching": (
        "Trade between {A} and {B} fell short of the {Y} target in {y}, reaching {X}.",
        lambda a, b, x, z, u, p: (_tt(a, b, z, u, p - 1, "target"), _tt(a, b, x, u, p - 1))),
    "missed-the-target-coming-in-at": (
        "{A's} exports to {B} missed the {Y} target for {y}, coming in at {X}.",
        lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", z, u, p - 1, "target"), _plan(a, b, a, b, "exports", x, u, p - 1, "reported"))),
}  # fmt: skip


def plan_wording_family() -> Iterator[Case]:
    """A plan's, an expectation's or a missed goal's wording: the status and the year each takes."""

    def say(said: tuple[str, StatusRows], p: int, s: int, a: str, b: str) -> Said:
        template, rows = said
        published = DATES[s % len(DATES)]
        pub = published.year
        fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 3, fmt)
        body = template.replace("{X}", x).replace("{Y}", z)
        for key, year in {"{y}": pub - 1, "{p}": pub, "{n}": pub + 1, "{t}": pub + 5}.items():
            body = body.replace(key, str(year))
        return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), xv, zv, unit, pub), str(s))

    yield from _both_orders("plan-wording", PLAN_WORDINGS.items(), say)


FAMILIES = (*FAMILIES, plan_wording_family)


# A statistics release's balance whose noun comes first and governs the trade: "the balance of
# A's trade with B was positive at $X" is a difference, no flow, whether or not a turnover stands
# beside it; the turnover beside it is still the pair's.
BalanceRows = Callable[[str, str, float, float, str, int], tuple[Row, ...]]
BALANCE_OF_WORDINGS: dict[str, tuple[str, BalanceRows]] = {
    "balance-of-A's-trade-was-positive": ("The balance of {A's} trade with {B} was positive and amounted to {Z} in {y}.",
                                          lambda a, b, x, z, u, y: ()),
    "balance-of-A's-foreign-trade-with": ("In {y}, the balance of {A's} foreign trade with {B} was negative at {Z}.",
                                          lambda a, b, x, z, u, y: ()),
    "balance-of-mutual-trade": ("The balance of mutual trade between {A} and {B} reached {Z} in {y}.",
                                lambda a, b, x, z, u, y: ()),
    "turnover-then-balance-of": ("Trade between {A} and {B} amounted to {X} in {y}, and the balance of bilateral trade stood at {Z}.",
                                 lambda a, b, x, z, u, y: (_tt(a, b, x, u, y),)),
}  # fmt: skip


def balance_of_trade_family() -> Iterator[Case]:
    """A balance named before the trade it measures: no flow, and the flow beside it kept."""

    def say(said: tuple[str, BalanceRows], p: int, s: int, a: str, b: str) -> Said:
        template, rows = said
        published = DATES[s % len(DATES)]
        y = published.year - 1
        fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 3, fmt)
        body = template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y))
        return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), xv, zv, unit, y), str(s))

    yield from _both_orders("balance-of-trade", BALANCE_OF_WORDINGS.items(), say)


FAMILIES = (*FAMILIES, balance_of_trade_family)


# A release's label and its value after a colon or a dash: a country's total with the world
# ("Kazakhstan's foreign trade turnover in 2023: $10.2 bn"), its parts labelled the same way.
WorldRows = Callable[[str, float, float, float, str, int], tuple[Row, ...]]


def _world_tt(h: str, v: float, u: str, y: int) -> Row:
    return _tt(h, "WLD", v, u, y)


WORLD_LABEL_WORDINGS: dict[str, tuple[str, WorldRows]] = {
    "A's-foreign-trade-turnover-in-y-colon": ("{A's} foreign trade turnover in {y}: {T}.",
                                              lambda h, t, x, z, u, y: (_world_tt(h, t, u, y),)),
    "foreign-trade-turnover-of-A-dash": ("Foreign trade turnover of {A} in {y} – {T}.",
                                         lambda h, t, x, z, u, y: (_world_tt(h, t, u, y),)),
    "A's-trade-with-foreign-countries-colon": ("{A's} trade turnover with foreign countries in {y}: {T}.",
                                               lambda h, t, x, z, u, y: (_world_tt(h, t, u, y),)),
    "turnover-exports-imports-colons": (
        "{A's} foreign trade turnover in {y}: {T}, exports: {X}, imports: {Z}.",
        lambda h, t, x, z, u, y: (_world_tt(h, t, u, y), _plan(h, "WLD", h, "WLD", "exports", x, u, y, "reported"),
                                  _plan(h, "WLD", "WLD", h, "exports", z, u, y, "reported"))),
}  # fmt: skip


def world_label_family() -> Iterator[Case]:
    """A world total given as a label's value: every home, each wording."""
    for v, (variant, (template, rows)) in enumerate(WORLD_LABEL_WORDINGS.items()):
        construction = f"world-label/{variant}"
        for r, home in enumerate(HOMES):
            s = r * len(WORLD_LABEL_WORDINGS) + v
            published = DATES[s % len(DATES)]
            y = published.year - 1
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            x, xv, unit = amount(s, fmt)
            z, zv, _ = amount(s + 3, fmt)
            t, tv, _ = amount(s + 5, fmt)
            body = template.replace("{T}", t).replace("{X}", x).replace("{Z}", z).replace("{y}", str(y))
            yield Case(construction, f"{construction}/{code(home)}", _fill(body, A=home), published,
                       rows(code(home), tv, xv, zv, unit, y))  # fmt: skip


FAMILIES = (*FAMILIES, world_label_family)


# A release's whole first and its parts by partner after, the next sentence opening on the whole
# ("Of the total volume, $2.4 bn falls on China"): each part is the home's flow with that partner.
WholePartRows = Callable[[str, str, float, float, str, int], tuple[Row, ...]]
WHOLE_THEN_PART_WORDINGS: dict[str, tuple[str, WholePartRows]] = {
    "of-the-total-volume-falls-on": ("{A's} foreign trade turnover amounted to {T} in {y}. Of the total volume, {X} falls on {B}.",
                                     lambda a, b, t, x, u, y: (_tt(a, "WLD", t, u, y), _tt(a, b, x, u, y))),
    "of-the-total-fell-to": ("In {y}, {A's} foreign trade reached {T}. Of the total, {X} fell to {B}.",
                             lambda a, b, t, x, u, y: (_tt(a, "WLD", t, u, y), _tt(a, b, x, u, y))),
    "out-of-the-total-came-from": ("{A's} imports amounted to {T} in {y}. Out of the total, {X} came from {B}.",
                                   lambda a, b, t, x, u, y: (_plan(a, "WLD", "WLD", a, "exports", t, u, y, "reported"),
                                                             _plan(a, b, b, a, "exports", x, u, y, "reported"))),
    "of-the-total-amount-went-to": ("{A's} exports totalled {T} in {y}. Of the total amount, {X} went to {B}.",
                                    lambda a, b, t, x, u, y: (_plan(a, "WLD", a, "WLD", "exports", t, u, y, "reported"),
                                                              _plan(a, b, a, b, "exports", x, u, y, "reported"))),
}  # fmt: skip


def whole_then_part_family() -> Iterator[Case]:
    """A world total, then a partner's part of it opened by the whole: the partner takes the world's place."""

    def say(said: tuple[str, WholePartRows], p: int, s: int, a: str, b: str) -> Said:
        template, rows = said
        published = DATES[s % len(DATES)]
        y = published.year - 1
        fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
        x, xv, unit = amount(s, fmt)
        # the whole larger than any part: 9.9 billion in the part's format
        t, tv = FORMATS[fmt][0].format(n="9.9", big="billion", mln="bln", m="bn", mn="bn"), 9.9e9
        body = template.replace("{T}", t).replace("{X}", x).replace("{y}", str(y))
        return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), tv, xv, unit, y), str(s))

    yield from _both_orders("whole-then-part", WHOLE_THEN_PART_WORDINGS.items(), say, swaps=False)


FAMILIES = (*FAMILIES, whole_then_part_family)


# A receiver named as its ministry with its possessive or adjective, after "to" or "for" (from a
# probe of donors' releases): the ministry receives as its country does, never reports.
MINISTRY_RECEIVER = {
    "D-handed-over-equipment-to-R's-Ministry-of-Health": "{D} handed over equipment worth {X} to {R's} Ministry of Health.",
    "D-handed-over-X-to-R's-health-ministry": "{D} handed over {X} to {R's} health ministry.",
    "D-will-hand-over-vehicles-to-R's-Ministry-of-Emergency-Situations": "{D} will hand over vehicles worth {X} to {R's} Ministry of Emergency Situations.",
    "D-handed-over-X-to-R's-Ministry-of-Education": "{D} has handed over {X} to {R's} Ministry of Education.",
}


def ministry_receiver_family() -> Iterator[Case]:
    yield from _given_to_homes("ministry-receiver", MINISTRY_RECEIVER, DONORS[:6], _aid_given, spread=True)


# A donor's ambassador, named by the donor's adjective, hands over as the donor does.
# (Capitalised, "the Korean Ambassador", it is still missed: grammar g8707.)
AMBASSADORS = (("the Japanese ambassador", "JPN"), ("the Korean ambassador", "KOR"), ("the German ambassador", "DEU"),
               ("the Turkish ambassador", "TUR"), ("the Chinese ambassador", "CHN"), ("the Saudi ambassador", "SAU"))  # fmt: skip
AMBASSADOR_HANDING = {
    "D-handed-over-medical-equipment-worth-X-to-R": "{D} handed over medical equipment worth {X} to {R}.",
    "D-will-hand-over-medical-equipment-worth-X-to-R": "{D} will hand over medical equipment worth {X} to {R}.",
    "D-handed-over-X-to-R's-Ministry-of-Health": "{D} handed over {X} to {R's} Ministry of Health.",
}


def ambassador_handing_family() -> Iterator[Case]:
    yield from _given_to_homes("ambassador-handing", AMBASSADOR_HANDING, AMBASSADORS, _aid_given, spread=True)


FAMILIES = (*FAMILIES, ministry_receiver_family, ambassador_handing_family)


# "Our" and "your" in a quote whose attribution names whom it was said to by the meeting it was
# said at, not by "told" (from a probe of speeches and readouts): {A} the teller's adjective, {B}
# the one addressed; "our" is the teller's country, "your" the other's. A fronted "Addressing the
# X delegation," names the one addressed before the teller; a pronoun teller ("he said at talks
# with") is the pair's other side. (template, rows(teller, told, amount, unit, year))
QUOTE_ADDRESS: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "your-companies-said-at-a-meeting-with": (
        '"In {y} your companies invested {X} in our economy," the {A} President said at a meeting with the {B} Prime Minister.',
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
    "said-during-talks-with-counterpart-colon-quote": (
        'The {A} minister said during talks with his {B} counterpart: "In {y} our exports to your country reached {X}."',
        lambda a, b, x, u, y: (_ex(a, b, x, u, y),)),
    "our-imports-said-in-talks-with": (
        '"Our imports from your country reached {X} in {y}," the {A} minister said in talks with the {B} delegation.',
        lambda a, b, x, u, y: (_ex(b, a, x, u, y),)),
    "addressing-delegation-fronted": (
        'Addressing the {B} delegation, the {A} minister said: "In {y} our exports to your country reached {X}."',
        lambda a, b, x, u, y: (_ex(a, b, x, u, y),)),
    "noted-receiving": (
        '"In {y} your companies invested {X} in our country," the {A} President noted, receiving the {B} Foreign Minister.',
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
    "he-said-at-talks-with": (
        'The {A} Prime Minister arrived for a visit. "In {y} our investment in your country reached {X}," he said at talks with the {B} President.',
        lambda a, b, x, u, y: (_inv(a, b, x, u, y),)),
}  # fmt: skip


# A quote a pronoun tells right after a sentence of a meeting: the pronoun is the one who met
# (the subject), the other the one told.
MET_THEN_QUOTE: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "received-then-he-said": (
        'The {A} President received the {B} Foreign Minister. "In {y} your companies invested {X} in our country," he said.',
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
    "welcomed-then-he-said-colon": (
        'The {A} President welcomed the {B} Prime Minister. He said: "In {y} your companies invested {X} in our economy."',
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
    "held-talks-with-then-she-said": (
        'The {A} Foreign Minister held talks with the {B} Foreign Minister. "Our imports from your country reached {X} in {y}," she said.',
        lambda a, b, x, u, y: (_ex(b, a, x, u, y),)),
    "met-then-he-noted": (
        'The {A} Prime Minister met the {B} President. "In {y} our investment in your country reached {X}," he noted.',
        lambda a, b, x, u, y: (_inv(a, b, x, u, y),)),
}  # fmt: skip

# An envoy's interview: "we" as the subject of a verb of investing is the envoy's country; {A}
# the host, {B} the envoy's country by name, {Bj} by adjective.
INTERVIEW_WE: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "ambassador-of-B-to-A-we-invested-in-y": (
        "Interview with the Ambassador of {B} to {A}\n\n- How do you assess investment ties?\n- In {y} we invested {X}.",
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
    "B-ambassador-to-A-we-have-already-invested": (
        "Interview with the {Bj} ambassador to {A}\n\n- And investment?\n- We have already invested more than {X}.",
        lambda a, b, x, u, y: (expect(b, a, b, a, "investment", "level", x, u, y + 1, "cumulative", "over"),)),
}  # fmt: skip

# An envoy's "my country" is the envoy's own, "your" the host's: {A} the host, {B} the envoy's.
INTERVIEW_MY: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "your-exports-to-my-country": (
        "Interview with the Ambassador of {B} to {A}\n\n- How is trade developing?\n- In {y} your exports to my country reached {X}.",
        lambda a, b, x, u, y: (_ex(a, b, x, u, y),)),
    "your-imports-from-my-country": (
        "Interview with the Ambassador of {B} to {A}\n\n- How is trade developing?\n- In {y} your imports from my country rose to {X}.",
        lambda a, b, x, u, y: (_ex(b, a, x, u, y),)),
    "A-exported-to-my-country": (
        "Interview with the Ambassador of {B} to {A}\n\n- And trade?\n- In {y} {A} exported goods worth {X} to my country.",
        lambda a, b, x, u, y: (_ex(a, b, x, u, y),)),
    "your-investment-in-my-country": (
        "Interview with the Ambassador of {B} to {A}\n\n- And investment?\n- In {y} your investment in my country reached {X}.",
        lambda a, b, x, u, y: (_inv(a, b, x, u, y),)),
}  # fmt: skip

# An interview's answer that is only an amount, on the line after its question: the question
# says what it measures ("- How much has Korea invested in Mongolia? - Over $500 m.").
ANSWERED: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "how-much-has-B-invested-in-A-over": (
        "- How much has {B} invested in {A}?\n- Over {X}.",
        lambda a, b, x, u, y: (expect(b, a, b, a, "investment", "level", x, u, y + 1, "cumulative", "over"),)),
    "Q-what-was-the-turnover-in-y-A-about": (
        "Q: What was the trade turnover between {A} and {B} in {y}?\nA: About {X}.",
        lambda a, b, x, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY", "approx"),)),
    "how-much-did-A-export-last-year-blank-line-some": (
        "- How much did {A} export to {B} last year?\n\n- Some {X}.",
        lambda a, b, x, u, y: (expect(a, b, a, b, "exports", "level", x, u, y, "FY", "approx"),)),
}  # fmt: skip


# A quote whose attribution names only its teller, by a country of the pair: "our" is the
# teller's country, "your" the other side ({Aj} the teller's adjective).
SAID_BY_SIDE: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "held-talks-your-companies-minister-said": (
        '{A} and {B} held talks. "In {y} your companies invested {X} in our economy," the {Aj} minister said.',
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
    "held-talks-our-investment-minister-stressed": (
        '{B} and {A} held talks. "In {y} our investment in your country reached {X}," the {Aj} minister stressed.',
        lambda a, b, x, u, y: (_inv(a, b, x, u, y),)),
    "during-visit-to-B-president-said-colon": (
        'During his visit to {B}, the {Aj} President said: "In {y} your companies invested {X} in our economy."',
        lambda a, b, x, u, y: (_inv(b, a, x, u, y),)),
}  # fmt: skip

# A side's proposal in talks is its aim, a target ({Aj} the proposer's adjective, {t} the deadline).
PROPOSED: dict[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]] = {
    "side-proposed-to-increase-trade-with-B": (
        "The {Aj} side proposed to increase trade with {B} to {X} by {t}.",
        lambda a, b, x, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y + 4, "FY", status="target"),)),
    "president-suggested-raising-trade-with-B": (
        "The {Aj} President suggested raising trade with {B} to {X} by {t}.",
        lambda a, b, x, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y + 4, "FY", status="target"),)),
    "minister-urged-companies-to-increase-trade-with-A": (
        "The {Aj} minister urged {Bj} companies to increase trade with {A} to {X} by {t}.",
        lambda a, b, x, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y + 4, "FY", status="target"),)),
    "side-proposed-that-trade-with-B-be-increased": (
        "The {Aj} side proposed that trade with {B} be increased to {X} by {t}.",
        lambda a, b, x, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y + 4, "FY", status="target"),)),
}  # fmt: skip


def _speech_cases(name: str, table: Mapping[str, tuple[str, Callable[[str, str, float, str, int], tuple[Row, ...]]]]) -> Iterator[Case]:
    """Each template for every ordered pair of countries with an adjective: {A} and {B} by
    adjective in `quote-address` and `met-then-quote`, by name ({Bj} the adjective) elsewhere."""
    by_adjective = name in ("quote-address", "met-then-quote")
    for v, (variant, (template, rows)) in enumerate(table.items()):
        for p, order, first, second in _ordered_pairs():
            adj_a, adj_b = COUNTRIES[first][1], COUNTRIES[second][1]
            if adj_a is None or adj_b is None:
                continue  # the EU has no adjective of a country's officials
            s = (p * 2 + order) * len(table) + v
            published, y, fmt = date_year_format(s)
            x, value, unit = amount(s, fmt)
            a, b = (adj_a, adj_b) if by_adjective else (first, second)
            text = _cap(template.replace("{Aj}", adj_a).replace("{Bj}", adj_b).replace("{A}", a).replace("{B}", b)
                    .replace("{X}", x).replace("{y}", str(y)).replace("{t}", str(y + 4)))
            construction = f"{name}/{variant}"
            yield Case(construction, f"{construction}/{code(first)}-{code(second)}/{s}", text, published,
                       rows(code(first), code(second), value, unit, y))  # fmt: skip


def quote_address_family() -> Iterator[Case]:
    yield from _speech_cases("quote-address", QUOTE_ADDRESS)


def met_then_quote_family() -> Iterator[Case]:
    yield from _speech_cases("met-then-quote", MET_THEN_QUOTE)


def interview_we_family() -> Iterator[Case]:
    yield from _speech_cases("interview-we", INTERVIEW_WE)


def interview_my_family() -> Iterator[Case]:
    yield from _speech_cases("interview-my", INTERVIEW_MY)


def answered_family() -> Iterator[Case]:
    yield from _speech_cases("answered", ANSWERED)


def said_by_side_family() -> Iterator[Case]:
    yield from _speech_cases("said-by-side", SAID_BY_SIDE)


def proposed_family() -> Iterator[Case]:
    yield from _speech_cases("proposed", PROPOSED)


FAMILIES = (*FAMILIES, quote_address_family, met_then_quote_family, interview_we_family, answered_family, proposed_family,
             interview_my_family, said_by_side_family)  # fmt: skip
# A story's pair shifts after a sentence without figures names a new partner of the home (from a
# probe of multi-partner stories): "the country" after "with" or "to" ("Uzbekistan also signed deals
# with Korea. Trade with the country grew 20%"), "that country" and "the latter" are that partner,
# and the home trades with it, whichever of the story's pair was named first. {H} the home, {Q}
# the new partner, {HA} the home's adjective, {X} the amount; the flow is last year's.
PAIR_SHIFT = {
    "also-held-talks-trade-with-the-latter": ("{H} also held talks with {Q}. Trade with the latter amounted to {X} last year.", "turnover", None),
    "also-signed-trade-with-the-country-grew": ("{H} also signed deals with {Q}. Trade with the country grew 20% to {X} last year.", "turnover", 20.0),
    "minister-flew-trade-with-that-country": ("The {HA} minister then flew to {Q}. Trade with that country reached {X} last year.", "turnover", None),
    "also-signed-exports-to-the-country": ("{H} also signed an agreement with {Q}. Exports to the country reached {X} last year.", "HQ", None),
    "also-held-talks-imports-from-the-latter": ("{H} also held talks with {Q}. Imports from the latter amounted to {X} last year.", "QH", None),
    "also-signed-exports-to-that-country": ("{H} also signed deals with {Q}. Exports to that country reached {X} last year.", "HQ", None),
    "also-held-talks-imports-from-the-country": ("{H} also held talks with {Q}. Imports from the country amounted to {X} last year.", "QH", None),
}  # fmt: skip


def pair_shift_family() -> Iterator[Case]:
    for variant, (wording, flow, rate) in PAIR_SHIFT.items():
        construction = f"pair-shift/{variant}"
        for i, (home, partner, third, _) in enumerate(STORIES):
            for order in (0, 1):
                s = i * 2 + order
                published, y, fmt = date_year_format(s)
                t, tv, unit = amount(s + 4, fmt)
                x, xv, _ = amount(s, fmt)
                first, second = (home, partner) if order == 0 else (partner, home)
                adjective = COUNTRIES[home][1] or home
                text = _fill(f"Trade between {{A}} and {{B}} reached {t} in {y}. " + wording.replace("{X}", x).replace("{HA}", adjective),
                             A=first, B=second, H=home, Q=third)  # fmt: skip
                h, q = code(home), code(third)
                rows = [expect(h, code(partner), None, None, "trade_turnover", "level", tv, unit, y, "FY")]
                if flow == "turnover":
                    rows.append(expect(h, q, None, None, "trade_turnover", "level", xv, unit, y, "FY"))
                else:
                    frm, to = (h, q) if flow == "HQ" else (q, h)
                    rows.append(expect(h, q, frm, to, "exports", "level", xv, unit, y, "FY"))
                if rate is not None:
                    rows.append(expect(h, q, None, None, "trade_turnover", "change", rate, "percent", y, "FY"))
                yield Case(construction, f"{construction}/{h}-{q}/{order}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, pair_shift_family)


# A release goes on to a partner set as the topic at the head of its sentence, a pronoun after it
# standing for it (from the same probe): "As for Iran, trade with it reached $410 m", "Regarding
# Japan, exports to it totaled $12 m". {H} the home, {P} the partner before, {Q} the topic.
TOPIC_OPENERS = ("As for", "Regarding", "As regards", "Concerning", "In the case of", "As to")
TOPIC_FLOWS = {
    "trade-with-it": ("trade with it reached {Z}", None),
    "exports-to-it": ("exports to it totaled {Z}", "HQ"),
    "imports-from-it": ("imports from it amounted to {Z}", "QH"),
}


def topic_pronoun_family() -> Iterator[Case]:
    for o, opener in enumerate(TOPIC_OPENERS):
        for variant, (clause, flow) in TOPIC_FLOWS.items():
            construction = f"topic-pronoun/{opener.lower().replace(' ', '-')}/{variant}"
            for i, (home, partner, third, _) in enumerate(STORIES):
                s = i * len(TOPIC_OPENERS) + o
                published, y, fmt = date_year_format(s)
                x, xv, unit = amount(s, fmt)
                z, zv, _ = amount(s + 3, fmt)
                if xv == zv:
                    continue
                text = _fill(f"Trade between {{H}} and {{P}} reached {x} in {y}. {opener} {{Q}}, " + clause.replace("{Z}", z) + ".",
                             H=home, P=partner, Q=third)  # fmt: skip
                h, q = code(home), code(third)
                frm, to = (None, None) if flow is None else (h, q) if flow == "HQ" else (q, h)
                rows = (expect(h, code(partner), None, None, "trade_turnover", "level", xv, unit, y, "FY"),
                        expect(h, q, frm, to, "trade_turnover" if flow is None else "exports", "level", zv, unit, y, "FY"))  # fmt: skip
                yield Case(construction, f"{construction}/{h}-{q}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, topic_pronoun_family)


# A release's parts of the home's total told by "accounted for" (from the same probe), with an
# adverb set off after the partner ("Russia, in turn, accounted for $3.2 bn"), "also" before the
# verb, or the verb gapped after "and" ("Italy accounted for $16.2 bn of the total, and Turkey for
# $6.3 bn"): each part is the home's with its partner. {H} the home, {P} and {Q} partners, {T} the
# total, {Z} and {X} the parts.
PART_ACCOUNTED = {
    "in-turn-accounted-for": "{H's} foreign trade turnover reached {T} in {y}. {Q} was the largest partner, with {Z}. {P}, in turn, accounted for {X}.",
    "for-its-part-accounted-for": "{H's} foreign trade turnover reached {T} in {y}. {Q} accounted for {Z}. {P}, for its part, accounted for {X}.",
    "also-accounted-for": "{H's} foreign trade turnover reached {T} in {y}. {Q} accounted for {Z}. {P} also accounted for {X}.",
    "and-P-for-of-the-total": "{H's} foreign trade turnover reached {T} in {y}. {Q} accounted for {Z} of the total, and {P} for {X}.",
    "and-P-for": "{H's} foreign trade turnover reached {T} in {y}. {Q} accounted for {Z}, and {P} for {X}.",
    "meanwhile-and-P-for": "{H's} foreign trade turnover reached {T} in {y}. {Q}, meanwhile, accounted for {Z}, and {P} for {X}.",
}


def part_accounted_family() -> Iterator[Case]:
    for v, (variant, wording) in enumerate(PART_ACCOUNTED.items()):
        construction = f"part-accounted/{variant}"
        for i, (home, partner, third, _) in enumerate(STORIES):
            s = i * len(PART_ACCOUNTED) + v
            published, y, fmt = date_year_format(s)
            t, tv, _ = fixed_amount("21.4", 9, fmt)
            z, zv, unit = amount(s + 2, fmt)
            x, xv, _ = amount(s + 5, fmt)
            if xv == zv:
                continue
            text = _fill(wording.replace("{T}", t).replace("{Z}", z).replace("{X}", x).replace("{y}", str(y)), H=home, P=partner, Q=third)
            h = code(home)
            rows = (expect(h, "WLD", None, None, "trade_turnover", "level", tv, unit, y, "FY"),
                    expect(h, code(third), None, None, "trade_turnover", "level", zv, unit, y, "FY"),
                    expect(h, code(partner), None, None, "trade_turnover", "level", xv, unit, y, "FY"))  # fmt: skip
            yield Case(construction, f"{construction}/{h}-{code(partner)}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, part_accounted_family)


# In a bilateral story, a side's flow told by its rate and the level it led to ("Iran's exports
# grew 12% to $410 m"), no larger than the pair's turnover just told, is a part of it: the pair's,
# the rate with its level (from the same probe); one larger ("Turkey's exports rose 13% to
# $254 bn") is the side's total with the world. {S} the side, {X} the level.
RATE_TO_LEVEL = {
    "grew-N%-to": ("{S's} exports grew {r}% to {X} last year.", 1),
    "increased-by-N%-to": ("{S's} exports increased by {r}% to {X} last year.", 1),
    "declined-by-N%-to": ("{S's} exports declined by {r}% to {X} last year.", -1),
    "imports-rose-N%-to": ("{S's} imports rose {r}% to {X} last year.", 1),
}


def rate_to_level_family() -> Iterator[Case]:
    for v, (variant, (wording, sign)) in enumerate(RATE_TO_LEVEL.items()):
        for world in (False, True):
            construction = f"rate-to-level/{variant}" + ("/larger-world" if world else "")
            for i, (home, partner, _, _) in enumerate(STORIES):
                for side in (home, partner):
                    s = i * len(RATE_TO_LEVEL) + v
                    published, y, fmt = date_year_format(s)
                    t, tv, _ = fixed_amount("2.5", 9, fmt)
                    x, xv, unit = fixed_amount("254", 9, fmt) if world else fixed_amount("412.6", 6, fmt)
                    rate = float(RATES[s % len(RATES)])
                    body = wording.replace("{X}", x).replace("{r}", RATES[s % len(RATES)])
                    text = _fill(f"{{H}} and {{P}} discuss expanding trade\n\n{CAPITALS[code(home)].upper()}, June 1 - Trade between {{H}} and "
                                 f"{{P}} reached {t} in {y}.\n\n" + body, H=home, P=partner, S=side)  # fmt: skip
                    own, other = code(side), "WLD" if world else code(partner if side == home else home)
                    frm, to = (other, own) if "imports" in variant else (own, other)
                    rows = (expect(code(home), code(partner), None, None, "trade_turnover", "level", tv, unit, y, "FY"),
                            expect(own, other, frm, to, "exports", "level", xv, unit, y, "FY"),
                            expect(own, other, frm, to, "exports", "change", sign * rate, "percent", y, "FY"))  # fmt: skip
                    yield Case(construction, f"{construction}/{code(home)}-{code(partner)}/{own}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, rate_to_level_family)


# Two countries' flows in one sentence, the second owner's flow gapped after its possessive (from
# the same probe's stories of a side's world totals): "Kazakhstan's foreign trade reached $134 bn,
# while Uzbekistan's totaled $50 bn" is each one's own, never a pair of the two; "Azerbaijan's
# exports to Italy were $9.2 bn, and Georgia's $1.1 bn" is each one's with Italy. {A}, {B} the
# owners, {P} the partner; "WLD" rows for a world total.
GAPPED_OWNER = {
    "foreign-trade-while-B's-totaled": ("{A's} foreign trade reached {X} in {y}, while {B's} totaled {Z}.", "turnover"),
    "foreign-trade-and-B's-to": ("{A's} foreign trade amounted to {X} in {y}, and {B's} to {Z}.", "turnover"),
    "exports-to-P-and-B's": ("{A's} exports to {P} were {X} in {y}, and {B's} {Z}.", "exports"),
    "imports-from-P-while-B's-stood-at": ("{A's} imports from {P} reached {X} in {y}, while {B's} stood at {Z}.", "imports"),
}


def gapped_owner_family() -> Iterator[Case]:
    partners = ("China", "Russia", "Turkey", "Germany", "Italy", "India", "Japan", "South Korea")
    for v, (variant, (wording, flow)) in enumerate(GAPPED_OWNER.items()):
        construction = f"gapped-owner/{variant}"
        for i in range(len(HOMES) - 1):
            for order in (0, 1):
                a, b = (HOMES[i], HOMES[i + 1]) if order == 0 else (HOMES[i + 1], HOMES[i])
                partner = partners[(i + v) % len(partners)]
                s = (i * 2 + order) * len(GAPPED_OWNER) + v
                published, y, fmt = date_year_format(s)
                x, xv, unit = amount(s, fmt)
                z, zv, _ = amount(s + 3, fmt)
                if xv == zv:
                    continue
                text = _fill(wording.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)), A=a, B=b, P=partner)
                p = code(partner)
                rows = []
                for owner, value in ((code(a), xv), (code(b), zv)):
                    if flow == "turnover":
                        rows.append(expect(owner, "WLD", None, None, "trade_turnover", "level", value, unit, y, "FY"))
                    else:
                        frm, to = (owner, p) if flow == "exports" else (p, owner)
                        rows.append(expect(owner, p, frm, to, "exports", "level", value, unit, y, "FY"))
                yield Case(construction, f"{construction}/{code(a)}-{code(b)}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, gapped_owner_family)


# In a bilateral story, each side's total in a clause of its own ("Azerbaijan's total imports
# amounted to $14.5 bn, while Iran's total exports reached $73 bn"): "total" makes each its
# owner's flow with the world, the other clause's owner no partner of it; without "total" each
# side's flow is the pair's (the conventions' default). {A} the first owner, {B} the second.
TWO_TOTALS = {
    "total-imports-while-total-exports": ("{A's} total imports amounted to {X} last year, while {B's} total exports reached {Z}.", ("in", "out"), True),
    "total-exports-and-total-imports": ("{A's} total exports hit {X} last year, and {B's} total imports rose to {Z}.", ("out", "in"), True),
    "total-exports-while-total-exports": ("{A's} total exports reached {X} last year, while {B's} total exports stood at {Z}.", ("out", "out"), True),
    "exports-while-exports-the-pair's": ("{A's} exports amounted to {X} last year, while {B's} exports reached {Z}.", ("out", "out"), False),
}


def two_totals_family() -> Iterator[Case]:
    for v, (variant, (wording, ways, world)) in enumerate(TWO_TOTALS.items()):
        construction = f"two-totals/{variant}"
        for i, (home, partner, _, _) in enumerate(STORIES):
            for order in (0, 1):
                a, b = (home, partner) if order == 0 else (partner, home)
                s = (i * 2 + order) * len(TWO_TOTALS) + v
                published, y, fmt = date_year_format(s)
                t, tv, _ = fixed_amount("2.5", 9, fmt)
                # (the totals larger than the pair's turnover, the pair's parts smaller)
                x, xv, unit = fixed_amount("14.5", 9, fmt) if world else amount(s, fmt)
                z, zv, _ = fixed_amount("73", 9, fmt) if world else amount(s + 3, fmt)
                if xv == zv:
                    continue
                head = f"{{H}} and {{P}} discuss trade\n\n{CAPITALS[code(home)].upper()}, June 1 - Trade between {{H}} and {{P}} reached {t} in {y}.\n\n"
                text = _fill(head + wording.replace("{X}", x).replace("{Z}", z), H=home, P=partner, A=a, B=b)
                rows = [expect(code(home), code(partner), None, None, "trade_turnover", "level", tv, unit, y, "FY")]
                for owner, other, way, value in ((code(a), code(b), ways[0], xv), (code(b), code(a), ways[1], zv)):
                    side = "WLD" if world else other
                    frm, to = (owner, side) if way == "out" else (side, owner)
                    rows.append(expect(owner, side, frm, to, "exports", "level", value, unit, y, "FY"))
                yield Case(construction, f"{construction}/{code(home)}-{code(partner)}/{order}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, two_totals_family)


def _flow_between(template: str, p: int, a: str, b: str) -> tuple[str, str, str | None, str | None]:
    """The flow of BASE_FLOWS a wording says for pair p of countries a and b: (its words, indicator,
    from, to), from and to as codes when it has a direction. Chosen by pair and wording so that
    each wording says every flow over the pairs."""
    flow, indicator, way = BASE_FLOWS[(p + len(template)) % len(BASE_FLOWS)]
    ca, cb = code(a), code(b)
    frm, to = {"AB": (ca, cb), "BA": (cb, ca)}.get(way, (None, None))
    return flow, indicator, frm, to


# A level and its earlier level in one sentence (from a probe of two values of one flow): {F} the
# flow, {X} the figure's amount, {Y} the base's, {P} the figure's time, {BP} the base's, {y0} the
# base's year. Readings: "X" the figure (its year and months), "Y" the base (the same months a year
# earlier), "R12"/"R-9" the rate (the figure's). Each wording is said over whole years, quarters,
# halves and month ranges, the months named in words as often as in digits.
TWO_LEVELS = {
    "bracket-bare-year": ("{F} amounted to {X} {P} ({y0}: {Y}).", "X Y"),
    "bracket-previous-year-label": ("{F} amounted to {X} {P} (previous year: {Y}).", "X Y"),
    "or-rate-more-than-base": ("{F} reached {X} {P}, or 12% more than {Y} {BP}.", "X Y R12"),
    "rate-less-than-base": ("{F} amounted to {X} {P}, 9 percent less than {Y} {BP}.", "X Y R-9"),
    "which-is-rate-higher-than-base": ("{F} totalled {X} {P}, which is 12% higher than {Y} {BP}.", "X Y R12"),
    "rose-to-after-long-time-from": ("{F} rose to {X} {P}, from {Y}.", "X Y"),
    "rate-yoy-to-after-long-time-from": ("{F} grew 12% year-on-year to {X} {P}, from {Y}.", "X Y R12"),
    "from-base-then-another-clause": ("{F} rose to {X} {P} from {Y}, while exports fell.", "X Y"),
}
# (code, the figure's time, the base's, the article's date from the figure's year)
TWO_LEVEL_PERIODS: tuple[tuple[str, str, str, Callable[[int], date]], ...] = (
    ("FY", "in {y}", "in {y0}", lambda y: date(y + 1, 2, 20)),
    ("M1-M7", "in the first seven months of {y}", "in the first seven months of {y0}", lambda y: date(y, 8, 25)),
    ("M1-M4", "in January-April this year", "in the same period last year", lambda y: date(y, 5, 20)),
    ("Q1", "in the first quarter of this year", "in the first quarter of last year", lambda y: date(y, 5, 2)),
    ("H1", "in the first half of {y}", "in the first half of {y0}", lambda y: date(y, 7, 30)),
    ("Q3", "in the third quarter of {y}", "in the third quarter of {y0}", lambda y: date(y, 11, 5)),
    ("M1-M9", "in the January-September period of {y}", "in the January-September period of {y0}", lambda y: date(y, 10, 20)),
)


def two_levels_family() -> Iterator[Case]:
    """Each wording over every pair in both orders, the pair's flow and period chosen by the pair
    (every period and flow said by each wording over the pairs)."""

    def say(said: tuple[str, str], p: int, s: int, a: str, b: str) -> Said:
        template, readings = said
        period, own, base, dated = TWO_LEVEL_PERIODS[p % len(TWO_LEVEL_PERIODS)]
        flow, indicator, frm, to = _flow_between(template, p, a, b)
        y = (2012, 2016, 2019, 2022, 2023)[p % 5]
        fmt = SAFE_FORMATS[p % len(SAFE_FORMATS)]
        x, xv, unit = amount(p, fmt)
        z, zv, _ = amount(p + 3, fmt)
        body = (template.replace("{F}", flow).replace("{X}", x).replace("{Y}", z).replace("{P}", own).replace("{BP}", base)
                .replace("{y0}", str(y - 1)).replace("{y}", str(y)))  # fmt: skip
        ca, cb = code(a), code(b)
        rows = []
        for r in readings.split():
            if r == "X":
                rows.append(expect(ca, cb, frm, to, indicator, "level", xv, unit, y, period))
            elif r == "Y":
                rows.append(expect(ca, cb, frm, to, indicator, "level", zv, unit, y - 1, period))
            else:
                rows.append(expect(ca, cb, frm, to, indicator, "change", float(r[1:]), "percent", y, period))
        return Said(_fill(_cap(body), A=a, B=b), dated(y), tuple(rows))

    yield from _both_orders("two-levels", TWO_LEVELS.items(), say)



# A year's level told as the earlier year's exceeded by a rate: {F} the flow, {Y} the earlier
# year's amount, {X} the level reached. The earlier amount is of the year before the one the
# sentence names, the rate and the level of that year.
EXCEEDED_BASE = {
    "exceeded-the-previous-year's-by-reaching": "{F} in {y} exceeded the previous year's {Y} by 12%, reaching {X}.",
    "fronted-surpassed-the-previous-year's-by": "In {y}, {f} surpassed the previous year's {Y} by 12%, reaching {X}.",
    "exceeded-year's-by-and-reached": "{F} in {y} exceeded {y0}'s {Y} by 12 percent and reached {X}.",
}


def exceeded_base_family() -> Iterator[Case]:
    def say(template: str, p: int, s: int, a: str, b: str) -> Said:
        flow, indicator, frm, to = _flow_between(template, p, a, b)
        y = (2012, 2016, 2019, 2022, 2023)[p % 5]
        fmt = SAFE_FORMATS[p % len(SAFE_FORMATS)]
        x, xv, unit = amount(p, fmt)
        z, zv, _ = amount(p + 3, fmt)
        body = (template.replace("{F}", _cap(flow)).replace("{f}", flow).replace("{X}", x).replace("{Y}", z)
                .replace("{y0}", str(y - 1)).replace("{y}", str(y)))  # fmt: skip
        ca, cb = code(a), code(b)
        rows = (expect(ca, cb, frm, to, indicator, "level", xv, unit, y, "FY"), expect(ca, cb, frm, to, indicator, "level", zv, unit, y - 1, "FY"),
                expect(ca, cb, frm, to, indicator, "change", 12.0, "percent", y, "FY"))  # fmt: skip
        return Said(_fill(body, A=a, B=b), date(y + 1, 2, 20), rows)

    yield from _both_orders("exceeded-base", EXCEEDED_BASE.items(), say)



# A part of a year said once over a run of years, its levels "respectively": {PART} the part
# before the years, {y0} and {y} the years, {Y} and {X} their levels; each level is that part of
# its year, not the whole of the later one. (code, the part's words; plural before a run)
PART_RUN_PARTS = (("Q1", "January-March"), ("H1", "the first half of"), ("M1-M9", "January-September"),
                  ("M1-M7", "the first seven months of"), ("Q3", "the third quarter of"), ("Q1", "the first quarters of"),
                  ("H1", "the first halves of"))  # fmt: skip
PART_RUNS = {
    "in-PART-y0-and-y-F-amounted-to-Y-and-X-respectively": "In {PART} {y0} and {y}, {f} amounted to {Y} and {X}, respectively.",
    "F-amounted-to-Y-and-X-in-PART-y0-and-y-respectively": "{F} amounted to {Y} and {X} in {PART} {y0} and {y}, respectively.",
    "in-PART-y0-and-y-F-stood-at-Y-and-X": "In {PART} {y0} and {y}, {f} stood at {Y} and {X} respectively.",
}


def part_run_family() -> Iterator[Case]:
    def say(template: str, p: int, s: int, a: str, b: str) -> Said:
        period, part = PART_RUN_PARTS[p % len(PART_RUN_PARTS)]
        flow, indicator, frm, to = _flow_between(template, p, a, b)
        y = (2012, 2016, 2019, 2022, 2023)[p % 5]
        fmt = SAFE_FORMATS[p % len(SAFE_FORMATS)]
        x, xv, unit = amount(p, fmt)
        z, zv, _ = amount(p + 3, fmt)
        body = (template.replace("{F}", _cap(flow)).replace("{f}", flow).replace("{PART}", part).replace("{X}", x)
                .replace("{Y}", z).replace("{y0}", str(y - 1)).replace("{y}", str(y)))  # fmt: skip
        ca, cb = code(a), code(b)
        rows = (expect(ca, cb, frm, to, indicator, "level", xv, unit, y, period), expect(ca, cb, frm, to, indicator, "level", zv, unit, y - 1, period))
        return Said(_fill(body, A=a, B=b), date(y + 1, 2, 20), rows)

    yield from _both_orders("part-run", PART_RUNS.items(), say)



# A level, then the earlier years' levels told in a sentence of their own as "the figures for"
# those years ({y0}, {y00}; "corresponding": the same months of each): {P} the figure's time.
# (code, the figure's time; the article's date from its year)
EARLIER_FIGURE_PERIODS: tuple[tuple[str, str, Callable[[int], date]], ...] = (
    ("FY", "in {y}", lambda y: date(y + 1, 2, 20)), ("H1", "in January-June {y}", lambda y: date(y, 8, 20)),
    ("Q1", "in the first quarter of {y}", lambda y: date(y, 5, 10)), ("M1-M9", "in January-September {y}", lambda y: date(y, 10, 25)),
)  # fmt: skip
EARLIER_FIGURES = {
    "the-figures-for-y0-and-y00-were-Y-and-Z": ("{F} amounted to {X} in {y}. The figures for {y0} and {y00} were {Y} and {Z}.", True),
    "the-figures-for-were-respectively": ("{F} amounted to {X} in {y}. The figures for {y0} and {y00} were {Y} and {Z}, respectively.", True),
    "the-corresponding-figures-for": ("{F} amounted to {X} {P}. The corresponding figures for {y0} and {y00} were {Y} and {Z}.", False),
    "the-corresponding-figure-for": ("{F} reached {X} {P}. The corresponding figure for {y0} was {Y}.", False),
}


def earlier_figures_family() -> Iterator[Case]:
    def say(said: tuple[str, bool], p: int, s: int, a: str, b: str) -> Said:
        template, whole_years = said
        period, own, dated = EARLIER_FIGURE_PERIODS[0 if whole_years else p % len(EARLIER_FIGURE_PERIODS)]
        flow, indicator, frm, to = _flow_between(template, p, a, b)
        y = (2012, 2016, 2019, 2022, 2023)[p % 5]
        fmt = SAFE_FORMATS[p % len(SAFE_FORMATS)]
        amounts = [amount(p + k, fmt) for k in (0, 3, 5)]
        body = (template.replace("{F}", _cap(flow)).replace("{P}", own).replace("{X}", amounts[0][0]).replace("{Y}", amounts[1][0])
                .replace("{Z}", amounts[2][0]).replace("{y00}", str(y - 2)).replace("{y0}", str(y - 1)).replace("{y}", str(y)))  # fmt: skip
        ca, cb = code(a), code(b)
        rows = tuple(expect(ca, cb, frm, to, indicator, "level", v, unit, y - k, period)
                     for k, (text, v, unit) in enumerate(amounts) if text in body)  # fmt: skip
        return Said(_fill(body, A=a, B=b), dated(y), rows)

    yield from _both_orders("earlier-figures", EARLIER_FIGURES.items(), say)



# A month's or a quarter's level beside the one just before it ({T} the figure's time, "previous",
# "preceding" or "prior" the step): the base is of the month or quarter before, across the
# year's turn when the figure's is the first, never a year back.
STEP_TIMES = (("M6", "June {y}", 5, 0), ("M1", "January {y}", 12, 1), ("Q2", "the second quarter of {y}", 1, 0),
              ("Q1", "the first quarter of {y}", 4, 1), ("M9", "September {y}", 8, 0), ("Q4", "the fourth quarter of {y}", 3, 0))  # fmt: skip
STEP_BACK = {
    "up-from-Y-in-the-previous": "{F} reached {X} in {T}, up from {Y} in the previous {U}.",
    "compared-with-Y-in-the-preceding": "{F} amounted to {X} in {T}, compared with {Y} in the preceding {U}.",
    "fronted-fell-to-from-prior": "In {T}, {f} fell to {X} from {Y} in the prior {U}.",
}


def step_back_family() -> Iterator[Case]:
    def say(template: str, p: int, s: int, a: str, b: str) -> Said:
        period, said, before, back = STEP_TIMES[p % len(STEP_TIMES)]
        flow, indicator, frm, to = _flow_between(template, p, a, b)
        y = (2012, 2016, 2019, 2022, 2023)[p % 5]
        fmt = SAFE_FORMATS[p % len(SAFE_FORMATS)]
        x, xv, unit = amount(p, fmt)
        z, zv, _ = amount(p + 3, fmt)
        step = f"{period[0]}{before}"
        body = (template.replace("{F}", _cap(flow)).replace("{f}", flow).replace("{T}", said).replace("{U}", "month" if period[0] == "M" else "quarter")
                .replace("{X}", x).replace("{Y}", z).replace("{y}", str(y)))  # fmt: skip
        ca, cb = code(a), code(b)
        rows = (expect(ca, cb, frm, to, indicator, "level", xv, unit, y, period), expect(ca, cb, frm, to, indicator, "level", zv, unit, y - back, step))
        return Said(_fill(_cap(body), A=a, B=b), date(y + 1, 3, 1), rows)

    yield from _both_orders("step-back", STEP_BACK.items(), say)


FAMILIES = (*FAMILIES, two_levels_family, exceeded_base_family, part_run_family, earlier_figures_family, step_back_family)


# A plain figure, then an amount of the home economy's own that words of a flow name (from a probe
# of amounts that are no figures): a business's turnover, its sales; a country's banks lending at
# home; a government spending at home with a verb of giving; subsidies. Only the first figure.
HomeRows = Callable[[str, str, float, str, int], tuple[Row, ...]]
_TRADE_FIRST = "Trade between {A} and {B} reached {X} in {y}."
_EXPORTS_FIRST = "{A's} exports to {B} amounted to {X} in {y}."
_IMPORTS_FIRST = "{A's} imports from {B} amounted to {X} in {y}."
_INVESTMENT_FIRST = "{B's} investment in {A} reached {X} in {y}."


def _first_trade(a: str, b: str, x: float, u: str, y: int) -> tuple[Row, ...]:
    return (_tt(a, b, x, u, y),)


def _first_exports(a: str, b: str, x: float, u: str, y: int) -> tuple[Row, ...]:
    return (_ex(a, b, x, u, y),)


def _first_imports(a: str, b: str, x: float, u: str, y: int) -> tuple[Row, ...]:
    return (_ex(b, a, x, u, y),)


def _first_investment(a: str, b: str, x: float, u: str, y: int) -> tuple[Row, ...]:
    return (_inv(b, a, x, u, y),)


HOME_MEASURES: dict[str, tuple[str, HomeRows]] = {
    # a business's own turnover
    "the-company's-turnover": (_TRADE_FIRST + " The company's turnover amounted to {Z} in {y}.", _first_trade),
    "the-joint-venture's-annual-turnover": (_EXPORTS_FIRST + " The joint venture's annual turnover rose to {Z}.", _first_exports),
    "the-firm-with-an-annual-turnover-of": (_INVESTMENT_FIRST + " The firm, with an annual turnover of {Z}, employs 500 people.", _first_investment),
    "the-annual-turnover-of-the-stock-exchange": (_IMPORTS_FIRST + " The annual turnover of the stock exchange reached {Z}.", _first_imports),
    # a country's banks lending at home
    "bank-lending-in-A-rose": (_TRADE_FIRST + " Bank lending in {A} rose by 21%.", _first_trade),
    "mortgage-lending-grew": (_EXPORTS_FIRST + " Mortgage lending grew 30 percent.", _first_exports),
    "lending-to-small-businesses-grew": (_IMPORTS_FIRST + " Lending to small businesses grew 15% to {Z}.", _first_imports),
    "the-loan-portfolio-of-A's-banks": (_INVESTMENT_FIRST + " The loan portfolio of {A's} banks reached {Z}.", _first_investment),
    # a government spending at home
    "the-government-allocated-from-the-state-budget": (_TRADE_FIRST + " The government allocated {Z} from the state budget for road repairs.", _first_trade),
    "the-ministry-will-allocate-to-build": (_EXPORTS_FIRST + " The ministry will allocate {Z} to build new hospitals.", _first_exports),
    "the-government-has-provided-to-small-businesses": (_IMPORTS_FIRST + " The government has provided {Z} to small businesses.", _first_imports),
    "A-will-allocate-from-the-National-Fund": (_INVESTMENT_FIRST + " {A} will allocate {Z} from the National Fund to the programme.", _first_investment),
    # subsidies
    "the-government-provided-in-subsidies": (_TRADE_FIRST + " The government provided {Z} in subsidies to farmers.", _first_trade),
    "A-will-provide-producers-with-in-subsidies": (_EXPORTS_FIRST + " {A} will provide wine producers with {Z} in subsidies.", _first_exports),
}  # fmt: skip


def home_measure_family() -> Iterator[Case]:
    """A bilateral figure, then the home economy's own amount worded with a flow's word: only the figure."""

    def say(said: tuple[str, HomeRows], p: int, s: int, a: str, b: str) -> Said:
        template, rows = said
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, _, _ = amount(s + 3, fmt)
        body = template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y))
        return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), xv, unit, y), str(s))

    yield from _both_orders("home-measure", HOME_MEASURES.items(), say)


FAMILIES = (*FAMILIES, home_measure_family)


# The same for a home investing, buying or selling at home ({H} the pair's home, named first as
# the article's home, {Hadj} its adjective; pairs of two homes left out, where either could invest
# in the other): only the first figure. And a flow's rate with the sector it goes into before the verb ("investment in Uzbek
# industry grew by 20%"): the flow's rate, not the sector's.
HOME_INVESTING: dict[str, tuple[str, HomeRows]] = {
    "the-state-will-invest-in-new-schools": (_TRADE_FIRST + " The state will invest {Z} in new schools.", _first_trade),
    "H-will-invest-in-roads": (_EXPORTS_FIRST + " {H} will invest {Z} in roads this year.", _first_exports),
    "H-companies-invested-in-new-equipment": (_IMPORTS_FIRST + " {Hadj} companies invested {Z} in new equipment.", _first_imports),
    "public-investment-amounted-to": (_INVESTMENT_FIRST + " Public investment amounted to {Z}.", _first_investment),
    "the-city-will-invest-in-public-transport": (_TRADE_FIRST + " The city will invest {Z} in public transport.", _first_trade),
    "the-central-bank-bought-foreign-currency": (_EXPORTS_FIRST + " The central bank bought {Z} of foreign currency.", _first_exports),
    "the-government-purchased-grain-from-local-farmers": (_IMPORTS_FIRST + " The government purchased grain worth {Z} from local farmers.", _first_imports),
    "H-companies-sold-on-the-domestic-market": (_INVESTMENT_FIRST + " {Hadj} companies sold products worth {Z} on the domestic market.", _first_investment),
    "B's-investment-in-H-industry-grew-by-to": (
        "{B's} investment in {Hadj} industry grew by 20% to {X} in {y}.",
        lambda h, b, x, u, y: (_inv(b, h, x, u, y), expect(h, b, b, h, "investment", "change", 20.0, "percent", y, "FY"))),
}  # fmt: skip


def home_investing_family() -> Iterator[Case]:
    """A bilateral figure, then the home investing, buying or selling at home: only the figure."""

    def say(said: tuple[str, HomeRows], p: int, s: int, a: str, b: str) -> Said | None:
        template, rows = said
        if a not in HOMES or b in HOMES:
            return None  # the home named second ("Japan's exports to Azerbaijan"), or two homes
        home = a
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, _, _ = amount(s + 3, fmt)
        body = template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)).replace("{Hadj}", COUNTRIES[home][1] or "")
        return Said(_fill(body, A=a, B=b, H=home), published, rows(code(a), code(b), xv, unit, y), str(s))

    yield from _both_orders("home-investing", HOME_INVESTING.items(), say, swaps=False)


FAMILIES = (*FAMILIES, home_investing_family)


# One firm named by the home's adjective, buying or selling with no partner named: the firm's
# deal, never the home's total with the world (home named first, as in home_investing_family).
ONE_FIRM: dict[str, tuple[str, HomeRows]] = {
    "the-H-airline-bought-aircraft-for": (_EXPORTS_FIRST + " The {Hadj} airline bought three Boeing aircraft for {Z}.", _first_exports),
    "a-H-carmaker-sold-cars-worth": (_TRADE_FIRST + " A {Hadj} carmaker sold cars worth {Z} last year.", _first_trade),
    "H-company-Nova-will-sell-products-worth": (_IMPORTS_FIRST + " {Hadj} company Nova will sell products worth {Z}.", _first_imports),
}  # fmt: skip


def one_firm_family() -> Iterator[Case]:
    """A bilateral figure, then one of the home's firms buying or selling alone: only the figure."""

    def say(said: tuple[str, HomeRows], p: int, s: int, a: str, b: str) -> Said | None:
        template, rows = said
        if a not in HOMES or b in HOMES:
            return None  # the home named second, or two homes
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, _, _ = amount(s + 3, fmt)
        body = template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)).replace("{Hadj}", COUNTRIES[a][1] or "")
        return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), xv, unit, y), str(s))

    yield from _both_orders("one-firm", ONE_FIRM.items(), say, swaps=False)


FAMILIES = (*FAMILIES, one_firm_family)


# --- Coordinated lists of amounts (fix-resp) ---------------------------------------------------

# Two flow nouns of one owner joined by "and", then their amounts in order: the owner's import
# noun says nothing of the export noun after it (from a probe of "respectively" lists). {A} the
# owner, {B} the partner; X is the first noun's, Y the second's.
def _in_out(a: str, b: str, x: float, y: float, u: str, yr: int) -> tuple[Row, ...]:
    return (expect(code(a), code(b), code(b), code(a), "exports", "level", x, u, yr, "FY"),
            expect(code(a), code(b), code(a), code(b), "exports", "level", y, u, yr, "FY"))  # fmt: skip


RESPECTIVE_FLOWS: dict[str, tuple[str, Callable[[str, str, float, float, str, int], tuple[Row, ...]]]] = {
    "A's-imports-from-B-and-exports-to-B-were-X-and-Y-respectively": (
        "In {y}, {A's} imports from {B} and exports to {B} were {X} and {Y}, respectively.", _in_out),
    "A's-imports-from-B-and-exports-amounted-to-X-and-Y-respectively": (
        "In {y}, {A's} imports from {B} and exports amounted to {X} and {Y}, respectively.", _in_out),
    "A's-imports-from-B-as-well-as-its-exports-to-B-totaled-respectively": (
        "{A's} imports from {B} as well as its exports to {B} totaled {X} and {Y} respectively in {y}.", _in_out),
    "A's-imports-and-exports-fell-by-5%-and-8%-respectively": (
        "In {y}, {A's} imports and exports fell by 5% and 8%, respectively.",
        lambda a, b, x, y, u, yr: (expect(code(a), "WLD", "WLD", code(a), "exports", "change", -5.0, "percent", yr, "FY"),
                                   expect(code(a), "WLD", code(a), "WLD", "exports", "change", -8.0, "percent", yr, "FY"))),
}  # fmt: skip


def respective_flows_family() -> Iterator[Case]:
    def say(said: tuple[str, Callable[[str, str, float, float, str, int], tuple[Row, ...]]], p: int, s: int, a: str, b: str) -> Said | None:
        template, rows = said
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 1, fmt)
        body = template.replace("{X}", x).replace("{Y}", z).replace("{y}", str(y))
        return Said(_fill(body, A=a, B=b), published, rows(a, b, xv, zv, unit, y), str(s))

    yield from _both_orders("respective-flows", RESPECTIVE_FLOWS.items(), say, swaps=False)


FAMILIES = (*FAMILIES, respective_flows_family)


# One time naming as many parts of a year as the run of amounts beside it ("the first and second
# quarters", "January and February", "the first and second halves"), or two parts sharing the
# year written after the second ("January-March and January-June 2022"): each amount is of the
# part in its place, in the year written. {X} the first part's, {Y} the second's.
def _parts(flow: str) -> Callable[[str, str, float, float, str, int, str, str], tuple[Row, ...]]:
    def rows(a: str, b: str, x: float, y: float, u: str, yr: int, p1: str, p2: str) -> tuple[Row, ...]:
        frm, to = {"exports": (code(a), code(b)), "imports": (code(b), code(a)), "trade": (None, None)}[flow]
        indicator = "trade_turnover" if flow == "trade" else "exports"
        return (expect(code(a), code(b), frm, to, indicator, "level", x, u, yr, p1),
                expect(code(a), code(b), frm, to, indicator, "level", y, u, yr, p2))  # fmt: skip

    return rows


RESPECTIVE_PARTS: dict[str, tuple[str, str, str, str]] = {
    "A's-exports-to-B-X-and-Y-in-the-first-and-second-quarters-respectively": (
        "{A's} exports to {B} amounted to {X} and {Y} in the first and second quarters of {y}, respectively.", "exports", "Q1", "Q2"),
    "in-the-third-and-fourth-quarters-A's-imports-from-B-were-X-and-Y": (
        "In the third and fourth quarters of {y}, {A's} imports from {B} were {X} and {Y}, respectively.", "imports", "Q3", "Q4"),
    "trade-between-A-and-B-reached-X-and-Y-in-January-and-February": (
        "Trade between {A} and {B} reached {X} and {Y} in January and February {y}, respectively.", "trade", "M1", "M2"),
    "A's-exports-to-B-totaled-X-and-Y-in-the-first-and-second-halves": (
        "{A's} exports to {B} totaled {X} and {Y} in the first and second halves of {y}, respectively.", "exports", "H1", "H2"),
    "A's-imports-from-B-X-and-Y-in-January-March-and-January-June-Y": (
        "{A's} imports from {B} amounted to {X} and {Y} in January-March and January-June {y}, respectively.", "imports", "Q1", "H1"),
    "trade-between-A-and-B-X-and-Y-in-the-first-quarter-and-the-first-half-of-Y": (
        "Trade between {A} and {B} stood at {X} and {Y} in the first quarter and the first half of {y}, respectively.", "trade", "Q1", "H1"),
    "A's-exports-to-B-reached-X-and-Y-in-Q1-and-Q2-respectively": (
        "{A's} exports to {B} reached {X} and {Y} in Q1 and Q2 {y}, respectively.", "exports", "Q1", "Q2"),
}  # fmt: skip


def respective_parts_family() -> Iterator[Case]:
    def say(said: tuple[str, str, str, str], p: int, s: int, a: str, b: str) -> Said | None:
        template, flow, p1, p2 = said
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 1, fmt)
        body = template.replace("{X}", x).replace("{Y}", z).replace("{y}", str(y))
        return Said(_fill(body, A=a, B=b), published, _parts(flow)(a, b, xv, zv, unit, y, p1, p2), str(s))

    yield from _both_orders("respective-parts", RESPECTIVE_PARTS.items(), say, swaps=False)


FAMILIES = (*FAMILIES, respective_parts_family)


# Amounts paired with their roles without "respectively" (a flow's noun in a bracket after each
# amount; "B at X and C at Y"), and a "respectively" run as long as no list before it, which
# pairs nothing: {A} the owner, {B} its partner, {C} and {D} two other partners.
_OTHERS = ("Russia", "China", "Turkey", "India", "Germany")


def _tt2(a: str, b: str, v: float, u: str, y: int) -> Row:
    return expect(code(a), code(b), None, None, "trade_turnover", "level", v, u, y, "FY")


PAIRED_LISTS: dict[str, tuple[str, Callable[[str, str, str, float, float, float, str, int], tuple[Row, ...]]]] = {
    "A's-trade-with-B-T:-X-(exports)-and-Y-(imports)": (
        "In {y}, {A's} trade with {B} amounted to {T}: {X} (exports) and {Y} (imports).",
        lambda a, b, c, t, x, z, u, y: (_tt2(a, b, t, u, y), expect(code(a), code(b), code(a), code(b), "exports", "level", x, u, y, "FY"),
                                        expect(code(a), code(b), code(b), code(a), "exports", "level", z, u, y, "FY"))),
    "A's-trade-with-B-stood-at-X-and-C-at-Y": (
        "In {y}, {A's} trade with {B} stood at {X} and {C} at {Y}.",
        lambda a, b, c, t, x, z, u, y: (_tt2(a, b, x, u, y), _tt2(a, c, z, u, y))),
    "A's-largest-trade-partners-were-B-at-X-and-C-at-Y": (
        "In {y}, {A's} largest trade partners were {B} at {X} and {C} at {Y}.",
        lambda a, b, c, t, x, z, u, y: (_tt2(a, b, x, u, y), _tt2(a, c, z, u, y))),
    "A's-exports-to-B-reached-X-and-C-at-Y": (
        "In {y}, {A's} exports to {B} reached {X} and {C} at {Y}.",
        lambda a, b, c, t, x, z, u, y: (expect(code(a), code(b), code(a), code(b), "exports", "level", x, u, y, "FY"),
                                        expect(code(a), code(c), code(a), code(c), "exports", "level", z, u, y, "FY"))),
    "A's-trade-with-B-C-and-D-reached-X-and-Y-respectively": (
        "In {y}, {A's} trade with {B}, {C} and {D} reached {X} and {Y}, respectively.", lambda *_: ()),
}  # fmt: skip


def paired_lists_family() -> Iterator[Case]:
    def say(said: tuple[str, Callable[[str, str, str, float, float, float, str, int], tuple[Row, ...]]], p: int, s: int, a: str, b: str) -> Said | None:
        template, rows = said
        c, d = [o for o in _OTHERS if o not in (a, b)][:2]
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 1, fmt)
        t, tv, _ = amount(s + 2, fmt)
        if len({xv, zv, tv}) < 3:
            return None
        body = template.replace("{X}", x).replace("{Y}", z).replace("{T}", t).replace("{y}", str(y))
        return Said(_fill(body, A=a, B=b, C=c, D=d), published, rows(a, b, c, tv, xv, zv, unit, y), str(s))

    yield from _both_orders("paired-lists", PAIRED_LISTS.items(), say, swaps=False)


FAMILIES = (*FAMILIES, paired_lists_family)


# A year and the year back coordinated with it ("last year and the year before", "in 2022 and a
# year earlier") beside a run of two amounts: the first amount the year's, the second the one before.
RESPECTIVE_YEARS: dict[str, tuple[str, str]] = {
    "trade-between-A-and-B-X-and-Y-last-year-and-the-year-before": (
        "Trade between {A} and {B} amounted to {X} and {Y} last year and the year before, respectively.", "trade"),
    "A's-exports-to-B-X-and-Y-in-y-and-a-year-earlier": (
        "{A's} exports to {B} came to {X} and {Y} in {y} and a year earlier, respectively.", "exports"),
    "A's-imports-from-B-X-and-Y-in-y-and-the-year-before": (
        "{A's} imports from {B} were {X} and {Y} in {y} and the year before, respectively.", "imports"),
}  # fmt: skip


def respective_years_family() -> Iterator[Case]:
    def say(said: tuple[str, str], p: int, s: int, a: str, b: str) -> Said | None:
        template, flow = said
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 1, fmt)
        body = template.replace("{X}", x).replace("{Y}", z).replace("{y}", str(y))
        first, second = _parts(flow)(a, b, xv, zv, unit, y, "FY", "FY")
        return Said(_fill(body, A=a, B=b), published, (first, (*second[:9], y - 1, "FY")), str(s))

    yield from _both_orders("respective-years", RESPECTIVE_YEARS.items(), say, swaps=False)


FAMILIES = (*FAMILIES, respective_years_family)


# A receiver's run of amounts from a list of givers, paired by "respectively" ({R} the receiver,
# {D} and {E} the givers): each amount the one-off aid of the giver in its place, the article's
# year, no period; and a run of levels each with its rate in a bracket ({A} the owner, {B} and {C}
# two partners): each level and rate its partner's.
RECEIVED_FROM_LIST = {
    "R-received-X-and-Y-from-D-and-E-respectively": "{R} received {X} and {Y} from {D} and {E}, respectively.",
    "R-will-receive-X-and-Y-from-D-and-E-respectively": "{R} will receive {X} and {Y} from {D} and {E} respectively.",
    "R-has-received-X,-Y-from-D,-E-respectively": "{R} has received {X} and {Y} from {D} and {E}, respectively.",
}
_GIVER_PAIRS = (("Japan", "JPN", "Germany", "DEU"), ("South Korea", "KOR", "the EU", "EUU"), ("China", "CHN", "Japan", "JPN"),
                ("Germany", "DEU", "South Korea", "KOR"))  # fmt: skip


def received_from_list_family() -> Iterator[Case]:
    for variant, template in RECEIVED_FROM_LIST.items():
        construction = f"received-from-list/{variant}"
        for h, home in enumerate(HOMES):
            for g, (d, code_d, e, code_e) in enumerate(_GIVER_PAIRS):
                s = h * len(_GIVER_PAIRS) + g
                published, _, fmt = date_year_format(s)
                x, xv, unit = amount(s, fmt)
                y, yv, _ = amount(s + 1, fmt)
                text = _cap(template.replace("{R}", home).replace("{D}", d).replace("{E}", e).replace("{X}", x).replace("{Y}", y))
                rows = (expect(code_d, code(home), code_d, code(home), "aid", "level", xv, unit, published.year, None),
                        expect(code_e, code(home), code_e, code(home), "aid", "level", yv, unit, published.year, None))  # fmt: skip
                yield Case(construction, f"{construction}/{code(home)}-{code_d}-{code_e}/{s}", text, published, rows)


LEVELS_WITH_RATES = {
    "A's-exports-to-B-and-C-were-X-(up-12%)-and-Y-(down-5%)-respectively": (
        "In {y}, {A's} exports to {B} and {C} were {X} (up 12%) and {Y} (down 5%), respectively.", "exports"),
    "A's-imports-from-B-and-C-X-(+12%)-and-Y-(-5%)": (
        "In {y}, {A's} imports from {B} and {C} amounted to {X} (+12%) and {Y} (-5%), respectively.", "imports"),
}  # fmt: skip


def levels_with_rates_family() -> Iterator[Case]:
    def say(said: tuple[str, str], p: int, s: int, a: str, b: str) -> Said | None:
        template, flow = said
        c = next(o for o in _OTHERS if o not in (a, b))
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 1, fmt)
        body = template.replace("{X}", x).replace("{Y}", z).replace("{y}", str(y))
        rows: list[Row] = []
        for other, level, rate in ((b, xv, 12.0), (c, zv, -5.0)):
            frm, to = (code(a), code(other)) if flow == "exports" else (code(other), code(a))
            rows += [expect(code(a), code(other), frm, to, "exports", "level", level, unit, y, "FY"),
                     expect(code(a), code(other), frm, to, "exports", "change", rate, "percent", y, "FY")]  # fmt: skip
        return Said(_fill(body, A=a, B=b, C=c), published, tuple(rows), str(s))

    yield from _both_orders("levels-with-rates", LEVELS_WITH_RATES.items(), say, swaps=False)


FAMILIES = (*FAMILIES, received_from_list_family, levels_with_rates_family)


# Two owners, each with its possessive, coordinated before one flow noun and closed by
# "respectively" ({A} and {B} the owners, {C} the partner): each amount its owner's.
COORDINATED_OWNERS = {
    "A's-and-B's-exports-to-C-were-X-and-Y-respectively": ("In {y}, {A's} and {B's} exports to {C} were {X} and {Y}, respectively.", "exports"),
    "A's-and-B's-imports-from-C-reached-X-and-Y-respectively": ("In {y}, {A's} and {B's} imports from {C} reached {X} and {Y}, respectively.", "imports"),
    "A's-and-B's-trade-with-C-amounted-to-X-and-Y-respectively": ("{A's} and {B's} trade with {C} amounted to {X} and {Y} in {y}, respectively.", "trade"),
}  # fmt: skip


def coordinated_owners_family() -> Iterator[Case]:
    def say(said: tuple[str, str], p: int, s: int, a: str, b: str) -> Said | None:
        template, flow = said
        c = next(o for o in _OTHERS if o not in (a, b))
        published, y, fmt = date_year_format(s)
        x, xv, unit = amount(s, fmt)
        z, zv, _ = amount(s + 1, fmt)
        body = template.replace("{X}", x).replace("{Y}", z).replace("{y}", str(y))
        first, _ = _parts(flow)(a, c, xv, zv, unit, y, "FY", "FY")
        second, _ = _parts(flow)(b, c, zv, xv, unit, y, "FY", "FY")
        return Said(_fill(body, A=a, B=b, C=c), published, (first, second), str(s))

    yield from _both_orders("coordinated-owners", COORDINATED_OWNERS.items(), say, swaps=False)


FAMILIES = (*FAMILIES, coordinated_owners_family)
# --- Statistics releases of the CIS (from a probe of release and wire wording) -------------------
# An index of a base with no growth word, as the releases print it: 112.5 is +12.5%, 87.4 is
# -12.6%. {H} the reporting country, {P} its partner, {X} the level, {I} the index, {per} the
# release's months and {perb} the same months a year back, {yb} the year before.
RELEASE_INDEX: dict[str, tuple[str, str]] = {
    "turnover-X-or-I%-compared-to-the-corresponding-period":
        ("turnover", "In {per}, the trade turnover of {H} with {P} amounted to {X}, or {I}% compared to the corresponding period of {yb}."),
    "exports-X-(in-%-to-base-I)": ("exports", "Exports of {H} to {P} in {per} amounted to {X} (in % to {perb} - {I})."),
    "imports-X-(in-percent-to-base:-I)": ("imports", "{H}'s imports from {P} in {per} made up {X} (in percent to {perb}: {I})."),
    "imports-X-made-up-I-percent-of-the-level-of-the-corresponding-period":
        ("imports", "{H}'s imports from {P} in {per} amounted to {X} and made up {I} percent of the level of the corresponding period of {yb}."),
    "turnover-X-which-is-I%-of-the-level-of-the-analogous-period":
        ("turnover", "The trade turnover between {H} and {P} in {per} made up {X}, which is {I}% of the level of the analogous period of the previous year."),
}  # fmt: skip
# (phrase with {y}, period code, last month): a release is dated the month after its months
RELEASE_PERIODS = (("January-March {y}", "Q1", 3), ("January-September {y}", "M1-M9", 9), ("the first half of {y}", "H1", 6),
                   ("January-November {y}", "M1-M11", 11), ("{y}", "FY", 12))  # fmt: skip
RELEASE_YEARS = (2007, 2012, 2016, 2019, 2023)
INDEXES = ("87.4", "112.5", "98.7", "131.6", "76.2", "104.3")
RELEASE_PARTNERS = ("Russia", "China", "Turkey", "Germany", "Italy", "South Korea", "India", "the USA")


def _release(s: int) -> tuple[str, str, str, str, int, date]:
    """Case s's home, partner, months, the months a year back, the year and the release's date."""
    phrase, _, last = RELEASE_PERIODS[s % len(RELEASE_PERIODS)]
    y = RELEASE_YEARS[(s // len(RELEASE_PERIODS)) % len(RELEASE_YEARS)]
    published = date(y + 1, 2, 12) if last == 12 else date(y, last + 1, 20)
    home = HOMES[s % len(HOMES)]
    partner = RELEASE_PARTNERS[(s * 3 + 1) % len(RELEASE_PARTNERS)]
    return home, partner, phrase.format(y=y), phrase.format(y=y - 1), y, published


def _flow_rows(flow: str, h: str, p: str) -> tuple[str | None, str | None, str]:
    if flow == "turnover":
        return None, None, "trade_turnover"
    return (h, p, "exports") if flow == "exports" else (p, h, "exports")


def release_index_family() -> Iterator[Case]:
    for v, (variant, (flow, template)) in enumerate(RELEASE_INDEX.items()):
        for s in range(len(HOMES) * 2):
            home, partner, per, perb, y, published = _release(s + v)
            _, period, _ = RELEASE_PERIODS[(s + v) % len(RELEASE_PERIODS)]
            x, value, unit = amount(s + v, SAFE_FORMATS[(s + v) % 4])  # dollars: the releases' currency
            index = INDEXES[(s + v) % len(INDEXES)]
            text = _fill(template.replace("{X}", x).replace("{I}", index).replace("{per}", per).replace("{perb}", perb)
                         .replace("{yb}", str(y - 1)), H=home, P=partner)  # fmt: skip
            h, p = code(home), code(partner)
            frm, to, indicator = _flow_rows(flow, h, p)
            construction = f"release-index/{variant}"
            yield Case(
                construction, f"{construction}/{h}-{p}/{s}", text, published,
                (expect(h, p, frm, to, indicator, "level", value, unit, y, period),
                 expect(h, p, frm, to, indicator, "change", round(float(index) - 100, 1), "percent", y, period)),
            )  # fmt: skip


# A run of partners flattened from a release's table: only its first row carries the scale and
# currency ("Russia - 234.5 million dollars (23.4%), Germany - 98.1 (9.8%), Ukraine - 65.3"); each
# bare number after a partner's dash is in them. Shares in brackets are no figures.
LABEL_RUNS: dict[str, tuple[str, str]] = {
    "main-partners-were-P1-X-(s%),-P2-n-(s%),-P3-n": ("turnover", "The main trading partners of {H} in {per} were {P1} - {X} (23.4%), {P2} - {n2} (12.1%), {P3} - {n3}."),
    "exports-went-to-P1-X,-P2-n-and-P3-n": ("exports", "In {per}, exports of {H} went mainly to {P1} – {X}, {P2} – {n2} and {P3} – {n3}."),
    "imports-by-country:-P1-X;-P2-n;-P3-n": ("imports", "{H}'s imports by country in {per}: {P1} - {X} (31.0%); {P2} - {n2} (14.2%); {P3} - {n3} (9.9%)."),
}  # fmt: skip
RUN_NUMBERS = (("412.6", "185.3", "97.1"), ("1 204.5", "873.0", "312.4"), ("2.41", "1.98", "1.12"), ("64.8", "31.5", "12.7"))


def label_run_family() -> Iterator[Case]:
    formats = ("{n} million US dollars", "{n} mln USD", "${n} million", "{n} million dollars")
    for v, (variant, (flow, template)) in enumerate(LABEL_RUNS.items()):
        for s in range(len(HOMES) * 2):
            home, _, per, _, y, published = _release(s + v)
            _, period, _ = RELEASE_PERIODS[(s + v) % len(RELEASE_PERIODS)]
            partners = [RELEASE_PARTNERS[(s + v + k * 3) % len(RELEASE_PARTNERS)] for k in range(3)]
            numbers = RUN_NUMBERS[(s + v) % len(RUN_NUMBERS)]
            scale = 1e9 if numbers[0] == "2.41" else 1e6
            first = formats[(s + v) % len(formats)].format(n=numbers[0])
            if scale == 1e9:
                first = first.replace("million", "billion").replace("mln", "bln")
            text = _fill(template.replace("{X}", first).replace("{n2}", numbers[1]).replace("{n3}", numbers[2]).replace("{per}", per),
                         H=home, P1=partners[0], P2=partners[1], P3=partners[2])  # fmt: skip
            h = code(home)
            rows = []
            for partner, number in zip(partners, numbers, strict=True):
                p = code(partner)
                frm, to, indicator = _flow_rows(flow, h, p)
                rows.append(expect(h, p, frm, to, indicator, "level", round(float(number.replace(" ", "")) * scale, 2), "USD", y, period))
            construction = f"label-run/{variant}"
            yield Case(construction, f"{construction}/{h}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, release_index_family, label_run_family)


# A home's turnover named by "of" with no partner and nobody before to trade with ("the trade
# turnover of Azerbaijan amounted to ..."): its total with the world, as "Azerbaijan's" is.
TURNOVER_OF_HOME = {
    "the-trade-turnover-of-H-amounted-to-X": "In {per}, the trade turnover of {H} amounted to {X}.",
    "the-commodity-turnover-of-H-reached-X": "The commodity turnover of {H} reached {X} in {per}.",
    "the-total-trade-turnover-of-H-made-up-X": "According to the statistics office, the total trade turnover of {H} in {per} made up {X}.",
}


def turnover_of_home_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(TURNOVER_OF_HOME.items()):
        for s in range(len(HOMES) * 2):
            home, _, per, _, y, published = _release(s + v)
            _, period, _ = RELEASE_PERIODS[(s + v) % len(RELEASE_PERIODS)]
            x, value, unit = amount(s + v, SAFE_FORMATS[(s + v) % 4])
            text = _fill(template.replace("{X}", x).replace("{per}", per), H=home)
            construction = f"turnover-of-home/{variant}"
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published,
                       (expect(code(home), "WLD", None, None, "trade_turnover", "level", value, unit, y, period),))  # fmt: skip


FAMILIES = (*FAMILIES, turnover_of_home_family)


# A release's title names one country with its trade with the world and no figure; its lines then
# give the home's totals with no country, and a partner's figure after them: the totals are the
# home's with the world, not with the partner a later line names. {T} the title, {X} the total,
# {Z} the partner's (smaller) figure.
RELEASE_TITLES = ("{H} – foreign trade in {per}", "Foreign trade of {H} for {per}", "{H's} external trade in {per}")
RELEASE_TITLE_BODIES: dict[str, tuple[str, str, str]] = {
    "exports:-X-then-trade-with-P:-Z": ("{T}\n\nExports: {X}.\nTrade with {P}: {Z}.", "exports", "turnover"),
    "total-turnover:-X-then-imports-from-P:-Z": ("{T}\n\nTotal turnover: {X}.\nImports from {P}: {Z}.", "turnover", "imports"),
    "imports-amounted-to-X-then-trade-with-P-made-up-Z": ("{T}\n\nImports amounted to {X}. Trade with {P} made up {Z}.", "imports", "turnover"),
}  # fmt: skip


def release_title_family() -> Iterator[Case]:
    for v, (variant, (body, world_flow, partner_flow)) in enumerate(RELEASE_TITLE_BODIES.items()):
        for s in range(len(HOMES) * 2):
            home, partner, per, _, y, published = _release(s + v)
            _, period, _ = RELEASE_PERIODS[(s + v) % len(RELEASE_PERIODS)]
            fmt = SAFE_FORMATS[(s + v) % 4]
            x, xv, unit = fixed_amount("2.45", 9, fmt)
            z, zv, _ = amount(s + v, fmt)
            text = body.replace("{T}", RELEASE_TITLES[(s + v) % len(RELEASE_TITLES)]).replace("{X}", x).replace("{Z}", z).replace("{per}", per)
            text = _fill(text, H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to, indicator = _flow_rows(world_flow, h, "WLD")
            pfrm, pto, pindicator = _flow_rows(partner_flow, h, p)
            construction = f"release-title/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, "WLD", frm, to, indicator, "level", xv, unit, y, period),
                        expect(h, p, pfrm, pto, pindicator, "level", zv, unit, y, period)))  # fmt: skip


FAMILIES = (*FAMILIES, release_title_family)
# --- Stories that move between times (probe of multi-sentence stories) -------------------------
# An event's year told with no figure ("{I} and {H} established diplomatic relations in 1992"),
# then a stock said in the perfect over a span anaphor ("Over this period, ... have invested
# {X}"): from then up to now, a stock as of the article's date, never a flow of the event's year.
SPAN_EVENTS = (
    "{I} and {H} established diplomatic relations in 1992.",
    "The first {Ij} company registered in {H} in 1996.",
    "{H} and {I} signed an investment protection treaty in 2004.",
)
SPAN_STOCKS = {
    "over-this-period-Ij-companies-have-invested": "Over this period, {Ij} companies have invested {X} in {H}.",
    "during-this-time-I-has-invested": "During this time, {I} has invested {X} in the economy of {H}.",
    "since-that-time-Ij-investment-has-reached": "Since that time, {Ij} investment in {H} has reached {X}.",
    "over-that-period-I-investors-have-put": "Over that period, investors from {I} have invested a total of {X} in {H}.",
}  # fmt: skip


def span_stock_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(SPAN_STOCKS.items()):
        for i, investor in enumerate(INVESTORS[:8]):
            s = i * len(SPAN_STOCKS) + v
            home = HOMES[s % len(HOMES)]
            published = DATES[s % len(DATES)]
            x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            adjective = COUNTRIES[investor][1] or investor
            event = SPAN_EVENTS[s % len(SPAN_EVENTS)]
            text = " ".join((event, template)).replace("{Ij}", adjective).replace("{I}", investor).replace("{H}", home).replace("{X}", x)
            text = _SENTENCE_START.sub(lambda m: m.group(0).upper(), _cap(text))
            construction = f"span-stock/{variant}"
            yield Case(
                construction, f"{construction}/{code(investor)}-{code(home)}/{s}", text, published,
                (expect(code(investor), code(home), code(investor), code(home), "investment", "level", value, unit, published.year, "cumulative"),),
            )  # fmt: skip


FAMILIES = (*FAMILIES, span_stock_family)


# A story of one pair for a period ({y}, its lead), an aside on another pair ({P} or {H} with a
# third country {O}) in an earlier whole year, then a figure of the story's pair with no time of
# its own: the story's period again, not the aside's year.
ASIDE_LEADS = {
    "in-y-trade": ("In {y}, trade between {H} and {P} amounted to {X}.", "trade_turnover", None, "FY"),
    "H1-y-trade": ("Trade between {H} and {P} reached {X} in January-June {y}.", "trade_turnover", None, "H1"),
    "H-exports-Q1": ("In the first quarter of {y}, {H}'s exports to {P} totaled {X}.", "exports", "HP", "Q1"),
}
ASIDES = {
    "P-trade-with-O": "{P}'s trade with {O} reached {Z} in {old}.",
    "trade-between-H-and-O": "Trade between {H} and {O} totaled {Z} in {old}.",
    "back-in-old-P-and-O": "Back in {old}, trade between {P} and {O} was only {Z}.",
}
ASIDE_RETURNS = {
    "P-exports-to-H": ("{P}'s exports to {H} amounted to {Y}.", "PH"),
    "H-imports-from-P": ("{H}'s imports from {P} were {Y}.", "PH"),
    "exports-from-H-to-P": ("Exports from {H} to {P} reached {Y}.", "HP"),
}
ASIDE_THIRDS = ("Italy", "India", "France", "Germany", "Japan", "China")


def story_aside_family() -> Iterator[Case]:
    s = 0
    for lead_name, (lead, lead_indicator, lead_way, period) in ASIDE_LEADS.items():
        for aside_name, aside in ASIDES.items():
            for back_name, (back, way) in ASIDE_RETURNS.items():
                for home, partner in PAIRS[:6]:
                    s += 1
                    third = next(t for t in ASIDE_THIRDS[s % 6 :] + ASIDE_THIRDS if t not in (home, partner))
                    published = DATES[s % len(DATES)]
                    y, old = published.year - 1, published.year - 6 - s % 4
                    fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                    (x, xv, unit), (z, zv, _), (w, wv, _) = amount(s, fmt), amount(s + 2, fmt), amount(s + 5, fmt)
                    text = " ".join((lead, aside, back)).replace("{X}", x).replace("{Z}", z).replace("{Y}", w)
                    text = _fill(text.replace("{y}", str(y)).replace("{old}", str(old)), H=home, P=partner, O=third)
                    h, p, o = code(home), code(partner), code(third)
                    sides = {"HP": (h, p), "PH": (p, h), None: (None, None)}
                    aside_pair = (h, o) if "{H} and {O}" in aside else (p, o)
                    rows = (
                        expect(h, p, *sides[lead_way], lead_indicator, "level", xv, unit, y, period),
                        expect(*aside_pair, None, None, "trade_turnover", "level", zv, unit, old, "FY"),
                        expect(h, p, *sides[way], "exports", "level", wv, unit, y, period),
                    )
                    construction = f"story-aside/{lead_name}/{aside_name}/{back_name}"
                    yield Case(construction, f"{construction}/{h}-{p}-{o}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, story_aside_family)


# An article with no date and no year in its text: a lead's period with no year ("In the first
# quarter of this year", "Last year") is still the period the figures after it go on with, year
# unresolved; "the same period last year" in between is a look back, not the story's period.
UNDATED_LEADS = {
    "first-quarter-of-this-year": ("In the first quarter of this year, trade between {H} and {P} amounted to {X}.", "Q1"),
    "last-year": ("Last year, trade between {H} and {P} reached {X}.", "FY"),
    "january-september": ("Trade between {H} and {P} totaled {X} in January-September, the statistics office said.", "M1-M9"),
    "first-half-of-the-year": ("In the first half of the year, {H}'s trade with {P} amounted to {X}.", "H1"),
}
UNDATED_FOLLOWS = {
    "H-exports-to-P": ("{H}'s exports to {P} amounted to {Y}.", "HP", False),
    "imports-from-P-paragraph": ("\n\nImports from {P} were {Y}.", "PH", False),
    "same-period-last-year-then-exports": (" In the same period last year, it was {Z}. Exports from {H} to {P} reached {Y}.", "HP", True),
}


def undated_carry_family() -> Iterator[Case]:
    s = 0
    for lead_name, (lead, period) in UNDATED_LEADS.items():
        for follow_name, (follow, way, base) in UNDATED_FOLLOWS.items():
            for home, partner in PAIRS[:9]:
                s += 1
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                (x, xv, unit), (y, yv, _), (z, zv, _) = amount(s, fmt), amount(s + 3, fmt), amount(s + 5, fmt)
                joined = lead + ("" if follow.startswith(("\n", " ")) else " ") + follow
                text = _fill(joined.replace("{X}", x).replace("{Y}", y).replace("{Z}", z), H=home, P=partner)
                h, p = code(home), code(partner)
                frm, to = (h, p) if way == "HP" else (p, h)
                rows = [expect(h, p, None, None, "trade_turnover", "level", xv, unit, None, period),
                        expect(h, p, frm, to, "exports", "level", yv, unit, None, period)]  # fmt: skip
                if base:
                    rows.append(expect(h, p, None, None, "trade_turnover", "level", zv, unit, None, period))
                construction = f"undated-carry/{lead_name}/{follow_name}"
                yield Case(construction, f"{construction}/{h}-{p}/{s}", text, None, tuple(rows))  # type: ignore[arg-type]


FAMILIES = (*FAMILIES, undated_carry_family)


# A story's figure for its year, a sentence with no figure and no flow that names an earlier
# year of an event ({e}), then a figure with no time of its own: the story's year, not the event's.
EVENT_LEADS = {
    "in-y-trade": ("In {y}, trade between {H} and {P} amounted to {X}.", "trade_turnover", None),
    "H-exports-last-year": ("{H}'s exports to {P} reached {X} last year.", "exports", "HP"),
}
EVENT_SENTENCES = {
    "established-relations": "The two countries established diplomatic relations in {e}.",
    "opened-embassy": "{P} opened its embassy in {H} in {e}.",
    "in-e-the-presidents-met": "In {e}, the presidents of {H} and {P} met for the first time.",
    "first-direct-flight": "The first direct flight between {H} and {P} was launched in {e}, years after the first talks.",
    # a flow word in a name is none: "the World Trade Organization", "a trade house"
    "joined-wto": "{H} joined the World Trade Organization in {e}, years after its first application.",
}
EVENT_FOLLOWS = {
    "P-exports-to-H": ("{P}'s exports to {H} amounted to {Y}.", "PH"),
    "exports-from-H-to-P": ("Exports from {H} to {P} totaled {Y}.", "HP"),
}


def event_year_aside_family() -> Iterator[Case]:
    s = 0
    for lead_name, (lead, lead_indicator, lead_way) in EVENT_LEADS.items():
        for event_name, event in EVENT_SENTENCES.items():
            for follow_name, (follow, way) in EVENT_FOLLOWS.items():
                for home, partner in PAIRS[:9]:
                    s += 1
                    published = DATES[s % len(DATES)]
                    y, e = published.year - 1, (1992, 1998, 2005, 2012)[s % 4]
                    fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                    (x, xv, unit), (w, wv, _) = amount(s, fmt), amount(s + 3, fmt)
                    body = " ".join((lead, event, follow)).replace("{X}", x).replace("{Y}", w).replace("{y}", str(y)).replace("{e}", str(e))
                    text = _fill(body, H=home, P=partner)
                    h, p = code(home), code(partner)
                    sides = {"HP": (h, p), "PH": (p, h), None: (None, None)}
                    rows = (expect(h, p, *sides[lead_way], lead_indicator, "level", xv, unit, y, "FY"),
                            expect(h, p, *sides[way], "exports", "level", wv, unit, y, "FY"))  # fmt: skip
                    construction = f"event-year-aside/{lead_name}/{event_name}/{follow_name}"
                    yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, event_year_aside_family)


# The wires' months to date: "in the seven months through July 2022", "the 10 months to October":
# the year's first months when they end where they count to.
MONTHS_THROUGH = {
    "in-the-N-months-through-M-y": ("In the {n} months through {m} {y}, {F} amounted to {X}.", True),
    "F-in-the-N-months-to-M-y": ("{F} reached {X} in the {n} months to {m} {y}.", True),
    "for-the-N-months-ending-in-M": ("For the {n} months ending in {m}, {F} totaled {X}.", False),
}
_MONTH_COUNTS = ((2, "two", "February"), (4, "four", "April"), (5, "five", "May"), (7, "seven", "July"),
                 (8, "eight", "August"), (10, "10", "October"), (11, "eleven", "November"))  # fmt: skip


def months_through_family() -> Iterator[Case]:
    s = 0
    for variant, (template, with_year) in MONTHS_THROUGH.items():
        for n, words, month in _MONTH_COUNTS:
            for home, partner in PAIRS[:4]:
                s += 1
                published = DATES[s % len(DATES)]
                # without a year: the latest such months that have begun by the article's date
                y = published.year - 1 if with_year else (published.year if published.month >= n else published.year - 1)
                x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                flow = "{A's} exports to {B}"
                text = _fill(template.replace("{F}", flow).replace("{n}", words).replace("{m}", month).replace("{y}", str(y)).replace("{X}", x), A=home, B=partner)
                h, p = code(home), code(partner)
                construction = f"months-through/{variant}"
                yield Case(construction, f"{construction}/{h}-{p}/{n}/{s}", text, published,
                           (expect(h, p, h, p, "exports", "level", xv, unit, y, f"M1-M{n}"),))  # fmt: skip


FAMILIES = (*FAMILIES, months_through_family)


# "The previous (preceding, prior) year": the year before the one the story has reached, a look
# back after which the story goes on in its year.
PREVIOUS_YEAR_WORDS = ("previous", "preceding", "prior")
PREVIOUS_YEAR_FORMS = {
    "in-the-w-year-it-was": "In {y}, trade between {A} and {B} amounted to {X}. In the {w} year, it was {Z}. {A's} exports to {B} were {Y}.",
    "the-w-year-it-stood-at": "Trade between {A} and {B} reached {X} in {y}. The {w} year, it stood at {Z}. {A's} exports to {B} amounted to {Y}.",
}


def previous_year_family() -> Iterator[Case]:
    s = 0
    for variant, template in PREVIOUS_YEAR_FORMS.items():
        for word in PREVIOUS_YEAR_WORDS:
            for home, partner in PAIRS[:6]:
                s += 1
                published = DATES[s % len(DATES)]
                y = published.year - 2
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                (x, xv, unit), (z, zv, _), (w, wv, _) = amount(s, fmt), amount(s + 2, fmt), amount(s + 5, fmt)
                body = template.replace("{w}", word).replace("{y}", str(y)).replace("{X}", x).replace("{Z}", z).replace("{Y}", w)
                text = _fill(body, A=home, B=partner)
                h, p = code(home), code(partner)
                rows = (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),
                        expect(h, p, None, None, "trade_turnover", "level", zv, unit, y - 1, "FY"),
                        expect(h, p, h, p, "exports", "level", wv, unit, y, "FY"))  # fmt: skip
                construction = f"previous-year/{variant}/{word}"
                yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, previous_year_family)


# A country's total with the world told in a clause after its flow with one partner (from a probe
# of world totals in stories of a pair): the world named as the other side ("its exports to the
# world", "to all countries"), or a clause going on with its owner's pronoun under a world cue
# ("while its foreign trade"). {A} the home, {B} its partner; {X} the pair's amount, {Z} the
# home's with the world. (indicator, the pair's origin, the world total's origin; "A"/"B"/"W".)
WORLD_CLAUSES: dict[str, tuple[str, str, str | None, str | None]] = {
    "A's-trade-with-B-X-while-its-foreign-trade-Z": ("{A's} trade with {B} reached {X} in {y}, while its foreign trade totaled {Z}.", "trade_turnover", None, None),
    "A's-trade-with-B-X-whereas-its-external-trade-Z": ("In {y}, {A's} trade with {B} amounted to {X}, whereas its external trade amounted to {Z}.", "trade_turnover", None, None),
    "A's-turnover-with-B-X-but-its-overall-turnover-Z": ("{A's} trade turnover with {B} grew to {X} in {y}, but its overall trade turnover came to {Z}.", "trade_turnover", None, None),
    "A's-exports-to-B-X-while-its-exports-to-the-world-Z": ("{A's} exports to {B} were {X} in {y}, while its exports to the world came to {Z}.", "exports", "A", "A"),
    "A's-imports-from-B-X-and-its-imports-from-the-world-Z": ("{A's} imports from {B} amounted to {X} in {y}, and its imports from the world reached {Z}.", "exports", "B", "W"),
    "A's-exports-to-B-X-its-exports-to-all-countries-Z": ("{A's} exports to {B} rose to {X} in {y}; its exports to all countries grew to {Z}.", "exports", "A", "A"),
}


def _world_total_cases(templates: Mapping[str, tuple[str, str, str | None, str | None]], prefix: str) -> Iterator[Case]:
    """A home's flow with one partner ({X}, when the template has it) and its total with the world
    ({Z}), six pairs a template; a world total with an origin is the home's exports or imports."""
    s = 0
    for variant, (template, indicator, pair_from, world_from) in templates.items():
        for home, partner in PAIRS[:6]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            (x, xv, unit), (z, zv, _) = amount(s, fmt), amount(s + 3, fmt)
            if xv == zv:
                continue
            text = _fill(template.replace("{y}", str(y)).replace("{X}", x).replace("{Z}", z), A=home, B=partner)
            h, p = code(home), code(partner)
            side = {"A": h, "B": p, "W": "WLD"}
            rows = []
            if "{X}" in template:
                pf = None if pair_from is None else side[pair_from]
                rows.append(expect(h, p, pf, None if pf is None else (p if pf == h else h), indicator, "level", xv, unit, y, "FY"))
            if world_from is None:
                rows.append(expect(h, "WLD", None, None, indicator, "level", zv, unit, y, "FY"))
            else:
                wf = side[world_from]
                rows.append(expect(h, "WLD", wf, "WLD" if wf == h else h, "exports", "level", zv, unit, y, "FY"))
            construction = f"{prefix}/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, tuple(rows))


def world_clause_family() -> Iterator[Case]:
    yield from _world_total_cases(WORLD_CLAUSES, "world-clause")


FAMILIES = (*FAMILIES, world_clause_family)


# A home's total with the world told after, or around, its flow with one partner, with no strong
# world word (from the same probe): a weak one with the home as owner ("the total trade of {A}",
# "the country's total exports", "Its total exports" right after the home's flow), or the whole a
# share is told of ("{B} accounted for 7.5% of {A's} total trade of {Z}", "... out of total exports
# of {Z}"). {X} the pair's amount,
# {Z} the home's with the world; rows as in WORLD_CLAUSES ({X} absent: the share's whole alone).
WEAK_WORLD_TOTALS: dict[str, tuple[str, str, str | None, str | None]] = {
    "the-total-trade-of-A-Z": ("Trade between {A} and {B} reached {X} in {y}. The total trade of {A} in {y} was {Z}.", "trade_turnover", None, None),
    "aggregate-trade-turnover-of-A-Z": ("{A's} trade with {B} came to {X} in {y}. The aggregate trade turnover of {A} reached {Z}.", "trade_turnover", None, None),
    "the-country's-total-exports-Z": ("Trade between {A} and {B} reached {X} in {y}. The country's total exports rose to {Z}.", "trade_turnover", None, "A"),
    "its-total-exports-Z": ("{A's} exports to {B} amounted to {X} in {y}. Its total exports reached {Z}.", "exports", "A", "A"),
    "its-total-imports-Z": ("{A's} imports from {B} were {X} in {y}. Its total imports grew to {Z}.", "exports", "B", "W"),
    "B-accounted-for-N%-of-A's-total-trade-of-Z": ("{B} accounted for 7.5% of {A's} total trade of {Z} in {y}.", "trade_turnover", None, None),
    "N%-of-A's-exports-of-Z": ("{B} took 12% of {A's} exports of {Z} in {y}.", "exports", None, "A"),
    "A-exported-X-to-B-out-of-total-exports-of-Z": ("In {y} {A} exported {X} to {B} out of total exports of {Z}.", "exports", "A", "A"),
    "A's-imports-from-B-X-out-of-its-total-imports-of-Z": ("{A's} imports from {B} were {X} in {y}, out of its total imports of {Z}.", "exports", "B", "W"),
}


def weak_world_total_family() -> Iterator[Case]:
    yield from _world_total_cases(WEAK_WORLD_TOTALS, "weak-world-total")


FAMILIES = (*FAMILIES, weak_world_total_family)
# --- Investment in stories (probe of stocks and flows told together) --------------------------
# A stock told with a part that names nothing but its amount and its own year: the part is that
# year's flow; the whole, bigger than one year's part, is the stock as of the article's year, never
# the part's year ({P} the investor, {H} the host, {W} the whole, {X} the part, {y} the part's year).
TIME_PARTS = {
    "P_adj-investment-in-H-has-reached-W-including-X-in-y": "{P_adj} investment in {H} has reached {W}, including {X} in {y}.",
    "P-has-invested-W-in-H-of-which-X-came-in-y": "{P} has invested {W} in {H}, of which {X} came in {y}.",
    "since-P_adj-companies-have-invested-W-of-which-X-was-invested-in-y":
        "Since 2005, {P_adj} companies have invested {W} in {H}, of which {X} was invested in {y}.",
    "total-P_adj-investment-in-H-stands-at-W-X-of-it-in-y": "Total {P_adj} investment in {H} stands at {W}, {X} of it in {y}.",
    "H-has-received-W-of-investment-from-P-including-X-in-y": "{H} has received {W} of investment from {P}, including {X} in {y}.",
    "P_adj-investment-in-H-totals-W-including-X-in-y": "{P_adj} investment in {H} totals {W}, including {X} in {y}.",
    "accumulated-P_adj-investment-in-H-amounts-to-W-including-X-in-y":
        "Accumulated {P_adj} investment in {H} amounts to {W}, including {X} in {y}.",
}
_WHOLES = ("4.6", "7.25", "12.5", "3.9")


# The part's amounts, a year's share of any whole in `_WHOLES`.
_PARTS = ("45.2", "312", "78.5", "610", "96.4")
WholeAndPartRows = Callable[[str, str, float, float, str, int, int], tuple[Row, ...]]


def _whole_and_part_cases(
    forms: Mapping[str, str], prefix: str, stride: int, rows_of: WholeAndPartRows, back: Callable[[int], int] = lambda s: 1
) -> Iterator[Case]:
    """An investor ({P}, {P_adj}) and a home of the region ({H}) with a whole ({W}) and a part
    ({X}) of year {y}, `back(s)` years before the article's; `rows_of(host, investor, whole, part,
    unit, y, article's year)` the figures the text gives."""
    for n, (variant, form) in enumerate(forms.items()):
        for p, _order, a, b in _ordered_pairs():
            if b not in _ADJECTIVES or a not in HOMES:
                continue
            s = n * stride + p
            published = DATES[s % len(DATES)]
            y = published.year - back(s)
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            w, wv, unit = fixed_amount(_WHOLES[s % len(_WHOLES)], 9, fmt)
            x, xv, _ = fixed_amount(_PARTS[s % 5], 6, fmt)
            text = _fill(form.replace("{P_adj}", _ADJECTIVES[b]).replace("{W}", w).replace("{X}", x).replace("{y}", str(y)), H=a, P=b)
            construction = f"{prefix}/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}/{s}", text, published, rows_of(code(a), code(b), wv, xv, unit, y, published.year))


def _stock_and_years_part(ch: str, cp: str, wv: float, xv: float, unit: str, y: int, now: int) -> tuple[Row, ...]:
    """The whole the investor's stock in the host as of the article's year, the part its flow of year y."""
    return (expect(ch, cp, cp, ch, "investment", "level", wv, unit, now, "cumulative"),
            expect(ch, cp, cp, ch, "investment", "level", xv, unit, y, "FY"))  # fmt: skip


def time_part_family() -> Iterator[Case]:
    yield from _whole_and_part_cases(TIME_PARTS, "time-part", 31, _stock_and_years_part, back=lambda s: 1 + s % 2)


FAMILIES = (*FAMILIES, time_part_family)


# An investor's stock in one host, then a year's investment of the same investor told with no
# host: a year's share of that stock, in the same host (never the investor's total abroad).
# {P} the investor, {H} the host, {W} the stock, {X} the year's flow, {y} its year.
STOCK_THEN_YEAR = {
    "P_adj-investment-in-H-has-reached-W-last-year-P_adj-companies-invested-X":
        "{P_adj} investment in {H} has reached {W}. Last year, {P_adj} companies invested {X}.",
    "P-has-invested-W-in-H-since-1995-in-y-alone-P_adj-investors-put-in-X":
        "{P} has invested {W} in {H} since 1995. In {y} alone, {P_adj} investors put in {X}.",
    "total-P_adj-investment-in-H-stands-at-W-P_adj-firms-invested-X-last-year":
        "Total {P_adj} investment in {H} stands at {W}. {P_adj} firms invested {X} last year.",
}


def stock_then_year_family() -> Iterator[Case]:
    yield from _whole_and_part_cases(STOCK_THEN_YEAR, "stock-then-year", 17, _stock_and_years_part)


FAMILIES = (*FAMILIES, stock_then_year_family)


# A stock counted at the head of "the year" ("at the start of the year", "as of the beginning of
# the year") in a story that names no year before it: cumulative, as of the article's year.
YEAR_POINTS = {
    "at-the-start-of-the-year-P_adj-investment-in-H-totaled-W": "At the start of the year, {P_adj} investment in {H} totaled {W}.",
    "P_adj-investment-in-H-stood-at-W-as-of-the-beginning-of-the-year":
        "{P_adj} investment in {H} stood at {W} as of the beginning of the year.",
    "as-at-the-start-of-the-year-accumulated-P_adj-investments-in-H-amounted-to-W":
        "As at the start of the year, accumulated {P_adj} investments in {H} amounted to {W}.",
}


def _host_stock_cases(forms: Mapping[str, str], prefix: str, stride: int) -> Iterator[Case]:
    """A stock of the adjective's country ({P_adj}) in a home of the region ({H}), one text a form
    and pair: the host receives, as of the article's year."""
    for n, (variant, form) in enumerate(forms.items()):
        for p, _order, a, b in _ordered_pairs():
            if b not in _ADJECTIVES or a not in HOMES:
                continue
            s = n * stride + p
            published = DATES[s % len(DATES)]
            w, wv, unit = fixed_amount(_WHOLES[s % len(_WHOLES)], 9, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(form.replace("{P_adj}", _ADJECTIVES[b]).replace("{W}", w), H=a, P=b)
            ch, cp = code(a), code(b)
            rows = (expect(ch, cp, cp, ch, "investment", "level", wv, unit, published.year, "cumulative"),)
            construction = f"{prefix}/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}/{s}", text, published, rows)


def year_point_family() -> Iterator[Case]:
    yield from _host_stock_cases(YEAR_POINTS, "year-point", 13)


FAMILIES = (*FAMILIES, year_point_family)


# The host named as a flow's recipient or beneficiary ("the largest recipient of Chinese
# investment"): it receives, the adjective's country invests ({H} the host, {P} the investor).
RECIPIENTS = {
    "H-is-the-largest-recipient-of-P_adj-investment-in-the-region-with-W":
        "{H} is the largest recipient of {P_adj} investment in the region, with {W}.",
    "H-remains-the-main-recipient-of-P_adj-investment-with-W-invested-since-2005":
        "{H} remains the main recipient of {P_adj} investment, with {W} invested since 2005.",
    "H-is-the-biggest-beneficiary-of-P_adj-investment-with-W": "{H} is the biggest beneficiary of {P_adj} investment, with {W}.",
    "H-one-of-the-top-recipients-of-investment-from-P-with-W": "{H} is one of the top recipients of investment from {P}, with {W}.",
}


def recipient_family() -> Iterator[Case]:
    yield from _host_stock_cases(RECIPIENTS, "recipient", 11)


FAMILIES = (*FAMILIES, recipient_family)


# A part told with a verb of a share and the whole after it ("{P} accounted for {X} of the {W}
# invested in {H}"): the part is the investor's in the host, the whole everyone's (the world's).
WHOLES_AFTER_SHARE = {
    "P_adj-companies-accounted-for-X-of-the-W-invested-in-H-in-y":
        "{P_adj} companies accounted for {X} of the {W} invested in {H} in {y}.",
    "P-accounted-for-X-of-the-W-invested-in-H-in-y": "{P} accounted for {X} of the {W} invested in {H} in {y}.",
    "P_adj-investors-made-up-X-of-the-total-W-invested-in-H-in-y":
        "{P_adj} investors made up {X} of the total {W} invested in {H} in {y}.",
}


def _part_and_worlds_whole(ch: str, cp: str, wv: float, xv: float, unit: str, y: int, now: int) -> tuple[Row, ...]:
    """The part the investor's in the host, the whole everyone's in the host, both of year y."""
    return (expect(ch, cp, cp, ch, "investment", "level", xv, unit, y, "FY"),
            expect(ch, "WLD", "WLD", ch, "investment", "level", wv, unit, y, "FY"))  # fmt: skip


def whole_after_share_family() -> Iterator[Case]:
    yield from _whole_and_part_cases(WHOLES_AFTER_SHARE, "whole-after-share", 7, _part_and_worlds_whole)


FAMILIES = (*FAMILIES, whole_after_share_family)


# --- Numbers no figure of the conventions beside real ones (fix-nonfig) -----------------------

# A balance named before the trade it is of ("the deficit in trade with {B}", "the surplus in
# {A's} trade with {B}") is no turnover; {Y} the balance, {X} the story's real figure.
BALANCE_BEFORE_TRADE = {
    "its-deficit-in-trade-with-B": (
        "{A's} trade with {B} reached {X} in {y}, and its deficit in trade with {B} widened to {Y}.",
        lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"),)),
    "negative-balance-in-trade-with-B": (
        "{A's} negative balance in trade with {B} amounted to {Y} in {y}, while {A's} exports to {B} rose to {X}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "surplus-in-A's-trade-with-B": (
        "The surplus in {A's} trade with {B} reached {Y} in {y}. Trade turnover between {A} and {B} amounted to {X}.",
        lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"),)),
}


def balance_before_trade_family() -> Iterator[Case]:
    yield from _two_figure_cases("balance-before-trade", BALANCE_BEFORE_TRADE)


# One firm's trade, owned by it or done by it ("the company's sales to {B}", "a textile firm
# exported"), is no country's; {Y} the firm's, {X} the country's real figure.
FIRM_TRADE = {
    "the-company's-sales-to-B": (
        "{A's} exports to {B} reached {X} in {y}. The company's sales to {B} rose to {Y}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "a-firm-exported-to-B": (
        "A textile firm exported goods worth {Y} to {B} in {y}, while {A's} exports to {B} reached {X}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "the-plant's-exports-to-B": (
        "The plant's exports to {B} amounted to {Y} in {y}. {A's} exports to {B} totalled {X} in {y}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "the-venture-has-supplied-A": (
        "{A} imported goods worth {X} from {B} in {y}. The joint venture has supplied equipment worth {Y} to {A}.",
        lambda a, b, x, z, u, y: (_ex(b, a, x, u, y),)),
}


def firm_trade_family() -> Iterator[Case]:
    yield from _two_figure_cases("firm-trade", FIRM_TRADE)


# "Sales to {B}" in a story of a pair are the other side's exports to {B}, as "exports to" are.
SALES_TO = {
    "sales-to-B-in-the-pair's-story": (
        "Trade between {A} and {B} reached {X} in {y}. Sales to {B} amounted to {Y}.",
        lambda a, b, x, z, u, y: (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"), _ex(a, b, z, u, y))),
    "A's-sales-to-B-and-to-the-country": (
        "{A's} sales to {B} rose to {X} in {y}. Revenue from sales to {B} reached {Y} a year earlier.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y), _ex(a, b, z, u, y - 1))),
}


def sales_to_family() -> Iterator[Case]:
    yield from _two_figure_cases("sales-to", SALES_TO)


FAMILIES = (*FAMILIES, balance_before_trade_family, firm_trade_family, sales_to_family)


# A clause of another's money after a flow's ("..., while the company's turnover reached {Y}",
# "..., and documents worth {Y} were signed"): its amount has no flow of its own and takes none
# from the clause before; {X} the real figure, {Y} the other's money.
def _tt_row(a: str, b: str, x: float, z: float, u: str, y: int) -> tuple[Row, ...]:
    return (expect(a, b, None, None, "trade_turnover", "level", x, u, y, "FY"),)


ANOTHERS_MONEY = {
    "while-the-company's-turnover-reached-Y": (
        "{A's} exports to {B} reached {X} in {y}, while the company's turnover reached {Y}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "while-documents-worth-Y-were-signed": (
        "Trade between {A} and {B} amounted to {X} in {y}, while documents worth {Y} were signed during the visit.", _tt_row),
    "and-the-sides-signed-agreements-worth-Y": (
        "{B} invested {X} in {A} in {y}, and the sides signed agreements worth {Y}.",
        lambda a, b, x, z, u, y: (expect(a, b, b, a, "investment", "level", x, u, y, "FY"),)),
    "while-private-transfers-from-B-came-to-Y": (
        "{A's} imports from {B} reached {X} in {y}, while private transfers from {B} came to {Y}.",
        lambda a, b, x, z, u, y: (_ex(b, a, x, u, y),)),
    "while-A's-retail-trade-turnover-reached-Y": (
        "Trade turnover between {A} and {B} reached {X} in {y}, while {A's} retail trade turnover reached {Y}.", _tt_row),
    "while-tourism-receipts-reached-Y": (
        "{A's} exports to {B} amounted to {X} in {y}, while tourism receipts reached {Y}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "while-the-economy-of-A-was-worth-Y": (
        "Trade between {A} and {B} reached {X} in {y}, while the economy of {A} was worth {Y}.", _tt_row),
    "and-A-placed-Eurobonds-worth-Y": (
        "{A's} exports to {B} reached {X} in {y}, and {A} placed Eurobonds worth {Y}.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "while-A's-market-is-estimated-at-Y": (
        "Trade between {A} and {B} reached {X} in {y}, while {A's} pharmaceutical market is estimated at {Y}.", _tt_row),
}


def anothers_money_family() -> Iterator[Case]:
    yield from _two_figure_cases("anothers-money", ANOTHERS_MONEY)


FAMILIES = (*FAMILIES, anothers_money_family)


# A rate said to be of value after a rate of goods counted ("grew 1.5 times in physical terms and
# by {R}% in value") is the flow's own rate; the physical one is none.
PHYSICAL_THEN_VALUE = {
    "trade-grew-N-times-in-physical-terms-and-by-R-in-value": (
        "Trade between {A} and {B} grew by 1.5 times in physical terms and by {R}% in value in {y}.", "trade_turnover", False),
    "in-y-trade-grew-by-P-in-physical-terms-and-by-R-in-value-terms": (
        "In {y}, trade between {A} and {B} grew by 35% in physical terms and by {R}% in value terms.", "trade_turnover", False),
    "A's-exports-rose-in-physical-terms-and-R-percent-in-value": (
        "{A's} exports to {B} rose 2.1 times in physical terms and {R} percent in value in {y}.", "exports", True),
}


def physical_then_value_family() -> Iterator[Case]:
    def say(wording: tuple[str, str, bool], p: int, s: int, a: str, b: str) -> Said:
        template, indicator, directed = wording
        published = DATES[s % len(DATES)]
        y = published.year - 1
        r = RATES[s % len(RATES)]
        text = _fill(template.replace("{R}", r).replace("{y}", str(y)), A=a, B=b)
        frm, to = (code(a), code(b)) if directed else (None, None)
        return Said(text, published, (_rate(code(a), code(b), frm, to, indicator, float(r), y),), str(s))

    yield from _both_orders("physical-then-value", PHYSICAL_THEN_VALUE.items(), say, (0, 1))


# A payment for a service done to another's goods ("paid {B} {Y} for the transit of gas") buys
# no goods: no import of the payer's; {X} the story's real figure.
TRANSIT_PAID = {
    "and-A-paid-B-Y-for-the-transit-of-oil": (
        "Trade between {A} and {B} reached {X} in {y}, and {A} paid {B} {Y} for the transit of oil.", _tt_row),
    "B-paid-A-Y-for-transit-of-its-gas": (
        "{A's} exports to {B} reached {X} in {y}. {B} paid {A} {Y} for transit of its gas.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "A-paid-B-Y-for-the-storage-of-gas": (
        "{A} paid {B} {Y} for the storage of gas in {y}, while {A's} imports from {B} reached {X}.",
        lambda a, b, x, z, u, y: (_ex(b, a, x, u, y),)),
}


def transit_paid_family() -> Iterator[Case]:
    yield from _two_figure_cases("transit-paid", TRANSIT_PAID)


FAMILIES = (*FAMILIES, physical_then_value_family, transit_paid_family)


# A thing's own value in a clause after a flow's: set before its noun ("won a {Y} contract"), or
# a firm's capital and a project's value ("while the value of the project is {Y}"); no flow.
THINGS_VALUE = {
    "and-a-firm-won-a-Y-contract": (
        "{A's} exports to {B} reached {X} in {y}, and a company from {B} won a {Y} contract.",
        lambda a, b, x, z, u, y: (_ex(a, b, x, u, y),)),
    "while-the-joint-venture's-capital-is-Y": (
        "Trade between {A} and {B} reached {X} in {y}, while the joint venture's capital is {Y}.", _tt_row),
    "while-the-value-of-the-project-is-Y": (
        "Trade between {A} and {B} reached {X} in {y}, while the value of the project is {Y}.", _tt_row),
    "while-the-project-is-estimated-at-Y": (
        "{A's} imports from {B} amounted to {X} in {y}, while the project is estimated at {Y}.",
        lambda a, b, x, z, u, y: (_ex(b, a, x, u, y),)),
}


def things_value_family() -> Iterator[Case]:
    yield from _two_figure_cases("things-value", THINGS_VALUE)


FAMILIES = (*FAMILIES, things_value_family)

# --- Year-turn probe (fix-time) ------------------------------------------------------------------

# A flow counted up to the end of a month its article names without a year, the month over by
# the article's date ({A} the home, {B} the partner, {M} the month): the year's months to it.
TO_MONTH_END = {
    "by-the-end-of-M-trade-between-A-and-B-had-reached-X": "By the end of {M}, trade between {A} and {B} had reached {X}.",
    "A-exports-to-B-totaled-X-by-the-end-of-M": "{A's} exports to {B} totaled {X} by the end of {M}.",
    "up-to-the-end-of-M-A-imports-from-B-amounted-to-X": "Up to the end of {M}, {A's} imports from {B} amounted to {X}.",
    "through-M-trade-turnover-between-A-and-B-came-to-X": "Through {M}, trade turnover between {A} and {B} came to {X}.",
    "by-end-M-A-exports-to-B-stood-at-X": "By end-{M}, {A's} exports to {B} stood at {X}.",
}
# (the article's date, the month named, the period from January to its end)
_MONTH_ENDS = ((date(2023, 11, 14), "September", "M1-M9"), (date(2021, 12, 3), "October", "M1-M10"),
               (date(2020, 8, 10), "June", "H1"), (date(2024, 5, 6), "March", "Q1"), (date(2022, 9, 19), "July", "M1-M7"))  # fmt: skip


def to_month_end_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(TO_MONTH_END.items()):
        for i, (home, partner) in enumerate(PAIRS[:10]):
            s = i * len(TO_MONTH_END) + v
            published, month, period = _MONTH_ENDS[s % len(_MONTH_ENDS)]
            x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{M}", month), A=home, B=partner)
            a, b = code(home), code(partner)
            frm, to = (None, None) if "trade" in variant else ((b, a) if "imports" in variant else (a, b))
            indicator = "trade_turnover" if frm is None else "exports"
            construction = f"to-month-end/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "level", value, unit, published.year, canonical_period(period)),))  # fmt: skip


# A stock as of a year's end said the wires' way ("year-end 2023"): cumulative, of that year.
YEAR_END_STOCK = {
    "as-of-year-end-y-B-total-investment-in-A-reached-X": "As of year-end {y}, {B's} total investment in {A} reached {X}.",
    "by-year-end-y-B-had-invested-X-in-A": "By year-end {y}, {B} had invested {X} in {A}.",
    "at-year-end-y-total-Badj-investment-in-A-stood-at-X": "At year-end {y}, total {Badj} investment in {A} stood at {X}.",
}


def year_end_stock_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(YEAR_END_STOCK.items()):
        for i, (home, partner) in enumerate(PAIRS[:10]):
            adjective = COUNTRIES[partner][1]
            if adjective is None:
                continue
            s = i * len(YEAR_END_STOCK) + v
            published, y, fmt = date_year_format(s)
            x, value, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)).replace("{Badj}", adjective), A=home, B=partner)
            a, b = code(home), code(partner)
            construction = f"year-end-stock/{variant}"
            yield Case(construction, f"{construction}/{b}-{a}/{s}", text, published,
                       (expect(a, b, b, a, "investment", "level", value, unit, y, "cumulative"),))  # fmt: skip


FAMILIES = (*FAMILIES, to_month_end_family, year_end_stock_family)


# A whole year or a part "of the year" told in the past, in an article that names no year of its
# story, written before that part was over ({A} the home, {B} the partner): the year before the
# article's, whose whole or part it is (as a part said without "of the year" is).
YEAR_NOT_OVER = {
    "for-the-full-year-trade-between-A-and-B-reached-X": ("For the full year, trade between {A} and {B} reached {X}.", "FY"),
    "A-imports-from-B-for-the-whole-year-totaled-X": ("{A's} imports from {B} for the whole year totaled {X}.", "FY"),
    "for-the-year-as-a-whole-A-exports-to-B-came-to-X": ("For the year as a whole, {A's} exports to {B} came to {X}.", "FY"),
    "in-the-first-half-of-the-year-trade-between-A-and-B-amounted-to-X": ("In the first half of the year, trade between {A} and {B} amounted to {X}.", "H1"),
    "A-exports-to-B-reached-X-in-the-first-quarter-of-the-year": ("{A's} exports to {B} reached {X} in the first quarter of the year.", "Q1"),
    "full-year-trade-between-A-and-B-reached-X": ("Full-year trade between {A} and {B} reached {X}.", "FY"),
    "A-full-year-exports-to-B-totaled-X": ("{A's} full-year exports to {B} totaled {X}.", "FY"),
}
_EARLY_DATES = (date(2024, 1, 30), date(2023, 2, 10), date(2021, 1, 25), date(2019, 2, 18))


def year_not_over_family() -> Iterator[Case]:
    for v, (variant, (template, period)) in enumerate(YEAR_NOT_OVER.items()):
        for i, (home, partner) in enumerate(PAIRS[:10]):
            s = i * len(YEAR_NOT_OVER) + v
            published = _EARLY_DATES[s % len(_EARLY_DATES)]
            x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x), A=home, B=partner)
            a, b = code(home), code(partner)
            frm, to = (None, None) if "trade" in variant else ((b, a) if "imports" in variant else (a, b))
            indicator = "trade_turnover" if frm is None else "exports"
            construction = f"year-not-over/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "level", value, unit, published.year - 1, period),))  # fmt: skip


FAMILIES = (*FAMILIES, year_not_over_family)


# A stock counted at the year's end said with no year ("at year-end", "at the end of the year"),
# in an article of the next year's first months that names no year of its story: cumulative, as
# of the year just over ({A} the host, {B} the investor, {Badj} its adjective).
YEAR_END_BARE = {
    "at-year-end-accumulated-Badj-investment-in-A-stood-at-X": "At year-end, accumulated {Badj} investment in {A} stood at {X}.",
    "as-of-year-end-B-total-investment-in-A-amounted-to-X": "As of year-end, {B's} total investment in {A} amounted to {X}.",
    "at-the-end-of-the-year-the-stock-of-Badj-investment-in-A-reached-X": "At the end of the year, the stock of {Badj} investment in {A} reached {X}.",
}


def year_end_bare_family() -> Iterator[Case]:
    for v, (variant, template) in enumerate(YEAR_END_BARE.items()):
        for i, (home, partner) in enumerate(PAIRS[:10]):
            adjective = COUNTRIES[partner][1]
            if adjective is None:
                continue
            s = i * len(YEAR_END_BARE) + v
            published = _EARLY_DATES[s % len(_EARLY_DATES)]
            x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{Badj}", adjective), A=home, B=partner)
            a, b = code(home), code(partner)
            construction = f"year-end-bare/{variant}"
            yield Case(construction, f"{construction}/{b}-{a}/{s}", text, published,
                       (expect(a, b, b, a, "investment", "level", value, unit, published.year - 1, "cumulative"),))  # fmt: skip


FAMILIES = (*FAMILIES, year_end_bare_family)


# A release's or a wire's words for a time counted back from the article's date, with no year
# ({A} the home, {B} the partner): "the last (previous) quarter" is the quarter before the
# article's; "according to (following) the results of nine months" the year's first nine; "the
# year just ended" the year before; a rate "over the past year" the year it grew in, no base.
def _quarter_before(d: date) -> tuple[int, str]:
    q = (d.month - 1) // 3
    return (d.year, f"Q{q}") if q else (d.year - 1, "Q4")


_SINCE_MONTHS = (date(2023, 10, 20), date(2021, 12, 9), date(2019, 11, 5), date(2024, 12, 2))
_QUARTER_DATES = (date(2024, 1, 25), date(2023, 8, 14), date(2022, 11, 3), date(2021, 5, 20))
COUNTED_BACK: dict[str, tuple[str, tuple[date, ...], Callable[[date], tuple[int, str]]]] = {
    "in-the-last-quarter-trade-between-A-and-B-reached-X":
        ("In the last quarter, trade between {A} and {B} reached {X}.", _QUARTER_DATES, _quarter_before),
    "A-exports-to-B-totaled-X-in-the-previous-quarter":
        ("{A's} exports to {B} totaled {X} in the previous quarter.", _QUARTER_DATES, _quarter_before),
    "according-to-the-results-of-nine-months-trade-between-A-and-B-amounted-to-X":
        ("According to the results of nine months, trade between {A} and {B} amounted to {X}.", _SINCE_MONTHS, lambda d: (d.year, "M1-M9")),
    "following-the-results-of-six-months-A-imports-from-B-came-to-X":
        ("Following the results of six months, {A's} imports from {B} came to {X}.", _SINCE_MONTHS, lambda d: (d.year, "H1")),
    "in-the-year-just-ended-trade-between-A-and-B-reached-X":
        ("In the year just ended, trade between {A} and {B} reached {X}.", _EARLY_DATES, lambda d: (d.year - 1, "FY")),
    "A-exports-to-B-grew-9.4-percent-over-the-past-year-to-X":
        ("{A's} exports to {B} grew 9.4% over the past year to {X}.", _EARLY_DATES, lambda d: (d.year - 1, "FY")),
}  # fmt: skip


def counted_back_family() -> Iterator[Case]:
    for v, (variant, (template, dates, when)) in enumerate(COUNTED_BACK.items()):
        for i, (home, partner) in enumerate(PAIRS[:10]):
            s = i * len(COUNTED_BACK) + v
            published = dates[s % len(dates)]
            year, period = when(published)
            x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x), A=home, B=partner)
            a, b = code(home), code(partner)
            frm, to = (None, None) if "trade" in variant else ((b, a) if "imports" in variant else (a, b))
            indicator = "trade_turnover" if frm is None else "exports"
            rows = [expect(a, b, frm, to, indicator, "level", value, unit, year, period)]
            if "percent" in variant:
                rows.append(expect(a, b, frm, to, indicator, "change", 9.4, "percent", year, period))
            construction = f"counted-back/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, counted_back_family)


# A flow counted to the end of a quarter or a half ("as of (by, up to) the end of the third
# quarter"), or to a day "of this year" ("as of October 1 of this year"): the year's months to it.
COUNTED_TO_PART = {
    "as-of-the-end-of-the-third-quarter-trade-between-A-and-B-amounted-to-X":
        ("As of the end of the third quarter, trade between {A} and {B} amounted to {X}.", "M1-M9"),
    "by-the-end-of-the-second-quarter-A-exports-to-B-had-reached-X":
        ("By the end of the second quarter, {A's} exports to {B} had reached {X}.", "H1"),
    "A-imports-from-B-totaled-X-up-to-the-end-of-the-third-quarter":
        ("{A's} imports from {B} totaled {X} up to the end of the third quarter.", "M1-M9"),
    "as-of-october-1-of-this-year-A-exports-to-B-amounted-to-X":
        ("As of October 1 of this year, {A's} exports to {B} amounted to {X}.", "M1-M9"),
    "as-of-1-july-of-the-current-year-trade-between-A-and-B-reached-X":
        ("As of 1 July of the current year, trade between {A} and {B} reached {X}.", "H1"),
}  # fmt: skip
_LATE_DATES = (date(2023, 12, 12), date(2022, 12, 5), date(2021, 12, 6), date(2019, 12, 16))


def counted_to_part_family() -> Iterator[Case]:
    for v, (variant, (template, period)) in enumerate(COUNTED_TO_PART.items()):
        for i, (home, partner) in enumerate(PAIRS[:10]):
            s = i * len(COUNTED_TO_PART) + v
            published = _LATE_DATES[s % len(_LATE_DATES)]
            x, value, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x), A=home, B=partner)
            a, b = code(home), code(partner)
            frm, to = (None, None) if "trade" in variant else ((b, a) if "imports" in variant else (a, b))
            indicator = "trade_turnover" if frm is None else "exports"
            construction = f"counted-to-part/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "level", value, unit, published.year, canonical_period(period)),))  # fmt: skip


FAMILIES = (*FAMILIES, counted_to_part_family)

def _run_of_three(
    template: str, s: int, pool: list[str], home: str, key: str = "P", name: Callable[[str], str] = lambda n: n
) -> tuple[date, int, str, list[str], list[tuple[str, float, str]], str]:
    """Case s's run of three members of `pool`: its date, year and period, the members, their
    amounts, and `template` filled ({w} the period's words, {P1}..{P3} or another `key` the
    members as `name` words them, {X1}..{X3} their amounts, {H} the home)."""
    published, y, fmt = date_year_format(s)
    phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
    ranked = [pool[(s + 2 * k) % len(pool)] for k in range(3)]
    amounts = [amount(s + k, fmt) for k in range(3)]
    text = template.replace("{w}", phrase.format(y=y))
    for k, member in enumerate(ranked, 1):
        text = text.replace("{" + key + str(k) + "}", name(member)).replace("{X" + str(k) + "}", amounts[k - 1][0])
    return published, y, period, ranked, amounts, _fill(text, H=home)


# A run of partners each with its amount right after it and no word between, a share or a change
# in brackets after each amount or none ("were France $412 m (23.4%), the Netherlands $238 m
# (15.1%) and the UK $96 m (9.8%)"): each amount is its own member's, read against the home the
# ranking names (from a probe of partner lists). side: "in" the members invest in the home,
# "turnover" trade with it, "imports" send to it, "exports" buy from it.
BARE_RUNS: dict[str, tuple[str, str]] = {
    "largest-investors-in-H-were-P-X-(share)": ("in", "{w}, the largest investors in {H} were {P1} {X1} (23.4%), {P2} {X2} (15.1%) and {P3} {X3} (9.8%)."),
    "top-investors-in-H-were-P-X": ("in", "{w}, the top investors in {H} were {P1} {X1}, {P2} {X2} and {P3} {X3}."),
    "H's-main-trading-partners-were-P-X-(share)": ("turnover", "{w}, {H's} main trading partners were {P1} {X1} (23.4%), {P2} {X2} (15.1%) and {P3} {X3} (9.8%)."),
    "H's-main-trading-partners-were-P-X": ("turnover", "{H's} main trading partners {w} were {P1} {X1}, {P2} {X2} and {P3} {X3}."),
    "H's-largest-suppliers-were-P-X-(share)": ("imports", "{w}, {H's} largest suppliers were {P1} {X1} (23.4%), {P2} {X2} (15.1%) and {P3} {X3} (9.8%)."),
    "H's-main-export-markets-were-P-X": ("exports", "{w}, {H's} main export markets were {P1} {X1}, {P2} {X2} and {P3} {X3}."),
}


def bare_run_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, (side, template) in BARE_RUNS.items():
        construction = f"bare-run/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, period, ranked, amounts, text = _run_of_three(template, s, partners, home)
            flow = {"in": "imports", "turnover": "turnover", "imports": "imports", "exports": "exports"}[side]
            rows = tuple(
                expect(code(name), code(home), code(name), code(home), "investment", "level", v, unit, y, period) if side == "in"
                else _ranked_row(code(home), code(name), flow, v, unit, y, period)
                for name, (_, v, unit) in zip(ranked, amounts, strict=True)
            )  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)



# After a home's total, a run of its parts told by "accounted for" once and the verb gapped
# before each next member, after a comma or "and" ("China accounted for $8.9 bn, Russia for
# $8.8 bn and Kazakhstan for $4.6 bn"): each amount is its own member's part of the total.
ACCOUNTED_RUN_LEADS = {"in": "Foreign direct investment in {H} reached {X0} {w}.", **RANKING_LEADS}
ACCOUNTED_RUNS = {
    "P-accounted-for-X,-P-for-X-and-P-for-X": "{P1} accounted for {X1}, {P2} for {X2} and {P3} for {X3}.",
    "P-accounted-for-X,-P-for-X,-and-P-for-X": "{P1} accounted for {X1}, {P2} for {X2}, and {P3} for {X3}.",
    # each share restated by its amount in brackets
    "P-accounted-for-s%-(X),-P-for-s%-(X)-and-P-for-s%-(X)": "{P1} accounted for 23.4% ({X1}), {P2} for 15.1% ({X2}) and {P3} for 9.8% ({X3}).",
}


def accounted_run_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, template in ACCOUNTED_RUNS.items():
        for side, lead in ACCOUNTED_RUN_LEADS.items():
            construction = f"accounted-run/{variant}/{side}"
            for h, home in enumerate(HOMES):
                s = h + len(variant) + len(side)
                published, y, fmt = date_year_format(s)
                phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
                ranked = [partners[(s + 3 * k) % len(partners)] for k in range(3)]
                whole, *parts = [fixed_amount(n, 6, fmt) for n in ("2950", "412.5", "238.1", "96.4")]
                text = (lead + " " + template).replace("{w}", phrase.format(y=y)).replace("{X0}", whole[0])
                for k, name in enumerate(ranked, 1):
                    text = text.replace("{P" + str(k) + "}", name).replace("{X" + str(k) + "}", parts[k - 1][0])
                text = _fill(text, H=home)
                members = [(code(name), v, unit) for name, (_, v, unit) in zip(ranked, parts, strict=True)]
                if side == "in":
                    rows = [expect(c, code(home), c, code(home), "investment", "level", v, unit, y, period) for c, v, unit in [("WLD", whole[1], whole[2]), *members]]
                else:
                    rows = [_ranked_row(code(home), c, side, v, unit, y, period) for c, v, unit in [("WLD", whole[1], whole[2]), *members]]
                yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, tuple(rows))



# A bound verb of taking in with a run of amounts, each with its giver after "from", joined by
# commas and a last "and" ("Georgia attracted $412 m from Turkey, $238 m from China and $96 m
# from Germany"): each amount is its own giver's, to the verb's subject. "attracted" in a period
# is that period's investment; "received" with no noun of a flow the giver's one-off aid.
FROM_RUNS: dict[str, tuple[str, str]] = {
    "w,-H-attracted-X-from-P,-X-from-P-and-X-from-P": ("investment", "{w}, {H} attracted {X1} from {P1}, {X2} from {P2} and {X3} from {P3}."),
    "H-received-X-from-P,-X-from-P-and-X-from-P": ("aid", "{H} received {X1} from {P1}, {X2} from {P2} and {X3} from {P3}."),
    "H-will-receive-X-from-P,-X-from-P-and-X-from-P": ("aid", "{H} will receive {X1} from {P1}, {X2} from {P2} and {X3} from {P3}."),
    # a share of the whole in brackets after each amount
    "w,-H-attracted-X-(s%)-from-P,-...": ("investment", "{w}, {H} attracted {X1} (23.4%) from {P1}, {X2} (15.1%) from {P2} and {X3} (9.8%) from {P3}."),
}


def from_run_family() -> Iterator[Case]:
    givers = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, (indicator, template) in FROM_RUNS.items():
        construction = f"from-run/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, period, ranked, amounts, text = _run_of_three(template, s, givers, home)
            when = (y, period) if indicator == "investment" else (published.year, None)
            rows = tuple(expect(code(name), code(home), code(name), code(home), indicator, "level", v, unit, *when)
                         for name, (_, v, unit) in zip(ranked, amounts, strict=True))  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)



# After a home's total, a sentence opened by a bare "Of this," or "Out of this," that names it
# as a whole, then a run of parts each with its country after a link ("Of this, $412 m came
# from France, $238 m from the Netherlands and $96 m from the UK"): each its own member's part.
OF_THIS_OPENERS = ("Of this", "Out of this", "Of that")
OF_THIS_RUNS = {"in": "came from", "imports": "came from", "exports": "went to"}


def of_this_run_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for opener in OF_THIS_OPENERS:
        for side, link in OF_THIS_RUNS.items():
            construction = f"of-this-run/{opener.replace(' ', '-')}/{side}"
            preposition = link.split()[-1]
            template = ACCOUNTED_RUN_LEADS[side] + f" {opener}, {{X1}} {link} {{P1}}, {{X2}} {preposition} {{P2}} and {{X3}} {preposition} {{P3}}."
            for h, home in enumerate(HOMES):
                s = h + len(opener) + len(side)
                published, y, fmt = date_year_format(s)
                phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
                ranked = [partners[(s + 3 * k) % len(partners)] for k in range(3)]
                whole, *parts = [fixed_amount(n, 6, fmt) for n in ("2950", "412.5", "238.1", "96.4")]
                text = template.replace("{w}", phrase.format(y=y)).replace("{X0}", whole[0])
                for k, name in enumerate(ranked, 1):
                    text = text.replace("{P" + str(k) + "}", name).replace("{X" + str(k) + "}", parts[k - 1][0])
                text = _fill(text, H=home)
                members = [("WLD", whole[1], whole[2]), *((code(name), v, unit) for name, (_, v, unit) in zip(ranked, parts, strict=True))]
                if side == "in":
                    rows = [expect(c, code(home), c, code(home), "investment", "level", v, unit, y, period) for c, v, unit in members]
                else:
                    rows = [_ranked_row(code(home), c, side, v, unit, y, period) for c, v, unit in members]
                yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, tuple(rows))



# A home's investment abroad told as a run of hosts each after "in" with its amount after a dash
# or a colon ("Azerbaijan invested abroad: in Turkey - $1.2 bn, in Georgia - $480 m, ..."): the
# home invests in each; "in" names an investment's host as "to" does.
ABROAD_RUNS = {
    "w,-H-invested-abroad:-in-P---X,-...": "{w}, {H} invested abroad: in {P1} - {X1}, in {P2} - {X2}, in {P3} - {X3}.",
    "H's-investments-abroad-w:-in-P---X,-...": "{H's} direct investments abroad {w}: in {P1} - {X1}, in {P2} - {X2} and in {P3} - {X3}.",
}


def abroad_run_family() -> Iterator[Case]:
    hosts = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, template in ABROAD_RUNS.items():
        construction = f"abroad-run/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, fmt = date_year_format(s)
            phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
            ranked = [hosts[(s + 2 * k) % len(hosts)] for k in range(3)]
            amounts = [amount(s + k, fmt) for k in range(3)]
            text = template.replace("{w}", phrase.format(y=y))
            for k, name in enumerate(ranked, 1):
                text = text.replace("{P" + str(k) + "}", name).replace("{X" + str(k) + "}", amounts[k - 1][0])
            text = _fill(text, H=home)
            rows = tuple(expect(code(home), code(name), code(home), code(name), "investment", "level", v, unit, y, period)
                         for name, (_, v, unit) in zip(ranked, amounts, strict=True))  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)



# A list member with a relative clause of its own between it and its amount, the clause naming
# another country ("followed by Turkey, which also invests heavily in {O}, with $310 m"): the
# amount is the member's, the clause's country no member. side as in BARE_RUNS.
RELATIVE_MEMBERS: dict[str, tuple[str, str]] = {
    "followed-by-P,-which-invests-in-O,-with-X": (
        "in", "{w}, the largest investor in {H} was {P1} with {X1}, followed by {P2}, which also invests heavily in {O}, with {X2}, and {P3} with {X3}."),
    "followed-by-P,-which-borders-O,-with-X": (
        "turnover", "{w}, {P1} was {H's} main trading partner with {X1}, followed by {P2}, which borders {O}, with {X2}."),
}  # fmt: skip


def relative_member_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, (side, template) in RELATIVE_MEMBERS.items():
        construction = f"relative-member/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, fmt = date_year_format(s)
            phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
            ranked = [partners[(s + 2 * k) % len(partners)] for k in range(4)]
            amounts = [amount(s + k, fmt) for k in range(3)]
            text = template.replace("{w}", phrase.format(y=y)).replace("{O}", ranked[3])
            for k, name in enumerate(ranked[:3], 1):
                text = text.replace("{P" + str(k) + "}", name).replace("{X" + str(k) + "}", amounts[k - 1][0])
            text = _fill(text, H=home)
            rows = tuple(
                expect(code(name), code(home), code(name), code(home), "investment", "level", v, unit, y, period) if side == "in"
                else _ranked_row(code(home), code(name), side, v, unit, y, period)
                for k, (name, (_, v, unit)) in enumerate(zip(ranked[:3], amounts, strict=True), 1) if "{X" + str(k) + "}" in template
            )  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)



# A run of nationalities each with one noun of who invests, the verb gapped after the first
# ("Japanese companies invested $57 m in Georgia, Italian companies $32 m and Emirati companies
# $41 m"): each amount is its own nationality's country's investment in the host.
ADJECTIVE_RUNS = {
    "A-companies-invested-X-in-H,-A-companies-X-and-A-companies-X":
        "{w}, {A1} companies invested {X1} in {H}, {A2} companies {X2} and {A3} companies {X3}.",
    "A-investors-put-X-into-H,-A-investors-X,-and-A-investors-X":
        "{w}, {A1} investors put {X1} into {H}, {A2} investors {X2}, and {A3} investors {X3}.",
}


def adjective_run_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and COUNTRIES[n][1] is not None]
    for variant, template in ADJECTIVE_RUNS.items():
        construction = f"adjective-run/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, period, ranked, amounts, text = _run_of_three(template, s, partners, home, "A", lambda name: COUNTRIES[name][1] or name)
            rows = tuple(expect(code(name), code(home), code(name), code(home), "investment", "level", v, unit, y, period)
                         for name, (_, v, unit) in zip(ranked, amounts, strict=True))  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)



# A passive run, each amount with its investor after "by" and the verb gapped after the first
# ("$412 m was invested in Georgia by the Netherlands, $238 m by Turkey and $96 m by the UK"):
# each amount is its own investor's in the host.
BY_RUNS = {
    "w,-X-was-invested-in-H-by-P,-X-by-P-and-X-by-P": "{w}, {X1} was invested in {H} by {P1}, {X2} by {P2} and {X3} by {P3}.",
    "w,-X-were-invested-in-H-by-P,-X-by-P,-and-X-by-P": "{w}, {X1} were invested in {H} by {P1}, {X2} by {P2}, and {X3} by {P3}.",
}


def by_run_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, template in BY_RUNS.items():
        construction = f"by-run/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, period, ranked, amounts, text = _run_of_three(template, s, partners, home)
            rows = tuple(expect(code(name), code(home), code(name), code(home), "investment", "level", v, unit, y, period)
                         for name, (_, v, unit) in zip(ranked, amounts, strict=True))  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)


# A flow's noun owned after "of" and gapped after it, each next owner after a repeated "of"
# ("investments of Turkey in Georgia amounted to $32 m, of China - $41 m, of Germany - $24 m"):
# each amount is its own owner's flow to the same host or buyer.
OF_RUNS: dict[str, tuple[str, str]] = {
    "investments-of-P-in-H-amounted-to-X,-of-P---X,-of-P---X": (
        "investment", "{w}, investments of {P1} in {H} amounted to {X1}, of {P2} - {X2}, of {P3} - {X3}."),
    "exports-of-P-to-H-reached-X,-of-P---X-and-of-P---X": (
        "exports", "{w}, exports of {P1} to {H} reached {X1}, of {P2} - {X2} and of {P3} - {X3}."),
}  # fmt: skip


def of_run_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, (indicator, template) in OF_RUNS.items():
        construction = f"of-run/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, period, ranked, amounts, text = _run_of_three(template, s, partners, home)
            rows = tuple(expect(code(name), code(home), code(name), code(home), indicator, "level", v, unit, y, period)
                         for name, (_, v, unit) in zip(ranked, amounts, strict=True))  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, rows)


# A ranked country with the other term of its ranking named before its amount, set off by a
# comma ("the second largest investor in Georgia after the USA, with $96 m", "behind Russia and
# Italy, with $4.4 bn"): the amount is the ranked country's, the compared ones no members.
COMPARED_RANKS: dict[str, tuple[str, str]] = {
    "P-became-the-second-largest-investor-in-H-after-O,-with-X": (
        "in", "{w}, {P1} became the second largest investor in {H} after {O1}, with {X1}."),
    "P-was-H's-third-largest-trading-partner,-behind-O-and-O,-with-X": (
        "turnover", "{w}, {P1} was {H's} third largest trading partner, behind {O1} and {O2}, with {X1}."),
    "P-ranked-first-among-investors-in-H,-ahead-of-O,-with-X": (
        "in", "{w}, {P1} ranked first among investors in {H}, ahead of {O1}, with {X1}."),
}  # fmt: skip


def compared_rank_family() -> Iterator[Case]:
    partners = [n for n in COUNTRIES if n not in HOMES and n != "the EU"]
    for variant, (side, template) in COMPARED_RANKS.items():
        construction = f"compared-rank/{variant}"
        for h, home in enumerate(HOMES):
            s = h + len(variant)
            published, y, fmt = date_year_format(s)
            phrase, period = _RANKING_PERIODS[s % len(_RANKING_PERIODS)]
            ranked, o1, o2 = (partners[(s + 2 * k) % len(partners)] for k in range(3))
            x, v, unit = amount(s, fmt)
            text = _fill(template.replace("{w}", phrase.format(y=y)).replace("{P1}", ranked).replace("{O1}", o1).replace("{O2}", o2)
                         .replace("{X1}", x), H=home)  # fmt: skip
            row = (expect(code(ranked), code(home), code(ranked), code(home), "investment", "level", v, unit, y, period) if side == "in"
                   else _ranked_row(code(home), code(ranked), side, v, unit, y, period))  # fmt: skip
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, (row,))


FAMILIES = (*FAMILIES, bare_run_family, accounted_run_family, from_run_family, of_this_run_family, abroad_run_family, relative_member_family, adjective_run_family, by_run_family, of_run_family, compared_rank_family)  # fmt: skip
# Releases' verbs and phrases of aid (from a probe of agencies' and governments' releases): a sum
# approved, transferred or set aside for the receiver, the receiver as the one the money is "to
# support", a body of many as the channel ("through the WFP"), a contribution with its amount
# before "to", and the giver as the sponsor ("with the support of"). {D} the donor, {R} the
# recipient; each is the donor's one-off: reported, the article's year, no period.
RELEASE_AID = {
    "D-approved-X-for-R": "{D} approved {X} for {R}.",
    "D-transferred-the-first-tranche-of-X-to-R": "{D} transferred the first tranche of {X} to {R}.",
    "D-set-aside-X-to-help-R": "{D} set aside {X} to help {R} rebuild its schools.",
    "D-earmarked-X-to-support-R": "{D} earmarked {X} to support {R}.",
    "through-the-WFP-D-provided-X-in-food-aid-to-R": "Through the WFP, {D} provided {X} in food aid to {R}.",
    "D-announced-a-contribution-of-X-to-R": "{D} announced a contribution of {X} to {R}.",
    "with-the-support-of-D-R-received-X": "With the support of {D}, {R} received {X} for school meals.",
    "R-will-receive-X-with-the-financial-support-of-D": "{R} will receive {X} with the financial support of {D}.",
}


def release_aid_family() -> Iterator[Case]:
    yield from _given_to_homes("release-aid", RELEASE_AID, DONORS, _aid_given, spread=True)



# Aid in kind and aid told in the passive (from the same probe): goods a verb of giving gives are
# aid, not exports, whether the goods or their worth come first; a passive's giver follows "by",
# and the place its project is in receives. {D} the donor, {R} the recipient: the donor's one-off.
IN_KIND_AND_PASSIVE_AID = {
    "D-handed-over-medical-supplies-worth-X-to-R": "{D} handed over medical supplies worth {X} to {R}.",
    "D-handed-over-X-worth-of-medical-supplies-to-R": "{D} handed over {X} worth of medical supplies to {R}.",
    "D-donated-food-supplies-worth-X-to-R": "{D} donated food supplies worth {X} to {R}.",
    "the-project-in-R-is-financed-by-D-in-the-amount-of-X": "The project in {R} is financed by {D} in the amount of {X}.",
    "the-X-water-project-in-R-is-funded-by-D": "The {X} water project in {R} is funded by {D}.",
    "the-hospital-in-R-is-co-financed-by-D-in-the-amount-of-X": "The hospital in {R} is co-financed by {D} in the amount of {X}.",
}


def in_kind_and_passive_aid_family() -> Iterator[Case]:
    yield from _given_to_homes("in-kind-passive-aid", IN_KIND_AND_PASSIVE_AID, DONORS, _aid_given, spread=True)


# An amount added to a giver's running total, told before the total ("will provide an additional
# {X}, bringing its total assistance to {R} to {Y}"): the amount is the giver's one-off, the total
# its stock as of the article's year. {D} the donor, {R} the recipient.
ADDED_TO_TOTAL = {
    "D-will-provide-an-additional-X-bringing-its-total-assistance-to-R-to-Y":
        "{D} will provide an additional {X}, bringing its total assistance to {R} to {Y}.",
    "D-allocated-another-X-to-R-bringing-the-total-to-Y": "{D} allocated another {X} to {R}, bringing the total to {Y}.",
    "D-granted-R-a-further-X-taking-its-total-support-to-Y": "{D} granted {R} a further {X}, taking its total support to {Y}.",
}


def _added_and_total(template: str, s: int, donor: str, code_d: str, home: str) -> Said | None:
    published = DATES[s % len(DATES)]
    fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
    x, xv, unit = amount(s, fmt)
    y, yv, _ = amount(s + 3, fmt)
    if xv == yv:
        return None
    text = _cap(_fill(template.replace("{X}", x).replace("{Y}", y), D=donor, R=home))
    return Said(text, published, (expect(code_d, code(home), code_d, code(home), "aid", "level", xv, unit, published.year, None),
                                  expect(code_d, code(home), code_d, code(home), "aid", "level", yv, unit, published.year, "cumulative")))  # fmt: skip


def added_to_total_family() -> Iterator[Case]:
    yield from _given_to_homes("added-to-total", ADDED_TO_TOTAL, DONORS, _added_and_total, spread=True)


# Relief goods sent or delivered: aid in kind, whatever the verb ({D} the donor, {R} the recipient).
RELIEF_GOODS = {
    "D-sent-relief-goods-worth-X-to-R": "{D} sent relief goods worth {X} to {R}.",
    "D-delivered-relief-supplies-worth-X-to-R": "{D} delivered relief supplies worth {X} to {R}.",
    "D-flew-relief-items-worth-X-to-R": "{D} flew relief items worth {X} to {R}.",
}


def relief_goods_family() -> Iterator[Case]:
    yield from _given_to_homes("relief-goods", RELIEF_GOODS, DONORS, _aid_given, spread=True)


# A body of many that hands over or transfers with a giver's support is the giver's channel
# ("With the financial support of {D}, UNDP handed over equipment worth {X} to {R}"): the sponsor
# gives, the body none of its own. {D} the donor, {R} the recipient: the donor's one-off.
SPONSORED_CHANNEL = {
    "with-the-financial-support-of-D-UNDP-handed-over-equipment-worth-X-to-R":
        "With the financial support of {D}, UNDP handed over equipment worth {X} to {R}.",
    "with-the-help-of-D-UNICEF-handed-over-vaccines-worth-X-to-R": "With the help of {D}, UNICEF handed over vaccines worth {X} to {R}.",
    "thanks-to-the-support-of-D-the-WFP-transferred-X-to-R": "Thanks to the support of {D}, the WFP transferred {X} to {R}.",
}


def sponsored_channel_family() -> Iterator[Case]:
    yield from _given_to_homes("sponsored-channel", SPONSORED_CHANNEL, DONORS, _aid_given, spread=True)


FAMILIES = (
    *FAMILIES, release_aid_family, in_kind_and_passive_aid_family, added_to_total_family, relief_goods_family,
    sponsored_channel_family,
)  # fmt: skip

# A story of one pair (its headline and lead name both), an aside on the figure of another pair in
# a paragraph of its own, then a flow of one of the story's pair that names no partner (from a
# probe of the story's pair as the default partner): still a part of the lead's trade, the pair's,
# never the country's total with the world. {A} the flow's country, {B} the other of the pair;
# the aside's pair {O} and {Q}, or {B} and {O}. (wording, the flow's origin: "A" or "B")
AFTER_ASIDE_FLOWS: dict[str, tuple[str, str]] = {
    "A's-exports-amounted-to": ("{A's} exports amounted to {X}.", "A"),
    "exports-from-A-grew-to": ("Exports from {A} grew to {X}.", "A"),
    "Aadj-exports-reached": ("{Aadj} exports reached {X}.", "A"),
    "the-Aadj-side-supplied-goods-worth": ("The {Aadj} side supplied goods worth {X}.", "A"),
    "shipments-from-A-rose-to": ("Shipments from {A} rose to {X}.", "A"),
    "A's-imports-totaled": ("{A's} imports totaled {X}.", "B"),
}
AFTER_ASIDE_ASIDES = {
    "O-and-Q": "Trade between {O} and {Q} reached {Z} in {y}.",
    "B's-trade-with-O": "{B's} trade with {O} reached {Z} in {y}.",
}
_ASIDE_THIRDS = (("Egypt", "EGY"), ("Brazil", "BRA"), ("Poland", "POL"), ("Vietnam", "VNM"))


def pair_after_aside_family() -> Iterator[Case]:
    s = 0
    for variant, (wording, origin) in AFTER_ASIDE_FLOWS.items():
        for aside_name, aside in AFTER_ASIDE_ASIDES.items():
            for _p, _order, a, b in _ordered_pairs():
                adjective = COUNTRIES[a][1]
                if "{Aadj}" in wording and adjective is None:
                    continue
                s += 1
                (o, co), (q, cq) = _ASIDE_THIRDS[s % 4], _ASIDE_THIRDS[(s + 1) % 4]
                published = DATES[s % len(DATES)]
                y = published.year - 1
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                (lead_x, lv, unit), (z, zv, _), (x, xv, _) = fixed_amount("2.4", 9, fmt), fixed_amount("1.7", 9, fmt), amount(s * 2, fmt)
                if xv >= lv:
                    x, xv, _ = fixed_amount("96.4", 6, fmt)
                head = f"{a} and {b} discuss expanding trade"
                text = "\n\n".join((head, "Trade between {A} and {B} reached {L} in {y}, officials said.", aside, wording))
                text = text.replace("{Aadj}", adjective or "").replace("{L}", lead_x).replace("{Z}", z).replace("{X}", x).replace("{y}", str(y))
                text = _fill(text, A=a, B=b, O=o, Q=q)
                ca, cb = code(a), code(b)
                aside_pair = (co, cq) if "{Q}" in aside else (cb, co)
                frm, to = (ca, cb) if origin == "A" else (cb, ca)
                rows = (_tt(ca, cb, lv, unit, y), _tt(*aside_pair, zv, unit, y), _ex(frm, to, xv, unit, y))
                construction = f"pair-after-aside/{variant}/{aside_name}"
                yield Case(construction, f"{construction}/{_pid(a, b)}/{s}", text, published, rows)


# An investor of the story's pair (named first in its headline, the story's home) investing with
# no host named: in the pair's other side, not in the world (a total abroad says so, and stays
# the world's: "abroad"). {P} the investor, {H} the host.
PAIR_INVESTOR = {
    "Padj-companies-invested-last-year": "{Padj} companies invested {X} last year.",
    "P-invested-last-year": "{P} invested {X} last year.",
    "Padj-investors-put-into-projects": "{Padj} investors put {X} into new projects last year.",
    "Padj-firms-invested-in-the-first-quarter": "{Padj} firms invested {X} in the first quarter of {now}.",
}


def pair_investor_family() -> Iterator[Case]:
    s = 0
    for variant, wording in PAIR_INVESTOR.items():
        for home, partner in PAIRS:
            adjective = COUNTRIES[partner][1]
            if adjective is None or partner in HOMES:
                continue  # the EU names no investor's adjective; two homes could invest either way
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            (lead_x, lv, unit), (x, xv, _) = fixed_amount("1.75", 9, fmt), fixed_amount(_PARTS[s % len(_PARTS)], 6, fmt)
            head = f"{partner} and {home} expand investment ties"
            body = "{Padj} investment in {H} reached {L} in {y}, the ministry said."
            text = "\n\n".join((head, body, wording)).replace("{Padj}", adjective).replace("{L}", lead_x).replace("{X}", x)
            text = _fill(text.replace("{now}", str(published.year)).replace("{y}", str(y)), P=partner, H=home)
            cp, ch = code(partner), code(home)
            year, period = (published.year, "Q1") if "first quarter" in wording else (y, "FY")
            rows = (_inv(cp, ch, lv, unit, y), expect(cp, ch, cp, ch, "investment", "level", xv, unit, year, period))
            construction = f"pair-investor/{variant}"
            yield Case(construction, f"{construction}/{cp}-{ch}/{s}", text, published, rows)


# A story of a pair its headline and lead name, with no figure before (a meeting), then a flow of
# one of the pair that names no partner and no world word: with the other of the pair, the
# story's default partner, never the country's total with the world (a total says so: "total",
# "to all countries", "foreign trade"). {A} the flow's country, {B} the other; the origin "A"/"B".
PAIR_DEFAULT_FLOWS: dict[str, tuple[str, str]] = {
    "in-y-A's-exports-amounted-to": ("In {y}, {A's} exports amounted to {X}.", "A"),
    "Aadj-exports-reached-in-y": ("{Aadj} exports reached {X} in {y}.", "A"),
    "in-y-A's-imports-totaled": ("In {y}, {A's} imports totaled {X}.", "B"),
    "exports-from-A-grew-to-in-y": ("Exports from {A} grew to {X} in {y}.", "A"),
    "A-exported-goods-worth-in-y": ("{A} exported goods worth {X} in {y}.", "A"),
    "A-imported-goods-worth-in-y": ("{A} imported goods worth {X} in {y}.", "B"),
}


def pair_default_family() -> Iterator[Case]:
    s = 0
    for variant, (wording, origin) in PAIR_DEFAULT_FLOWS.items():
        for _p, _order, a, b in _ordered_pairs():
            adjective = COUNTRIES[a][1]
            if "{Aadj}" in wording and adjective is None:
                continue
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            lead = "Officials of {A} and {B} met to discuss trade and transit."
            text = "\n\n".join((f"{a} and {b} discuss expanding trade", lead, wording))
            text = _fill(text.replace("{Aadj}", adjective or "").replace("{X}", x).replace("{y}", str(y)), A=a, B=b)
            ca, cb = code(a), code(b)
            frm, to = (ca, cb) if origin == "A" else (cb, ca)
            construction = f"pair-default/{variant}"
            yield Case(construction, f"{construction}/{_pid(a, b)}/{s}", text, published, (_ex(frm, to, xv, unit, y),))


FAMILIES = (*FAMILIES, pair_after_aside_family, pair_investor_family, pair_default_family)


# Last in the module: run as a script, the families appended above must all be defined first.
# An undated article whose words fix its year, then a figure of "this year" or "last year": a
# wire's bracketed dateline with its year; a wire's dateline in capitals whose month follows the
# months told; all twelve months of a year told (the year is over); a year's plan beside a year
# told (the plan's year is not over); a base named as the figure or level of its year. {w} is the
# year written; the article's year is {w} + the cue's offset.
UNDATED_YEAR_CUES: dict[str, tuple[str, int, tuple[int, str] | None]] = {
    # name: (cue, the article's year less {w}, the cue's own figure: its year less {w} and period)
    "bracketed-dateline": ("{CITY} (Wire Service / Agency - {d}th May, {w}) {H}'s trade with {P} kept growing in {w}.", 0, None),
    "capitals-dateline-after-months": ("{CITY}, FEBRUARY {d}, AGENCY. Trade between {H} and {P} reached {X} in January-November {w}.", 1, (0, "M1-M11")),
    "january-december": ("In January-December {w}, trade between {H} and {P} amounted to {X}.", 1, (0, "FY")),
    "plan-for-the-year": ("{H} and {P} adopted a roadmap for {w}. In {v}, trade between them reached {X}.", 0, (-1, "FY")),
    "than-the-figure-of": ("Last year, trade between {H} and {P} was {X}, more than the figure of {w}.", 2, (1, "FY")),
}
UNDATED_YEAR_FOLLOWS = {
    "P-exports-last-year": ("{P}'s exports to {H} reached {Y} last year.", "PH", -1, "FY"),
    "H-exports-first-half-of-this-year": ("In the first half of this year, {H}'s exports to {P} amounted to {Y}.", "HP", 0, "H1"),
}


def undated_year_cue_family() -> Iterator[Case]:
    s = 0
    for cue_name, (cue, offset, own) in UNDATED_YEAR_CUES.items():
        for follow_name, (follow, way, back, period) in UNDATED_YEAR_FOLLOWS.items():
            for home, partner in PAIRS[:9]:
                s += 1
                w = (2016, 2019, 2021, 2023)[s % 4]
                year = w + offset
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                (x, xv, unit), (y, yv, _) = amount(s, fmt), amount(s + 3, fmt)
                h, p = code(home), code(partner)
                body = (cue + " " + follow).replace("{X}", x).replace("{Y}", y).replace("{CITY}", CAPITALS[h].upper())
                body = body.replace("{d}", str(14 + s % 7)).replace("{w}", str(w)).replace("{v}", str(w - 1))
                text = _fill(body, H=home, P=partner)
                frm, to = (h, p) if way == "HP" else (p, h)
                rows = [expect(h, p, frm, to, "exports", "level", yv, unit, year + back, period)]
                if own:
                    rows.insert(0, expect(h, p, None, None, "trade_turnover", "level", xv, unit, w + own[0], own[1]))
                construction = f"undated-year-cue/{cue_name}/{follow_name}"
                yield Case(construction, f"{construction}/{h}-{p}/{s}", text, None, tuple(rows))


FAMILIES = (*FAMILIES, undated_year_cue_family)


# An undated article whose only year is an event's ("The two countries established diplomatic
# relations in 1992."): the year of "this year" and "last year" is not resolved (the event says
# only how early the article can be), where it was the year after the event before.
def undated_event_year_family() -> Iterator[Case]:
    s = 0
    for event_name, event in EVENT_SENTENCES.items():
        for follow_name, (follow, way, _back, period) in UNDATED_YEAR_FOLLOWS.items():
            for home, partner in PAIRS[:9]:
                s += 1
                y, yv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
                e = (1992, 1998, 2005, 2012)[s % 4]
                text = _fill((event + " " + follow).replace("{Y}", y).replace("{e}", str(e)), H=home, P=partner)
                h, p = code(home), code(partner)
                frm, to = (h, p) if way == "HP" else (p, h)
                construction = f"undated-event-year/{event_name}/{follow_name}"
                yield Case(construction, f"{construction}/{h}-{p}/{s}", text, None,
                           (expect(h, p, frm, to, "exports", "level", yv, unit, None, period),))  # fmt: skip


FAMILIES = (*FAMILIES, undated_event_year_family)


# A partner's place told with its share, restated in money right after it: the money is the
# pair's trade ("China remained Kazakhstan's largest trading partner with a 23.4% share ($31.5
# bn)"); the share itself is no figure.
SHARE_IN_MONEY = {
    "with-a-s-share-bracket": "In {y}, {P} remained {H's} largest trading partner with a {s}% share ({X}).",
    "with-a-share-of-s-bracket": "In {y}, {P} was {H's} main trading partner with a share of {s}% ({X}).",
    "ranked-first-with-a-share-or": "In {y}, {P} ranked first among {H's} trading partners, with a {s}% share, or {X}.",
    "partner-was-P-with-a-share-or-bracket": "{H's} largest trading partner in {y} was {P}, with a share of {s} percent (or {X}).",
    "top-partner-of-H-percent-share": "In {y}, {P} was the top trading partner of {H} with a {s} percent share ({X}).",
}


def share_in_money_family() -> Iterator[Case]:
    s = 0
    for variant, template in SHARE_IN_MONEY.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            share = ("23.4", "17.9", "15.1", "35", "9.8")[s % 5]
            text = _fill(template.replace("{y}", str(y)).replace("{s}", share).replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"share-in-money/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, share_in_money_family)


# The region's own currency signs, the afghani, and "half" hyphened to its scale: "₸450 billion",
# "֏310 billion", "1.1 billion afghanis", "AFN 1.2 billion", "half-a-billion dollars".
SIGNED_HOMES = (("Azerbaijan", "AZE", "₼", "AZN"), ("Kazakhstan", "KAZ", "₸", "KZT"), ("Georgia", "GEO", "₾", "GEL"),
                ("Armenia", "ARM", "֏", "AMD"), ("Mongolia", "MNG", "₮", "MNT"), ("Afghanistan", "AFG", "AFN ", "AFN"))  # fmt: skip
SIGN_PARTNERS = (("China", "CHN"), ("Russia", "RUS"), ("Turkey", "TUR"), ("Japan", "JPN"), ("Iran", "IRN"))
# name -> (spelling of the amount, its value, its unit: "L" the home's)
SIGN_SPELLINGS = {
    "sign": ("{S}{n} billion", None, "L"),
    "afghanis": ("{n} billion afghanis", None, "AFN"),
    "half-a": ("half-a-billion dollars", 0.5e9, "USD"),
    "quarter-of-a": ("a quarter-of-a-billion dollars", 0.25e9, "USD"),
}
SIGN_FLOWS = {
    "turnover": ("{H's} trade with {P} reached {X} last year.", "trade_turnover", None, "FY", 1),
    "exports": ("{H's} exports to {P} totaled {X} in January-June {y}.", "exports", "HP", "H1", 0),
    "imports": ("{H} imported goods worth {X} from {P} in {y}.", "exports", "PH", "FY", 1),
    "loan": ("{P} will provide {H} with a loan of {X}.", "aid", "PH", None, 0),
}


def signed_amount_family() -> Iterator[Case]:
    s = 0
    for spelled, (spelling, value, unit) in SIGN_SPELLINGS.items():
        for flow, (template, indicator, direction, period, back) in SIGN_FLOWS.items():
            for home, h, sign, local in SIGNED_HOMES:
                if spelled == "afghanis" and h != "AFG":
                    continue
                s += 1
                partner, p = SIGN_PARTNERS[s % len(SIGN_PARTNERS)]
                published = DATES[s % len(DATES)]
                y = published.year - back
                n = ("1.2", "450", "95.4", "310")[s % 4]
                x = spelling.replace("{S}", sign).replace("{n}", n)
                v = value if value is not None else float(n) * 1e9
                frm, to = {"HP": (h, p), "PH": (p, h), None: (None, None)}[direction]
                year = published.year if indicator == "aid" else y
                text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
                construction = f"signed-amount/{spelled}"
                yield Case(construction, f"{construction}/{flow}/{h}-{p}/{s}", text, published,
                           (expect(h, p, frm, to, indicator, "level", v, local if unit == "L" else unit, year, period),))  # fmt: skip


FAMILIES = (*FAMILIES, signed_amount_family)


# A release's heading with its own flow word before a bare "partners" (which ranks by no side),
# its unit, then a line per partner with a dash or a colon: the lines are that flow's.
SIDED_HEADINGS = {
    "exports-of-to": ("Exports of {H} to its main partners in {y} (thousand USD):", "HP"),
    "imports-of-from": ("Imports of {H} from its main partners in {y} (million US dollars):", "PH"),
    "owned-exports": ("{H's} exports to main trading partners in {y}, mln USD:", "HP"),
    "owned-imports": ("{H's} imports from main trading partners in {y} (USD million):", "PH"),
}
_SIDED_SCALE = {"thousand USD": 1e3, "million US dollars": 1e6, "mln USD": 1e6, "USD million": 1e6}


def sided_heading_family() -> Iterator[Case]:
    s = 0
    for variant, (heading, direction) in SIDED_HEADINGS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            scale = next(v for k, v in _SIDED_SCALE.items() if k in heading)
            sep = (" - ", ": ", " – ")[s % 3]
            line = partner.removeprefix("the ")
            text = _fill(heading.replace("{y}", str(y)), H=home) + f"\n{line}{sep}1 204.5\nSwitzerland{sep}96.3"
            h, p = code(home), code(partner)
            rows = []
            for other, v in ((p, 1204.5), ("CHE", 96.3)):
                frm, to = (h, other) if direction == "HP" else (other, h)
                rows.append(expect(h, other, frm, to, "exports", "level", round(v * scale, 2), "USD", y, "FY"))
            construction = f"sided-heading/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, sided_heading_family)


# A number spelled out with its hundreds ("a hundred and twenty million dollars", "two hundred
# fifty million") or a teen ("eighteen million dollars"): read whole, never its last words alone.
WORDED_HUNDREDS = {
    "hundred-and": ("a hundred and twenty million dollars", 120e6, "USD"),
    "hundreds-bare": ("two hundred fifty million US dollars", 250e6, "USD"),
    "hundreds-hyphen": ("three hundred and forty-five million euros", 345e6, "EUR"),
    "teen": ("eighteen million dollars", 18e6, "USD"),
}


def worded_hundreds_family() -> Iterator[Case]:
    s = 0
    for variant, (spelling, value, unit) in WORDED_HUNDREDS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            flow = tuple(SIGN_FLOWS)[s % len(SIGN_FLOWS)]
            template, indicator, direction, period, back = SIGN_FLOWS[flow]
            published = DATES[s % len(DATES)]
            y = published.year - back
            h, p = code(home), code(partner)
            frm, to = {"HP": (h, p), "PH": (p, h), None: (None, None)}[direction]
            year = published.year if indicator == "aid" else y
            text = _fill(template.replace("{X}", spelling).replace("{y}", str(y)), H=home, P=partner)
            construction = f"worded-hundreds/{variant}"
            yield Case(construction, f"{construction}/{flow}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, indicator, "level", value, unit, year, period),))  # fmt: skip


FAMILIES = (*FAMILIES, worded_hundreds_family)


# The region's currencies as its own press spells them: the plurals "tenges", "laris",
# "somonis"; Mongolia's "tugrug"; the Uzbek "so'm" and "Uzbek som"; the Turkish "TL".
CURRENCY_WORDS = {
    "tugrugs": ("Mongolia", "{n} billion tugrugs", "MNT"),
    "so'm": ("Uzbekistan", "{n} billion so'm", "UZS"),
    "Uzbek som": ("Uzbekistan", "{n} billion Uzbek som", "UZS"),
    "tenges": ("Kazakhstan", "{n} billion tenges", "KZT"),
    "laris": ("Georgia", "{n} million laris", "GEL"),
    "somonis": ("Tajikistan", "{n} million somonis", "TJS"),
    "TL": ("Armenia", "TL {n} million", "TRY"),
}
_CURRENCY_WORD_PARTNERS = ("China", "Russia", "Turkey", "Japan", "Germany", "India")


def currency_word_family() -> Iterator[Case]:
    s = 0
    for variant, (home, spelling, unit) in CURRENCY_WORDS.items():
        for flow, (template, indicator, direction, period, back) in SIGN_FLOWS.items():
            s += 1
            partner = _CURRENCY_WORD_PARTNERS[s % len(_CURRENCY_WORD_PARTNERS)]
            published = DATES[s % len(DATES)]
            y = published.year - back
            n = ("412.6", "96", "1 204.5")[s % 3]
            value = float(n.replace(" ", "")) * (1e9 if "billion" in spelling else 1e6)
            h, p = code(home), code(partner)
            frm, to = {"HP": (h, p), "PH": (p, h), None: (None, None)}[direction]
            year = published.year if indicator == "aid" else y
            text = _fill(template.replace("{X}", spelling.replace("{n}", n)).replace("{y}", str(y)), H=home, P=partner)
            construction = f"currency-word/{variant}"
            yield Case(construction, f"{construction}/{flow}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, indicator, "level", value, unit, year, period),))  # fmt: skip


FAMILIES = (*FAMILIES, currency_word_family)


# A giver named after the passive verb of the amount's own noun, past the amount's tail (its
# scale's abbreviating dot, a bound said after it): the receiver is the one after "to".
PASSIVE_TAILS = {
    "mln-dot": ("$450 mln.", 450e6, "exact"),
    "bln-dot": ("USD 1.2 bln.", 1.2e9, "exact"),
    "or-more": ("$45 million or more", 45e6, "over"),
    "approximately": ("$45 million approximately", 45e6, "approx"),
}
_PASSIVE_VERBS = ("will be provided", "was granted", "has been allocated")


def passive_tail_family() -> Iterator[Case]:
    s = 0
    for variant, (x, value, qualifier) in PASSIVE_TAILS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            verb = _PASSIVE_VERBS[s % len(_PASSIVE_VERBS)]
            noun = ("A loan of", "A grant of", "Assistance of")[s % 3]
            text = _fill(f"{noun} {x} {verb} to {{H}} by {{P}}.", H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"passive-tail/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, p, h, "aid", "level", value, "USD", published.year, None, qualifier),))  # fmt: skip


FAMILIES = (*FAMILIES, passive_tail_family)


# Two sides of the pair's trade told with no currency after a sentence that gave one: the second
# amount, after a gapped verb or a dash, is in the first one's currency as the first is.
CARRIED_SIDES = {
    "gapped-to": "{H's} exports amounted to {e}, and imports from {P} to {i}.",
    "gapped-bare": "Exports were {e} and imports {i}.",
    "dash": "{H's} exports amounted to {e}, imports - {i}.",
}


def carried_sides_family() -> Iterator[Case]:
    s = 0
    for variant, template in CARRIED_SIDES.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            lead = f"In {y}, trade between {{H}} and {{P}} reached $1.5 billion. "
            text = _fill(lead + template.replace("{e}", "900 million").replace("{i}", "600 million"), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"carried-sides/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", 1.5e9, "USD", y, "FY"),
                        expect(h, p, h, p, "exports", "level", 900e6, "USD", y, "FY"),
                        expect(h, p, p, h, "exports", "level", 600e6, "USD", y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, carried_sides_family)

# --- Several years in a sentence (probe-series) ---------------------------------------------------

# A change "from" one amount "to" another whose currency code stands before each number: the first
# amount is the year before's (or the span's first year's), the second the year's (its last's).
# ({S} the flow, {X}/{Y} the amounts, {y} the year, {y0} a span's first year.)
FROM_TO_CODE = {
    "S-rose-from-X-to-Y-in-y": ("{S} rose from {X} to {Y} in {y}.", "before"),
    "in-y-S-grew-from-X-to-Y": ("In {y}, {S} grew from {X} to {Y}.", "before"),
    "in-y0-y-S-increased-from-X-to-Y": ("In {y0}-{y}, {S} increased from {X} to {Y}.", "span"),
    "between-y0-and-y-S-went-up-from-X-to-Y": ("Between {y0} and {y}, {S} went up from {X} to {Y}.", "span"),
}
# (subject, indicator, direction: "AB" A sells to B, "BA" B sells to A, None turnover)
FROM_TO_SUBJECTS = (("trade between {A} and {B}", "trade_turnover", None), ("{A's} exports to {B}", "exports", "AB"),
                    ("{A's} imports from {B}", "exports", "BA"))  # fmt: skip
FROM_TO_CODES = ("EUR", "GBP", "CNY", "AZN", "KZT", "CHF")


def from_to_code_family() -> Iterator[Case]:
    s = 0
    for variant, (template, base) in FROM_TO_CODE.items():
        for subject, indicator, direction in FROM_TO_SUBJECTS:
            for home, partner in PAIRS[:6]:
                s += 1
                published = DATES[s % len(DATES)]
                y = published.year - 1
                y0 = y - 3
                cur = FROM_TO_CODES[s % len(FROM_TO_CODES)]
                (n1, sc1), (n2, sc2) = AMOUNTS[s % 4], AMOUNTS[s % 4 + 4]
                x, xv = f"{cur} {n1} {'billion' if sc1 == 9 else 'million'}", float(n1) * 10**sc1
                yt, yv = f"{cur} {n2} {'billion' if sc2 == 9 else 'million'}", float(n2) * 10**sc2
                text = _fill(template.replace("{S}", subject).replace("{y0}", str(y0)).replace("{y}", str(y)).replace("{X}", x).replace("{Y}", yt),
                             A=home, B=partner)  # fmt: skip
                h, p = code(home), code(partner)
                frm, to = {None: (None, None), "AB": (h, p), "BA": (p, h)}[direction]
                first = y - 1 if base == "before" else y0
                construction = f"from-to-code/{variant}"
                yield Case(construction, f"{construction}/{indicator}-{direction}/{h}-{p}/{s}", text, published,
                           (expect(h, p, frm, to, indicator, "level", xv, cur, first, "FY"),
                            expect(h, p, frm, to, indicator, "level", yv, cur, y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, from_to_code_family)


# A run of amounts, the one country the flow goes to or comes from, then a run of as many years
# closed by "respectively": each amount its year ({A} the giver, {B} the home).
RUN_PLACE_YEARS = {
    "A-invested-X-and-Y-in-B-in-y1-and-y2": ("{A} invested {X} and {Y} in {B} in {y1} and {y2}, respectively.", "investment", 2),
    "Aj-companies-invested-X-Y-and-Z-in-B-in-years": ("{Aj} companies invested {X}, {Y} and {Z} in {B} in {y0}, {y1} and {y2}, respectively.", "investment", 3),
    "A-exported-goods-worth-X-and-Y-to-B": ("{A} exported goods worth {X} and {Y} to {B} in {y1} and {y2}, respectively.", "exports", 2),
}


def run_place_years_family() -> Iterator[Case]:
    s = 0
    for variant, (template, indicator, n) in RUN_PLACE_YEARS.items():
        for home, partner in PAIRS[:10]:
            if COUNTRIES[partner][1] is None:
                continue
            s += 1
            published, y, fmt = date_year_format(s)
            years = (y - 2, y - 1, y)[3 - n :]
            amounts = [amount(s + 2 * k, fmt) for k in range(n)]
            text = template.replace("{Aj}", COUNTRIES[partner][1] or "").replace("{y0}", str(y - 2)).replace("{y1}", str(y - 1)).replace("{y2}", str(y))
            for key, (said, _, _) in zip("XYZ", amounts, strict=False):
                text = text.replace("{" + key + "}", said)
            text = _fill(text, A=partner, B=home)
            h, p = code(home), code(partner)
            construction = f"run-place-years/{variant}"
            yield Case(construction, f"{construction}/{p}-{h}/{s}", text, published,
                       tuple(expect(h, p, p, h, indicator, "level", v, unit, yr, "FY") for (_, v, unit), yr in zip(amounts, years, strict=True)))  # fmt: skip


FAMILIES = (*FAMILIES, run_place_years_family)


# A heading that names the flow and ends in a colon, then a line per year with its amount, each
# ending as a list's item does: each amount its line's year. ({S} the flow, {r} the rows.)
YEAR_ROWS = {
    "S-by-year": ("{S} by year:\n{r}", "{y} - {X}"),
    "S-in-recent-years-dash-in": ("{S} in recent years:\n{r}\nThe figures come from the customs service.", "- in {y}: {X}"),
    "S-colon": ("{S}:\n{r}", "{y}: {X}"),
}
YEAR_ROW_SUBJECTS = (("Trade between {A} and {B}", "trade_turnover", None), ("{A's} exports to {B}", "exports", "AB"),
                     ("{B's} investment in {A}", "investment", "BA"))  # fmt: skip


def year_rows_family() -> Iterator[Case]:
    s = 0
    for variant, (template, row) in YEAR_ROWS.items():
        for subject, indicator, direction in YEAR_ROW_SUBJECTS:
            for home, partner in PAIRS[:6]:
                s += 1
                published, y, fmt = date_year_format(s)
                years = (y - 2, y - 1, y)
                amounts = [amount(s + 2 * k, fmt) for k in range(3)]
                rows = [row.replace("{y}", str(yr)).replace("{X}", said) + (";" if k < 2 else ".") for k, (yr, (said, _, _)) in enumerate(zip(years, amounts, strict=True))]
                text = _fill(template.replace("{S}", subject), A=home, B=partner).replace("{r}", "\n".join(rows))
                h, p = code(home), code(partner)
                frm, to = {None: (None, None), "AB": (h, p), "BA": (p, h)}[direction]
                construction = f"year-rows/{variant}"
                yield Case(construction, f"{construction}/{indicator}/{h}-{p}/{s}", text, published,
                           tuple(expect(h, p, frm, to, indicator, "level", v, unit, yr, "FY") for (_, v, unit), yr in zip(amounts, years, strict=True)))  # fmt: skip


FAMILIES = (*FAMILIES, year_rows_family)


# A stock compared with the stock a year before: the base is a stock too, as of its own year.
# ({A} the investor, {Aj} its adjective, {B} the home; {y} the stock's year; the base's is a year back.)
STOCK_BASE = {
    "as-of-end-y-totaled-X-up-from-Y-a-year-earlier": "As of the end of {y}, {Aj} investment in {B} totaled {X}, up from {Y} a year earlier.",
    "as-of-january-1-accumulated-X-compared-with-Y": "As of January 1, {y}, accumulated {Aj} investment in {B} reached {X}, compared with {Y} a year earlier.",
    "A-has-invested-X-to-date-compared-with-Y-a-year-ago": "{A} has invested {X} in {B} to date, compared with {Y} a year ago.",
    "stock-stood-at-X-at-end-of-y-up-from-Y-at-end-of-y-1": "The stock of {Aj} investment in {B} stood at {X} at the end of {y}, up from {Y} at the end of {y_1}.",
}


def stock_base_family() -> Iterator[Case]:
    s = 0
    for variant, template in STOCK_BASE.items():
        for home, partner in PAIRS[:10]:
            if COUNTRIES[partner][1] is None:
                continue
            s += 1
            published, y, fmt = date_year_format(s)
            if variant.startswith(("as-of-january", "A-has")):
                y = published.year  # a stock as of the article's year: its date, or "to date"
            (x, xv, unit), (b, bv, _) = amount(s, fmt), amount(s + 3, fmt)
            text = template.replace("{Aj}", COUNTRIES[partner][1] or "").replace("{y_1}", str(y - 1)).replace("{y}", str(y))
            text = _fill(text.replace("{X}", x).replace("{Y}", b), A=partner, B=home)
            h, p = code(home), code(partner)
            construction = f"stock-base/{variant}"
            yield Case(construction, f"{construction}/{p}-{h}/{s}", text, published,
                       (expect(h, p, p, h, "investment", "level", xv, unit, y, "cumulative"),
                        expect(h, p, p, h, "investment", "level", bv, unit, y - 1, "cumulative")))  # fmt: skip


FAMILIES = (*FAMILIES, stock_base_family)


# A record measured back to a year, and a "when" clause telling that year's amount: the amount is
# that year's, not the record's. ({S} the flow, {y} the record's year, {y0} the year back.)
SINCE_WHEN = {
    "S-reached-X-in-y-the-highest-since-y0-when-it-stood-at-Y": "{S} reached {X} in {y}, the highest since {y0}, when it stood at {Y}.",
    "in-y-S-exceeded-X-for-the-first-time-since-y0-when-it-was-Y": "In {y}, {S} exceeded {X} for the first time since {y0}, when it was {Y}.",
    "S-fell-to-X-in-y-the-lowest-since-y0-when-it-amounted-to-Y": "{S} fell to {X} in {y}, the lowest level since {y0}, when it amounted to {Y}.",
}


def since_when_family() -> Iterator[Case]:
    s = 0
    for variant, template in SINCE_WHEN.items():
        for subject, indicator, direction in FROM_TO_SUBJECTS[:2]:
            for home, partner in PAIRS[:8]:
                s += 1
                published, y, fmt = date_year_format(s)
                y0 = y - 4 - s % 5
                (x, xv, unit), (b, bv, _) = amount(s, fmt), amount(s + 3, fmt)
                text = template.replace("{S}", subject).replace("{y0}", str(y0)).replace("{y}", str(y)).replace("{X}", x).replace("{Y}", b)
                text = _fill(text, A=home, B=partner)
                h, p = code(home), code(partner)
                frm, to = (h, p) if direction else (None, None)
                over = "over" if "exceeded" in variant else "exact"
                construction = f"since-when/{variant}"
                yield Case(construction, f"{construction}/{indicator}/{h}-{p}/{s}", text, published,
                           (expect(h, p, frm, to, indicator, "level", xv, unit, y, "FY", over),
                            expect(h, p, frm, to, indicator, "level", bv, unit, y0, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, since_when_family)


# Amounts each followed by its year alone in brackets: each amount that year's.
YEARS_IN_BRACKETS = {
    "S-grew-steadily-X-y0-Y-y1-and-Z-y": ("{S} grew steadily: {X} ({y0}), {Y} ({y1}) and {Z} ({y}).", 3),
    "S-were-X-y1-and-Y-y": ("{S} were {X} ({y1}) and {Y} ({y}).", 2),
    "S-came-to-X-in-y-against-Y-in-y1": ("{S} came to {X} (in {y}) against {Y} (in {y1}).", -2),
}


def years_in_brackets_family() -> Iterator[Case]:
    s = 0
    for variant, (template, n) in YEARS_IN_BRACKETS.items():
        for subject, indicator, direction in FROM_TO_SUBJECTS:
            for home, partner in PAIRS[:6]:
                s += 1
                published, y, fmt = date_year_format(s)
                years = (y - 2, y - 1, y)[3 - n :] if n > 0 else (y, y - 1)
                amounts = [amount(s + 2 * k, fmt) for k in range(abs(n))]
                text = template.replace("{S}", subject.replace("trade", "trade flows") if "were" in variant and indicator == "trade_turnover" else subject)
                text = text.replace("{y0}", str(y - 2)).replace("{y1}", str(y - 1)).replace("{y}", str(y))
                for key, (said, _, _) in zip("XYZ", amounts, strict=False):
                    text = text.replace("{" + key + "}", said)
                text = _fill(text, A=home, B=partner)
                h, p = code(home), code(partner)
                frm, to = {None: (None, None), "AB": (h, p), "BA": (p, h)}[direction]
                construction = f"years-in-brackets/{variant}"
                yield Case(construction, f"{construction}/{indicator}-{direction}/{h}-{p}/{s}", text, published,
                           tuple(expect(h, p, frm, to, indicator, "level", v, unit, yr, "FY") for (_, v, unit), yr in zip(amounts, years, strict=True)))  # fmt: skip


FAMILIES = (*FAMILIES, years_in_brackets_family)


# "the figure for the previous year" after a year's figure: the year before that one, not the
# year before the article's date.
PREVIOUS_YEAR_FIGURE = {
    "in-y-S-came-to-X-the-figure-for-the-previous-year-was-Y": "In {y}, {S} came to {X}. The figure for the previous year was {Y}.",
    "S-totaled-X-in-y-and-the-figure-for-the-previous-year-was-Y": "{S} totaled {X} in {y}, and the figure for the previous year was {Y}.",
    "S-reached-X-in-y-while-the-figure-for-the-preceding-year-stood-at-Y": "{S} reached {X} in {y}, while the figure for the preceding year stood at {Y}.",
}


def previous_year_figure_family() -> Iterator[Case]:
    s = 0
    for variant, template in PREVIOUS_YEAR_FIGURE.items():
        for subject, indicator, direction in FROM_TO_SUBJECTS:
            for home, partner in PAIRS[:6]:
                s += 1
                published, y, fmt = date_year_format(s)
                y -= 1 + s % 3  # a year the article looks back to, not always the last one
                (x, xv, unit), (b, bv, _) = amount(s, fmt), amount(s + 3, fmt)
                text = _fill(template.replace("{S}", subject).replace("{y}", str(y)).replace("{X}", x).replace("{Y}", b), A=home, B=partner)
                h, p = code(home), code(partner)
                frm, to = {None: (None, None), "AB": (h, p), "BA": (p, h)}[direction]
                construction = f"previous-year-figure/{variant}"
                yield Case(construction, f"{construction}/{indicator}-{direction}/{h}-{p}/{s}", text, published,
                           (expect(h, p, frm, to, indicator, "level", xv, unit, y, "FY"),
                            expect(h, p, frm, to, indicator, "level", bv, unit, y - 1, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, previous_year_figure_family)


# A flow summed since a year, told in the perfect: a stock to the article's date ("cumulative").
SINCE_TOTAL = {
    "since-y0-S-has-totaled-X": "Since {y0}, {S} has totaled {X}.",
    "S-has-amounted-to-X-since-y0": "{S} has amounted to {X} since {y0}.",
    "since-y0-S-has-reached-X-in-total": "Since {y0}, {S} has reached {X} in total.",
}


def since_total_family() -> Iterator[Case]:
    s = 0
    for variant, template in SINCE_TOTAL.items():
        for subject, indicator, direction in FROM_TO_SUBJECTS:
            for home, partner in PAIRS[:6]:
                s += 1
                published, y, fmt = date_year_format(s)
                y0 = y - 5 - s % 6
                x, xv, unit = amount(s, fmt)
                # (the plural flow nouns take their own verb: "exports ... have totaled")
                said = template.replace("{S}", subject).replace("{y0}", str(y0)).replace("{X}", x)
                if indicator == "exports":
                    said = said.replace(" has ", " have ")
                text = _fill(said, A=home, B=partner)
                h, p = code(home), code(partner)
                frm, to = {None: (None, None), "AB": (h, p), "BA": (p, h)}[direction]
                construction = f"since-total/{variant}"
                yield Case(construction, f"{construction}/{indicator}-{direction}/{h}-{p}/{s}", text, published,
                           (expect(h, p, frm, to, indicator, "level", xv, unit, published.year, "cumulative"),))  # fmt: skip


FAMILIES = (*FAMILIES, since_total_family)


# A run of amounts, the flow's noun, then a run of as many years closed by "respectively": each
# amount its year, and the receiving verb before the run is every amount's ({B} the home).
RUN_NOUN_YEARS = {
    "B-attracted-X-and-Y-in-foreign-direct-investment": ("{B} attracted {X} and {Y} in foreign direct investment in {y1} and {y2}, respectively.", "WLD"),
    "B-received-X-and-Y-of-Aj-investment": ("{B} received {X} and {Y} of {Aj} investment in {y1} and {y2}, respectively.", None),
    "B-attracted-X-Y-and-Z-of-Aj-investment": ("{B} attracted {X}, {Y} and {Z} of {Aj} investment in {y0}, {y1} and {y2}, respectively.", None),
}


def run_noun_years_family() -> Iterator[Case]:
    s = 0
    for variant, (template, world) in RUN_NOUN_YEARS.items():
        for home, partner in PAIRS[:10]:
            if COUNTRIES[partner][1] is None:
                continue
            s += 1
            published, y, fmt = date_year_format(s)
            n = 3 if "{Z}" in template else 2
            years = (y - 2, y - 1, y)[3 - n :]
            amounts = [amount(s + 2 * k, fmt) for k in range(n)]
            text = template.replace("{Aj}", COUNTRIES[partner][1] or "").replace("{y0}", str(y - 2)).replace("{y1}", str(y - 1)).replace("{y2}", str(y))
            for key, (said, _, _) in zip("XYZ", amounts, strict=False):
                text = text.replace("{" + key + "}", said)
            text = _fill(text, B=home)
            h = code(home)
            p = world or code(partner)
            construction = f"run-noun-years/{variant}"
            yield Case(construction, f"{construction}/{p}-{h}/{s}", text, published,
                       tuple(expect(h, p, p, h, "investment", "level", v, unit, yr, "FY") for (_, v, unit), yr in zip(amounts, years, strict=True)))  # fmt: skip


FAMILIES = (*FAMILIES, run_noun_years_family)


# A sentence with no amount opens a story of the pair's trade with the EU, and "it" takes it up
# in the next sentences, each with its own year: the EU is a partner as a country is.
EU_TOPIC = {
    "trade-between-H-and-the-EU-keeps-rising-it-reached-X-last-year": ("Trade between {H} and the EU keeps rising. It reached {X} last year.", ("last",)),
    "the-turnover-between-H-and-the-EU-has-grown-in-y0-it-stood-at-X-by-y-Y": (
        "The trade turnover between {H} and the EU has grown fast in recent years. In {y0}, it stood at {X}. By {y}, it had risen to {Y}.", ("y0", "y")),
    "mutual-trade-between-the-EU-and-H-last-year-it-amounted-to-X": ("Mutual trade between the EU and {H} has grown steadily. Last year it amounted to {X}.", ("last",)),
}


def eu_topic_family() -> Iterator[Case]:
    s = 0
    for variant, (template, years_said) in EU_TOPIC.items():
        for home in HOMES:
            s += 1
            published, y, fmt = date_year_format(s)
            y0 = y - 3
            (x, xv, unit), (b, bv, _) = amount(s, fmt), amount(s + 3, fmt)
            text = template.replace("{H}", home).replace("{y0}", str(y0)).replace("{y}", str(y)).replace("{X}", x).replace("{Y}", b)
            h = code(home)
            years = {"last": y, "y0": y0, "y": y}
            construction = f"eu-topic/{variant}"
            yield Case(construction, f"{construction}/{h}/{s}", text, published,
                       tuple(expect(h, "EUU", None, None, "trade_turnover", "level", v, unit, years[k], "FY") for k, v in zip(years_said, (xv, bv), strict=False)))  # fmt: skip


FAMILIES = (*FAMILIES, eu_topic_family)


# A growth rate's noun before the flow it measures, the rate after a verb of level: "The growth
# rate of trade between A and B was 14.2% in 2023" (the growth noun stands before the flow, out of
# the clause the rate's sign was sought in). {F} the flow, {r} the rate, {When} the period.
GROWTH_RATE_NOUN = {
    "was-after": ("The growth rate of {F} was {r}% {when}.", "was"),
    "amounted-to": ("The growth rate of {F} amounted to {r} percent {when}.", "amounted"),
    "period-inside": ("The growth rate of {F} {when} was {r}%.", "inside"),
    "fronted-period": ("{When}, the growth rate of {F} reached {r}%.", "fronted"),
}


def growth_rate_noun_family() -> Iterator[Case]:
    periods = ("in Y", "January-June Y", "the first quarter of Y", "last year", "the first nine months of Y")
    for v, (variant, (template, _)) in enumerate(GROWTH_RATE_NOUN.items()):
        for r_, (home, partner) in enumerate(PAIRS):
            s = v * len(PAIRS) + r_
            published = DATES[s % len(DATES)]
            period = periods[s % len(periods)]
            year, per = PERIODS[period][1](published)
            flow, indicator, way = BASE_FLOWS[s % len(BASE_FLOWS)]
            rate = RATES[s % len(RATES)]
            opening = _when(period, published.year - 1)
            inner = opening[0].lower() + opening[1:]
            text = _fill(template.replace("{F}", flow).replace("{When}", opening).replace("{when}", inner).replace("{r}", rate),
                         A=home, B=partner)  # fmt: skip
            a, b = code(home), code(partner)
            frm, to = {"": (None, None), "AB": (a, b), "BA": (b, a)}[way]
            construction = f"growth-rate-noun/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "change", float(rate), "percent", year, per),))  # fmt: skip


FAMILIES = (*FAMILIES, growth_rate_noun_family)


# A headline's present tense of a multiple: "Kazakhstan-Germany trade doubles in 2023", "Georgia's
# exports to Italy triple in the first half of 2022" (the verb's own tense, a plural's bare form);
# the story's line below it gives no figure. "doubles down" is an idiom, no multiple.
HEADLINE_MULTIPLE = {
    "trade-doubles": ("{A}-{B} trade doubles {when}", "trade_turnover", "", 2.0),
    "turnover-triples": ("{A}-{B} trade turnover triples {when}", "trade_turnover", "", 3.0),
    "exports-double": ("{A's} exports to {B} double {when}", "exports", "AB", 2.0),
    "imports-triple": ("{A's} imports from {B} triple {when}", "exports", "BA", 3.0),
    "investments-quadruple": ("{B's} investments in {A} quadruple {when}", "investment", "BA", 4.0),
    "investment-doubles": ("{B's} investment in {A} doubles {when}", "investment", "BA", 2.0),
}


def headline_multiple_family() -> Iterator[Case]:
    periods = ("in Y", "January-June Y", "the first quarter of Y", "the first nine months of Y")
    for v, (variant, (template, indicator, way, times)) in enumerate(HEADLINE_MULTIPLE.items()):
        for r_, (home, partner) in enumerate(PAIRS[:9]):
            s = v * 9 + r_
            published = DATES[s % len(DATES)]
            period = periods[s % len(periods)]
            year, per = PERIODS[period][1](published)
            opening = _when(period, published.year - 1)
            head = _fill(template.replace("{when}", opening[0].lower() + opening[1:]), A=home, B=partner)
            a, b = code(home), code(partner)
            text = f"{head}\n\n{CAPITALS[a].upper()}, {_MONTH_NAMES[published.month - 1]} {published.day} - Officials of the two countries met on Monday."
            frm, to = {"": (None, None), "AB": (a, b), "BA": (b, a)}[way]
            construction = f"headline-multiple/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "change", times, "times", year, per),))  # fmt: skip
    for r_, (home, partner) in enumerate(PAIRS[:9]):
        published = DATES[r_ % len(DATES)]
        a = code(home)
        text = _fill(f"{{A}} doubles down on trade with {{B}}\n\n{CAPITALS[a].upper()}, {_MONTH_NAMES[published.month - 1]} {published.day} - Officials met on Monday.", A=home, B=partner)
        yield Case("headline-multiple/doubles-down-idiom", f"headline-multiple/doubles-down-idiom/{a}/{r_}", text, published, ())


FAMILIES = (*FAMILIES, headline_multiple_family)


# A multiple told against a time ("as high as in 2022") or after its flow and "by" with a change
# noun ("an increase in trade turnover by 1.4 times"): a growth of the figure's own period. {F}
# the flow, {X} its level, {k} the multiple, {PC}/{P} its period, {SAME} the base period.
MULTIPLE_OF_TIME = {
    "times-as-high-as-in": ("{F} reached {X} {P}, {k} times as high as in {SAME}.", True),
    "times-as-much-as-a-year-earlier": ("{PC}, {F} amounted to {X}, {k} times as much as a year earlier.", True),
    "an-increase-in-flow-by-times": ("{PC}, an increase in {F} by {k} times was recorded.", False),
    "a-growth-of-flow-by-times": ("Officials noted a growth of {F} by {k} times {P}.", False),
}


def multiple_of_time_family() -> Iterator[Case]:
    multiples = ("1.6", "2.2", "3", "1.4")
    for v, (variant, (template, level)) in enumerate(MULTIPLE_OF_TIME.items()):
        for r_, (home, partner) in enumerate(PAIRS):
            s = v * len(PAIRS) + r_
            published, y, fmt = date_year_format(s)
            per = ("FY", "H1", "Q1")[s % 3]
            p_in, same = _BASE_PERIODS[per][0].replace("{y}", str(y)), _BASE_PERIODS[per][2].replace("{y}", str(y - 1))
            flow, indicator, way = BASE_FLOWS[s % len(BASE_FLOWS)]
            x, xv, unit = amount(s, fmt)
            k = multiples[s % len(multiples)]
            text = _fill(template.replace("{F}", flow).replace("{X}", x).replace("{k}", k).replace("{PC}", p_in[0].upper() + p_in[1:])
                         .replace("{P}", p_in).replace("{SAME}", same), A=home, B=partner)  # fmt: skip
            a, b = code(home), code(partner)
            frm, to = {"": (None, None), "AB": (a, b), "BA": (b, a)}[way]
            rows = (expect(a, b, frm, to, indicator, "change", float(k), "times", y, per),)
            if level:
                rows = (expect(a, b, frm, to, indicator, "level", xv, unit, y, per), *rows)
            construction = f"multiple-of-time/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, multiple_of_time_family)


# A rate told in the sentence after its level, against "the previous year" opening it: the year
# before the story's, so the rate is of the level's period ("Chinese investment in Kyrgyzstan
# reached $412 m in 2022. Compared to the previous year, it grew by 27%"), not of the year after
# the one before the article's date. {F} the flow, {X} its level, {P} its period, {r} the rate.
PREVIOUS_YEAR_RATE = {
    "compared-to-the-previous-year-it-grew": ("{F} reached {X} {P}. Compared to the previous year, it grew by {r}%.", 1),
    "compared-with-the-preceding-year-it-fell": ("{F} amounted to {X} {P}. Compared with the preceding year, it fell by {r} percent.", -1),
    "against-the-previous-year-it-rose": ("{F} totalled {X} {P}. Against the previous year, it rose {r}%.", 1),
}


def previous_year_rate_family() -> Iterator[Case]:
    flows = (("{B's} investment in {A}", "investment", "BA"), ("direct investment from {B} in {A}", "investment", "BA"),
             ("FDI from {B} to {A}", "investment", "BA"))  # fmt: skip
    for v, (variant, (template, sign)) in enumerate(PREVIOUS_YEAR_RATE.items()):
        for r_, (home, partner) in enumerate(PAIRS):
            s = v * len(PAIRS) + r_
            published, y, fmt = date_year_format(s)
            y -= s % 2  # the level's year may be the one before last: still the story's year
            p_in = ("last year" if published.year - 1 == y and s % 3 == 0 else f"in {y}")
            flow, indicator, way = flows[s % len(flows)]
            x, xv, unit = amount(s, fmt)
            rate = RATES[s % len(RATES)]
            text = _fill(template.replace("{F}", flow).replace("{X}", x).replace("{P}", p_in).replace("{r}", rate), A=home, B=partner)
            a, b = code(home), code(partner)
            frm, to = (a, b) if way == "AB" else (b, a)
            construction = f"previous-year-rate/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "level", xv, unit, y, "FY"),
                        expect(a, b, frm, to, indicator, "change", sign * float(rate), "percent", y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, previous_year_rate_family)


# A gapped rate after a rate its verb governs with no "by": "Kazakhstan's exports to China grew 14%
# in 2023, and imports from China by 6.5%", "..., and with Russia by 3.1%", "..., and Tajikistan's by
# 7%": the conjunct copies the verb, its sign with it. {A} the first owner, {B} the partner, {C} a
# third country, {v} the verb (sign), {r} the first rate, {W} the period.
GAPPED_AFTER_VERB = {
    "and-imports-from-B-by": ("{A's} exports to {B} {v} {r}% {W}, and imports from {B} by 4.6%.", "imports"),
    "and-with-C-by": ("{A's} trade with {B} {v} {r}% {W}, and with {C} by 4.6%.", "with"),
    "and-Cs-by": ("{A's} trade with {B} {v} {r}% {W}, and {C's} by 4.6%.", "owner"),
}


def gapped_after_verb_family() -> Iterator[Case]:
    verbs = (("rose", 1), ("grew", 1), ("fell", -1), ("increased", 1), ("decreased", -1), ("declined", -1))
    for v, (variant, (template, shape)) in enumerate(GAPPED_AFTER_VERB.items()):
        for r_, (home, partner) in enumerate(PAIRS[:9]):
            s = v * 9 + r_
            published = DATES[s % len(DATES)]
            y = published.year - 1
            verb, sign = verbs[s % len(verbs)]
            third = HOMES[(r_ + 3) % len(HOMES)] if shape == "owner" else ("Russia" if partner != "Russia" else "China")
            if third == home:
                continue
            rate = RATES[s % len(RATES)]
            text = _fill(template.replace("{v}", verb).replace("{r}", rate).replace("{W}", f"in {y}"), A=home, B=partner, C=third)
            a, b, c = code(home), code(partner), code(third)
            if shape == "imports":
                rows = (expect(a, b, a, b, "exports", "change", sign * float(rate), "percent", y, "FY"),
                        expect(a, b, b, a, "exports", "change", sign * 4.6, "percent", y, "FY"))  # fmt: skip
            else:
                second = (c, b) if shape == "owner" else (a, c)
                rows = (expect(a, b, None, None, "trade_turnover", "change", sign * float(rate), "percent", y, "FY"),
                        expect(*second, None, None, "trade_turnover", "change", sign * 4.6, "percent", y, "FY"))  # fmt: skip
            construction = f"gapped-after-verb/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}-{c}/{s}", text, published, rows)


FAMILIES = (*FAMILIES, gapped_after_verb_family)


# A rate told by its noun: the object of a share's verb ("reached $480 m, representing an increase
# of 14.6%"), or the subject of a sentence after the level with its base before the verb ("The
# increase compared to January-June 2022 was 9.4%"). {F} the flow, {X} its level, {P}/{PC} its
# period, {SAME} the base, {r} the rate.
RATE_NOUN_TOLD = {
    "representing-an-increase-of": ("{F} reached {X} {P}, representing an increase of {r}% compared to {SAME}.", 1),
    "representing-a-decline-of": ("{F} totalled {X} {P}, representing a decline of {r} percent.", -1),
    "constituting-a-growth-of": ("{F} amounted to {X} {P}, constituting a growth of {r}%.", 1),
    "the-increase-compared-to-was": ("{F} reached {X} {P}, the ministry said. The increase compared to {SAME} was {r}%.", 1),
    "the-decline-against-amounted-to": ("{PC}, {F} amounted to {X}. The decline against {SAME} amounted to {r} percent.", -1),
}


def rate_noun_told_family() -> Iterator[Case]:
    for v, (variant, (template, sign)) in enumerate(RATE_NOUN_TOLD.items()):
        for r_, (home, partner) in enumerate(PAIRS):
            s = v * len(PAIRS) + r_
            published, y, fmt = date_year_format(s)
            per = ("FY", "H1", "Q1")[s % 3]
            p_in, same = _BASE_PERIODS[per][0].replace("{y}", str(y)), _BASE_PERIODS[per][2].replace("{y}", str(y - 1))
            flow, indicator, way = BASE_FLOWS[s % len(BASE_FLOWS)]
            x, xv, unit = amount(s, fmt)
            rate = RATES[s % len(RATES)]
            text = _fill(template.replace("{F}", flow).replace("{X}", x).replace("{r}", rate).replace("{PC}", p_in[0].upper() + p_in[1:])
                         .replace("{P}", p_in).replace("{SAME}", same), A=home, B=partner)  # fmt: skip
            a, b = code(home), code(partner)
            frm, to = {"": (None, None), "AB": (a, b), "BA": (b, a)}[way]
            construction = f"rate-noun-told/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "level", xv, unit, y, per),
                        expect(a, b, frm, to, indicator, "change", sign * float(rate), "percent", y, per)))  # fmt: skip


FAMILIES = (*FAMILIES, rate_noun_told_family)


# "This year's figure (volume)" in the sentence after a level of some months of the year: the
# rate is of those months, not of the whole year its possessive names ("In January-June 2023, trade
# ... reached $1.2 bn. This year's figure is 12% higher than in the same period of 2022").
THIS_YEARS_FIGURE = {
    "figure-percent-higher": ("{PC}, {F} reached {X}. This year's figure is {r}% higher than in {SAME}.", 1, False),
    "volume-percent-lower": ("{F} amounted to {X} {P}. This year's volume is {r} percent lower than in {SAME}.", -1, False),
    "figure-times-more": ("{PC}, {F} totalled {X}. This year's figure is 1.8 times more than in {SAME}.", 1, True),
}


def this_years_figure_family() -> Iterator[Case]:
    for v, (variant, (template, sign, times)) in enumerate(THIS_YEARS_FIGURE.items()):
        for r_, (home, partner) in enumerate(PAIRS):
            s = v * len(PAIRS) + r_
            published = date(2024, 10, 2) if s % 2 else date(2023, 7, 21)
            y = published.year
            per = ("H1", "Q1")[s % 2]
            p_in, same = _BASE_PERIODS[per][0].replace("{y}", str(y)), _BASE_PERIODS[per][2].replace("{y}", str(y - 1))
            flow, indicator, way = BASE_FLOWS[s % len(BASE_FLOWS)]
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            rate = RATES[s % len(RATES)]
            text = _fill(template.replace("{F}", flow).replace("{X}", x).replace("{r}", rate).replace("{PC}", p_in[0].upper() + p_in[1:])
                         .replace("{P}", p_in).replace("{SAME}", same), A=home, B=partner)  # fmt: skip
            a, b = code(home), code(partner)
            frm, to = {"": (None, None), "AB": (a, b), "BA": (b, a)}[way]
            change = (1.8, "times") if times else (sign * float(rate), "percent")
            construction = f"this-years-figure/{variant}"
            yield Case(construction, f"{construction}/{a}-{b}/{s}", text, published,
                       (expect(a, b, frm, to, indicator, "level", xv, unit, y, per),
                        expect(a, b, frm, to, indicator, "change", change[0], change[1], y, per)))  # fmt: skip


FAMILIES = (*FAMILIES, this_years_figure_family)
# A plan's resolve told by a decision, an accord, a need, an effort, a hope, a readiness or a
# search ("decided to raise", "reached an agreement to increase", "stressed the need to", "hope
# that trade will reach", "expressed readiness to", "look to reach", "are targeting"): a target,
# its year the deadline's (the modal of a hope's clause is the hope's); and a plan's word in
# another clause before a rate that runs to the level ("Despite plans to increase trade, turnover
# fell 5% to $X"): both reported.
PLAN_RESOLVE: dict[str, tuple[str, StatusRows]] = {
    "decided-to-raise": ("The presidents of {A} and {B} decided to raise mutual trade to {X} by {t}.",
                         lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "reached-an-agreement-to-increase": ("{A} and {B} reached an agreement to increase trade to {X} by {t}.",
                                         lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "programme-to-increase-exports": ("{A} adopted a programme to increase its exports to {B} to {X} by {t}.",
                                      lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "target"),)),
    "stressed-the-need-to": ("The sides stressed the need to increase trade between {A} and {B} to {X} by {t}.",
                             lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "discussed-raising": ("{A} and {B} discussed raising bilateral trade to {X} by {t}.",
                          lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "efforts-to-lift-exports": ("{A} will step up efforts to lift its exports to {B} to {X} by {t}.",
                                lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "target"),)),
    "hope-that-will-reach": ("The ministers hope that trade between {A} and {B} will reach {X} by {t}.",
                             lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "hopes-its-exports-will-top": ("{A} hopes its exports to {B} will top {X} next year.",
                                   lambda a, b, x, z, u, p: (expect(a, b, a, b, "exports", "level", x, u, p + 1, "FY", "over", "target"),)),
    "expressed-readiness-to-increase": ("{A} and {B} expressed readiness to increase trade to {X} by {t}.",
                                        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "look-to-reach": ("{A} and {B} look to reach {X} in trade by {t}.",
                      lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "are-targeting": ("{A} and {B} are targeting {X} in bilateral trade by {t}.",
                      lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "despite-plans-fell-rate-to": (
        "Despite plans to increase trade, turnover between {A} and {B} fell 5 percent to {X} in {y}.",
        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", -5.0, "percent", p - 1, "FY"), _tt(a, b, x, u, p - 1))),
    "relative-aim-grew-rate-to": (
        "Trade between {A} and {B}, which the two sides aim to expand, grew 8 percent to {X} in {y}.",
        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 8.0, "percent", p - 1, "FY"), _tt(a, b, x, u, p - 1))),
}  # fmt: skip


def _said_at_deadline(said: tuple[str, StatusRows], p: int, s: int, a: str, b: str) -> Said:
    """One plan's wording of a pair: {X} and {Y} amounts, {y} the year before the article's, {n}
    the year after, {t} a deadline five years on."""
    template, rows = said
    published = DATES[s % len(DATES)]
    pub = published.year
    x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
    z, zv, _ = amount(s + 3, SAFE_FORMATS[s % len(SAFE_FORMATS)])
    body = template.replace("{X}", x).replace("{Y}", z)
    for key, year in {"{y}": pub - 1, "{n}": pub + 1, "{t}": pub + 5}.items():
        body = body.replace(key, str(year))
    return Said(_fill(body, A=a, B=b), published, rows(code(a), code(b), xv, zv, unit, pub), str(s))


def plan_resolve_family() -> Iterator[Case]:
    """A decision, an accord, a need, an effort, a hope or a readiness to raise a flow: a target;
    a plan's word in another clause before a rate running to the level: reported."""
    yield from _both_orders("plan-resolve", PLAN_RESOLVE.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, plan_resolve_family)


# A flow's course or chance toward a level ("is heading for $X this year", "on course for", "on
# pace to top", "has every chance of reaching"): a forecast; a plan's passive with "is to be" ("are
# to be increased to $X by 2030"), and a target's noun before a colon ("set a new target: $X in
# trade by 2030"): a target; a multiple said as the plan's verb before the level it runs to
# ("agreed to double trade to $X by 2030"): both the plan's, with its deadline.
PLAN_COURSE: dict[str, tuple[str, StatusRows]] = {
    "is-heading-for-this-year": ("Trade between {A} and {B} is heading for {X} this year.",
                                 lambda a, b, x, z, u, p: (_tt(a, b, x, u, p, "forecast"),)),
    "on-course-for-this-year": ("{A's} exports to {B} are on course for {X} this year.",
                                lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p, "forecast"),)),
    "every-chance-of-reaching": ("Trade between {A} and {B} has every chance of reaching {X} this year.",
                                 lambda a, b, x, z, u, p: (_tt(a, b, x, u, p, "forecast"),)),
    "are-to-be-increased-to": ("{A's} exports to {B} are to be increased to {X} by {t}.",
                               lambda a, b, x, z, u, p: (_plan(a, b, a, b, "exports", x, u, p + 5, "target"),)),
    "is-to-be-raised-to": ("Trade between {A} and {B} is to be raised to {X} by {t}.",
                           lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "set-a-new-target-colon": ("{A} and {B} set a new target: {X} in trade by {t}.",
                               lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "have-a-clear-goal-colon": ("{A} and {B} have a clear goal: {X} in bilateral trade by {t}.",
                                lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "agreed-to-double-trade-to": (
        "{A} and {B} agreed to double trade to {X} by {t}.",
        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 2.0, "times", p + 5, "FY", status="target"),
                                  _tt(a, b, x, u, p + 5, "target"))),
    "intend-to-triple-mutual-trade-turnover-to": (
        "{A} and {B} intend to triple mutual trade turnover to {X} by {t}.",
        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "change", 3.0, "times", p + 5, "FY", status="target"),
                                  _tt(a, b, x, u, p + 5, "target"))),
}  # fmt: skip


def plan_course_family() -> Iterator[Case]:
    """A flow's course or chance: a forecast; "is to be raised", a target's noun before a colon, a
    multiple said as the plan's verb: targets with their deadline."""
    yield from _both_orders("plan-course", PLAN_COURSE.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, plan_course_family)



# A plan's deadline written "by the year 2030" or "by the end of the year 2030": that year, never
# the article's, which a bare "by the end of the year" names.
PLAN_THE_YEAR: dict[str, tuple[str, StatusRows]] = {
    "plan-to-increase-by-the-year-t": ("{A} and {B} plan to increase trade to {X} by the year {t}.",
                                       lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"),)),
    "expected-by-the-end-of-the-year-t": ("{A's} exports to {B} are expected to exceed {X} by the end of the year {t}.",
                                          lambda a, b, x, z, u, p: (expect(a, b, a, b, "exports", "level", x, u, p + 5, "FY", "over", "forecast"),)),
}  # fmt: skip


def plan_the_year_family() -> Iterator[Case]:
    """A plan's deadline written with "the year" before its number: that year."""
    yield from _both_orders("plan-the-year", PLAN_THE_YEAR.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, plan_the_year_family)


# Today's level a plan or a forecast starts from ("to $X by 2030 from the current $Y", "from the
# current level of $Y to $X", "compared with the current $Y", "up from $Y now"), or told in the
# present after it ("while it now stands at $Y", "and at present it amounts to $Y"): reported, with
# none of the plan's deadline.
PLAN_CURRENT_BASE: dict[str, tuple[str, StatusRows]] = {
    "plan-to-raise-to-by-from-the-current": (
        "{A} and {B} plan to raise trade to {X} by {t} from the current {Y}.",
        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"), _tt(a, b, z, u, None, "reported", None))),
    "expected-to-grow-from-the-current-level-of": (
        "Trade between {A} and {B} is expected to grow from the current level of {Y} to {X} by {t}.",
        lambda a, b, x, z, u, p: (_tt(a, b, z, u, None, "reported", None), _tt(a, b, x, u, p + 5, "forecast"))),
    "forecast-compared-with-the-current": (
        "Experts expect trade between {A} and {B} to be {X} in {t}, compared with the current {Y}.",
        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "forecast"), _tt(a, b, z, u, None, "reported", None))),
    "projected-while-it-now-stands-at": (
        "Trade between {A} and {B} is projected to reach {X} by {t}, while it now stands at {Y}.",
        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "forecast"), _tt(a, b, z, u, p, "reported", None))),
    "aim-and-at-present-it-amounts-to": (
        "{A} and {B} aim to bring trade to {X} by {t}, and at present it amounts to {Y}.",
        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"), _tt(a, b, z, u, p, "reported", None))),
    "aim-for-up-from-now": (
        "{A} and {B} aim for {X} in trade by {t}, up from {Y} now.",
        lambda a, b, x, z, u, p: (_tt(a, b, x, u, p + 5, "target"), _tt(a, b, z, u, p, "reported", None))),
}  # fmt: skip


def plan_current_base_family() -> Iterator[Case]:
    """Today's level a plan starts from: reported, none of the plan's deadline."""
    yield from _both_orders("plan-current-base", PLAN_CURRENT_BASE.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, plan_current_base_family)


# Aid that will reach a level over a period, told by a modal's verb of a level reached ("{A's} aid
# to {B} will reach $X this year", "will exceed", "will rise to"): a flow expected, no commitment.
AID_LEVEL_AHEAD: dict[str, tuple[str, StatusRows]] = {
    "aid-will-reach-this-year": ("{A's} aid to {B} will reach {X} this year.",
                                 lambda a, b, x, z, u, p: (_plan(a, b, a, b, "aid", x, u, p, "forecast"),)),
    "assistance-will-exceed-next-year": ("{A's} assistance to {B} will exceed {X} in {n}.",
                                         lambda a, b, x, z, u, p: (expect(a, b, a, b, "aid", "level", x, u, p + 1, "FY", "over", "forecast"),)),
    "development-aid-will-rise-to-this-year": ("{A's} development aid to {B} will rise to {X} this year.",
                                               lambda a, b, x, z, u, p: (_plan(a, b, a, b, "aid", x, u, p, "forecast"),)),
}  # fmt: skip


def aid_level_ahead_family() -> Iterator[Case]:
    """Aid that will reach a level over a period: a forecast, no commitment."""
    yield from _both_orders("aid-level-ahead", AID_LEVEL_AHEAD.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, aid_level_ahead_family)


# A flow expected not to pass a line ("is unlikely to exceed $X this year", "is not expected to
# surpass", "will hardly top", and a pronoun's "it is not expected to exceed"): a forecast bounded
# from above, never a fact.
EXPECTED_NOT_TO_PASS: dict[str, tuple[str, StatusRows]] = {
    "is-unlikely-to-exceed-this-year": ("Trade between {A} and {B} is unlikely to exceed {X} this year.",
                                        lambda a, b, x, z, u, p: (expect(a, b, None, None, "trade_turnover", "level", x, u, p, "FY", "under", "forecast"),)),
    "exports-will-hardly-top-next-year": ("{A's} exports to {B} will hardly top {X} in {n}.",
                                          lambda a, b, x, z, u, p: (expect(a, b, a, b, "exports", "level", x, u, p + 1, "FY", "under", "forecast"),)),
    "it-is-not-expected-to-exceed": (
        "Trade between {A} and {B} reached {Y} in {y}. This year it is not expected to exceed {X}.",
        lambda a, b, x, z, u, p: (_tt(a, b, z, u, p - 1), expect(a, b, None, None, "trade_turnover", "level", x, u, p, "FY", "under", "forecast"))),
}  # fmt: skip


def expected_not_to_pass_family() -> Iterator[Case]:
    """A flow expected not to pass a line: a forecast, under."""
    yield from _both_orders("expected-not-to-pass", EXPECTED_NOT_TO_PASS.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, expected_not_to_pass_family)


# A modal's perfect of a year gone estimates a fact ("exports may have exceeded $X last year", "might
# have reached $X in 2023"): reported; with an unmet condition ("Without the sanctions, trade could
# have reached $X") it is what did not happen: no figure.
MODAL_PERFECT: dict[str, tuple[str, StatusRows]] = {
    "may-have-exceeded-last-year": ("{A's} exports to {B} may have exceeded {X} last year, analysts estimate.",
                                    lambda a, b, x, z, u, p: (expect(a, b, a, b, "exports", "level", x, u, p - 1, "FY", "over"),)),
    "might-have-reached-in-y": ("Trade between {A} and {B} might have reached {X} in {y}.",
                                lambda a, b, x, z, u, p: (_tt(a, b, x, u, p - 1),)),
    "without-could-have-reached": ("Without the sanctions, trade between {A} and {B} could have reached {X} in {y}.",
                                   lambda a, b, x, z, u, p: ()),
}  # fmt: skip


def modal_perfect_family() -> Iterator[Case]:
    """A modal's perfect of a year gone: an estimate of a fact, or what did not happen."""
    yield from _both_orders("modal-perfect", MODAL_PERFECT.items(), _said_at_deadline)


FAMILIES = (*FAMILIES, modal_perfect_family)

# The same amount told twice, once with fewer digits: the figure is the one with more digits.
# {X} the amount as told exactly, {R} its rounding with the word that says so, {y} the year.
RESTATED_ROUNDED = {
    "turnover-then-thus": ("In {y}, {H's} trade with {P} amounted to {X}. Thus, trade between the two countries stood at {R} last year.", "tt"),
    "lead-rounded-then-body": ("{H's} trade with {P} reached {R} in {y}. According to official statistics, trade between {H} and {P} amounted to {X} in {y}.", "tt"),
    "exports-in-other-words": ("{H's} exports to {P} amounted to {X} in {y}. In other words, {H} sold goods worth {R} to {P} last year.", "ex"),
    "investment-apposition": ("In {y}, {P} invested {X} in {H}. The figure, {R}, made {P} one of the largest investors in {H}.", "inv"),
}
# (the amount told exactly, its scale, its rounding, the word before the rounding)
ROUNDINGS = (("1.234", 9, "1.2", "about"), ("456.7", 6, "450", "more than"), ("87.36", 6, "87.4", "some"),
             ("2.48", 9, "2.5", "almost"), ("612.4", 6, "610", "around"), ("3.82", 9, "3.8", "over"))  # fmt: skip


def restated_rounded_family() -> Iterator[Case]:
    s = 0
    for variant, (template, flow) in RESTATED_ROUNDED.items():
        for home, partner in PAIRS[:10]:
            for _ in range(2):
                s += 1
                published = DATES[s % len(DATES)]
                y = published.year - 1
                number, scale, rounded, word = ROUNDINGS[s % len(ROUNDINGS)]
                fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
                x, xv, unit = fixed_amount(number, scale, fmt)
                r = f"{word} {fixed_amount(rounded, scale, fmt)[0]}"
                text = _fill(template.replace("{y}", str(y)).replace("{X}", x).replace("{R}", r), H=home, P=partner)
                h, p = code(home), code(partner)
                frm, to, indicator = {"tt": (None, None, "trade_turnover"), "ex": (h, p, "exports"), "inv": (p, h, "investment")}[flow]
                construction = f"restated-rounded/{variant}"
                yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                           (expect(h, p, frm, to, indicator, "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, restated_rounded_family)



# "Overall," opening a sentence sums up the story's pair, whose trade it then names: no world cue.
OVERALL_SUMS_UP = {
    "overall,-bilateral-trade-totalled": "Trade between {H} and {P} grew in {y}. Overall, bilateral trade totalled {X} in {y}.",
    "overall,-trade-between-the-two-countries": "{H} and {P} signed new agreements. Overall, trade between the two countries reached {X} in {y}.",
    "overall,-mutual-trade-amounted-to": "{H's} exports to {P} rose last year. Overall, mutual trade amounted to {X} in {y}.",
}


def overall_sums_up_family() -> Iterator[Case]:
    s = 0
    for variant, template in OVERALL_SUMS_UP.items():
        for home, partner in PAIRS[:10]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{y}", str(y)).replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"overall-sums-up/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, overall_sums_up_family)



# A one-off amount told again with "about" and fewer digits, and a headline's bound with no time
# over the body's amount ("trade tops $450 m" over $456.7 m): one figure, the one told exactly.
# {D} gives to {H}; {P} trades with {H}.
RESTATED_ONCE = {
    "grant-then-the-grant-of-about": "{D} will provide a grant of {X} to {H} for water projects. The grant of about {R} will finance new pumps.",
    "loan-then-the-loan-some": "{D} has allocated a loan of {X} to {H}. The loan, some {R}, will be repaid over 30 years.",
    "headline-tops-then-body": "{H}, {P} trade tops {B}\n\nIn {y}, trade between {H} and {P} amounted to {X}, the statistics office said.",
    "headline-exceeds-then-body": "{H}-{P} trade exceeds {B}\n\nTrade between {H} and {P} reached {X} in {y}, officials said.",
}
# (the amount told exactly, its scale, "about" it, a bound under it)
ONCE_AMOUNTS = (("12.46", 6, "12.5", "12.4"), ("87.36", 6, "87.4", "87.3"), ("456.7", 6, "457", "456"), ("3.87", 9, "3.9", "3.8"))


def restated_once_family() -> Iterator[Case]:
    s = 0
    for variant, template in RESTATED_ONCE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            number, scale, about, bound = ONCE_AMOUNTS[s % len(ONCE_AMOUNTS)]
            x, xv, unit = fixed_amount(number, scale, fmt)
            r, b = fixed_amount(about, scale, fmt)[0], fixed_amount(bound, scale, fmt)[0]
            text = template.replace("{y}", str(y)).replace("{X}", x).replace("{R}", r).replace("{B}", b)
            text = _fill(text, H=home, P=partner, D=partner)
            h, p = code(home), code(partner)
            construction = f"restated-once/{variant}"
            if variant.startswith("headline"):
                row = expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY")
            else:
                row = expect(p, h, p, h, "aid", "level", xv, unit, published.year, None)
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, (row,))


FAMILIES = (*FAMILIES, restated_once_family)



# A noun of change with its rate opens the sentence after a level, and a cause names another flow:
# "The growth of 12% was driven by car imports" is the rate of the level before, not of imports.
RATE_THEN_CAUSE = {
    "the-growth-of-r%-was-driven-by-imports": "The growth of {r}% was driven by higher imports of machinery.",
    "the-increase-of-r-percent-was-due-to-exports": "The increase of {r} percent was due to exports of cotton.",
    "the-r%-rise-was-driven-by-imports": "The {r}% rise was driven by car imports.",
}


def rate_then_cause_family() -> Iterator[Case]:
    s = 0
    for variant, second in RATE_THEN_CAUSE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            r = RATES[s % len(RATES)]
            text = _fill(f"{{H's}} trade with {{P}} reached {x} in {y}. " + second.replace("{r}", r), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"rate-then-cause/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),
                        expect(h, p, None, None, "trade_turnover", "change", float(r), "percent", y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, rate_then_cause_family)


# The members of a union beside the one that speaks, named with "other" ("trade with the other EAEU
# member states", "exports to other CIS countries"): a group, no pair and no world total; the
# pair's own sentence after it keeps its figure.
OTHER_MEMBERS = {
    "trade-with-the-other-EAEU-member-states": "{H's} trade with the other EAEU member states grew by {r}% in {y} and reached {Z}.",
    "exports-to-other-CIS-countries": "Exports from {H} to other CIS countries amounted to {Z} in {y}.",
    "imports-from-the-other-member-states-of-the-union": "{H} imported goods worth {Z} from the other member states of the Eurasian Economic Union in {y}.",
}


def other_members_family() -> Iterator[Case]:
    s = 0
    for variant, template in OTHER_MEMBERS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            z = amount(s + 3, fmt)[0]
            first = template.replace("{y}", str(y)).replace("{Z}", z).replace("{r}", RATES[s % len(RATES)])
            text = _fill(first + f" Trade between {{H}} and {{P}} reached {x} in {y}.", H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"other-members/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, other_members_family)


# A verb of receiving with its first amount before the flow's noun, then more amounts told on past
# the noun with their own years ("Georgia attracted $1.5 bn in FDI in 2008, in 2007 more than
# $2 bn"): each is the world's investment in the home, as the first is.
TOLD_ON = {
    "attracted-X-in-FDI-in-y-and-Z-in-y0": ("{H} attracted {X} in foreign direct investment in {y} and {Z} in {y0}.", "exact"),
    "in-y-received-X-of-FDI-in-y0-more-than-Z": ("In {y} {H} received {X} of FDI, in {y0} more than {Z}.", "over"),
    "attracted-X-of-foreign-investment-in-y-and-in-y0-Z": ("{H} attracted {X} of foreign investment in {y}, and in {y0} about {Z}.", "approx"),
}


def told_on_family() -> Iterator[Case]:
    s = 0
    for variant, (template, qualifier) in TOLD_ON.items():
        for home, _partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            z, zv, _ = amount(s + 3, fmt)
            text = _fill(template.replace("{y0}", str(y - 1)).replace("{y}", str(y)).replace("{X}", x).replace("{Z}", z), H=home)
            h = code(home)
            construction = f"told-on/{variant}"
            yield Case(construction, f"{construction}/{h}/{s}", text, published,
                       (expect(h, "WLD", "WLD", h, "investment", "level", xv, unit, y, "FY"),
                        expect(h, "WLD", "WLD", h, "investment", "level", zv, unit, y - 1, "FY", qualifier)))  # fmt: skip


FAMILIES = (*FAMILIES, told_on_family)


# A difference in money, then its base said without the article ("compared to same month of
# 2019", a wire's English), then the level it led to: the level is the story's period, not the base's.
BARE_SAME_BASE = {
    "trade-rose-by-D-compared-to-same-period-reaching-X": ("Trade between {H} and {P} rose by {D} in January-June {y} compared to same period of {y0}, reaching {X}.", None, "H1"),
    "exports-grew-by-D-against-same-months-amounting-to-X": ("{H's} exports to {P} grew by {D} in {y} against same months of {y0}, amounting to {X}.", "HP", "FY"),
    "imports-increased-by-D-compared-with-same-quarter-having-reached-X": ("{H's} imports from {P} increased by {D} in the first quarter of {y} compared with same quarter of {y0}, having reached {X}.", "PH", "Q1"),
}


def bare_same_base_family() -> Iterator[Case]:
    s = 0
    for variant, (template, direction, period) in BARE_SAME_BASE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            dx = fixed_amount("12.5", 6, fmt)[0]
            text = _fill(template.replace("{y0}", str(y - 1)).replace("{y}", str(y)).replace("{X}", x).replace("{D}", dx), H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to = {"HP": (h, p), "PH": (p, h), None: (None, None)}[direction]
            indicator = "trade_turnover" if direction is None else "exports"
            construction = f"bare-same-base/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, indicator, "level", xv, unit, y, period),))  # fmt: skip


FAMILIES = (*FAMILIES, bare_same_base_family)


# The pair's trade with its rate, then a cause that holds a rate of its own before a noun of
# change and the flow it changed ("driven by a 24% increase in Uzbek exports to Russia"): that
# rate is the named flow's, not the trade's, the cause's countries its sides.
CHANGED_FLOW = {
    "driven-by-a-r%-increase-in-H's-exports-to-P": ("driven by a {r2}% increase in {H's} exports to {P}", "HP", 1),
    "thanks-to-a-r-percent-surge-in-exports-from-H-to-P": ("thanks to a {r2} percent surge in exports from {H} to {P}", "HP", 1),
    "on-the-back-of-a-r%-drop-in-imports-from-P": ("on the back of a {r2}% drop in {H's} imports from {P}", "PH", -1),
}


def changed_flow_family() -> Iterator[Case]:
    s = 0
    for variant, (cause, direction, sign) in CHANGED_FLOW.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, _fmt = date_year_format(s)
            r, r2 = RATES[s % len(RATES)], RATES[(s + 2) % len(RATES)]
            verb = "rose" if sign > 0 else "fell"
            text = _fill(f"Trade between {{H}} and {{P}} {verb} by {r}% in {y}, " + cause.replace("{r2}", r2) + ".", H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to = (h, p) if direction == "HP" else (p, h)
            construction = f"changed-flow/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "change", sign * float(r), "percent", y, "FY"),
                        expect(h, p, frm, to, "exports", "change", sign * float(r2), "percent", y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, changed_flow_family)


# A flow that did not happen in an earlier year, told beside an amount that has no time of its own
# ("(no investments in 2018)", "against no exports in 2021", "after none in 2014"): the time of
# nothing; the amount keeps the story's year.
NO_FLOW_THEN = {
    "list-line-no-investments-in-y0": ("Foreign direct investment in {H} by country in {y}:\n- {P} - {X} (no investments in {y0})", "invest"),
    "against-no-exports-in-y0": ("{H's} trade with {P} grew fast in {y}. {H's} exports to {P} amounted to {X}, against no exports in {y0}.", "export"),
    "after-none-in-y0": ("{H's} trade with {P} grew in {y}. Imports from {P} reached {X}, after none in {y0}.", "import"),
}


def no_flow_then_family() -> Iterator[Case]:
    s = 0
    for variant, (template, flow) in NO_FLOW_THEN.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{y0}", str(y - 1)).replace("{y}", str(y)).replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to = (h, p) if flow == "export" else (p, h)
            indicator = "investment" if flow == "invest" else "exports"
            construction = f"no-flow-then/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, indicator, "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, no_flow_then_family)


# A wire's headline with the host's bare name before the noun of foreign investment ("Georgia FDI
# up 3.7 pct", "Armenia foreign direct investment falls"): the world's investment in it.
BARE_HOST_FDI = {
    "H-FDI-up-r-pct-in-y": ("{H} FDI up {r} pct in {y}", "change"),
    "H-foreign-direct-investment-falls-r%-in-y": ("{H} foreign direct investment falls {r}% in {y}", "change"),
    "H-FDI-rises-to-X-in-y": ("{H} FDI rises to {X} in {y}", "level"),
}


def bare_host_fdi_family() -> Iterator[Case]:
    s = 0
    for variant, (template, kind) in BARE_HOST_FDI.items():
        for home, _partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            r = RATES[s % len(RATES)]
            text = _fill(template.replace("{y}", str(y)).replace("{X}", x).replace("{r}", r), H=home)
            h = code(home)
            if kind == "level":
                row = expect(h, "WLD", "WLD", h, "investment", "level", xv, unit, y, "FY")
            else:
                row = expect(h, "WLD", "WLD", h, "investment", "change", float(r) * (-1 if "falls" in template else 1), "percent", y, "FY")
            construction = f"bare-host-fdi/{variant}"
            yield Case(construction, f"{construction}/{h}/{s}", text, published, (row,))


FAMILIES = (*FAMILIES, bare_host_fdi_family)



# Money people send, named as a turnover, is no trade: "the remittance turnover between Kyrgyzstan
# and Russia", "the money transfer turnover with Russia"; the pair's trade told beside it stays.
REMITTANCE_TURNOVER = {
    "remittance-turnover-between-H-and-P": "The remittance turnover between {H} and {P} reached {R} in {y}. {H's} trade with {P} came to {X} in {y}.",
    "H's-money-transfer-turnover-with-P": "{H's} money transfer turnover with {P} rose to {R} in {y}, and {H's} trade with {P} amounted to {X} in {y}.",
    "headline-H-P-remittance-turnover": "{H}-{P} remittance turnover hits {R}\n\n{H's} trade turnover with {P} totaled {X} in {y}.",
}


def remittance_turnover_family() -> Iterator[Case]:
    s = 0
    for variant, template in REMITTANCE_TURNOVER.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            r = amount(s + 3, fmt)[0]
            text = _fill(template.replace("{y}", str(y)).replace("{X}", x).replace("{R}", r), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"remittance-turnover/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, remittance_turnover_family)


# A promotion agency's name holds a flow's word and names no flow: "according to Georgia's
# investment promotion agency, the pipeline brought $2 bn"; the pair's trade told before stays.
PROMOTION_AGENCY = {
    "according-to-P's-investment-promotion-agency": "According to {P's} investment promotion agency, the pipeline brought {R} to the country in {y}.",
    "the-export-promotion-agency-of-P-said": "The export promotion agency of {P} said the new road added {R} to the economy in {y}.",
    "according-to-the-P-investment-promotion-agency": "According to the investment promotion agency of {P}, the railway earned {R} in {y}.",
}


def promotion_agency_family() -> Iterator[Case]:
    s = 0
    for variant, second in PROMOTION_AGENCY.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            r = amount(s + 3, fmt)[0]
            text = _fill(f"{{H's}} trade with {{P}} reached {x} in {y}. " + second.replace("{y}", str(y)).replace("{R}", r), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"promotion-agency/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, promotion_agency_family)


# A group of countries as one side of a flow, no pair: the owner "of these three countries", the
# members of a union named before ("exports to its member countries"), a region of the world
# ("exports to the Middle East"); the pair's trade told before stays.
GROUP_SIDE_MORE = {
    "turnover-of-these-three-countries-with-P": "The combined trade turnover of these three countries with {P} rose to {R} in {y}.",
    "H's-exports-to-its-member-countries": "{H} is a member of the Eurasian Economic Union. Its exports to its member countries grew by 12% to {R} in {y}.",
    "H's-exports-to-the-Middle-East": "{H's} exports to the Middle East increased 2.5 times to {R} in {y}.",
}


def group_side_more_family() -> Iterator[Case]:
    s = 0
    for variant, second in GROUP_SIDE_MORE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            r = amount(s + 3, fmt)[0]
            text = _fill(f"{{H's}} trade with {{P}} reached {x} in {y}. " + second.replace("{y}", str(y)).replace("{R}", r), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"group-side-more/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, group_side_more_family)


# A gapped conjunct whose new owner stands in for the first clause's, the partner kept: "while
# Kyrgyzstan's grew by 30%", "while that of Kyrgyzstan grew by 30%", "while Kyrgyzstan saw a 30%
# increase" ({D} the second owner).
GAPPED_OWNER_MORE = {
    "while-D's-grew-by-r%": "{H's} imports from {P} rose by 12% in {y}, while {D's} grew by {r}%.",
    "while-that-of-D-grew-by-r%": "{H's} imports from {P} rose by 12% in {y}, while that of {D} grew by {r}%.",
    "while-D-saw-a-r%-increase": "{H} boosted its imports from {P} by 12% in {y}, while {D} saw a {r}% increase.",
}
GAPPED_SECOND_OWNERS = ("Mongolia", "Tajikistan", "Armenia")


def gapped_owner_more_family() -> Iterator[Case]:
    s = 0
    for variant, template in GAPPED_OWNER_MORE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            second = next(c for c in GAPPED_SECOND_OWNERS[s % 3:] + GAPPED_SECOND_OWNERS if c not in (home, partner))
            published, y, _fmt = date_year_format(s)
            r = RATES[s % len(RATES)]
            text = _fill(template.replace("{y}", str(y)).replace("{r}", r), H=home, P=partner, D=second)
            h, p, o = code(home), code(partner), code(second)
            construction = f"gapped-owner-more/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(p, h, p, h, "exports", "change", 12.0, "percent", y, "FY"),
                        expect(p, o, p, o, "exports", "change", float(r), "percent", y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, gapped_owner_more_family)


# A pair's turnover told with a world word ("foreign trade turnover with {P}"), then "this figure"
# with its rate and, in brackets, its level a year earlier, in a sentence that names only the home
# by its statistics office: the bracketed level is the same pair's, not the home's world total.
THIS_FIGURE_BASE = {
    "foreign-turnover-with-then-as-per-data": ("{H's} foreign trade turnover with {P} amounted to {X} in {y}. "
                                               "As per data from {H's} statistics agency, this figure is {r} percent higher year-on-year ({B} in {y0})."),
    "foreign-turnover-of-with-then-according-to": ("Foreign trade turnover of {H} with {P} reached {X} in {y}. "
                                                   "According to the statistics office of {H}, this indicator grew by {r}% compared with {y0} ({B})."),
    "foreign-trade-with-then-customs-of": ("{H's} foreign trade with {P} totaled {X} in {y}. "
                                           "The customs service of {H} said the figure rose by {r} percent year-on-year ({B} a year earlier)."),
}
# (the level, its base a year earlier, both at the same scale)
THIS_FIGURE_AMOUNTS = (("45.2", "40.1", 6), ("312", "287.5", 6), ("1.8", "1.6", 9), ("78.5", "70.2", 6))


def this_figure_base_family() -> Iterator[Case]:
    s = 0
    for variant, template in THIS_FIGURE_BASE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            number, base, scale = THIS_FIGURE_AMOUNTS[s % len(THIS_FIGURE_AMOUNTS)]
            x, xv, unit = fixed_amount(number, scale, fmt)
            b, bv, _ = fixed_amount(base, scale, fmt)
            r = RATES[s % len(RATES)]
            text = template.replace("{X}", x).replace("{B}", b).replace("{r}", r).replace("{y0}", str(y - 1)).replace("{y}", str(y))
            text = _fill(text, H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"this-figure-base/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),
                        expect(h, p, None, None, "trade_turnover", "change", float(r), "percent", y, "FY"),
                        expect(h, p, None, None, "trade_turnover", "level", bv, unit, y - 1, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, this_figure_base_family)


# A preamble with its own "since" before the verb of saying, then the said clause's rate and its
# level with one period after both: the rate is that period's, not a change since the preamble's start.
PREAMBLE_SINCE = {
    "noting-since-independence-said-that": "Noting that ties have grown since independence, the minister said that trade between {H} and {P} rose by {r}% and stood at {X} in {y}.",
    "pointing-out-since-the-beginning-noted": "Pointing out that relations have been close since the beginning, the ambassador noted that {H's} trade with {P} increased by {r} percent and amounted to {X} in {y}.",
    "since-the-establishment-stated-adding": "Since the establishment of diplomatic relations the partnership has expanded, the envoy stated, adding that turnover between {P} and {H} grew by {r}% and reached {X} in {y}.",
}


def preamble_since_family() -> Iterator[Case]:
    s = 0
    for variant, template in PREAMBLE_SINCE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            r = RATES[s % len(RATES)]
            text = _fill(template.replace("{X}", x).replace("{r}", r).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"preamble-since/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "change", float(r), "percent", y, "FY"),
                        expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, preamble_since_family)


# A partner's place with its period before the amount, the amount in a "with" clause, then the
# wire that reported it and the day it did: the day is the report's, the period the amount's.
REPORT_DATE = {
    "ranked-in-period-with-turnover-reported-on": "{P} ranked second among {H's} partners in {when}, with turnover amounting to {X}, Kabar reported on {day}, citing the statistics committee.",
    "period-fronted-was-partner-with-trade-of": "In {when}, {P} was {H's} third largest partner, with trade of {X}, local media reported on {day}, citing the statistics office.",
    "was-partner-in-period-with-turnover-of": "{P} was {H's} third largest partner in {when}, with trade turnover of {X}, UzA reported on {day}.",
}
# (how the period is told, its year back from the article's date, its code, the report's day)
REPORT_WHEN = (("January-September {y}", "M1-M9", "October 20"), ("the first half of {y}", "H1", "July 28"), ("January-March {y}", "Q1", "April 12"))


def report_date_family() -> Iterator[Case]:
    s = 0
    for variant, template in REPORT_DATE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            when, period, day = REPORT_WHEN[s % len(REPORT_WHEN)]
            text = template.replace("{when}", when).replace("{day}", day).replace("{X}", x).replace("{y}", str(y))
            text = _fill(text, H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"report-date/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, period),))  # fmt: skip


FAMILIES = (*FAMILIES, report_date_family)


# "Transit trade" and "transit turnover" are goods crossing a country, an other flow, not the
# pair's trade: their growth is an other figure.
TRANSIT_TRADE = {
    "transit-trade-between-grew": "Transit trade between {H} and {P} grew by {r}% in {y}.",
    "owned-transit-trade-with-rose": "{H's} transit trade with {P} rose {r} percent in {y}.",
    "transit-turnover-between-increased": "In {y}, transit turnover between {P} and {H} increased by {r}%.",
}


def transit_trade_family() -> Iterator[Case]:
    s = 0
    for variant, template in TRANSIT_TRADE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, _ = date_year_format(s)
            r = RATES[s % len(RATES)]
            text = _fill(template.replace("{r}", r).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"transit-trade/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "other", "change", float(r), "percent", y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, transit_trade_family)


# The bare noun "growth" with a verb of level, an index above 100 and its base right after, as
# translated releases print it: "the growth amounted to 106.3% compared to the same period" is +6.3%.
GROWTH_INDEX = {
    "and-the-growth-amounted-to-compared-to": "Trade between {H} and {P} amounted to {X} in {y}, and the growth amounted to {i}% compared to the previous year.",
    "the-growth-was-compared-with": "In {y}, {H's} trade with {P} reached {X}; the growth was {i}% compared with {y0}.",
    "while-growth-amounted-to-against": "Turnover between {P} and {H} stood at {X} in {y}, while growth amounted to {i} percent against {y0}.",
}
GROWTH_INDEXES = ("106.3", "112.5", "134.5", "101.8")


def growth_index_family() -> Iterator[Case]:
    s = 0
    for variant, template in GROWTH_INDEX.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            i = GROWTH_INDEXES[s % len(GROWTH_INDEXES)]
            text = template.replace("{X}", x).replace("{i}", i).replace("{y0}", str(y - 1)).replace("{y}", str(y))
            text = _fill(text, H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"growth-index/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),
                        expect(h, p, None, None, "trade_turnover", "change", round(float(i) - 100, 6), "percent", y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, growth_index_family)


# A lender of many countries names its money, and the next sentence lists what that money is made
# of by its noun: "The package comprises a $30 m loan and a $10 m grant" is no country's flow.
MULTILATERAL_PARTS = {
    "adb-financing-includes": ("The Asian Development Bank has approved {X} for {H}.", "The financing includes {A} concessional loan and {B} grant."),
    "wb-package-comprises": ("The World Bank approved a package of {X} for {H} on Monday.", "The package comprises {A} credit and {B} grant."),
    "ebrd-funding-consists-of": ("{H} will receive {X} from the EBRD.", "This funding consists of {A} loan and {B} grant."),
    "isdb-support-will-include": ("The Islamic Development Bank will provide {X} to {H}.", "The support will include {A} loan and {B} technical assistance grant."),
}


def multilateral_parts_family() -> Iterator[Case]:
    s = 0
    for variant, (first, second) in MULTILATERAL_PARTS.items():
        for home, _partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            x = amount(s, fmt)[0]
            a, b = amount(s + 1, fmt)[0], amount(s + 2, fmt)[0]
            text = _fill(f"{first} {second}".replace("{X}", x).replace("{A}", "a " + a).replace("{B}", "a " + b), H=home)
            construction = f"multilateral-parts/{variant}"
            yield Case(construction, f"{construction}/{code(home)}/{s}", text, published, ())


FAMILIES = (*FAMILIES, multilateral_parts_family)


# What a country has received, as the subject of a verb of reaching, is all it has received to
# date: "The aid Kyrgyzstan has received from China reached $65 m" is a stock as of the article.
RECEIVED_STOCK = {
    "aid-has-received-reached": ("The aid {H} has received from {P} reached {X}.", "exact"),
    "assistance-that-has-received-amounted-to": ("The assistance that {H} has received from {P} amounted to {X}, the minister said.", "exact"),
    "grants-have-received-totalled": ("According to the ministry, grants {H} has obtained from {P} totalled {X}.", "exact"),
    "loans-has-received-exceeded": ("Concessional loans {H} has received from {P} exceeded {X}.", "over"),
}


def received_stock_family() -> Iterator[Case]:
    s = 0
    for variant, (template, qualifier) in RECEIVED_STOCK.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"received-stock/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(p, h, p, h, "aid", "level", xv, unit, published.year, "cumulative", qualifier),))  # fmt: skip


FAMILIES = (*FAMILIES, received_stock_family)


# A country's name before the press it modifies tells who reports, not who acts: "Kyrgyzstan
# media reported that China exported goods worth $5 m to Kyrgyzstan" is China's export.
MEDIA_TELLER = {
    "media-reported-exported": ("{H} media reported that {P} exported goods worth {X} to {H} in {y}.", "exports", "FY"),
    "press-said-invested": ("{H} press said that {P} invested {X} in {H} in {y}.", "investment", "FY"),
    "news-agencies-wrote-supplied": ("{H} news agencies wrote that {P} supplied equipment worth {X} to {H} in {y}.", "exports", "FY"),
}


def media_teller_family() -> Iterator[Case]:
    s = 0
    for variant, (template, indicator, period) in MEDIA_TELLER.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"media-teller/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(p, h, p, h, indicator, "level", xv, unit, y, period),))  # fmt: skip


FAMILIES = (*FAMILIES, media_teller_family)


# A city set off by a comma and named by its country ("to Bishkek, capital of Kyrgyzstan"): the
# country is the city's, no origin of the delivery; with no other side named, no figure.
CITY_OF_COUNTRY = {
    "will-be-delivered-capital-of": "Machinery worth {X} will be delivered to {C}, capital of {H}.",
    "was-delivered-capital-of": "Under the agreement, wheat worth {X} was delivered to {C}, capital of {H}.",
}


def city_of_country_family() -> Iterator[Case]:
    s = 0
    for variant, template in CITY_OF_COUNTRY.items():
        for home, _partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            x = amount(s, fmt)[0]
            h = code(home)
            text = _fill(template.replace("{X}", x).replace("{C}", CAPITALS[h]), H=home)
            construction = f"city-of-country/{variant}"
            yield Case(construction, f"{construction}/{h}/{s}", text, published, ())


FAMILIES = (*FAMILIES, city_of_country_family)


# A gift in kind told again as its delivery: "Japan will donate equipment worth $3 m to
# Tajikistan. The equipment worth $3 m will be delivered to Tajikistan in May" is one aid, no export.
GIFT_DELIVERED = {
    "will-donate-will-be-delivered": ("{P} will donate ambulances worth {X} to {H}.", "The ambulances worth {X} will be delivered to {H} next month."),
    "handed-over-were-delivered": ("{P} handed over a grant of fire engines worth {X} to {H}.", "The fire engines worth {X} were delivered to {H} in February."),
    "will-gift-delivered-by": ("{P} will gift wheat worth {X} to {H}, the ministry said.", "The wheat worth {X} will be delivered to {H} by June."),
}


def gift_delivered_family() -> Iterator[Case]:
    s = 0
    for variant, (first, second) in GIFT_DELIVERED.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(f"{first} {second}".replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"gift-delivered/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(p, h, p, h, "aid", "level", xv, unit, published.year, None),))  # fmt: skip


FAMILIES = (*FAMILIES, gift_delivered_family)


# A total whose share ("half", "30%") is told after it with a year of its own and no amount: the
# year is the share's, and the total, given over years, a stock as of the article.
SHARE_OF_TOTAL = {
    "amounted-to-of-which-half-was-sent-last-year": "The aid sent by {P} to {H} amounted to {X}, of which half was sent last year.",
    "totalled-of-which-r%-was-provided-in-y": "{P's} aid to {H} totalled {X}, of which 30% was provided in {y}.",
    "reached-of-which-a-third-was-allocated": "{P's} grants to {H} reached {X}, of which a third was allocated last year.",
}


def share_of_total_family() -> Iterator[Case]:
    s = 0
    for variant, template in SHARE_OF_TOTAL.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"share-of-total/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(p, h, p, h, "aid", "level", xv, unit, published.year, "cumulative"),))  # fmt: skip


FAMILIES = (*FAMILIES, share_of_total_family)


# A newspaper named by a country of the pair and a masthead word ("Georgia Today", "Kazakhstan
# Daily") that reports a figure of the story's pair: the paper, no mention of the country, so the
# figure keeps the story's pair (never the country's trade with the world).
MASTHEAD_REPORTS = {
    "H-Today-reported": "{H} Today reported that trade volume totaled {X} in {y}.",
    "H-Daily-wrote": "{H} Daily wrote that the turnover amounted to {X} in {y}.",
    "the-H-Times-said": "The {H} Times said that mutual trade reached {X} in {y}.",
    "according-to-H-Tribune": "According to {H} Tribune, trade volume was {X} in {y}.",
}


def masthead_family() -> Iterator[Case]:
    s = 0
    for variant, template in MASTHEAD_REPORTS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill("{H} and {P} discuss trade\n\nBilateral trade keeps growing. " + template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"masthead/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, masthead_family)


# An effort told with its verb before the raising, in the present ("efforts are being made to
# increase trade to $X by 2030", "steps are being taken to raise"): an aim, a target, never a
# forecast of the flow.
EFFORTS_UNDER_WAY = {
    "efforts-are-being-made-to-increase": "Efforts are being made to increase {H's} trade with {P} to {X} by {y}.",
    "steps-are-being-taken-to-raise": "Steps are being taken to raise trade between {H} and {P} to {X} by {y}.",
    "efforts-are-under-way-to-boost": "Officials said efforts are under way to boost trade between {H} and {P} to {X} by {y}.",
    "measures-are-in-place-for-increasing": "Measures are in place for increasing {H's} trade with {P} to {X} by {y}.",
}


def efforts_under_way_family() -> Iterator[Case]:
    s = 0
    for variant, template in EFFORTS_UNDER_WAY.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year + 1 + s % 3
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"efforts-under-way/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY", status="target"),))  # fmt: skip


FAMILIES = (*FAMILIES, efforts_under_way_family)


# A person's name holding a month's three-letter abbreviation ("Khan Jan Safi", "Jan Kubis"),
# told beside a figure with no time of its own (an aim with no year): no month of the figure.
MONTH_IN_NAME = {
    "Khan-Jan": "{H} plans to increase trade with {P} to {X}, said Khan Jan Safi, head of the chamber.",
    "Ahmad-Jan": "{H} wants to raise its trade with {P} to {X}, Ahmad Jan Noori told reporters.",
    "Jan-opens": "Jan Kubis said {H} aims to bring trade with {P} to {X}.",
    "Mar": "{H} intends to increase trade with {P} to {X}, Mar Sabri said.",
}


def month_in_name_family() -> Iterator[Case]:
    s = 0
    for variant, template in MONTH_IN_NAME.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"month-in-name/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, None, None, status="target"),))  # fmt: skip


FAMILIES = (*FAMILIES, month_in_name_family)


# A translation's "us dollars" in small letters after a scaled number ("8.4 billion us dollars"):
# the dollar, as "US dollars" is.
SMALL_US_DOLLARS = {
    "turnover": ("{H's} trade with {P} reached {n} million us dollars in {y}.", "trade_turnover", None),
    "exports": ("{H's} exports to {P} amounted to {n} million us dollars in {y}.", "exports", "HP"),
    "imports": ("{H} imported goods worth {n} billion us dollars from {P} in {y}.", "exports", "PH"),
}


def small_us_dollars_family() -> Iterator[Case]:
    s = 0
    for variant, (template, indicator, direction) in SMALL_US_DOLLARS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            n = ("312.4", "45", "8.44", "1.2")[s % 4]
            value = float(n) * (1e9 if "billion" in template else 1e6)
            h, p = code(home), code(partner)
            frm, to = {"HP": (h, p), "PH": (p, h), None: (None, None)}[direction]
            text = _fill(template.replace("{n}", n).replace("{y}", str(y)), H=home, P=partner)
            construction = f"small-us-dollars/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, indicator, "level", value, "USD", y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, small_us_dollars_family)


# An investment told in the passive with no investor and no host ("About $75 m was invested in
# 2022 alone"), after an inflow into the home the story's first sentence names by its adjective
# ("The Georgian minister ..."): the same inflow, never the home's investment abroad.
PASSIVE_AFTER_INFLOW = {
    "was-invested-alone": "About {X} was invested in {y} alone.",
    "were-invested": "Some {X} were invested in {y}.",
    "in-y-was-invested": "In {y} alone, {X} was invested.",
}


def passive_after_inflow_family() -> Iterator[Case]:
    s = 0
    lead = "{Hj} officials met the delegation. {Pj} companies have invested {B} in {H} since 2010. "
    for variant, second in PASSIVE_AFTER_INFLOW.items():
        for home, partner in PAIRS[:9]:
            if partner.startswith("the ") or home == "Mongolia":
                continue
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            b, bv, bunit = amount(s + 1, SAFE_FORMATS[(s + 1) % len(SAFE_FORMATS)])
            if bv == xv:
                continue
            text = _fill((lead + second).replace("{B}", b).replace("{X}", x).replace("{y}", str(y)), H=home, P=partner,
                         Hj=_ADJECTIVES[home], Pj=_ADJECTIVES[partner])  # fmt: skip
            h, p = code(home), code(partner)
            q = "approx" if second.startswith(("About", "Some")) else "exact"
            construction = f"passive-after-inflow/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, p, h, "investment", "level", bv, bunit, published.year, "cumulative"),
                        expect(h, p, p, h, "investment", "level", xv, unit, y, "FY", qualifier=q)))  # fmt: skip


FAMILIES = (*FAMILIES, passive_after_inflow_family)


# A level told after "has since" ("stood at $1 bn in 2015 and has since grown to $1.3 bn"): a
# level of the present (the article's year, no period), never of the time told before it, even
# the year just over.
HAS_SINCE = {
    "and-has-since-grown-to": "{H's} trade with {P} stood at {B} in {y} and has since grown to {X}.",
    "but-has-since-risen-to": "Trade between {H} and {P} totaled {B} in {y} but has since risen to {X}.",
    "they-have-since-climbed-to": "{H's} exports to {P} were {B} in {y}; they have since climbed to {X}.",
}


def has_since_family() -> Iterator[Case]:
    s = 0
    for variant, template in HAS_SINCE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1 - s % 3
            b, bv, bunit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            x, xv, unit = amount(s + 2, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            if bv == xv:
                continue
            text = _fill(template.replace("{B}", b).replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            exports = "exports" in template
            frm, to, ind = (h, p, "exports") if exports else (None, None, "trade_turnover")
            construction = f"has-since/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, ind, "level", bv, bunit, y, "FY"),
                        expect(h, p, frm, to, ind, "level", xv, unit, published.year, None)))  # fmt: skip


FAMILIES = (*FAMILIES, has_since_family)


# A base said as "the same period last year" with its amount in brackets and a bare year ("($229 m
# in 2020)"): the year names the period's year only; the base is the figure's months a year back.
SAME_PERIOD_BRACKET_YEAR = {
    "up-on-the-same-period-last-year": "In January-{M} {y}, {H's} trade with {P} reached {X}, up 12 percent on the same period last year ({B} in {y0}).",
    "compared-to-the-same-period-last-year": "{H's} exports to {P} amounted to {X} in January-{M} {y}, compared to the same period last year ({B} in {y0}).",
    "against-the-same-period-of-last-year": "Trade between {H} and {P} totaled {X} in January-{M} {y}, against the same period of last year ({B} in {y0}).",
}
_BRACKET_MONTHS = (("March", "Q1"),)


def same_period_bracket_year_family() -> Iterator[Case]:
    s = 0
    for variant, template in SAME_PERIOD_BRACKET_YEAR.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year  # (the months are over by the article's date: "last year" is the year before)
            month, months = _BRACKET_MONTHS[0]
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            b, bv, bunit = amount(s + 2, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            if bv == xv:
                continue
            text = _fill(template.replace("{M}", month).replace("{X}", x).replace("{B}", b).replace("{y0}", str(y - 1)).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to, ind = (h, p, "exports") if "exports" in template else (None, None, "trade_turnover")
            rows = [expect(h, p, frm, to, ind, "level", xv, unit, y, months)]
            if "12 percent" in template:
                rows.append(expect(h, p, frm, to, ind, "change", 12.0, "percent", y, months))
            rows.append(expect(h, p, frm, to, ind, "level", bv, bunit, y - 1, months))
            construction = f"same-period-bracket-year/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, same_period_bracket_year_family)


# A later clause's other flow with no country of its own, after a flow told by the side of the
# country whose flow it is ("exports from {H} to {P}", "imports into {H} from {P}"): that
# country's other flow, whichever country the article named first ({P}, in a sentence before).
COUNTER_FLOW = {
    "exports-from-H-to-P-while-imports": ("In {y}, exports from {H} to {P} rose to {X}, while imports fell to {Z}.", "HP"),
    "exports-of-goods-from-H-to-P-and-imports": ("Exports of goods from {H} to {P} totalled {X} in {y}, and imports declined to {Z}.", "HP"),
    "imports-into-H-from-P-while-exports": ("Imports into {H} from {P} reached {X} in {y}, while exports grew to {Z}.", "PH"),
}


def counter_flow_family() -> Iterator[Case]:
    s = 0
    for variant, (template, first) in COUNTER_FLOW.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            z, zv, _ = fixed_amount("27.5", 6, fmt)
            text = _fill("{P} and {H} held talks on Monday. " + template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            a, b = (h, p) if first == "HP" else (p, h)
            construction = f"counter-flow/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, a, b, "exports", "level", xv, unit, y, "FY"), expect(h, p, b, a, "exports", "level", zv, unit, y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, counter_flow_family)


# A wish told as keenness, eagerness or determination to raise a flow to a level: a target, with
# no year of its own ("{H} and {P} are keen to increase trade turnover to $X").
KEEN_TO_RAISE = {
    "are-keen-to-increase-trade-turnover-to": "{H} and {P} are keen to increase trade turnover to {X}.",
    "are-eager-to-boost-mutual-trade-to": "{H} and {P} are eager to boost mutual trade to {X}, the ministers said.",
    "headline-keen-to-raise-trade-to": "{H}, {P} keen to raise trade to {X}",
    "are-keen-on-raising-bilateral-trade-to": "{H} and {P} are keen on raising bilateral trade to {X}.",
}


def keen_to_raise_family() -> Iterator[Case]:
    s = 0
    for variant, template in KEEN_TO_RAISE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"keen-to-raise/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, None, None, status="target"),))  # fmt: skip


FAMILIES = (*FAMILIES, keen_to_raise_family)



# "the overall trade" with no owner, in a story of two countries: the sum of the pair's exports and
# imports, not the world's ("overall" is a world word where an owner is named: "Kazakhstan's
# overall trade", "its overall trade").
OVERALL_NO_OWNER = {
    "signed-then-the-overall-trade-rose": "{H} and {P} signed five agreements. In {y}, the overall trade rose to {X}.",
    "talks-then-the-overall-trade-amounted": "{H} and {P} held talks in the capital.\n\nThe overall trade amounted to {X} in {y}, officials said.",
    "partner-trade-then-the-overall-turnover": "{H's} trade with {P} grew. The overall trade turnover was {X} in {y}.",
}


def overall_no_owner_family() -> Iterator[Case]:
    s = 0
    for variant, template in OVERALL_NO_OWNER.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"overall-no-owner/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, overall_no_owner_family)


# A world word in a phrase of its own before the trigger, a comma between them ("despite the global
# pandemic, the trade turnover reached"): the circumstance's word, not the flow's.
COMMA_CUE = {
    "despite-the-global-pandemic": "Trade between {H} and {P} recovered. In {y}, despite the global pandemic, the trade turnover reached {X}.",
    "amid-foreign-exchange-swings": "{H} and {P} marked their anniversary. Amid foreign exchange swings, trade rose to {X} in {y}.",
    "amid-external-shocks": "{H} and {P} opened a trade house. In {y}, amid external shocks, trade turnover grew to {X}.",
}


def comma_cue_family() -> Iterator[Case]:
    s = 0
    for variant, template in COMMA_CUE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"comma-cue/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, comma_cue_family)



# A headline that names only the partner, as where the home's leader travels ("Why the President is
# heading to {P}"): the story speaks from the visitor's country, whose exports and imports its body
# tells with no owner.
VISIT_HEADLINE = {
    "is-heading-to": "Why the President is heading to {P}\n\nThe President of {H} will visit {P} next week. In {y}, trade reached {T}; exports amounted to {X} and imports to {Z}.",
    "to-visit-next-week": "Prime Minister to visit {P} next week\n\nThe Prime Minister of {H} will hold talks in {P}. In {y}, mutual trade stood at {T}, with exports of {X} and imports of {Z}.",
    "arrives-in": "Foreign Minister arrives in {P}\n\nThe Foreign Minister of {H} began a visit on Monday. Trade totaled {T} in {y}. Exports reached {X}, while imports stood at {Z}.",
}


def visit_headline_family() -> Iterator[Case]:
    s = 0
    for variant, template in VISIT_HEADLINE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = fixed_amount("45.2", 6, fmt)
            z, zv, _ = fixed_amount("312", 6, fmt)
            t, tv, _ = fixed_amount("357.2", 6, fmt)
            text = _fill(template.replace("{T}", t).replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"visit-headline/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, (
                expect(h, p, None, None, "trade_turnover", "level", tv, unit, y, "FY"),
                expect(h, p, h, p, "exports", "level", xv, unit, y, "FY"),
                expect(h, p, p, h, "exports", "level", zv, unit, y, "FY"),
            ))  # fmt: skip


FAMILIES = (*FAMILIES, visit_headline_family)



# Loans or grants counted as made ("made two loans worth X in December 1999"): each an event of its
# year, a one-off with no period, not the flow of the month or quarter it was made in.
MADE_LOANS = {
    "made-two-loans-worth-in-month": ("{P} made two loans worth {X} to {H} in March {y}.", "aid"),
    "made-three-grants-totaling-in-quarter": ("{P} made three grants totaling {X} to {H} in the first quarter of {y}.", "aid"),
    "in-month-made-four-concessional-loans": ("In October {y}, {P} made four concessional loans worth {X} to {H}.", "aid"),
}


def made_loans_family() -> Iterator[Case]:
    s = 0
    for variant, (template, indicator) in MADE_LOANS.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"made-loans/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(p, h, p, h, indicator, "level", xv, unit, y, None),))  # fmt: skip


FAMILIES = (*FAMILIES, made_loans_family)



# A flow whose sentence names no country, right after a group's flow in its paragraph ("Trade
# between Japan and the Central Asian countries reached X. Direct investment totaled Y."): the
# group's, no pair, so no figure (not the story's pair's, nor the home's with the world).
GROUP_GOES_ON = {
    "trade-with-group-then-investment-totaled": "{P} held talks in {H}. Trade between {P} and the Central Asian countries reached {X} in {y}. Direct investment totaled {Z}.",
    "trade-with-group-then-grants-reached": "{P's} trade with the CIS countries grew to {X} in {y}. Grants provided reached {Z} over the same year.",
    "exports-to-group-then-investment-rose": "{H} and {P} signed a memorandum. Exports from {P} to the countries of the region amounted to {X} in {y}. Investment rose 8% to {Z}.",
}


def group_goes_on_family() -> Iterator[Case]:
    s = 0
    for variant, template in GROUP_GOES_ON.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x = amount(s, fmt)[0]
            z = fixed_amount("45.2", 6, fmt)[0]
            text = _fill(template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"group-goes-on/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, ())


FAMILIES = (*FAMILIES, group_goes_on_family)



# Money for a group's development ("€12 bn for the development of the economies of Central Asian
# countries", "for the needs of the South Caucasus countries"): the group receives, no pair, so no
# figure (not the dateline's country's, nor the world's).
FOR_GROUP = {
    "will-allocate-for-the-development-of": "{P} will allocate {X} for the development of Central Asian countries, the minister said in {H}.",
    "plans-to-provide-for-the-economies-of": "{H} hosted the summit. {P} plans to provide {X} for the development of the economies of the Central Asian states.",
    "pledged-for-the-benefit-of": "{H} hosted the meeting. {P} pledged {X} in grants for the benefit of the countries of the region.",
}


def for_group_family() -> Iterator[Case]:
    s = 0
    for variant, template in FOR_GROUP.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            x = amount(s, fmt)[0]
            text = _fill(template.replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"for-group/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, ())


FAMILIES = (*FAMILIES, for_group_family)


# A sum named by a noun of another flow that it modifies, after a clause of one side's flow: the
# noun's flow, not the clause's ("..., making for a $2 bn trade volume"). name -> (template, the
# sides' amounts told before it: (exporter, importer, value) with H the home, P the partner)
ATTRIBUTIVE_SUM = {
    "making-for-a-X-trade-volume": (
        "In {y} {H's} exports to {P} reached $150 million, while its imports from {P} hit $90 million, making for a {X} trade volume.",
        (("H", "P", 150e6), ("P", "H", 90e6)),
    ),
    "giving-a-X-trade-turnover": (
        "{H} sold goods worth $150 million to {P} in {y} and bought goods worth $90 million from it, giving a {X} trade turnover.",
        (("H", "P", 150e6), ("P", "H", 90e6)),
    ),
    "for-a-X-trade-turnover-between-them": (
        "{P's} imports from {H} rose to $150 million in {y}, for a {X} trade turnover between them.",
        (("H", "P", 150e6),),
    ),
}


def attributive_sum_family() -> Iterator[Case]:
    s = 0
    for variant, (template, sides) in ATTRIBUTIVE_SUM.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, _fmt = date_year_format(s)
            x, xv, unit = amount(s, SAFE_FORMATS[s % 3])  # in dollars, as the sides' amounts are
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            side = {"H": h, "P": p}
            construction = f"attributive-sum/{variant}"
            told = tuple(expect(h, p, side[a], side[b], "exports", "level", v, "USD", y, "FY") for a, b, v in sides)
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (*told, expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, attributive_sum_family)


# A rate of the goods' weight before or after the rate of their value ("grew 263% in weight and
# 439% in value", "a fall of 12 percent in terms of weight"): the value's rate is the flow's; the
# weight's is none.
WEIGHT_THEN_VALUE = {
    "A's-exports-grew-by-P-in-weight-and-by-R-in-value": (
        "{A's} exports to {B} grew by 48% in weight and by {R}% in value in {y}.", "exports", True),
    "trade-rose-R-percent-in-value-and-P-percent-in-terms-of-weight": (
        "In {y}, trade between {A} and {B} rose {R} percent in value and 60 percent in terms of weight.", "trade_turnover", False),
    "A-imports-from-B-up-P-in-weight-terms-and-R-in-value": (
        "{B's} imports from {A} were up 2.3 times in weight terms and {R}% in value in {y}.", "exports", True),
}


def weight_then_value_family() -> Iterator[Case]:
    def say(wording: tuple[str, str, bool], p: int, s: int, a: str, b: str) -> Said:
        template, indicator, directed = wording
        published = DATES[s % len(DATES)]
        y = published.year - 1
        r = RATES[s % len(RATES)]
        text = _fill(template.replace("{R}", r).replace("{y}", str(y)), A=a, B=b)
        frm, to = (code(a), code(b)) if directed else (None, None)
        return Said(text, published, (_rate(code(a), code(b), frm, to, indicator, float(r), y),), str(s))

    yield from _both_orders("weight-then-value", WEIGHT_THEN_VALUE.items(), say, (0, 1))


FAMILIES = (*FAMILIES, weight_then_value_family)


# The region a single partner is from, after "partner" ("the largest trading partner of {P} from
# Central Asia"): where the partner is from, not a group on a side of the flow told after it.
PARTNER_FROM_REGION = {
    "H-is-the-largest-trading-partner-of-P-from-Central-Asia-as-trade-rose-to-X": (
        "{H} is the largest trading partner of {P} from Central Asia as trade between the two countries rose to {X} in {y}."),
    "H-became-P's-biggest-partner-from-the-South-Caucasus-after-trade-reached-X": (
        "{H} became {P's} biggest partner from the South Caucasus after their trade reached {X} in {y}."),
    "trade-between-P-and-H-its-key-partner-from-the-CIS-countries-was-X": (
        "Trade between {P} and {H}, its key partner from the CIS countries, was {X} in {y}."),
}


def partner_from_region_family() -> Iterator[Case]:
    s = 0
    for variant, template in PARTNER_FROM_REGION.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, fmt = date_year_format(s)
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"partner-from-region/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, partner_from_region_family)


# A year-on-year rate "over the year" with a "during which" clause after it that holds an amount:
# that amount is the months of the figure a year back, the rate's base, not the figure's own level.
DURING_WHICH_BASE = {
    "it-grew-by-R-over-the-year-during-which-the-turnover-stood-at-Y": (
        "{H's} trade with {P} reached {X} in January-March {y}. It grew by 8.2 percent over the year, during which the turnover stood at $40 million.",
        "Q1", 8.2),
    "down-R-over-the-year-during-which-it-totaled-Y": (
        "In the first half of {y}, trade between {H} and {P} amounted to {X}, down 4% over the year, during which it totaled $40 million.",
        "H1", -4.0),
    "this-figure-has-decreased-by-R-over-the-year-during-which-trade-was-recorded-at-Y": (
        "{H's} trade turnover with {P} amounted to {X} from January through September {y}. This figure has decreased by 16.6 percent over the year, during which trade turnover was recorded at $40 million.",
        "M1-M9", -16.6),
}


def during_which_base_family() -> Iterator[Case]:
    s = 0
    for variant, (template, period, rate) in DURING_WHICH_BASE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, y, _fmt = date_year_format(s)
            x, xv, unit = amount(s, SAFE_FORMATS[s % 3])  # in dollars, as the base is
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"during-which-base/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, y, period),
                        expect(h, p, None, None, "trade_turnover", "change", rate, "percent", y, period),
                        expect(h, p, None, None, "trade_turnover", "level", 40e6, "USD", y - 1, period)))  # fmt: skip


FAMILIES = (*FAMILIES, during_which_base_family)


# An attempt to raise a flow to a level by a year is an aim, as a bid is: a target, not a forecast.
TRYING_TO_RAISE = {
    "H-and-P-are-trying-to-take-their-trade-to-X-by-Y": "{H} and {P} are trying to take their bilateral trade to {X} by {Y}.",
    "the-two-governments-try-to-increase-trade-between-H-and-P-to-X-in-Y": "The two governments try to increase trade between {H} and {P} to {X} in {Y}.",
    "H-and-P-tried-to-raise-mutual-trade-to-X-by-Y": "{H} and {P} tried to raise mutual trade to {X} by {Y}, the minister recalled.",
}


def trying_to_raise_family() -> Iterator[Case]:
    s = 0
    for variant, template in TRYING_TO_RAISE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published, _y, fmt = date_year_format(s)
            deadline = published.year + 2
            x, xv, unit = amount(s, fmt)
            text = _fill(template.replace("{X}", x).replace("{Y}", str(deadline)), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"trying-to-raise/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, None, None, "trade_turnover", "level", xv, unit, deadline, "FY", status="target"),))  # fmt: skip


FAMILIES = (*FAMILIES, trying_to_raise_family)


# Goods a country supplies as aid, a grant or a gift, or free of charge, are aid, the supplier
# its donor, never its exports: "Turkey supplied medicines worth $2 m to Kyrgyzstan as
# humanitarian aid". {P} gives to {H}; one-off, the article's year.
GIVEN_AS_AID = {
    "supplied-as-aid": "{P} supplied medicines worth {X} to {H} as humanitarian aid.",
    "delivered-grant": "{P} delivered equipment worth {X} to {H} as a grant.",
    "shipped-free": "{P} has shipped wheat worth {X} to {H} free of charge.",
    "passive-by": "Medical supplies worth {X} were supplied by {P} to {H} as humanitarian assistance.",
    "fronted": "As humanitarian aid, {P} delivered food products worth {X} to {H}.",
    "goods-noun": "{P} supplied medical supplies worth {X} to {H} on a grant basis.",
    "gift": "{P} shipped fuel worth {X} to {H} as a gift.",
}


def given_as_aid_family() -> Iterator[Case]:
    s = 0
    for variant, template in GIVEN_AS_AID.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x), H=home, P=partner)
            h, p = code(home), code(partner)
            construction = f"given-as-aid/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, p, h, "aid", "level", xv, unit, published.year, None),))  # fmt: skip


FAMILIES = (*FAMILIES, given_as_aid_family)


# An investor ranking told after the verb's own clause: "Russia invested $120 m in Kyrgyzstan,
# followed by China with $95 m": "followed by" ranks the verb's subjects, each an investor into
# the same host ({P} and {Q} invest in {H}).
FOLLOWED_INVESTOR = {
    "with": ("{P} invested {X} in {H} in {y}, followed by {Q} with {Z}.", "FY"),
    "bracket": ("In {y}, {P} invested {X} in {H}, followed by {Q} ({Z}).", "FY"),
    "has-since": ("{P} has invested {X} in {H} since 2005, followed by {Q} with {Z}.", "cumulative"),
    "months": ("In January-June {y}, {P} invested {X} in {H}, followed by {Q} with {Z}.", "H1"),
}


def followed_investor_family() -> Iterator[Case]:
    s = 0
    for variant, (template, period) in FOLLOWED_INVESTOR.items():
        for home, partner in PAIRS[:9]:
            s += 1
            second = PAIRS[(s + 3) % 9][1]
            if second in (home, partner):
                continue
            published = DATES[s % len(DATES)]
            y = published.year - 1
            fmt = SAFE_FORMATS[s % len(SAFE_FORMATS)]
            x, xv, unit = amount(s, fmt)
            z, zv, _ = amount(s + 3, fmt)
            text = _fill(template.replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)), H=home, P=partner, Q=second)
            h, p, q = code(home), code(partner), code(second)
            year = published.year if period == "cumulative" else y
            construction = f"followed-investor/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, p, h, "investment", "level", xv, unit, year, period),
                        expect(h, q, q, h, "investment", "level", zv, unit, year, period)))  # fmt: skip


FAMILIES = (*FAMILIES, followed_investor_family)


# A place in a ranking said in a clause after the one whose flow it shares: "Turkey ranked second
# for imports ($3.1 bn), while Korea ranked third ($2.4 bn)": the later country is ranked as the
# first, a partner of the story's home ({H}), on the same side ({P} then {Q}).
LATER_PLACE = {
    "imports-ranked": ("{H's} foreign trade reached {W} in {y}. {P} ranked second for imports ({X}), while {Q} ranked third ({Z}).", "in"),
    "exports-ranked": ("{H's} exports reached {W} in {y}. {P} ranked second for exports ({X}), while {Q} ranked third ({Z}).", "out"),
    "exports-took-place": ("{H's} foreign trade reached {W} in {y}. {P} took first place in exports ({X}), while {Q} took second place ({Z}).", "out"),
}


def later_place_family() -> Iterator[Case]:
    s = 0
    for variant, (template, way) in LATER_PLACE.items():
        for home, partner in PAIRS[:9]:
            s += 1
            second = PAIRS[(s + 3) % 9][1]
            if second in (home, partner):
                continue
            published = DATES[s % len(DATES)]
            y = published.year - 1
            w, wv, unit = fixed_amount("48.6", 9, "$X million")
            x, xv, _ = fixed_amount("3.1", 9, "$X million")
            z, zv, _ = fixed_amount("2.4", 9, "$X million")
            text = _fill(template.replace("{W}", w).replace("{X}", x).replace("{Z}", z).replace("{y}", str(y)), H=home, P=partner, Q=second)
            h, p, q = code(home), code(partner), code(second)
            whole = (expect(h, "WLD", h, "WLD", "exports", "level", wv, unit, y, "FY") if "exports reached" in template
                     else expect(h, "WLD", None, None, "trade_turnover", "level", wv, unit, y, "FY"))  # fmt: skip
            rows = [whole]
            for c, v in ((p, xv), (q, zv)):
                rows.append(expect(h, c, h if way == "out" else c, c if way == "out" else h, "exports", "level", v, unit, y, "FY"))
            construction = f"later-place/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published, tuple(rows))


FAMILIES = (*FAMILIES, later_place_family)


# An average over years is no year's level nor a stock: "Chinese investment in Kazakhstan
# averaged $2 bn a year over the past decade", "an average of $200 m a year since 2015": no figure.
AVERAGED = (
    "{P's} investment in {H} averaged {X} a year over the past decade.",
    "{P} has invested an average of {X} a year in {H} since 2015.",
    "Trade between {H} and {P} averaged {X} per year in 2015-2020.",
    "On average, {P} invested {X} a year in {H} between 2010 and 2020.",
    "{H's} exports to {P} have averaged about {X} annually since 2018.",
    "{P} provided {H} with an average annual assistance of {X} since 2010.",
)


def averaged_family() -> Iterator[Case]:
    s = 0
    for i, template in enumerate(AVERAGED):
        for home, partner in PAIRS[:9]:
            s += 1
            x, _, _ = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x), H=home, P=partner)
            construction = f"averaged/{i}"
            yield Case(construction, f"{construction}/{code(home)}-{code(partner)}/{s}", text, DATES[s % len(DATES)], ())


FAMILIES = (*FAMILIES, averaged_family)


# "over the past year and a half" is a span of eighteen months to the article's date, never the
# last calendar year: a growth over it has no year nor period ({H} and {P}).
YEAR_AND_A_HALF = {
    "imports-by": ("{H} increased its imports from {P} by {R}% over the past year and a half.", "PH"),
    "fronted-exports": ("Over the past year and a half, exports from {H} to {P} grew by {R} percent.", "HP"),
    "one-and-a-half": ("{H's} exports to {P} rose {R}% over the last one and a half years.", "HP"),
    "trade-in-the-last": ("In the last year and a half, trade between {H} and {P} grew by {R}%.", ""),
}


def year_and_a_half_family() -> Iterator[Case]:
    s = 0
    for variant, (template, way) in YEAR_AND_A_HALF.items():
        for home, partner in PAIRS[:9]:
            s += 1
            r = ("12.5", "35", "8.4", "21")[s % 4]
            text = _fill(template.replace("{R}", r), H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to = {"PH": (p, h), "HP": (h, p), "": (None, None)}[way]
            indicator = "exports" if way else "trade_turnover"
            construction = f"year-and-a-half/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, DATES[s % len(DATES)],
                       (expect(h, p, frm, to, indicator, "change", float(r), "percent", None, None),))  # fmt: skip


FAMILIES = (*FAMILIES, year_and_a_half_family)


# A group after "among" is the frame a ranking is drawn in, no side: "Among the European
# countries, Italy was the largest buyer of Kazakh oil with $14 bn" ({P}, a member, buys from {H}).
AMONG_GROUP = {
    "european-buyer": ("Among the European countries, {P} was the largest buyer of {Hj} goods with {X} in {y}.", "HP"),
    "eu-importer": ("Among EU member states, {P} was the largest importer of {Hj} products, at {X} in {y}.", "HP"),
    "eu-member-supplier": ("Among EU member states, {P} was the largest supplier of machinery to {H}, with {X} in {y}.", "PH"),
}
AMONG_MEMBERS = ("Italy", "Germany", "France")


def among_group_family() -> Iterator[Case]:
    s = 0
    for variant, (template, way) in AMONG_GROUP.items():
        for home, _ in PAIRS[:9]:
            partner = AMONG_MEMBERS[s % len(AMONG_MEMBERS)]
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            x, xv, unit = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{y}", str(y)).replace("{Hj}", COUNTRIES[home][1]), H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to = (h, p) if way == "HP" else (p, h)
            construction = f"among-group/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, p, frm, to, "exports", "level", xv, unit, y, "FY"),))  # fmt: skip


FAMILIES = (*FAMILIES, among_group_family)


# Firms named by the capital they were founded with trade as firms, no country: "enterprises
# with Korean capital in Uzbekistan, whose trade exceeded $5 bn" ({Pj} capital in {H}): no figure.
FIRMS_WITH_CAPITAL = (
    "Enterprises with {Pj} capital in {H}, whose trade exceeded {X}, operate in the country.",
    "Companies with {Pj} capital in {H} exported goods worth {X} last year.",
    "Firms with {Pj} capital in {H}, which imported goods worth {X} in 2023, employ 5,000 people.",
    "In {H}, joint ventures with {Pj} capital have exported products worth {X}.",
)


def firms_with_capital_family() -> Iterator[Case]:
    s = 0
    for i, template in enumerate(FIRMS_WITH_CAPITAL):
        for home, partner in PAIRS[:9]:
            s += 1
            adjective = COUNTRIES[partner][1]
            if adjective is None:
                continue
            x, _, _ = amount(s, SAFE_FORMATS[s % len(SAFE_FORMATS)])
            text = _fill(template.replace("{X}", x).replace("{Pj}", adjective), H=home, P=partner)
            construction = f"firms-with-capital/{i}"
            yield Case(construction, f"{construction}/{code(home)}-{code(partner)}/{s}", text, DATES[s % len(DATES)], ())


FAMILIES = (*FAMILIES, firms_with_capital_family)


# "Russia accounted for the largest volume of exports, $500 m", after the home's own total: the
# country given the largest part is the home's partner in that flow, never its owner.
LARGEST_PART = {
    "volume-of-exports": ("{H's} exports reached {W} in {y}. {P} accounted for the largest volume of exports, {X}.", "out"),
    "share-of-imports": ("{H's} imports reached {W} in {y}. {P} accounted for the largest share of imports, with {X}.", "in"),
    "biggest-part": ("{H's} exports reached {W} in {y}. {P} accounts for the biggest part of exports, {X}.", "out"),
}


def largest_part_family() -> Iterator[Case]:
    s = 0
    for variant, (template, way) in LARGEST_PART.items():
        for home, partner in PAIRS[:9]:
            s += 1
            published = DATES[s % len(DATES)]
            y = published.year - 1
            w, wv, unit = fixed_amount("9.6", 9, "$X million")
            x, xv, _ = fixed_amount("2.45", 9, "$X million")
            text = _fill(template.replace("{W}", w).replace("{X}", x).replace("{y}", str(y)), H=home, P=partner)
            h, p = code(home), code(partner)
            frm, to = (h, p) if way == "out" else (p, h)
            world = (h, "WLD") if way == "out" else ("WLD", h)
            construction = f"largest-part/{variant}"
            yield Case(construction, f"{construction}/{h}-{p}/{s}", text, published,
                       (expect(h, "WLD", *world, "exports", "level", wv, unit, y, "FY"),
                        expect(h, p, frm, to, "exports", "level", xv, unit, y, "FY")))  # fmt: skip


FAMILIES = (*FAMILIES, largest_part_family)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
