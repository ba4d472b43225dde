"""Starting the desktop app: translations and fonts first, the window painted at once,
the database opened off the GUI thread."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tracker.ui.i18n import Translations, saved_language
from tracker.ui import collector
from tracker.ui.main_window import MainWindow
from tracker.ui.pyside_compat import keep_none_alive

ORG = APP = "PolicyTracker"
UI_FONTS = ["Noto Sans CJK SC", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei"]


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    keep_none_alive()  # PySide6 6.12.0 on Python ≤ 3.11 would abort after a few thousand calls
    collector.install(app)  # cyclic garbage (Qt wrappers among it) freed on this thread only
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    font = QFont(app.font())
    font.setFamilies(UI_FONTS + [font.family()])
    app.setFont(font)
    app.setDesktopFileName("policy-tracker")  # packaging/linux/policy-tracker.desktop
    return app


# What the pages and their helpers import below tracker.ui (SQLAlchemy queries, openpyxl,
# the extractor, the search; ~0.4 s): imported with the context, off the GUI thread, so
# that attach() builds the pages without them. tests/ui/test_startup_library.py checks
# that this covers what the window imports.
PRELOAD = (
    "tracker.services.baselines", "tracker.services.breakdown", "tracker.services.commitments",
    "tracker.services.drill", "tracker.services.errors", "tracker.services.follow",
    "tracker.services.importing", "tracker.services.ledger", "tracker.services.library",
    "tracker.services.links", "tracker.services.operations", "tracker.services.overview",
    "tracker.services.overview_csv", "tracker.services.overview_series",
    "tracker.services.register", "tracker.services.rounds",
    "tracker.services.search", "tracker.services.suggesting", "tracker.services.team",
    "tracker.services.themes", "tracker.services.watching", "tracker.messages",
)


def preload(ctx) -> None:
    """Off the GUI thread: the modules of PRELOAD and the gazetteer (the region names)."""
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    _ = ctx.gazetteer


def open_context_in_background(window: MainWindow, db_path, on_error=None) -> None:
    """Open the database off the GUI thread (with what the pages import, see PRELOAD),
    then build the pages; the quote keys a database older than them lacks are filled
    afterwards, in their own background task, so a large old database does not hold the
    window back (a lookup fills what it needs)."""
    from tracker.ui.main_window import READ_ONLY_KEY

    read_only = str(window.settings.value(READ_ONLY_KEY, "false")).lower() in ("true", "1")

    def open_ctx():
        from tracker.services.context import AppContext

        ctx = AppContext.open(db_path, read_only=read_only)
        try:
            preload(ctx)
        except BaseException:
            ctx.close()
            raise
        return ctx

    def opened(ctx) -> None:
        from tracker.services.links import fill_missing_keys

        window.attach(ctx, stepwise=True)
        # a failure here is not the user's concern yet: the lookups fill (and report) again
        window.tasks.start(fill_missing_keys, ctx, on_error=lambda _e, _t: None)

    window.db_path = db_path
    from tracker.storage.paths import is_server_url

    if not is_server_url(db_path):
        window.local_db_path = db_path
    window.tasks.start(open_ctx, on_done=opened, on_error=on_error or window.open_failed)


SHOW_LIBRARY_GRACE_MS = 1000
FIRST_ROWS = 200  # more than a screen shows; the rest of the list follows once they paint


def show_library_then_open(window: MainWindow, db_path, on_error=None) -> None:
    """Paint the first rows of the library list read with the sqlite3 module (no
    SQLAlchemy yet), then read the rest and open the services context in the background;
    a library this cannot read (new, locked, due for an upgrade) shows once the context
    is open."""
    from tracker.storage.library_list import read_library
    from tracker.storage.paths import is_server_url, resolve_db_path

    server = is_server_url(db_path) or is_server_url(os.environ.get("TRACKER_DB"))
    path = None if server else resolve_db_path(db_path)
    quick = None if path is None else read_library(path, first=FIRST_ROWS)
    if quick is not None:
        window.show_library(quick)
        started: list[bool] = []

        def start() -> None:
            if not started:
                started.append(True)
                if not quick.complete:  # unread now (locked, …): the context fills it
                    window.tasks.start(read_library, path, on_done=window.complete_library,
                                       on_error=lambda _e, _t: None)
                open_context_in_background(window, db_path, on_error)

        # the heavy imports once the list has painted, so they do not hold it back; a
        # window that does not paint (minimised, not exposed) opens them a moment later
        window.library_shown.connect(start, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(SHOW_LIBRARY_GRACE_MS, start)
        return
    open_context_in_background(window, db_path, on_error)


def install_excepthook(window: MainWindow) -> None:
    """An exception that escapes a slot (a menu action, a dialog's button) reaches the user
    as a message instead of vanishing into the terminal."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous(kind, exc, tb)
            return
        import traceback

        traceback.print_exception(kind, exc, tb)
        try:
            window.report_error(exc)
        except Exception:  # noqa: BLE001 - never fail inside the hook
            previous(kind, exc, tb)

    sys.excepthook = hook


def set_icon_once_shown(app: QApplication, window: MainWindow) -> None:
    """The icon (QtSvg and seven renderings: ~5-50 ms) once the library list has painted,
    after the work that starts then, or once the window is ready if that comes first."""
    done: list[bool] = []

    def set_icon() -> None:
        if not done:
            done.append(True)
            from tracker.ui.icon import app_icon

            app.setWindowIcon(app_icon())

    window.library_shown.connect(lambda: QTimer.singleShot(0, set_icon),
                                 Qt.ConnectionType.SingleShotConnection)
    window.ready.connect(set_icon, Qt.ConnectionType.SingleShotConnection)


def _print_geometry(app: QApplication, window: MainWindow) -> None:
    """For the probe: where the window is, on which platform and screen (x,y,w,h)."""
    def box(r) -> str:
        return f"{r.x()},{r.y()},{r.width()},{r.height()}"

    handle = window.windowHandle()
    print(f"platform={app.platformName()} exposed={int(bool(handle and handle.isExposed()))} "
          f"window={box(window.geometry())} frame={box(window.frameGeometry())} "
          f"screen={box(window.screen().availableGeometry())}", flush=True)


def run(db_path=None) -> int:
    app = make_app()
    settings = QSettings()
    translations = Translations(app)
    translations.apply(saved_language(settings))
    window = MainWindow(settings, translations)
    set_icon_once_shown(app, window)
    if os.environ.get("TRACKER_STARTUP_PROBE"):
        # bench/bench_startup.py: report time to first paint and to ready, then quit
        # (wall-clock stamps, so the caller can measure from the moment it started us)
        window.first_painted.connect(lambda: print(
            f"first_paint_at={time.time():.3f} first_paint_cpu={time.process_time():.3f}", flush=True))
        window.library_shown.connect(lambda: print(
            f"library_at={time.time():.3f} library_cpu={time.process_time():.3f}", flush=True))
        window.ready.connect(lambda: (print(
            f"ready_at={time.time():.3f} ready_cpu={time.process_time():.3f}", flush=True), _print_geometry(app, window),
            QTimer.singleShot(0, window.close)))
    install_excepthook(window)
    window.show()
    begun: list[bool] = []

    def begin() -> None:
        if not begun:
            begun.append(True)
            target = db_path
            if target is None and not os.environ.get("TRACKER_DB"):
                # the team server chosen in the settings (asked after the first paint:
                # its address is built by the services, which a server start loads anyway)
                from tracker.ui.team_server import saved_server_url

                target = saved_server_url(settings)
            show_library_then_open(window, target)

    # the library once the empty window has painted (it shows at once, the list after),
    # or a moment later when it does not paint (minimised, not exposed)
    window.first_painted.connect(lambda: QTimer.singleShot(0, begin),
                                 Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(SHOW_LIBRARY_GRACE_MS, begin)
    return app.exec()
