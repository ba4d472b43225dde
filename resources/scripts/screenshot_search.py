"""Render the search page with results from the demo library to
resources/screenshots/search.png (offscreen, Chinese interface).

Run from the repository root:  QT_QPA_PLATFORM=offscreen python resources/scripts/screenshot_search.py
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

QUERY = "碳汇 OR 黑臭水体"


def _add_commitment(ctx, word: str, notes: str) -> None:
    """Register the sentence around the first `word` of the library as a commitment."""
    from tracker.domain.model import Commitment
    from tracker.domain.spans import Span
    from tracker.services import library
    from tracker.storage import repos

    for summary in library.list_documents(ctx):
        text = library.get_document(ctx, summary.id).text
        at = text.find(word)
        if at >= 0:
            start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
            end = text.find("。", at) + 1 or len(text)
            with ctx.db.session() as session:
                repos.add_commitment(session, Commitment(
                    document_id=summary.id, span=Span.of(text, start, end), notes=notes))
            return


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

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
    window.resize(1400, 880)
    window.show()

    from tracker.services import importing
    from tracker.services.context import AppContext

    ctx = AppContext.open(tmp / "library.db")
    importing.import_samples(ctx)
    _add_commitment(ctx, "碳汇", "林业局牵头，年底前报送碳汇交易试点进展")
    window.attach(ctx)
    page = next(p for p in window.pages if p.page_name == "search")
    page.focus_query()
    page.query.setText(QUERY)
    page.run()
    deadline = time.time() + 30
    while (not page.model.results) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
    hit = page.model.index(1, 0, page.model.index(0, 0))
    page.tree.setCurrentIndex(hit)
    page.tree.setFocus()
    app.processEvents()
    out = ROOT / "resources" / "screenshots" / "search.png"
    window.grab().save(str(out))
    print(out)
    window.tasks.wait(10000)
    ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
