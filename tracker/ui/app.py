"""Starting the desktop app: translations and fonts first, the window painted at once,
the database opened off the GUI thread."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer, qVersion,
)
from PySide6.QtGui import QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from tracker.resources import resource_path
from tracker.ui.i18n import DEFAULT_LANGUAGE, Translations, saved_language
from tracker.ui.main_window import MainWindow

ORG = APP = "PolicyTracker"
UI_FONTS = ["Noto Sans CJK SC", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei"]


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    font = QFont(app.font())
    font.setFamilies(UI_FONTS + [font.family()])
    app.setFont(font)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("policy-tracker")  # packaging/linux/policy-tracker.desktop
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_ICON_MAX = 32  # up to this size the simplified drawing is used


def icon_image(size: int) -> QImage:
    """The app icon rendered at `size` px from its SVG source (resources/icons/)."""
    from PySide6.QtSvg import QSvgRenderer

    name = "tracker-small.svg" if size <= SMALL_ICON_MAX else "tracker.svg"
    renderer = QSvgRenderer(str(resource_path("icons", name)))
    if not renderer.isValid():
        raise OSError(f"{resource_path('icons', name)}: not a readable SVG icon")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    icon = QIcon()
    try:
        for size in ICON_SIZES:
            icon.addPixmap(QPixmap.fromImage(icon_image(size)))
    except OSError:
        return QIcon()  # a missing icon must not stop the app
    return icon


def open_context_in_background(window: MainWindow, db_path) -> None:
    def open_ctx():
        from tracker.services.context import AppContext

        return AppContext.open(db_path)

    window.tasks.start(open_ctx, on_done=window.attach, on_error=window.open_failed)


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
    loop = QEventLoop()
    seen: dict = {}
    started = time.perf_counter()

    def failed(exc: BaseException, _trace: str = "") -> None:
        seen["error"] = exc
        loop.quit()

    def open_ctx():
        from tracker.services.context import AppContext

        return AppContext.open(db_path)

    busy = {"now": False}
    window.tasks.busy_changed.connect(lambda b: busy.update(now=b))
    window.first_painted.connect(lambda: seen.setdefault("painted", time.perf_counter()))
    window.ready.connect(lambda: (seen.setdefault("ready", time.perf_counter()), loop.quit()))
    window.show()
    window.tasks.start(open_ctx, on_done=window.attach, on_error=failed)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
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
            raise RuntimeError("the window has no icon (resources/icons)")
        image = window.grab().toImage()
        if _colour_count(image) < 2:
            raise RuntimeError("the window painted a blank picture")
        return (f"{app.platformName()}, Qt {qVersion()}: painted {image.width()}×"
                f"{image.height()} after {seen['painted'] - started:.2f} s, "
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


def run(db_path=None) -> int:
    app = make_app()
    settings = QSettings()
    translations = Translations(app)
    translations.apply(saved_language(settings))
    window = MainWindow(settings, translations)
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
