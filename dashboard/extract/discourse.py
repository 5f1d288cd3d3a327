"""Discourse: what an article has established, explicitly, for the sentences after it.

Its home country and pair (the countries it names most, the headline and first sentences first),
its current period (named once, referred to after: "in the reporting period"), and the last
figure ("this figure", a list that continues it, a breakdown of a world total).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from dashboard.contract.schema import Figure
from dashboard.extract.story_period import looks_back, next_period, reports_on, same_months_back
from dashboard.extract.table_columns import Table
from dashboard.extract.time_patterns import names_previous
from dashboard.extract.time_resolution import month_span
from dashboard.extract.times import TimeRef

WORLD = "WLD"


def total_country(f: Figure) -> str:
    """The country whose total with the world `f` is: its side that is not the world."""
    return f.country_b if f.country_a == WORLD else f.country_a
# A year in a time's own words: "2018", "Q1'18", "9M18", "this year" (not "the half-year").
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|['’]\d\d|[HQM]\d\d|\b(?:this|last|next|current|previous|past|same|that)\syear\b", re.I)


@dataclass(frozen=True, slots=True)
class Topic:
    """A measure a sentence spoke of without a figure ("The trade turnover between Armenia and
    Iran is growing."), which "It" or "the figure" of the next sentences may mean."""

    indicator: str
    lexeme: str
    measure: str
    pair: tuple[str, str] | None


@dataclass(slots=True)
class Discourse:
    """What the article and the sentences before this one have established."""

    published: date | None
    pair: tuple[str, str] | None  # the pair the article is about, sorted
    home: str | None  # the country the article speaks from: the first named of its pair
    time: TimeRef | None  # the current period: the last one a sentence named for itself
    # False when `published` is only inferred from the text's years: it resolves "last year",
    # but is not the year of a one-off amount or a stock, which an undated article leaves open.
    dated: bool = True
    # The sentence with which the story opened on its pair (`story_pair.pair_opening`): a story of
    # two countries, not of one, for the sentences after it.
    pair_opening: int | None = None
    reporter: str | None = None  # the country whose total the article opened with: a report of its trade
    world_headline: str | None = None  # the one country a headline of its trade with all partners names (`story_pair.world_headline`)
    last_body: str | None = None  # the kind of institution the story named last: 'multilateral' or 'agency' (`body_named_again`)
    # The country of the pair whose statistics the story cited ("according to Georgia's customs"):
    # the side whose exports and imports a breakdown of the pair's trade tells.
    reported_by: str | None = None
    # The sentence's times that are no period the article moves to: a comparison's base amount's, a plan's.
    aside_times: set[int] = field(default_factory=set)
    last: Figure | None = None  # the last figure found before this one
    lead: Figure | None = None  # the article's first figure reported for a period: the story's period
    last_lexeme: str | None = None  # how the last figure's trigger reads its countries
    last_actor: str | None = None  # the country that owned or did the last figure's flow
    last_anchor: str | None = None  # the fixed country of the list the last figure was part of
    last_in_sentence: bool = False  # the last figure was read from the sentence being read
    talk_pair: tuple[str, str] | None = None  # the two countries the last sentences spoke of: "bilateral trade"
    talk_paragraph: int = 0  # the paragraph of the sentence that introduced `talk_pair`
    talk_lasts: bool = False  # whether `talk_pair` outlasts its paragraph (`story_pair.talk_lasts`)
    ranking_home: str | None = None  # the country the article ranks partners of
    last_measure: tuple[str, str] | None = None  # indicator and lexeme of the last amount's flow, figure or not
    last_unpaired: int | None = None  # the sentence of the last amount of a flow, when it gave no figure (a group's)
    # As the sentence began: the last amount read, whether the last flow's amount gave no figure,
    # and whether that was a group's, in the sentence just before (its breakdown is no one's either).
    whole_before: tuple[Figure | None, bool, bool] = (None, False, False)
    last_group: int | None = None  # the sentence of the last amount that gave no figure because a group is its side
    ranking_flow: tuple[str, str] | None = None  # the indicator and lexeme of the flow it ranks them by
    # The partners a ranking with no amount of its own listed ("The main buyers were Italy and
    # China."), with the last figure as it was read: a "respectively" run with no country after it
    # ("They took $5.1 bn and $3.2 bn, respectively") is theirs until a figure of its own is read.
    ranked_list: tuple[tuple[str, ...], Figure | None] | None = None
    # The flow a heading with no amount names for the list under it ("The main export partners
    # were:"), until the list's first figure takes it.
    heading_flow: tuple[str, str] | None = None
    # Whether that heading's bracketed percentages are indexes of a base ("(in % to 2018):"), for
    # the lines under it, until a figure with a flow word of its own.
    heading_index: bool = False
    table_unit: tuple[float, str] | None = None  # a table header's unit, for the lines under it: "(million US dollars)"
    table: Table | None = None  # a table with a column per flow whose rows are being read
    time_text: str = ""  # the sentence that named the current period
    at: tuple[int, int] = (0, 0)  # the sentence being read and its paragraph
    time_at: tuple[int, int] = (-1, -1)  # the sentence that named the current period and its paragraph
    # The current period is not the last figure's: a sentence with no figure named it after that
    # figure (a list's heading, "Top partners in January-October 2014:"), or the last figure was
    # a look back at an earlier year (`asides.looks_back_to`). A list continuing that figure is
    # of the current period.
    time_after_last: bool = False
    reporting: TimeRef | None = None  # "the reporting period": the latest part-year named, else the first period
    told_year: int | None = None  # the year of the last figure of a period, as of the sentence before
    since: TimeRef | None = None  # "since 1992", when no period was named after it: what "this period" may mean
    # The whole year a sentence without a figure just named and the story set aside (an event's: "The two
    # countries established relations in 1992."): what "that year" right after it means.
    aside_year: int | None = None
    # Whether the last sentence without a figure spoke of another measure (`other_measure`): its
    # test, until an amount asks (few do; the test costs a search of the whole sentence).
    _other_measure: Callable[[], bool] | bool = False
    _topic: Topic | None = None
    # Sentences without a figure read since `_topic` was settled, each as the reading of its topic:
    # read only when a figure asks (most never do), the latest first.
    _topic_pending: list[Callable[[], Topic | None]] = field(default_factory=list)

    @property
    def topic(self) -> Topic | None:
        """A measure spoken of after the last figure, with no figure of its own."""
        for read in reversed(self._topic_pending):
            if (found := read()) is not None:
                self._topic = found
                break
        self._topic_pending.clear()
        return self._topic

    def may_set_topic(self, read: Callable[[], Topic | None]) -> None:
        """A sentence without a figure: its topic (if `read` finds one) replaces the one before."""
        self._topic_pending.append(read)

    def clear_topic(self) -> None:
        """A figure was read: what follows refers to it, not to an older topic."""
        self._topic, self._topic_pending, self._other_measure = None, [], False

    @property
    def other_measure(self) -> bool:
        """The last sentence without a figure spoke of another measure and no flow ("Oil output
        fell."): an "it" or "this figure" after it is that measure, not the story's trade."""
        if not isinstance(self._other_measure, bool):
            self._other_measure = self._other_measure()
        return self._other_measure

    def may_be_other_measure(self, test: Callable[[], bool]) -> None:
        """A sentence without a figure: `test` says whether it spoke of another measure."""
        self._other_measure = test

    def advance(self, named: TimeRef | None, text: str = "") -> None:
        """Move on past a sentence (`text`) that named `named` for itself (or nothing)."""
        self.aside_year = None
        if self.last is not None and self.last.period not in (None, "cumulative"):
            self.told_year = self.last.year
        time = next_period(self.time, named, self.published)
        if time is not None and (looks_back(time, self.reporting) or same_months_back(time, self.time)):
            return  # "In January-September 2018, the figure stood at $1.7 bn": a comparison, not the report
        if time is not self.time:
            self.time, self.time_text, self.time_at = time, text, self.at
        if self.time is not None and (self.reporting is None or reports_on(self.time, self.reporting)):
            self.reporting = self.time

    def in_story_year(self, times: tuple[TimeRef, ...], text: str) -> tuple[TimeRef, ...]:
        """A period written with no year ("In nine months, exports reached $187 m", "in the
        first half", "In June alone") within the months of the period the article is on (or of
        the one it reports, or of its lead) is of that period's year, not the latest such
        months before the article's date (a report on January-September 2018 published in
        November 2019). "In the previous year," before the article has named a period is the
        year before its date, for the sentences after it."""
        story = [(p.year, p.period) for p in (self.time, self.reporting) if p is not None and p.kind == "period"]
        if self.lead is not None:
            story.append((self.lead.year, self.lead.period))  # "In June alone, ..." does not end a report on the half-year
        story = [(year, period) for year, period in story if year is not None and period not in (None, "FY")]
        # "In the previous year, trade kept growing." before any period: the year before the article's.
        before_date = self.published.year - 1 if self.time is None and self.published is not None else None
        if not story and before_date is None:
            return times
        anchored = []
        for r in times:
            if before_date is not None and r.kind == "before" and names_previous(text[r.start : r.end]):
                r = TimeRef(r.start, r.end, "period", before_date, "FY")
            elif r.kind == "period" and not r.base and not r.same_months and not _YEAR_WRITTEN.search(text, r.start, r.end):
                year = next((y for y, period in story if _within(r.period, period)), None)
                if year is not None and year != r.year:
                    r = replace(r, year=year)
            anchored.append(r)
        return tuple(anchored)

    def world_lead_part(self, times: tuple[TimeRef, ...], indicator: str) -> str | None:
        """The reporter whose world total a sentence's amount with no country is a part of: "In
        September alone, the turnover totalled $6.5 bn" in a report that opened with its total for
        January-September is the world's (a month or a quarter of the lead's period), not the
        partner the sentences before spoke of."""
        lead = self.lead
        if lead is None or lead.indicator != indicator or WORLD not in (lead.country_a, lead.country_b) or lead.period is None:
            return None
        part = any(
            r.kind == "period" and not r.base and not r.same_months and r.year == lead.year
            and r.period != lead.period and _within(r.period, lead.period)
            for r in times
        )  # fmt: skip
        return total_country(lead) if part else None

    def year_reached(self) -> int | None:
        """The year a story told over years has reached, for "a year later" to count from: its
        period's, or the year of the last figure told when that is later ("The recovery began
        in 2017, when trade rose to $18 bn": the year of a "when" clause is told, not carried)."""
        period_year = self.time.year if self.time is not None else None
        if period_year is None:
            return self.last.year if self.last is not None else None
        return max(period_year, self.told_year or period_year)

    def lead_period(self, indicator: str) -> tuple[int | None, str | None] | None:
        """The period of the story's lead, when it was of `indicator`: what a growth rate with no
        time of its own is of ("Turkish investors also grew 87 percent", after a lead on 2021's
        inflow and a word on 2020's). An amount of investment may be a stock: it borrows none."""
        lead = self.lead
        return (lead.year, lead.period) if lead is not None and lead.indicator == indicator else None

    def note_since(self, times: tuple[TimeRef, ...], named: TimeRef | None) -> None:
        """Keep the start of a span a sentence names ("since 1992"); a period named drops it."""
        start = next((r for r in times if r.kind == "since" and r.year), None)
        if start is not None:
            self.since = start
        elif named is not None:
            self.since = None

    def partner_of(
        self, code: str, bilateral: bool, acts: bool, lexeme: str = "turnover", gives: bool = True, part: tuple[float, str] | None = None,
        joins: bool = False, own: bool = False,
    ) -> str | None:
        """The other side of a frame that names one country and no partner.

        Said of the pair ("bilateral", "the two countries", "trade with X"): the article's pair.
        A flow of a country that breaks down a world total of the article's home: the home
        ("foreign investment in Azerbaijan was ...; Turkey's investments totaled ..."). The
        country's own flow ("Turkey's exports fell"): its total with all partners, the world;
        but in a story of a pair its headline and lead name, an amount of its exports or imports
        with no world word is with the other (`_pair_default`).
        A country on the receiving end of someone unnamed: the partner of the figure before, or
        of the article, when it continues them; else nobody. A giver that `joins` the giver before ("also", "too")
        gives to the same receiver.
        """
        last = self.last
        if bilateral:
            if self.pair and code in self.pair:
                return next(c for c in self.pair if c != code)
            if self.home and self.home != code:
                return self.home
            return None
        if last is not None and WORLD in (last.country_a, last.country_b):
            home = next(c for c in (last.country_a, last.country_b) if c != WORLD)
            if home != code and last.indicator != "trade_turnover":
                return home
        if self.reporter and code != self.reporter and not acts:
            return self.reporter  # "exports to Kazakhstan amounted to $187 m" in Kyrgyzstan's report: Kyrgyzstan's
        if last is not None and self.last_lexeme == lexeme and lexeme in ("export", "import") and last.flow_from and last.flow_to:
            # "Uzbekistan's exports to Kazakhstan were $1.1 bn. Exports to Russia reached $1.5 bn":
            # a flow that names only its partner continues the owner of the one before.
            owner = last.flow_from if lexeme == "export" else last.flow_to
            partner_named = (lexeme == "export" and not gives) or (lexeme == "import" and gives)
            if partner_named and owner not in (WORLD, code):
                return owner
        if last is not None and self.last_lexeme in ("invest", "aid") and last.flow_from and last.flow_to:
            if gives and (last.flow_to == self.home or joins) and code != last.flow_to and last.flow_from != code:
                # a run of investors or donors in the article's home, or one that joins the last
                # ("The Russian government has also pledged $10 m"): the same receiver
                return last.flow_to
            if not gives and last.flow_to != code and last.flow_from != code:
                return last.flow_from  # "... €30 m to Georgia; Ukraine will be allocated €40 m": the same donor
        if acts:
            if self.ranking_home and self.ranking_home != code:
                return self.ranking_home  # "Russia secured second place with $9.9 bn"
            if lexeme == "turnover" and self.reporter and self.reporter != code:
                return self.reporter  # "China accounted for 21.9% of the total, with trade of $31.5 bn" in Kazakhstan's report
            if lexeme in ("invest", "aid") and self.home and self.home != code:
                return self.home  # "American investment almost doubled": in the article's home
            if lexeme == "aid" and self.pair and code in self.pair:
                return next(c for c in self.pair if c != code)  # aid goes to someone: the article's other side
            if lexeme == "invest" and gives and not own and self.in_pair_story and self.pair and code in self.pair:
                # "Italy and Turkmenistan expand investment ties ... Italian companies invested
                # $450 m last year": an investor of the story's pair invests in its other side;
                # a total abroad says so ("abroad", "globally": the world cue filled it first)
                return next(c for c in self.pair if c != code)
            # The whole is the last amount read, not the growth rate told after it.
            whole = last if self.last_in_sentence or last is None or last.kind == "level" else self.whole_before[0] or last
            if whole is not None and not self.last_in_sentence and code not in (whole.country_a, whole.country_b):
                whole = self._story_whole(code) or whole
            if part is not None and whole is not None and code in (whole.country_a, whole.country_b) and WORLD not in (whole.country_a, whole.country_b) and (
                self.last_in_sentence or _breaks_down(whole, part, code if gives and lexeme == "invest" else None)
            ):
                # "Trade between Uzbekistan and Latvia reached $300 m. Latvia's exports were
                # $200 m": a flow of the pair's country no larger than the pair's turnover just
                # given is a part of it; a country's total with the world would exceed it.
                return whole.country_b if whole.country_a == code else whole.country_a
            if lexeme in ("export", "import") and part is not None and not own:
                return self._pair_default(code, whole, part)  # a rate's whole is unknown: the world's, as before
            return WORLD
        if last is not None and code in (last.country_a, last.country_b) and WORLD not in (last.country_a, last.country_b):
            return next(c for c in (last.country_a, last.country_b) if c != code)
        if self.pair and code in self.pair:
            return next(c for c in self.pair if c != code)
        if lexeme in ("turnover", "export", "import") and last is not None and self.home not in (None, code) and (
            self.home in (last.country_a, last.country_b) and WORLD not in (last.country_a, last.country_b)
        ) and (lexeme != "turnover" or last.indicator == "trade_turnover"):
            # "Trade with Russia was $2.1 bn. Kazakhstan followed a similar path: turnover of
            # $1.1 bn", "... followed by China ($559 m). Exports to Azerbaijan fell 16%": a flow
            # told of a new country that does not act in it, in the run of the home's flows with
            # its partners, is that country's with the home.
            return self.home
        return None

    @property
    def in_pair_story(self) -> bool:
        """Past the sentence with which the story opened on its pair."""
        return self.pair_opening is not None and self.at[0] > self.pair_opening

    def _pair_default(self, code: str, whole: Figure | None, part: tuple[float, str]) -> str:
        """ "Kazakhstan and China discuss trade ... Kazakhstan's exports amounted to $13 bn": in a
        story of a pair (its headline and lead name both), a flow of one of them that names no
        partner and no world word is with the other, unless told after its own total with the
        world, or larger than the pair's trade just told (no part exceeds its whole)."""
        if not self.in_pair_story or self.pair is None or code not in self.pair:
            return WORLD
        if whole is not None and code in (whole.country_a, whole.country_b):
            if WORLD in (whole.country_a, whole.country_b):
                return WORLD
            if whole.indicator == "trade_turnover" and whole.kind == "level" and (whole.unit != part[1] or part[0] > whole.value):
                return WORLD
        return next(c for c in self.pair if c != code)

    def _story_whole(self, code: str) -> Figure | None:
        """The story's lead, when a figure of another pair came between it and a flow of one of
        the story's pair ("Trade between Georgia and Japan reached $2.4 bn. [...] Trade between
        Egypt and France ... [...] Georgia's exports amounted to $97 m"): the aside is no whole
        of that flow, the lead may be."""
        lead = self.lead
        if lead is None or not self.in_pair_story or self.pair is None or code not in self.pair:
            return None
        if tuple(sorted((lead.country_a, lead.country_b))) != self.pair:
            return None
        return lead

    def investment_host(self) -> str | None:
        """The country the article's investment flows into: the host of the figure before, when
        that is an investment into one of the article's pair ("Gross inflows from the UAE rose to
        $427 m" into Kazakhstan), else the article's home."""
        last = self.last
        if last is not None and last.indicator == "investment" and self.pair and last.flow_to in self.pair:
            return last.flow_to
        return self.home

    def host_of_investor(self, code: str) -> str | None:
        """Where an inflow from `code` goes when the last figure was `code`'s investment into a
        country: "FDI from China into Kazakhstan reached $1.7 bn. Overall, since 2005 the inflow
        of investment from China has totaled $13.5 bn" (a stock larger than the year's flow,
        and "overall" no world cue of an investor's total abroad)."""
        last = self.last
        if last is None or last.indicator != "investment" or last.flow_from != code:
            return None
        return last.flow_to if last.flow_to not in (None, WORLD, code) else None

    def home_for_list(self, code: str) -> str | None:
        """The country a ranked list is read against: the home of the total it breaks down."""
        last = self.last
        if self.last_anchor and self.last_anchor != code:
            return self.last_anchor
        if last is not None:
            countries = [c for c in (last.country_a, last.country_b) if c != code]
            non_world = [c for c in countries if c != WORLD]
            if WORLD in (last.country_a, last.country_b) and non_world:
                return non_world[0]
            if self.home in countries:
                return self.home
            if non_world:
                return non_world[0]
        return self.home if self.home != code else None


def _within(period: str | None, whole: str | None) -> bool:
    """Whether a period's months lie within another's: "M6" within "H1", "M1-M9" within "M1-M9".

    >>> _within("M6", "H1"), _within("H1", "M1-M9"), _within("Q4", "M1-M9")
    (True, True, False)
    """
    inner, outer = month_span(period), month_span(whole)
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _breaks_down(last: Figure, part: tuple[float, str], investor: str | None = None) -> bool:
    """Whether an amount can be a part of the last figure: a turnover, or the stock of the same
    `investor` in one host (of which an investment it tells with no host is a year's share: "Korean
    investment in Uzbekistan has reached $7 bn. Last year, Korean companies invested $500 m"), in
    the same currency, at least as large."""
    stock = investor is not None and last.indicator == "investment" and last.period == "cumulative" and last.flow_from == investor
    return (last.indicator == "trade_turnover" or stock) and last.kind == "level" and last.unit == part[1] and part[0] <= last.value
