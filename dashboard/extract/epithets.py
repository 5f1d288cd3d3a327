"""A country named again by an epithet ("the Central Asian republic", "the landlocked country",
"the Asian giant", "its northern neighbour"): the words of `rules/countries.toml` [epithets],
compiled once. Such a name after a preposition is a back-reference, read as "the country" is."""

from __future__ import annotations

import re

from dashboard.extract.rule_files import rules_file

_WORDS = rules_file("countries.toml")["epithets"]
_HEADS = "|".join(_WORDS["heads"])


def _epithet_pattern() -> str:
    determiner = "|".join(_WORDS["determiners"])
    modifier = "|".join(sorted(_WORDS["modifiers"], key=len, reverse=True))
    # The head is singular and owns nothing after it ("the Gulf states", "the island nation's
    # ports" name no partner of a flow); a name after it is the country itself, in apposition
    # ("its northern neighbour Russia", "the Asian giant, China,", "the island nation of Japan").
    return rf"(?:{determiner})\s(?:(?:{modifier})\s){{1,3}}(?:{_HEADS})\b(?!['’]|-|\sof\b|,?\s[A-Z])"


EPITHET = _epithet_pattern()
# A singular head right after a country word: "the European country" is one country of Europe
# (Germany, Italy), also as an owner ("the European country's investments"), not the Union,
# whose adjective "European" also is.
ONE_COUNTRY_AFTER = re.compile(rf"\s(?:{_HEADS})\b(?!-)")
_HEAD_EPITHET = re.compile(EPITHET)


def is_epithet(words: str) -> bool:
    """Whether a back-reference's words are an epithet ("the landlocked country")."""
    return _HEAD_EPITHET.fullmatch(words) is not None
