"""The settings page 团队服务器 (issue 16): the connection test names the problem in
Chinese, the settings keep the address and never the password, and "Save password" writes
libpq's password file only (mode 0600)."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def zh(qapp):
    from PySide6.QtCore import QTranslator

    from tracker.ui.i18n import qm_path

    translator = QTranslator()
    assert translator.load(str(qm_path("zh_CN")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.gui
def test_connection_test_names_the_problem_in_chinese(qtbot, zh, pg_cluster, pg_url):
    from tracker.ui.team_server import TeamServerDialog

    dialog = TeamServerDialog(QSettings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "团队服务器"
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_cluster.port)
    dialog.user.setText(pg_url.split("//")[1].split("@")[0])
    dialog.database.setText("no_such_register")
    assert not dialog.run_test()
    assert "服务器上没有这个名称的数据库" in dialog.result.text()
    dialog.database.setText(pg_url.rsplit("/", 1)[1])
    assert dialog.run_test()
    assert "已连接" in dialog.result.text()


@pytest.mark.gui
def test_settings_keep_the_address_and_the_password_goes_to_pgpass(qtbot, tmp_path,
                                                                     monkeypatch):
    from tracker.ui.team_server import TeamServerDialog, saved_server_url

    passfile = tmp_path / "pgpass"
    passfile.write_text("other:5432:db:u:keep\n")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    settings = QSettings()
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example")
    dialog.port.setValue(5433)
    dialog.database.setText("taizhang")
    dialog.user.setText("zhang:san")
    dialog.password.setText("s3cret:x")
    dialog.store_password()
    assert dialog.password.text() == ""
    lines = passfile.read_text().splitlines()
    assert lines == ["other:5432:db:u:keep", "db.example:5433:taizhang:zhang\\:san:s3cret\\:x"]
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
    dialog.password.setText("new")
    dialog.store_password()                       # replaced, not added
    assert passfile.read_text().splitlines()[1].endswith(":new")
    dialog.use.setChecked(True)
    dialog.accept()
    settings.sync()
    from pathlib import Path

    text = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "s3cret" not in text and "=new" not in text and "password" not in text.lower()
    assert saved_server_url(QSettings()) == "postgresql://zhang%3Asan@db.example:5433/taizhang"
