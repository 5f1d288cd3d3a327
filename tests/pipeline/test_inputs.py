"""What the build reads: only regular files in the articles folder, of bounded size; links,
devices, FIFOs, folders, hidden files and odd names are refused with a message, and the rest
still builds."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.build import articles as articles_module
from dashboard.build.articles import read_article
from dashboard.build.command import build_command
from dashboard.build.failure import BuildFailed
from dashboard.build.rows import figure_id
from dashboard.build.run import build
from dashboard.guard.inputs import MAX_INPUT_BYTES

GOOD = " date 2024-05-01 Trade between Azerbaijan and Japan reached $3.7 billion in 2023.\n"
SECRET = "PRIVATE-KEY-MATERIAL $9 billion"


def _build(folder: Path, fake) -> tuple:
    result = build(folder, extract=fake, version="fake")
    texts = "\n".join(result.articles.column("text").to_pylist())
    return result, "\n".join(result.warnings), set(result.articles.column("article_id").to_pylist()), texts


def test_link_to_a_file_outside_the_folder_is_refused(make_articles, fake, tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(" date 2024-01-01 " + SECRET)
    folder = make_articles({"good": GOOD})
    (folder / "evil.txt").symlink_to(secret)
    result, warnings, built, texts = _build(folder, fake)
    assert built == {"good"} and result.skipped == ["evil"]
    assert f"evil: skipped: refused: a symbolic link to {secret}: links are not followed" in warnings
    assert "PRIVATE" not in texts and 9e9 not in result.figures.column("value").to_pylist()


def test_link_to_another_article_in_the_folder_is_refused_too(make_articles, fake) -> None:
    folder = make_articles({"good": GOOD})
    (folder / "alias.txt").symlink_to("good.txt")
    _, warnings, built, _ = _build(folder, fake)
    assert built == {"good"}
    assert "alias: skipped: refused: a symbolic link to good.txt" in warnings


def test_fifo_and_folder_are_refused_without_waiting(make_articles, fake) -> None:
    folder = make_articles({"good": GOOD})
    os.mkfifo(folder / "pipe.txt")  # opening it for reading the ordinary way would wait forever
    (folder / "dir.txt").mkdir()
    started = time.monotonic()
    result, warnings, built, _ = _build(folder, fake)
    assert time.monotonic() - started < 30
    assert built == {"good"} and sorted(result.skipped) == ["dir", "pipe"]
    assert "pipe: skipped: refused: a FIFO, not a regular file" in warnings
    assert "dir: skipped: refused: a folder, not a regular file" in warnings


def test_oversized_article_is_refused_before_it_is_read(make_articles, fake) -> None:
    folder = make_articles({"good": GOOD})
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is written, only its size is checked
    _, warnings, built, _ = _build(folder, fake)
    assert built == {"good"}
    assert "huge: skipped: refused: too large (10.0 MB, the limit is 10 MB)" in warnings


def test_article_at_the_limit_is_read(tmp_path) -> None:
    path = tmp_path / "big.txt"
    line = "The sides discussed cooperation in trade and culture.\n"
    path.write_text(" date 2024-01-01 " + line * ((MAX_INPUT_BYTES - 100) // len(line)))
    assert os.path.getsize(path) <= MAX_INPUT_BYTES
    assert read_article(path).body.startswith("The sides discussed")


def test_metadata_linked_to_dev_zero_fails_the_build_without_eating_memory(make_articles, fake) -> None:
    folder = make_articles({"good": GOOD})
    (folder / "metadata.toml").symlink_to("/dev/zero")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(BuildFailed, match=r"metadata.toml: refused: a symbolic link to /dev/zero"):
        build(folder, extract=fake)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KB: under 100 MB more


@pytest.mark.parametrize("kind", ["dangling link", "fifo", "too large"])
def test_metadata_that_is_not_a_small_regular_file_is_refused(make_articles, fake, tmp_path, kind: str) -> None:
    folder = make_articles({"good": GOOD})
    meta = folder / "metadata.toml"
    if kind == "dangling link":
        meta.symlink_to(tmp_path / "nowhere.toml")
        message = "a symbolic link"
    elif kind == "fifo":
        os.mkfifo(meta)
        message = "a FIFO, not a regular file"
    else:
        meta.write_text("# padding\n" * (MAX_INPUT_BYTES // 10 + 1))
        message = "too large"
    with pytest.raises(BuildFailed, match=f"metadata.toml: refused: {message}"):
        build(folder, extract=fake)


def test_deeply_nested_metadata_is_a_clear_error(make_articles, fake) -> None:
    folder = make_articles({"good": GOOD}, metadata="x = " + "[" * 50_000 + "]" * 50_000)
    with pytest.raises(BuildFailed, match=r"metadata\.toml: not valid TOML: nested too deeply"):
        build(folder, extract=fake)


def test_hidden_files_are_not_articles(make_articles, fake) -> None:
    folder = make_articles({"good": GOOD, ".draft": GOOD.replace("3.7", "4.1")})
    result, _, built, _ = _build(folder, fake)
    assert built == {"good"} and result.read == 1 and result.skipped == []
    assert result.figures.column("value").to_pylist() == [3.7e9]


@pytest.mark.parametrize(
    ("tail", "reason"),
    [(b"\x00", "a NUL byte at offset 20000"), (bytes(range(1, 9)) * 3, "over 8 control characters in the block at character 16384")],
    ids=["nul", "controls"],
)
def test_binary_content_anywhere_in_the_file_is_found(make_articles, fake, tail: bytes, reason: str) -> None:
    content = (" date 2024-05-01 " + "Trade reached $1 million. " * 1000)[:20_000].encode() + tail + b" more text"
    _, warnings, built, _ = _build(make_articles({"bad": content, "good": GOOD}), fake)
    assert built == {"good"}
    assert f"bad: skipped: unreadable file: binary file ({reason})" in warnings


def test_a_few_stray_control_characters_are_tolerated(make_articles, fake) -> None:
    _, _, built, texts = _build(make_articles({"a": GOOD.replace("Trade", "Trade\x0c") * 3}), fake)
    assert built == {"a"} and "\x0c" in texts


def test_file_name_that_is_not_utf8_is_refused_and_printed_safely(make_articles, tmp_path, capsys) -> None:
    folder = make_articles({"good": GOOD})
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write(GOOD.encode())
    out = tmp_path / "data"
    assert build_command(folder, out, check=False) == 0
    printed = capsys.readouterr().out
    assert "caf\\xe9: skipped: refused: its name is not valid UTF-8: rename it" in printed
    assert "1 built, 1 skipped" in printed


@pytest.mark.parametrize("markup", ["<p>a $1 million</p><![ CDATA[x]]>", "<p>a $1 million</p><![1]>"])
def test_malformed_html_that_breaks_html_parser_is_read(make_articles, fake, markup: str) -> None:
    _, warnings, built, texts = _build(make_articles({"a": " date 2024-05-01 " + markup}), fake)
    assert built == {"a"} and texts == "a $1 million"
    assert "a: looked like HTML" in warnings


def test_any_error_while_reading_one_article_skips_it(make_articles, fake, monkeypatch) -> None:
    def broken(html: str) -> str:
        raise AssertionError("expected name token at '<![ CDATA[x]]>'")

    monkeypatch.setattr(articles_module, "html_to_text", broken)
    folder = make_articles({"html": " date 2024-05-01 <p>a</p><![ CDATA[x]]>", "good": GOOD})
    result, warnings, built, _ = _build(folder, fake)
    assert built == {"good"} and result.skipped == ["html"]
    assert "html: skipped: reading it failed (AssertionError: expected name token" in warnings


# Inputs that made reading (before extraction) quadratic: each a function of its size in bytes.
HOSTILE: dict[str, Callable[[int], str]] = {
    "digit run before ,5": lambda n: "1" * (n - 20) + " ,5 and 2,5%",
    "unclosed attribute": lambda n: "<p>x</p>" + '<a x="' * (n // 6),
    "unclosed comments": lambda n: "<p>x</p>" + "<!--" * (n // 4),
    "unclosed tags": lambda n: "<p>x</p>" + "<a" * (n // 2),
    "digit runs and spaces": lambda n: ("1" * 999 + " ") * (n // 1000) + "2,5%",
    "character references": lambda n: "<p>" + "&#1" * (n // 3),
}


def _read_seconds(tmp_path: Path, text: str) -> float:
    path = tmp_path / "hostile.txt"
    path.write_text(" date 2024-05-01 " + text, encoding="utf-8")
    best = float("inf")
    for _ in range(3):  # best of three: the machine is shared
        started = time.perf_counter()
        try:
            read_article(path)
        except articles_module.UnreadableArticle:
            pass
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("family", list(HOSTILE))
def test_reading_hostile_text_is_linear(tmp_path, family: str) -> None:
    """8x the text takes far less than 64x the time (quadratic); 200 KB took 24-60 s before."""
    small = _read_seconds(tmp_path, HOSTILE[family](50_000))
    assert small < 2, f"{family}: 50 KB took {small:.2f} s"  # fail fast rather than wait on 400 KB
    large = _read_seconds(tmp_path, HOSTILE[family](400_000))
    assert large / max(small, 1e-3) < 24, f"{family}: 50 KB {small:.4f} s, 400 KB {large:.4f} s"


def test_figure_id_never_fails_on_an_id_from_a_name_that_is_not_utf8() -> None:
    row = dict(article_id="caf\udce9", span_start=1, span_end=5, indicator="exports", kind="level",
               country_a="AZE", country_b="JPN", flow_from="AZE", flow_to="JPN", year=2024, period="FY")  # fmt: skip
    assert len(figure_id(row)) == 16 and figure_id(row) != figure_id({**row, "article_id": "cafe"})
