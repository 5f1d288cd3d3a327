"""A government spending at home, which a verb of giving words as a gift: "The government
allocated $150 m for road repairs", "Kazakhstan will allocate $100 m from the National Fund to the
programme". Neither side is a country abroad, so the story's pair would give and receive it by
carrying alone (the words: `[own_spending]` of `rules/phrases.toml`)."""

from __future__ import annotations

import functools
import re
from re import Pattern

from dashboard.extract.rule_files import rules_file

# How far before the verb its bare giver and auxiliaries may begin: "the government has also ".
_BEFORE = 50
# How far after the verb its amount and source may run: "$100 million from the National Fund".
_AFTER = 90


@functools.cache
def _patterns() -> tuple[Pattern[str], Pattern[str], Pattern[str]]:
    words = rules_file("phrases.toml")["own_spending"]
    # a giver with no country before it ("the Japanese government", "Japan's government") nor
    # after it ("the government of Japan"), right before its verb and the verb's auxiliaries
    bare = re.compile(
        rf"(?:^|[,;]\s|\b(?:and|while|but|meanwhile|also)\s)the\s(?:{'|'.join(words['bare_givers'])})"
        r"(?:\s(?:has|have|had|will|would|also|then|is\sto|are\sto|plans\sto|intends\sto|is\sgoing\sto|decided\sto)){0,2}\s$",
        re.IGNORECASE,
    )
    # (a number's point or comma ends no clause: "$78.5 million", "$1,200,000")
    source = re.compile(rf"(?:[^.;]|\.(?=\d)){{0,50}}?\bfrom\s(?:{'|'.join(words['sources'])})\b", re.IGNORECASE)
    # a receiver named with a capital after "to" or "for", in the verb's clause: "for Kyrgyzstan"
    abroad = re.compile(r"(?:[^.;,]|[.,](?=\d))*?\b(?:to|for)\s(?:the\s)?(?-i:[A-Z])", re.IGNORECASE)
    return bare, source, abroad


def spends_at_home(text: str, start: int, end: int) -> bool:
    """The verb of giving at text[start:end] spends at home: its giver is a bare government or
    its money comes from its own budget or fund, and no receiver is named abroad."""
    bare, source, abroad = _patterns()
    if abroad.match(text, end, end + _AFTER * 2):
        return False
    return bare.search(text, max(0, start - _BEFORE), start) is not None or source.match(text, end, end + _AFTER) is not None
