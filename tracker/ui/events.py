"""Signals that tell views what changed and where to go (no view queries another view)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    # the one event of a change (tracker.services.changes.Changes): emitted by the operation
    # helper (tracker.ui.operations) after a change, its undo and its redo, and for changes
    # made elsewhere (documents imported, another program); each view filters it
    changed = Signal(object)
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
