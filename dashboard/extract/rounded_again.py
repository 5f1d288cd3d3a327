"""An amount told again rounded is the amount told once: "trade reached $1.234 bn in 2023 ...
Thus, trade between the two countries stood at about $1.2 bn last year", a lead's "exports
topped $450 m" over the body's "$456.7 m". Each reading names the same flow of the same pair
in the same period; the article counts it once, and the figure kept is the one told with the
more digits (the rounded one is what a reader would not chart)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from dashboard.contract.schema import Figure


def _digits(value: float) -> tuple[Decimal, int]:
    """The value as written, with its trailing zeros dropped ($460 m -> 4.6E+8), and how many
    significant digits that leaves (2)."""
    shown = Decimal(repr(value)).normalize()
    return shown, len(shown.as_tuple().digits)


def rounds_to(value: float, rounded: float, coarse: bool = False) -> bool:
    """Whether `value` written to the digits `rounded` shows is `rounded` ($25.17 bn as $25.2 bn);
    one digit ("$2 bn") is too coarse to say it is the same amount, unless `coarse`: a headline
    with no time of its own ("Kazakh exports to China hit $5bn" over the body's $5.02 bn)."""
    shown, n = _digits(rounded)
    if n < 2 and not coarse:
        return value == rounded
    unit = Decimal(1).scaleb(int(shown.as_tuple().exponent))  # finite: an int
    return Decimal(repr(value)).quantize(unit, rounding=ROUND_HALF_UP) == shown


def restates(precise: float, rounded: float, qualifier: str) -> bool:
    """Whether `rounded`, said with `qualifier`, is `precise` written with fewer digits.

    "about $1.2 bn" for $1.234 bn rounds it; "over $450 m" for $456.7 m cuts it down to its
    shown digits, "under $460 m" up. A bare amount restates nothing: "$110 m" beside "$111 m"
    may be another sum as well as a rounding, and a word says which.

    >>> restates(1.234e9, 1.2e9, "approx"), restates(456.7e6, 450e6, "over"), restates(1.234e9, 1e9, "approx")
    (True, True, True)
    >>> restates(111e6, 110e6, "exact"), restates(456.7e6, 460e6, "over"), restates(3.4e9, 3.6e9, "over")
    (False, False, False)
    """
    shown, n = _digits(rounded)
    full, m = _digits(precise)
    if m <= n or qualifier == "exact" or (precise > 0) != (rounded > 0):
        return False
    step = Decimal(1).scaleb(int(shown.as_tuple().exponent))
    if qualifier == "over":
        return shown <= full < shown + step
    if qualifier == "under":
        return shown - step < full <= shown
    return rounds_to(precise, rounded, coarse=True)


def rounded_again(figures: list[Figure]) -> list[Figure]:
    """The figures but those that restate another of the same pair, direction, flow, kind,
    unit, status, year and period with fewer digits and a word of approximation or bound
    (`restates`). A part of a whole and the whole keep their readings: "exports of $1.3 bn, of
    which gas about $1.26 bn" are two amounts. One-off amounts (no period) are each their own
    event unless the word says "about" and two digits are left: "a grant of $12.46 m ... the
    grant of about $12.5 m" is one grant, but a loan "of up to $1 bn" and a loan of $975 m
    signed the same year are two commitments."""

    def what(f: Figure) -> tuple[object, ...]:
        return (f.country_a, f.country_b, f.flow_from, f.flow_to, f.indicator, f.kind, f.unit, f.status, f.year, f.period)

    def may_restate(f: Figure) -> bool:
        return f.period is not None or (f.qualifier == "approx" and _digits(f.value)[1] >= 2)

    wholes = {f.part_of for f in figures if f.part_of is not None}
    told: dict[tuple[object, ...], list[float]] = {}
    for f in figures:
        if f.part_of is None:
            told.setdefault(what(f), []).append(f.value)
    return [
        f for f in figures
        if f.part_of is not None or f.span_start in wholes or not may_restate(f)
        or not any(restates(v, f.value, f.qualifier) for v in told[what(f)] if v != f.value)
    ]  # fmt: skip
