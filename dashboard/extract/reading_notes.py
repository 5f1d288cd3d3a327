"""What an article's reading could not read as prose, for the build to report."""

from __future__ import annotations

from dashboard.extract.mentions import MAX_AMOUNTS
from dashboard.extract.sentences import MAX_SENTENCE

# The real articles measured hold at most 25 amounts; one with this many is a dump of data, and
# reading all of it would cost frames, discourse and readings per amount.
MAX_ARTICLE_AMOUNTS = 500


def reading_notes(pieces: list[int], crowded: list[int], unread: int | None) -> tuple[str, ...]:
    """What was not read as prose, in a line each, with where it starts.

    >>> reading_notes([10, 2010], [5000], None)[1]
    'a sentence with over 40 amounts, at character 5000, not read: a table, not a statement'
    """
    notes = []
    if pieces:
        notes.append(f"text without a sentence end for over {MAX_SENTENCE:,} characters, at character {pieces[0]}, "
                     f"read in {len(pieces)} pieces: figures across a cut may be missed")  # fmt: skip
    if crowded:
        which = "a sentence" if len(crowded) == 1 else f"{len(crowded)} sentences"
        notes.append(f"{which} with over {MAX_AMOUNTS} amounts, at character {crowded[0]}, not read: a table, not a statement")
    if unread is not None:
        notes.append(f"over {MAX_ARTICLE_AMOUNTS:,} amounts: the rest, from character {unread}, "
                     "not read (a data dump, not an article)")  # fmt: skip
    return tuple(notes)
