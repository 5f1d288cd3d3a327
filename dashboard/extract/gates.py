"""Cheap tests in front of a regular expression: gates and screens that answer most plain
ASCII text by substring tests instead of the pattern (`Gate`, `Screen`, `holds_any`), and the
pattern narrowed to the fragments a text may hold (`Branches`). What they are made from, the
literal words every match holds, is read by `pattern_shape`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from re import Pattern

from dashboard.extract.pattern_shape import OneOf, literal_runs, runs_or_one_of


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
        runs = [literal_runs(f, self.ignorecase) for f in fragments]
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
    words = _gate_words([runs_or_one_of(f, ignorecase) for f in fragments], ignorecase)
    any_words = None if ignorecase else _gate_words([literal_runs(f, False, ascii_text=False) for f in fragments], False)
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
