"""Screenshots of a clerk's day (issue 15), offscreen, Chinese interface:

  library_details.png   the library's details dialog over the demo library
  review_queue.png      the review queue with 160 suggestions, sorted by confidence
  (overview.png comes from screenshot_overview.py: the demo library's overview)

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python resources/scripts/screenshot_clerk.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "resources" / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PLACES = "东湖西湖青云谱青山湖新建红谷滩南昌进贤安义湾里"


def many_text(n: int = 160) -> str:
    lines = ["南昌市生态环境问题整改任务清单", "时间：2026-02-10"]
    for i in range(n):
        p = PLACES[i % len(PLACES)] + PLACES[(i * 7) % len(PLACES)]
        if i % 3 == 0:
            lines.append(f"到{2026 + i % 4}年底前，{p}片区第{i + 1}号污水管网改造完成{i + 3}公里。")
        elif i % 3 == 1:
            lines.append(f"{p}区要在{i % 12 + 1}月底前完成第{i + 1}批黑臭水体整治。")
        else:
            lines.append(f"加快推进{p}第{i + 1}号垃圾转运站建设，确保按期投用。")
    return "\n".join(lines) + "\n"


def details_dialog() -> None:
    from PySide6.QtCore import QTimer
    from shot import SCREENSHOTS, ShotWindow

    from tracker.services import demo, library

    with ShotWindow(1400, 880) as shot:
        demo.load_demo(shot.ctx)
        shot.attach(library_width=420)
        shot.page("reader")
        doc = next(d for d in library.list_documents(shot.ctx) if d.doc_date is not None)
        shot.window.library.select_document(doc.id)
        shot.settle(lambda: shot.window.pages[0].review._state != "busy")

        def grab(dialog):
            dialog.show()
            shot.pump(20)
            dialog.date.setFocus()
            shot.pump(10)
            # the dialog over the window, as the user sees it
            from PySide6.QtGui import QPainter

            from PySide6.QtGui import QColor, QPen

            img = shot.window.grab().toImage()
            painter = QPainter(img)
            x = (img.width() - dialog.width()) // 2
            y = (img.height() - dialog.height()) // 3
            title_h = 28          # a plain title bar: offscreen windows have no frame
            painter.fillRect(x, y - title_h, dialog.width(), title_h, QColor("#e8e8e8"))
            painter.setPen(QColor("#222"))
            painter.drawText(x + 10, y - 9, dialog.windowTitle())
            painter.drawPixmap(x, y, dialog.grab())
            painter.setPen(QPen(QColor("#8a8a8a"), 1))
            painter.drawRect(x, y - title_h, dialog.width() - 1, dialog.height() + title_h - 1)
            painter.end()
            img.save(str(SCREENSHOTS / "library_details.png"))
            print(SCREENSHOTS / "library_details.png")
            return 0

        shot.window.documents.exec_dialog = grab
        QTimer.singleShot(0, lambda: None)
        shot.window.library.act_details.trigger()


def review_queue() -> None:
    import tempfile

    from PySide6.QtCore import Qt
    from shot import ShotWindow

    from tracker.services import importing

    with ShotWindow(1500, 940) as shot:
        folder = Path(tempfile.mkdtemp())
        path = folder / "南昌市整改任务清单.txt"
        path.write_text(many_text(), encoding="utf-8")
        doc_id = importing.import_paths(shot.ctx, [path]).imported[0].id
        shot.attach(library_width=300)
        page = shot.page("reader")
        shot.window.library.select_document(doc_id)
        shot.settle(lambda: page.review._state == "ready")
        page.act_review.trigger()
        shot.pump(10)
        page.review.list.sortByColumn(page.review.model.CONFIDENCE, Qt.SortOrder.DescendingOrder)
        page.review.list.setCurrentIndex(page.review.proxy.index(2, 0))
        shot.pump(20)
        shot.save("review_queue.png")


if __name__ == "__main__":
    details_dialog()
    review_queue()
