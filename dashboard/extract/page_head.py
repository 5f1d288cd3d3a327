"""A page's head: where its dateline may stand among the lines a site prints around its headline
and lead (a byline, a date stamp, a kicker, an agency's tag, a dateline on a line of its own),
which tell no story and so are stepped over.

The headline and the lead are still the first lines as they stand (`article._headline_end`,
`story_pair.lead_close`): stepping over the furniture to find them too lost a right figure on
held-out news and gained none (grammar cases g6300-g6303 say what it would have read)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import Pattern

from dashboard.extract.rule_files import rules_file

# How many lines of story the head holds: a headline and a lead (and a teaser repeating the
# lead, before which a dateline may stand).
_STORY_LINES = 3
# A head's furniture is short: a longer line is a story's, whatever its words.
_FURNITURE_CHARS = 120
# A place, a section or a byline before a stamp makes a line of furniture too: "Baku, Azerbaijan,
# Oct.26", "World|business|May 3, 2021 / 10:15", "By Agency News May 2, 2012".
_PREFIX = re.compile(r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s?,\s?){1,3}|(?:[\w'’-]+\s?\|\s?){1,3}|By\s[\w'’.\s-]{2,40}\s")
_CUT = re.compile(r"[\s,|]+")


@functools.cache
def _furniture() -> tuple[Pattern[str], Pattern[str], Pattern[str]]:
    rules = rules_file("layout.toml")
    furniture, stamp = rules["furniture"], rules["stamp"]
    byline = re.compile("|".join(f"(?:{p})" for p in furniture["byline"]))
    others = re.compile("|".join(f"(?:{p})" for key in ("tag", "credit", "kicker") for p in furniture[key]), re.IGNORECASE)
    token = "|".join(f"(?:{p})" for p in stamp["token"])
    anchor = "|".join(f"(?:{p})" for p in stamp["anchor"])
    # (each token ends where its word ends: a run of digits or letters is one token or none, so a
    # long one that is no stamp fails at once instead of being cut every way there is)
    stamps = re.compile(rf"(?=.*?(?:{anchor}))[\s,./|:()\[\]•–—-]*(?:(?:{token})(?!\w)[\s,./|:()\[\]•–—-]*)+", re.IGNORECASE)
    return byline, others, stamps


def is_furniture(line: str, dateline: Pattern[str] | None = None) -> bool:
    """Whether a line of a page's head is its furniture, not its story.

    >>> [is_furniture(s) for s in ("By Jane Roe", "3 March 2020 09:41 (UTC+05:00)", "Skip to content", "Updated: 2016-02-11 08:07")]
    [True, True, True, True]
    >>> [is_furniture(s) for s in ("Peru, Chile to expand trade", "By 2030 trade may double.", "2005  46,716  47,309")]
    [False, False, False]
    >>> is_furniture("Lima, Peru, Oct.26"), is_furniture("(MENAFN- Some Agency)"), is_furniture("Jane Roe Read more")
    (True, True, True)
    >>> is_furniture("May " + "7" * 90 + " x")  # a long run of digits is no stamp, and is told at once
    False
    """
    line = line.strip()
    if not line or len(line) > _FURNITURE_CHARS:
        return not line
    byline, others, stamps = _furniture()
    if byline.fullmatch(line) or others.fullmatch(line) or stamps.fullmatch(line):
        return True
    for cut in _CUT.finditer(line, 0, 60):
        if cut.end() < len(line) and _PREFIX.fullmatch(line, 0, cut.end()) and stamps.fullmatch(line, cut.end()):
            return True
    if dateline is not None and (m := dateline.match(line)):
        rest = line[m.end() :].strip(" .,:/–—-")
        return len(rest) <= 30 and not re.search(r"(?:^|\s)[a-z]", rest)
    return False


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Each non-blank line of the text: its start and its end, its spaces stripped."""
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line = text[at:end]
        if line.strip():
            start = at + len(line) - len(line.lstrip())
            yield start, start + len(line.strip())
        at = end + 1


def head_lines(text: str, dateline: Pattern[str] | None = None) -> list[tuple[int, int, bool]]:
    """The head's lines up to its third line of story: start, end, and whether it is furniture."""
    found = []
    story = 0
    for start, end in _lines(text):
        furniture = is_furniture(text[start:end], dateline)
        found.append((start, end, furniture))
        story += not furniture
        if story == _STORY_LINES:
            break
    return found


def story_starts(text: str, dateline: Pattern[str] | None = None) -> list[int]:
    """Where each line of the head starts, furniture and story, up to its third line of story,
    and where its story starts after an aggregator's tag on the same line ("(MENAFN- Agency)
    LIMA, Peru, May 3. ..."): where a dateline may stand.

    >>> t = "Peru, Chile to expand trade\\n\\n(MENAFN- Some Agency) LIMA, Peru, May 3. Trade grew."
    >>> [t[i:i + 4] for i in story_starts(t)]
    ['Peru', '(MEN', 'LIMA']
    """
    starts = []
    tag = _tag()
    for start, *_ in head_lines(text, dateline):
        starts.append(start)
        if (m := tag.match(text, start)) is not None:
            starts.append(m.end())
    return starts


@functools.cache
def _tag() -> Pattern[str]:
    """An aggregator's tag at the start of a line, before the story it reprints."""
    tags = rules_file("layout.toml")["furniture"]["tag"]
    return re.compile(rf"(?:{'|'.join(tags)})[ \t]+(?=\S)", re.IGNORECASE)
