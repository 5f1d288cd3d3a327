"""Aid told from its receiver's own books: "Tajikistan received $3 m of humanitarian aid in
January, according to its statistics agency". A receiver's report of what came in over a period
counts what every giver sent, whichever donor the story names most; a one-off grant it reports
("according to Mongolia's ministry, the grant amounts to $2 m") stays the story's donor's."""

from __future__ import annotations

from dashboard.extract.discourse import Discourse
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts


def tallied_by_receiver(receiver: str | None, s: SentenceParts, d: Discourse, lex: Lexicon) -> bool:
    """Whether an aid to `receiver`, no giver named, is the receiver's tally from all givers: the
    story cites the receiver's own sources, the receiver gives no aid itself, and the sentence
    names the period the aid came in over."""
    return (
        receiver is not None and receiver == d.reported_by and receiver not in lex.donors
        and any(r.kind == "period" for r in s.times)
    )  # fmt: skip
