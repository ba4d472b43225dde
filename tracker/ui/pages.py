"""The pages shown as tabs in the main window, in order. Each page is a QWidget with
`page_name` (reader, table, overview, search, reminders), `page_title()` and optionally
`menu_actions()` (actions added to the Edit menu)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from tracker.ui.context import UiContext


def iter_pages(ui: UiContext, parent: QWidget) -> Iterator[QWidget]:
    """The pages in order, each imported and built when the one before has been taken
    (the window's start builds one per turn of the event loop)."""
    from tracker.ui.reader import ReaderPage

    yield ReaderPage(ui, parent)
    from tracker.ui.table import TablePage

    yield TablePage(ui, parent)
    from tracker.ui.overview import OverviewPage

    yield OverviewPage(ui, parent)
    from tracker.ui.search import SearchPage

    yield SearchPage(ui, parent)
    from tracker.ui.reminders import ReminderPage

    yield ReminderPage(ui, parent)

