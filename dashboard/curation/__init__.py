"""Curation: articles a curator adds, and the decisions they take on figures (confirm, reject,
correct, add a missed one, prefer one source), kept in seeds/ and applied at every build."""
