"""The one way text from an article or its metadata reaches a page, a chart, an image or a file.

Titles, outlets, URLs, quotes and article text are written by anyone. Every place that shows
them calls one of these functions, chosen by where the text goes, and nowhere else escapes:

- `md`: Streamlit Markdown (titles, captions, messages). Every ASCII punctuation mark is
  backslash-escaped, so no emphasis, link, image, HTML, `$maths$`, `:red[colour]` or
  `:emoji:` directive can form, and bare addresses are kept from becoming links; line breaks
  become spaces, so no heading or list can start.
- `plotly`: plotly's text and hover labels, which read a few HTML tags and only the entities
  `&amp; &lt; &gt;` (so a `"` is left as it is: `&quot;` would show as those six characters).
- `html`: our own HTML (the reader's highlighted article), and SVG/XML text.
- `link`: a URL that may become a link: http(s) only, else None (no `javascript:`).
- `cell`: a spreadsheet cell, neutralised by OWASP's rule against formula injection.
"""

from __future__ import annotations

import html as _html
import math
import re
from urllib.parse import urlsplit

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_SPACES = re.compile(r"\s+")
# Cells that a spreadsheet would read as a formula or a command (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# Markdown turns bare addresses into links even when their punctuation is escaped: an invisible
# word joiner (U+2060) inside "www.", "http:" and around "@" stops it; what a person reads and
# the words they search for are unchanged.
_WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?i)(www|https?|ftp|mailto|file|data|javascript)(\\[.:])")


def text(value: object, empty: str = "") -> str:
    """Any value as a string; None and NaN as `empty`.

    >>> text(None, "n/a"), text(float("nan")), text(" a\\n b ")
    ('n/a', '', ' a\\n b ')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return empty
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return str(value)


def one_line(value: object, empty: str = "") -> str:
    """On one line, runs of white space as one space.

    >>> one_line(" a\\n\\n  b ")
    'a b'
    """
    return _SPACES.sub(" ", text(value, empty)).strip()


def md(value: object, empty: str = "") -> str:
    r"""Text for Streamlit Markdown that shows exactly its characters and forms no markup.

    >>> print(md("**bold** $x$ :red[RED]"))
    \*\*bold\*\* \$x\$ \:red\[RED\]
    >>> md("see www.x.org or a@b.org") == "see www\u2060\\.x\\.org or a\u2060\\@\u2060b\\.org"
    True
    """
    escaped = _PUNCTUATION.sub(r"\\\1", one_line(value, empty))
    escaped = _AUTOLINK.sub(lambda m: m.group(1) + _WORD_JOINER + m.group(2), escaped)
    return escaped.replace("\\@", _WORD_JOINER + "\\@" + _WORD_JOINER)


def plotly(value: object, empty: str = "") -> str:
    """Text for a plotly label or hover: tags shown as text, quotes as they are.

    >>> plotly('<b>"A" & B</b>')
    '&lt;b&gt;"A" &amp; B&lt;/b&gt;'
    """
    return one_line(value, empty).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html(value: object, empty: str = "") -> str:
    """Text inside our own HTML or SVG, attributes included.

    >>> html('<img src="x">')
    '&lt;img src=&quot;x&quot;&gt;'
    """
    return _html.escape(text(value, empty), quote=True)


def link(value: object) -> str | None:
    """The URL when it is a plain http(s) address, else None (it is then shown as text only).

    >>> link("https://example.org/a?b=1"), link("javascript:alert(1)"), link("http://x y"), link(None)
    ('https://example.org/a?b=1', None, None, None)
    """
    url = text(value).strip()
    if not url or any(c.isspace() or ord(c) < 32 or c in "<>\"'`\\" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def cell(value: object) -> object:
    """A spreadsheet cell: text that could run as a formula gets a leading apostrophe (OWASP);
    numbers and other values pass unchanged.

    >>> cell("=1+1"), cell("- Trade rose"), cell("\\tx"), cell("plain"), cell(-3.5)
    ("'=1+1", "'- Trade rose", "'\\tx", 'plain', -3.5)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def shorten(value: object, limit: int = 40) -> str:
    """A value quoted in a message, cut so a huge parameter cannot fill the page.

    >>> shorten("x" * 50, 10)
    'xxxxxxxxx…'
    """
    line = one_line(value)
    return line if len(line) <= limit else line[: limit - 1] + "…"
