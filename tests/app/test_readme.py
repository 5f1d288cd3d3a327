"""The README is a user's page that must not drift from the app: its option table is the
registry's (as datasette tests its settings against its docs), its links and images exist, and
it stays short."""

from __future__ import annotations

import re
from pathlib import Path

from dashboard.read.view_options import OPTIONS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
_ROW = re.compile(r"^\| `(?P<key>[a-z-]+)` \| `--(?P<flag>[a-z-]+)` \| (?P<help>.+) \|$", re.M)


def test_the_option_table_is_the_registry() -> None:
    rows = {m["key"]: (m["flag"], m["help"]) for m in _ROW.finditer(README)}
    assert rows == {o.key: (o.key, o.help) for o in OPTIONS}


def test_every_link_and_image_of_the_readme_exists() -> None:
    targets = re.findall(r"\]\(((?:docs|seeds|data)/[^)#]+)\)", README)
    assert targets, "the README links its docs and screenshots"
    missing = [t for t in targets if not (ROOT / t).exists()]
    assert missing == []


def test_the_readme_is_a_page_not_a_manual() -> None:
    assert len(README.splitlines()) <= 200
    # The two commands a newcomer needs come first.
    assert README.index("make run") < README.index("## Using the app")
    assert README.index("make test") < README.index("## Using the app")
