"""Statistics tables with a column per flow: a header row that names its columns ("Country |
Turnover | Export | Import | 2009 in % of 2008"), cells parted by bars, tabs or runs of spaces, and
the rows under it, a partner's name and a number per column ("Russia | 438 120.4 | 71 305.2 |
366 815.2"). The caption before the header gives the unit ("(thousand US dollars)"), the period
and the table's home ("Main trading partners of Kyrgyzstan in January-June 2010"). Each cell is
a figure of its row's partner with the home: its column's flow, read from the header's words by
the triggers of `rules/phrases.toml`; a column of indexes ("in % of 2008") is a change from 100.
A column that is a year ("Country | 2018 | 2019") holds the caption's flow in that year; a header
pasted with single spaces ("Country Turnover Export Import") has its flow words as its cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from dashboard.contract.schema import AGGREGATES, Figure
from dashboard.extract.countries import find_countries
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.numbers import parse_number
from dashboard.extract.sentences import Sentence
from dashboard.extract.table_year_rows import caption_pair, is_year_header, shows_decimal_comma, year_row
from dashboard.extract.tables import Unit, unit_of_words
from dashboard.extract.times import TimeRef, find_times

WORLD = "WLD"
# Cells are parted by a bar, a tab or a run of two spaces or more (a pasted table's columns).
_CELL_SEP = re.compile(r"[ \t]*[|\t][ \t]*| {2,}")
# A row: the partner's name (no digit), then its cells; a dash is a cell with no data.
_ROW = re.compile(r"^\|?\s*(?P<name>[^\d|\t]*?[^\d|\t\s])\s*(?:[|\t]|\s)\s*(?P<cells>[\d+\-–—].*)$")
_NO_DATA = frozenset({"-", "–", "—", "..", "...", "x"})
# A number as statistics offices print it, thousands parted by spaces: "438 120.4", "1 208 450,3".
_NUMBER = re.compile(r"-?\d[\d.,]*")
_THOUSANDS_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A column's own year: a cell that is a year, or that opens with one ("Exports 2019", "2019 in % of 2018").
_OWN_YEAR = re.compile(r"^(?:(?P<y>(?:19|20)\d\d)(?:\s|$)|[^\d]*\s(?P<late>(?:19|20)\d\d)$)")
# The units a caption or a header cell gives in brackets, or after a comma: "(thousand USD; last
# column - ...)", "Turnover, mln USD".
_UNIT_PLACES = re.compile(r"\(([^()]{2,120})\)|,\s?([^,()\d:;]{2,30}?)\s?:?$")
_UNIT_PIECE = re.compile(r"\s*[;,]\s*")
# A row's cells: the text between bars or tabs, or, in a table pasted with spaces, between runs of them.
_BAR_OR_TAB = re.compile(r"[^|\t\s](?:[^|\t]*[^|\t\s])?")
_SPACE_RUN = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True, slots=True)
class Column:
    """What a table's column holds: a flow's level or change, or no figure (`indicator` None)."""

    indicator: str | None  # trade_turnover | exports | None (a balance, a share)
    lexeme: str  # turnover | export | import: which side the home is on
    kind: str  # level | change
    index: bool  # "in % of 2008": the cell is an index, 100 is no change
    unit: Unit | None  # a cell's own unit ("Export, mln USD"), over the caption's
    words: str  # the header cell, the figure's measure
    year: int | None = None  # a column's own year ("Country | 2018 | 2019"), over the caption's


@dataclass(frozen=True, slots=True)
class Table:
    """A table being read: its columns, unit, home and time, for the rows under its header."""

    columns: tuple[Column, ...]
    unit: Unit | None
    home: str
    year: int | None
    period: str | None
    partner: str | None = None  # a table whose rows are years (`table_year_rows`): every row's partner
    decimal_comma: bool = False  # a row wrote "-0,592": "46,716" is 46.716 in this table


def may_be_table_line(text: str) -> bool:
    """The cheap test: a line with a bar, a tab or a run of spaces may be a table's; so may a short
    one that ends in a letter, as a header pasted with single spaces does (prose ends in a stop)."""
    return "|" in text or "\t" in text or "  " in text or (len(text) <= 80 and text[-1].isalpha())


def cells_of(line: str) -> list[str]:
    """A line's cells, parted by bars, tabs or runs of spaces."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|"):
        line = line[1:-1].strip()  # a bordered row, "| Country | Export |"; a leading bar alone parts an empty name cell
    return _CELL_SEP.split(line)


