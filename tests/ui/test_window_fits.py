"""The window fits the screen it opens on (1366×768 office laptops included), remembers its
geometry and splitter positions, and every page is usable at that size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QLineEdit, QSplitter, QToolBar, QToolButton, QWidget,
)

from tracker.ui.main_window import PREFERRED_SIZE, first_geometry, library_width

pytestmark = pytest.mark.gui

SMALL = QRect(0, 0, 1366, 768)


@pytest.mark.parametrize("available", [
    SMALL, QRect(0, 0, 1366, 728),           # a taskbar at the bottom
    QRect(0, 32, 1280, 688),                 # a panel at the top
    QRect(1920, 0, 1366, 738),               # a second monitor on the right
    QRect(0, 0, 1024, 600),
])
def test_the_first_size_fits_the_available_screen_with_its_frame(available):
    rect = first_geometry(available)
    assert available.contains(rect)
    assert rect.top() - available.top() >= 30           # room for the title bar
    assert rect.width() >= available.width() - 60       # and uses the screen
    assert rect.height() >= available.height() - 60


def test_a_large_screen_gets_the_preferred_size_centred():
    rect = first_geometry(QRect(0, 0, 2560, 1400))
    assert rect.size() == PREFERRED_SIZE
    assert abs(rect.center().x() - 1280) <= 1


def _overflowing(page: QWidget) -> list[str]:
    """What is cut off on `page`: toolbars showing their » overflow button, pages squeezed
    below their minimum size, buttons, fields and lists outside the window or narrower
    than their text."""
    problems = []
    window = page.window()
    if page.width() < page.minimumSizeHint().width() or page.height() < page.minimumSizeHint().height():
        problems.append(f"{page.page_name}: {page.width()}×{page.height()} is below its minimum "
                        f"{page.minimumSizeHint().width()}×{page.minimumSizeHint().height()}")
    for bar in page.findChildren(QToolBar):
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisible() and ext is not None and ext.isVisible():
            problems.append(f"{page.page_name}: toolbar overflows")
    inside = window.rect()
    for w in page.findChildren(QWidget):
        if not isinstance(w, (QAbstractButton, QComboBox, QLineEdit)) or not w.isVisible():
            continue
        if w.objectName().startswith("qt_"):
            continue
        top_left = w.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, w.size())
        label = f"{page.page_name}: {type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        if not inside.contains(rect):
            problems.append(f"{label} outside the window at {rect.getRect()}")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.minimumSizeHint().width():
            problems.append(f"{label} cut to {w.width()} < {w.minimumSizeHint().width()} px")
        elif isinstance(w, QComboBox) and w.width() < w.sizeHint().width() - 4:
            problems.append(f"{page.page_name}: combo box {w.currentText()!r} cut to "
                            f"{w.width()} < {w.sizeHint().width()} px")
    return problems


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_is_usable_at_1366x768(window, qtbot, samples_dir, lang):
    window.set_language(lang)
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        window.importer.import_paths([samples_dir])
    target = first_geometry(SMALL)
    window.setGeometry(target)
    window.resizeDocks([window.library_dock], [library_width(target.width())],
                       Qt.Orientation.Horizontal)   # as on a first start on this screen
    qtbot.wait(50)
    problems = []
    for i, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        problems += _overflowing(page)
        hint = window.minimumSizeHint()
        if hint.width() > target.width() or hint.height() > target.height():
            problems.append(f"{page.page_name}: the window needs {hint.width()}×{hint.height()}")
    assert window.size() == target.size()
    assert problems == []


def test_the_check_catches_an_overflowing_toolbar_and_a_cut_button(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

    page = QWidget()
    page.page_name = "probe"
    qtbot.addWidget(page)
    bar = QToolBar(page)
    for n in range(30):
        bar.addAction(f"action number {n}")
    row = QHBoxLayout()
    cut = QPushButton("a button whose words do not fit", page)
    cut.setMaximumWidth(40)
    row.addWidget(cut)
    box = QVBoxLayout(page)
    box.addWidget(bar)
    box.addLayout(row)
    page.resize(400, 200)
    page.show()
    qtbot.wait(50)
    problems = _overflowing(page)
    assert "probe: toolbar overflows" in problems
    assert any("cut to 40" in p for p in problems)


def test_geometry_and_splitters_are_restored(window, qtbot, db_path):
    settings: QSettings = window.settings
    window.setGeometry(QRect(30, 60, 700, 600))  # within the 800×800 offscreen screen
    splitters = window._splitters()
    assert {k.rsplit("/", 1)[0] for k in splitters} == {
        "ui/splitters/reader", "ui/splitters/table", "ui/splitters/overview"}
    key = "ui/splitters/overview/0"
    splitter = splitters[key]
    splitter.setSizes([150, 450])
    saved = bytes(splitter.saveState())
    window.close()
    settings.sync()
    assert bytes(settings.value(key)) == saved

    from tracker.ui.app import open_context_in_background
    from tracker.ui.main_window import MainWindow

    again = MainWindow(settings, window.translations)
    qtbot.addWidget(again)
    again.show()
    # the saved height and position come back (the width is kept on the 800 px offscreen
    # screen, which is narrower than the window's minimum: Qt fits it back on the screen)
    assert (again.geometry().top(), again.geometry().height()) == (60, 600)
    assert again.geometry().width() <= again.screen().availableGeometry().width()
    with qtbot.waitSignal(again.ready, timeout=20000):
        open_context_in_background(again, db_path)
    restored = again._splitters()[key]
    assert isinstance(restored, QSplitter)
    assert bytes(restored.saveState()) == saved
    again.close()
