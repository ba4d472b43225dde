"""The names the table's changes have in the Edit menu (the changes themselves are
operations run through tracker.ui.operations)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tracker.services.commitments import StatusChange
from tracker.ui.labels import status_label


def status_text(changes: Sequence[StatusChange]) -> str:
    """“record progress”, “set status to …” or “set status of N commitments to …”."""
    status = status_label(changes[0].entry.status) if changes else ""
    if all(ch.old == ch.entry.status for ch in changes):
        return QCoreApplication.translate("TableCommands", "record progress")
    if len(changes) == 1:
        return QCoreApplication.translate("TableCommands", "set status to “%1”").replace(
            "%1", status)
    return (QCoreApplication.translate("TableCommands",
                                       "set status of %1 commitments to “%2”")
            .replace("%1", str(len(changes))).replace("%2", status))


def import_text(source: Path) -> str:
    return QCoreApplication.translate("TableCommands", "import ledger %1").replace(
        "%1", Path(source).name)
