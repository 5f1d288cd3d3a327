"""The lexicon's cheap pre-checks (gates) never turn away a text their pattern matches."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.fuzz import example
from dashboard.extract.gated_pattern import gated
from dashboard.extract.gates import Branches, gate_for
from dashboard.extract.lexicon import load

GATES = {"currency": load().currency_gate, "ranking": load().ranking_gate, "trigger": load().trigger_gate, "group": load().group_gate,
         "agency": load().agency_reference_gate}  # fmt: skip
WORDS = ["$", "USD", "US dollars", "euros", "Chinese yuan", "tögrög", "togrogs", "soums", "Kazakh tenge",
         "partners", "Sources of foreign investments", "MARKET", "Trade", "FDI", "inveſtment", "turnover", "ſuppliers", "ſource", "€", "K",
         "CIS", "EAEU member states", "Central Asian republics", "the five former Soviet", "ASEAN nations", "neighbouring", "the ſtates",
         "The agency", "the development bank", "The Fund", "the state fund's"]  # fmt: skip


def test_gates_are_made_of_words():
    """The gates of the rules have words: a gate that always asks its pattern would save nothing."""
    assert all(g.words for g in GATES.values())
    assert "dollar" in GATES["currency"].words and "togrog" in GATES["currency"].words
    assert "chinese" not in (w.lower() for w in GATES["currency"].words)  # "yuan" covers "Chinese yuan"


def test_the_trigger_gates_words_are_whole_enough_to_rule_out_most_sentences():
    """A fragment whose branches share only a letter ("(?:financing|funding)") leaves the gates
    that letter, which nearly every sentence holds: the gate and the narrowed trigger pattern
    then let through every sentence with an "f" and every trigger of an "f" word."""
    lex = load()
    assert min(len(w) for w in lex.trigger_gate.words or ()) >= 3
    assert min(len(w) for w in lex.trigger_branches.words or ()) >= 3


def test_a_fragment_without_a_sure_literal_makes_a_gate_that_lets_every_text_through():
    gate = gate_for([r"\d+", "dollars?"])
    assert gate.words is None
    assert gate.search("12") and gate.search("none here")
    assert gate_for(["dollars?"]).words == ("dollar",) and not gate_for(["dollars?"]).search("none here")


def test_a_fragment_of_alternatives_gates_on_one_word_of_each():
    """ "(?:CIS|EAEU)\\s(?:countries|states)" holds no one word every match does, but one of two."""
    gate = gate_for([r"(?:CIS|EAEU)\s(?:member\s)?(?:countries|states)", "region"], re.IGNORECASE)
    assert sorted(gate.words or ()) == ["countries", "region", "states"]
    assert gate.search("with EAEU States") and not gate.search("with the EAEU")
    assert {"countries", "region", "cis"} <= set(load().group_gate.words or ())  # the rules' groups gate so too


def test_a_fragment_that_ignores_case_itself_is_not_read_as_keeping_it():
    assert gate_for(["(?i:usd)"]).words is None  # scoped: a global flag inside an alternation is an error
    assert gate_for(["USD", "t[oö]gr[oö]g"]).words == ("USD", "togrog")


def test_a_gate_tests_its_codes_of_capitals_only_in_a_text_with_a_run_of_them():
    """Its three-capital words are tried only where three capitals stand together: the same
    answers as a test of every word."""
    gate = GATES["currency"]
    assert "USD" in gate.words and "USD" not in (gate._others or ())
    for text in ["paid 5 USD", "paid 5 usd", "paid 5 US D", "the CIS paid 5 KZT", "the CIS paid 5", "paid 5 dollars", "5 KZ T"]:
        assert gate.search(text) == any(w in text for w in gate.words), text


def test_text_beyond_ascii_passes_a_gate_that_ignores_case():
    """Ignoring case, "ſ" is "s": lower-casing cannot tell, so the real search decides."""
    assert GATES["ranking"].search("ſuppliers") and GATES["ranking"].pattern.search("ſuppliers")
    assert GATES["trigger"].search("1\u00a0000 of anything")


def test_a_gate_that_keeps_case_reads_text_beyond_ascii_too():
    assert GATES["currency"].search("5\u00a0000 €") and GATES["currency"].search("1\u00a0tögrög")
    assert not GATES["currency"].search("1\u00a01\u00a01\u00a01 %")


def test_every_example_of_a_rule_passes_its_gate():
    rng = random.Random(3)
    fragments = {"currency": [f for fs in _rules()["currency"] for f in fs], "ranking": _rules()["ranking"],
                 "trigger": [p for t in _rules()["trigger"] for p in t["patterns"]], "group": _rules()["group"],
                 "agency": [_rules()["agency"]]}  # fmt: skip
    for name, gate in GATES.items():
        for f in fragments[name]:
            for _ in range(5):
                text = f"In 2023 {example(f, rng)} rose."
                assert gate.pattern.search(text), (name, f, text)
                assert gate.search(text), (name, f, text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=12).map(" ".join))
def test_a_gate_says_no_only_where_its_pattern_finds_nothing(text):
    for gate in GATES.values():
        if not gate.search(text):
            assert gate.pattern.search(text) is None


def _rules() -> dict[str, list]:
    import tomllib

    from dashboard.paths import RULES

    phrases = tomllib.loads((RULES / "phrases.toml").read_text(encoding="utf-8"))
    frames = tomllib.loads((RULES / "frames.toml").read_text(encoding="utf-8"))
    discourse = tomllib.loads((RULES / "discourse.toml").read_text(encoding="utf-8"))
    return {"currency": list(phrases["currency"].values()), "ranking": frames["ranking"]["nouns"], "trigger": phrases["trigger"],
            "group": discourse["group"]["patterns"], "agency": discourse["agency_reference"]["pattern"]}  # fmt: skip


def test_case_is_kept_or_ignored_as_the_pattern_says():
    assert GATES["ranking"].search("Main PARTNERS of the country")
    assert not GATES["currency"].search("usd 5")  # currency codes keep their capitals
    assert GATES["currency"].search("USD 5") and re.search(GATES["currency"].pattern, "USD 5")


# The sentence-end pattern as first written; sentences.py keeps a faster one of the same matches.
# A small word's dot glued to a capitalised word ends one too (scraped copy, "reports.He said").
_PLAIN_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|\n+|(?<=[a-z])\.(?=[A-Z][a-z]+[\s'’,])")


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=".!?\n \t\"'”’)“‘(Aab1,", max_size=40))
def test_the_fast_sentence_end_matches_where_the_plain_one_does(text):
    from dashboard.extract.sentences import _END

    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _PLAIN_END.finditer(text)]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet="aA.ÀÞ× 1_éıZ-", max_size=30))
def test_the_capitalised_word_pattern_matches_where_the_plain_one_does(text):
    from dashboard.extract.countries import _CAPITALISED

    plain = re.compile(r"(?<!\w)(?<![^a-z]\.)(?<!^\.)[A-ZÀ-Þ][^\W\d_]*")  # a capital after a small letter's dot starts a word
    assert [m.span() for m in _CAPITALISED.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(["twice", "Doubled", "tenfold", "FOLD", "year", "Months", "period", "1999",
                                           "2024", "20", "19", "٣", "ſ", "a", " ", "January", "-", "May", "may", " to ", "JUNE"]),
                          st.text(max_size=4)), max_size=10).map("".join))  # fmt: skip
def test_a_screen_answers_as_its_pattern(text):
    from dashboard.extract import sentence_screens as screens

    for screen in (screens.MAY_HOLD_FIGURE, screens.MAY_NAME_TIME, screens.MAY_NAME_YEAR):
        assert screen.search(text) == (screen.pattern.search(text) is not None), (screen.pattern.pattern, text)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet="aZǅ1 .-\u00e9\u0130", max_size=30), st.integers(0, 30))
def test_the_case_of_a_text_before_a_point_is_read_as_islower_reads_it(text, end):
    from dashboard.extract.sentences import _Case

    assert _Case(text).lower_before(end) == text[:end].islower()


TIME_WORDS = ["January", "Jan.", "first", "the", "half", "quarter", "Q1", "3Q", "H2", "months", "12M", "1H17", "9M18", "Q23", "since", "by", "2023", "earlier", "ago", "previous",
              "1999", "-", "–", "year", "this", "last", "ſince", "ſecond", "SINCE", "K", "in", "a", "per", "annum", "now", ",", " "]  # fmt: skip


def _same_matches(written: re.Pattern[str], checked: re.Pattern[str], text: str) -> bool:
    return [m.span() for m in written.finditer(text)] == [m.span() for m in checked.finditer(text)]


def test_every_time_pattern_with_its_first_character_check_finds_what_it_finds_as_written():
    from dashboard.extract.times import _PATTERNS, _WRITTEN
    from tests.extraction.labeled import read_jsonl

    texts = [c["text"] for name in ("dev-sentences.jsonl", "constructions.jsonl") for c in read_jsonl(name)]
    rng = random.Random(5)
    checked = 0
    for (kind, source, _), (_, fast, _, _) in zip(_WRITTEN, _PATTERNS, strict=True):
        written = re.compile(*source)
        checked += fast.pattern != written.pattern
        examples = [f"In it {example(written.pattern, rng)}, up" for _ in range(20)]
        for text in texts + examples:
            assert _same_matches(written, fast, text), (kind, text)
    assert checked >= 10  # most patterns open with a word boundary and a word: they get the check


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.text(max_size=3)), max_size=12).map(" ".join))
def test_a_time_pattern_checked_finds_the_same_in_any_text(text):
    from dashboard.extract.times import _PATTERNS, _WRITTEN

    for (kind, source, _), (_, fast, _, _) in zip(_WRITTEN, _PATTERNS, strict=True):
        assert _same_matches(re.compile(*source), fast, text), (kind, text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.text(max_size=3)), max_size=12).map(" ".join))
def test_a_time_pattern_scanned_from_its_gate_finds_what_a_scan_from_the_start_finds(text):
    from dashboard.extract.times import _PATTERNS, _firsts, _gate_start

    firsts = _firsts(text)
    for kind, pattern, needs, reach in _PATTERNS:
        if reach is None or not (text.isascii() or isinstance(needs, int)):
            continue
        first = _gate_start(firsts, text.lower(), needs)
        everything = [m.span() for m in pattern.finditer(text)]
        if first < 0:
            assert not everything, (kind, text)  # the gate says no match: there is none
            continue
        assert [m.span() for m in pattern.finditer(text, max(0, first - reach))] == everything, (kind, text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.text(max_size=3)), max_size=12).map(" ".join))
def test_a_time_gate_of_words_starts_where_a_search_of_all_its_words_does(text):
    from dashboard.extract.times import _PATTERNS, _firsts, _gate_start

    low = text.lower()
    for kind, _, needs, _ in _PATTERNS:
        if isinstance(needs, int):
            continue
        leftmost = re.search("|".join(map(re.escape, needs)), low)
        assert _gate_start(_firsts(text), low, needs) == (leftmost.start() if leftmost else -1), (kind, text)


def test_a_first_character_check_folds_case_as_its_pattern_does():
    from dashboard.extract.pattern_shape import first_char_checked

    since = first_char_checked(re.compile(r"\bsince\b", re.I))
    assert since.pattern.startswith("(?=[s])") and since.search("ſince 1996") and since.search("SINCE")
    assert first_char_checked(re.compile(r"\d+%")).pattern == r"\d+%"  # a class alone: left as written
    assert first_char_checked(re.compile(r"(?:the\s)?[^a]")).pattern == r"(?:the\s)?[^a]"  # a negation: not listed


def test_a_pattern_checked_as_it_is_compiled_is_the_one_checked_after():
    from dashboard.extract.pattern_shape import first_char_checked, first_char_checked_compiled

    for written, flags in [(r"\bsince\b", re.I), (r"\d+%", 0), (r"(?:the\s)?[^a]", 0), (r"(?:a|b)?", 0), (r"trade|exports?", re.I)]:
        once, twice = first_char_checked_compiled(written, flags), first_char_checked(re.compile(written, flags))
        assert (once.pattern, once.flags) == (twice.pattern, twice.flags), written
    narrowed = load().trigger_branches.narrowed("Exports and FDI")
    assert narrowed is not None and narrowed.pattern.startswith("(?=[")


_FIRST_CHECK = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")


def _lexicon_patterns_checked() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each lexicon pattern that has a first-character check, with the pattern as written."""
    import dataclasses

    lex = load()
    found = {}
    for f in dataclasses.fields(lex):
        p = getattr(lex, f.name)
        if isinstance(p, re.Pattern) and _FIRST_CHECK.match(p.pattern):
            found[f.name] = (re.compile(_FIRST_CHECK.sub("", p.pattern, count=1), p.flags), p)
    return found


