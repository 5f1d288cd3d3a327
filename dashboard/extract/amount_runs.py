"""Runs of coordinated amounts in a sentence ("$45 m and $78 m, respectively", "Exports to
Russia and China reached $3.4 bn and $0.6 bn"): an amount's place in its run, and whether
"respectively" closes the run or "each" gives every member one amount."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# ("$612 m (up 12%) and $348 m (down 5%)": a bracket after each member that holds no amount of money)
_RUN_JOIN = re.compile(r"\s?(?:\([^()$€£¥]{1,40}\)\s?)?(?:,\s?(?:and\s)?|and\s)(?:(?:about|around|almost|nearly|over|some)\s)?$")
_RESPECTIVELY = re.compile(r"^[^.;]{0,40}?\brespectively\b", re.I)


def respective(q: Quantity, s: SentenceParts) -> tuple[int, list[Quantity]] | None:
    """ "... amounted to $45 m and $78 m, respectively": this amount's place in its run of
    coordinated amounts, and the run, when "respectively" closes it."""
    if "respectively" not in s.text:
        return None  # asked for every amount, several times: the free test first
    run = _amount_run(q, s)
    if run is None or not _RESPECTIVELY.match(s.text[run[1][-1].end :]):
        return None
    return run


def parallel_run(q: Quantity, s: SentenceParts) -> tuple[int, list[Quantity]] | None:
    """ "Exports to Russia and China reached $3.4 bn and $0.6 bn": a run of coordinated amounts
    that "respectively" may close or not. Without the word the run is only as good as a list of
    as many members, or flows, before it, which the caller matches it against; "each" after it
    gives one amount to every member, no run."""
    run = _amount_run(q, s)
    if run is None or _EACH.match(s.text, run[1][-1].end):
        return None
    return run


_EACH = re.compile(r"\s(?:each|apiece)\b", re.I)


def _amount_run(q: Quantity, s: SentenceParts) -> tuple[int, list[Quantity]] | None:
    """This amount's place in its run of amounts of one kind joined by "and" or commas, and the
    run; None for an amount alone."""
    money = [y for y in s.quantities if y.kind == q.kind]
    if q not in money:
        return None
    k = money.index(q)
    lo = k
    while lo > 0 and _RUN_JOIN.fullmatch(s.text, money[lo - 1].end, money[lo].start):
        lo -= 1
    hi = k
    while hi + 1 < len(money) and _RUN_JOIN.fullmatch(s.text, money[hi].end, money[hi + 1].start):
        hi += 1
    if hi == lo:
        return None
    return k - lo, money[lo : hi + 1]
