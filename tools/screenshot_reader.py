"""Render the reader with a demo document, its commitments and suggestions to
resources/screenshots/reader.png (offscreen, Chinese interface).

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/screenshot_reader.py
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

DOC_TITLE = "大同"  # the demo meeting report of 大同市 (targets, deadlines, duties)


def _seed(ctx, doc_id: int) -> None:
    """Accept some suggestions so the text shows each kind, one overdue, one achieved."""
    from tracker.domain.model import Deadline, Kind, Precision, Status
    from tracker.services import commitments as svc
    from tracker.services import suggesting

    pending = suggesting.pending_suggestions(ctx, doc_id)
    wanted = {Kind.TARGET: 3, Kind.DEADLINE: 2, Kind.DELIVERABLE: 3, Kind.DUTY: 1}
    accepted = []
    for s in pending[:40]:
        kind = Kind(s.kind)
        if wanted.get(kind, 0) > 0:
            wanted[kind] -= 1
            accepted.append(suggesting.accept_suggestion(ctx, doc_id, s))
    if len(accepted) >= 5:
        svc.change_status(ctx, [accepted[1].id], Status.ACHIEVED, "已完成验收",
                          on=date(2024, 6, 30))
        svc.change_status(ctx, [accepted[2].id], Status.ON_TRACK, on=date(2024, 3, 1))
        # a year-end deadline of the meeting's year, long passed: shown overdue, in red
        late = svc.get(ctx, accepted[3].id)
        svc.update(ctx, replace(late, kind=Kind.DEADLINE,
                                deadline=Deadline("年底前", date(2023, 12, 31), Precision.YEAR)))
        duty = svc.get(ctx, accepted[4].id)
        svc.update(ctx, replace(duty, kind=Kind.DUTY))


def open_demo(shot):
    """The reader page on the demo meeting report with _seed's commitments, once its
    commitments are loaded and its suggestions found (screenshot_find.py starts so too)."""
    from tracker.services import importing, library

    importing.import_samples(shot.ctx)
    doc = next(d for d in library.list_documents(shot.ctx) if DOC_TITLE in d.title)
    _seed(shot.ctx, doc.id)
    shot.attach()
    page = shot.page("reader")
    shot.window.library.select_document(doc.id)
    shot.settle(lambda: page.review._state != "busy" and page.loaded)
    return page


def main() -> int:
    from shot import ShotWindow

    with ShotWindow(1500, 900) as shot:
        page = open_demo(shot)
        first_target = next((c for c in page.commitments if c.kind.value == "target"),
                            page.commitments[0] if page.commitments else None)
        if first_target is not None:
            from tracker.ui.reader.keys import RecordKey

            page.select(RecordKey.commitment(first_target.id))
        shot.pump()
        shot.dock_width(360)
        if os.environ.get("SHOT_DEBUG"):
            for w in (page, page.splitter, page.stack, page.right, page.editor, page.side,
                      page.toolbar, shot.window.library):
                print(type(w).__name__, w.minimumSizeHint().width(), w.sizeHint().width(),
                      w.width())
        shot.save("reader.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
