"""Screenshots of the follow-up work (issue 17): a commitment broken down into tasks,
unfolded in the commitments table, and the progress-round dialog after reading returned
workbooks (one with a wrong status value, one row copied from another body's file).

Run from the repository root:
  QT_QPA_PLATFORM=offscreen python tools/screenshot_followup.py [OUT_DIR]
(default OUT_DIR: resources/screenshots)
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

from tools.screenshot_table import build_demo  # noqa: E402 - after the path is set
from tools.shot import SCREENSHOTS, ShotWindow  # noqa: E402 - after the path is set


def main() -> None:
    from openpyxl import load_workbook

    from tracker.domain.model import Status
    from tracker.export.progress_round import HEADER
    from tracker.services import breakdown, commitments, register, rounds
    from tracker.services.breakdown import TaskSpec

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SCREENSHOTS
    out.mkdir(parents=True, exist_ok=True)
    col = {name: n for n, name in enumerate(HEADER, start=1)}
    with ShotWindow(1400, 860) as shot:
        build_demo(shot.ctx)
        ctx = shot.ctx
        ids = register.ids(ctx)
        parent = next(i for i in ids if commitments.get(ctx, i).status is Status.ON_TRACK)
        added = breakdown.add_tasks(ctx, parent, [
            TaskSpec("东湖区完成截污纳管", "东湖区人民政府", date(2026, 9, 30)),
            TaskSpec("西湖区完成截污纳管", "西湖区人民政府", date(2026, 12, 31)),
            TaskSpec("青山湖区完成截污纳管", "青山湖区人民政府", date(2027, 6, 30))])
        a, b, _c = (t.id for t in added.tasks)
        commitments.change_status(ctx, [a], Status.ACHIEVED)
        commitments.change_status(ctx, [b], Status.ON_TRACK)
        shot.attach()
        page = shot.page("table")
        shot.settle(lambda: page.model.loaded)
        page.model.expanded.add(parent)
        page.refresh()
        page.select_ids([parent])
        shot.pump(30)
        shot.save(out / "followup_breakdown.png")

        folder = Path(tempfile.mkdtemp())
        made = rounds.write(ctx, folder, date(2026, 12, 31)).files
        written = {f.body: f.path for f in made}
        bodies = [f.body for f in sorted(made, key=lambda f: -f.rows)]
        first, second = written[bodies[0]], written[bodies[1]]
        wb = load_workbook(first)
        ws = wb["进度填报"]
        ws.cell(4, col["进展情况"], "已完成年度工作量的80%，正在组织验收")
        ws.cell(4, col["完成情况"], "正常推进")
        ws.cell(4, col["填报人"], "张三")
        ws.cell(4, col["填报日期"], date(2026, 12, 28))
        if ws.max_row >= 5:
            ws.cell(5, col["完成情况"], "基本完成")          # not a status of the list
        other = load_workbook(second)["进度填报"]
        extra = ws.max_row + 1
        for c in range(1, len(HEADER) + 1):
            ws.cell(extra, c, other.cell(4, c).value)
        ws.cell(extra, col["完成情况"], "已完成")
        ws.cell(extra, col["佐证材料"], "验收报告.pdf")
        wb.save(first)
        wb = load_workbook(second)
        ws = wb["进度填报"]
        ws.cell(4, col["进展情况"], "项目已竣工，12月通过验收")
        ws.cell(4, col["完成情况"], "已完成")
        ws.cell(4, col["佐证材料"], "https://example.gov.cn/ys/2026-12")
        wb.save(second)

        page.progress_round()
        dialog = page.round_dialog
        dialog.day.setDate(date(2026, 12, 31))
        dialog.folder.setText(str(folder))
        dialog.written.setText(f"已生成 {len(written)} 个填报表")
        dialog.read_files([first, second])
        shot.pump(30)
        dialog.grab().save(str(out / "followup_round_dialog.png"))
        print(out / "followup_round_dialog.png")


if __name__ == "__main__":
    main()
