"""On a team server, another client's change shows up in an open window within two
seconds (issue 16): the change sends NOTIFY, the window's watcher LISTENs and drains it on
its one-second poll, and the table reloads the row."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from tests.services.register_fixtures import build_register
from tests.ui.reader.conftest import open_window
from tracker.services import commitments
from tracker.services.changes import Changes
from tracker.services.context import AppContext


@pytest.mark.gui
def test_another_clients_change_on_the_server_shows_up_within_two_seconds(qtbot, pg_url):
    win, translations = open_window(qtbot, pg_url)
    other = AppContext.open(pg_url)
    try:
        ids = build_register(win.ui.services)
        win.ui.events.changed.emit(Changes.reload())
        table = next(p for p in win.pages if p.page_name == "table")
        other.db.actor = "李四"
        commitments.update(other, replace(commitments.get(other, ids[0]), title="李四改的标题"))
        qtbot.waitUntil(lambda: any(
            table.model.row_at(r) is not None and table.model.row_at(r).label == "李四改的标题"
            for r in range(table.model.rowCount())), timeout=2000)   # the two seconds
    finally:
        other.close()
        win.tasks.wait(10000)
        translations.uninstall()
        QApplication.processEvents()
        win.close()
