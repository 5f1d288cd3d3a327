"""Every rule of the grammar is exercised by at least one golden case: a word list entry is
matched by a golden text, and each role of the role table fills a slot in a golden figure.

A rule no golden case exercises can break, or never fire, without a test noticing; this test
names it so that a case is written for it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator

import pytest

from dashboard.extract import extract_article
from dashboard.paths import RULES
from tests.extraction.labeled import ROOT, published, read_jsonl

GOLDEN = [c for name in ("dev-sentences.jsonl", "constructions.jsonl", "grammar.jsonl") for c in read_jsonl(name)]
TEXTS = [c["text"] for c in GOLDEN] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
# The files that hold the grammar of frames, discourse and readings; the word lists of
# phrases.toml (currencies, scale words, synonyms) are exercised by the mention tests.
GRAMMAR_FILES = ("frames.toml", "discourse.toml", "readings.toml")


def _entries(doc: dict, path: str = "") -> Iterator[tuple[str, str]]:
    for key, value in doc.items():
        if key in ("roles", "frame", "open_slot", "partner_slot"):
            continue  # the role table and the fillers' order are tested below, not as patterns
        if isinstance(value, dict):
            yield from _entries(value, f"{path}{key}.")
        elif isinstance(value, list) and value and isinstance(value[0], str):
            yield from ((f"{path}{key}", v) for v in value)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for i, item in enumerate(value):
                yield from _entries(item, f"{path}{key}[{i}].")
        elif isinstance(value, str) and key in ("pattern",):
            yield f"{path}{key}", value


def _grammar_entries() -> list[tuple[str, str, str]]:
    return [(f, name, pattern) for f in GRAMMAR_FILES for name, pattern in _entries(tomllib.loads((RULES / f).read_text("utf-8")))]


@pytest.mark.parametrize(("file", "name", "pattern"), _grammar_entries(), ids=lambda v: str(v)[:60])
def test_every_grammar_entry_is_matched_by_a_golden_text(file, name, pattern):
    flags = 0 if name.startswith(("conjunct", "discourse.dateline", "dateline")) else re.IGNORECASE
    assert any(re.search(pattern, t, flags | re.MULTILINE) for t in TEXTS), f"{file} {name}: no golden text has {pattern!r}"


def _roles_used() -> set[tuple[str, str]]:
    used = set()
    for case in GOLDEN:
        for f in extract_article(case["text"], published(case)).figures:
            lexeme = f.rule.split(":", 1)[0]
            used |= {(lexeme, rule.split(":", 1)[1]) for _, _, _, rule in f.evidence if rule.startswith("role:")}
    return used


ROLE_ENTRIES = sorted(
    {(lexeme, marker) for lexeme, sides in tomllib.loads((RULES / "frames.toml").read_text("utf-8"))["roles"].items()
     for table in sides.values() for marker, slot in table.items() if slot != "skip" and marker != "default"}
)  # fmt: skip


@pytest.fixture(scope="module")
def roles_used() -> set[tuple[str, str]]:
    return _roles_used()


@pytest.mark.parametrize(("lexeme", "marker"), ROLE_ENTRIES, ids=str)
def test_every_role_fills_a_slot_in_a_golden_figure(lexeme, marker, roles_used):
    assert (lexeme, marker) in roles_used, f"no golden figure has a {lexeme} frame filled by a {marker!r} country"


def test_the_fillers_order_names_every_filler_once() -> None:
    """[frame], [open_slot] and [partner_slot] of frames.toml order the functions that decide a
    frame and fill its open side: each name is a function, and each function is in its order once."""
    from dashboard.extract.frame_open_slot import OPEN_SLOT_FILLERS, PARTNER_FILLERS
    from dashboard.extract.frame_who import FRAME_SOURCES

    frames = tomllib.loads((RULES / "frames.toml").read_text("utf-8"))
    for table, fillers in (("frame", FRAME_SOURCES), ("open_slot", OPEN_SLOT_FILLERS), ("partner_slot", PARTNER_FILLERS)):
        order = frames[table]["order"]
        assert sorted(order) == sorted(fillers), table
