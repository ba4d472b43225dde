"""The names the reader's changes have in the Edit menu ("Undo Tag “…”"); the changes
themselves are operations (tracker.services.operations) run through tracker.ui.operations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

def _short(quote: str, n: int = 12) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= n else quote[:n] + "…"


def tag_text(quote: str) -> str:
    return QCoreApplication.translate("ReaderCommands", "Tag “%1”").replace("%1", _short(quote))


def delete_text(quote: str) -> str:
    return QCoreApplication.translate("ReaderCommands", "Delete “%1”").replace("%1", _short(quote))


def status_text() -> str:
    return QCoreApplication.translate("ReaderCommands", "Set status")


def accept_text(quote: str) -> str:
    return QCoreApplication.translate("ReaderCommands", "Accept “%1”").replace("%1", _short(quote))


def reject_text(quote: str) -> str:
    return QCoreApplication.translate("ReaderCommands", "Reject “%1”").replace("%1", _short(quote))


def accept_many_text(n: int) -> str:
    return QCoreApplication.translate("ReaderCommands", "Accept %1 suggestions").replace(
        "%1", str(n))


def reject_many_text(n: int) -> str:
    return QCoreApplication.translate("ReaderCommands", "Reject %1 suggestions").replace(
        "%1", str(n))
