"""Start-up: the library list shows (from sqlite3) before the pages; a document chosen
then opens once they exist; the list sorts by a header click without the proxy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from tracker.domain import Document
from tracker.storage import repos
from tracker.storage.migrate import open_database


def _library(db_path, n=3):
    db = open_database(db_path)
    with db.session() as s:
        ids = [repos.add_document(s, Document(
            title=f"第{i}号方案", text="正文" * (i + 1), doc_date=date(2020 + i, 1, 1),
            text_sha256=str(i)), b"x").id for i in range(n)]
    db.close()
    return ids


def _window(qtbot):
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


def test_library_paints_before_the_pages_and_a_choice_waits_for_them(qtbot, db_path):
    from tracker.ui.app import show_library_then_open

    ids = _library(db_path)
    win, translations = _window(qtbot)
    seen = {}
    win.library_shown.connect(lambda: seen.setdefault("pages", list(win.pages)))
    with qtbot.waitSignal(win.ready, timeout=30000):
        show_library_then_open(win, db_path)
        assert win.ui is None and win.library.model.rowCount() == 3  # before the services
        win.library.select_document(ids[0])  # chosen before the pages exist
    assert seen["pages"] == []  # painted while there were no pages yet
    qtbot.waitUntil(lambda: win.tabs.currentWidget() is not None)
    assert win._pending_document is None
    assert win.tabs.currentWidget().page_name == "reader"
    titles = [win.library.proxy.index(r, 0).data() for r in range(3)]
    assert titles == ["第2号方案", "第1号方案", "第0号方案"]  # newest first, as before
    win.tasks.wait(10000)
    translations.uninstall()


def test_header_click_sorts_and_keeps_the_selection(qtbot, db_path):
    from tracker.ui.app import open_context_in_background
    from tracker.ui.library import LibraryModel

    ids = _library(db_path)
    win, translations = _window(qtbot)
    with qtbot.waitSignal(win.ready, timeout=30000):
        open_context_in_background(win, db_path)
    lib = win.library
    lib.select_document(ids[1], emit=False)
    lib.table.sortByColumn(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert [lib.proxy.index(r, 0).data() for r in range(3)] == ["第0号方案", "第1号方案", "第2号方案"]
    assert lib.current_document() == ids[1]
    lib.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.AscendingOrder)
    assert [lib.proxy.index(r, LibraryModel.DATE).data() for r in range(3)] == [
        "2020-01-01", "2021-01-01", "2022-01-01"]
    lib.filter.setText("1号")
    assert lib.proxy.rowCount() == 1
    win.tasks.wait(10000)
    translations.uninstall()


def test_the_first_rows_paint_then_the_rest_joins_them_below(qtbot, db_path, monkeypatch):
    from tracker.ui import app

    ids = _library(db_path, n=5)
    monkeypatch.setattr(app, "FIRST_ROWS", 2)
    win, translations = _window(qtbot)
    app.show_library_then_open(win, db_path)
    lib = win.library
    assert lib.model.rowCount() == 2   # the newest two, before anything else is read
    assert [lib.proxy.index(r, 0).data() for r in range(2)] == ["第4号方案", "第3号方案"]
    lib.select_document(ids[3], emit=False)
    resets, inserted = [], []
    lib.model.modelReset.connect(lambda: resets.append(1))
    lib.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(win.ready, timeout=30000):
        pass
    assert inserted[0] == (2, 4) and not resets   # added below: no reset of the view
    assert [lib.proxy.index(r, 0).data() for r in range(5)] == [
        "第4号方案", "第3号方案", "第2号方案", "第1号方案", "第0号方案"]
    assert lib.current_document() == ids[3]       # the choice made meanwhile stays
    win.tasks.wait(10000)
    translations.uninstall()


def test_the_rest_of_the_list_after_a_resort_replaces_the_rows(qtbot):
    from datetime import date as day

    from tracker.domain.model import DocType, Script
    from tracker.storage.library_list import DocumentSummary
    from tracker.ui.library import LibraryPanel

    def doc(i):
        return DocumentSummary(i, f"u{i}", f"文件{i}", day(2020, 1, i), DocType.PLAN, None,
                               Script.SIMPLIFIED, "txt", None, None, 10, 0)

    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_documents([doc(3), doc(2)])
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)   # by title: 文件2, 文件3
    panel.set_documents([doc(3), doc(2), doc(1)])                # not a continuation
    assert [panel.proxy.index(r, 0).data() for r in range(3)] == ["文件1", "文件2", "文件3"]


ATTACH_IMPORTS = """
import sys
import tracker.ui.main_window as mw

attach = mw.MainWindow.attach


def recording(self, ctx, stepwise=False):
    before = set(sys.modules)
    ours = ("tracker.ui", "PySide6", "shiboken6", "__feature__", "signature_bootstrap")
    self.ready.connect(lambda: print("IMPORTED", sorted(
        m for m in set(sys.modules) - before
        if m.split(".")[0] not in sys.stdlib_module_names and not m.startswith(ours))))
    attach(self, ctx, stepwise)


