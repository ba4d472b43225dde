"""What every screenshot script shares: the real main window, offscreen, in Chinese, with
its settings in a temporary folder (never the user's), attached to a fresh library there.

    with ShotWindow(1400, 880) as shot:
        build_demo(shot.ctx)              # through the services, before the window sees it
        shot.attach()
        page = shot.page("table")
        shot.settle(lambda: page.ready)   # process events until ready (30 s at most)
        shot.save("table.png")            # resources/screenshots/table.png
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "resources" / "screenshots"


class ShotWindow:
    def __init__(self, width: int | None, height: int | None, language: str = "zh_CN") -> None:
        """A window of width×height, or (None, None) the size it takes on this screen."""
        from PySide6.QtCore import QSettings

        from tracker.services.context import AppContext
        from tracker.ui.app import make_app
        from tracker.ui.i18n import Translations
        from tracker.ui.main_window import MainWindow

        self.tmp = Path(tempfile.mkdtemp())
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(self.tmp / "ini"))
        self.app = make_app([])
        self.translations = Translations(self.app)
        self.translations.apply(language)
        self.window = MainWindow(QSettings(), self.translations)
        if width is not None and height is not None:
            self.window.resize(width, height)
        self.window.show()
        self.ctx = AppContext.open(self.tmp / "library.db")

    def __enter__(self) -> ShotWindow:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self, wait_ms: int = 10000) -> None:
        """Let background tasks finish (*wait_ms* at most), then close the library."""
        from PySide6.QtWidgets import QApplication

        self.window.tasks.wait(wait_ms)
        self.ctx.close()
        QApplication.processEvents()

    def attach(self, library_width: int | None = None) -> None:
        self.window.attach(self.ctx)
        self.pump(5)
        if library_width is not None:
            self.dock_width(library_width)

    def dock_width(self, width: int) -> None:
        from PySide6.QtCore import Qt

        self.window.resizeDocks([self.window.library_dock], [width], Qt.Orientation.Horizontal)
        self.pump(10)

    def page(self, name: str):
        page = next(p for p in self.window.pages if p.page_name == name)
        self.window.tabs.setCurrentWidget(page)
        return page

    def pump(self, rounds: int = 20, pause: float = 0.0) -> None:
        for _ in range(rounds):
            self.app.processEvents()
            if pause:
                time.sleep(pause)

    def settle(self, done: Callable[[], bool], timeout: float = 30.0) -> None:
        """Process events until done() holds (or the timeout), then let painting finish."""
        deadline = time.time() + timeout
        while not done() and time.time() < deadline:
            self.app.processEvents()
            time.sleep(0.02)
        self.window.tasks.wait(10000)
        self.pump(20)

    def save(self, name: str | os.PathLike) -> Path:
        out = Path(name) if Path(name).is_absolute() else SCREENSHOTS / name
        self.window.grab().save(str(out))
        print(out)
        return out
