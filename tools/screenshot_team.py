"""Screenshots of the shared register (issue 16): the conflict dialog on a stale save, a
commitment's 修改记录, and the read-only banner.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tools/screenshot_team.py [OUT_DIR]

Two people work on one library: 张三 (the window) and 李四 (a second client). 李四 saves a
commitment 张三 has open; 张三's save of the same commitment is refused and the dialog
shows both versions.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.shot import ShotWindow


def main(out: Path) -> None:
    from tracker.domain.model import Deadline, Precision, Status
    from tracker.services import commitments as svc
    from tracker.services.context import AppContext
    from tracker.services.demo import load_demo
    from tracker.storage.errors import ConflictError
    from tracker.ui.team.conflict import ConflictDialog
    from tracker.ui.team.history import HistoryDialog

    out.mkdir(parents=True, exist_ok=True)
    with ShotWindow(1400, 880) as shot:
        shot.ctx.db.actor = "张三 (zhangsan)"
        load_demo(shot.ctx)
        shot.attach()
        ctx = shot.ctx
        ctx.db.actor = "张三 (zhangsan)"
        other = AppContext.open(ctx.db.path)
        other.db.actor = "李四 (lisi)"
        from tracker.services import register

        cid = register.ids(ctx)[3]
        mine_read = svc.get(ctx, cid)
        # earlier history: 张三 set a note and a status; 李四 changed the deadline
        svc.update(ctx, replace(mine_read, notes="已列入年度重点任务"))
        svc.change_status(ctx, [cid], Status.ON_TRACK, "牵头单位已报送进度")
        stale = svc.get(ctx, cid)
        theirs = svc.update(other, replace(
            svc.get(other, cid), notes="县里反映资金未到位，需要协调",
            deadline=Deadline("2026年6月底前", date(2026, 6, 30), Precision.MONTH),
            themes=sorted({*stale.themes, "资金"})))
        mine = replace(stale, notes="已列入年度重点任务；省厅已督办",
                       status=Status.ON_TRACK)
        try:
            svc.update(ctx, mine)
            raise SystemExit("expected a conflict")
        except ConflictError as exc:
            dialog = ConflictDialog(exc.mine, exc.theirs, ctx.gazetteer.display_name,
                                    shot.window)
        dialog.show()
        shot.pump(30)
        dialog.grab().save(str(out / "team16_conflict.png"))
        print(out / "team16_conflict.png")
        dialog.close()
        del theirs

        history = HistoryDialog(ctx, cid, stale.title or stale.quote, shot.window)
        history.show()
        shot.pump(30)
        history.grab().save(str(out / "team16_history.png"))
        print(out / "team16_history.png")
        history.close()
        other.close()

    with ShotWindow(1200, 700) as shot:
        load_demo(shot.ctx)
        path = shot.ctx.db.path
        shot.ctx.close()
        shot.ctx = AppContext.open(path, read_only=True)
        shot.attach()
        page = shot.page("table")
        shot.settle(lambda: getattr(page, "ready", True))
        shot.save(out / "team16_read_only.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/notes/shots"))
