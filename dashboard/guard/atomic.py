"""Files replaced whole: written under a temporary name that carries the writer's process id,
then renamed over the target; temporaries left by a writer that was killed are removed by the
next one (never those of a writer still running)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

# `.figures.parquet.<pid>.<random>.tmp`, `.extractions.jsonl.<pid>.<random>.tmp`; before process
# ids were recorded, `.figures.parquet.<random>.tmp` (those are always stale now).
_TEMPORARY = re.compile(r"^\.(?P<target>[^/]+?\.(?:parquet|json|jsonl|toml|txt))\.(?:(?P<pid>\d+)\.)?[^/]*\.tmp$")


def temporary(folder: Path, name: str) -> Path:
    """A new empty file in `folder` to write `name`'s next content into (mode per the umask)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; data/ is for everyone
    return Path(tmp)


def write_whole(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: written in full to a temporary file beside it, synced, then
    renamed over it, so a crash at any moment leaves either the old file or the new one. The
    file keeps its mode; a new one gets the umask's."""
    tmp = temporary(path.parent, path.name)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
        fsync(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def remove_stale(folder: Path, *, locked: bool = False) -> list[str]:
    """Remove the temporaries of writers that are no longer running; the names removed. A caller
    holding the folder's lock (`locked`) knows no other writer is running: it removes them all.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for n in (".figures.parquet.abc123.tmp", ".figures.parquet.999999999.x.tmp", f".a.json.{os.getpid()}.x.tmp", "notes.tmp"):
    ...     _ = (d / n).write_text("")
    >>> remove_stale(d)
    ['.figures.parquet.999999999.x.tmp', '.figures.parquet.abc123.tmp']
    """
    removed: list[str] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return removed
    for name in names:
        m = _TEMPORARY.match(name)
        if m is None or (not locked and m.group("pid") and _running(int(m.group("pid")))):
            continue
        try:
            os.unlink(folder / name)
            removed.append(name)
        except FileNotFoundError:
            pass  # another build removed it first
        except OSError:
            continue  # a folder, or no permission: leave it
    return removed


def fsync(path: Path) -> None:
    """Flush a file (or a folder's entries, after renames in it) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(fd)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # another user's process
    except (ProcessLookupError, OverflowError):
        return False
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
