"""GUI tests: offscreen Qt, settings in a temporary INI file, a fresh database each."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    yield


@pytest.fixture(autouse=True)
def _no_translator_outlives_its_test(monkeypatch):
    """Every Translations a test makes is uninstalled after it, also when the test failed
    before its own ``uninstall()``: a Chinese translator left in the application turned
    the next English test's window Chinese (one failure became two in a CI run)."""
    from tracker.ui.i18n import Translations

    made: list[Translations] = []
    first_init = Translations.__init__

    def init(self, app) -> None:
        first_init(self, app)
        made.append(self)

    monkeypatch.setattr(Translations, "__init__", init)
    yield
    for translations in made:
        translations.uninstall()


@pytest.fixture
def window(qtbot, db_path):
    """The real main window on a fresh database, attached and ready, in Chinese."""
    from tracker.ui.app import make_app, open_context_in_background
    from tracker.ui.i18n import Translations
    from tracker.ui.main_window import MainWindow

    app = make_app([])
    settings = QSettings()
    translations = Translations(app)
    translations.apply("zh_CN")
    win = MainWindow(settings, translations)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=20000):
        open_context_in_background(win, db_path)
    win.importer.quiet = True
    yield win
    win.tasks.wait(10000)
    translations.uninstall()


def import_through_window(window, qtbot, path):
    """Import one file with the window's importer (off the GUI thread, as in the app);
    returns (document id, its stored normalised text)."""
    from tracker.services import library

    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.importer.import_paths([path])
    assert blocker.args[0].errors == []
    doc_id = blocker.args[0].imported[0].id
    # the library list is read again off the GUI thread after a change
    qtbot.waitUntil(lambda: window.library.model.row_of(doc_id) >= 0)
    return doc_id, library.get_document(window.ui.services, doc_id).text
