"""The day a report came out, told after the amount ("..., with trade reaching $3.2 bn, Kun.uz
reported on Feb. 5, citing the statistics office"): the date of the verb of reporting, not a time
of the amount, which keeps the time its sentence gave it before ("in 2023")."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.times import TimeRef

_REPORTED_ON = re.compile(r"\b(?:reported|said|announced|stated|informed|wrote|noted|told\s[\w\s]{1,30}?)\s(?:on\s)?$", re.I)


def reporting_date(r: TimeRef, s: SentenceParts) -> bool:
    """Whether `r` is a day right after a verb of reporting ("reported on Feb. 5", "said on
    Tuesday"); a period ("said in 2023") is not one."""
    return r.kind == "date" and _REPORTED_ON.search(s.text, max(0, r.start - 50), r.start) is not None
