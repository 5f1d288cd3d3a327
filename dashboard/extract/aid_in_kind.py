"""Goods given as a gift are aid in kind: "Japan handed over medical supplies worth $2 m to
Tajikistan", "Korea donated $1 m worth of medical supplies to Uzbekistan". The goods' noun names
what is given, and would read as exports; the verb of giving says it is aid (its words:
`[aid_sides] in_kind_verbs` of `rules/frames.toml`)."""

from __future__ import annotations

import functools
import re
from re import Pattern

from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file


@functools.cache
def _giving() -> Pattern[str]:
    words = rules_file("frames.toml")["aid_sides"]["in_kind_verbs"]
    return re.compile(rf"(?:{'|'.join(words)})", re.I)


# Between an amount and the goods it is the worth of: "$1 m worth of medical supplies".
_WORTH_OF = re.compile(r"\s(?:worth\s)?of\s(?:[a-z-]+\s){0,3}")


def giving_goods(q: Quantity, before: list[TriggerMention], named: TriggerMention | None, s: SentenceParts) -> TriggerMention | None:
    """The verb of giving before an amount of goods (the goods' noun after the verb, or after the
    amount), when only goods' nouns of trade follow it: it names the amount's flow, aid."""
    givers = [t for t in before if t.trigger.lexeme == "aid" and _giving().fullmatch(t.text)]
    if not givers:
        return None
    worth = next((x for x in s.triggers if x.start >= q.end and _WORTH_OF.fullmatch(s.text, q.end, x.start)), None)
    goods = [t for t in before if t.start >= givers[-1].end] + [x for x in (named, worth) if x is not None]
    return givers[-1] if goods and all(t.trigger.lexeme in ("export", "import") for t in goods) else None


def goods_given(q: Quantity, t: TriggerMention, x: TriggerMention, s: SentenceParts) -> bool:
    """Whether a trigger after the amount is the goods a verb of giving gives ("handed over $1 m
    worth of medical supplies to Tajikistan"): it names what is given, and ends no frame."""
    return t.trigger.lexeme == "aid" and _giving().fullmatch(t.text) is not None and _WORTH_OF.fullmatch(s.text, q.end, x.start) is not None
