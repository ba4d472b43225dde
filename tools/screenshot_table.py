"""Render the commitments table with the demo library to resources/screenshots/table.png
(offscreen, Chinese interface).

The demo register: the five sample documents, every suggestion accepted (through the
services), and — since most sample sentences carry no date — demo deadlines, statuses
with progress notes and themes given to them, so overdue and due-soon rows show.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/screenshot_table.py
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 12, 4)
DEADLINES = [date(2025, 12, 31), date(2026, 12, 20), date(2027, 6, 30), date(2026, 12, 31),
             date(2027, 12, 31), date(2028, 6, 30), date(2030, 12, 31), date(2029, 12, 31)]
THEMES = {"水": "水环境", "大气": "大气", "蓝天": "大气", "碳": "双碳", "土壤": "土壤",
          "固废": "固废", "无废": "固废", "生态": "生态保护"}
NOTES = {"on_track": "按序时推进，已完成年度工作量的70%", "at_risk": "资金未到位，进度滞后",
         "achieved": "已通过验收", "missed": "未按期完成，已约谈责任单位"}


def build_demo(ctx) -> None:
    from tracker.domain.model import Deadline, Precision, Status
    from tracker.services import commitments, importing, library, suggesting

    ctx.today = lambda: TODAY
    importing.import_samples(ctx)
    for d in library.list_documents(ctx):
        for s in suggesting.pending_suggestions(ctx, d.id):
            suggesting.accept_suggestion(ctx, d.id, s)
    statuses = [Status.ON_TRACK, Status.NOT_STARTED, Status.AT_RISK, Status.ON_TRACK,
                Status.ACHIEVED, Status.NOT_STARTED, Status.MISSED]
    for d in library.list_documents(ctx):
        for n, c in enumerate(commitments.for_document(ctx, d.id)):
            deadline = c.deadline
            if deadline is None or deadline.date is None:
                day = DEADLINES[(n + d.id) % len(DEADLINES)]
                deadline = Deadline(deadline.text if deadline else "", day, Precision.DAY)
            themes = sorted({t for word, t in THEMES.items() if word in c.quote})
            commitments.update(ctx, replace(c, deadline=deadline, themes=themes))
            status = statuses[(n * 3 + d.id) % len(statuses)]
            if status is Status.MISSED and deadline.date >= TODAY:
                status = Status.AT_RISK   # nothing is missed before its deadline
            if status is not Status.NOT_STARTED:
                commitments.change_status(ctx, [c.id], status, NOTES.get(status.value, ""),
                                          on=date(2026, 11, 1 + n % 28))


def main() -> int:
    from shot import ShotWindow

    with ShotWindow(1400, 880) as shot:
        build_demo(shot.ctx)
        shot.attach()
        page = shot.page("table")
        page.bring_to_front()
        shot.dock_width(330)
        page.filters.region.setCurrentIndex(max(page.filters.region.findData("140200"), 0))
        shot.pump(10)
        page.view.selectRow(0)
        page.view.setFocus()
        shot.settle(lambda: True)
        shot.save("table.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