def test_every_lexicon_pattern_with_its_first_character_check_finds_what_it_finds_as_written():
    from tests.extraction.labeled import read_jsonl

    texts = [c["text"] for name in ("dev-sentences.jsonl", "constructions.jsonl") for c in read_jsonl(name)]
    patterns = _lexicon_patterns_checked()
    assert {"triggers", "money", "qualifiers_before", "group_side", "cumulative", "blockers", "world"} <= patterns.keys()
    for name, (written, fast) in patterns.items():
        for text in texts:
            assert _same_matches(written, fast, text), (name, text)
            assert [m.span() for m in written.finditer(text, 3, len(text) - 3)] == [m.span() for m in fast.finditer(text, 3, len(text) - 3)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(WORDS + TIME_WORDS + ["CIS countries", "with", "about", "nearly", "$", "5", "bn"]),
                          st.text(max_size=3)), max_size=12).map(" ".join))  # fmt: skip
def test_a_lexicon_pattern_checked_finds_the_same_in_any_text(text):
    for name, (written, fast) in _lexicon_patterns_checked().items():
        assert _same_matches(written, fast, text), (name, text)


def _module_patterns_checked() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """The extractor's own patterns given a first-character check, each with the pattern as written."""
    import importlib

    found = {}
    for name in ("quantities._PERCENT", "quantities._TIMES", "mentions._PREPOSITION", "compound_amounts._BILLIONS_BEFORE",
                 "times._BASE_BEFORE", "readings._CHANGE_OF_TRIGGER", "countries._OWNER_REFERENCE", "mentions._CLAUSE_BREAK",
                 *(f"other_event_times.{p}" for p in ("AMOUNT_LIKE", "_CAUSE", "_CONCESSION", "_CLAUSE_VERB", "_TOLD", "_EVENT", "_SAYING",
                                                      "_SUPERLATIVE_BEFORE"))):  # fmt: skip
        module, attribute = name.split(".")
        fast = getattr(importlib.import_module(f"dashboard.extract.{module}"), attribute)
        assert _FIRST_CHECK.match(fast.pattern), name
        found[name] = (re.compile(_FIRST_CHECK.sub("", fast.pattern, count=1), fast.flags), fast)
    return found


