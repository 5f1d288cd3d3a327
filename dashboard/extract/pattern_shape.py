"""What a regular expression's parse says of every match of it, read without searching: the
runs of plain characters every match holds (`literal_runs`) or the words it holds one of
(`runs_or_one_of`), the characters a match can start with (`first_char_checked`) and the most
characters a match can span (`longest_match`). The gates are made from the first two."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from re import Pattern
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any


@dataclass(frozen=True)
class OneOf:
    """Words every match of a fragment holds one of, where no longer word is held by them all."""

    words: tuple[str, ...]


def runs_or_one_of(fragment: str, ignorecase: bool) -> OneOf | list[str] | None:
    """What a gate reads of a fragment: its runs every match holds, or the words every match holds
    one of, where those are longer ("the (?:agency|fund|bank)": "he" is the longest run) or the
    runs are none ("(?:CIS|EAEU)\\s(?:countries|states)": "countries" or "states")."""
    runs = literal_runs(fragment, ignorecase)
    if runs is None:
        return None  # it never matches plain ASCII text
    try:
        parsed = _parsed(fragment)
    except re.error:
        return runs
    if parsed.state.flags & re.IGNORECASE and not ignorecase:
        return runs
    words = _one_of_items(list(parsed))
    if words and (not runs or min(map(len, words)) > max(map(len, runs))):
        return OneOf(tuple(words))
    return runs


def _one_of_items(items: list[tuple[object, object]]) -> list[str] | None:
    """Words (plain ASCII) every match of the parsed `items` holds one of: of the sets found
    (a run of literals, a group's, each branch's together), the one whose shortest word is
    longest, which lets the fewest texts through; None when there is none."""
    c = _sre_constants
    sets: list[list[str]] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL and isinstance(av, int) and av < 128:
            run += chr(av)
            continue
        sets.append([run] if run else [])
        run = ""
        if op is c.SUBPATTERN and not av[1]:  # type: ignore[index]
            # (A group of its own flags, "(?i:usd)", may match what its letters do not say; one
            # that only drops a flag, "(?-i:FTT)", matches no more than its letters.)
            sets.append(_one_of_items(list(av[3])) or [])  # type: ignore[index]
        elif op is c.BRANCH:
            branches = [_one_of_items(list(b)) for b in av[1]]  # type: ignore[index]
            sets.append([] if not all(branches) else [w for b in branches for w in b or ()])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            sets.append(_one_of_items(list(av[2])) or [])  # type: ignore[index]
    sets.append([run] if run else [])
    return max((w for w in sets if w), key=lambda w: min(map(len, w)), default=None)


def first_char_checked(pattern: Pattern[str]) -> Pattern[str]:
    """`pattern` with a look-ahead of the characters any match can start with, when those are
    plain letters, digits or signs: Python's engine tries a pattern that opens with a word
    boundary or an optional word at every position, but skips quickly over positions a
    character class at its head rules out. Same matches (tests compare them); the pattern as
    it is when its first character is not that simple to know, or is only a class like `\\d`,
    which the engine already tests quickly.

    >>> first_char_checked(re.compile(r"\\b(?:the\\s)?(?:first|second)\\shalf", re.I)).pattern
    '(?=[tfs])(?:\\\\b(?:the\\\\s)?(?:first|second)\\\\shalf)'
    >>> first_char_checked(re.compile(r"(?:a|b)?")).pattern  # may match nothing: unchanged
    '(?:a|b)?'
    """
    checked = _first_char_checked_source(pattern.pattern, pattern.flags)
    return pattern if checked is None else re.compile(checked, pattern.flags)


def first_char_checked_compiled(written: str, flags: int = 0) -> Pattern[str]:
    """`first_char_checked(re.compile(written, flags))` with one compilation, not two: for the
    patterns built while extracting (the trigger pattern narrowed to a sentence's words), whose
    first compilation was a third of the build and thrown away."""
    checked = _first_char_checked_source(written, flags)
    return re.compile(written if checked is None else checked, flags)


def _first_char_checked_source(written: str, flags: int) -> str | None:
    """The source of `first_char_checked`'s pattern; None where it keeps the pattern as it is."""
    chars: list[str] = []
    if _first_chars(_parsed(written, flags).data, chars) is not True:
        return None
    if all(ch in _CATEGORY_CLASSES.values() for ch in chars):
        return None  # "\\d" alone: the engine's own test of the head is as quick
    members = "".join(dict.fromkeys(chars))
    # Grouped where it may hold branches at its top ("a|b"): the look-ahead put before them
    # would check only the first.
    grouped = f"(?:{written})" if "|" in written else written
    return f"(?=[{members}])" + grouped


def longest_match(pattern: Pattern[str]) -> int | None:
    """The most characters a match of `pattern` can span, None when unbounded: a match that
    must hold a word found at index i can start no earlier than i minus this.

    >>> longest_match(re.compile(r"\\b(?:the\\s)?previous\\syear\\b")), longest_match(re.compile(r"\\d+"))
    (17, None)
    """
    return longest_written(pattern.pattern, pattern.flags)


def longest_written(written: str, flags: int = 0) -> int | None:
    """`longest_match` of the pattern `written` with `flags`, without compiling it."""
    most = _parsed(written, flags).getwidth()[1]
    return None if most >= _sre_constants.MAXREPEAT else int(most)


_CATEGORY_CLASSES = {
    _sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_SPACE: r"\s", _sre_constants.CATEGORY_WORD: r"\w",
}  # fmt: skip


def _first_chars(items: object, chars: list[str]) -> bool | None:
    """Add to `chars` (class members) the characters a match of the parsed `items` can start
    with: True when every match starts with one of them, False when a match may be empty,
    None when they cannot be listed simply."""
    c = _sre_constants
    for op, av in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            chars.append(re.escape(chr(av)))
            return True
        if op is c.IN:
            for member, value in av:
                if member is c.LITERAL:
                    chars.append(re.escape(chr(value)))
                elif member is c.CATEGORY and value in _CATEGORY_CLASSES:
                    chars.append(_CATEGORY_CLASSES[value])
                else:
                    return None  # a range, a negation: not worth listing
            return True
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item takes the first character
        if op is c.SUBPATTERN:
            found = _first_chars(av[3], chars)
            if found is None or found:
                return found
            continue
        if op is c.BRANCH:
            results = [_first_chars(branch, chars) for branch in av[1]]
            if None in results:
                return None
            if all(results):
                return True
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, item = av
            found = _first_chars(item, chars)
            if found is None or (found and low > 0):
                return found
            continue
        return None
    return False


@functools.lru_cache(maxsize=2048)
def _parsed(written: str, flags: int = 0) -> Any:
    """`written` parsed, for the readers of its parts (which only read it): a gate reads each
    fragment three times (`runs_or_one_of`, `literal_runs` both ways), and the trigger gate's
    fragments are the narrowed triggers' too; parsing them again was a fifth of loading the rules
    in every process."""
    return _sre_parser.parse(written, flags)


def literal_runs(fragment: str, ignorecase: bool, ascii_text: bool = True) -> list[str] | None:
    """The runs of plain characters every match of `fragment` holds in ASCII text ("[oö]" is
    "o" there; with `ascii_text` false, in any text: "[oö]" ends a run); empty when there are
    none to be sure of; None when it never matches ASCII text ("€", case kept)."""
    try:
        parsed = _parsed(fragment)
    except re.error:
        return []
    if parsed.state.flags & re.IGNORECASE and not ignorecase:
        return []  # "(?i)usd": its letters match either case, which a case-kept test would miss
    items = list(parsed)
    runs, run = [], ""
    for op, av in items:
        if op is _sre_constants.LITERAL and (av < 128 or not ascii_text):
            run += chr(av)
            continue
        if op is _sre_constants.LITERAL and not ignorecase:
            return None  # a character no ASCII text has
        if op is _sre_constants.SUBPATTERN and not av[1] and all(o is _sre_constants.LITERAL and a < 128 for o, a in av[3]):
            run += "".join(chr(a) for _, a in av[3])  # "(?-i:FTT)": a group that only drops a flag holds its letters
            continue
        if op is _sre_constants.IN and ascii_text and not ignorecase and all(o is _sre_constants.LITERAL for o, _ in av):
            ascii_members = [a for _, a in av if a < 128]
            if not ascii_members:
                return None
            if len(ascii_members) == 1:
                run += chr(ascii_members[0])
                continue
        if run:
            runs.append(run)
        run = ""
    if run:
        runs.append(run)
    return runs
