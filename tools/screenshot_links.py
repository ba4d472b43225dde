"""Render the same commitment in two documents to resources/screenshots/links_editor.png
(the editor's 也见于 line) and links_review.png (the review queue's marker), offscreen, in
Chinese.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/screenshot_links.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOC_TITLE = "大同"


def _seed(ctx):
    """The 大同 report with three accepted suggestions, and a district's work report that
    quotes them (as a web page would: Traditional script)."""
    from tracker.domain.model import Status
    from tracker.services import commitments as svc
    from tracker.services import importing, library, suggesting

    importing.import_samples(ctx)
    doc = next(d for d in library.list_documents(ctx) if DOC_TITLE in d.title)
    pending = [s for s in suggesting.pending_suggestions(ctx, doc.id) if s.kind == "target"]
    chosen = pending[:3]
    accepted = [suggesting.accept_suggestion(ctx, doc.id, s) for s in chosen]
    svc.change_status(ctx, [accepted[0].id], Status.ON_TRACK, on=date(2024, 3, 1))
    svc.change_status(ctx, [accepted[1].id], Status.ACHIEVED, "已完成验收", on=date(2024, 6, 30))
    body = ("某区2024年政府工作报告（摘要）\n二〇二四年三月一日\n二、今年重点工作\n"
            + "\n".join(f"（{n}）{s.quote}。" for n, s in zip("一二三", chosen))
            + "\n（四）建成一批口袋公园和绿道，新增城市绿地20公顷。\n")
    path = Path(tempfile.mkdtemp()) / "某区政府工作报告.txt"
    path.write_text(body, encoding="utf-8")
    report = importing.import_paths(ctx, [path]).imported[0]
    first = next(s for s in suggesting.pending_suggestions(ctx, report.id)
                 if s.quote == chosen[0].quote)
    suggesting.accept_suggestion(ctx, report.id, first)
    return doc.id, report.id


def main() -> int:
    from shot import ShotWindow

    with ShotWindow(1500, 900) as shot:
        _plan_id, report_id = _seed(shot.ctx)
        shot.attach()
        page = shot.page("reader")
        shot.window.library.select_document(report_id)
        shot.settle(lambda: page.loaded and page.review._state != "busy")
        shot.dock_width(360)
        from tracker.ui.reader.keys import RecordKey

        page.select(RecordKey.commitment(page.commitments[0].id))
        shot.pump()
        shot.save("links_editor.png")
        page.focus_review()
        row = next(i for i in range(page.review.model.rowCount())
                   if page.review.model.marker(i))
        page.select(RecordKey.suggestion(row))
        shot.pump()
        shot.save("links_review.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
