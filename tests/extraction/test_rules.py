"""The rules are data: check they are consistent, so a typo fails here and not in an article."""

from __future__ import annotations

import re
import tomllib

import pycountry

from dashboard.contract.schema import AGGREGATES, INDICATORS
from dashboard.extract.lexicon import load
from dashboard.paths import RULES

COUNTRIES = tomllib.loads((RULES / "countries.toml").read_text(encoding="utf-8"))
PHRASES = tomllib.loads((RULES / "phrases.toml").read_text(encoding="utf-8"))
ISO3 = {c.alpha_3 for c in pycountry.countries} | set(AGGREGATES)


def test_every_country_word_names_one_real_code():
    owner: dict[str, str] = {}
    for section in ("names", "adjectives", "agencies"):
        for code, words in COUNTRIES[section].items():
            assert code in ISO3, code
            for word in words:
                assert owner.setdefault(word, code) == code, f"{word!r} points to {owner[word]} and {code}"


def test_loaded_country_words_are_unambiguous():
    # pycountry's names and ours together: one code per written form.
    seen: dict[str, str] = {}
    for words in load().country_words.values():
        for w in words.words:
            assert seen.setdefault(w.text, w.code) == w.code, w.text


def test_triggers_name_schema_indicators_and_known_lexemes():
    for t in PHRASES["trigger"]:
        assert t["indicator"] in INDICATORS
        assert t["lexeme"] in {"turnover", "export", "import", "invest", "aid"}


def test_currency_keys_are_iso_4217():
    codes = {c.alpha_3 for c in pycountry.currencies}
    assert set(PHRASES["currency"]) <= codes


def test_every_fragment_compiles():
    def fragments(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, list):
            for x in node:
                yield from fragments(x)
        elif isinstance(node, dict):
            for x in node.values():
                yield from fragments(x)

    for fragment in fragments(dict(PHRASES.items())):
        if fragment in INDICATORS or fragment in {"turnover", "export", "import", "invest", "aid"}:
            continue
        re.compile(fragment)
