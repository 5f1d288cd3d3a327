"""Reading time (before extraction) for hostile article files at 200 KB and 5 MB: decoding, binary check, HTML to text, comma decimals."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dashboard.build.articles import UnreadableArticle, read_article

SIZES = (200_000, 5_000_000)
# Each once quadratic in reading (seconds to minutes at 200 KB), or a near relative.
FAMILIES: dict[str, Callable[[int], str]] = {
    "digit run before ,5": lambda n: "1" * (n - 20) + " ,5 and 2,5%",
    "digit runs and spaces": lambda n: ("1" * 999 + " ") * (n // 1000) + "2,5%",
    'unclosed attribute <a x="': lambda n: "<p>x</p>" + '<a x="' * (n // 6),
    "unclosed comments <!--": lambda n: "<p>x</p>" + "<!--" * (n // 4),
    "unclosed tags <a": lambda n: "<p>x</p>" + "<a" * (n // 2),
    "html table cells": lambda n: "<tr><td>Japan</td><td>$1.2 bn</td></tr>" * (n // 39),
    "character references &#1": lambda n: "<p>" + "&#1" * (n // 3),
    "control characters": lambda n: "text " * (n // 5),
}


def run() -> None:
    print(f"target: linear (time at 5 MB / time at 200 KB about {SIZES[1] // SIZES[0]}), 1 s per MB")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.txt"
        for name, make in FAMILIES.items():
            seconds = []
            for size in SIZES:
                path.write_text(" date 2024-05-01 " + make(size), encoding="utf-8")
                started = time.perf_counter()
                try:
                    read_article(path)
                except UnreadableArticle:
                    pass
                seconds.append(time.perf_counter() - started)
            ratio = seconds[1] / max(seconds[0], 1e-6)
            print(f"  {name:28} 200 KB {seconds[0] * 1000:7.1f} ms   5 MB {seconds[1]:5.2f} s   ratio {ratio:5.1f}")
