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
from tracker.ui.icon import app_icon
from tracker.ui.main_window import MainWindow
from tracker.ui.pyside_compat import keep_none_alive

ORG = APP = "PolicyTracker"
UI_FONTS = ["Noto Sans CJK SC", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei"]


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    keep_none_alive()  # PySide6 6.12.0 on Python ≤ 3.11 would abort after a few thousand calls
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    font = QFont(app.font())
    font.setFamilies(UI_FONTS + [font.family()])
    app.setFont(font)
    app.setDesktopFileName("policy-tracker")  # packaging/linux/policy-tracker.desktop
    return app


def open_context_in_background(window: MainWindow, db_path) -> None:
    def open_ctx():
        from tracker.services.context import AppContext
        from tracker.services.links import fill_missing_keys

        ctx = AppContext.open(db_path)
        fill_missing_keys(ctx)  # quote keys of a database older than them (once)
        return ctx

    window.tasks.start(open_ctx, on_done=window.attach, on_error=window.open_failed)


def set_icon_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """The icon (loading QtSvg costs ~30 ms) once the window has shown itself."""
    window.first_painted.connect(lambda: app.setWindowIcon(app_icon()),
                                 Qt.ConnectionType.SingleShotConnection)


def run(db_path=None) -> int:
    app = make_app()
    settings = QSettings()
    translations = Translations(app)
    translations.apply(saved_language(settings))
    window = MainWindow(settings, translations)
    set_icon_after_first_paint(app, window)
    if os.environ.get("TRACKER_STARTUP_PROBE"):
        # bench/bench_startup.py: report time to first paint and to ready, then quit
        # (wall-clock stamps, so the caller can measure from the moment it started us)
        window.first_painted.connect(lambda: print(
            f"first_paint_at={time.time():.3f}", flush=True))
        window.ready.connect(lambda: (print(
            f"ready_at={time.time():.3f}", flush=True), QTimer.singleShot(0, window.close)))
    window.show()
    QTimer.singleShot(0, lambda: open_context_in_background(window, db_path))
    return app.exec()
