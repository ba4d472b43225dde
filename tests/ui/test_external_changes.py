"""The window follows changes another process makes to its database within two seconds,
keeping the selection."""

from __future__ import annotations

import subprocess
import sys
import time

from tracker.domain.model import Document
from tracker.services import library
from tracker.storage import repos
from tracker.storage.migrate import open_database
from tracker.ui.library import LibraryModel
from tracker.services.changes import Changes


def _cli(db_path, *argv):
    code = "import sys; from tracker.cli import main; sys.exit(main(sys.argv[1:]))"
    subprocess.run([sys.executable, "-c", code, "--db", str(db_path), *argv], check=True,
                   timeout=120, capture_output=True)


def _add(window, qtbot, title):
    with window.ui.services.db.session() as session:
        d = repos.add_document(session, Document(title=title, text=title * 3,
                                                 text_sha256=title), b"x")
    window.ui.events.changed.emit(Changes.reload())
    qtbot.waitUntil(lambda: window.library.model.row_of(d.id) >= 0)  # read off the GUI thread
    return d.id


def test_a_second_process_edit_shows_within_two_seconds(window, qtbot, db_path):
    first, second = _add(window, qtbot, "第一份文件"), _add(window, qtbot, "第二份文件")
    window.library.select_document(second, emit=False)
    assert window.check_external_changes() is False      # our own writes are not foreign
    _cli(db_path, "docs", "edit", str(first), "--title", "命令行改过的标题")
    started = time.monotonic()
    model = window.library.model
    qtbot.waitUntil(lambda: model.index(model.row_of(first), LibraryModel.TITLE).data()
                    == "命令行改过的标题", timeout=2000)
    assert time.monotonic() - started < 2.0
    assert window.library.current_document() == second    # the selection stays


def test_a_second_engine_removing_a_document_refreshes_the_library(window, qtbot, db_path):
    doc = _add(window, qtbot, "某市整改方案：到2026年底前完成全部黑臭水体整治。")
    other = open_database(db_path)                         # a second window's engine
    try:
        with other.session() as session:
            repos.delete_document(session, doc)
        qtbot.waitUntil(lambda: window.library.model.rowCount() == 0, timeout=2000)
        assert library.list_documents(window.ui.services) == []
    finally:
        other.close()