mw.MainWindow.attach = recording
from tracker.launcher import main
main(["--db", sys.argv[1]])
"""


def test_the_pages_import_nothing_heavy_on_the_gui_thread(db_path, tmp_path):
    """What the pages need below tracker.ui was imported with the context, off the GUI
    thread (app.PRELOAD): a module found here belongs in that list."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    _library(db_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_STARTUP_PROBE="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", ATTACH_IMPORTS, str(db_path)],
                          cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("IMPORTED")]
    assert lines == ["IMPORTED []"], done.stdout + done.stderr


def test_the_list_has_its_width_from_its_first_paint(qtbot, db_path):
    """With no saved layout, the library takes the width attach() gives it before the
    pages come, instead of jumping there from its size hint."""
    from tracker.ui.app import show_library_then_open
    from tracker.ui.main_window import library_width

    _library(db_path)
    win, translations = _window(qtbot)
    win.resize(1400, 880)   # room for the pages beside the list (the offscreen screen is small)
    qtbot.waitUntil(lambda: win._painted)   # as at start: the list after the first paint
    with qtbot.waitSignal(win.library_shown, timeout=30000):
        show_library_then_open(win, db_path)
    early = win.library_dock.width()
    assert win.ui is None and abs(early - library_width(win.width())) <= 8
    # the pages come in steps, one per turn of the event loop: judge the width once they
    # are all in (attach() done), when the layout has settled
    qtbot.waitUntil(lambda: win.ui is not None and not win._attaching, timeout=30000)
    qtbot.wait(50)
    assert abs(win.library_dock.width() - early) <= 8
    win.tasks.wait(10000)
    translations.uninstall()


def test_the_pages_come_one_per_turn_of_the_event_loop(qtbot, db_path):
    from PySide6.QtCore import QTimer

    from tracker.services.context import AppContext
    from tracker.storage.library_list import read_library

    ids = _library(db_path)
    win, translations = _window(qtbot)
    win.show_library(read_library(db_path))
    turns: list[int] = []
    timer = QTimer(win)
    timer.timeout.connect(lambda: turns.append(len(win.pages)))
    timer.start(0)
    with qtbot.waitSignal(win.ready, timeout=30000):
        win.attach(AppContext.open(db_path), stepwise=True)
        assert win.ui is not None and win.pages == []
        win.library.select_document(ids[1])   # chosen while the pages are being built
    timer.stop()
    assert {1, 2, 3, 4} <= set(turns)          # the window's events ran in between
    assert [p.page_name for p in win.pages] == ["reader", "table", "overview", "search",
                                                "reminders"]
    reader = win.tabs.currentWidget()
    assert reader.page_name == "reader"                # the choice opened once ready
    qtbot.waitUntil(lambda: reader.doc is not None and reader.doc.id == ids[1])
    assert win._pending_document is None
    win.tasks.wait(10000)
    translations.uninstall()


PLAIN_START = """
import sys
import tracker.ui.main_window as mw

init = mw.MainWindow.__init__


def patched(self, *args):
    init(self, *args)
    self.library_shown.connect(lambda: print("HEAVY", sorted(
        m for m in ("sqlalchemy", "sqlmodel", "alembic", "openpyxl") if m in sys.modules)))


mw.MainWindow.__init__ = patched
from tracker.launcher import main
main([])
"""


def test_a_plain_start_paints_the_library_before_sqlalchemy(tmp_path):
    """`tracker` with no arguments (the library in the user's data folder, perhaps a team
    server in the settings) paints the list before the ~1 s of SQLAlchemy and co."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tracker.storage.paths import resolve_db_path

    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", TRACKER_STARTUP_PROBE="1")
    old = os.environ.pop("TRACKER_DB")
    try:
        path = resolve_db_path(None)   # the user's data folder (a temporary one here)
    finally:
        os.environ["TRACKER_DB"] = old
    path.parent.mkdir(parents=True, exist_ok=True)
    _library(path)
    done = subprocess.run([sys.executable, "-c", PLAIN_START],
                          cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("HEAVY")]
    assert lines == ["HEAVY []"], done.stdout + done.stderr


def test_another_library_while_the_pages_are_being_built(qtbot, db_path, tmp_path):
    from tracker.services.context import AppContext
    from tracker.ui.app import open_context_in_background

    _library(db_path)
    win, translations = _window(qtbot)
    win.attach(AppContext.open(db_path), stepwise=True)
    assert win._attaching and win.pages == []
    win.detach()                  # e.g. a team server chosen at once: the rest built, then gone
    assert win.ui is None and win.pages == [] and win.library.model.rowCount() == 0
    other = tmp_path / "other.db"
    _library(other, n=1)
    with qtbot.waitSignal(win.ready, timeout=30000):
        open_context_in_background(win, other)
    assert [p.page_name for p in win.pages][0] == "reader"
    qtbot.waitUntil(lambda: win.library.model.rowCount() == 1)
    win.tasks.wait(10000)
    translations.uninstall()
