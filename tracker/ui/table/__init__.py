"""The commitments table page (the register): filter, sort, status, export, import."""

from tracker.ui.table.page import TablePage

__all__ = ["TablePage"]
