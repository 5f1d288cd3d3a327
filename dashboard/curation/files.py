"""The I/O edge of curation: one lock per seeds/ folder for every curator write, and a write
that replaces a file whole or not at all."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".curation.lock"
LOCK_TIMEOUT = 30.0
# data/ is written by one curator's rebuild at a time: a rebuild reads the tables (or seeds/)
# and writes them, and two interleaved would lose what the first added. A full build can take
# a while on a large corpus, hence the longer wait.
DATA_LOCK_NAME = ".curation-build.lock"
DATA_LOCK_TIMEOUT = 600.0


class Busy(Exception):
    """Another curator's save held the lock for too long; nothing was written."""


@contextmanager
def locked(folder: Path, timeout: float = LOCK_TIMEOUT, name: str = LOCK_NAME) -> Iterator[None]:
    """Hold the folder's curation lock (an flock on a hidden file in it).

    Every writer of decisions.jsonl, metadata.toml and new articles takes it, and re-reads the
    file under it, so two curators saving at once both keep what they saved. The lock is
    released by the kernel if its holder dies, so a crash never leaves the folder locked.
    """
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / name, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() > deadline:
                    raise Busy(f"{folder}: another curator's save has held {name} for {timeout:.0f} s; try again") from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: written in full to a temporary file beside it, synced, then
    renamed over it, so a crash at any moment leaves either the old file or the new one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        _sync_dir(path.parent)
    finally:
        Path(tmp).unlink(missing_ok=True)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Temporary files a crashed save left beside `path`; call only while holding the lock,
    when no other save can be writing one."""
    stale = sorted(path.parent.glob(f".{path.name}.*.tmp"))
    for p in stale:
        p.unlink(missing_ok=True)
    return stale


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
