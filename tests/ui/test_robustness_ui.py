"""The window under faults: a failed upgrade says so in plain words and offers the backup,
every failed action is a message, a wait for another program shows in the status bar."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

import tracker.storage.migrate as migrate
from tests.storage import faults


@pytest.fixture
def messages(monkeypatch):
    """QMessageBox's static boxes recorded instead of shown: [(kind, title, text)]."""
    seen = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *_a, _k=kind, **_kw: seen.append((_k, title, text))))
    return seen


def _bare_window(qtbot):
    from tracker.ui.app import make_app
    from tracker.ui.i18n import Translations
    from tracker.ui.main_window import MainWindow

    app = make_app([])
    translations = Translations(app)
    translations.apply("zh_CN")
    win = MainWindow(QSettings(), translations)
    qtbot.addWidget(win)
    win.show()
    return win, translations


def test_failed_upgrade_is_plain_and_offers_to_restore_the_copy(qtbot, tmp_path, messages):
    from tracker.ui.app import open_context_in_background

    db = tmp_path / "lib.db"
    faults.seed(db, "0004_register")
    real = migrate.make_engine
    faults.install(3)  # the upgrade fails at its third statement
    win, translations = _bare_window(qtbot)
    clicked = []

    def press_restore() -> None:
        box = getattr(win, "upgrade_failed_box", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(100, press_restore)
            return
        text = box.text()
        assert "SELECT" not in text and "ALTER" not in text and "CREATE" not in text
        restore = next(b for b in box.buttons()
                       if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        clicked.append(text)
        restore.click()

    try:
        QTimer.singleShot(100, press_restore)
        open_context_in_background(win, db)
        qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    finally:
        migrate.make_engine = real
        translations.uninstall()
    # the window is in Chinese: the core's message too, with the copy's name, no English
    assert clicked and "升级到本版本应用的格式时失败" in clicked[0]
    assert "升级前刚做的副本在" in clicked[0] and ".bak" in clicked[0]
    assert "upgrading the library" not in clicked[0]
    assert "unchanged at its old version" not in clicked[0]
    assert messages[-1][0] == "information"  # the copy was put back
    assert faults.schema(db)[0] == "0004_register"
    assert "升级到本版本应用的格式时失败" in win.loading.text()


def test_an_action_failing_without_a_handler_is_a_message(window, qtbot, messages):
    from tracker.storage.errors import DiskFullError

    def boom():
        raise DiskFullError("/x/lib.db: the disk is full; the change was not saved")

    window.tasks.start(boom)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    kind, _title, text = messages[-1]
    assert kind == "warning" and "disk is full" in text


def test_sql_never_reaches_the_message(window, qtbot, messages):
    from sqlalchemy.exc import OperationalError

    def boom():
        raise OperationalError("INSERT INTO document (text) VALUES (?)", ("秘密全文",),
                               Exception("database is locked"))

    window.tasks.start(boom)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    text = messages[-1][2]
    assert "INSERT" not in text and "秘密全文" not in text
    assert "另一个程序持续写入文档库超过 60 秒" in text and "another program" not in text


def test_waiting_for_another_program_shows_in_the_status_bar(window, qtbot):
    window.lock_wait.emit(True)
    qtbot.waitUntil(lambda: window.waiting.isVisible(), timeout=2000)
    assert window.waiting.text()
    window.lock_wait.emit(False)
    qtbot.waitUntil(lambda: not window.waiting.isVisible(), timeout=2000)


def test_an_import_that_stops_names_why_and_refreshes_the_library(window, qtbot, tmp_path,
                                                                  monkeypatch):
    from tracker.services import importing
    from tracker.storage.errors import DiskFullError

    good = tmp_path / "a.txt"
    good.write_text("碳达峰行动方案\n到2025年底，全市完成老旧小区改造120个。\n", encoding="utf-8")
    real = importing._store_one
    calls = []

    def store(ctx, session, item, doc):
        calls.append(item.path)
        if len(calls) > 1:
            raise DiskFullError("lib.db: the disk is full; the change was not saved")
        return real(ctx, session, item, doc)

    monkeypatch.setattr(importing, "_store_one", store)
    second = tmp_path / "b.txt"
    second.write_text("城市更新方案\n到2026年底，完成改造。\n", encoding="utf-8")
    with qtbot.waitSignal(window.ui.events.changed, timeout=20000):
        window.importer.import_paths([good, second])
    qtbot.waitUntil(lambda: window.importer.last_error is not None, timeout=5000)
    assert "disk is full" in window.importer.last_error
    assert window.library is not None


def test_an_exception_escaping_a_slot_is_a_message(window, messages, monkeypatch):
    import sys

    from tracker.ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(window)
    try:
        raise ValueError("the status could not be changed")
    except ValueError as exc:
        sys.excepthook(ValueError, exc, exc.__traceback__)
    assert messages and messages[-1][0] == "warning"
    assert messages[-1][2] == "the status could not be changed"
