"""What a time expression names, counted from the article's date: the kind, year and period of a
template's match (`resolve`), with the words for months, counts and ordinals it reads."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "i": 1, "second": 2, "2nd": 2, "ii": 2, "third": 3, "3rd": 3,
    "iii": 3, "fourth": 4, "4th": 4, "iv": 4, "last": 4, "final": 4,
}  # fmt: skip


def _rel_year(rel: str | None, published: date | None) -> int | None:
    if published is None or rel is None:
        return None
    rel = rel.lower()
    if "before last" in rel:
        return published.year - 2  # "the year before last"
    if "last" in rel or "previous" in rel or "past" in rel or "just" in rel:  # "the year just ended"
        return published.year - 1
    if "next" in rel:
        return published.year + 1
    return published.year


def _year(m: re.Match[str], published: date | None, last_month: int | None) -> int | None:
    """The year a match names, or the one its months fall in, counted back from the article."""
    groups = m.groupdict()
    if groups.get("y"):
        return int(groups["y"])
    if groups.get("yy"):
        return 2000 + int(groups["yy"])  # "Q1'18"
    if groups.get("rel"):
        return _rel_year(groups["rel"], published)
    if published is None:
        return None
    if last_month is None:
        return published.year
    # "In January-September" with no year: the latest such period that has ended by publication.
    return published.year if last_month <= published.month else published.year - 1


def _month(name: str) -> int:
    return int(name) if name.isdigit() else MONTHS[name.lower().rstrip(".")]  # "01.10.2014": its month in digits


_NAMED_RANGES = {(1, 12): "FY", (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


def month_range(first: int, last: int) -> str:
    """A month range's one code: a quarter, a half or the year by its name.

    >>> month_range(1, 6), month_range(1, 10), month_range(10, 12)
    ('H1', 'M1-M10', 'Q4')
    """
    if first == last:
        return f"M{first}"  # "the first month of 2012": one month, one code
    return _NAMED_RANGES.get((first, last), f"M{first}-M{last}")


_RANGE_OF = {name: months for months, name in _NAMED_RANGES.items()}
_MONTH_CODE = re.compile(r"M(\d{1,2})(?:-M(\d{1,2}))?")


def month_span(period: str | None) -> tuple[int, int] | None:
    """The first and last month of a period code, `month_range`'s inverse.

    >>> month_span("H1"), month_span("M1-M9"), month_span("M6"), month_span("cumulative")
    ((1, 6), (1, 9), (6, 6), None)
    """
    if period is None:
        return None
    if period in _RANGE_OF:
        return _RANGE_OF[period]
    m = _MONTH_CODE.fullmatch(period)
    return (int(m.group(1)), int(m.group(2) or m.group(1))) if m else None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNTS[word.lower()]


def resolve(kind: str, m: re.Match[str], published: date | None) -> tuple[str, int | None, str | None] | None:
    g = m.groupdict()
    if kind == "date":
        if g.get("y"):
            return "date", int(g["y"]), None
        if g.get("rel"):
            return "date", _rel_year(g["rel"], published), None  # "October 1 of this year"
        # "On December 15" with no year: the latest such day on or before the article's date.
        if published is None:
            return "date", None, None
        if not g.get("m"):
            return "date", published.year, None  # "on Tuesday", "this week": the article's week
        day = (_month(g["m"]), int(g["d"]))
        return "date", published.year if day <= (published.month, published.day) else published.year - 1, None
    if kind == "back":
        n = _count(g["n"])
        return ("back", None, str(n)) if 2 <= n <= 50 else None
    if kind == "later":
        # A step forward is a step back of minus so many years.
        if g.get("same"):
            return "back", None, "0"  # "that year": the year the story has reached
        n = _count(g["n"]) if g.get("n") and g["n"].lower() != "a" else 1
        return ("back", None, str(-n)) if 1 <= n <= 50 else None
    if kind == "relquarter":
        # "the last quarter": the quarter before the article's (written in January: the fourth of the year before)
        if published is None:
            return None
        q = (published.month - 1) // 3
        return ("period", published.year, f"Q{q}") if q else ("period", published.year - 1, "Q4")
    if kind == "relmonth":
        # "last month": the month before the article's; "this month": its own.
        if published is None:
            return None
        back = 1 if g["rm"].lower() in ("last", "previous", "past") else 0
        year, month = (published.year, published.month - back) if published.month > back else (published.year - 1, 12)
        return "period", year, f"M{month}"
    if kind == "months":
        a, b = _month(g["m1"]), _month(g["m2"])
        if a >= b:
            return None
        return "period", _year(m, published, b), month_range(a, b)
    if kind == "short":
        n, unit, year = int(g["n"]), g["u"], 2000 + int(g["yy"])
        if unit == "H" and n <= 2:
            return "period", year, f"H{n}"
        if unit == "Q" and n <= 4:
            return "period", year, f"Q{n}"
        return ("period", year, month_range(1, n)) if unit == "M" else None
    if kind == "last_n":
        # "the last three months of 2011", "the final month of 2011": a year's closing months
        n = _count(g["n"]) if g.get("n") else 1
        return ("period", _year(m, published, 12), month_range(13 - n, 12)) if 1 <= n <= 12 else None
    if kind == "first_n":
        n = _count(g["n"]) if g.get("n") else 1
        if g.get("end") and _month(g["end"]) != n:
            return "vague", None, None  # "the 12 months to June": a window of months, no calendar period
        # "ten months of this year" names a period; "10 months" alone is a duration.
        if not 1 <= n <= 12 or not (g.get("first") or g.get("y") or g.get("rel") or g.get("span") is not None or g.get("adj") is not None or "M" in m.group(0)):
            return None
        if g.get("past") and (published is None or not published.month - 2 <= n < published.month):
            return None  # "in the past three months" said in November: a duration, not the year's first months
        return "period", _year(m, published, n), month_range(1, n)
    if kind == "quarters":
        if g.get("n"):
            first, last = 1, {"two": 2, "three": 3}.get(g["n"].lower(), 0) or int(g["n"])
        else:
            first = int(g.get("q1") or ORDINALS[(g.get("o0") or g["o1"]).lower()])  # "the first, second and third quarters"
            last = int(g.get("q2") or ORDINALS[g["o2"].lower()])
        if not 1 <= first < last <= 4:
            return None
        return "period", _year(m, published, 3 * last), month_range(3 * first - 2, 3 * last)
    if kind == "quarter":
        q = int(g.get("q") or g.get("q2") or ORDINALS[g["o"].lower()])
        return "period", _year(m, published, 3 * q), f"Q{q}"
    if kind == "half":
        digit = g.get("h") or g.get("hb")
        h = int(digit) if digit else ORDINALS.get((g.get("o") or "first").lower(), 1)
        return "period", _year(m, published, 6 * h), f"H{h}"
    if kind == "halves":
        return "period", _year(m, published, 12), "FY"
    if kind == "month":
        mo = _month(g["m"])
        return "period", _year(m, published, mo), f"M{mo}"
    if kind == "since":
        return "since", (int(g["y"]) if g.get("y") else None), None
    if kind == "deadline":
        return "deadline", _year(m, published, None), "FY"
    if kind == "span":
        y1, y2 = int(g.get("y") or g["y3"]), g["y2"]
        end = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if end == y1 + 1 and not m.group(0)[:1].isalpha():
            return "period", y1, None  # a fiscal year such as 2022-23 (not "from 2021 to the end of 2022")
        if end <= y1:
            return None
        return "span", end, None
    if kind in ("whole_year", "year_end"):
        return "ref", None, ("FY" if kind == "whole_year" else None)  # the story's year (`timing`)
    if kind == "relyear":
        rel = " ".join(g["rel"].lower().split())
        if rel in ("the year", "the whole year", "the full year", "the entire year"):
            # "imports reached $695 m over the year", "close to $2 bn for the whole year": the
            # year the article speaks of, not the year it was written in (a report in February
            # on the year before); said whole, all of it, not the months it reports. ("totaled
            # $6.87 bn for the year" after a month's figure: the sum "for" it is the whole year's.)
            whole = rel != "the year" or m.string[max(0, m.start() - 4) : m.start()].lower() == "for "
            return "ref", None, ("FY" if whole else None)
        return "period", _rel_year(g["rel"], published), "FY"
    if kind == "year":
        return "period", int(g["y"]), "FY"
    if kind == "to_date":
        if g.get("y") or g.get("y2"):
            return "present", int(g.get("y") or g["y2"]), None
        return "present", published.year if published else None, None  # year to date
    if kind == "present":
        return "present", published.year if published else None, None
    return kind, None, None  # vague, before


_LAST_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


def month_over(year: int | None, period: str | None, published: date | None) -> bool:
    """Whether a single month ("M9" of 2023), a quarter or a half had ended by the article's date."""
    if year is None or published is None or period is None:
        return False
    last = int(period[1:]) if re.fullmatch(r"M\d{1,2}", period) else _LAST_MONTH.get(period)
    return last is not None and (year, last) < (published.year, published.month)


