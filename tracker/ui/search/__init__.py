"""The search page: one query over every document and commitment (Ctrl+K)."""

from tracker.ui.search.page import SearchPage

__all__ = ["SearchPage"]
