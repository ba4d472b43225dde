"""The reader: a document's text with highlighted commitments, the commitment editor and
the review queue of suggestions."""

from tracker.ui.reader.page import ReaderPage

__all__ = ["ReaderPage"]
