"""The traffic lights of supervision (红黄绿灯) and staleness: pure rules, no I/O.

A commitment's light comes from its status, its deadline and a fixed "today":

- grey (灰) — achieved or superseded: no longer chased;
- red (红) — missed, or the deadline has passed and it is not closed (overdue);
- yellow (黄) — at risk, or the deadline falls within the warning window (default 30 days,
  today included);
- green (绿) — everything else: on track, not started with time left, no deadline.

A commitment that is still open (not achieved, superseded or missed) is *stale* when no
progress has been reported for ``stale_days`` (default 90) — counted from its latest
progress entry, or from when it was registered if it has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.model import Status, _Str
from tracker.domain.rules import CLOSED

DEFAULT_DUE_WINDOW_DAYS = 30
DEFAULT_STALE_DAYS = 90

# Statuses a progress report is no longer expected for.
FINAL = frozenset({Status.ACHIEVED, Status.SUPERSEDED, Status.MISSED})


class Light(_Str):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    GREY = "grey"


# Most urgent first: the order of a sort on the light and of the counts.
LIGHT_ORDER = (Light.RED, Light.YELLOW, Light.GREEN, Light.GREY)
LIGHT_ZH = {Light.RED: "红", Light.YELLOW: "黄", Light.GREEN: "绿", Light.GREY: "灰"}
LIGHT_EN = {Light.RED: "Red", Light.YELLOW: "Yellow", Light.GREEN: "Green", Light.GREY: "Grey"}
# One colour per light for every view and file (dots, cells, chart bars).
LIGHT_COLOURS = {Light.RED: "#d93025", Light.YELLOW: "#f2b400", Light.GREEN: "#1e8e3e",
                 Light.GREY: "#9aa0a6"}


@dataclass(frozen=True)
class LightSettings:
    """The thresholds of the lights and of staleness (kept in the library's settings)."""

    due_window_days: int = DEFAULT_DUE_WINDOW_DAYS
    stale_days: int = DEFAULT_STALE_DAYS

    def __post_init__(self) -> None:
        for name in ("due_window_days", "stale_days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
                raise ValueError(f"{name} must be a whole number of days from 0 to 3650,"
                                 f" not {value!r}")


def light_of(status: Status, deadline: date | None, today: date,
             window: int = DEFAULT_DUE_WINDOW_DAYS) -> Light:
    """The light of a commitment with this status and deadline on ``today``."""
    if status in CLOSED:
        return Light.GREY
    if status is Status.MISSED or (deadline is not None and deadline < today):
        return Light.RED
    if status is Status.AT_RISK or (deadline is not None and (deadline - today).days <= window):
        return Light.YELLOW
    return Light.GREEN


def is_stale(status: Status, last_report: date | None, registered: date | None, today: date,
             stale_days: int = DEFAULT_STALE_DAYS) -> bool:
    """Open, and nothing reported for ``stale_days`` or more (since the latest progress
    entry, else since it was registered; never when neither date is known)."""
    if status in FINAL:
        return False
    since = last_report or registered
    return since is not None and (today - since).days >= stale_days


__all__ = [
    "DEFAULT_DUE_WINDOW_DAYS", "DEFAULT_STALE_DAYS", "FINAL", "LIGHT_COLOURS", "LIGHT_EN",
    "LIGHT_ORDER", "LIGHT_ZH", "Light", "LightSettings", "is_stale", "light_of",
]
