"""Screenshots of a clerk's day (issue 15), offscreen, Chinese interface:

  library_details.png   the library's details dialog over the demo library
  review_queue.png      the review queue with 160 suggestions, sorted by confidence
  reader_docx_table.png a DOCX with a table in the reader: rows aligned in columns, and the
                        date from its signature (not the deadlines in the table)
  (overview.png and overview_matrix.png come from screenshot_overview.py with
   OVERVIEW_MATRIX=resources/screenshots/overview_matrix.png: the demo library's overview)

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python tools/screenshot_clerk.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
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


def docx_table() -> None:
    import tempfile

    import docx
    from shot import ShotWindow

    from tracker.services import importing

    d = docx.Document()
    d.add_paragraph("某市生态环境问题整改工作方案")
    d.add_paragraph("为抓好中央生态环境保护督察反馈问题整改落实，制定本方案。")
    rows = [["序号", "整改任务", "责任单位", "完成时限"],
            ["1", "完成城区污水管网排查", "市住建局", "2026年6月30日"],
            ["2", "建成垃圾焚烧发电项目", "市城管局", "2026年底前"],
            ["3", "关停取缔散乱污企业", "各县区政府", "2026年3月底前"],
            ["4", "饮用水水源地规范化建设", "市生态环境局、市水利局", "2027年6月底前"]]
    table = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    d.add_paragraph("某市人民政府办公室")
    d.add_paragraph("2026年2月10日")
    path = Path(tempfile.mkdtemp()) / "整改方案.docx"
    d.save(path)
    with ShotWindow(1400, 700) as shot:
        doc_id = importing.import_paths(shot.ctx, [path]).imported[0].id
        shot.attach(library_width=260)
        page = shot.page("reader")
        shot.window.library.select_document(doc_id)
        shot.settle(lambda: page.review._state == "ready")
        shot.save("reader_docx_table.png")


if __name__ == "__main__":
    details_dialog()
    review_queue()
    docx_table()
