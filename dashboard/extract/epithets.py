"""A country named again by an epithet ("the Central Asian republic", "the landlocked country",
"the Asian giant", "its northern neighbour"): the words of `rules/countries.toml` [epithets],
compiled once. Such a name after a preposition is a back-reference, read as "the country" is."""

from __future__ import annotations

import re

from dashboard.extract.rule_files import rules_file


def _epithet_pattern() -> str:
    words = rules_file("countries.toml")["epithets"]
    determiner = "|".join(words["determiners"])
    modifier = "|".join(sorted(words["modifiers"], key=len, reverse=True))
    head = "|".join(words["heads"])
    # The head is singular and owns nothing after it ("the Gulf states", "the island nation's
    # ports" name no partner of a flow); a name after it is the country itself, in apposition
    # ("its northern neighbour Russia", "the Asian giant, China,", "the island nation of Japan").
    return rf"(?:{determiner})\s(?:(?:{modifier})\s){{1,3}}(?:{head})\b(?!['’]|-|\sof\b|,?\s[A-Z])"


EPITHET = _epithet_pattern()
# A singular head right after a country word: "the European country" is one country of Europe
# (Germany, Italy), also as an owner ("the European country's investments"), not the Union,
# whose adjective "European" also is.
ONE_COUNTRY_AFTER = re.compile(rf"\s(?:{'|'.join(rules_file('countries.toml')['epithets']['heads'])})\b(?!-)")
_HEAD_EPITHET = re.compile(EPITHET)


def is_epithet(words: str) -> bool:
    """Whether a back-reference's words are an epithet ("the landlocked country")."""
    return _HEAD_EPITHET.fullmatch(words) is not None
