"""Row errors of a ledger import, and the core's messages (a damaged or locked library, a
failed upgrade, a skipped file), in the interface language.

The services and the export package explain a bad cell in English; the forms and their
wording are in tracker.messages and tracker.domain.messages, shared with the command line,
and looked up here through Qt's translator (the same .ts entries).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker import messages


def qt_lookup(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_reason(reason: str) -> str:
    """The reason in the interface language (unchanged when it is not a known one)."""
    return messages.reason(reason, qt_lookup)


def say(template: str, **values: object) -> str:
    """A template of tracker.domain.messages, formatted in the interface language."""
    return messages.say(template, qt_lookup, **values)
