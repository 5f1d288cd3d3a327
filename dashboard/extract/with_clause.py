"""Clauses that part an amount from a time after it: a clause of "with" holding an amount of its
own ("exceeded $7 bn, with investment growing by 14% in January-September 2023"), whose time is
its own amount's (a stock stays a stock); and the close of a relative clause the amount sits in
("Russia, whose trade stood at $5.6 bn, now trails China"), after which the time is the main
clause's; and a dash aside with a clause of its own ("$161 m as demand fell – 18 million bottles
of which had been sold there in 2014"), whose time is the aside's; and a part of the amount that
names nothing but its amount and its own time ("reached $7 bn, including $1.1 bn in 2022", "of
which $1.1 bn came in 2022", "$1.1 bn of it in 2022"), whose time is the part's: a whole bigger
than its part in one year spans more than that year."""

from __future__ import annotations

import functools
import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation
from dashboard.extract.times import TimeRef

_WITH = re.compile(r",\s?with\s", re.I)


def in_with_clause(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r`, after amount `q`, is in a "with" clause that holds another amount."""
    opening = _WITH.search(s.text, q.end, r.start)
    return opening is not None and any(x is not q and opening.end() <= x.start < r.start for x in s.quantities)


# A relative clause the amount sits in, opened after a comma: "Russia, whose trade with it stood at $5.6 bn, ...".
_RELATIVE_OPEN = re.compile(r",\s(?:whose|which|where)\s[^,;()]*$", re.I)


def after_relative_close(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r` comes after the comma that closes the relative clause amount `q` sits in
    ("Russia, whose trade with Uzbekistan stood at $5.6 bn, now trails China"): the main
    clause's time, not the amount's."""
    return "," in s.text[q.end : r.start] and _RELATIVE_OPEN.search(s.text, 0, q.start) is not None


# A dash aside with a clause of its own: "– 18 million bottles of which had been sold there in 2014".
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—;()]*\b(?:which|whom|who|had|has\sbeen|have\sbeen)\b", re.I)


def in_dash_aside(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r`, after amount `q`, is inside a dash aside with a clause of its own."""
    return _DASH_ASIDE.search(s.text, q.end, r.start) is not None


# A share of the amount told after it with a time of its own and no amount: "57 m manat, of which
# up to half was sent last year", "$3 bn, of which 40% came in 2023" (no comma after the opener).
_SHARE_PART = re.compile(
    r",\s(?:of\s(?:which|this|that|it)|including)\s(?:[\w-]+\s){0,3}?(?:(?:half|(?:a|one|two)[\s-](?:third|quarter)s?|"
    r"most|the\s(?:bulk|majority))\b|\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\scent\b))[^,;()]*$",
    re.I,
)


def in_share_part(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r`, after amount `q`, closes a share of it told with no amount of its own
    ("more than 57 m manat, of which up to half was sent last year"): the share's time, not the whole's."""
    return _SHARE_PART.search(s.text, q.end, r.start) is not None and not any(x.kind == "money" and q.end < x.start < r.start and s.text.rfind(",", q.end, x.start) > s.text.rfind("of", q.end, r.start) for x in s.quantities)


@functools.cache
def _time_part() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = rules_file("phrases.toml")["time_part"]
    hedge = rf"(?:(?:{alternation(words['hedges'])})\s)?"
    of_it = rf"\s(?:{alternation(words['of_it'])})\b"
    return (
        # the whole's place may stand before the comma: "$7 bn in Uzbekistan, of which ..."
        re.compile(rf"(?:\s[^,;()]{{1,60}})?,\s(?:(?P<opener>{alternation(words['openers'])})\s)?{hedge}", re.I),  # whole -> part
        re.compile(rf"(?:{of_it})?(?:\s(?:{alternation(words['verbs'])}))*(?:\s(?:{alternation(words['prepositions'])}))?\s?", re.I),  # part -> its time
        re.compile(of_it, re.I),
    )


def after_time_part(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether time `r`, after amount `q`, is the time of a part of `q` that names nothing but
    its amount and that time ("$7 bn, including $1.1 bn in 2022", "$7 bn, $1.1 bn of it in 2022")."""
    to_part, to_time, of_it = _time_part()
    parts = [x for x in s.quantities if q.end <= x.start and x.end <= r.start]
    if len(parts) != 1 or parts[0].kind != q.kind:
        return False
    x = parts[0]
    opened = to_part.fullmatch(s.text, q.end, x.start)
    if opened is None or not to_time.fullmatch(s.text, x.end, r.start):
        return False
    # with no opener the part must say "of it": "$7 bn, $1.1 bn in 2022" is a list of two amounts
    return opened.group("opener") is not None or of_it.match(s.text, x.end) is not None


def is_time_part(r: TimeRef, q: Quantity, s: SentenceParts) -> bool:
    """Whether amount `q` is such a part of an amount before it and `r` its own time: the part's
    time even where the whole's clause opened with another ("Since 2005, Korea has invested $7 bn,
    of which $1.1 bn came in 2022")."""
    return any(after_time_part(r, w, s) for w in s.quantities if w.end <= q.start)
