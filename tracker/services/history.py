"""Who did what: a commitment's change history (修改记录), filtered by person and date,
and exported as CSV for Excel (UTF-8 with BOM, like the ledger exports).

The log itself is written at the storage level (tracker/storage/changelog.py), by every
path that changes the register.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from tracker.export.atomic import write_atomically
from tracker.services.context import AppContext
from tracker.storage import changelog, repos


@dataclass(frozen=True)
class Change:
    """One entry of the change log, values decoded from JSON (None: no value)."""

    id: int
    at: datetime
    actor: str
    action: str         # insert | update | delete
    table: str          # commitment | progress_entry | document | tag | body
    row_id: int | None
    commitment_id: int | None
    field: str          # "" for an insert or a delete
    before: object
    after: object


def _decode(raw: str | None) -> object:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=timezone.utc)


def changes(ctx: AppContext, commitment_id: int | None = None, actor: str | None = None,
            since: date | None = None, until: date | None = None) -> list[Change]:
    """The log, oldest first: of one commitment (and its progress entries), by one person,
    on the days from `since` to `until` inclusive (UTC days, as stored)."""
    with ctx.db.session() as session:
        rows = changelog.entries(
            session, commitment_id=commitment_id, actor=actor or None,
            since=_day_start(since) if since else None,
            until=_day_start(until + timedelta(days=1)) if until else None)
        return [Change(repos.stored_id(r.id), r.at, r.actor, r.action, r.table_name, r.row_id,
                       r.commitment_id, r.field, _decode(r.before), _decode(r.after))
                for r in rows]


def people(ctx: AppContext, commitment_id: int | None = None) -> list[str]:
    """Everyone in the log (of one commitment), sorted ("" is an unknown author)."""
    with ctx.db.session() as session:
        return changelog.actors(session, commitment_id)


def value_text(value: object) -> str:
    """A logged value as one line of text (lists joined with ；, a row's fields as
    key=value)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "；".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}={value_text(v)}" for k, v in value.items()
                        if v not in (None, "", []))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


CSV_HEADERS = {
    "zh": ("时间", "修改人", "操作", "对象", "编号", "字段", "修改前", "修改后"),
    "en": ("Time", "Who", "Action", "Record", "Id", "Field", "Before", "After"),
}


def export_csv(entries: list[Change], path: Path, lang: str = "zh") -> int:
    """Write entries as CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it);
    returns the number of entries written. The file appears whole or not at all."""
    from tracker.export.cells import guard_formula

    headers = CSV_HEADERS["zh" if lang == "zh" else "en"]

    def write(temp: Path) -> int:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headers)
        for e in entries:
            writer.writerow([guard_formula(str(v)) for v in (
                e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action, e.table,
                "" if e.row_id is None else e.row_id, e.field, value_text(e.before),
                value_text(e.after))])
        with temp.open("w", encoding="utf-8", newline="") as handle:
            handle.write("\ufeff" + buffer.getvalue())
        return len(entries)

    return write_atomically(Path(path), write)
