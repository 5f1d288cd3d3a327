"""A long build's progress on a terminal: articles read, extracted (the rest come from the
cache) and figures made, on one line rewritten at most four times a second."""

from __future__ import annotations

import time
from typing import TextIO

# Below this many articles a build takes a moment: a progress line would only flicker.
SHOWN_FROM = 200
_EVERY = 0.25


class Progress:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.read = self.extracted = self.figures = 0
        self._shown = 0.0

    def article_read(self) -> None:
        self.read += 1
        self._show()

    def article_extracted(self) -> None:
        self.extracted += 1
        self._show()

    def rows_made(self, figures: int) -> None:
        self.figures += figures
        self._show()

    def line(self) -> str:
        """
        >>> p = Progress(None)  # type: ignore[arg-type]
        >>> p.read, p.extracted, p.figures = 2400, 180, 21000
        >>> p.line()
        'read 2,400 articles, extracted 180 (the rest from the cache), 21,000 figures'
        """
        return f"read {self.read:,} articles, extracted {self.extracted:,} (the rest from the cache), {self.figures:,} figures"

    def finish(self) -> None:
        self.out.write(f"\r{self.line()}\n")
        self.out.flush()

    def _show(self) -> None:
        if time.monotonic() - self._shown > _EVERY:
            self._shown = time.monotonic()
            self.out.write(f"\r{self.line()}")
            self.out.flush()
