"""Who a list's member is: the country before its amount, past a relative clause of its own
("followed by Italy, which also invests in the USA, with $32 m"), and a country that alone opens
its gapped clause ("..., Korea for $57 m and Switzerland for $31 m"; `frame_lists.conjunct_of`)."""

from __future__ import annotations

import functools
import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.frame_trigger import relative_clause
from dashboard.extract.list_runs import amounts_closing
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation


def _member_relative(q: Quantity, s: SentenceParts) -> tuple[int, int, CountryMention] | None:
    """The relative clause closed right before an amount's gap, and the country it is of."""
    rel = relative_clause(s, q)
    if rel is None or "," in s.text[rel[1] + 1 : q.start]:
        return None
    antecedent = next((x for x in s.countries if x.code and x.end == rel[0]), None)
    return None if antecedent is None else (rel[0], rel[1], antecedent)


def relative_countries(q: Quantity, s: SentenceParts) -> frozenset[int]:
    """The starts of the countries inside the relative clause of the member before an amount."""
    rel = _member_relative(q, s)
    return frozenset() if rel is None else frozenset(c.start for c in s.countries if rel[0] < c.start < rel[1])


def past_relative(c: CountryMention, q: Quantity, s: SentenceParts) -> tuple[CountryMention, str]:
    """The country before an amount and what stands between; a country inside a relative clause
    closed right before the gap ("followed by Italy, which also invests in the USA, with $32 m")
    is no member: the clause's antecedent is, its gap after the clause."""
    rel = _member_relative(q, s)
    if rel is not None and rel[0] < c.start < rel[1]:
        return rel[2], s.text[rel[1] : q.start]
    return c, s.text[c.end : q.start]


def bare_subject(c: CountryMention, q: Quantity, s: SentenceParts) -> bool:
    """A country that alone opens its clause, with a money amount after it ("Kazakhstan accounted
    for $2.45 bn"): not a flow's own partner ("trade between the EU and Georgia made up €78 m"),
    nor a share ("China accounted for 72.4 percent")."""
    cs = s.clause_of(c.start)[0]
    # (", and the US for $845 m": the "and" that opens the country's own clause joins clauses, not
    # countries; so does one right after the amount of the member before, "Korea for $57 m and
    # Switzerland for $31 m")
    and_at = _AND_BEFORE.search(s.text, max(0, c.start - 10), c.start)
    joined = s.preposition(c, cs) == "and" and (
        _CLAUSE_AND.fullmatch(s.text, cs, c.start) is not None or (and_at is not None and bool(amounts_closing(and_at.start(), s)))
    )
    # ("France accounted for 23.4% ($412 m) of FDI in Georgia, the Netherlands for ...": the flow's
    # noun after a verb of a share names the whole the parts are of, no flow of the country's own)
    share = _share_verb().search(s.text, cs, c.start)
    return q.kind == "money" and (s.preposition(c, cs) is None or joined) and not any(
        cs <= t.start < c.start and (share is None or t.start < share.start()) for t in s.triggers
    )


@functools.cache
def _share_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules_file('frames.toml')['part']['share'])})\s", re.IGNORECASE)


_CLAUSE_AND = re.compile(r",\sand\s(?:the\s)?")
_AND_BEFORE = re.compile(r"\sand\s(?:the\s)?$")


@functools.cache
def _compared_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules_file('frames.toml')['compared']['before'])})$", re.IGNORECASE)


_RUN_JOIN = re.compile(r"(?:,\s(?:and\s)?|\sand\s)(?:the\s)?")


def compared_member(c: CountryMention, s: SentenceParts) -> bool:
    """A country named as the other term of a ranking or a comparison, alone or last in the run
    it closes ("after the USA", "behind Russia and Italy"): no list member."""
    head = c
    for x in reversed([x for x in s.countries if x.code and x.end <= c.start]):
        if not _RUN_JOIN.fullmatch(s.text, x.end, head.start):
            break
        head = x
    return _compared_before().search(s.text, max(0, head.start - 30), head.start) is not None
