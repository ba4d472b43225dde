"""Render the reader's find bar (Ctrl+F) over a demo document to resources/screenshots/find.png
(offscreen, Chinese interface); the query is Traditional, the text Simplified.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python resources/scripts/screenshot_find.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOC_TITLE = "大同"
QUERY = "生態環境"


def main() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from resources.scripts.screenshot_reader import _seed
    from tracker.services import importing, library
    from tracker.services.context import AppContext
    from tracker.ui.app import make_app
    from tracker.ui.i18n import Translations
    from tracker.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "ini"))
    app = make_app([])
    translations = Translations(app)
    translations.apply("zh_CN")
    window = MainWindow(QSettings(), translations)
    window.resize(1500, 900)
    window.show()

    ctx = AppContext.open(tmp / "library.db")
    importing.import_samples(ctx)
    doc = next(d for d in library.list_documents(ctx) if DOC_TITLE in d.title)
    _seed(ctx, doc.id)
    window.attach(ctx)
    page = window.pages[0]
    window.library.select_document(doc.id)
    deadline = time.time() + 30
    while (page.review._state == "busy" or not page.loaded) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    page.act_find.trigger()
    page.find.field.setText(QUERY)
    page.find.run()
    while page.find.busy and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    page.find.next()
    page.find.next()
    window.resizeDocks([window.library_dock], [360], Qt.Orientation.Horizontal)
    for _ in range(20):
        app.processEvents()
    out = ROOT / "resources" / "screenshots" / "find.png"
    window.grab().save(str(out))
    print(out, page.find.count.text())
    window.tasks.wait(10000)
    ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
