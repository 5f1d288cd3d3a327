"""Read an input file (an article, metadata.toml, decisions.jsonl, a file given to `add`) only
when it is a regular file of bounded size that is itself in the folder: never through a
symbolic link, never a device, FIFO or folder. Every file the project reads from a folder a
user controls is read here, and its JSON lines are parsed here, within a depth and a size.

A committed link (`seeds/x.txt -> /etc/shadow`) would otherwise publish a private file into
data/ and the reader; a link or device (`metadata.toml -> /dev/zero`) could exhaust memory.
Every link is refused, not only links that leave the folder: the file is opened with
O_NOFOLLOW, so what is checked is what is read (no window between a check and the read in
which the link could be retargeted), and an article that is a link to another article would
only be a duplicate. A curator copies the file instead.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path

# Ten times the largest article the build warns about; above it a file is a dump, not an article.
MAX_INPUT_BYTES = 10_000_000
_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip


class RefusedInput(Exception):
    """The file is not one the build reads; the message says what it is and what to do."""


def read_regular(path: Path, limit: int = MAX_INPUT_BYTES, link_hint: str = "copy the file here instead") -> bytes:
    """The bytes of `path`, refusing a symbolic link, anything but a regular file, and more than
    `limit` bytes (checked before reading, and again while reading in case the file grows)."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, _FLAGS)
    except OSError as e:
        if e.errno == errno.ELOOP or path.is_symlink():
            raise RefusedInput(f"a symbolic link{_target(path)}: links are not followed, {link_hint}") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            raise RefusedInput(f"{kind}, not a regular file")
        if info.st_size > limit:
            raise RefusedInput(_too_large(info.st_size, limit))
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > limit:
                raise RefusedInput(_too_large(size, limit))
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: Path, limit: int = MAX_INPUT_BYTES, link_hint: str = "copy the file here instead") -> str:
    """The text of `path` as read_regular reads it, UTF-8 (a BOM dropped), refused otherwise."""
    raw = read_regular(path, limit, link_hint)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RefusedInput(f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}): save it as UTF-8") from None


# A JSON line of ours nests two or three deep and holds a sentence; these leave room and stop a
# line of thousands of brackets (which exhausts the parser's recursion) or a megabyte blob.
MAX_JSON_DEPTH = 32
MAX_JSON_LINE_CHARS = 200_000
_JSON_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_line(line: str, max_depth: int = MAX_JSON_DEPTH, max_chars: int = MAX_JSON_LINE_CHARS) -> object:
    """One line of JSON, refused (ValueError) past `max_chars` or nested deeper than `max_depth`:
    both are measured before the parser sees the line, in one pass.

    >>> json_line('{"a": [1, {"b": "[[["}]}')
    {'a': [1, {'b': '[[['}]}
    >>> json_line("[" * 3000 + "]" * 3000)
    Traceback (most recent call last):
    ...
    ValueError: nested deeper than 32 levels
    """
    if len(line) > max_chars:
        raise ValueError(f"longer than {max_chars:,} characters ({len(line):,})")
    depth = 0
    for m in _JSON_NESTING.finditer(line):  # strings are matched whole, so their brackets do not count
        token = m.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise ValueError(f"nested deeper than {max_depth} levels")
        elif token in "]}":
            depth -= 1
    try:
        return json.loads(line)
    except RecursionError:  # not reached within the depth above; kept so no line can raise it
        raise ValueError(f"nested deeper than {max_depth} levels") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON: {e}") from None


def exists(path: Path) -> bool:
    """True when anything is at `path`, a dangling link included (Path.exists follows links)."""
    return os.path.lexists(path)


def shown_name(name: str) -> str:
    r"""A file name as it can be printed: bytes that are not UTF-8 as `\xff` escapes.

    >>> shown_name("caf\udce9.txt"), shown_name("ok.txt")
    ('caf\\xe9.txt', 'ok.txt')
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def name_problem(name: str) -> str | None:
    r"""Why a file name cannot name an article (its id goes into parquet, URLs and messages).

    >>> name_problem("a.txt"), name_problem("caf\udce9.txt"), name_problem("a\nb.txt")
    (None, 'its name is not valid UTF-8: rename it', 'its name contains control characters: rename it')
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not valid UTF-8: rename it"
    if any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in name):
        return "its name contains control characters: rename it"
    return None


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1e6:.1f} MB, the limit is {limit / 1e6:g} MB): split it or trim it"


def _target(path: Path) -> str:
    try:
        return f" to {shown_name(os.readlink(path))}"
    except OSError:
        return ""
