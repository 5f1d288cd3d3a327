"""Pure extraction: (article text, publication date) -> cited figures. No I/O beyond the rules."""

from dashboard.extract.article import EXTRACTOR_FILES, Extraction, extract_article

__all__ = ["EXTRACTOR_FILES", "Extraction", "extract_article"]
