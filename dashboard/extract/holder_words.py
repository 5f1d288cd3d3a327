"""The patterns of holders that are no one country: a sector of an economy in a breakdown of a
total (`[sector]` of `rules/frames.toml`) and a group of countries a clause refers back to
(`[group]` of `rules/discourse.toml`), compiled once by `lexicon.load` from their rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import Pattern

from dashboard.extract.gates import Gate, gate_for
from dashboard.extract.rule_patterns import LEAD_BOUND, alternation


@dataclass(frozen=True)
class HolderWords:
    sector_gate: Gate  # any sector's word: a cheap test before the patterns below
    sector_label: Pattern[str]  # anchored at the end of the text before an amount: "; energy sector - "
    sector_subject: Pattern[str]  # matched at a clause's start: "while agriculture attracted"
    sector_relative: Pattern[str]  # searched in a clause before an amount: "mining, which attracted"
    sector_after: Pattern[str]  # matched right after an amount: " outflow from the financial sector"
    reach_end: Pattern[str]  # where the words of a sector's verb stop: ", there was ..."
    region_before: Pattern[str]  # searched in a clause before an amount: "Investments in the capital"
    group_clause: Pattern[str]  # matched at a clause's start: ", where" (the group before it is its side)
    group_goes_on: Pattern[str]  # matched at a sentence's start: "At the same time," (the group's flow goes on)


def sector_phrase(sector: dict[str, list[str]]) -> str:
    """A sector's noun phrase: a run of activities ("transport and communication, mining and
    agriculture"), with a head noun or without, or up to three words before a head noun
    ("the oil and gas sector", "the non-oil sector")."""
    activity = rf"(?:{alternation(sector['activities'])})"
    heads = rf"(?:{alternation(sector['heads'])})"
    run = rf"{activity}(?:(?:,\s(?:and\s)?|\sand\s){activity})*(?:\s{heads})?"
    return rf"(?:the\s)?(?:{run}|(?:[\w-]+\s){{1,3}}{heads})"


def compile_holders(sector: dict[str, list[str]], group: dict[str, list[str]]) -> HolderWords:
    np = sector_phrase(sector)
    links = rf"(?:{alternation(sector['links'])})"
    verbs = rf"(?:{alternation(sector['verbs'])})"
    # "the mining sector came second with $58 m": a ranked sector's amount
    ranked = r"(?:(?:was|is|came|ranked|ranks)\s(?:first|second|third|fourth|fifth|next)\s)"
    invested = r"(?:FDI|capital|(?:foreign\s(?:direct\s)?)?investments?)"
    return HolderWords(
        sector_gate=gate_for([*sector["activities"], *sector["heads"], *sector["places"], *sector["place_heads"]], re.IGNORECASE),
        # A list's item, after its separator with no link ("; agriculture USD 5 m") or joined to
        # its amount by a link anywhere ("mining - USD 12 m", "followed by construction with").
        sector_label=re.compile(
            rf"(?:(?:^|[;,]\s?|\bby\s){np}\s?(?:{links}\s?)?|(?<![\w-]){np}\s?{ranked}?{links}\s?){LEAD_BOUND}$", re.IGNORECASE
        ),
        sector_subject=re.compile(
            rf"[\s,;:–—-]*(?:(?:although|though|while|whereas|and|but|as|meanwhile)\s)?{np}\s(?:(?:also|has|have|had|[a-z]+ly)\s)?{verbs}\b",
            re.IGNORECASE,
        ),
        # "... was transport and communications, which received $67 m": a sector's relative clause
        sector_relative=re.compile(rf"(?<![\w-]){np},\swhich\s(?:(?:also|has|have|had)\s)?{verbs}\b", re.IGNORECASE),
        sector_after=re.compile(
            rf"\s(?:(?:net\s)?(?:outflows?|inflows?)(?:\sof\s{invested})?|of\s{invested})\s(?:from|in|into|to)\s{np}\b", re.IGNORECASE
        ),
        reach_end=re.compile(r",\s(?:there|it|this|these|which)\b", re.IGNORECASE),
        region_before=re.compile(
            rf"\b(?i:{alternation(sector['invested'])})\s(?:(?:came|went|flowed)\s)?(?:in|into|to)\s(?:the\s)?"
            rf"(?:(?i:{alternation(sector['places'])})|(?:[A-Z][\w'’-]*\s){{1,2}}(?i:{alternation(sector['place_heads'])}))\b"
        ),
        group_clause=re.compile(rf",\s(?:{alternation(group['clause_openers'])})\b", re.IGNORECASE),
        group_goes_on=re.compile(rf"[\"“'‘\s]*(?:{alternation(group['goes_on'])}),\s", re.IGNORECASE),
    )
