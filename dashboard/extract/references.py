"""What "it", "this country", "the republic" and "the country's" stand for in a sentence
(`resolve_refs`): a country named before them, the one the sentence before named last, the
article's home, or the other of its pair."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.contract.schema import Figure
from dashboard.extract.discourse import WORLD, total_country
from dashboard.extract.epithets import is_epithet
from dashboard.extract.mentions import SentenceParts

# "Azerbaijan's fourth-largest partner": an owner of a common noun, not of a name.
_LOWER_AFTER_OWNER = re.compile(r"['’`]s?\s[a-z0-9]")
# "traded $4.6 bn with it", "exports to it", "imports from it": "it" as a partner; "invested in
# it" may as well be a project or a company.
_WITH_IT = re.compile(r".*\b(?:with|to|from)\s$", re.S)


# A verb right after a bare country: the country is its clause's subject ("Japan has invested",
# "Japan bought goods worth $412 m from the republic", "China sells ... to the country").
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:['’]s\s[a-z]+)?\s(?:(?:has|have|had|will|would|shall|also|already|plans\sto|intends\sto)\b|[a-z]{3,}ed\b"
    r"|(?:bought|sold|sent|gave|lent|paid|spent|buys|sells|sends|gives|lends|pays|spends|supplies|ships|invests|grants|provides)\b)"
)


def resolve_refs(s: SentenceParts, home: str | None = None, previous: str | None = None, pair: tuple[str, str] | None = None) -> dict[int, str]:
    """ "from it": the last country named before it in the sentence that is not the subject, else
    the country the sentence before named last ("The real outlier is Azerbaijan. Turkey traded
    $4.6 bn with it"), when this sentence has not named it.
    "this country", "the republic": the last country named before it that fills no slot of its
    phrase, else the article's home ("232 million dollars was invested in this country"), else the
    other of the story's `pair` ("China's exports to the republic" in a story of China and Turkmenistan).
    "the country's": the owner of a common noun after the sentence's first country, else nothing."""
    resolved: dict[int, str] = {}
    for i, c in enumerate(s.countries):
        if c.code:
            continue
        # (a reference resolved before it names its country: "exports to its southern neighbour ...,
        # while imports from the landlocked country")
        named = [x.code or resolved[x.start] for x in s.countries[:i] if x.code or x.start in resolved]
        epithet = is_epithet(s.text[c.start : c.end])
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
            if candidates := [x for x in candidates if x not in own] or fallback:
                resolved[c.start] = candidates[-1]
        elif len(set(named)) >= 2:
            resolved[c.start] = named[-1]
        elif named and s.text[c.start : c.end] == "it" and (governed := [x for x in s.countries[:i] if x.code and s.preposition(x, 0) in ("to", "from", "with", "into")]):
            # "Exports to the EU amounted to $420 m, imports from it to $690 m": the one country the
            # sentence named, as a partner, not as the subject: what "it" stands for.
            resolved[c.start] = governed[-1].code
        elif previous and previous not in named and s.text[c.start : c.end] == "it" and _WITH_IT.match(s.text, max(0, c.start - 5), c.start):
            resolved[c.start] = previous
    return resolved


def with_refs(
    s: SentenceParts, home: str | None, previous: str | None, pair: tuple[str, str] | None, last: Figure | None
) -> tuple[SentenceParts, dict[int, str]]:
    """The sentence's references resolved (`resolve_refs`), and the sentence with "the country's"
    named when nothing before it owns it and the figure before told a country's total with the
    world: "Kyrgyz foreign trade was $12 bn. Russia stays the country's biggest partner"
    ranks Kyrgyzstan's partners, whatever the story's home. The owner is then the sentence's as
    if named, so a ranking's owner is read from it."""
    refs = resolve_refs(s, home, previous, pair)
    if last is None or WORLD not in (last.country_a, last.country_b) or last.country_a == last.country_b:
        return s, refs
    total_of = total_country(last)
    unowned = {c.start for c in s.countries if not c.code and c.possessive and c.start not in refs and "country" in s.text[c.start : c.end]}
    if not unowned:
        return s, refs
    named = tuple(replace(c, code=total_of) if c.start in unowned else c for c in s.countries)
    return replace(s, countries=named), refs | dict.fromkeys(unowned, total_of)
