"""One writer at a time per folder: every write of data/ (a build, an article added, a decision
saved) holds DATA_LOCK in it, and every curator's write of seeds/ holds SEEDS_LOCK there, so
two writers started together end with the work of both, one after the other.

The lock is `flock` on a hidden file in the folder: the kernel drops it when its holder exits,
even by SIGKILL, so a killed writer never leaves the folder locked.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

DATA_LOCK = ".build.lock"
SEEDS_LOCK = ".curation.lock"
SEEDS_TIMEOUT = 30.0  # a curator's save writes a file or two
DATA_TIMEOUT = 600.0  # a full build of a large corpus can take minutes
_POLL = 0.02


class Busy(Exception):
    """Another writer held the folder's lock past the timeout; nothing was written."""


@contextmanager
def locked(
    folder: Path, name: str, *, timeout: float | None = None, waiting: Callable[[str], object] | None = None
) -> Iterator[None]:
    """Hold `folder`'s lock `name` for the block. When another writer holds it, say so once
    through `waiting` and wait: for ever, or until `timeout` seconds and then raise Busy.
    Raises OSError when the lock file cannot be made.

    The lock file goes when the block ends (a killed writer leaves it, harmlessly), and a folder
    the block created and left empty (a failed first build) goes too: nothing is left behind."""
    created = not folder.exists()
    fd = _acquire(folder / name, timeout, waiting)
    try:
        yield
    finally:
        # Removed while still held: a writer waiting on this file sees it gone and locks anew.
        try:
            (folder / name).unlink()
            if created and not any(folder.iterdir()):
                folder.rmdir()
        except OSError:
            pass
        os.close(fd)  # closing the only descriptor releases the lock


def data_lock(
    data: Path, *, timeout: float | None = None, waiting: Callable[[str], object] | None = None
) -> AbstractContextManager[None]:
    """The lock every writer of data/ holds (see `locked`)."""
    return locked(data, DATA_LOCK, timeout=timeout, waiting=waiting)


def seeds_lock(seeds: Path, timeout: float = SEEDS_TIMEOUT) -> AbstractContextManager[None]:
    """The lock every curator's write of seeds/ holds: decisions.jsonl, metadata.toml, new
    articles. Each writer re-reads its file under it, so two saving at once both keep theirs."""
    return locked(seeds, SEEDS_LOCK, timeout=timeout)


def _acquire(path: Path, timeout: float | None, waiting: Callable[[str], object] | None) -> int:
    """A descriptor holding the lock on the file now at `path`. The holder before may have
    removed the file (and its folder) while this one waited: then lock the new one."""
    deadline = None if timeout is None else time.monotonic() + timeout
    told = False
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if waiting is not None and not told:
                        waiting(f"another build is writing {path.parent}: waiting for it to finish")
                        told = True
                    if deadline is not None and time.monotonic() > deadline:
                        raise Busy(f"{path.parent}: another writer has held it for {timeout:.0f} s; try again") from None
                    time.sleep(_POLL)
            held, current = os.fstat(fd), os.stat(path)
            if (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino):
                return fd
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
