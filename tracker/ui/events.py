"""Signals that tell views what changed and where to go (no view queries another view)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    documents_changed = Signal()
    # ids of the commitments that changed; an empty list means "reload everything"
    commitments_changed = Signal(list)
    # go somewhere: a document at a span (start/end -1 for none), a commitment,
    # the commitments table filtered (the argument is a dict of filter fields)
    open_document = Signal(int, int, int)
    open_commitment = Signal(int)
    show_commitments = Signal(dict)
    language_changed = Signal()
    # a document's suggestions must be worked out again (its date changed)
    suggestions_stale = Signal(int)
    # another process (the command line, a second window) changed the database
    external_change = Signal()
