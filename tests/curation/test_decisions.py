"""The decisions file: lines in and out, one decision per figure, nothing unreadable lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.build.decisions import (
    Decision,
    DecisionsFileError,
    effective,
    load,
    parse,
    parse_line,
    save,
    to_line,
)


def decision(figure_id: str = "f1", action: str = "confirm", at: str = "2026-11-23T10:00:00Z", **kw) -> Decision:
    base = dict(article_id="a1", span=(10, 22), amount="$3.7 billion", by="amina")
    base.update(kw)
    return Decision(action=action, figure_id=figure_id, at=at, **base)  # type: ignore[arg-type]


def test_a_line_round_trips() -> None:
    d = decision(action="correct", fields={"year": 2024, "value": 3.8e9}, quote="Trade reached $3.7 billion.",
                 was={"year": 2023, "value": 3.7e9}, note="the ministry's figure")
    line = to_line(d)
    assert "\n" not in line
    assert parse_line(line) == d
    assert list(json.loads(line))[:7] == ["action", "figure_id", "article_id", "span", "amount", "by", "at"]


@pytest.mark.parametrize(
    ("doc", "error"),
    [
        ({"figure_id": " "}, "figure_id must be a non-empty string"),
        ({"action": "correct", "fields": {}}, "a correction needs at least one corrected field"),
        ({"action": "correct", "fields": {"rule": "x"}}, "field 'rule' cannot be set"),
        ({"action": "correct", "fields": {"value": "3.7"}}, "value must be a finite number"),
        ({"action": "correct", "fields": {"indicator": None}}, "indicator cannot be null"),
        ({"action": "add", "fields": {"value": 1.0}, "quote": "q"}, "needs every reading field"),
        ({"action": "supersede"}, "supersede needs `preferred`"),
        ({"span": [9, 3]}, "span must be [start, end]"),
        ({"at": "yesterday"}, "is not an ISO 8601 time"),
        ({"colour": "red"}, "unknown key 'colour'"),
    ],
)
def test_bad_lines_say_what_is_wrong(doc: dict, error: str) -> None:
    base = json.loads(to_line(decision()))
    with pytest.raises(ValueError, match=error.replace("[", r"\[").replace("(", r"\(")):
        parse_line(json.dumps({**base, **doc}))


def test_unreadable_lines_are_kept_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    broken = '{"action": "confirm", "figure_id": "half a line'
    path.write_text(to_line(decision("f9")) + "\n" + broken + "\n\n")
    found = load(path)
    assert [d.figure_id for d in found.decisions] == ["f9"]
    assert [(i.line, i.raw) for i in found.invalid] == [(2, broken)]
    save(path, [decision("f2")])
    text = path.read_text()
    assert broken in text.splitlines()
    assert [d.figure_id for d in load(path).decisions] == ["f2", "f9"]


def test_one_decision_per_figure_the_new_replaces_the_old(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    save(path, [decision("f1"), decision("f2", span=(1, 5))])
    saved = save(path, [decision("f1", action="reject", by="bob", at="2026-11-24T09:00:00Z")])
    assert [(d.action, d.by) for d in saved.replaced] == [("confirm", "amina")]
    found = load(path).decisions
    assert sorted((d.figure_id, d.action) for d in found) == [("f1", "reject"), ("f2", "confirm")]
    # Sorted by article and position, so a new decision lands among its article's lines.
    assert [d.figure_id for d in found] == ["f2", "f1"]
    removed = save(path, remove=["f2"]).removed
    assert [d.figure_id for d in removed] == ["f2"]
    assert [d.figure_id for d in load(path).decisions] == ["f1"]


def test_a_figure_decided_twice_by_hand_takes_the_later() -> None:
    early, late = decision(action="reject"), decision(action="confirm", at="2026-11-25T00:00:00Z")
    holding, shadowed = effective([late, early])
    assert holding == [late] and shadowed == [(early, late)]


def test_a_file_that_is_not_utf8_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    path.write_bytes(b'{"note": "caf\xe9"}\n')
    with pytest.raises(DecisionsFileError, match="not valid UTF-8"):
        save(path, [decision()])
    assert path.read_bytes() == b'{"note": "caf\xe9"}\n'


def test_a_quote_with_a_line_separator_stays_one_line(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    save(path, [decision(quote="Trade\u2028reached $3.7 billion.")])
    assert load(path).decisions[0].quote == "Trade\u2028reached $3.7 billion."
    assert parse(path.read_text()).invalid == ()
