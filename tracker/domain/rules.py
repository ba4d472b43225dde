"""Rules on commitments: overdue, days left, strongest kind, status changes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tracker.domain.model import Kind, Status

KIND_ORDER = (Kind.TARGET, Kind.DEADLINE, Kind.DELIVERABLE, Kind.DUTY)

# Statuses that close a commitment: it is no longer chased as overdue.
CLOSED = frozenset({Status.ACHIEVED, Status.SUPERSEDED})


def strongest_kind(kinds: Iterable[Kind]) -> Kind:
    """The kind a commitment takes from the anchors it carries (target > deadline > …)."""
    present = set(kinds)
    for kind in KIND_ORDER:
        if kind in present:
            return kind
    return Kind.DELIVERABLE


def is_overdue(deadline: date | None, status: Status, today: date) -> bool:
    """A deadline has passed and the commitment is not achieved (or replaced)."""
    return deadline is not None and deadline < today and status not in CLOSED


def days_left(deadline: date | None, today: date) -> int | None:
    """Days until the deadline (negative once it has passed); None without a deadline."""
    return None if deadline is None else (deadline - today).days


def check_status_change(old: Status, new: Status, note: str) -> None:
    """Raise ValueError for a change that the register does not allow.

    Any status may follow any other, with two safeguards: re-opening a closed commitment
    (achieved, missed, superseded) needs a note saying why, and so does marking one missed.
    """
    if old == new:
        raise ValueError("the status is unchanged")
    reopening = old in (Status.ACHIEVED, Status.MISSED, Status.SUPERSEDED)
    if (reopening or new is Status.MISSED) and not note.strip():
        raise ValueError(f"a note is needed to change {old.value} to {new.value}")


def rollup_status(tasks: Iterable[tuple[Status, date | None]], today: date) -> Status | None:
    """The status a broken-down commitment (责任分解) takes from its tasks, given each
    task's (status, deadline); None when it has no tasks (it keeps its own status).

    In this order:
    - every task superseded → superseded; every task closed (achieved or superseded)
      with at least one achieved → achieved;
    - any task missed, at risk, or overdue (deadline passed, not closed) → at_risk (the
      parent itself becomes missed or overdue only through its own deadline);
    - every open task unknown → unknown; every open task not started → not_started (a
      task achieved beside them counts as progress: → on_track);
    - otherwise (some task under way, none in trouble) → on_track.
    Superseded tasks are left out of everything but the first rule.
    """
    tasks = list(tasks)
    if not tasks:
        return None
    statuses = [s for s, _d in tasks]
    if all(s is Status.SUPERSEDED for s in statuses):
        return Status.SUPERSEDED
    if all(s in CLOSED for s in statuses):
        return Status.ACHIEVED
    live = [(s, d) for s, d in tasks if s is not Status.SUPERSEDED]
    if any(s in (Status.MISSED, Status.AT_RISK) or is_overdue(d, s, today) for s, d in live):
        return Status.AT_RISK
    open_ = [s for s, _d in live if s is not Status.ACHIEVED]
    if len(open_) == len(live):
        if all(s is Status.UNKNOWN for s in open_):
            return Status.UNKNOWN
        if all(s is Status.NOT_STARTED for s in open_):
            return Status.NOT_STARTED
    return Status.ON_TRACK


def rollup_progress(statuses: Iterable[Status]) -> tuple[int, int]:
    """(achieved, counted) of a breakdown's tasks: superseded tasks are not counted."""
    counted = [s for s in statuses if s is not Status.SUPERSEDED]
    return sum(s is Status.ACHIEVED for s in counted), len(counted)


class EvidenceNeededError(ValueError):
    """Closing a commitment (销号: marking it achieved) without evidence, where the
    register asks for evidence."""


def check_closing(old: Status, new: Status, has_evidence: bool, required: bool) -> None:
    """Raise EvidenceNeededError when ``required`` and a commitment becomes achieved with
    no evidence (a link, a file or a span of a document)."""
    if required and new is Status.ACHIEVED and old is not Status.ACHIEVED and not has_evidence:
        raise EvidenceNeededError("evidence is needed to mark a commitment achieved (销号)")
