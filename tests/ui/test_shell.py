"""The main window: empty state, language switch, import through the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tracker.ui.library import LibraryModel


def test_empty_library_offers_import_and_demo(window):
    lib = window.library
    assert lib.stack.currentWidget() is lib.empty
    assert "示例" in lib.samples_button.text()
    assert window.menu_file.title() == "文件(&F)"


def test_language_switch_changes_visible_strings(window, qtbot):
    window.set_language("en")  # widgets get LanguageChange events from the event loop
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=5000)
    assert window.library.samples_button.text() == "Load the demo library"
    assert window.library.model.headerData(LibraryModel.TITLE, Qt.Orientation.Horizontal) == "Title"
    assert window.settings.value("ui/language") == "en"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)", timeout=5000)
    assert window.library.samples_button.text() == "载入示例文档库"


def test_import_through_the_file_dialog_adds_documents(window, qtbot, samples_dir):
    files = sorted(str(p) for p in samples_dir.glob("*.txt"))[:2]
    window.get_open_files = lambda *args: (files, "")
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.act_import.trigger()
    report = blocker.args[0]
    assert len(report.imported) == 2 and report.errors == []
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2)
    assert window.library.stack.currentWidget() is window.library.table


def test_demo_library_and_drop_of_a_bad_file(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        window.library.samples_button.click()
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 5)
    bad = tmp_path / "空文件.txt"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        window.importer.import_paths([bad])
    (path, reason), = blocker.args[0].errors
    assert path.endswith("空文件.txt") and reason
    assert window.library.model.rowCount() == 5
