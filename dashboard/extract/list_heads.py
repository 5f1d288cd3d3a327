"""The country a list's conjunct takes the place of in the figure read before it: the ranked
country before "followed by", the one country a head names after its preposition, or the one a
figure between the ranking's home and another ranked names (`frame_lists.conjunct_who`)."""

from __future__ import annotations

import re

from dashboard.contract.schema import Figure
from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD
from dashboard.extract.frame_types import Slots
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.ranked_place import placed

_FOLLOWED_BY = re.compile(r"\bfollowed\sby\s(?:the\s)?$", re.I)
# "It was followed by France ($2.48 bn)": the pronoun is the country the last sentence ranked.
_PRONOUN_FOLLOWED = re.compile(r"^(?:It|This|That)\s(?:was|is|has\sbeen|had\sbeen)\s(?:closely\s)?followed\sby\s(?:the\s)?$")


def followed_head(conjunct: CountryMention, s: SentenceParts, last: Figure | None, ranked: str | None) -> str | None:
    """The country a ranking named before "followed by <conjunct>", when the last figure, of an
    earlier sentence, is between it and another country (and so says which side it is on); after
    "It was followed by", the last figure's country other than the ranking's home."""
    if last is None or not _FOLLOWED_BY.search(s.text, max(0, conjunct.start - 20), conjunct.start):
        return None
    if _PRONOUN_FOLLOWED.match(s.text[: conjunct.start]) and ranked in (last.country_a, last.country_b):
        return last.country_b if last.country_a == ranked else last.country_a
    named = [c.code for c in s.countries if c.code and c.end <= conjunct.start and c.code in (last.country_a, last.country_b)]
    # (the ranking's owner is never the one replaced: "Peru stayed Chile's top partner in exports,
    # followed by Bolivia" puts Bolivia in Peru's place)
    heads = [c for c in named if c not in (WORLD, ranked)]
    # Only a ranking clause with no amount of its own: one with an amount is read in parallel.
    return heads[-1] if heads and not any(q.start < conjunct.start for q in s.quantities) else None


# The slot a country named after its preposition fills in a head: "trade with Russia", "exports
# to Russia", "imports from Russia".
_GOVERNED_SLOT = {"role:with": "partner", "role:to": "destination", "role:into": "destination", "role:from": "origin"}
_WITH_BEFORE = re.compile(r"\bwith\s(?:the\s)?$", re.I)


def governed_replaced(
    head: Slots, code: str | None, s: SentenceParts, last: Figure | None, last_in_sentence: bool, t: TriggerMention
) -> str | None:
    """The one country of the head, named after its preposition, whose figure was read just
    before in this sentence against a country the head does not name (the home): the country a
    conjunct replaces. A head that names both sides ("Russia's trade with Kazakhstan", "exports
    from Armenia to Russia") is read as before."""
    if last is None or not last_in_sentence or last.kind != "level" or last.indicator != t.trigger.indicator:
        return None
    # "Trade with" may be the trigger itself, the preposition in it.
    named = [
        (slot, a) for slot, a, _, rule in head.evidence
        if a >= 0 and (_GOVERNED_SLOT.get(rule) == slot or (slot == "partner" and _WITH_BEFORE.search(s.text, max(0, a - 10), a)))
    ]  # fmt: skip
    if len(named) != 1 or len([*head.origin, *head.destination, *head.partner]) != 1:
        return None
    country = next((c.code for c in s.countries if c.start == named[0][1]), None)
    pair = (last.country_a, last.country_b)
    if country is None or country not in pair or code in pair or WORLD in pair:
        return None
    slot = named[0][0]
    if slot != "partner" and country != (last.flow_to if slot == "destination" else last.flow_from):
        return None
    return country


def followed_partner(conjunct: CountryMention, s: SentenceParts, last: Figure, home: str | None) -> str | None:
    """The partner of the story's home in the figure just read (`ranked_in`), when "followed by
    <conjunct>" ranks its partners with no ranking noun: "Armenia's exports to Russia were $2 bn,
    followed by China ($1.1 bn)", "..., China ranked second, worth $1.1 bn" put China in Russia's
    place, and "Turkey's exports to Georgia ..., followed by Russia", in a story of Georgia, puts
    Russia in Turkey's. The home is never the one ranked."""
    if not (_FOLLOWED_BY.search(s.text, max(0, conjunct.start - 20), conjunct.start) or placed(s.text, conjunct, 0)):
        return None  # ("China ranked second, worth $1.1 bn": a place said of it ranks it as well)
    return _ranked_subject(conjunct, s, last) or ranked_in(last, home)


# Between a verb's subject and the verb: "Russia invested", "China has also exported".
_SUBJECT_TO_VERB = re.compile(r"\s(?:(?:has|have|had|also|then)\s){0,2}")


def _ranked_subject(conjunct: CountryMention, s: SentenceParts, last: Figure) -> str | None:
    """The subject of the verb of the figure just read in this sentence ("Russia invested $120 m
    in Kyrgyzstan, followed by China with $95 m"): "followed by" ranks the verb's subjects, and
    the conjunct is another investor into the same host, never the host of the first. (Other
    verbs' rankings are their partners': "Kazakhstan exported $9 bn to Italy, followed by China".)"""
    pair = (last.country_a, last.country_b)
    verb = next(((a, e) for slot, a, e, rule in last.evidence if rule == "trigger:invest" and a >= 0), None)
    for _, a, e, rule in last.evidence:
        if rule != "role:actor" or not 0 <= a < e <= conjunct.start or verb is None or not s.text[verb[0] : verb[1]].lower().endswith("ed"):
            continue
        code = next((c.code for c in s.countries if c.start == a), None)
        if code in pair and code != WORLD and _SUBJECT_TO_VERB.fullmatch(s.text, e, verb[0]):
            return code
    return None


def ranked_in(last: Figure, home: str | None) -> str | None:
    """The country a figure between the ranking's home and another ranked: that other one."""
    pair = (last.country_a, last.country_b)
    if home is None or home not in pair or WORLD in pair or not any(rule == "role:actor" for *_, rule in last.evidence):
        return None  # ("exports from Russia to Mongolia ..., followed by China": no owner says whose ranking it is)
    return pair[1] if pair[0] == home else pair[0]
