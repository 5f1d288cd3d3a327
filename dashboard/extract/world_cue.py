"""Whether a flow is a country's total with all partners by the words around its trigger
("foreign trade", "total investments", "trade of Armenia with the world"): asked of a frame's
open side (`frame_open_slot`) and of the whole frame (`frame_from_slots`)."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file

_OWNER_GOES_ON = re.compile(rules_file("discourse.toml")["world"]["owner_goes_on"], re.I)


def is_world(t: TriggerMention, s: SentenceParts, lex: Lexicon, q: Quantity, cue: re.Pattern[str] | None = None) -> bool:
    """ "foreign trade", "total investments", "trade of Armenia with the world"."""
    clause = s.clause_of(t.start)
    if clause != s.clause_of(q.start) and not _labels(s, clause, q):
        return False
    if cue is None and not s.may_hold(lex.world_gate):
        # A trigger from the discourse has words of its own; most triggers hold no cue's word.
        return lex.world_gate.search(t.text) and lex.world.search(t.text) is not None
    cue = cue or lex.world
    cs = clause[0]
    if lex.bilateral_between.match(s.text, t.end + 1, q.start):
        return False  # "foreign trade volume between the nations": the pair's, no world total
    # (from the trigger's start: a trigger may end inside a cue, "trade with" + "all partners")
    between = cue.search(s.text, t.start, q.start) if t.end <= q.start and q.start - t.end <= 80 else None
    # the world named as the side right after a noun the amount stands before: "$1.2 bn in aid to
    # all countries", "$9 bn of exports to the world"
    after = q.start < t.start and cue.match(s.text, t.end + 1) is not None and _SIDE_AFTER.match(s.text, t.end) is not None
    # and right after the amount of a verb told before it: "exported goods worth $18 bn to all
    # countries", "received grants worth $190 m from all donors"
    after_amount = t.end <= q.start and _SIDE_AFTER.match(s.text, q.end) is not None and cue.match(s.text, q.end + 1) is not None
    # (a cue before the trigger is read in the trigger's own phrase, past the last comma: "amidst
    # global challenges, the trade volume fell" names no world)
    before = max(cs, t.start - 25, s.text.rfind(",", 0, t.start) + 1)
    return _in_trigger(t, s, cue) or bool(cue.search(s.text, before, t.start)) or bool(between) or after or after_amount


def _in_trigger(t: TriggerMention, s: SentenceParts, cue: re.Pattern[str]) -> bool:
    """A cue inside the trigger's own words, read in its sentence where it stands there (a cue
    may look at the word before it: "the overall trade" is no world's)."""
    if s.text[t.start:t.end] == t.text:
        return cue.search(s.text, t.start, t.end) is not None
    return cue.search(t.text) is not None


_SIDE_AFTER = re.compile(r"\s(?:to|from|with)\s", re.I)


# A release's label and its value: "foreign trade turnover in 2022: $10.2 bn", "... – $10.2 bn".
_LABEL_SIGN = re.compile(r"\s*(?::|[-–—])\s*")


def _labels(s: SentenceParts, clause: tuple[int, int], q: Quantity) -> bool:
    """The amount stands right after the colon or dash that ends the trigger's clause: the value
    of the label that clause is, not a clause of its own."""
    return s.clause_of(q.start)[0] == clause[1] and _LABEL_SIGN.fullmatch(s.text, clause[1], q.start) is not None


def world_clause_owner(t: TriggerMention, s: SentenceParts, codes: list[str], home: str | None) -> str | None:
    """ "Georgia's trade with the EU reached $9 bn, while its foreign trade totaled $32 bn": a world
    total told in a clause of its own, after the countries of the sentence, is the total of the
    country the clause before was about (the article's home where the sentence names it), not a
    flow of that clause's pair. None unless the clause opens with its owner's pronoun ("while
    its") and no country stands in it or after it."""
    cs, _ = s.clause_of(t.start)
    if not codes or cs == 0 or any(c.code and c.end > cs for c in s.countries) or not _OWNER_GOES_ON.match(s.text, cs):
        return None
    return home if home in codes else codes[0]


# The roles that make a country the owner of a turnover: "Azerbaijan's total trade", "the total
# trade of Azerbaijan".
_OWNER_ROLES = frozenset({"role:actor", "role:of"})


def owns_weak_world_total(t: TriggerMention, s: SentenceParts, lex: Lexicon, q: Quantity, known: str, roles: list[str]) -> bool:
    """ "The total trade of Azerbaijan in 2021 was $20 bn" in a story of Azerbaijan and Italy: a
    turnover its one country owns, under a weak world word ("total", "overall"), with no partner
    in its clause or after it, is that country's total with the world, not the story's pair's
    (an earlier clause's partner is that clause's: "Trade between A and I grew 25%, while A's
    total trade fell 5%")."""
    cs = s.clause_of(t.start)[0]
    if any(c.code and c.code != known and c.end > cs for c in s.countries) or not _OWNER_ROLES.intersection(roles):
        return False
    return is_world(t, s, lex, q, lex.world_weak)


def home_weak_world(t: TriggerMention, s: SentenceParts, lex: Lexicon, q: Quantity, home_acted: bool) -> bool:
    """ "The country's total exports rose to $7.7 bn", no country named: the home's own total, as
    "the country's foreign trade" is, under a weak world word too (never the story's pair's flow);
    so is "Its total exports reached $8.1 bn" right after a flow the home did (`home_acted`)."""
    cs = s.clause_of(t.start)[0]
    named = lex.home_reference.search(s.text, cs, t.start) is not None or (home_acted and _OWNER_GOES_ON.match(s.text, cs) is not None)
    return named and is_world(t, s, lex, q, lex.world_weak)
