"""Times of another event than a figure's: a sentence's times less those its subordinate words
give to something else.

A figure's sentence often dates other things: the agreement a relative clause recalls ("the EU,
with which Georgia signed an agreement in 2014,"), the cause of a rise ("thanks to the preferences
it obtained in 2021"), a concession ("despite the crisis of 2008"), an apposition ("the UAE, a
market it entered in 2015,"), the day a figure was said or published ("the minister told
reporters on February 12", "data released in March"), the meeting it was said at ("At a meeting
in February 2019, officials said that ..."). When the figure's sentence names no time of its own,
the time it takes is the story's, not one of these; a figure's own time it names is kept anyway.
Each phrase with an amount of its own is a statement of a figure, and keeps its times.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.extract.gates import gate_for, holds_any
from dashboard.extract.pattern_shape import first_char_checked_compiled

if TYPE_CHECKING:  # times.py imports time_runs, which imports this module
    from dashboard.extract.times import TimeRef

# The prepositions a relative pronoun takes after a comma: ", with which", ", under whom".
PREPOSED_RELATIVE = r"(?:with|under|through|by|to|for|from|on|after|since|in)\s(?:which|whom)"
# An amount in a phrase makes it a statement of a figure ("Exports, which rose 12% in 2019,"):
# its time is then that figure's.
AMOUNT_LIKE = first_char_checked_compiled(
    r"[$€£¥₹]|\d\s?(?:%|percent|per\scent|times|billion|million|thousand|bn\b|mln\b|bln\b|m\b)|\b(?:twice|doubled|tripled)\b", re.I
)

# A relative clause set off by commas ("Trade with Russia, which reopened its market last year,
# amounted to ..."; "the EAEU, which Kyrgyzstan joined in August 2015, ..."; "the EU, with which
# Georgia signed an agreement in 2014, ...").
_RELATIVE = re.compile(rf",\s(?:{PREPOSED_RELATIVE}|which|who|whom|whose|where)\b[^,;:()]*(?=[,;:]|$)")
# A relative clause of saying ("the minister, who said that in the first half trade reached ...",
# "the ministry, which reported that in 2022 ..."): what it says is the figure's statement, so its
# times are the figure's, not another event's.
_SAYING_RELATIVE = re.compile(
    r",\s(?:who|which)\s(?:also\s|further\s|then\s|later\s)?(?:said|says|noted|notes|stated|states|reported|reports|announced|told\s[\w\s]{0,20}?|added|stressed"
    r"|emphasi[sz]ed|underlined|pointed\sout|informed|explained|revealed|highlighted|recalled|mentioned)\b",
    re.I,
)
# A cause ("thanks to the plant that opened in 2020", "boosted by the railway launched in 2017")
# or a time clause of another event ("after the border was reopened in 2016", "when they pledged
# in 2006 to triple it", never a fronted "When ..., " that sets the main clause's time): only with a clause
# of its own, for a cause with no verb ("due to lower prices in 2020") is most often of the
# figure's own time.
_CAUSE = first_char_checked_compiled(
    r"\b(?:thanks\sto|due\sto|owing\sto|because\sof|as\sa\sresult\sof|on\sthe\sback\sof|after|before|until|once|(?<!^)(?<![\"“‘'(])when"
    r"|attribut(?:e|es|ed|ing)\s(?:[\w'’-]+\s){1,6}?to"
    r"|(?:driven|boosted|helped|fu?ell?ed|spurred|supported|buoyed|hit|hurt)\sby)\s[^,;:()]*",
    re.I,
)
# Letters every cause above holds, tested before its pattern, which has no literal prefix to scan for.
_CAUSE_GATE = ("hanks to", "ue to", "wing to", "ecause of", "esult of", "back of", "ed by", "en by", "hit by", "urt by", "fter ", "efore ", "ntil ", "nce ", "hen ", "ttribut")
# A concession ("despite the crisis of 2008", "in spite of the sanctions imposed in 2014"): what
# the figure happened against, never its time.
_CONCESSION = first_char_checked_compiled(r"\b(?:despite|in\sspite\sof|notwithstanding)\s[^,;:()]*", re.I)
# An apposition ("the UAE, a market it entered in 2015, ...", "(a member of the union since
# 2016)"): its time is its own event's when it has a clause of its own, or is a "since".
_APPOSITION = re.compile(r",\s(?:a|an|the|its|their|his|her|one)\s[^,;:()]*(?=[,;:]|$)|\(\s?(?:a|an|the|its|their)\s[^()]*\)", re.I)
# A phrase's own clause: a relative word and its verb, a participle after the noun, or a noun of
# an event with its object ("due to the closure of the border in April", "attributed to the
# completion of large contracts in 2023").
_CLAUSE_VERB = first_char_checked_compiled(
    r"\b(?:that|which|who|it|they|we|he|she)\s(?:\w+\s)?\w+(?:ed|[^s\W]t|un|an|ew|on|ame|ook|ade)\b"
    r"|\b(?:closure|closing|completion|opening|reopening|launch|signing|suspension|introduction|imposition|commissioning|lifting|expiry|cancellation)\sof\b"
    r"|\b(?:\w+ed|seen|done|grown|known|shown|given|taken|made|built|begun|won|held|set|put|brought|bought|sold|paid|sent|spent|lost|met|kept|struck)"
    r"\s(?:in|into|on|at|since|during|last|this|from|by)\b",
    re.I,
)
# The day a figure was said, or its source published, told after it: "..., according to data
# published in February 2023", "..., the minister told reporters on February 12", "said in a
# statement on Monday". ("a loan, announced in 2017," is the commitment's own date.)
_TOLD = first_char_checked_compiled(
    r"(?:\b(?:said|told\s(?:reporters|journalists|parliament|lawmakers|the\s\w+)|stated|noted|added|wrote)"
    r"|\baccording\sto\s[^,;:()]{0,60}?\b(?:published|released|issued|posted))"
    r"\s(?:in\sa\s(?:statement|report|interview|briefing|press\srelease)\s)?(?=(?:in|on|last|this|earlier)\s)",
    re.I,
)
_TOLD_GATE = ("ccording to", "said", "told", "stated", "noted", "added", "wrote")
# The day data came out, wherever it is told ("Geostat's preliminary data, released on February
# 17, put FDI at $1.35 bn", "Figures published on March 3 show that ..."): never the figure's time.
_RELEASED = first_char_checked_compiled(
    r"\b(?:data|figures|statistics|numbers|estimates|report|survey|bulletin)\b,?\s(?:\w+\s)?(?:published|released|issued|made\spublic)\s(?=(?:on|last|this|earlier)\s)",
    re.I,
)
# A document cited as the figure's source, after the figure ("..., reads the statement of the
# central bank on monetary policy for 2018", "..., according to the ministry's report on the
# budget for 2020"): a year it is "for" or "on" is the document's subject, often the year ahead,
# never the reported figure's; dropped only beside a period of the sentence's own, for "according
# to the committee's report for 2019" alone may well date the figure.
_SOURCE_SUBJECT = first_char_checked_compiled(
    r"\b(?:reads|read|according\sto|says|said\sin|states|stated\sin|cited\sin|quoted\sin)\s(?:the\s|a\s|its\s)?[^,;:()]{0,60}?"
    r"\b(?:statement|report|document|review|decree|resolution|programme|program|concept|strategy|guidelines|forecast|outlook)\b[^,;:()]*",
    re.I,
)
_SOURCE_NOUNS = gate_for([_SOURCE_SUBJECT.pattern], re.I)  # and its document's noun: 42 of 1,269 sentences
_SOURCE_GATE = ("reads", "read ", "ccording to", "says", "said in", "states", "stated in", "cited in", "quoted in")
# A source cited in brackets at a sentence's end, with the day it reported ("... stands at $37.6 m
# (Interfax-Kazakhstan, November 15)", "(Civil Georgia, March 3; RFE/RL, March 4)"): no figure's time.
_CITATION = re.compile(
    r"\((?-i:[A-Z])[^()]{0,80}?,\s(?:(?-i:[A-Z])[a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s(?-i:[A-Z])[a-z]{2,8})(?:,\s(?:19|20)\d\d)?(?:;\s[^()]{0,120})?\)[.\s\"”]*$"
)
# The meeting, visit or forum a figure was said at: "At a meeting in February 2019, officials said
# that ...", "Following the president's visit in May, ...", "at a forum held in Baku in November".
_EVENT = first_char_checked_compiled(
    r"\b(?:at|following|after|ahead\sof|before)\s(?:a|an|the|his|her|their|this|last)\s(?:[\w'’-]+\s){0,2}?"
    r"(?:meeting|forum|conference|summit|briefing|session|talks|visit|trip|roundtable|ceremony|congress|exhibition|fair)s?\b[^,;:()]*",
    re.I,
)
# The event dates a figure only as the day it was told ("At a meeting in February 2019, officials
# said that ..."): a pledge made at it is the event's own ("At the donors' conference in October
# 2008, partners pledged $4.5 bn").
_SAYING = first_char_checked_compiled(r"\b(?:said|says|noted|stated|reported|announced|told|added|stressed|emphasi[sz]ed|underlined|pointed\sout|it\swas\s\w+)\b", re.I)
_EVENT_GATE = ("meeting", "forum", "conference", "summit", "briefing", "session", "talks", "visit", "trip", "roundtable", "ceremony", "congress", "exhibition", "fair")
# "In 2023, for the first time since 2012, ...", "the highest since 2014", "Last year, ..., its
# largest buyer since 2019, ...": beside a period of its own, a comparison with all the years
# since, not the start of a stock ("has been its biggest creditor since 2005, with loans worth
# $1.2 bn", with no other time, is one).
_SUPERLATIVE_BEFORE = first_char_checked_compiled(
    r"\b(?:first\stime|(?:high|low|larg|bigg|small|great|strong|weak)est|best|worst|most|least|record|peak)\b(?:\s[\w-]+){0,3}\s$",
    re.I,
)

# "a 25 percent growth since 2019", "up 8% since 2021": a rate's base year, not the start of a
# stock; the figure takes the story's period.
_RATE_BEFORE = re.compile(
    r"(?:%|\bper\s?cent)(?:\s(?:growth|rise|increase|decrease|decline|drop|fall|jump|gain))?,?\s$", re.I
)

# A flow that did not happen, and when ("(no investments in 2005)", "with no exports to Iran in
# 2019", "none in 2020"): the time of nothing, never an amount's beside it.
_NONE_IN = re.compile(
    r"\b(?:(?:no|zero)\s(?:[\w-]+\s){0,2}?(?:investments?|trade|exports?|imports?|aid|assistance|deliveries|supplies|loans?|grants?)|none|nothing|nil)"
    r"\s(?:(?:from|to|with|in)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s)?(?=(?:in|during|for)\s)",
    re.I,
)
_NONE_GATE = ("no ", "zero ", "none ", "nothing ", "nil ")


def drop_other_event_times(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """The times of a sentence (in order) less those of another event than a figure's."""
    spans: list[tuple[int, int]] = []
    if ", wh" in sentence or " which " in sentence or " whom " in sentence:
        spans += [m.span() for m in _RELATIVE.finditer(sentence) if not AMOUNT_LIKE.search(m.group(0)) and not _SAYING_RELATIVE.match(m.group(0))]
    if holds_any(sentence, _CAUSE_GATE):
        spans += _clauses_of(sentence, _CAUSE)
    if "espite" in sentence or "spite of" in sentence or "otwithstanding" in sentence:
        spans += [m.span() for m in _CONCESSION.finditer(sentence) if not AMOUNT_LIKE.search(m.group(0))]
    if ", " in sentence or "(" in sentence:
        spans += _clauses_of(sentence, _APPOSITION, since=refs)
    if holds_any(sentence, _EVENT_GATE):
        spans += [m.span() for m in _EVENT.finditer(sentence) if not AMOUNT_LIKE.search(m.group(0)) and _SAYING.search(sentence, m.end())]
    if sentence.rstrip(' ."”').endswith(")") and (cited := _CITATION.search(sentence)) is not None:
        spans.append(cited.span())
    if spans:
        refs = [r for r in refs if not any(a <= r.start and r.end <= b for a, b in spans)]
    if holds_any(sentence, _TOLD_GATE):
        # The time starts right after the verb's preposition ("on February 12", "last month").
        # Only a tag after the statement: "The EU said on 20 November that it would allocate
        # EUR 30 m" dates the commitment it announces.
        told = [m.end() for m in _TOLD.finditer(sentence) if AMOUNT_LIKE.search(sentence, 0, m.start())]
        refs = [r for r in refs if not any(0 <= r.start - at <= 8 for at in told)]
    if "published" in sentence or "released" in sentence or "issued" in sentence or "made public" in sentence:
        released = [m.end() for m in _RELEASED.finditer(sentence)]
        refs = [r for r in refs if not any(0 <= r.start - at <= 8 for at in released)]
    if holds_any(sentence, _SOURCE_GATE):
        refs = _less_source_subject(sentence, refs)
    if holds_any(sentence, _NONE_GATE):
        nothing = [m.end() for m in _NONE_IN.finditer(sentence)]
        refs = [r for r in refs if not any(0 <= r.start - at <= 8 for at in nothing)]
    if any(r.kind == "since" for r in refs) and any(r.kind == "period" and not r.base for r in refs):
        refs = [r for r in refs if not (r.kind == "since" and _SUPERLATIVE_BEFORE.search(sentence, max(0, r.start - 40), r.start))]
    if any(r.kind == "since" for r in refs):
        refs = [r for r in refs if not (r.kind == "since" and _RATE_BEFORE.search(sentence, max(0, r.start - 30), r.start))]
    return refs


