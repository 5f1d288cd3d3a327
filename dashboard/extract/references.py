"""What "it", "this country", "the republic" and "the country's" stand for in a sentence
(`resolve_refs`): a country named before them, the one the sentence before named last, the
article's home, or the other of its pair."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.contract.schema import Figure
from dashboard.extract.countries import LAST_NAMED, CountryMention
from dashboard.extract.discourse import WORLD, Discourse, total_country
from dashboard.extract.epithets import is_epithet
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.rule_files import rules_file

# "Azerbaijan's fourth-largest partner": an owner of a common noun, not of a name.
_LOWER_AFTER_OWNER = re.compile(r"['’`]s?\s[a-z0-9]")
# "traded $4.6 bn with it", "exports to it", "imports from it": "it" as a partner; "invested in
# it" may as well be a project or a company.
_WITH_IT = re.compile(r".*\b(?:with|to|from)\s$", re.S)


# "the latter", "that country": the one named last (`[last_named]` of countries.toml).
_LAST_NAMED = re.compile(LAST_NAMED)
# The prepositions of a partner a story's new pair gives "the country" to: "trade with the
# country", "exports to the country" ("from the country" only after imports: `_imported_from`).
_PARTNER_OF_HOME = ("with", "to")


# A topic set before its comma at the sentence's or a clause's head: "As for Iran, " (`[topic]`).
_TOPIC_OPENER = re.compile(
    rf"(?:^|[,;:]\s|\b(?:and|but|while)\s)(?:{'|'.join(rules_file('countries.toml')['topic']['openers'])})\s(?:the\s)?$", re.I
)


def _is_topic(c: CountryMention, s: SentenceParts) -> bool:
    """A country a topic opener sets before its comma: "As for Iran, "."""
    return bool(c.code) and s.text.startswith(",", c.end) and _TOPIC_OPENER.search(s.text, max(0, c.start - 30), c.start) is not None


def _topic(s: SentenceParts, before: int) -> str | None:
    """The country a topic opener sets before a comma, before `before`."""
    return next((c.code for c in s.countries if c.end < before and _is_topic(c, s)), None)


def topic_antecedents(s: SentenceParts, refs: dict[int, str]) -> frozenset[int]:
    """The topic a pronoun of its sentence stands for ("Regarding Japan, exports to it"): the
    pronoun fills its slots, the topic none (it is no subject)."""
    return frozenset(c.start for c in s.countries if c.code in refs.values() and _is_topic(c, s))


def _imported_from(start: int, s: SentenceParts) -> bool:
    """ "Imports from the country": the partner an import comes from ("exports from the country"
    may be the home's own)."""
    return any(t.trigger.lexeme == "import" and s.text[t.end : start] == " from " for t in s.triggers)


# A verb right after a bare country: the country is its clause's subject ("Japan has invested",
# "Japan bought goods worth $412 m from the republic", "China sells ... to the country").
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:['’]s\s[a-z]+)?\s(?:(?:has|have|had|will|would|shall|also|already|plans\sto|intends\sto)\b|[a-z]{3,}ed\b"
    r"|(?:bought|sold|sent|gave|lent|paid|spent|buys|sells|sends|gives|lends|pays|spends|supplies|ships|invests|grants|provides)\b)"
)


def resolve_refs(
    s: SentenceParts, home: str | None = None, previous: str | None = None, pair: tuple[str, str] | None = None, new_partner: str | None = None
) -> dict[int, str]:
    """ "from it": the last country named before it in the sentence that is not the subject, else
    the country the sentence before named last ("The real outlier is Azerbaijan. Turkey traded
    $4.6 bn with it"), when this sentence has not named it.
    "this country", "the republic": the last country named before it that fills no slot of its
    phrase, else the article's home ("154 million dollars went into projects in this country"), else the
    other of the story's `pair` ("China's exports to the republic" in a story of China and Turkmenistan);
    after a sentence without figures that named a new pair, one of the story's side and a
    `new_partner` ("Uzbekistan also signed deals with Korea. Trade with the country grew 20%"), a
    partner's "the country" with nothing named before it is that new partner, not the home.
    "the latter", "that country": the last country named before it that does not own or do the
    flow, else the one the sentence before named last.
    "it" after a topic set at its sentence's head ("As for Iran, trade with it") is that topic.
    "the country's": the owner of a common noun after the sentence's first country, else nothing."""
    resolved: dict[int, str] = {}
    for i, c in enumerate(s.countries):
        if c.code:
            continue
        # (a reference resolved before it names its country: "exports to its southern neighbour ...,
        # while imports from the landlocked country")
        named = [x.code or resolved[x.start] for x in s.countries[:i] if x.code or x.start in resolved]
        epithet = is_epithet(s.text[c.start : c.end])
        if _LAST_NAMED.fullmatch(s.text, c.start, c.end):
            clause = s.clause_of(c.start)[0]
            doers = {x.start for x in s.countries[:i] if x.adjective or x.possessive or x.agency
                     or (x.start >= clause and s.preposition(x, clause) is None and _SUBJECT_VERB_AFTER.match(s.text, x.end))}  # fmt: skip
            before = [x.code or resolved[x.start] for x in s.countries[:i] if (x.code or x.start in resolved) and x.start not in doers]
            if before or previous:
                resolved[c.start] = before[-1] if before else previous or ""
            continue
        if any(w in s.text[c.start : c.end] for w in ("country", "republic")) or epithet:
            # Never a country that already fills a slot of its phrase ("exports to Russia from
            # the republic"); else the last one named before it, else the article's home.
            cs = max([s.clause_of(c.start)[0], *(y.end for y in s.quantities if y.end <= c.start)])
            own = {x.code for x in s.countries[:i] if x.code and x.start >= cs and s.preposition(x, cs) in ("to", "from", "into", "with")}
            candidates = [x for x in named if x not in own]
            if c.possessive:
                # "Turkey was Azerbaijan's largest partner, with 11% of the country's trade": an
                # owner stands for the owner of a common noun after the sentence's first country,
                # never for the subject ("China's share of the country's trade"), nor for a
                # company's owner ("Russia's Gazprom ... the country's pipelines"); else for
                # nothing it can be sure of: it fills no slot.
                owners = [x.code for x in s.countries[1:i] if x.code and x.possessive and x.code not in own and _LOWER_AFTER_OWNER.match(s.text, x.end)]
                if owners:
                    resolved[c.start] = owners[-1]
                continue
            # Nor the one that owns or does the flow in its clause: "the EDCF has financed 14 projects
            # in the country", "Japan has invested $5 bn in the country", "Chinese imports from the
            # country", "the EU's exports to the country" - the country is the flow's other side.
            clause = s.clause_of(c.start)[0]
            own |= {
                x.code for x in s.countries[:i]
                if x.code and x.start >= clause
                and (x.agency or x.adjective or x.possessive or (s.preposition(x, clause) is None and _SUBJECT_VERB_AFTER.match(s.text, x.end)))
            }
            # (when the home does the flow, the other of the story's pair: never the world)
            other = [x for x in pair or () if own & set(pair or ()) and x not in own]
            # An epithet names either side as readily ("gas exports to the Asian giant" in a
            # Turkmen story is China): only a side of the pair that does the flow fixes it as the other.
            fallback = other if epithet else [home] if home and home not in own else other
            if new_partner and not own and not epithet and (s.preposition(c, 0) in _PARTNER_OF_HOME or _imported_from(c.start, s)):
                fallback = [new_partner]
            if candidates := [x for x in candidates if x not in own] or fallback:
                resolved[c.start] = candidates[-1]
        elif s.text[c.start : c.end] == "it" and (topic := _topic(s, c.start)) is not None:
            resolved[c.start] = topic  # "As for Iran, trade with it reached $410 m"
        elif len(set(named)) >= 2:
            resolved[c.start] = named[-1]
        elif named and s.text[c.start : c.end] == "it" and (governed := [x for x in s.countries[:i] if x.code and s.preposition(x, 0) in ("to", "from", "with", "into")]):
            # "Exports to the EU amounted to $420 m, imports from it to $690 m": the one country the
            # sentence named, as a partner, not as the subject: what "it" stands for.
            resolved[c.start] = governed[-1].code
        elif previous and previous not in named and s.text[c.start : c.end] == "it" and _WITH_IT.match(s.text, max(0, c.start - 5), c.start):
            resolved[c.start] = previous
    return resolved


def new_pair_other(code: str, s: SentenceParts, refs: dict[int, str], d: Discourse) -> str | None:
    """The other side of a flow whose one country the sentence names by a reference after a
    preposition ("trade with the latter", "exports to the country"), when that country is the
    new one of a pair a sentence without figures just named ("Azerbaijan also held talks with
    Turkey."): the country that named it (Azerbaijan), whichever the story's home is."""
    talk = d.talk_pair
    if talk is None or code not in talk or set(talk) == set(d.pair or ()) or code in (d.pair or ()):
        return None
    if not any(not c.code and refs.get(c.start) == code and s.preposition(c, 0) in ("with", "to", "from", "into") for c in s.countries):
        return None
    return next(x for x in talk if x != code)


def with_refs(
    s: SentenceParts, home: str | None, previous: str | None, pair: tuple[str, str] | None, last: Figure | None, new_partner: str | None = None
) -> tuple[SentenceParts, dict[int, str]]:
    """The sentence's references resolved (`resolve_refs`), and the sentence with "the country's"
    named when nothing before it owns it and the figure before told a country's total with the
    world: "Kyrgyz foreign trade was $12 bn. Russia stays the country's biggest partner"
    ranks Kyrgyzstan's partners, whatever the story's home. The owner is then the sentence's as
    if named, so a ranking's owner is read from it."""
    refs = resolve_refs(s, home, previous, pair, new_partner)
    if last is None or WORLD not in (last.country_a, last.country_b) or last.country_a == last.country_b:
        return s, refs
    total_of = total_country(last)
    unowned = {c.start for c in s.countries if not c.code and c.possessive and c.start not in refs and "country" in s.text[c.start : c.end]}
    if not unowned:
        return s, refs
    named = tuple(replace(c, code=total_of) if c.start in unowned else c for c in s.countries)
    return replace(s, countries=named), refs | dict.fromkeys(unowned, total_of)
