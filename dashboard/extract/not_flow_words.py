"""Words that make a trigger's word name no flow between countries: trade at home ("retail
trade"), a turnover of goods moved ("cargo turnover"), a flow noun that modifies another ("export
contract"), the price or measure of a flow ("the price of gas exported"), and a verb of giving whose
giver or receiver is at home ("the budget for 2019 provides", "(will support) its farmers").
Compiled once by `lexicon.load` from `[trade_not_flow]` of `rules/phrases.toml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import Pattern

from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.rule_patterns import alternation


@dataclass(frozen=True)
class NotFlowWords:
    trade_not_flow: Pattern[str]  # matched right after the word "trade"
    domestic_before: Pattern[str]  # anchored before a trigger: "retail trade"
    domestic_after: Pattern[str]  # matched right after a trigger: "investments into fixed capital"
    turnover_not_flow: Pattern[str]  # matched right before the word "turnover": "cargo turnover"
    firm_owner: Pattern[str]  # anchored before an export's or import's word: "the company's sales to"
    flow_modifies: Pattern[str]  # matched right after the noun "export" or "import": "export contract"
    measure_of: Pattern[str]  # anchored at a trigger's start: "the price of Kazakh gas exported"
    not_giver: Pattern[str]  # anchored at a verb of giving: "the budget for 2019 provides"
    own_receiver: Pattern[str]  # matched right after a verb of giving: "(will support) its farmers"


def compile_not_flow(words: dict[str, list[str]]) -> NotFlowWords:
    return NotFlowWords(
        domestic_before=first_char_checked_compiled(rf"\b(?:{alternation(words['domestic_before'])})\s$", re.IGNORECASE),
        domestic_after=re.compile(rf"\s(?:{alternation(words['domestic_after'])})", re.IGNORECASE),
        trade_not_flow=re.compile(
            rf"\s(?:{alternation(words['following'])})(?![\w])", re.IGNORECASE
        ),
        turnover_not_flow=first_char_checked_compiled(
            rf"\b(?:{alternation(words['turnover_preceding'])})\s$", re.IGNORECASE
        ),
        firm_owner=first_char_checked_compiled(rf"\b(?:{alternation(words['firm_owner_before'])})\s$", re.IGNORECASE),
        flow_modifies=re.compile(rf"\s(?:{alternation(words['flow_modifies'])})(?![\w])", re.IGNORECASE),
        measure_of=first_char_checked_compiled(
            rf"\b(?:{alternation(words['measure_of'])})\s(?:of|on|for|from)\s(?:[\w'’-]+\s){{0,4}}$", re.IGNORECASE
        ),
        not_giver=first_char_checked_compiled(
            rf"\b(?:{alternation(words['not_givers'])})(?:\s(?:for|of|on)(?:\s[\w'’-]+){{1,3}})?\s(?:also\s|only\s)?$",
            re.IGNORECASE,
        ),
        own_receiver=re.compile(
            rf"\s(?:(?:(?!(?-i:\b[A-Z][a-z]))[^.;]){{0,40}}?\s(?:to|for)\s(?:(?:support|help|assist)\s)?)?(?:its|their|local|domestic)\s(?:own\s)?(?:[\w-]+\s){{0,2}}"
            rf"(?:{alternation(words['own_receivers'])})\b(?!\s(?:in|of|across)\s(?:the\s)?(?-i:[A-Z]))",
            re.IGNORECASE,
        ),
    )
