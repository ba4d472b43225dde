"""The settings page 团队服务器 switches the open window (issue 16): saved with "open this
server" ticked, the window shows the team's register at once, no restart; unticked, it
goes back to the file on this computer; a server that does not answer leaves the window
where it was, with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tracker.services import importing, library
from tracker.services.context import AppContext
from tracker.ui.team_server import TeamServerDialog


def _fill(monkeypatch, host, port, user, database, use):
    """The dialog, filled in and saved, instead of waiting for the user."""
    def exec_(dialog):
        dialog.host.setText(host)
        dialog.port.setValue(port)
        dialog.user.setText(user)
        dialog.database.setText(database)
        dialog.use.setChecked(use)
        dialog.accept()
        return 1

    monkeypatch.setattr(TeamServerDialog, "exec", exec_)


def _titles(window) -> set[str]:
    return {row.title for row in window.library.model.rows()}


@pytest.mark.gui
def test_saving_the_team_server_switches_the_window_and_back(
        window, qtbot, monkeypatch, pg_cluster, pg_url, tmp_path):
    source = tmp_path / "团队方案.txt"
    source.write_text("团队方案\n到2025年底，完成全部整治任务。\n", encoding="utf-8")
    server = AppContext.open(pg_url)
    try:
        importing.import_paths(server, [source])
    finally:
        server.close()
    local_file = window.ui.services.db.where
    assert _titles(window) == set()
    table_before = window.pages[[p.page_name for p in window.pages].index("table")]

    user = pg_url.split("//")[1].split("@")[0]
    _fill(monkeypatch, "127.0.0.1", pg_cluster.port, user, pg_url.rsplit("/", 1)[1], True)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.team_server()
    assert window.ui.services.db.engine.dialect.name == "postgresql"
    assert window.db_path == f"postgresql://{user}@127.0.0.1:{pg_cluster.port}/" \
                             f"{pg_url.rsplit('/', 1)[1]}"
    qtbot.waitUntil(lambda: _titles(window) == {"团队方案"}, timeout=5000)
    # new pages on the server's register; the old ones are gone with the file's context
    table = window.pages[[p.page_name for p in window.pages].index("table")]
    assert table is not table_before and table.services is window.ui.services
    assert [d.title for d in library.list_documents(window.ui.services)] == ["团队方案"]
    assert window.undo.count() == 0

    _fill(monkeypatch, "127.0.0.1", pg_cluster.port, user, pg_url.rsplit("/", 1)[1], False)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.team_server()
    assert window.ui.services.db.engine.dialect.name == "sqlite"
    assert window.ui.services.db.where == local_file
    qtbot.waitUntil(lambda: _titles(window) == set(), timeout=5000)


@pytest.mark.gui
def test_a_server_that_does_not_answer_leaves_the_window_where_it_was(
        window, qtbot, monkeypatch, pg_cluster, pg_url):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warned.append(text))
    before = window.ui
    user = pg_url.split("//")[1].split("@")[0]
    _fill(monkeypatch, "127.0.0.1", pg_cluster.port, user, "no_such_register", True)
    window.team_server()
    assert window.ui is before and window.ui.services.db.engine.dialect.name == "sqlite"
    assert warned and "服务器上没有这个名称的数据库" in warned[0]
