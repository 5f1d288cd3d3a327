"""A rate right after the level the last figure was read from ("$2 bn, up 12%", "$2 bn (+12%)",
"$2 bn (in % to 2022 - 112.5)"): a change of that figure."""

from __future__ import annotations

import re

from dashboard.extract.discourse import Discourse
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity
from dashboard.extract.release_index import opens_index_bracket

_RATE_AFTER_LEVEL = re.compile(
    r"\s?(?:,|\(|;|-|–)\s?(?:(?:or|up|down|an?|growth(?:\srate)?|change)\s?[-–:]?\s?)?(?:(?:rise|increase|growth|decline|decrease|drop|fall)\sof\s)?"
    # "$33.8 bn in exports, which is $4.2 bn, or 11.14 percent less": a relative clause of the level
    r"|(?:\s[^,.;$€£¥\d]{0,60})?,\s(?:which|that)\s(?:is|was|makes|made)\s(?:(?:about|some|over)\s)?(?:[$€£¥]?[\d.,]+\s?(?:billion|million|bn|mln|m)?,?\s(?:or\s)?)?"
)


def follows_last_level(q: Quantity, s: SentenceParts, d: Discourse) -> bool:
    """Whether a rate stands right after the level the last figure was read from, in the same sentence."""
    last = d.last
    if last is None or not d.last_in_sentence or last.kind != "level":
        return False
    level = next((y for y in reversed(s.quantities) if y.end <= q.start and y.kind == "money" and y.value == last.value), None)
    if level is None:
        return False
    # ("805.2 (in % to 2015 - 91.4)": a release's index under its base, in the bracket after the level)
    return _RATE_AFTER_LEVEL.fullmatch(s.text, level.end, q.start) is not None or opens_index_bracket(s.text, level.end, q.start)
