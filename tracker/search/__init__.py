"""Full-text search over documents and commitments (SQLite FTS5), insensitive to script
(Traditional/Simplified), case and full-width letters; terms of any length.

Public API: `parse_query`, `run_search`, `SearchFilter`, the result types, and the index
maintenance functions `sync`, `rebuild`, `stats`.
"""

from tracker.search.fold import fold
from tracker.search.index import IndexStats, rebuild, stats, sync
from tracker.search.query import QueryError, parse_query, positive_terms
from tracker.search.results import (
    CommitmentResult, DocumentResult, Hit, SearchFilter, SearchResults,
)
from tracker.search.run import run_search

__all__ = [
    "CommitmentResult", "DocumentResult", "Hit", "IndexStats", "QueryError", "SearchFilter",
    "SearchResults", "fold", "parse_query", "positive_terms", "rebuild", "run_search",
    "stats", "sync",
]
