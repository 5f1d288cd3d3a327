"""Split article text into sentences, keeping each sentence's offsets in the text."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from dashboard.contract.records import quick_init
from dashboard.extract.rule_files import rules_file

# A sentence ends at . ! or ? followed by space and a capital, digit or quote, or at a line
# break. Abbreviations and initials ("U.S.", "Mr.", "J. Smith", "Jan.", and a transliterated
# name's two-letter initial, "Sh. Rahimov", "Kh. Aliev") do not end one; "etc." ends its list and
# so its sentence, before a capital.
# Written to open with one character class, which the regex engine scans for in C: the same
# matches as `[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])|\n+`, several times faster.
# A run of marks is tried once, from its first mark: an attempt from inside the run has the
# same tail, so it fails where the first did; trying each would make a dotted leader (a line of
# "....." pasted from a PDF table) quadratic. The possessive repeats never give back a mark.
_END = re.compile(r"[.!?\n\]](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*+[\"'”’)]*+(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*|(?<=[a-z]\.)(?=[A-Z][a-z]+[\s'’,])|(?<=\])(?=[A-Z][a-z]))")
# A photo's caption ends in its credit in brackets, which a scraped page glues to the story's next
# sentence ("... on June 1. [Jane Roe / Agency]The new funds ..."): the bracket's close before a
# capitalised word ends the caption (the fourth branch), and the bracket may open a sentence.
# Copy scraped with its spaces lost after a full stop ("News.Az reports.He highlighted",
# "the turnover.According to data"): a small word's dot glued to a capitalised word ends a
# sentence too (the third branch), when the whole word before it is small letters, so that a
# name ("News.Az", "Report.Az") or an initial ("U.S.The") stays one.
_GLUED_WORD = re.compile(r"(?<![\w.])[a-z]{3,}$")
# ("c." is circa before an amount: "c. $2 bn")
_NO_END = re.compile(
    r"(?:\b(?:[A-Z]|Sh|Ch|Kh|Zh|Ts|Yu|Mr|Mrs|Ms|Dr|Prof|St|Co|Inc|Ltd|Corp|No|Nos|vs|approx|est|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Gov|Sen|Rep|Ave|e\.g|i\.e|U\.S|U\.K|c)"
    r"|\b[A-Z]\.[A-Z])\.?$"
)

# "96 mln. USD", "1.2 bln. US dollars", "$45 bil. FDI": a scale word's abbreviating dot before a
# currency code or a flow's acronym does not end the sentence (the amount reads on across it);
# before any other capital it may.
_SCALE_DOT = re.compile(r"\b(?:mln|bln|bil|mn|bn|trln|tln|mlrd|thou|thous|ths|thsd)$", re.IGNORECASE)
_CODE_NEXT = re.compile(r"\s+(?:[A-Z]{3}\b|US\$|U\.?S\.?\s+dollars?\b|US\s+dollars?\b)")


@cache
def _answer() -> re.Pattern[str]:
    """An interview's answer that is only an amount ("- Over $500 million."), after its question:
    the question says what the amount measures, so the two are read as one sentence."""
    bounds = "|".join(rules_file("discourse.toml")["answer"]["bounds"])
    return re.compile(r"\s*(?:[-–—]\s?|A:\s?)?(?:(?:" + bounds + r")\s)?(?:[$€£]|US\$|USD\s|EUR\s)?\d[\d.,]*[^\n.!?\d]{0,30}\.?[ \t]*(?:\n|$)", re.I)


def _answers_question(text: str, start: int, at: int, after: int) -> bool:
    """Whether the question mark or line break at `at` ends a question whose answer, after it,
    is only an amount."""
    return (text[at] == "?" or text[start:at].rstrip().endswith("?")) and _answer().match(text, after) is not None


# A line that opens with a year and a dash or colon, then an amount, and ends as a list's item
# does ("2021 - $45 m;", "- in 2022: EUR 60 m,", the last "2023 - $70 m."): without the mark, the
# items of one sentence would run into each other's years.
_ROW_OPEN = r"[ \t]*(?:[-–—•*][ \t]?)?(?:in[ \t])?(?:19|20)\d\d[ \t]?[-–—:][ \t]?(?:[$€£]|US\$|[A-Z]{3}[ \t])?\d"
_YEAR_ROW = re.compile(_ROW_OPEN + r"[^\n]{0,40}(?:[;,.][ \t]*(?:\n|$)|$)")
_HEAD_OF_ROWS = re.compile(r":[ \t]*\n" + _ROW_OPEN)
_LINE_END = re.compile(r"[ \t]*\n")


def _year_row_next(text: str, start: int, at: int) -> bool:
    """Whether the line break at or after `at` leads into a row of a year's amount under a heading
    that ends in a colon ("Trade between Georgia and Japan:\n2021 - $45 m;\n2022 - $60 m."): the
    heading says what the rows measure, so heading and rows are read as one sentence, as the same
    list written on one line is. A blank line ends the rows."""
    if text[at] == "\n":
        nl = at
    elif (line_end := _LINE_END.match(text, at + 1)) is not None:  # "$45 m;" or "$70 m." ends its line
        nl = line_end.end() - 1
    else:
        return False
    if text[nl + 1 : nl + 2] == "\n" or not _YEAR_ROW.match(text, nl + 1):
        return False
    return text[start:nl].rstrip().endswith(":") or _HEAD_OF_ROWS.search(text, start, nl) is not None


def _scale_before_code(text: str, dot: int) -> bool:
    # The code after the dot first: asked at every sentence end, it fails at the second letter
    # of the next sentence ("The"), where the scale's search tries six places before the dot.
    return bool(_CODE_NEXT.match(text, dot + 1)) and bool(_SCALE_DOT.search(text, max(0, dot - 6), dot))


def _maybe_abbreviation(text: str, dot: int, case: _Case) -> bool:
    """Cheap first test: only a short word, or one with a capital or a dot, can be one."""
    space = text.rfind(" ", max(0, dot - 12), dot)
    if space == -1:
        # No space in the 12 characters before: the word is read as all the text before the
        # dot, as it always has been; its case comes from where the text's first capital and
        # first small letter are (found once), not from a copy of the text for each dot, which
        # made a long text quadratic.
        return dot <= 6 or not case.lower_before(dot)
    word = text[space + 1 : dot]
    return len(word) <= 6 or not word.islower()


class _Case:
    """Whether `text[:end].islower()`, for any end, from two positions found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.firsts: tuple[int, int] | None = None

    def lower_before(self, end: int) -> bool:
        if self.firsts is None:
            never = sys.maxsize
            upper = next((i for i, c in enumerate(self.text) if c.isupper() or c.istitle()), never)
            lower = next((i for i, c in enumerate(self.text) if c.islower()), never)
            self.firsts = (upper, lower)
        upper, lower = self.firsts
        # str.islower: no capital (upper or title case) and at least one small letter.
        return upper >= end and lower < end


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # sentences of one paragraph share context (the period, the pair)
    cut: bool = False  # a piece of a run longer than MAX_SENTENCE, cut where a space allowed


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of `text` with their offsets; blank ones are skipped.

    >>> [s.text for s in split_sentences("Trade rose 5% in the U.S. market. It fell.\\nNew line")]
    ['Trade rose 5% in the U.S. market.', 'It fell.', 'New line']
    >>> [s.paragraph for s in split_sentences("One. Two.\\n\\nThree.")]
    [0, 0, 1]
    >>> [s.text for s in split_sentences("Envoys met on May 2. [Photo/Agency]The grant will build roads.")]
    ['Envoys met on May 2.', '[Photo/Agency]', 'The grant will build roads.']
    >>> [s.text for s in split_sentences("Minister Kh. Aliev sells nuts, wine etc. Exports grew.")]
    ['Minister Kh. Aliev sells nuts, wine etc.', 'Exports grew.']
    >>> [s.text for s in split_sentences("- How much has Japan invested?\\n- Over $50 million.\\n- Why?")]
    ['- How much has Japan invested?\\n- Over $50 million.', '- Why?']
    >>> [s.text for s in split_sentences("Exports by year:\\n2021 - $5 m;\\n2022 - $7 m.\\nIt grew.")]
    ['Exports by year:\\n2021 - $5 m;\\n2022 - $7 m.', 'It grew.']
    """
    start = 0
    paragraph = 0
    case = _Case(text)
    no_end = _NO_END.search
    for m in _END.finditer(text):
        at, after = m.span()
        newline = text[at] == "\n"
        closes_caption = text[at] == "]"  # its close ends the caption, glued to what follows
        if not closes_caption and after < len(text) and not newline and not text[after].isspace() and not _GLUED_WORD.search(text, max(start, at - 30), at):
            continue
        if not newline and _maybe_abbreviation(text, at, case) and no_end(text, max(start, at - 12), at + 1):
            continue
        if not newline and _scale_before_code(text, at):
            continue
        if (text[at] == "?" or (newline and text[at - 1 : at] in "? \t")) and _answers_question(text, start, at, after):
            continue
        if _year_row_next(text, start, at):
            continue
        end = at if newline else after
        if end - start <= MAX_SENTENCE:
            # The common case without _emit: a generator per sentence cost as much as the rest of it.
            first, last = _trimmed(text, start, end)
            if last > first:
                yield Sentence(first, last, text[first:last], paragraph)
        else:
            yield from _emit(text, start, end, paragraph)
        if newline and after - at > 1:
            paragraph += 1
        start = after
    yield from _emit(text, start, len(text), paragraph)


MAX_SENTENCE = 2000  # longer runs are tables or junk, not prose: cut them to bound the work


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of `text[start:end]` without the space around it."""
    # str.strip() drops exactly what str.isspace() calls space: the sentence's own bounds.
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def _emit(text: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    start, end = _trimmed(text, start, end)
    was_cut = False
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield Sentence(start, cut, text[start:cut], paragraph, cut=True)
        start = cut
        while start < end and text[start].isspace():
            start += 1
        was_cut = True
    if end > start:
        yield Sentence(start, end, text[start:end], paragraph, cut=was_cut)