def test_every_checked_module_pattern_finds_what_it_finds_as_written():
    from tests.extraction.labeled import read_jsonl

    texts = [c["text"] for name in ("dev-sentences.jsonl", "constructions.jsonl") for c in read_jsonl(name)]
    for name, (written, fast) in _module_patterns_checked().items():
        for text in texts:
            assert _same_matches(written, fast, text), (name, text)
            for end in range(0, len(text), 7):  # searched for in the words before a place
                a, b = written.search(text, max(0, end - 60), end), fast.search(text, max(0, end - 60), end)
                assert (a and a.span()) == (b and b.span()), (name, text, end)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(["5", "-5", "+12.5", "−3", "%", "percent", "per cent", "pct", "p.p.", "times", "fold",
                                           "twice", "to double", "three", "ſeven", "TWO", ")", "x", "-", "from", "to the",
                                           "compared with", "ſame period of", "billion", "increase in", "economy of"]),
                          st.text(max_size=3)), max_size=12).map(" ".join))  # fmt: skip
def test_a_checked_module_pattern_finds_the_same_in_any_text(text):
    for name, (written, fast) in _module_patterns_checked().items():
        assert _same_matches(written, fast, text), (name, text)
        assert [m.groupdict() for m in written.finditer(text)] == [m.groupdict() for m in fast.finditer(text)], (name, text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["by", "until", "to", "before", "since", "the", "end", "beginning", "of", "year", "xby", "2025", "in",
                                  "October", "31,", "compared", "\n", "ſ"]), max_size=14).map(" ".join))  # fmt: skip
