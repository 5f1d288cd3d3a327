"""How a sentence moves the story's period for the sentences after it, or does not: asides of
another measure or of now, look backs at an earlier year of the story's own figure, years that
step forward ("a year later"), and a heading's months for the list under it."""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.contract.schema import Figure
from dashboard.extract.discourse import Discourse
from dashboard.extract.times import TimeRef


def aside_of_other_year(named: TimeRef | None, d: Discourse, text: str = "") -> bool:
    """ "The country's GDP grew 4.1 percent in 2015.": a sentence of another measure, in a year
    other than the story's, is an aside; the story's period stays for the flows told after it
    (one of the same year, "GDP grew 8.2% in January-June", still names the period reported on).
    So is a sentence without a figure said of now ("The EU now accounts for 27 percent of
    Georgia's trade"): what holds today, not the period the story reports on."""
    if named is None or d.time is None:
        return False
    said_now = named.kind == "present" and d.time.kind == "period" and _NOW.fullmatch(text, named.start, named.end) is not None
    return said_now or (named.year != d.time.year and d.other_measure)


def event_year_aside(named: TimeRef | None, d: Discourse, flowless: Callable[[], bool]) -> bool:
    """ "In 2022, trade ... amounted to $2.45 bn. The two countries established diplomatic
    relations in 1992. Kazakhstan's exports to Turkey amounted to $1.3 bn": a sentence with no
    figure and no word of a flow (`flowless`) that names a whole year before the one the story
    told its figures for is an event's year looked back to; the story stays in its period. So is
    the whole of the year whose part the story reports ("In January-March 2019, ... The presidents
    met in 2019."). (A later year may move a narrative forward: "In 2022, the situation changed.")"""
    current, last = d.time, d.last
    if not (
        named is not None and current is not None and last is not None and named.kind == "period" and named.period == "FY"
        and named.year is not None and current.year is not None and last.year == current.year
    ):  # fmt: skip
        return False
    part = current.period not in (None, "FY", "cumulative")
    return (named.year < current.year or (named.year == current.year and part)) and flowless()


_NOW = re.compile(r"now|currently|today|at\spresent|presently|at\sthe\smoment", re.I)


# A sentence that opens by saying it looks back: "Three years earlier, in 2020, ...", "Ten years
# ago, ...", "Back in 2015, ...", "By comparison, in 2008, ...".
_LOOK_BACK_OPENER = re.compile(
    r"[\"“]?\s*(?:(?:[\w-]+\s){1,2}(?:years?|decades?)\s(?:earlier|ago|before)|back\sin|(?:by|in|for)\scomparison)\b", re.I
)


def looks_back_to(named: TimeRef | None, d: Discourse, told_before: Figure | None, told: list[Figure], text: str = "") -> bool:
    """Whether a sentence's figure is the story's own measure in a whole earlier year, told to
    compare ("Our turnover reached $1.4 bn last year. Ten years ago, in 2014, it was around
    $600 m. Most of it is still imports: deliveries amounted to $1.15 bn"): a look back, after
    which the story goes on in its year. So is the earlier year of a partner's figure the story
    told for its own year a few sentences before ("The largest investor in 2013 was Azerbaijan
    with $208 m ... In 2012 investments from Azerbaijan made up only $61.9 m"), among `told`,
    the article's figures; and a sentence `text` that opens by saying it looks back ("Three years
    earlier, in 2020, Russia led with $21.5 bn, while China was second"), whatever pairs it names.
    (A part of a year reported may go on to the year before it, and a narrative moves forward:
    neither is a look back.)"""
    last, current = d.last, d.time
    if not (
        named is not None and d.last_in_sentence and last is not None and told_before is not None and current is not None
        and named.kind == "period" and named.period == "FY" and current.kind == "period" and current.period == "FY"
        and named.year is not None and current.year is not None and named.year < current.year and last.year == named.year
    ):  # fmt: skip
        return False
    if told_before.year == current.year and _LOOK_BACK_OPENER.match(text) is not None:
        return True
    pair = (last.country_a, last.country_b)
    # (only a figure that happened in the story's year makes the earlier year a look back: a goal
    # set for the year, "intend to raise trade to $1 bn in 2018", leaves "In 2017 trade grew 56% to
    # $604 m. In particular, exports ..." a story of 2017)
    return any(
        f.year == current.year and f.indicator == last.indicator and (f.country_a, f.country_b) == pair and f.quote != last.quote
        and f.status == "reported"
        for f in (told_before, *told)
    )


def stepped(times: tuple[TimeRef, ...], d: Discourse) -> tuple[TimeRef, ...]:
    """ "A year later ...", "The following year ...": the year so many after the one the story
    had reached is the one it has reached now, for the sentences after it."""
    if not any(r.kind == "back" and (r.back < 0 or (r.back == 0 and d.aside_year)) for r in times):
        return times
    now = d.year_reached()
    stepped: list[TimeRef] = []
    for r in times:
        if r.kind == "back" and r.back == 0 and d.aside_year is not None:
            r = TimeRef(r.start, r.end, "period", d.aside_year, "FY")  # "... in 1992. That year, ...": the event's year
        elif r.kind == "back" and r.back < 0 and now is not None:
            r = TimeRef(r.start, r.end, "period", now - r.back, "FY")
        if r.kind == "period" and r.year is not None and not r.base:
            now = r.year  # "In 2006 ..., and two years later ...": from the year just named
        stepped.append(r)
    return tuple(stepped)


def other_months(named: TimeRef | None, d: Discourse) -> bool:
    """Whether a sentence without a figure ("Top partners in January-October 2014:") made other
    months of the last figure's year the current period, for a list that continues that figure.
    (Another year named so is a heading's base, "(growth to 2016):", "(in % to 2023):".)"""
    last = d.last
    return (
        named is not None and d.time is named and named.kind == "period" and last is not None
        and named.year == last.year and named.period != last.period and last.period not in (None, "cumulative")
    )  # fmt: skip


def told_as_base(d: Discourse, told: list[Figure]) -> bool:
    """Whether the last figure is the earlier base of a figure its sentence told of the story's
    year ("amounted to $24.1 bn in 2013, down 14.6% from the previous year ($28.22 bn)"): its
    year is not that of a list continuing the sentence ("The Netherlands remained the largest
    investor with $7 bn")."""
    last, current = d.last, d.time
    if last is None or current is None or last.year is None or current.year is None or last.year >= current.year:
        return False
    pair = (last.country_a, last.country_b)
    return any(
        f is not last and f.quote == last.quote and f.indicator == last.indicator and (f.country_a, f.country_b) == pair
        and f.year == current.year
        for f in told
    )  # fmt: skip


def story_after_aside(pair: tuple[str, str], d: Discourse) -> Figure | None:
    """The story's lead, when a figure with no time of its own returns to the lead's pair right
    after a figure of another pair in an earlier whole year ("In 2022, trade between Georgia and
    Germany amounted to $640 m. Germany's trade with China reached $154 m in 2015. Georgia's
    exports to Germany amounted to $345 m": 2022's). The aside's year is its pair's, not the
    story's; a figure of the aside's own pair after it keeps that year."""
    lead, last, current = d.lead, d.last, d.time
    if lead is None or last is None or current is None or pair != (lead.country_a, lead.country_b):
        return None
    aside = (last.country_a, last.country_b) != pair and last.year == current.year and last.period == current.period == "FY"
    return lead if aside and current.year is not None and lead.year is not None and current.year < lead.year else None
