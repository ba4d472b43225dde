"""A register shared by a team, in the window (issue 16): a stale save opens the conflict
dialog with both versions and overwrites nothing; another client's change shows up within
two seconds; a read-only member gets a banner and no changing action; a commitment's
修改记录 lists who changed what."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings

from tests.ui.reader.conftest import QUOTE, open_doc, open_window
from tests.ui.reader.test_editor import type_into
from tracker.services import commitments as svc
from tracker.services.context import AppContext
from tracker.ui.reader.keys import RecordKey
from tracker.ui.team import conflict as conflict_ui
from tracker.ui.team.history import HistoryDialog


@pytest.fixture
def tagged(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    start = text.index(QUOTE)
    page.view.select_span(start, start + len(QUOTE))
    page.act_tag.trigger()
    (c,) = svc.for_document(window.ui.services, doc_id)
    return c


@pytest.fixture
def other_client(db_path):
    """A second person's app on the same library file (own engine, own identity)."""
    ctx = AppContext.open(db_path)
    ctx.db.actor = "李四"
    yield ctx
    ctx.close()


def _answer(monkeypatch, choice):
    """The conflict dialog answers `choice` instead of waiting for a click; returns the
    dialogs shown."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        dialog.choice = choice
        return 1

    monkeypatch.setattr(conflict_ui.ConflictDialog, "exec", exec_)
    return shown


def test_a_stale_save_opens_the_conflict_dialog_and_keeps_theirs(
        window, page, tagged, qtbot, other_client, monkeypatch):
    window.watch_timer.stop()   # the window must not have refreshed before my save
    shown = _answer(monkeypatch, conflict_ui.THEIRS)
    theirs = svc.update(other_client, replace(svc.get(other_client, tagged.id),
                                              notes="李四：已报送省厅"))
    assert page.editor.value.version == tagged.version == theirs.version - 1
    type_into(qtbot, page.editor.metric, "细颗粒物平均浓度")   # my edit, on the old version
    assert len(shown) == 1
    dialog = shown[0]
    table = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                              dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert table["备注"] == ("", "李四：已报送省厅")
    assert "细颗粒物平均浓度" in table["目标"][0] and "细颗粒物平均浓度" not in table["目标"][1]
    assert set(dialog.differing) == {"备注", "目标"}
    assert "李四" in dialog.message.text()
    stored = svc.get(window.ui.services, tagged.id)
    assert stored.notes == "李四：已报送省厅" and stored.target.metric != "细颗粒物平均浓度"
    assert page.editor.value.version == stored.version    # the editor shows theirs now
    assert page.editor.notes.toPlainText() == "李四：已报送省厅"


def test_keep_mine_saves_over_theirs_knowingly_and_can_be_undone(
        window, page, tagged, qtbot, other_client, monkeypatch):
    window.watch_timer.stop()
    _answer(monkeypatch, conflict_ui.MINE)
    svc.update(other_client, replace(svc.get(other_client, tagged.id), notes="李四的备注"))
    type_into(qtbot, page.editor.metric, "细颗粒物平均浓度")
    stored = svc.get(window.ui.services, tagged.id)
    assert stored.target.metric == "细颗粒物平均浓度"
    # keep mine stores my version as it was: their note is replaced, and the log has both
    assert stored.notes == ""
    from tracker.services import history

    notes = [(e.actor, e.after) for e in history.changes(window.ui.services, tagged.id)
             if e.field == "notes"]
    assert notes == [("李四", "李四的备注"), (window.ui.services.db.actor, "")]
    window.undo.undo()
    assert svc.get(window.ui.services, tagged.id).notes == "李四的备注"


def test_another_clients_change_shows_up_within_two_seconds(
        window, page, tagged, qtbot, other_client):
    table = window.pages[[p.page_name for p in window.pages].index("table")]
    started = time.monotonic()
    svc.update(other_client, replace(svc.get(other_client, tagged.id),
                                     notes="李四从另一台电脑改的", title="PM2.5 浓度"))
    qtbot.waitUntil(lambda: page.editor.notes.toPlainText() == "李四从另一台电脑改的",
                    timeout=2000)
    assert time.monotonic() - started < 2.0
    assert "李四" in page.editor.who.text()
    qtbot.waitUntil(lambda: any(table.model.row_at(r) is not None
                                and table.model.row_at(r).label == "PM2.5 浓度"
                                for r in range(table.model.rowCount())), timeout=2000)


def test_the_change_history_lists_who_changed_what_filters_and_exports(
        window, page, tagged, qtbot, other_client, tmp_path):
    svc.update(other_client, replace(svc.get(other_client, tagged.id), notes="李四的备注"))
    qtbot.waitUntil(lambda: page.editor.notes.toPlainText() == "李四的备注", timeout=3000)
    page.editor.history.click()
    dialog = page.history_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    rows = [[dialog.table.item(r, c).text() for c in range(6)]
            for r in range(dialog.table.rowCount())]
    assert rows[0][1:] == ["李四", "修改承诺", "备注", "", "李四的备注"]
    assert any(r[2] == "新建承诺" for r in rows)
    dialog.set_filter(person="李四")
    assert dialog.table.rowCount() == 1
    out = tmp_path / "修改记录.csv"
    dialog.export(str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "李四的备注" in out.read_text(encoding="utf-8-sig")
    dialog.close()


def test_a_read_only_member_sees_a_banner_and_cannot_change_anything(
        window, page, tagged, qtbot, db_path):
    QSettings().setValue("team/read_only", True)
    window.close()
    win, translations = open_window(qtbot, db_path)
    try:
        assert win.ui.services.db.read_only
        banner = win.read_only_banner
        assert banner is not None and "只读" in banner.text()
        qtbot.waitUntil(banner.isVisible, timeout=2000)   # laid out with the pages
        for name in ("act_import", "act_import_folder", "act_samples", "act_themes_apply",
                     "act_themes_edit"):
            assert not getattr(win, name).isEnabled(), name
        reader = win.pages[0]
        open_doc(win, reader, qtbot, tagged.document_id)
        reader.select(RecordKey.commitment(tagged.id))
        assert reader.editor.value.id == tagged.id
        for action in (reader.act_tag, reader.act_delete, reader.act_span, reader.act_accept):
            assert not action.isEnabled()
        assert not reader.editor.metric.isEnabled() and reader.editor.notes.isReadOnly()
        assert reader.editor.history.isEnabled()              # reading the log is allowed
        table = win.pages[[p.page_name for p in win.pages].index("table")]
        table.select_ids([tagged.id])
        assert not table.act_status.isEnabled() and not table.import_button.isEnabled()
        assert table.act_export.isEnabled() and table.act_history.isEnabled()
    finally:
        win.tasks.wait(10000)
        win.close()
        translations.uninstall()
        QSettings().setValue("team/read_only", False)
