"""The names of the files the project reads and writes: every module takes them from here."""

from __future__ import annotations

# data/: the compiled set, replaced whole by a build and checked whole by a reader.
FIGURES_FILE = "figures.parquet"
# Figures computed from reported ones (status "derived"), same schema: kept apart so that
# figures.parquet holds only what the articles say, each row with its own quote.
DERIVED_FILE = "derived.parquet"
ARTICLES_FILE = "articles.parquet"
MANIFEST_FILE = "manifest.json"  # written last: names each file of the set (contract/manifest.py)
TABLE_FILES: tuple[str, ...] = (FIGURES_FILE, DERIVED_FILE, ARTICLES_FILE)

# seeds/: beside the articles, what a curator says of them.
METADATA_FILE = "metadata.toml"
DECISIONS_FILE = "decisions.jsonl"

# The extraction cache's file, in its own folder (paths.cache_dir()).
CACHE_FILE = "extractions.jsonl"
