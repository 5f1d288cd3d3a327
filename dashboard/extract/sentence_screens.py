"""What a sentence may hold, asked before it is read: most sentences are answered by substring
tests (`gates.Screen`), with the same answer as the pattern."""

from __future__ import annotations

import re

from dashboard.extract.gates import Screen
from dashboard.extract.numbers import NUMBER_WORDS

# A sentence can hold a figure only if it has a digit, a multiple or a fraction in words ("doubled",
# "halved", "fell by a third", "by more than half"), or the verb after a modal, "could double next year" ("double
# taxation" has none); or a rate in words with no digit in the sentence: "rose by five percent last
# year", "grew two and a half times", "by a factor of two".
_RATE_IN_WORDS = rf"(?:{'|'.join(NUMBER_WORDS)}|half)\s(?:percent|per\scent|times)|factor\sof\s(?:{'|'.join(NUMBER_WORDS)})"
MAY_HOLD_FIGURE = Screen(
    re.compile(r"\d|\b(?:twice|doubled|tripled|quadrupled|\w+fold|billion|milliard|million|trillion|(?:to|will|could|would|may|might|can|should)\s(?:double|triple|quadruple)"
               rf"|halved|halving|by\s(?:\w+\s){{0,2}}(?:a\s|one\s)?(?:half|third|quarter|fifth)|{_RATE_IN_WORDS})\b", re.IGNORECASE),
    words=("twice", "doubled", "tripled", "quadrupled", "fold", "billion", "milliard", "million", "trillion", "double", "triple", "quadruple", "halv", "half", "third", "quarter", "fifth",
           "percent", "cent", "times", "factor"), sure=tuple("0123456789"),
)  # fmt: skip

# A sentence that may name a period for the sentences after it. "In January-September." names the
# months the next sentences read, as "In nine months" does; one month alone, "met in September",
# is as often an event's.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MAY_NAME_TIME = Screen(
    re.compile(rf"\b(?:year|quarter|half|months?|period)\b|(?-i:\b(?:{_MONTHS})\s?(?:[-–]|to|through)\s?(?:{_MONTHS})\b)", re.I),
    words=("year", "quarter", "half", "month", "period", *(m.lower() for m in _MONTHS.split("|"))),
)
MAY_NAME_YEAR = Screen(re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"), words=("19", "20"))
