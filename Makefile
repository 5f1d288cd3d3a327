# The two commands a new user needs: `make run` (the app on the bundled data) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Root installs Debian packages directly; anyone else goes through sudo.
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := chromium fonts-dejavu-core

.PHONY: install install-test system-deps data check run lint test bench eval copied fuzz gallery clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Chromium renders the exported charts (kaleido) and drives the browser tests (Playwright);
# the font makes exports look the same on every machine.
system-deps:
	@if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi dejavusans; then \
		echo "system packages present: $(DEBIAN_PACKAGES)"; \
	else \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEBIAN_PACKAGES); \
	fi

data: install
	$(BIN)/python -m dashboard build

check: install
	$(BIN)/python -m dashboard build --check

run: install system-deps
	@[ -f data/figures.parquet ] && [ -f data/articles.parquet ] || $(BIN)/python -m dashboard build
	$(BIN)/streamlit run dashboard/app.py

# The linter and the type checker: strict where the contract and the grammar's types live.
lint: install-test
	$(BIN)/ruff check dashboard tests benchmarks
	$(BIN)/mypy

test: install-test system-deps lint
	$(BIN)/python -m pytest

# Extraction precision and recall on every labeled set, with the misses. Not a test.
eval: install
	$(BIN)/python -m benchmarks.evaluate

# Lines of the project that repeat a real-dev article (../shared beside the project): to reword.
copied: install
	$(BIN)/python -m benchmarks.copied_lines

bench: install-test system-deps
	$(BIN)/python -m benchmarks

# Hostile text families at 0.625-5 MB against the extractor, then runs of one character (every
# printable ASCII, Unicode punctuation and spaces) and dotted leaders at 64 KB and 1 MB; each case
# killed past 30 s. Results: docs/robustness.md.
fuzz: install
	$(BIN)/python -m benchmarks fuzz

# Every pair x indicator x image size of data/ as PNGs in tests/artifacts/gallery/, to look at.
gallery: install system-deps
	$(BIN)/python -m tests.gallery

clean:
	rm -rf $(VENV) .cache .pytest_cache .hypothesis tests/artifacts benchmarks/out
