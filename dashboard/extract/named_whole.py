"""A part of a world total named after its amount: "Russia accounted for $2.1 bn of Armenia's
foreign trade" is Russia's trade with Armenia, not Armenia's with the world; so is the amount
that restates a share ("Russia's share in Armenia's foreign trade was 20%, or $1.4 bn"). And
the whole told after the part's amount ("Korea accounted for $1.1 bn of the $8 bn invested in
Uzbekistan") is everyone's, not the part's country's."""

from __future__ import annotations

import functools
import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.frame_types import Who, directed_who, turnover_who
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import LEAD_BOUND, alternation


def part_of_named_whole(q: Quantity, t: TriggerMention, s: SentenceParts, who: Who, lex: Lexicon) -> Who:
    """ "Russia accounted for $2.1 bn of Armenia's foreign trade": the country that accounts for
    a part of a world total named after its amount takes the world's place in that total."""
    if WORLD not in who.pair:
        return who
    part = (_part_before(q, t, s, who, lex) if t.start >= q.end else None) or _share_restated(q, t, s, who)
    if part is None:
        return who
    code = part.code or WORLD
    evidence = [*who.evidence, ("partner", part.start, part.end, "part:named-whole")]
    if who.origin is None:
        home = who.pair[1] if who.pair[0] == WORLD else who.pair[0]
        return turnover_who(home, code, evidence) or who
    swap = {WORLD: code}
    return directed_who(swap.get(who.origin, who.origin), swap.get(who.destination or "", who.destination), evidence) or who


def whole_after_part(q: Quantity, s: SentenceParts, who: Who, lex: Lexicon) -> Who:
    """ "Korea accounted for $1.1 bn of the $8 bn invested in Uzbekistan": the amount after the
    part's ("of the") is the whole the part's country has a share of; the world stands in its place."""
    before = [x for x in s.quantities if x.end <= q.start]
    if not before or not _of_the().fullmatch(s.text, before[-1].end, q.start):
        return who
    share = lex.part_share.search(s.text, max(0, before[-1].start - 30), before[-1].start)
    if share is None:
        return who
    cs = s.clause_of(share.start())[0]
    parts = [c for c in s.countries if c.code and cs <= c.start and c.end <= share.start()]
    code = parts[-1].code if parts else None
    if code is None or code not in (who.origin, who.destination):
        return who
    swap = {code: WORLD}
    evidence = [*who.evidence, ("partner", -1, -1, "part:whole-after")]
    return directed_who(swap.get(who.origin or "", who.origin), swap.get(who.destination or "", who.destination), evidence) or who


@functools.cache
def _share_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(rules_file('frames.toml')['part']['share'])})\b", re.IGNORECASE)


@functools.cache
def _of_the() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{alternation(rules_file('frames.toml')['part']['whole_after_share'])})", re.IGNORECASE)


def _part_before(q: Quantity, t: TriggerMention, s: SentenceParts, who: Who, lex: Lexicon) -> CountryMention | None:
    """The country before "accounted for $2.1 bn of" the whole named after the amount."""
    if not re.match(r"\sof\s", s.text[q.end : t.start]):
        return None
    share = lex.part_share.search(s.text, max(0, q.start - 30), q.start)
    if share is None:
        return None
    cs = s.clause_of(q.start)[0]
    parts = [c for c in s.countries if c.code and cs <= c.start and c.end <= share.start() and c.code not in who.pair]
    return parts[-1] if parts else None


# A word that may lead the part's amount: "or about $450 m", "Of the total, some $2.4 bn".
_LEADING = r"(?:(?:about|some|nearly|almost|over|around)\s)?"


@functools.cache
def _share_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    part = rules_file("frames.toml")["part"]
    told = re.compile(rf"\s?(?:{alternation(part['share_told'])})\s", re.IGNORECASE)
    restated = re.compile(
        rf"\d\s?(?:%|percent|per\scent)(?:[^.;$€£¥%]{{0,60}}?),?\s(?:{alternation(part['share_restated_by'])})\s"
        rf"{_LEADING}$",
        re.IGNORECASE,
    )
    return told, restated


