"""A status change over someone else's newer change, in the window on a team server
(issue 16): the conflict dialog opens through the one failure function (report_failure),
nothing is written until the user chooses; "keep mine" sets my status with its progress
entry at their version, their change staying; "keep theirs" writes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.services.register_fixtures import build_register
from tests.ui.reader.conftest import open_window
from tracker.domain.model import Status
from tracker.services import commitments
from tracker.services.changes import Changes
from tracker.services.context import AppContext
from tracker.ui import operations as operations_ui
from tracker.ui.team import conflict as conflict_ui


@pytest.fixture
def on_server(qtbot, pg_url):
    """The window on a server register, its table page, and a second client (李四)."""
    win, translations = open_window(qtbot, pg_url)
    ids = build_register(win.ui.services)
    win.ui.events.changed.emit(Changes.reload())
    win.watch_timer.stop()   # my dialog stays open on what I saw
    page = next(p for p in win.pages if p.page_name == "table")
    page.bring_to_front()
    other = AppContext.open(pg_url)
    other.db.actor = "李四"
    yield win, page, ids, other
    other.close()
    win.tasks.wait(10000)
    translations.uninstall()
    QApplication.processEvents()   # the language change reaches the pages while the
    win.close()                    # server's database is still there


def _answer(monkeypatch, choice):
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        dialog.choice = choice
        return 1

    monkeypatch.setattr(conflict_ui.ConflictDialog, "exec", exec_)
    return shown


def _change_status_after_their_edit(page, qtbot, ids, other, status):
    page.select_ids([ids[0]])
    page.change_status()                                   # I open the dialog …
    dialog = page.status_dialog
    qtbot.waitExposed(dialog)
    c = commitments.get(other, ids[0])
    commitments.update(other, replace(c, notes="李四：县里已报送"))   # … 李四 saves
    dialog.status.setCurrentIndex(dialog.status.findData(status.value))
    dialog.note.setPlainText("进度滞后")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.gui
def test_keep_mine_sets_my_status_with_its_entry_over_their_change(on_server, qtbot,
                                                                    monkeypatch):
    win, page, ids, other = on_server
    shown = _answer(monkeypatch, conflict_ui.MINE)
    before = len(commitments.progress(other, ids[0]))
    _change_status_after_their_edit(page, qtbot, ids, other, Status.AT_RISK)
    assert len(shown) == 1
    dialog = shown[0]
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                             dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["状态"][0] != rows["状态"][1]              # mine: 有风险, theirs: as stored
    assert "李四" in dialog.message.text()
    stored = commitments.get(other, ids[0])
    entries = commitments.progress(other, ids[0])
    assert stored.status is Status.AT_RISK and stored.notes == "李四：县里已报送"
    assert len(entries) == before + 1 and entries[-1].note == "进度滞后"
    win.undo.undo()                                        # keep mine is undoable
    assert commitments.get(other, ids[0]).status is not Status.AT_RISK


@pytest.mark.gui
def test_keep_theirs_writes_nothing(on_server, qtbot, monkeypatch):
    _win, page, ids, other = on_server
    shown = _answer(monkeypatch, conflict_ui.THEIRS)
    status = commitments.get(other, ids[0]).status
    before = len(commitments.progress(other, ids[0]))
    _change_status_after_their_edit(page, qtbot, ids, other, Status.AT_RISK)
    assert len(shown) == 1
    assert commitments.get(other, ids[0]).status is status
    assert len(commitments.progress(other, ids[0])) == before


def _change_status(page, qtbot, ids, status):
    page.select_ids([ids[0]])
    page.change_status()
    dialog = page.status_dialog
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(status.value))
    dialog.note.setPlainText("进度滞后")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.gui
@pytest.mark.parametrize("choice", [conflict_ui.MINE, conflict_ui.THEIRS])
def test_undo_over_their_newer_change_opens_the_conflict_dialog(on_server, qtbot, monkeypatch,
                                                                 choice):
    """Undo (Edit menu) of my status change after 李四 changed the status again: the
    conflict dialog, not a plain message; keep mine undoes mine at their version (and is
    undoable itself), keep theirs writes nothing."""
    win, page, ids, other = on_server
    shown = _answer(monkeypatch, choice)
    warned = []
    monkeypatch.setattr(operations_ui.QMessageBox, "warning",
                        lambda *args: warned.append(args))
    old = commitments.get(other, ids[0]).status
    _change_status(page, qtbot, ids, Status.AT_RISK)
    assert commitments.get(other, ids[0]).status is Status.AT_RISK and not shown
    commitments.change_status(other, [ids[0]], Status.ON_TRACK, "李四：已恢复")
    theirs = (commitments.get(other, ids[0]), len(commitments.progress(other, ids[0])))
    win.undo.undo()
    qtbot.waitUntil(lambda: bool(shown))
    assert len(shown) == 1 and not warned
    dialog = shown[0]
    assert "李四" in dialog.message.text()
    assert dialog.mine.status is old and dialog.theirs.status is Status.ON_TRACK
    assert not dialog.edit.isEnabled()                     # no editor behind an undo
    stored = commitments.get(other, ids[0])
    if choice == conflict_ui.THEIRS:
        assert (stored, len(commitments.progress(other, ids[0]))) == theirs
        return
    entries = commitments.progress(other, ids[0])
    assert stored.status is old and [e.note for e in entries].count("进度滞后") == 0
    assert entries[-1].note == "李四：已恢复"
    win.undo.undo()                                        # keep mine is undoable
    assert commitments.get(other, ids[0]).status is Status.AT_RISK
