"""A trigger word's reading: the flow it names, and how its clause must name the flow's sides
(`[[trigger]]` of `rules/phrases.toml`, compiled by `lexicon.load`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    indicator: str
    lexeme: str  # turnover | export | import | invest | aid
    weak: bool = False  # a verb that names the flow only when no noun after the amount does
    # A verb that names a flow only when its own clause names both sides, the giver as its
    # subject and the receiver after it: "TIKA has spent $41 m in Kyrgyzstan", never "Kazakhstan
    # spent $2 bn on roads". Who may give: "agency" (a national agency), "government" (a country
    # or its agency), "investor" (firms too); "receiver": the subject receives from a giver named
    # after "from" ("Moldova will receive $20 m from Italy"); "payer": the subject buys goods from
    # the one it pays ("Ukraine paid Turkmenistan $1.9 bn for gas"); "" for a verb that is not bound.
    bound: str = ""
