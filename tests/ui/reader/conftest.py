"""Reader fixtures: a document with a character outside the BMP before its commitments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.ui.conftest import import_through_window
from tracker.ui.reader.review import BUSY

TEXT = (
    "南昌市生态环境保护工作要点\n"
    "𠮷𠮷 二〇二五年三月一日\n"
    "到2025年底前，全市细颗粒物（PM2.5）平均浓度下降到30微克/立方米以下，由市生态环境局牵头。\n"
    "2026年6月底前，建成全市统一的生态环境监测平台，市发展改革委配合。\n"
    "各县区要定期报告黑臭水体整治进展。\n"
)
QUOTE = "全市细颗粒物（PM2.5）平均浓度下降到30微克/立方米以下"


@pytest.fixture
def reader_doc(window, qtbot, tmp_path):
    """Import TEXT through the window; returns (doc_id, stored text)."""
    path = tmp_path / "南昌要点.txt"
    path.write_text(TEXT, encoding="utf-8")
    return import_through_window(window, qtbot, path)


@pytest.fixture
def page(window):
    page = window.pages[0]
    assert page.page_name == "reader"
    page.show_error = lambda text: pytest.fail(f"unexpected error box: {text}")
    return page


def open_window(qtbot, db_path, lang="zh_CN"):
    """Another real main window on the same database (a restart of the app)."""
    from tracker.ui.app import make_app, open_context_in_background
    from tracker.ui.i18n import Translations
    from tracker.ui.main_window import MainWindow

    app = make_app([])
    translations = Translations(app)
    translations.apply(lang)
    win = MainWindow(QSettings(), translations)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=20000):
        open_context_in_background(win, db_path)
    win.importer.quiet = True
    return win, translations


def wait_for_suggestions(page, qtbot):
    qtbot.waitUntil(lambda: page.review._state != BUSY, timeout=20000)


def focus(qtbot, widget) -> None:
    """Give keyboard focus as a user's click would (shortcuts need an active window)."""
    from PySide6.QtWidgets import QApplication

    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def open_doc(window, page, qtbot, doc_id: int, start: int = -1, end: int = -1) -> None:
    """Open a document as the library does and wait for its commitments to arrive."""
    window.ui.events.open_document.emit(doc_id, start, end)
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
