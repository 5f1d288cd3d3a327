"""The whole a share is told of, with its amount: "Italy accounted for 7.5% of Azerbaijan's total
trade of $19.9 bn", "trade with Italy made up 7.5% of its foreign trade of $19.9 bn", "exported
$11 bn to China out of total exports of $14 bn". The amount is the owner's total with the world;
the country holding the share is no side of it."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD
from dashboard.extract.frame_types import Who, directed_who, turnover_who
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file

_WORDS = rules_file("frames.toml")["share_whole"]
_BEFORE = re.compile(_WORDS["before"] + r"$", re.I)
_BETWEEN = re.compile(_WORDS["between"], re.I)
_PRONOUN = re.compile(_WORDS["pronoun"] + r"$", re.I)
_OUT_OF = re.compile(_WORDS["out_of"] + r"$", re.I)
# The trade flows whose whole a share is told of (an investment's share is read elsewhere).
_LEXEMES = frozenset({"turnover", "export", "import"})


def share_whole(q: Quantity, t: TriggerMention, s: SentenceParts) -> Who | None:
    """The owner's world total when the amount is the whole a share is told of (see the module)."""
    if t.trigger.lexeme not in _LEXEMES or not t.end or t.end > q.start or _BETWEEN.fullmatch(s.text, t.end, q.start) is None:
        return None
    cs = s.clause_of(t.start)[0]
    head = _BEFORE.search(s.text, max(0, cs - 200), t.start)
    if head is None and (out := _OUT_OF.search(s.text, max(0, t.start - 60), t.start)) is not None:
        # "Turkmenistan exported $11 bn to China out of total exports of $14 bn": the subject's
        owner = next((c for c in s.countries if c.code and c.end <= out.start() and (c.possessive or s.preposition(c, 0) is None)), None)
        return None if owner is None else _world_total(t, owner)
    if head is None:
        return None
    owner = next((c for c in s.countries if c.code and c.possessive and head.end("share") <= c.start < t.start), None)
    if owner is None and _PRONOUN.search(s.text, head.start(), t.start) is not None:
        # "its": the country the sentence first names as a flow's owner, before the share
        owner = next((c for c in s.countries if c.code and (c.possessive or c.start == 0) and c.end <= head.start()), None)
    return None if owner is None else _world_total(t, owner)


def _world_total(t: TriggerMention, owner: CountryMention) -> Who | None:
    if owner.code is None:
        return None
    evidence = [("partner", owner.start, owner.end, "share-whole")]
    if t.trigger.lexeme == "turnover":
        return turnover_who(owner.code, WORLD, evidence)
    return directed_who(WORLD, owner.code, evidence) if t.trigger.lexeme == "import" else directed_who(owner.code, WORLD, evidence)
