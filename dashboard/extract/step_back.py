"""A base of the period just before the figure's, not a year back: "reached $4.1 bn in the second
quarter of 2023, up from $3.6 bn in the previous quarter" (the first quarter of 2023), "$1.4 bn in
June, compared with $1.2 bn in the preceding month" (May), "in the first quarter, down from $2 bn
in the prior quarter" (the fourth of the year before)."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.times import TimeRef

_WORDS = rules_file("phrases.toml")["step_back"]
_STEP = re.compile(rf"\s(?:in|for|during|of)\s(?:the\s)?(?:{'|'.join(_WORDS['before'])})\s(?P<unit>month|quarter)\b", re.I)
_OWN = {"month": re.compile(r"M(\d{1,2})"), "quarter": re.compile(r"Q([1-4])")}
_COUNT = {"month": 12, "quarter": 4}


def previous_step(q: Quantity, s: SentenceParts) -> TimeRef | None:
    """The time of a base amount said of "the previous month" or "quarter": the month or quarter
    before the sentence's own one (None when the sentence names no such period before it)."""
    m = _STEP.match(s.text, q.end)
    if m is None:
        return None
    unit = m.group("unit").lower()
    own = [r for r in s.times if not r.base and r.kind == "period" and r.year is not None and r.end <= q.start and r.period]
    step = _OWN[unit].fullmatch(own[-1].period or "") if own else None
    if step is None or own[-1].year is None:
        return None
    n, year = int(step.group(1)) - 1, own[-1].year
    if n == 0:
        n, year = _COUNT[unit], year - 1
    return TimeRef(m.start(), m.end(), "period", year, f"M{n}" if unit == "month" else f"Q{n}", base=True)