def _clauses_of(sentence: str, phrase: re.Pattern[str], since: list[TimeRef] | None = None) -> list[tuple[int, int]]:
    """Where each phrase's own clause lies (from its verb to the phrase's end), for the phrases
    with no amount; with `since`, a phrase's "since" lies in it though it has no verb."""
    out = []
    for m in phrase.finditer(sentence):
        if AMOUNT_LIKE.search(m.group(0)):
            continue
        verb = _CLAUSE_VERB.search(sentence, m.start(), m.end())
        if verb is not None:
            out.append((verb.start(), m.end()))
        elif since is not None:
            out += [(r.start, r.end) for r in since if r.kind == "since" and m.start() <= r.start and r.end <= m.end()]
    return out


def _less_source_subject(sentence: str, refs: list[TimeRef]) -> list[TimeRef]:
    """The times less those of a cited document's subject, when another period stays."""
    if not _SOURCE_NOUNS.search(sentence):
        return refs
    spans = [(m.start(), m.end()) for m in _SOURCE_SUBJECT.finditer(sentence) if not AMOUNT_LIKE.search(m.group(0))]
    if not spans:
        return refs
    inside = [r for r in refs if any(a <= r.start and r.end <= b and re.search(r"\b(?:for|on)\s(?:the\s)?$", sentence[max(a, r.start - 12) : r.start]) for a, b in spans)]
    if not inside or not any(r.kind == "period" and not r.base and r not in inside for r in refs):
        return refs
    return [r for r in refs if r not in inside]

