"""The demo library: the shipped sample documents, their suggestions accepted, and a
register that looks like months of work — deadlines, themes and a spread of statuses, each
status change a dated progress entry.

Everything invented is marked as demonstration data: the deadlines the documents do not
state read “演示时限…”, every progress note starts with 【演示数据】, and each commitment
given invented data carries a note saying so. Loading it twice adds nothing.
"""

from __future__ import annotations

import hashlib
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from tracker.domain.model import Commitment, Deadline, Precision, Status
from tracker.resources import samples_dir
from tracker.services import commitments, importing, library, suggesting, themes
from tracker.storage import repos
from tracker.services.context import AppContext
from tracker.services.importing import ImportReport

DEMO_MARK = "【演示数据】"
DEMO_NOTE = "演示数据：本条的时限（如原文未写）与进展记录为虚构示例，仅用于展示软件功能。"

# (status path, days of progress before today) by position in a cycle of 20: a register
# where most work is under way, some is done, some at risk or missed, some not started.
_PLAN: tuple[tuple[tuple[Status, ...], bool], ...] = (
    # (statuses in order, deadline already passed)
    ((Status.ON_TRACK,), False),
    ((Status.ON_TRACK,), False),
    ((Status.ON_TRACK, Status.ACHIEVED), True),
    ((), False),
    ((Status.ON_TRACK,), False),
    ((Status.ON_TRACK, Status.AT_RISK), False),
    ((Status.ON_TRACK, Status.ACHIEVED), False),
    ((), True),                                   # not started, overdue
    ((Status.ON_TRACK,), False),
    ((Status.ON_TRACK, Status.AT_RISK, Status.MISSED), True),
    ((Status.ON_TRACK,), False),
    ((), False),
    ((Status.ON_TRACK, Status.ACHIEVED), True),
    ((Status.AT_RISK,), False),
    ((Status.ON_TRACK,), True),                   # on track on paper, overdue
    ((Status.ON_TRACK,), False),
    ((), False),
    ((Status.ON_TRACK, Status.ACHIEVED), False),
    ((Status.ON_TRACK,), False),
    ((Status.UNKNOWN,), False),
)

_NOTES = {
    Status.ON_TRACK: ("已召开专题部署会，明确牵头单位和时间表。", "已完成阶段性任务，按计划推进。",
                      "资金已下达，项目进入实施阶段。", "已纳入年度重点工作台账，按月调度。"),
    Status.AT_RISK: ("受资金和用地制约，进度滞后于计划。", "部分点位整治进展缓慢，已发函督办。"),
    Status.ACHIEVED: ("已完成并通过验收，资料已归档。", "经核查已达到目标要求，申请销号。"),
    Status.MISSED: ("未能在时限内完成，已说明原因并调整计划。",),
    Status.UNKNOWN: ("牵头单位尚未报送进展情况。",),
}


@dataclass
class DemoReport:
    imported: ImportReport = field(default_factory=ImportReport)
    commitments: list[int] = field(default_factory=list)   # created by this call
    progress_entries: int = 0


def _pick(key: str, n: int) -> int:
    """A stable choice from the quote (the demo looks the same on every machine)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % n


def _quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    return date(year, month, monthrange(year, month)[1])


def _demo_deadline(c: Commitment, today: date, past: bool) -> Deadline:
    """A quarter end in the last two years (past) or the next four (to come)."""
    k = _pick(c.quote, 8)
    quarters_away = -(1 + k % 8) if past else _pick(c.quote + "+", 16)
    q0 = (today.month - 1) // 3 + quarters_away
    year, quarter = today.year + (q0 // 4), q0 % 4 + 1
    when = _quarter_end(year, quarter)
    return Deadline(f"演示时限：{year}年第{quarter}季度末", when, Precision.QUARTER)


def _dress(ctx: AppContext, c: Commitment, n: int, today: date) -> int:
    """Give one new commitment a deadline (when it has none) and its progress history;
    returns the number of progress entries written."""
    # by the words, not the position: each region and document gets its own mix
    statuses, past = _PLAN[_pick(c.quote + "plan", len(_PLAN))]
    invented = c.deadline is None or c.deadline.date is None
    if invented:
        c = replace(c, deadline=_demo_deadline(c, today, past))
    if invented or statuses:
        c = replace(c, notes=(c.notes + "\n" if c.notes else "") + DEMO_NOTE)
        commitments.update(ctx, c)
    if not statuses:
        return 0
    # progress dated over the months before today, the last one a few weeks ago
    start = today - timedelta(days=60 * len(statuses) + _pick(c.quote, 90))
    for i, status in enumerate(statuses):
        day = min(today, start + timedelta(days=60 * i + _pick(c.quote + str(i), 30)))
        notes = _NOTES[status]
        commitments.change_status(ctx, [repos.stored_id(c.id)], status,
                                  DEMO_MARK + notes[_pick(c.quote + status.value, len(notes))],
                                  on=day)
    return len(statuses)


def load_demo(ctx: AppContext, progress: Callable[[int, int, Path], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> DemoReport:
    """Import the sample documents, accept their pending suggestions (with themes), and
    give the new commitments deadlines and dated progress. Returns what was added."""
    report = DemoReport(importing.import_paths(ctx, [samples_dir()], progress,
                                               cancelled))
    samples = str(samples_dir())
    fresh = {d.id for d in report.imported.imported}
    docs = [d for d in library.list_documents(ctx) if d.id in fresh
            or (d.source_path and d.source_path.startswith(samples))]
    today = ctx.today()
    made: list[Commitment] = []
    for d in sorted(docs, key=lambda d: d.id):
        if cancelled is not None and cancelled():
            break
        pending = suggesting.pending_suggestions(ctx, d.id)
        made.extend(suggesting.accept_suggestions(ctx, d.id, pending))
    for n, c in enumerate(made):
        report.progress_entries += _dress(ctx, c, n, today)
    report.commitments = [c.id for c in made if c.id is not None]
    if report.commitments:
        themes.apply_themes(ctx, report.commitments)
    return report
