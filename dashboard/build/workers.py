"""Run one job per item in worker processes, each under a time budget: a job that overruns
is stopped by killing its worker, reported, and a fresh worker takes the next item.

Why processes and not a timer in the build's own process: a signal only reaches the main
thread (a build started from the app runs in another), and code stuck in C (a regular
expression, a parser) cannot always be interrupted where it stands. Killing the process
always works, and costs the killed job only.

Workers are forked, so they inherit the job function; the items are taken from their
iterable only as workers need them and sent with their index, so a caller can read its inputs
while the first ones are worked on. A worker holds at most LOOK_AHEAD + 1 items, and a thread
of its own takes them in as they come, so the parent's sends never wait on a job. The time
budget of an item runs from when its worker finished the one before (time.monotonic is one
clock for every process), so the parent need not wake for each.
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

DEFAULT_BUDGET = 10.0  # seconds per article, for `python -m dashboard build`
BUDGET_ENV = "TRADE_DASHBOARD_BUDGET"

I = TypeVar("I")
R = TypeVar("R")


@dataclass(frozen=True)
class Stopped:
    """Why an item has no result: it ran past the budget, or its worker died under it."""

    reason: str
    over_budget: bool


def budget_from_env(default: float = DEFAULT_BUDGET) -> float:
    """The budget in TRADE_DASHBOARD_BUDGET (seconds, 0 = none), else `default`.

    >>> budget_from_env()
    10.0
    """
    raw = os.environ.get(BUDGET_ENV, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{BUDGET_ENV}={raw!r} is not a number of seconds") from None
    if not value >= 0:  # also refuses nan
        raise ValueError(f"{BUDGET_ENV}={raw!r}: the budget cannot be negative")
    return value


@dataclass
class _Worker(Generic[I]):
    process: BaseProcess
    conn: Connection
    # Items sent and not yet answered, with their indexes, in order: the first is being worked
    # on. Kept here so that the ones a stopped worker never started can go to another.
    queue: deque[tuple[int, I]] = field(default_factory=deque)
    started: float = 0.0  # when the first in the queue began

    @property
    def index(self) -> int | None:
        return self.queue[0][0] if self.queue else None


# Items a worker holds besides the one it works on: it goes on without waiting for the parent,
# which reads results in rounds and, in a build, reads the next articles between them (on a
# busy machine it may not run for a while either). Enough for a round of short jobs: with 6, a
# build's workers waited for articles four times as long; few enough that at the end no worker
# sits idle long while another still holds a queue (12 articles are about 50 ms).
LOOK_AHEAD = 12
# The parent gathers results for this long between rounds rather than waking for each one: a
# wake-up per article took a core from the workers for the switch and its caches, about a
# tenth of a build. A round's results fit the connection's buffer, so no worker waits on it.
GATHER_SECONDS = 0.02


def run_with_budget(
    items: Iterable[I], job: Callable[[I], R], *, workers: int, budget: float
) -> Iterator[tuple[int, R | Stopped]]:
    """(index, result) for every item, in the order they finish; an item whose job takes more
    than `budget` seconds, or whose worker dies, gets a Stopped instead of a result. The index is
    the item's place in `items`, which is read only as workers need more.

    `job` should catch its own exceptions: one that escapes kills the worker and the item is
    reported as Stopped. Workers are always stopped on the way out, even on an interrupt.
    The items a stopped worker held besides the one it was stopped on are run again elsewhere.
    """
    ctx = multiprocessing.get_context("fork")
    unread = enumerate(items)
    todo: deque[tuple[int, I]] = deque()  # handed back by a stopped worker: sent before unread ones
    pool: list[_Worker[I]] = []

    def take(n: int) -> list[tuple[int, I]]:
        taken = [todo.popleft() for _ in range(min(n, len(todo)))]
        taken += itertools.islice(unread, n - len(taken))
        return taken

    def start() -> _Worker[I]:
        parent_end, child_end = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child_end, job, os.getpid()), daemon=True)
        process.start()
        child_end.close()  # so the parent sees EOF when the worker dies
        return _Worker(process, parent_end)

    def restart(i: int) -> None:
        """Kill worker i (its first item is done for), hand back the items it had not started."""
        w = pool[i]
        w.queue.popleft()
        todo.extendleft(reversed(w.queue))  # not started: another worker takes them
        _stop(w, kill=True)
        pool[i] = start()

    try:
        first = take(max(1, workers))
        pool = [start() for _ in first]
        todo.extend(first)
        while True:
            for w in pool:
                sent = take(LOOK_AHEAD + 1 - len(w.queue))
                if sent:
                    if not w.queue:
                        w.started = time.monotonic()
                    w.queue.extend(sent)
                    w.conn.send(sent)
            busy = [w for w in pool if w.queue]
            if not busy:
                return
            first_deadline = min(w.started for w in busy) + budget
            if len(busy) == len(pool):  # every worker has work: let results gather (GATHER_SECONDS)
                time.sleep(max(0.0, min(GATHER_SECONDS, first_deadline - time.monotonic())))
            ready = set(wait([w.conn for w in busy], timeout=max(0.0, first_deadline - time.monotonic())))
            for i, w in enumerate(pool):
                if w.index is None:
                    continue
                if w.conn in ready:
                    try:
                        while w.queue:  # every result already sent, in the order of the queue
                            result, finished = w.conn.recv()
                            index, _ = w.queue.popleft()
                            w.started = finished  # the next in its queue started then
                            yield index, result
                            if not w.conn.poll():
                                break
                    except (EOFError, OSError):
                        w.process.join(1)
                        yield w.queue[0][0], Stopped(f"the extraction process died (exit code {w.process.exitcode})", False)
                        restart(i)
                elif time.monotonic() - w.started >= budget and not w.conn.poll():
                    yield w.queue[0][0], Stopped(f"extraction ran past its {budget:g} s time budget and was stopped", True)
                    restart(i)
    finally:
        for w in pool:
            _stop(w)


def _stop(worker: _Worker[I], kill: bool = False) -> None:
    if worker.process.is_alive():
        if kill or worker.index is not None:
            worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except OSError:
                worker.process.kill()
    worker.process.join(5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()


def _serve(conn: Connection, job: Callable[[I], R], parent: int) -> None:
    """A worker: run the job on each item of the lists of (index, item) it is sent, until told
    to stop or orphaned; each result goes back with the time it was done, when the next one starts."""
    # Ctrl-C reaches the whole process group: the parent stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    inbox: queue.SimpleQueue[list[tuple[int, I]] | None] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    while True:
        sent = inbox.get()
        if sent is None:
            return
        try:
            for _, item in sent:
                result = job(item)
                conn.send((result, time.monotonic()))
        except OSError:  # the parent is gone
            return


def _receive(conn: Connection, inbox: queue.SimpleQueue[list[tuple[int, I]] | None]) -> None:
    """Take what the parent sends as soon as it comes, whatever the worker is doing: a parent
    sending items larger than the pipe holds would otherwise wait on a worker that is itself
    waiting for the parent to read its results."""
    try:
        while True:
            sent = conn.recv()
            inbox.put(sent)
            if sent is None:
                return
    except (EOFError, OSError):  # the parent is gone
        inbox.put(None)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when the build that forked it dies (even by SIGKILL), so
    a job that never ends cannot outlive its build. Elsewhere the worker exits at its next item."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(0)
