"""Doubts about the countries that fill a figure's sides, read from the words of its sentence: a
partner or a group the sentence names that the pair did not take, or a side the sentence leaves
to the article where the figure's kind of statement counts every partner."""

from __future__ import annotations

import re

from dashboard.contract.schema import Figure
from dashboard.extract.discourse import WORLD
from dashboard.extract.doubt_article import ArticleView
from dashboard.extract.lexicon import Lexicon

# A partner named after "with" ("with CIS countries"), and the names that mean the world.
_WITH_NAME = re.compile(r"\bwith\s(?:the\s)?(?P<name>[A-Z][\w-]*)")
_WORLD_NAME = re.compile(r"(?:World|Foreign|Other|All)\b")


def world_beside_partner(f: Figure, article: ArticleView, at: int) -> bool:
    """A total with the world whose sentence says "with" a named partner that is no country the
    extractor knows ("with CIS countries", "with the Gulf states")."""
    if WORLD not in (f.country_a, f.country_b):
        return False
    s = article.sentences[at]
    trigger = next((a - s.start for slot, a, _, _ in f.evidence if slot == "indicator" and a >= 0), 0)
    for m in _WITH_NAME.finditer(s.text, trigger):
        if s.start + m.start("name") not in article.codes and not _WORLD_NAME.match(m.group("name")):
            return True
    return False


def group_beside_pair(f: Figure, article: ArticleView, at: int, from_discourse: bool, lex: Lexicon) -> bool:
    """Two countries read, though the sentence names a group of countries as a side ("assistance
    to the region", "trade with the five Central Asian republics"), or, with a country taken from
    the discourse, the world ("with external partners")."""
    if WORLD in (f.country_a, f.country_b):
        return False
    return article.names_side(at, lex) or (from_discourse and article.names_side(at, lex, world=True))


# Right after the trigger, the slot of its partner: "trade between Armenia and <name>", "trade
# with <name>".
_PARTNER_SLOT = re.compile(r"\s+(?:between\s(?:the\s)?[A-Z][\w-]*\sand|with)\s(?:the\s)?(?P<name>[A-Z][a-z][\w-]*)")  # "with USD 5 m" names no partner


def partner_named_unread(f: Figure, article: ArticleView, at: int, from_discourse: bool) -> bool:
    """A country of the pair taken from the discourse, though the trigger's own partner slot
    ("between Georgia and X", "with X") holds a capitalised name that is no country the
    extractor knows (a misspelt name, a region, a bloc it has no code for): that name, not the
    article's partner, may be the figure's."""
    if not from_discourse or WORLD in (f.country_a, f.country_b):
        return False
    s = article.sentences[at]
    trigger = next((b for slot, a, b, _ in f.evidence if slot == "indicator" and a >= 0), None)
    if trigger is None:
        return False
    m = _PARTNER_SLOT.match(s.text, trigger - s.start)
    return m is not None and s.start + m.start("name") not in article.codes and not _WORLD_NAME.match(m.group("name"))


def aid_over_period_side_carried(f: Figure, time_rule: str, from_discourse: bool) -> bool:
    """An aid counted over a period its sentence names ("received $2 m of humanitarian aid in
    May", "aid sent in 2021 grew 8%") whose other side the sentence leaves to the article: such a
    count is usually of every donor or recipient, the world, not the partner the article spoke of."""
    return f.indicator == "aid" and time_rule == "period" and from_discourse
