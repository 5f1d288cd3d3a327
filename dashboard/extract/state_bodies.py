"""A country named after a body of its state with "of" ("the Embassy of Japan", "the Ministry of
Health of Kyrgyzstan"): the body stands for the country, so the country takes the preposition
that governs the body, or none where the body is the subject (the words: `[state_body]` of
`rules/frames.toml`)."""

from __future__ import annotations

import functools
import re
from re import Pattern

from dashboard.extract.rule_files import rules_file

# How far before the country a body and its preposition may begin: "from the Ministry of
# Agriculture and Water Resources of".
REACH = 90


def _words() -> tuple[list[str], list[str]]:
    rules = rules_file("frames.toml")["state_body"]
    return rules["nouns"], rules["persons"]


def _body(nouns: list[str]) -> str:
    # a ministry's own domain, capitalised: "of Health", "of Foreign Affairs", "of Agriculture and Water Resources"
    domain = r"(?:\sof\s(?-i:[A-Z])[\w-]*(?:\s(?:and\s)?(?-i:[A-Z])[\w-]*){0,3})?"
    return rf"\b(?:{'|'.join(nouns)}){domain}\sof\s(?:the\s)?"


@functools.cache
def body_of() -> str:
    """A state's body or leader and its "of", as a pattern to take case-blind: "Ministry of Health of "."""
    nouns, persons = _words()
    return _body(nouns + persons)


@functools.cache
def _body_of() -> Pattern[str]:
    nouns, _ = _words()
    # The body opens its phrase: after a preposition, or as a subject at the start of a clause;
    # a word before it makes it another's ("according to the culture ministry of Mongolia": a source).
    return re.compile(
        rf"(?:\b(?P<p>from|to|into|in|with|by|for|towards|among|of)\s(?:the\s)?{body_of()}"
        rf"|(?:^|[,;:(]\s?|\b(?:and|while|but|that|as)\s)(?:the\s)?{_body(nouns)})$",
        re.I | re.M,
    )


@functools.cache
def body_after_adjective() -> Pattern[str]:
    """A state's body right after its country's adjective: "(the Japanese) Embassy", "(the Turkish) side"."""
    words = rules_file("frames.toml")["state_body"]["after_adjective"]
    return re.compile(rf"\s(?:{'|'.join(words)})\b", re.I)


def body_preposition(text: str, lo: int, country_start: int) -> tuple[bool, str | None]:
    """Whether a state's body stands right before the country with "of", and the preposition
    that governs the body (None: the body is the subject; "of": it is itself a part of something
    else, "the spokesman of the Ministry of Agriculture of Georgia")."""
    m = _body_of().search(text, lo, country_start)
    if m is None:
        return False, None
    return True, m.group("p").lower() if m.group("p") else None
