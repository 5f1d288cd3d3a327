"""Statistics tables whose rows are years: a header whose first cell is "Year" ("Year | Export |
Import | Volume"), rows that open with one ("2005 | 46,716 | 47,309 | 94,026"), under a caption
that names the pair ("Trade between Uzbekistan and Russia, million US dollars:") or the partner
alone ("Bilateral trade (million USD) with Tajikistan", the home the article's). Each row is the
pair's in its year; its cells are read as a partner's row's are (`table_columns`)."""

from __future__ import annotations

import re

from dashboard.contract.schema import AGGREGATES
from dashboard.extract.countries import find_countries
from dashboard.extract.lexicon import Lexicon

_YEAR_ROW = re.compile(r"^\|?\s*(?P<y>(?:19|20)\d\d)(?=[\s|])")
# A zero before a comma opens no thousands group ("-0,592"): the table's commas are decimal ones.
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])0,\d")


def is_year_header(first_cell: str, lex: Lexicon) -> bool:
    """Whether a header's first cell heads a column of years ("Year", "YEARS", "Period")."""
    return lex.table_year_column.fullmatch(first_cell.strip(" |:")) is not None


def caption_pair(caption: str, home: str | None, story: tuple[str, str] | None, lex: Lexicon) -> tuple[str, str] | None:
    """The home and the partner of a table whose rows are years: the caption's two countries in
    their order (the first the home, whose sales the export column holds, as "trade between
    Uzbekistan and Russia" reads), or its one country as the partner of the other country of the
    article's pair (`story`: an embassy's "trade with Tajikistan" is its own country's), else of
    `home`; None otherwise."""
    found = sorted((m for m in find_countries(caption, lex) if m.code and m.code not in AGGREGATES), key=lambda m: m.start)
    codes = list(dict.fromkeys(m.code for m in found if m.code))
    if len(codes) == 2:
        return codes[0], codes[1]
    if len(codes) == 1 and story is not None and codes[0] in story:
        return next(c for c in story if c != codes[0]), codes[0]
    if len(codes) == 1 and home is not None and home != codes[0] and home not in AGGREGATES:
        return home, codes[0]
    return None


def year_row(line: str) -> tuple[int, str] | None:
    """A row's year and the line with that year written as a name of as many letters, so that its
    cells are read, at the same offsets, as a partner's row's; None if the line opens with no year."""
    m = _YEAR_ROW.match(line)
    if m is None:
        return None
    return int(m.group("y")), f"{line[: m.start('y')]}Year{line[m.end('y') :]}"


def shows_decimal_comma(line: str) -> bool:
    """Whether a row writes a decimal comma no thousands group can be ("-0,592")."""
    return _DECIMAL_COMMA.search(line) is not None
