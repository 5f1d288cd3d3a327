"""A figure said twice is one figure: a headline's or an undated restatement of the body's
figure (`dated_over_undated`), and a headline's amount whose pair only the story gave, which the
body states again with the pair its words name, or whose period the body states exactly
(`headline_restated`)."""

from __future__ import annotations

from dashboard.contract.schema import Figure
from dashboard.extract.rounded_again import restates, rounds_to

# Time rules of a figure whose own words name no time: the article's year for a one-off or a stock, the present.
_UNTIMED = frozenset({"one-off", "stock", "stock-now", "present", "none", "plan-unsaid"})
# Those a figure restated with a time of its own gives way to: a headline's, but for a stock (the
# body's year may be a flow's, not the stock's as-of), and the present anywhere.
_RESTATED = frozenset({"one-off", "present", "none", "plan-unsaid"})


def _what(f: Figure) -> tuple[object, ...]:
    """What a figure is of, its pair, direction, indicator, kind and unit: all but its time and value."""
    return (f.country_a, f.country_b, f.flow_from, f.flow_to, f.indicator, f.kind, f.unit)


def dated_over_undated(figures: list[Figure], headline_end: int = 0) -> list[Figure]:
    """A figure with no year ("Foreign trade fell by 12.3 percent") that the
    body states with its period is the body's figure, said once; so is a headline's rounding of
    it ("foreign trade at $25.2 billion in nine months" over the body's $25.17 bn), or a bound
    under it ("trade tops $450 m", no time, over the body's $456.7 m: `restates`)."""
    dated: dict[tuple[object, ...], list[float]] = {}
    for f in figures:
        if f.year is not None:
            dated.setdefault(_what(f), []).append(f.value)
    # Where the first figure with a year stands: a rate or amount with no time of its own before it
    # is the page's headline, whatever furniture (a date stamp, a byline, a kicker) parts it from
    # the lead that a blank line would otherwise mark ("Exports to China up by 30%\nUpdated:
    # 2018-11-20 16:05\nExports to China increased by 29.7% in January-October 2018").
    top = min((f.span_start for f in figures if f.year is not None), default=0)
    wholes = {f.part_of for f in figures if f.part_of is not None}
    # "trade down 12% in ten months" over the body's 12.3 percent in January-October: the same
    # figure, a headline's rounding of it, with its period; so is "up 18.4 pct so far this year"
    # (the year, no months) over the body's 23.6 percent in January-August; "grows by almost a
    # third" over the body's 30.7 percent: an approximate rate within five points of it; "trade
    # with Russia doubles" over the body's 2.1 times: a whole multiple, the body's rounded.
    body: dict[tuple[object, ...], list[tuple[str | None, float]]] = {}
    for f in figures:
        if f.year is not None and f.span_start >= headline_end:
            body.setdefault((*_what(f), f.year), []).append((f.period, f.value))
    # An amount its words give no time (a headline's "Japan grants $37 m to Mongolia", dated by the
    # article as a one-off; "today it is $110 m" after the body told that amount of 2024) that the
    # article states elsewhere with a time of its own, same flow and value: that figure, said once.
    told = {(*_what(f), f.status, round(f.value, 6)) for f in figures if f.year is not None and f.rule.rsplit(":", 1)[-1] not in _UNTIMED}
    figures = [
        f for f in figures
        if not ((rule := f.rule.rsplit(":", 1)[-1]) in _RESTATED and (f.span_start < headline_end or rule == "present") and (*_what(f), f.status, round(f.value, 6)) in told)
    ]  # fmt: skip
    return [
        f for f in figures
        if (f.year is not None and not (f.span_start < headline_end and any(
            (p == f.period and v != f.value and rounds_to(v, f.value)) or (f.period is None and p is not None and rounds_to(v, f.value))
            or (p == f.period and f.qualifier == "approx" and f.unit == "percent" and v * f.value > 0 and abs(v - f.value) <= 5)
            or (p == f.period and f.unit == "times" and f.value.is_integer() and v != f.value and abs(v - f.value) < 0.5)
            for p, v in body.get((*_what(f), f.year), ()))))
        or (f.year is None and (f.span_start in wholes
        or not any(round(v, 6) == round(f.value, 6) or (
            (f.span_start < headline_end or (f.span_start < top and f.rule.endswith(":none")))
            and (rounds_to(v, f.value, coarse=True) or restates(v, f.value, f.qualifier))) for v in dated.get(_what(f), ()))))
    ]  # fmt: skip


def headline_restated(figures: list[Figure], headline_end: int) -> list[Figure]:
    """A headline's amount that names one side only ("Kazakhstan sends $7.5 m in aid in 2021"),
    whose other side the story's pair filled, when the body says the same amount of the same
    flow and year with its own pair ("Kazakhstan sent $7.5 m in aid to other countries"): the
    body's figure, said once."""
    body = [f for f in figures if f.span_start >= headline_end]

    def restated(f: Figure) -> bool:
        return any(
            b.indicator == f.indicator and b.kind == f.kind and b.unit == f.unit and b.year == f.year and round(b.value, 6) == round(f.value, 6)
            and (b.country_a, b.country_b) != (f.country_a, f.country_b) and bool({b.flow_from, b.flow_to} & {f.flow_from, f.flow_to} - {None})
            for b in body
        )  # fmt: skip

    def reperiod(f: Figure) -> bool:
        # "trade up 93% in the first half" over the body's 93% in January-May: the headline's
        # loose period for the body's exact one, one figure (a forecast of the same sum for the
        # whole year is another figure).
        return any(
            (*_what(b), b.year, b.status) == (*_what(f), f.year, f.status)
            and b.period != f.period and round(b.value, 6) == round(f.value, 6)
            for b in body
        )  # fmt: skip

    return [
        f for f in figures
        if not (f.span_start < headline_end and ((any(rule.startswith("discourse") for *_, rule in f.evidence) and restated(f)) or reperiod(f)))
    ]  # fmt: skip


def gift_delivered(figures: list[Figure]) -> list[Figure]:
    """A gift in kind told again as its delivery ("Japan will donate equipment worth $3 m to
    Tajikistan. The equipment worth $3 m will be delivered in May"): the export read from the
    delivery, from giver to receiver, of the very amount the story reads as their aid, is that aid
    said twice, no trade."""
    gifts = {_flow_amount(f) for f in figures if f.indicator == "aid" and f.kind == "level"}
    if not gifts:
        return figures
    return [f for f in figures if not (f.indicator == "exports" and f.kind == "level" and _flow_amount(f) in gifts)]


def _flow_amount(f: Figure) -> tuple[str | None, str | None, str, float]:
    """Who sent how much of what to whom: a gift and its delivery share it."""
    return f.flow_from, f.flow_to, f.unit, round(f.value, 6)
