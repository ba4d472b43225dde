"""Screenshots of the follow-up work (督办): today's reminders (今日提醒), the lights in the
table and in the overview (tree and matrix), at 1366×768, offscreen, in Chinese; and the
periodic report (通报) written as DOCX (and, where LibreOffice and pdftoppm are installed,
its first pages as PNG).

    QT_QPA_PLATFORM=offscreen python tools/screenshot_follow.py [OUT_FOLDER]

The register is the demo one of tools/screenshot_table.py (the five sample documents,
their suggestions accepted, demo deadlines and statuses), with some commitments
registered long ago and never reported on (stale), and three marked achieved since the
previous visit. OUT_FOLDER defaults to resources/screenshots/follow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from screenshot_table import TODAY, build_demo
    from shot import ShotWindow

    from tracker.domain.model import Status
    from tracker.services import commitments, follow, library, register, report

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots" / "follow"
    out.mkdir(parents=True, exist_ok=True)
    with ShotWindow(1366, 768) as shot:
        ctx = shot.ctx
        build_demo(ctx)
        # registered long ago, never reported: stale
        ids = [c.id for d in library.list_documents(ctx) for c in commitments.for_document(ctx, d.id)]
        with ctx.db.session() as session:
            raw = session.connection().connection.driver_connection
            for cid in ids[::3]:
                raw.execute("UPDATE commitment SET created_at = ? WHERE id = ?",
                            ((TODAY - timedelta(days=200)).isoformat() + " 09:00:00.000000", cid))
            gone = ",".join(str(i) for i in ids[::3])
            raw.execute(f"DELETE FROM progress_entry WHERE commitment_id IN ({gone})")
        shot.window.settings.setValue("follow/last_visit",
                                      (follow.now_utc() - timedelta(hours=20)).isoformat())
        rows = register.rows(ctx, ids)
        fresh = [r.id for r in rows if r.status in (Status.ON_TRACK, Status.NOT_STARTED)][:3]
        commitments.change_status(ctx, fresh, Status.ACHIEVED, note="已通过验收", on=TODAY)
        shot.attach(300)
        page = shot.page("reminders")
        shot.settle(lambda: True)
        shot.save(out / "reminders.png")

        table = shot.page("table")
        table.filters.clear()
        from PySide6.QtCore import Qt

        table.view.sortByColumn(table.model.columnCount() - 1, Qt.SortOrder.AscendingOrder)
        shot.settle(lambda: not table.model.pending)
        table.view.selectRow(0)
        shot.settle(lambda: True)
        shot.save(out / "table_lights.png")
        # the reminder's drill-down: the stale rows
        page.open_reminder("stale")
        shot.settle(lambda: not table.model.pending)
        shot.save(out / "table_stale.png")

        overview = shot.page("overview")
        shot.settle(lambda: overview.overview is not None)
        overview.tree.expandAll()

        overview.tree.scrollTo(overview.tree.model().index(0, 0))
        shot.settle(lambda: True)
        shot.save(out / "overview_lights.png")
        overview.views.setCurrentIndex(1)
        overview.matrix_mode.setCurrentIndex(1)
        shot.settle(lambda: True)
        shot.save(out / "overview_matrix_lights.png")

        docx = out / "通报.docx"
        done = report.write_report(ctx, docx, "360000", report.Period.parse("2026Q4"),
                                   today=TODAY)
        print(docx, done.commitments, "commitments;", done.pdf or done.pdf_skipped)
        if done.pdf is not None and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4",
                            str(done.pdf), str(out / "report_page")], check=True)
            print(*sorted(out.glob("report_page*.png")), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
