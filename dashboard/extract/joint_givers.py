"""An amount two lenders give together: "KfW and AFD will lend €90 m", "loans of $70 m with
JICA, KfW", "Tajikistan received $12 m from USAID and JICA". One amount of two givers is no
flow of either with its receiver, and no flow between the two."""

from __future__ import annotations

import re
from itertools import pairwise

from dashboard.extract.amount_runs import respective
from dashboard.extract.frame_types import Slots
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# Between two givers of one list: "KfW and AFD", "JICA, KfW", "USAID, JICA and KOICA".
_GIVERS_JOIN = re.compile(r"(?:,\s|\sand\s|,\sand\s|\s?&\s)(?:the\s)?")


def joint_givers(q: Quantity, slots: Slots, s: SentenceParts) -> bool:
    """Whether the givers the frame reads are two countries' agencies named in one list on one
    side of the amount (each of "€40 m from KfW and €30 m from AFD" has its own). Two countries
    so named ("the loan signed by Germany and Tajikistan") are a giver and its receiver."""
    if _joint_after(q, s):
        return True
    givers = sorted((a, b) for slot, a, b, rule in slots.evidence if slot == "origin" and rule == "role:agency")
    codes = {c.code for c in s.countries if c.code and any((c.start, c.end) == g for g in givers)}
    if len(codes) < 2:
        return False
    one_side = all(b <= q.start for _, b in givers) or all(a >= q.end for a, _ in givers)
    return one_side and all(_GIVERS_JOIN.fullmatch(s.text, x[1], y[0]) for x, y in pairwise(givers))


# What names the givers right after an amount: "a €120 m loan in total from KfW and AFD", "a €75 m
# loan jointly provided by Germany and France".
# (in the amount's own phrase: ", led by China and Singapore" ranks where it went)
_GIVEN_BY = re.compile(r"(?:\bfrom|\b(?:provided|given|granted|extended|lent|financed|funded|offered|allocated)\sby)\s(?:the\s)?$")


def _joint_after(q: Quantity, s: SentenceParts) -> bool:
    """Whether the amount's own phrase, after it and before the next amount, names two givers
    in one list after "from" or "by": that amount is theirs together, whoever gave the one before
    ("signed a €60 m loan with KfW and a €120 m loan from KfW and AFD"), unless a "respectively"
    run pairs the givers with its amounts."""
    if respective(q, s) is not None:
        return False  # "received $612 m and $348 m from Turkey and Japan, respectively": one giver each
    nxt = next((y.start for y in s.quantities if y.start >= q.end), len(s.text))
    after = [c for c in s.countries if c.code and q.end <= c.start < nxt]
    if len(after) < 2 or after[0].code == after[1].code:
        return False
    first, second = after[0], after[1]
    return "," not in s.text[q.end : first.start] and _GIVEN_BY.search(s.text, q.end, first.start) is not None and _GIVERS_JOIN.fullmatch(s.text, first.end, second.start) is not None
