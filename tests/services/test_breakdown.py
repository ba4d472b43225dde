"""Responsibility breakdown: tasks under a commitment, the parent's roll-up, undo,
the table's folding."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.model import Commitment, Deadline, Precision, Status
from tracker.domain.rules import rollup_progress, rollup_status
from tracker.domain.spans import Span
from tracker.services import breakdown, commitments, register
from tracker.services.breakdown import TaskSpec
from tracker.services.context import AppContext

TODAY = date(2026, 6, 1)
S = Status


@pytest.mark.parametrize("tasks, expected", [
    ([], None),
    ([(S.ACHIEVED, None), (S.ACHIEVED, None)], S.ACHIEVED),
    ([(S.ACHIEVED, None), (S.SUPERSEDED, None)], S.ACHIEVED),
    ([(S.SUPERSEDED, None)], S.SUPERSEDED),
    ([(S.ACHIEVED, None), (S.MISSED, None)], S.AT_RISK),
    ([(S.ON_TRACK, None), (S.AT_RISK, None)], S.AT_RISK),
    ([(S.ON_TRACK, date(2026, 5, 31))], S.AT_RISK),          # a task overdue
    ([(S.ON_TRACK, date(2026, 6, 1))], S.ON_TRACK),          # due today: not yet
    ([(S.NOT_STARTED, None), (S.NOT_STARTED, None)], S.NOT_STARTED),
    ([(S.NOT_STARTED, None), (S.ACHIEVED, None)], S.ON_TRACK),
    ([(S.UNKNOWN, None), (S.SUPERSEDED, None)], S.UNKNOWN),
    ([(S.NOT_STARTED, None), (S.ON_TRACK, None)], S.ON_TRACK),
])
def test_rollup_rule(tasks, expected):
    assert rollup_status(tasks, TODAY) == expected


def test_rollup_progress_leaves_superseded_out():
    assert rollup_progress([S.ACHIEVED, S.SUPERSEDED, S.ON_TRACK]) == (1, 2)


def _parent(ctx: AppContext) -> int:
    return commitments.create(ctx, Commitment(
        document_id=None, span=Span(0, 0, "完成全市黑臭水体整治"),
        deadline=Deadline("2026年底前", date(2026, 12, 31), Precision.YEAR))).id


def test_breakdown_rolls_up_and_undoes(tmp_path):
    ctx = AppContext.open(tmp_path / "t.db")
    ctx.today = lambda: TODAY
    try:
        pid = _parent(ctx)
        added = breakdown.add_tasks(ctx, pid, [
            TaskSpec("东湖区整治", "东湖区政府", date(2026, 9, 30)),
            TaskSpec("西湖区整治", "西湖区政府", date(2026, 10, 31)),
            TaskSpec("  ")])   # an empty task is left out
        a, b = (t.id for t in added.tasks)
        assert [t.lead for t in breakdown.tasks(ctx, pid)] == ["东湖区政府", "西湖区政府"]
        assert commitments.get(ctx, pid).status is S.NOT_STARTED and added.rollup == ()

        ch1 = commitments.change_status(ctx, [a], S.ACHIEVED)
        assert commitments.get(ctx, pid).status is S.ON_TRACK
        assert [c.commitment_id for c in ch1] == [a, pid]
        note = commitments.progress(ctx, pid)[-1].note
        assert note == "按分解任务汇总：已完成 1/2 项"

        ch2 = commitments.change_status(ctx, [b], S.MISSED, note="资金未到位")
        assert commitments.get(ctx, pid).status is S.AT_RISK

        ch3 = commitments.change_status(ctx, [b], S.ACHIEVED, note="补办完成")
        assert commitments.get(ctx, pid).status is S.ACHIEVED

        for ch in (ch3, ch2, ch1):
            commitments.undo_status(ctx, ch)
        assert commitments.get(ctx, pid).status is S.NOT_STARTED
        assert commitments.progress(ctx, pid) == []
        commitments.redo_status(ctx, ch1)
        assert commitments.get(ctx, pid).status is S.ON_TRACK

        # setting the parent by hand together with a task: the hand-set status stands
        commitments.change_status(ctx, [b, pid], S.SUPERSEDED, note="方案调整")
        assert commitments.get(ctx, pid).status is S.SUPERSEDED

        breakdown.undo_add_tasks(ctx, added)
        assert breakdown.tasks(ctx, pid) == []
    finally:
        ctx.close()


def test_table_folds_tasks_under_their_parent(tmp_path):
    ctx = AppContext.open(tmp_path / "t.db")
    ctx.today = lambda: TODAY
    try:
        pid = _parent(ctx)
        other = _parent(ctx)
        added = breakdown.add_tasks(ctx, pid, [TaskSpec("甲", "甲局", date(2026, 8, 1)),
                                               TaskSpec("乙", "乙局", date(2026, 7, 1))])
        a, b = (t.id for t in added.tasks)
        info = breakdown.folding(ctx)
        every = register.ids(ctx)
        assert set(every) == {pid, other, a, b}
        assert sorted(breakdown.fold(every, info)) == sorted([pid, other])
        opened = breakdown.fold(every, info, expanded=[pid])
        at = opened.index(pid)
        assert opened[at + 1:at + 3] == [b, a]        # tasks by deadline under the parent
        assert breakdown.fold([a, other], info) == [a, other]  # a task without its parent
        assert info.progress[pid] == (0, 2)
        gone = commitments.delete(ctx, a)            # a task deleted
        assert [t.id for t in breakdown.tasks(ctx, pid)] == [b]
        commitments.restore(ctx, gone)
        assert {t.id for t in breakdown.tasks(ctx, pid)} == {a, b}
        parent = commitments.delete(ctx, pid)        # the tasks go with their parent
        assert register.ids(ctx) == [other]
        commitments.restore(ctx, parent)             # ... and come back with it (undo)
        assert {t.id for t in breakdown.tasks(ctx, pid)} == {a, b}
        assert set(register.ids(ctx)) == {pid, other, a, b}
    finally:
        ctx.close()
