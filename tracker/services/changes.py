"""What a change did: the one value every operation returns and every view filters.

A service operation (tracker.services.operations) returns a `Changes` from each of its
calls; the window's operation helper (tracker.ui.operations) carries it on its one event
(`Events.changed`), and each view looks only at the part it shows. The same value is what
an audit log would record (which kind of change, which rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum


class ChangeKind(str, Enum):
    """Which sort of change (one per operation; the undo of a change keeps its kind)."""

    TAG = "tag"                          # a commitment tagged in a text
    EDIT = "edit"                        # a commitment's fields or span
    DELETE = "delete"                    # a commitment deleted
    STATUS = "status"                    # a status change or progress entry
    ACCEPT = "accept"                    # suggestions accepted as commitments
    REJECT = "reject"                    # suggestions rejected
    THEMES = "themes"                    # theme keywords applied to commitments
    DOCUMENT_EDIT = "document_edit"      # a document's details (and deadlines following them)
    DOCUMENT_REMOVE = "document_remove"  # a document removed from the library
    LEDGER_IMPORT = "ledger_import"      # a ledger (CSV/XLSX) imported into the register
    BREAKDOWN = "breakdown"              # a commitment broken down into tasks (责任分解)
    ROUND = "round"                      # a progress round's returned files imported (进度填报)
    DOCUMENT_IMPORT = "document_import"  # documents imported (not undoable)
    RELOAD = "reload"                    # another program changed the library, or it opened


def _ids(values: Iterable[int | None]) -> frozenset[int]:
    return frozenset(v for v in values if v is not None)


@dataclass(frozen=True)
class Delta:
    """The ids of one kind of row created, updated and deleted."""

    created: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()

    @classmethod
    def of(cls, created: Iterable[int | None] = (), updated: Iterable[int | None] = (),
           deleted: Iterable[int | None] = ()) -> Delta:
        made, gone = _ids(created), _ids(deleted)
        return cls(made, _ids(updated) - made - gone, gone)

    @property
    def ids(self) -> frozenset[int]:
        """Every id touched."""
        return self.created | self.updated | self.deleted

    def inverse(self) -> Delta:
        """What taking the change back does: the created go, the deleted come back."""
        return Delta(self.deleted, self.updated, self.created)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


@dataclass(frozen=True)
class Changes:
    """What one service call changed.

    `commitments` and `documents` name the rows; `themes` the theme names given or taken;
    `reviews` the documents whose suggestion queue changed (a suggestion accepted, rejected
    or put back); `everything` says, explicitly, that any view may be out of date (the
    library was opened, or another program wrote to it). `undone` marks the undo of a change.
    """

    kind: ChangeKind
    commitments: Delta = field(default_factory=Delta)
    documents: Delta = field(default_factory=Delta)
    themes: frozenset[str] = frozenset()
    reviews: frozenset[int] = frozenset()
    everything: bool = False
    undone: bool = False

    @classmethod
    def reload(cls, kind: ChangeKind = ChangeKind.RELOAD) -> Changes:
        """Any view may be out of date: reload everything."""
        return cls(kind, everything=True)

    def inverse(self) -> Changes:
        """The changes of taking this one back (the undo of a create is a delete, …)."""
        return replace(self, commitments=self.commitments.inverse(),
                       documents=self.documents.inverse(), undone=not self.undone)

    def concerns_commitments(self) -> bool:
        return self.everything or bool(self.commitments)

    def concerns_documents(self) -> bool:
        return self.everything or bool(self.documents)

    def __bool__(self) -> bool:
        """False when nothing changed (then there is nothing to undo)."""
        return bool(self.everything or self.commitments or self.documents or self.themes
                    or self.reviews)
