"""Cheap tests in front of a regular expression: gates and screens that answer most plain
ASCII text by substring tests instead of the pattern (`Gate`, `Screen`, `holds_any`), and what
they are made from: the literal words every match holds, the characters a match can start with
(`first_char_checked`) and the most characters a match can span (`longest_match`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from re import Pattern
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words`: the substring test that gates a pattern."""
    # A plain loop: any() over a generator costs three times as much for a few short words.
    for w in words:
        if w in text:
            return True
    return False


_CAPITALS = re.compile(r"[A-Z]{3,}")


@dataclass(frozen=True)
class Gate:
    """A cheap test that a text may hold a match of `pattern`, made from the rules' fragments.

    Every match holds one of `words` (lower-case when the pattern ignores case), so a text of
    plain ASCII holding none of them is answered by substring tests, many times faster than a
    regular expression of many branches tried at every position. Any other text (where
    ignoring case matches more than lower-casing: "ſ" is "s", "K" is "k") may: the search the
    gate guards is cheaper than the pattern of all fragments, which tests only use. A yes may
    be wrong, a no never: it only gates the real search.
    """

    source: str  # the pattern of all fragments (`pattern`, compiled when asked: tests ask, no search does)
    flags: int
    words: tuple[str, ...] | None  # None: some fragment has no literal every match holds
    ignorecase: bool
    # Case kept, for any text: words every match holds whatever its characters ("€" too).
    any_words: tuple[str, ...] | None = None
    # Case kept, `words` in two: those of three capitals or more ("USD", "KZT"), tested only in a
    # text holding such a run (300 of 5,909 synthetic sentences with a digit), and the rest. The
    # currency gate's 35 codes cost most of its test of a sentence that holds none of its words.
    _capitals: tuple[str, ...] = field(init=False, default=())
    _others: tuple[str, ...] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.words is not None and not self.ignorecase:
            capitals = tuple(w for w in self.words if _CAPITALS.fullmatch(w))
            object.__setattr__(self, "_capitals", capitals)
            object.__setattr__(self, "_others", tuple(w for w in self.words if w not in capitals))

    @functools.cached_property
    def pattern(self) -> Pattern[str]:
        return re.compile(self.source, self.flags)

    def search(self, text: str) -> bool:
        if self._others is not None and text.isascii():
            for w in self._others:
                if w in text:
                    return True
            if self._capitals and _CAPITALS.search(text):
                for w in self._capitals:
                    if w in text:
                        return True
            return False
        if text.isascii():
            words = self.words
            folded = text.lower() if self.ignorecase else text
        else:
            words, folded = self.any_words, text
        if words is None:
            return True
        for w in words:  # a plain loop: any() over a generator costs three times as much
            if w in folded:
                return True
        return False


@dataclass(frozen=True)
class Screen:
    """Exactly whether `pattern` matches somewhere in a text, quicker for plain ASCII text:
    one of `sure` there means it does, none of `words` (lower-case when the pattern ignores
    case) means it does not; the pattern decides the rest and any other text.
    """

    pattern: Pattern[str]
    words: tuple[str, ...]
    sure: tuple[str, ...] = ()
    # Read once: `flags & re.IGNORECASE` goes through the enum's operator on every call.
    ignorecase: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ignorecase", bool(self.pattern.flags & re.IGNORECASE))

    def search(self, text: str) -> bool:
        if text.isascii():
            for w in self.sure:
                if w in text:
                    return True
            folded = text.lower() if self.ignorecase else text
            for w in self.words:
                if w in folded:
                    break
            else:
                return False
        return self.pattern.search(text) is not None


