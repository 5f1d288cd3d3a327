"""Load: 20 browser sessions at once against the served app on 127.0.0.1 for 60 s, each changing controls; errors, p50/p95 time to chart, server peak memory.

One headless chromium with one context per session (its own cookies and websocket, as 20
people would have). Each session opens the explore page on a pair, then cycles through
controls that always redraw the chart: log scale on, off, part-year figures off, on.
Sessions open their page 0.5 s apart; once all have a chart, the timed minute starts and all
change controls at once. Time to chart is from the click to the
chart in the page showing the change. Errors: a page not drawn within 300 s, a chart not
redrawn within 30 s, a Streamlit exception on the page, a JavaScript error. The server's
peak memory is its VmHWM. Bounded: sessions stop starting actions at the deadline, and the
whole run is cut off 120 s after it. The browsers run on the same machine as the server: on
2 cores their rendering, not the server, is most of the time to chart.

LOAD_SESSIONS and LOAD_SECONDS change the defaults (20, 60).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Browser, Page, async_playwright

from dashboard import paths
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

SESSIONS = int(os.environ.get("LOAD_SESSIONS", "20"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
ACTION_TIMEOUT_MS = 30_000
FIRST_TIMEOUT_MS = 300_000  # opening the page: each context downloads and parses the app's scripts
STAGGER_S = 0.5
PAIRS = ("AZE-CHN", "AZE-JPN")
# Controls whose change always redraws the chart of both pairs (each has part-year figures).
ACTIONS = ("Log scale", "Log scale", "Part-year figures", "Part-year figures")
SIGNATURE = """() => {
  const el = document.querySelector('.js-plotly-plot');
  if (!el || !el._fullLayout || !el.data) return null;
  const y = el._fullLayout.yaxis;
  return JSON.stringify([y.type, y.title && y.title.text, el.data.map(t => [t.name, (t.y || []).length, (t.y || [])[0]])]);
}"""


@dataclass
class Tally:
    first_chart: list[float] = field(default_factory=list)
    to_chart: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    actions: int = 0


async def _signature(page: Page) -> str | None:
    value: str | None = await page.evaluate(SIGNATURE)
    return value


@dataclass
class Start:
    """Every session waits here until all have opened their page (or failed to): the timed
    minute has all of them changing controls at once."""

    sessions: int
    opened: int = 0
    go: asyncio.Event = field(default_factory=asyncio.Event)
    deadline: float = 0.0

    def arrived(self, seconds: float) -> None:
        self.opened += 1
        if self.opened == self.sessions:
            self.deadline = time.monotonic() + seconds
            self.go.set()


async def _session(browser: Browser, base: str, n: int, start: Start, seconds: float, tally: Tally) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    page.set_default_timeout(ACTION_TIMEOUT_MS)
    page.on("pageerror", lambda e: tally.errors.update([f"JavaScript error: {str(e)[:80]}"]))
    try:
        await asyncio.sleep(n * STAGGER_S)  # people arrive one after another, not in the same millisecond
        started = time.perf_counter()
        try:
            await page.goto(f"{base}/?pair={PAIRS[n % len(PAIRS)]}", wait_until="commit", timeout=FIRST_TIMEOUT_MS)
            await page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=FIRST_TIMEOUT_MS)
        finally:
            start.arrived(seconds)
        tally.first_chart.append(time.perf_counter() - started)
        await start.go.wait()
        sidebar = page.locator("[data-testid='stSidebar']")
        i = 0
        while time.monotonic() < start.deadline:
            label = ACTIONS[i % len(ACTIONS)]
            i += 1
            before = await _signature(page)
            t = time.perf_counter()
            try:
                await sidebar.locator("label").filter(has_text=label).first.click()
                await page.wait_for_function(f"(before) => {{ const s = ({SIGNATURE})(); return s !== null && s !== before; }}",
                                             arg=before, timeout=ACTION_TIMEOUT_MS)  # fmt: skip
            except Exception as e:  # a timeout or a detached element: the user saw no chart
                tally.errors.update([f"{label!r}: {type(e).__name__}"])
                await page.wait_for_timeout(1000)
                continue
            tally.to_chart.append(time.perf_counter() - t)
            tally.actions += 1
            if await page.locator("[data-testid='stException']").count():
                tally.errors.update(["Streamlit exception on the page"])
            await page.wait_for_timeout(200)  # a person reads the chart before the next click
    except Exception as e:
        tally.errors.update([f"session failed: {type(e).__name__}: {str(e)[:80]}"])
    finally:
        await context.close()


async def _drive(base: str, sessions: int, seconds: float) -> Tally:
    tally = Tally()
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            # The server is already up and has drawn a page once, as it would be for its users.
            warm = await browser.new_page()
            await warm.goto(f"{base}/?pair={PAIRS[0]}")
            await warm.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=180_000)
            await warm.close()
            start = Start(sessions)
            runs = [_session(browser, base, n, start, seconds, tally) for n in range(sessions)]
            await asyncio.wait_for(asyncio.gather(*runs), timeout=sessions * STAGGER_S + FIRST_TIMEOUT_MS / 1000 + seconds + 120)
        finally:
            await browser.close()
    return tally


def _status(pid: int, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024  # MB
    return float("nan")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] if len(values) > 1 else values[0]


def run() -> None:
    with streamlit_server(paths.ROOT / "data", timeout=120) as (base, proc):
        before_mb = _status(proc.pid, "VmRSS")
        started = time.perf_counter()
        tally = asyncio.run(_drive(base, SESSIONS, SECONDS))
        wall = time.perf_counter() - started
        peak_mb, cpu = _status(proc.pid, "VmHWM"), _cpu_seconds(proc.pid)
    errors = sum(tally.errors.values())
    print(f"{SESSIONS} sessions for {SECONDS:g} s ({wall:.0f} s with start and finish), on data/: "
          f"{tally.actions} control changes drawn, {errors} error(s)", flush=True)  # fmt: skip
    if tally.first_chart:
        print(f"  first chart per session: p50 {_quantile(tally.first_chart, 0.5):.2f} s, "
              f"p95 {_quantile(tally.first_chart, 0.95):.2f} s, max {max(tally.first_chart):.2f} s")  # fmt: skip
    if tally.to_chart:
        print(f"  control -> chart redrawn: p50 {_quantile(tally.to_chart, 0.5):.2f} s, "
              f"p95 {_quantile(tally.to_chart, 0.95):.2f} s, max {max(tally.to_chart):.2f} s")  # fmt: skip
    print(f"  server: {before_mb:.0f} MB before, peak {peak_mb:.0f} MB (VmHWM); {cpu:.0f} s of CPU")
    print(f"  machine load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores,"
          " the browsers' share included")
    for what, n in tally.errors.most_common():
        print(f"  error x{n}: {what}")


if __name__ == "__main__":
    run()