def test_the_words_before_a_year_are_read_in_a_window_as_in_all_the_text_before(text):
    from dashboard.extract.undated_year import _NOT_NOW, _not_now

    for at in range(len(text) + 1):
        in_window, in_all = _not_now(text, at), _NOT_NOW.search(text, 0, at)
        assert (in_window and in_window.group(0)) == (in_all and in_all.group(0)), (text, at)


TRIGGER_WORDS = ["trade", "Trade", "turnover", "exports", "imported", "foreign", "direct", "investment", "investors", "FDI", "loans", "aid",
                 "of", "the", "bilateral", "mutual", "supplied", "cargo", "transit", "with", "credit", "lines", "line", "volume", "in", "goods",
                 "retail", "gave", "development", "assistance", "inveſtment", "TRADE", "K", "-", ",", "(", ")"]  # fmt: skip


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(TRIGGER_WORDS), st.text(max_size=3)), max_size=12).map(" ".join))
def test_the_triggers_a_text_may_hold_match_in_it_as_every_trigger_does(text):
    """The trigger pattern narrowed to the words a text holds finds what the whole one finds."""
    lex = load()
    narrowed = lex.trigger_branches.narrowed(text)
    found = [(m.span(), m.lastgroup) for m in narrowed.finditer(text)] if narrowed is not None else []
    assert found == [(m.span(), m.lastgroup) for m in lex.triggers.finditer(text)]


