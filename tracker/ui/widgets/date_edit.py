"""The optional date box of the filter bars (commitments table, search): a calendar popup,
ISO display, and a sentinel date (NO_DATE, shown as the special value text) for "any"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(1900, 1, 1)


def date_edit(parent: QWidget) -> QDateEdit:
    """An empty (NO_DATE) date box; set its special value text to say "any"."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


def chosen_date(edit: QDateEdit) -> date | None:
    """The box's date, None while it shows NO_DATE."""
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())