def unit_in(text: str, lex: Lexicon) -> Unit | None:
    """The unit a caption or a header cell names, in brackets or after a comma, among other
    notes: "(thousand USD; last column - turnover in % of 2008)" is (1e3, USD); or a line that is
    a unit alone ("Thousand US dollars")."""
    if len(text) <= 40 and not any(ch.isdigit() for ch in text) and (unit := unit_of_words(text.strip(" :.()").removeprefix("in "), lex)):
        return unit
    for m in _UNIT_PLACES.finditer(text):
        for piece in _UNIT_PIECE.split(m.group(1) or m.group(2) or ""):
            piece = piece.removeprefix("in ").strip()
            if piece and not any(ch.isdigit() for ch in piece) and (unit := unit_of_words(piece, lex)) is not None:
                return unit
    return None


def _flow_of(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The indicator and lexeme of the first trigger in `text`."""
    for m in lex.triggers.finditer(text):
        t = lex.trigger_groups[m.lastgroup or ""]
        if t.lexeme in ("turnover", "export", "import"):
            return t.indicator, t.lexeme
    return None


def _rated_flow(before: list[Column]) -> tuple[str, str] | None:
    """The flow a rate column with no flow word of its own measures, from the levels since the
    last rate column: the one level ("Export | Growth, %"), else the turnover among them."""
    levels: list[Column] = []
    for column in reversed(before):
        if column.kind == "change":
            break
        if column.indicator is not None:
            levels.append(column)
    flows = list(dict.fromkeys((c.indicator, c.lexeme) for c in levels if c.indicator))
    if len(flows) > 1:
        flows = [f for f in flows if f[1] == "turnover"]
    return flows[0] if len(flows) == 1 else None


def _column(cell: str, before: list[Column], caption_flows: tuple[tuple[str, str] | None, tuple[str, str] | None], lex: Lexicon) -> Column | None:
    """The column a header cell names, None if it names none (a partner's name column). The
    caption's flows: its own ("Kazakhstan's exports by country"), for columns that are years alone,
    and its note's for a rate's column ("last column - turnover in % of 2008")."""
    own_year = _OWN_YEAR.match(cell)
    year = int(own_year.group("y") or own_year.group("late")) if own_year else None
    if lex.table_no_figure.search(cell):
        return Column(None, "", "level", False, None, cell)
    flow = _flow_of(cell, lex)
    index = bool(lex.table_index.search(cell))
    if index or "%" in cell or lex.table_change.search(cell):
        # A rate with no flow word of its own ("2009 in % of 2008", "Growth, %") is the caption's
        # note's ("last column - turnover in % of 2008"), else that of the levels before it.
        flow = flow or caption_flows[1] or _rated_flow(before)
        if flow is None or ("%" not in cell and not index):
            return Column(None, "", "change", False, None, cell)
        # "Country | 2018 | 2019 | Growth, %": a rate's year is its own, else the level's before it.
        year = year if own_year and own_year.group("y") else before[-1].year if before else None
        return Column(flow[0], flow[1], "change", index, None, cell, year)
    if flow is None and year is not None and _YEAR.fullmatch(cell.strip()):
        flow = caption_flows[0]  # "Country | 2018 | 2019" under "Exports of Georgia by country"
    if flow is None and caption_flows[0] is not None and (unit := _unit_alone(cell, lex)) is not None:
        # "Country | thousand USD", "Country | Value, mln USD | Share, %" under "Exports of
        # Tajikistan by country": a column named by its unit alone holds the caption's flow.
        return Column(caption_flows[0][0], caption_flows[0][1], "level", False, unit, cell, year)
    if flow is None and lex.table_sum_column.fullmatch(cell.strip()) and {"export", "import"} <= {c.lexeme for c in before if c.kind == "level"}:
        flow = ("trade_turnover", "turnover")  # "Export | Import | Volume": the sum of the two sides
    if flow is None:
        return None
    return Column(flow[0], flow[1], "level", False, unit_in(cell, lex), cell, year)


# The words a column named by its unit alone may put before it: "Value, thousand USD", "Amount (mln USD)".
_VALUE_WORD = re.compile(r"(?:value|amount|volume|sum)\s?[,:]?\s?", re.I)


def _unit_alone(cell: str, lex: Lexicon) -> Unit | None:
    """The unit a header cell is all of ("thousand USD", "(mln USD)", "Value, USD million"), else None."""
    words = cell.strip()
    if (m := _VALUE_WORD.match(words)) is not None:
        words = words[m.end() :]
    words = words.strip(" :.()").removeprefix("in ").strip()
    if not words or len(words) > 40 or any(ch.isdigit() for ch in words):
        return None
    return unit_of_words(words, lex)


def _caption_change(caption: str, lex: Lexicon) -> tuple[str, str] | None:
    """The flow a caption's note gives a column of rates: "last column - turnover in % of 2008"."""
    for piece in re.split(r"[;()]", caption):
        if "%" in piece and (flow := _flow_of(piece, lex)) is not None:
            return flow
    return None


def _spaced_cells(line: str, lex: Lexicon) -> list[str]:
    """A header pasted with single spaces ("Country Turnover Export Import"): its cells are its
    flow words (two or more), each a column, after one word of the names' column; else the line
    as one cell (a headline's "Azerbaijan-Russia trade" is no header)."""
    if len(line) > 80:
        return [line]
    flows = {m.end(): m for m in lex.triggers.finditer(line)}
    found = [m.span() for m in flows.values()]
    for m in lex.table_no_figure.finditer(line):
        trade = flows.get(m.start() - 1)
        if trade is not None and lex.trigger_groups[trade.lastgroup or ""].lexeme == "turnover":
            found.remove(trade.span())  # "Trade balance": the no-figure word heads the trade word before it
            found.append((trade.start(), m.end()))
        else:
            found.append(m.span())
    found.sort()
    head = line[: found[0][0]].strip() if found else line
    if len(found) < 2 or " " in head or any(line[b:a].strip() for (_, b), (a, _) in pairwise(found)) or line[found[-1][1] :].strip():
        return [line]
    return [head, *(line[a:b] for a, b in found)]


def header_columns(line: str, caption: str, lex: Lexicon) -> tuple[Column, ...] | None:
    """The columns a header row names, after its partner's name column; None if the line is no
    header: too few cells, a number that is no year, a cell that names nothing, or no flow."""
    cells = cells_of(line)
    if len(cells) == 1:
        cells = _spaced_cells(line, lex)
    if len(cells) < 2 or _NUMBER.search(_YEAR.sub("", line)) or any(len(c) > 60 for c in cells):
        return None
    caption_flows = (_flow_of(caption, lex), _caption_change(caption, lex) if "%" in caption else None)
    columns: list[Column] = []
    for at, cell in enumerate(cells):
        column = _column(cell, columns, caption_flows, lex)
        if column is None:
            if at == 0:
                continue  # "Country", "Partner", or nothing: the names' column
            return None
        columns.append(column)
    if not any(c.indicator is not None and c.kind == "level" for c in columns):
        return None
    return tuple(columns)


def row_cells(line: str, count: int) -> tuple[str, list[tuple[int, int, float | None]]] | None:
    """A row's partner name and its `count` cells (offsets in the line and value, None for no
    data), or None if the line is no row of the table. Cells parted by single spaces are told
    apart by their thousands: "71 305.2 366 815.2" is two cells when the header has two columns."""
    m = _ROW.match(line)
    if m is None:
        return None
    start, rest = m.start("cells"), m.group("cells")
    parted = _BAR_OR_TAB if ("|" in rest or "\t" in rest) else _SPACE_RUN
    pieces = [(start + p.start(), start + p.end()) for p in parted.finditer(rest)]
    if len(pieces) != count and parted is _SPACE_RUN:
        pieces = _joined_thousands([(start + t.start(), start + t.end()) for t in re.finditer(r"\S+", rest)], line, count)
    if len(pieces) != count:
        return None
    cells: list[tuple[int, int, float | None]] = []
    for a, b in pieces:
        raw = line[a:b].rstrip("%").rstrip().removeprefix("+")  # a rate's cell may keep its sign and mark: "+5.3%"
        if raw in _NO_DATA:
            cells.append((a, b, None))
            continue
        if not re.fullmatch(r"-?\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d+)?|-?\d[\d.,]*", raw):
            return None
        value = parse_number(raw.lstrip("-"))
        if value is None:
            return None
        cells.append((a, b, -value if raw.startswith("-") else value))
    return m.group("name").strip(), cells


def _joined_thousands(tokens: list[tuple[int, int]], line: str, count: int) -> list[tuple[int, int]]:
    """Tokens parted by single spaces joined into `count` numbers: a group of three digits after
    a number of one to three digits with no decimals is its thousands ("438 120.4")."""
    tokens = list(tokens)
    while len(tokens) > count:
        for i in range(len(tokens) - 1):
            head, tail = line[tokens[i][0] : tokens[i][1]], line[tokens[i + 1][0] : tokens[i + 1][1]]
            if re.fullmatch(r"-?\d{1,3}(?: \d{3})*", head) and _THOUSANDS_GROUP.fullmatch(tail):
                tokens[i : i + 2] = [(tokens[i][0], tokens[i + 1][1])]
                break
        else:
            return tokens
    return tokens


def row_partner(name: str, lex: Lexicon) -> str | None:
    """The partner a row's name names: a country, the EU, or the world ("Total", "All countries")."""
    if lex.table_world_row.fullmatch(name.strip(" :*")):
        return WORLD
    found = [m for m in find_countries(name, lex) if m.code]
    if len(found) != 1 or found[0].end - found[0].start < len(name.strip(" :*")) - 12:
        return None  # "CIS countries", "Russia and Belarus": no one partner
    return found[0].code


def caption_home(caption: str, lex: Lexicon) -> str | None:
    """The one country a caption names ("Main trading partners of Kyrgyzstan"): the table's home."""
    codes = {m.code for m in find_countries(caption, lex) if m.code and m.code not in AGGREGATES}
    return codes.pop() if len(codes) == 1 else None


def row_figures(table: Table, line: str, offset: int, lex: Lexicon) -> list[Figure] | None:
    """The figures of one row of `table` (at article offset `offset`); None if the line is no row."""
    year = None
    if table.partner is not None:
        if (in_year := year_row(line)) is None:
            return None
        year, line = in_year
    found = row_cells(line, len(table.columns))
    if found is None:
        return None
    name, cells = found
    if table.decimal_comma:
        cells = [(a, b, v if "," not in line[a:b] else _decimal(line[a:b], v)) for a, b, v in cells]
    partner = table.partner or row_partner(name, lex)
    if partner is None or partner == table.home:
        return []  # a group's row, or the home's own: the table goes on
    pair = (min(partner, table.home), max(partner, table.home))
    figures = []
    for column, (a, b, value) in zip(table.columns, cells, strict=True):
        unit = column.unit or table.unit
        if column.indicator is None or value is None or (column.kind == "level" and unit is None):
            continue
        if column.lexeme == "turnover":
            origin, destination = None, None
        elif column.lexeme == "export":
            origin, destination = table.home, partner
        else:
            origin, destination = partner, table.home
        if column.kind == "level":
            assert unit is not None
            amount, unit_code = round(value * unit[0], 2), unit[1]  # to the cent, as `find_money` rounds an amount
        else:
            amount, unit_code = round(value - 100 if column.index else value, 6), "percent"
        figures.append(Figure(
            pair[0], pair[1], origin, destination, column.indicator, column.kind, "reported", float(amount), unit_code, "exact",
            column.year or year or table.year, (table.period or "FY") if column.year or year else table.period, line, offset + a, offset + b, f"{column.lexeme}:table-{column.kind}:table-caption",
            " ".join(column.words.lower().split()) or None, None,
            (*_sides(origin, partner, offset, len(name)), ("indicator", -1, -1, "table-header"), ("period", -1, -1, "time:table-caption")),
        ))  # fmt: skip
    return figures


def _decimal(raw: str, value: float | None) -> float | None:
    """A cell's value read with a decimal comma ("46,716" is 46.716), keeping its sign."""
    parsed = parse_number(raw.strip().lstrip("+-").replace(",", "."))
    return value if parsed is None or value is None else -parsed if value < 0 else parsed


def _sides(origin: str | None, partner: str, offset: int, name_length: int) -> tuple[tuple[str, int, int, str], ...]:
    """The evidence of a row's sides: the partner is its name, the home the table's caption."""
    if origin is None:
        return (("partner", offset, offset + name_length, "table-row"),)
    partner_slot, home_slot = ("origin", "destination") if origin == partner else ("destination", "origin")
    return ((partner_slot, offset, offset + name_length, "table-row"), (home_slot, -1, -1, "table-caption"))


def table_line(
    line: Sentence, caption: str, table: Table | None, published: date | None,
    fallbacks: tuple[str | None, Unit | None, TimeRef | None, tuple[str, str] | None], lex: Lexicon,
) -> tuple[Table | None, list[Figure] | None]:
    """A line read as a table's: the table the lines after it read, and its figures (None if it is
    no row of the table being read, nor a header). A row of `table` gives a figure per cell; a header
    row opens a table with what its caption (the line before it) gives: the home (else the
    `fallbacks`' home: the ranking's, the report's or the article's), the unit (else theirs: a
    unit a header line gave), the period (else theirs: the article's current one); a header of
    years (`table_year_rows`) takes its pair from the caption, else with the article's pair."""
    if table is not None and table.partner is not None and not table.decimal_comma and shows_decimal_comma(line.text):
        table = replace(table, decimal_comma=True)
    if table is not None and (rows := row_figures(table, line.text, line.start, lex)) is not None:
        return table, rows
    columns = header_columns(line.text, caption, lex)
    pair = caption_pair(caption, fallbacks[0], fallbacks[3], lex) if columns is not None and is_year_header(cells_of(line.text)[0], lex) else None
    home = pair[0] if pair else (caption_home(caption, lex) or fallbacks[0]) if columns is not None else None
    if columns is None or home is None:
        return None, None
    own = [r for r in find_times(caption, published, lex.period_reference) if r.kind == "period" and r.year and not r.base]
    time = own[0] if own else fallbacks[2] if fallbacks[2] is not None and fallbacks[2].kind == "period" else None
    unit = unit_in(caption, lex) or fallbacks[1]
    return Table(columns, unit, home, time.year if time else None, time.period if time else None, pair[1] if pair else None), []


def caption_before(sentences: list[Sentence], at: int) -> str:
    """The caption of a header row at `at`: the line before it, with the line before that in its
    paragraph when the first is only the unit ("Trade of Kazakhstan by country, 2019\n(USD million)")."""
    if at == 0:
        return ""
    line = sentences[at - 1]
    if at > 1 and sentences[at - 2].paragraph == line.paragraph and line.text.startswith("(") and line.text.rstrip(":").endswith(")"):
        return f"{sentences[at - 2].text} {line.text}"
    return line.text