def test_the_triggers_of_the_labeled_sentences_are_those_the_whole_pattern_finds():
    from tests.extraction.labeled import read_jsonl

    lex = load()
    for text in [c["text"] for name in ("dev-sentences.jsonl", "constructions.jsonl") for c in read_jsonl(name)]:
        narrowed = lex.trigger_branches.narrowed(text)
        found = [(m.span(), m.lastgroup) for m in narrowed.finditer(text)] if narrowed is not None else []
        assert found == [(m.span(), m.lastgroup) for m in lex.triggers.finditer(text)], text


def test_a_set_of_words_gets_its_narrowed_pattern_once_it_has_come_often():
    """Before, the whole pattern (the same matches); a text with none of the words, no pattern."""
    branches = Branches(lambda groups: re.compile("|".join(f"(?P<{n}>{'|'.join(fs)})" for n, fs in groups)), [("a", ["trade"]), ("b", ["exports?"])])
    text = "trade grew"
    for _ in range(Branches.BUILD_AFTER - 1):
        assert branches.for_text(text) is branches.full
    narrowed = branches.for_text(text)
    assert narrowed is branches.narrowed(text) and narrowed is not branches.full and narrowed.pattern == "(?P<a>trade)"
    assert branches.for_text("nothing of the kind") is None


def test_a_gated_pattern_finds_what_its_pattern_finds_in_any_window():
    pattern = re.compile(r"\b(?:earlier|previous)\s$|\bcompared\s(?:to|with)\s$", re.I)
    gated_one = gated(pattern)
    text = "Trade rose to $5 m, compared with an EARLIER $4 m and a previous grant of $3 m"
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 7):
            ours, theirs = gated_one.search(text, start, end), pattern.search(text, start, end)
            assert (ours and ours.span()) == (theirs and theirs.span()), (start, end)
    assert gated_one.search("Trade rose to $5 m") is None  # the gate holds the text back
    assert [m.span() for m in gated_one.finditer(text)] == [m.span() for m in pattern.finditer(text)]
