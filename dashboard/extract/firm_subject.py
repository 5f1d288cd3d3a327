"""A firm that is the subject of a flow's verb with no country of its own: "Caspian Build LLC will
invest $40 m in a hotel in Ashgabat". Its investor is nobody the text names; the countries of
the sentences before ("Turkish firms are active in Turkmenistan") are no nationality of it."""

from __future__ import annotations

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention

# How far before a firm's name a country still owns it: "Turkey's Calik Holding", "Turkish
# energy giant Calik Holding", "the Kazakh company Delta Build".
_OWNER_REACH = 30
_GIVING = ("aid", "invest")


def unowned_firm_acts(t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether the subject of an investing or giving verb, in its own clause, is a named firm
    that no country owns."""
    if not t.end or t.trigger.lexeme not in _GIVING or lex.receiving.search(t.text):
        return False  # a trigger carried from the discourse has no subject here; a receiver is no giver
    cs = s.clause_of(t.start)[0]
    m = lex.firm_subject.search(s.text, cs, t.start)
    if m is None:
        return False
    name = m.group("name").split()
    if name[0] in ("The", "the"):
        name = name[1:]
    if not name or lex.firm_state_word.search(" ".join(name)):
        return False
    if not (m.group("noun") or len(name) >= 2 or lex.firm_suffix.search(name[-1])):
        return False  # "Officials will invest", "Baku will invest": one word says no firm
    start = m.start()
    return not any(c.code and start - _OWNER_REACH <= c.end and c.start < t.start for c in s.countries)