def months_to_date(
    kind: str, period: str | None, m: re.Match[str], at_end: bool, as_of: bool = False, over: bool = False, counted_to: bool = False
) -> tuple[str, str | None]:
    """The months from January that an as-of date closes: "as of October 1, 2018" and "as of
    September 30, 2018" close January-September, "as of the end of September 2018" too. A
    stock counted then keeps its year; a flow counted to date (trade, exports) is of those
    months. Any other date is left as it was ("as of October 15": no whole month). A date
    without its year closes the months only after "as of" ("as of October 1": the year is the
    last October 1 by the article's date); "by October 1" is a deadline as often. `over`: the
    month had ended by the article's date; `counted_to`: its end is counted to ("as of the end of",
    "by the end of"), not only named ("at the end of")."""
    g = m.groupdict()
    if kind == "date" and (g.get("y") or as_of) and g.get("d") and g.get("m"):
        day, month = int(g["d"]), _month(g["m"])
        last = month - 1 if day == 1 else (month if day >= 28 else 0)
        return ("period", month_range(1, last)) if last >= 1 else (kind, period)
    # (a month with its year written, or one over by the article's date: "By the end of September,
    # trade had reached $2 bn" in November; "by the end of this month" is a deadline, no count to date)
    if kind == "period" and at_end and (g.get("y") or over) and period is not None and re.fullmatch(r"M\d{1,2}", period):
        return kind, month_range(1, int(period[1:]))
    # ("as of (by) the end of the third quarter of 2023": January-September; "at the end of" a
    # quarter is as often the quarter's own result, and is left as it was)
    if kind == "period" and counted_to and (g.get("y") or over) and period in _LAST_MONTH:
        return kind, month_range(1, _LAST_MONTH[period])
    return kind, period


def year_closed(kind: str, period: str | None, m: re.Match[str]) -> tuple[str, str | None]:
    """The calendar year a "year ended" date closes: "the year ended 31 December 2018" is 2018's
    whole year. A year ended on another day (a fiscal year to March 31) is left a date."""
    g = m.groupdict()
    if kind == "date" and g.get("y") and g.get("d") and g.get("m") and int(g["d"]) == 31 and _month(g["m"]) == 12:
        return "period", "FY"
    return kind, period
