"""A part of a world total named after its amount: "Russia accounted for $2.1 bn of Armenia's
foreign trade" is Russia's trade with Armenia, not Armenia's with the world."""

from __future__ import annotations

import re

from dashboard.extract.discourse import WORLD
from dashboard.extract.frame_types import Who, directed_who, turnover_who
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity


def part_of_named_whole(q: Quantity, t: TriggerMention, s: SentenceParts, who: Who, lex: Lexicon) -> Who:
    """ "Russia accounted for $2.1 bn of Armenia's foreign trade": the country that accounts for
    a part of a world total named after its amount takes the world's place in that total."""
    if WORLD not in who.pair or t.start < q.end or not re.match(r"\sof\s", s.text[q.end : t.start]):
        return who
    share = lex.part_share.search(s.text, max(0, q.start - 30), q.start)
    if share is None:
        return who
    cs = s.clause_of(q.start)[0]
    parts = [c for c in s.countries if c.code and cs <= c.start and c.end <= share.start() and c.code not in who.pair]
    if not parts:
        return who
    part = parts[-1]
    code = part.code or WORLD
    evidence = [*who.evidence, ("partner", part.start, part.end, "part:named-whole")]
    if who.origin is None:
        home = who.pair[1] if who.pair[0] == WORLD else who.pair[0]
        return turnover_who(home, code, evidence) or who
    swap = {WORLD: code}
    return directed_who(swap.get(who.origin, who.origin), swap.get(who.destination or "", who.destination), evidence) or who
