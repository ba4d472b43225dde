"""Render the overview page on the demo library to resources/screenshots/overview.png
(offscreen, Chinese interface).

The demo library is the five sample documents with their suggested commitments accepted
(tracker.services.overview.load_demo). For the picture, the script then does what a ledger
keeper would do over some months, through the services: it tags commitments with a theme
by a few key words of their quote, gives those without a deadline a deadline between
2024 and 2027, and records a spread of statuses. These edits are demonstration data.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python tools/screenshot_overview.py
OVERVIEW_SCOPE=140000 selects a region first; OVERVIEW_MATRIX=/tmp/m.png also saves the
matrix tab; OVERVIEW_PNG=path writes the picture elsewhere.
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

THEMES = (("水环境", ("水", "河", "湖", "流域")), ("大气", ("大气", "蓝天", "空气", "扬尘")),
          ("双碳", ("碳", "能源", "绿色低碳")), ("生态保护", ("生态保护", "森林", "湿地", "生物多样性", "国家公园")),
          ("督察整改", ("督察", "整改")), ("土壤固废", ("土壤", "固废", "垃圾", "净土")))
QUARTER_ENDS = [date(y, m, d) for y in (2024, 2025, 2026, 2027)
                for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))][3:]
# status by position, with a drift towards "achieved" for early deadlines
SPREAD = ("achieved", "on_track", "not_started", "at_risk", "achieved", "on_track", "missed",
          "achieved", "unknown", "on_track", "superseded", "not_started")


def make_demo(ctx) -> None:
    from tracker.domain.model import Deadline, Precision, Status
    from tracker.services import commitments
    from tracker.services import overview as ov

    made = ov.load_demo(ctx)
    for n, cid in enumerate(made):
        c = commitments.get(ctx, cid)
        tags = [name for name, words in THEMES if any(w in c.quote for w in words)]
        deadline = c.deadline
        if deadline is None or deadline.date is None:
            deadline = Deadline("", QUARTER_ENDS[(n * 7) % len(QUARTER_ENDS)], Precision.QUARTER)
        commitments.update(ctx, replace(c, tags=tags[:2], deadline=deadline))
        status = Status(SPREAD[n % len(SPREAD)])
        if deadline.date and deadline.date.year <= 2025 and status is Status.NOT_STARTED:
            status = Status.ACHIEVED
        if status is not Status.NOT_STARTED:
            commitments.change_status(ctx, [cid], status, note="演示数据")


def main() -> int:
    from shot import ShotWindow

    with ShotWindow(1500, 940) as shot:
        make_demo(shot.ctx)
        shot.attach(library_width=300)
        page = shot.page("overview")
        shot.settle(lambda: page.overview is not None)
        scope = os.environ.get("OVERVIEW_SCOPE", "")
        if scope:
            page.tree.setCurrentIndex(page.proxy.mapFromSource(page.model.index_of(scope)))
        shot.settle(lambda: True)
        shot.save(os.environ.get("OVERVIEW_PNG", "overview.png"))
        matrix_png = os.environ.get("OVERVIEW_MATRIX")     # a path: also the matrix tab
        if matrix_png:
            page.views.setCurrentIndex(1)
            shot.settle(lambda: page.overview.themes_counted)
            shot.save(Path(matrix_png).resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