def _share_restated(q: Quantity, t: TriggerMention, s: SentenceParts, who: Who) -> CountryMention | None:
    """ "Japan accounted for 18 percent of Azerbaijan's FDI in 2022, or $450 m", "Russia's share in
    Armenia's foreign trade was 20%, or $1.4 bn": the country whose share of the world whole the
    amount restates, named before the whole's noun."""
    told, restated = _share_words()
    if restated.search(s.text, max(0, q.start - 120), q.start) is None:
        return None
    cs = s.clause_of(min(q.start, t.start))[0]
    parts = [
        c for c in s.countries
        if c.code and cs <= c.start and c.end <= t.start and c.code not in who.pair and told.match(s.text, c.end)
    ]  # fmt: skip
    return parts[-1] if parts else None


@functools.cache
def _whole_before() -> re.Pattern[str]:
    words = rules_file("frames.toml")["part"]["whole_before"]
    return re.compile(rf"^\s*(?:{alternation(words)}),?\s{_LEADING}$", re.IGNORECASE)


@functools.cache
def _opening_whole() -> re.Pattern[str]:
    words = rules_file("frames.toml")["part"]["whole_before"]
    return re.compile(rf"\s*(?:{alternation(words)}),\s", re.IGNORECASE)


def opens_on_whole(s: SentenceParts) -> bool:
    """ "Of this, $412 m came from France, $238 m from the Netherlands": a sentence whose head
    names the flow read last as a whole, its amounts that whole's parts."""
    return _opening_whole().match(s.text) is not None


def part_after_whole(q: Quantity, s: SentenceParts, lex: Lexicon) -> CountryMention | None:
    """ "Of the total volume, $2.4 bn falls on China": the country linked after an amount that a
    whole named at the sentence's head opens, a part of the flow read last."""
    if _whole_before().search(s.text, 0, q.start) is None:
        return None
    link = lex.part_link.match(s.text, s.amount_span(q)[1])
    if link is None:
        return None
    return next((c for c in s.countries if c.code and c.start == link.end()), None)


# A flow named as a whole at a sentence's head, with no amount: "Of total imports,", "Out of the
# volume of these exports,".
_FRONTED_FLOW = re.compile(r"(?:Of|Out\sof)\s[^,;:\d]{2,80}?,\s")
_GAPPED_SHARE = re.compile(rf"\s(?:for|with)\s{LEAD_BOUND}")


def fronted_whole_part(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> tuple[CountryMention, str | None] | None:
    """ "Of the total volume of exports, Japan accounted for $45 m": the country that accounts for
    a part of a flow named as a whole at the sentence's head, before its amount; the partner of
    the flow's home, on the side a ranked partner takes (a buyer of exports, a source of imports);
    with the whole's own country, when the head names one ("Out of Mongolia's exports, ...")."""
    whole = _FRONTED_FLOW.match(s.text) if s.text[:1] == "O" else None
    end = whole.end() if whole is not None else 0
    if not end or t.end > end or q.start <= end:
        return None
    parts = [c for c in s.countries if c.code and end <= c.start and c.end <= q.start]
    if not parts:
        return None
    part = parts[-1]
    owner = next((c.code for c in s.countries if c.code and c.start < end and c.code != part.code), None)
    if lex.part_share.search(s.text, part.end, q.start) is not None:
        return part, owner
    # "..., China accounted for $8.1 bn and Russia for $12.3 bn": a later part with its verb gapped
    told = len(parts) > 1 and _share_verb().search(s.text, parts[0].end, parts[1].start) is not None
    return (part, owner) if told and _GAPPED_SHARE.fullmatch(s.text, part.end, q.start) else None


def fronted_part(q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, lex: Lexicon) -> tuple[str, CountryMention, str | None] | None:
    """The slot a fronted whole's part fills (a ranked partner's: the buyer of exports, the source
    of imports), the part, and the flow's home: the country the whole names, else the article's
    reporter or home, never the part's own country (None when there is none)."""
    if (found := fronted_whole_part(q, t, s, lex)) is None:
        return None
    part, owner = found
    role = lex.roles[t.trigger.lexeme]["before"].get("ranked") or "destination"
    return role, part, next((c for c in (owner, d.reporter, d.reported_by, d.home) if c and c != part.code), None)
