"""The visible text of pasted HTML, in one forward pass (linear time on any input).

html.parser is not used: it raises AssertionError on some malformed markup (`<![ CDATA[x]]>`)
and rescans the rest of the text at every `<` it cannot close (`<a x="` repeated: minutes for
200 KB). Here every construct that is not closed runs to the end of the text, as in a browser,
so nothing is scanned twice.
"""

from __future__ import annotations

import html
import re

_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"})
# Elements whose content is never text on the page: skipped up to their end tag.
_RAW = frozenset({"script", "style", "title"})
# A start or end tag: name, then attributes, a quoted value possibly holding `>`. Possessive
# throughout, and every part can stop at the end of the text, so a match never fails once the
# name is read and never backtracks.
_TAG = re.compile(r"""<(/?)([A-Za-z][^\s/>]*+)(?:[^>"']++|"[^"]*+"?|'[^']*+'?)*+>?""")
# A numeric character reference too long for html.unescape (int() refuses over 4,300 digits).
_LONG_NUMERIC_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{9,})|([0-9]{11,}))(;?)")
_RAW_END = {name: re.compile(rf"</{name}(?![A-Za-z0-9])", re.IGNORECASE) for name in _RAW}


def html_to_text(markup: str) -> str:
    """The visible text of an HTML fragment, block elements as paragraphs.

    >>> html_to_text("<p>Trade grew&nbsp;5%.</p><script>x=1</script><p>A &amp; B</p>")
    'Trade grew\\xa05%.\\n\\nA & B'
    >>> html_to_text("<p>a</p><![1]> 1 < 2 <!-- note --> <a title='x>y'>b</a>")
    'a\\n\\n1 < 2 b'
    >>> html_to_text('<p>kept</p><a x="never closed <p>hidden')
    'kept'
    """
    parts: list[str] = []
    pos, end = 0, len(markup)
    in_head = False
    while pos < end:
        lt = markup.find("<", pos)
        if lt < 0:
            lt = end
        if not in_head:
            parts.append(_unescape(markup[pos:lt]))
        if lt == end:
            break
        after = markup[lt + 1 : lt + 3]
        if after[:1] in ("!", "?") or (after[:1] == "/" and not _is_letter(after[1:])):
            # A comment runs to `-->`; a declaration, CDATA or processing instruction to `>`.
            close = "-->" if markup.startswith("<!--", lt) else ">"
            found = markup.find(close, lt + 2)
            pos = end if found < 0 else found + len(close)
            continue
        tag = _TAG.match(markup, lt)
        if tag is None:  # a lone `<` in prose
            if not in_head:
                parts.append("<")
            pos = lt + 1
            continue
        pos = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name == "head" or (name == "body" and not closing):
            in_head = name == "head" and not closing
        elif name in _RAW and not closing:
            found_end = _RAW_END[name].search(markup, pos)
            close_tag = _TAG.match(markup, found_end.start()) if found_end else None
            pos = close_tag.end() if close_tag else end
        elif name in _BLOCKS and not in_head:
            parts.append("\n\n")
    text = "".join(parts)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _is_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _unescape(data: str) -> str:
    """Character references replaced, however long their digits.

    >>> _unescape("A &amp; B &#x41; &#" + "0" * 5000 + "66; &#" + "9" * 5000)
    'A & B A B \ufffd'
    """
    if "&" not in data:
        return data
    return html.unescape(_LONG_NUMERIC_REF.sub(_shorten_ref, data))


def _shorten_ref(m: re.Match[str]) -> str:
    hex_digits, decimal_digits, semicolon = m.groups()
    digits = (hex_digits or decimal_digits).lstrip("0") or "0"
    if len(digits) > 10:  # beyond any code point
        return "\ufffd"
    return "&#" + ("x" if hex_digits else "") + digits + semicolon
