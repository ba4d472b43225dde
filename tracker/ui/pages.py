"""The pages shown as tabs in the main window, in order. Each page is a QWidget with
`page_name` (reader, table, overview, search, reminders), `page_title()` and optionally
`menu_actions()` (actions added to the Edit menu)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.ui.context import UiContext
from tracker.ui.overview import OverviewPage
from tracker.ui.reader import ReaderPage
from tracker.ui.reminders import ReminderPage
from tracker.ui.search import SearchPage
from tracker.ui.table import TablePage


def build_pages(ui: UiContext, parent: QWidget) -> list[QWidget]:
    pages: list[QWidget] = []
    pages.append(ReaderPage(ui, parent))
    pages.append(TablePage(ui, parent))
    pages.append(OverviewPage(ui, parent))
    pages.append(SearchPage(ui, parent))
    pages.append(ReminderPage(ui, parent))
    return pages
