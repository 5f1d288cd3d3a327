"""One build at a time per output folder: two builds started together end with the data of one
clean build, never figures of one beside articles of the other.

The lock is `flock` on `<out>/.build.lock`: the kernel drops it when its holder exits, even
by SIGKILL, so a killed build never leaves the folder locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".build.lock"


@contextmanager
def build_lock(out: Path, waiting: Callable[[str], object] = print) -> Iterator[None]:
    """Hold the folder's build lock for the block; if another build holds it, say so through
    `waiting` and wait for it. Raises OSError when the lock file cannot be made.

    The lock file goes when the block ends (a killed build leaves it, harmlessly), and a folder
    the block created and left empty (a failed first build) goes too: nothing is left behind."""
    created = not out.exists()
    fd = _acquire(out / LOCK_FILE, waiting)
    try:
        yield
    finally:
        # Removed while still held: a build waiting on this file sees it gone and locks anew.
        try:
            (out / LOCK_FILE).unlink()
            if created and not any(out.iterdir()):
                out.rmdir()
        except OSError:
            pass
        os.close(fd)  # closing the only descriptor releases the lock


def _acquire(path: Path, waiting: Callable[[str], object]) -> int:
    """A descriptor holding the lock on the file now at `path`. The holder before may have
    removed the file (and its folder) while this one waited: then lock the new one."""
    told = False
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not told:
                    waiting(f"another build is writing {path.parent}: waiting for it to finish")
                    told = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            held, current = os.fstat(fd), os.stat(path)
            if (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino):
                return fd
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def remove_stale_temporaries(out: Path, names: Iterable[str]) -> list[str]:
    """Delete the half-written `.<name>.*.tmp` files a killed build left in `out`; returns
    their names. Call it only while holding the lock, when no other build is writing them."""
    removed = []
    for name in names:
        for tmp in out.glob(f".{name}.*.tmp"):
            try:
                tmp.unlink()
                removed.append(tmp.name)
            except FileNotFoundError:
                pass
    return sorted(removed)
