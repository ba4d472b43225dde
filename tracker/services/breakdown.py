"""Responsibility breakdown (责任分解): a commitment split into tasks, one per body or
step, each a commitment of its own (wording, deadline, lead body, status) that points to
its parent. The parent's status rolls up from its tasks (tracker.domain.rules.
rollup_status, applied by commitments.roll_up whenever a task's status changes); the
table shows parents with their tasks folded (``fold``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date


from tracker.domain.model import BodyRef, BodyRole, Commitment, Deadline, Precision, Status
from tracker.domain.rules import rollup_progress
from tracker.domain.spans import Span
from tracker.services import commitments
from tracker.services.commitments import StatusChange, roll_up
from tracker.services.context import AppContext
from tracker.services.links import quote_key
from tracker.storage import repos


@dataclass(frozen=True)
class TaskSpec:
    """One task to add: what is to be done, by whom, by when."""

    text: str
    lead: str | None = None
    deadline: date | None = None
    status: Status = Status.NOT_STARTED


@dataclass(frozen=True)
class TasksAdded:
    parent_id: int
    tasks: tuple[Commitment, ...]
    rollup: tuple[StatusChange, ...] = ()


def add_tasks(ctx: AppContext, parent_id: int, specs: Sequence[TaskSpec]) -> TasksAdded:
    """Split a commitment: add tasks under it (one transaction), then roll its status up.
    A task takes the parent's region, kind and themes; its quote is its own wording."""
    specs = [s for s in specs if s.text.strip()]
    if not specs:
        raise ValueError("a task needs its wording")
    day = ctx.today()
    with ctx.db.session() as session:
        parent = repos.get_commitment(session, parent_id)
        if parent.parent_id is not None:
            raise ValueError("a task cannot be broken down further")
        made = []
        for spec in specs:
            text = spec.text.strip()
            deadline = None
            if spec.deadline is not None:
                deadline = Deadline(spec.deadline.isoformat(), spec.deadline, Precision.DAY)
            task = Commitment(
                document_id=None, span=Span(0, 0, text), kind=parent.kind, deadline=deadline,
                responsible=[BodyRef(spec.lead.strip(), BodyRole.LEAD)]
                if spec.lead and spec.lead.strip() else [],
                region_code=parent.region_code, status=spec.status, themes=list(parent.themes),
                parent_id=parent_id)
            made.append(repos.add_commitment(session, task, quote_key(text)))
        changes = roll_up(session, [repos.stored_id(t.id) for t in made], day, ctx.today())
    return TasksAdded(parent_id, tuple(made), tuple(changes))


def undo_add_tasks(ctx: AppContext, added: TasksAdded) -> None:
    commitments.undo_status(ctx, added.rollup)
    with ctx.db.session() as session:
        for task in added.tasks:
            repos.delete_commitment(session, task.id)  # type: ignore[arg-type]


def redo_add_tasks(ctx: AppContext, added: TasksAdded) -> None:
    with ctx.db.session() as session:
        for task in added.tasks:
            repos.add_commitment(session, task, quote_key(task.span.quote))
    commitments.redo_status(ctx, added.rollup)


def tasks(ctx: AppContext, parent_id: int) -> list[Commitment]:
    with ctx.db.session() as session:
        return repos.tasks_of(session, parent_id)


@dataclass
class Folding:
    """The table's view of breakdowns: which rows are tasks of which parent, and each
    parent's (achieved, counted) tasks."""

    children: dict[int, list[int]] = field(default_factory=dict)   # parent → tasks
    parent: dict[int, int] = field(default_factory=dict)           # task → parent
    progress: dict[int, tuple[int, int]] = field(default_factory=dict)

    def is_parent(self, cid: int) -> bool:
        return cid in self.children


def folding(ctx: AppContext) -> Folding:
    with ctx.db.session() as session:
        links = repos.task_links(session)
    out = Folding()
    statuses: dict[int, list[Status]] = {}
    for tid, pid, status in links:
        out.children.setdefault(pid, []).append(tid)
        out.parent[tid] = pid
        statuses.setdefault(pid, []).append(Status(status))
    out.progress = {pid: rollup_progress(s) for pid, s in statuses.items()}
    return out


def fold(ids: Sequence[int], info: Folding, expanded: Iterable[int] = ()) -> list[int]:
    """The table's rows: ``ids`` (a filter's, in its order) without the tasks whose parent
    is among them; the tasks of an ``expanded`` parent follow it (in deadline order). A
    task the filter keeps without its parent stays where it is (a body's own tasks)."""
    if not info.parent:
        return list(ids)
    present = set(ids)
    open_ = set(expanded)
    out: list[int] = []
    for cid in ids:
        pid = info.parent.get(cid)
        if pid is not None and pid in present:
            continue
        out.append(cid)
        if cid in open_ and cid in info.children:
            out.extend(info.children[cid])
    return out
