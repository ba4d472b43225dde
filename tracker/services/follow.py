"""Follow-up (督办): the thresholds of the lights, and today's reminders (今日提醒).

The thresholds (the warning window of the yellow light, the days after which an open
commitment without a progress report is stale) live in ``<database>-follow.json`` beside
the library, so the window, the command line and the report all use the same ones.

Each reminder is a CommitmentFilter: its count is the number of rows the table shows for
that filter (the same SQL, tracker.storage.register_queries.where_clause).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import FINAL, LightSettings
from tracker.domain.model import Status
from tracker.export.atomic import write_atomically
from tracker.services.context import AppContext
from tracker.storage import register_queries as q

# Still to be delivered: not achieved, superseded or missed (the "due within" reminders
# and the report's 临近到期 list chase these).
OPEN = frozenset(s for s in Status if s not in FINAL)


class FollowSettingsError(ValueError):
    pass


def settings_file(ctx: AppContext) -> Path:
    return ctx.db.path.with_name(ctx.db.path.stem + "-follow.json")


def load_settings(ctx: AppContext) -> LightSettings:
    """The library's thresholds (the defaults when there is no file); a damaged file is a
    FollowSettingsError naming it."""
    path = settings_file(ctx)
    if not path.exists():
        return LightSettings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise TypeError("not a JSON object")
        known = {k: v for k, v in data.items() if k in LightSettings.__dataclass_fields__}
        return LightSettings(**known)
    except (OSError, ValueError, TypeError) as exc:
        raise FollowSettingsError(f"{path}: {exc}") from None


def current_settings(ctx: AppContext) -> LightSettings:
    """The library's thresholds, or the defaults (logged) when the file is damaged: a
    table, an export or a report is not refused for it (the settings dialog names it)."""
    try:
        return load_settings(ctx)
    except FollowSettingsError as exc:
        logging.getLogger(__name__).warning("%s; the default thresholds are used", exc)
        return LightSettings()


def save_settings(ctx: AppContext, settings: LightSettings) -> Path:
    path = settings_file(ctx)

    def write(temp: Path) -> int:
        return temp.write_text(json.dumps(asdict(settings), indent=1) + "\n",
                               encoding="utf-8")

    write_atomically(path, write)
    return path


# ---------------------------------------------------------------- reminders

REMINDER_KEYS = ("overdue", "due7", "due30", "stale", "achieved")


@dataclass(frozen=True)
class Reminder:
    key: str                    # one of REMINDER_KEYS
    filter: CommitmentFilter    # exactly the rows counted
    count: int


def reminder_filters(settings: LightSettings, last_visit: datetime | None
                     ) -> dict[str, CommitmentFilter]:
    """The filter of each reminder. Without a previous visit, "newly achieved" starts
    now (nothing yet)."""
    return {
        "overdue": CommitmentFilter(overdue_only=True),
        "due7": CommitmentFilter(due_within_days=7, statuses=OPEN),
        "due30": CommitmentFilter(due_within_days=30, statuses=OPEN),
        "stale": CommitmentFilter(stale_days=settings.stale_days),
        "achieved": CommitmentFilter(achieved_since=last_visit or now_utc()),
    }


def reminders(ctx: AppContext, last_visit: datetime | None = None,
              settings: LightSettings | None = None, today: date | None = None
              ) -> list[Reminder]:
    """Today's reminders, in REMINDER_KEYS order (one read transaction)."""
    settings = settings or load_settings(ctx)
    day = today or ctx.today()
    out: list[Reminder] = []
    with ctx.db.session() as session:
        for key, f in reminder_filters(settings, last_visit).items():
            n = q.count_where(session, *q.where_clause(f, day))
            out.append(Reminder(key, f, n))
    return out


def now_utc() -> datetime:
    """A moment as progress entries' created_at are stored (naive UTC)."""
    from datetime import timezone

    return datetime.now(timezone.utc).replace(tzinfo=None)


__all__ = [
    "OPEN",
    "REMINDER_KEYS",
    "FollowSettingsError",
    "Reminder",
    "current_settings",
    "load_settings",
    "now_utc",
    "reminder_filters",
    "reminders",
    "save_settings",
    "settings_file",
]