class Branches:
    """A pattern `make` builds from named groups of fragments, and for each plain ASCII text the
    same pattern built of only the fragments it may hold (`for_text`).

    Every match of a fragment holds its word (a gate's word, lower-case when the pattern ignores
    case), so a fragment whose word a plain ASCII text lacks matches nowhere in it, at any
    position: dropping it changes no match, nor which group matched, while the engine tries
    far fewer branches at each word (a sentence holds few of a long list's words). A set of words
    found gets its pattern once it has come BUILD_AFTER times (`for_text`): building one costs
    as much as some fifty searches with the whole pattern, and most sets of real text come once
    (224 of 325 in the real-dev and written articles), which made building them a quarter of a
    fresh process's work on those articles; `narrowed` builds it at once.
    """

    BUILD_AFTER = 16

    def __init__(self, make: Callable[[list[tuple[str, list[str]]]], Pattern[str]], groups: list[tuple[str, list[str]]], flags: int = 0) -> None:
        self.make, self.groups = make, groups
        self.full = make(groups)
        self.ignorecase = bool(flags & re.IGNORECASE)
        fragments = [f for _, fs in groups for f in fs]
        runs = [_literal_runs(f, self.ignorecase) for f in fragments]
        words = _gate_words(runs, self.ignorecase)
        fold = str.lower if self.ignorecase else str
        # Each fragment's word: a gate's word inside one of the runs every match of it holds.
        self.words = words
        self.word_of = {f: next(w for w in words if any(w in fold(r) for r in run)) for f, run in zip(fragments, runs, strict=True) if run} if words else {}
        self._built = functools.lru_cache(maxsize=1024)(self._build)
        self._uses: dict[tuple[str, ...], int] = {}  # how often each set of words has come

    def for_text(self, text: str) -> Pattern[str] | None:
        """A pattern for `text`, None when no fragment can match in it: the narrowed one, once
        its set of words has come often enough to pay for building it; the whole one before
        (the same matches)."""
        held = self._held(text)
        if held:
            if len(self._uses) > 100_000:
                self._uses.clear()  # a bound on what a long run keeps: counting starts afresh
            uses = self._uses[held] = self._uses.get(held, 0) + 1
            if uses < self.BUILD_AFTER:
                return self.full
        return self.full if held is None else self._built(held)

    def narrowed(self, text: str) -> Pattern[str] | None:
        """The pattern of only the fragments `text` may hold (the whole one for a text that is not
        plain ASCII), None when no fragment can match in it."""
        held = self._held(text)
        return self.full if held is None else self._built(held)

    def _held(self, text: str) -> tuple[str, ...] | None:
        """The words of the fragments `text` holds; None when they cannot be told apart so."""
        if self.words is None or not text.isascii():
            return None
        folded = text.lower() if self.ignorecase else text
        return tuple([w for w in self.words if w in folded])  # a list: a generator costs more for a tuple

    def _build(self, held: tuple[str, ...]) -> Pattern[str] | None:
        # A fragment with no word never matches plain ASCII text (a "€" with its case kept).
        kept = [(name, [f for f in fs if self.word_of.get(f) in held]) for name, fs in self.groups]
        kept = [(name, fs) for name, fs in kept if fs]
        return self.make(kept) if kept else None


def gate_for(fragments: list[str], flags: int = 0) -> Gate:
    # Not compiled here: each process's rules were compiled at its start, and only tests search
    # with a gate's own pattern.
    source = "|".join(f"(?:{f})" for f in fragments)
    ignorecase = bool(flags & re.IGNORECASE)
    words = _gate_words([_runs_or_one_of(f, ignorecase) for f in fragments], ignorecase)
    any_words = None if ignorecase else _gate_words([_literal_runs(f, False, ascii_text=False) for f in fragments], False)
    return Gate(source, flags, words, ignorecase, any_words)


def _gate_words(found: Sequence[list[str] | OneOf | None], ignorecase: bool) -> tuple[str, ...] | None:
    runs = [r for r in found if r is not None and not isinstance(r, OneOf)]
    if not all(runs):
        return None
    fold = str.lower if ignorecase else str
    # A fragment that holds one of several words ("CIS|EAEU countries") keeps them all.
    kept: set[str] = {fold(w) for r in found if isinstance(r, OneOf) for w in r.words}
    # One word per fragment, its longest run, unless a run of it holds a word already kept
    # ("Chinese yuan" holds "yuan"): fragments of one run first, so they are the ones kept.
    for r in sorted(runs, key=len):
        if not any(w in fold(run) for run in r for w in kept):
            kept.add(fold(max(r, key=len)))
    kept = {w for w in kept if not any(o != w and o in w for o in kept)}
    return tuple(sorted(kept, key=len))


@dataclass(frozen=True)
class OneOf:
    """Words every match of a fragment holds one of, where no longer word is held by them all."""

    words: tuple[str, ...]


def _runs_or_one_of(fragment: str, ignorecase: bool) -> OneOf | list[str] | None:
    """What a gate reads of a fragment: its runs every match holds, or the words every match holds
    one of, where those are longer ("the (?:agency|fund|bank)": "he" is the longest run) or the
    runs are none ("(?:CIS|EAEU)\\s(?:countries|states)": "countries" or "states")."""
    runs = _literal_runs(fragment, ignorecase)
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
        if op is c.SUBPATTERN and not (av[1] or av[2]):  # type: ignore[index]
            # (A group of its own flags, "(?i:usd)", may match what its letters do not say.)
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
    fragment three times (`_runs_or_one_of`, `_literal_runs` both ways), and the trigger gate's
    fragments are the narrowed triggers' too; parsing them again was a fifth of loading the rules
    in every process."""
    return _sre_parser.parse(written, flags)


def _literal_runs(fragment: str, ignorecase: bool, ascii_text: bool = True) -> list[str] | None:
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
