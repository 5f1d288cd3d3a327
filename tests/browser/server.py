"""Start `streamlit run dashboard/app.py` on a free localhost port and stop it (tests, benchmarks)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
# Debian's chromium in a container: no sandbox, no GPU, and nothing that phones home.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def streamlit_server(
    data: Path, timeout: float = 60, env: dict[str, str] | None = None, app: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The app (or another Streamlit script) served on 127.0.0.1 with TRADE_DASHBOARD_DATA=data
    (and `env`); yields (base URL, process)."""
    port = free_port()
    env = {**os.environ, **(env or {}), "TRADE_DASHBOARD_DATA": str(data)}
    cmd = [sys.executable, "-m", "streamlit", "run", str(app or ROOT / "dashboard" / "app.py"), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    with serving(cmd, port, cwd=ROOT, env=env, timeout=timeout) as (base, proc):
        yield base, proc


@contextmanager
def serving(
    cmd: list[str], port: int, cwd: Path, env: dict[str, str], timeout: float = 60
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run a server command, wait until Streamlit's health check on 127.0.0.1:`port` answers,
    yield (base URL, process), and stop it after."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited: {proc.stdout.read().decode(errors='replace')[-2000:] if proc.stdout else ''}")
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("streamlit did not become healthy")
            time.sleep(0.1)
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
