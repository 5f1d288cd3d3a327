"""A rate told as a rate's own value: beside its earlier value ("growth slowed to 5% from 8%",
"accelerated from 3% to 7%": the earlier rate belongs to a period the sentence does not name, so
it is no figure), or the value of a rate's noun that a verb of change or of a share runs to ("the
growth of exports fell to 3%", "the growth of trade made up 11%")."""

from __future__ import annotations

import functools
import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation

_HEDGE = r"(?:(?:about|around|almost|nearly|some|just|over|more\sthan)\s)?"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = rules_file("readings.toml")["earlier_rate"]
    to, frm = alternation(words["to"]), alternation(words["from"])
    return (
        re.compile(rf"\b(?:{to})\s{_HEDGE}$", re.I),  # before the new rate
        re.compile(rf"\b(?:{frm})\s{_HEDGE}$", re.I),  # before the earlier rate
        re.compile(rf"\s(?:{frm})\s{_HEDGE}", re.I),  # new rate -> earlier: "to 5% from 8%"
        re.compile(rf"\s(?:{to})\s{_HEDGE}", re.I),  # earlier rate -> new: "from 3% to 7%"
    )


def is_earlier_rate(q: Quantity, s: SentenceParts) -> bool:
    """Whether the percentage `q` is the earlier value of a rate told with its new value."""
    if q.kind != "percent":
        return False
    before_new, before_old, new_to_old, old_to_new = _patterns()
    rates = [y for y in s.quantities if y.kind == "percent"]
    if not before_old.search(s.text, max(0, q.start - 20), q.start):
        return False
    prior = [y for y in rates if y.end <= q.start]
    if prior and new_to_old.fullmatch(s.text, prior[-1].end, q.start) and before_new.search(s.text, max(0, prior[-1].start - 20), prior[-1].start):
        return True  # "to 5% from 8%"
    later = [y for y in rates if y.start >= q.end]
    return bool(later and old_to_new.fullmatch(s.text, q.end, later[0].start))  # "from 3% to 7%"


@functools.cache
def _runs_to() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = rules_file("readings.toml")["rate_runs_to"]
    nouns = rf"\b(?:(?P<up>{alternation(words['up'])})|(?P<down>{alternation(words['down'])}))\b"
    verb = rf"\b(?!(?:{alternation(words['not_verbs'])})\s)\w+"
    return re.compile(nouns, re.I), re.compile(rf"{verb}\s(?:{alternation(words['to'])})\s{_HEDGE}$", re.I)


def rate_noun_sign(q: Quantity, s: SentenceParts, lo: int) -> int | None:
    """The sign of a rate that a verb runs to when a noun of a rate is the verb's subject ("the
    growth of exports fell to 3%": +1), None otherwise (the verb signs it)."""
    nouns, runs_to = _runs_to()
    verb = runs_to.search(s.text, max(lo, q.start - 30), q.start)
    if verb is None:
        return None
    named = list(nouns.finditer(s.text, lo, verb.start()))
    if not named:
        return None
    return 1 if named[-1].group("up") else -1


_SHARE_WORD = re.compile(r"\bshares?\b", re.I)


@functools.cache
def _subject_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(rules_file('readings.toml')['share']['rate_subject_verbs'])})$", re.I)


def rate_as_subject(text: str, lo: int, verb: re.Match[str], rate_noun: re.Pattern[str]) -> bool:
    """Whether a share's verb (`verb`, matched in the clause from `lo`) gives the value of a rate
    whose noun is its subject ("the growth of trade made up 11%"), not a share."""
    return bool(_subject_verbs().match(verb.group())) and rate_noun.search(text, lo, verb.start()) is not None and not _SHARE_WORD.search(text[lo : verb.start()])
