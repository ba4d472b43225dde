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
