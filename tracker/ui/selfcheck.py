"""The window step of `tracker --self-test` (tracker.services.selftest runs the others;
tracker.launcher hands this one in)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QTimer, qVersion
from PySide6.QtGui import QImage

from tracker.ui.app import make_app, open_context_in_background, set_icon_once_shown
from tracker.ui.i18n import DEFAULT_LANGUAGE, Translations
from tracker.ui.main_window import MainWindow


# the smallest screen the window is made to fit (office laptops); on a smaller one (such as
# the 800×800 offscreen screen) the window may be larger than the screen
SMALLEST_SCREEN = (1366, 768)


def window_self_check(db_path: Path, folder: Path, timeout_s: float = 60.0) -> str:
    """The window step of `tracker --self-test`: open the main window on the self-test
    database, with its settings in `folder`, wait until it has painted and the library is
    ready, check the picture, the icon and the Chinese translation, then close it.

    Offscreen unless QT_QPA_PLATFORM says otherwise. Raises on any failure.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app([sys.argv[0]])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(app)
    translated = translations.apply(DEFAULT_LANGUAGE)
    window = MainWindow(settings, translations)
    set_icon_once_shown(app, window)
    loop = QEventLoop()
    seen: dict = {}
    started = time.perf_counter()

    def failed(exc: BaseException, _trace: str = "") -> None:
        seen["error"] = exc
        loop.quit()

    busy = {"now": False}
    window.tasks.busy_changed.connect(lambda b: busy.update(now=b))
    window.first_painted.connect(lambda: seen.setdefault("painted", time.perf_counter()))
    window.ready.connect(lambda: (seen.setdefault("ready", time.perf_counter()), loop.quit()))
    window.show()
    open_context_in_background(window, db_path, on_error=failed)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    # let the pages attach() just built be laid out and painted before the picture is taken
    # (on xcb the layout requests arrive after `ready`)
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    try:
        if "error" in seen:
            raise RuntimeError(f"the window could not open the database: {seen['error']}")
        if "painted" not in seen:
            raise RuntimeError(f"the window was not painted within {timeout_s:.0f} s")
        if "ready" not in seen:
            raise RuntimeError(f"the library was not ready within {timeout_s:.0f} s")
        if not translated:
            raise RuntimeError("the Chinese translation (tracker_zh_CN.qm) did not load")
        if window.windowIcon().isNull():
            raise RuntimeError("the window has no icon (tracker/resources/icons)")
        image = window.grab().toImage()
        if _colour_count(image) < 2:
            raise RuntimeError("the window painted a blank picture")
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        supported = screen.width() >= SMALLEST_SCREEN[0] and screen.height() >= SMALLEST_SCREEN[1]
        if supported and not screen.contains(window.geometry()):
            raise RuntimeError(f"the window ({frame.width()}×{frame.height()} at {frame.x()},"
                               f"{frame.y()}) does not fit the screen ({screen.width()}×"
                               f"{screen.height()})")
        return (f"{app.platformName()}, Qt {qVersion()}: painted {image.width()}×"
                f"{image.height()} on a {screen.width()}×{screen.height()} screen after "
                f"{seen['painted'] - started:.2f} s, "
                f"pages: {len(window.pages)}, ready after {seen['ready'] - started:.2f} s")
    finally:
        # let the work the window started on attaching finish and report back, so that
        # nothing is delivered to it once it is deleted
        deadline = time.perf_counter() + timeout_s
        while busy["now"] and time.perf_counter() < deadline:
            window.tasks.wait(100)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        window.close()
        settings.sync()  # now, while `folder` exists (not at exit, after it is removed)
        translations.uninstall()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _colour_count(image: QImage, grid: int = 24) -> int:
    xs = range(0, image.width(), max(1, image.width() // grid))
    ys = range(0, image.height(), max(1, image.height() // grid))
    return len({image.pixel(x, y) for x in xs for y in ys})
