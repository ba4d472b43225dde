"""The change log, written at the storage level: every ORM flush of every session stamps
who created and last changed each tracked row (created_by / updated_by) and appends one
change_log entry per changed field (who, when, which row, before and after as JSON).

It hangs on SQLAlchemy's session events, so every path that writes through a Session is
covered: the window, the command line, ledger import, undo. Changes to a commitment's
links (its responsible bodies and themes, kept in link tables written in bulk) are noted by
the repositories with ``note_links``.

The identity is the session's ``info["actor"]`` (set by engine.Database.session from
Database.actor), else the operating-system user.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from tracker.storage.identity import os_user
from tracker.storage.tables import (
    BodyRow,
    ChangeLogRow,
    CommitmentRow,
    DocumentRow,
    ProgressEntryRow,
    ThemeRow,
    utcnow,
)

# table rows that record who wrote them and get a change log
_CHANGE_LOG = ChangeLogRow.metadata.tables["change_log"]
TRACKED: dict[type, str] = {
    CommitmentRow: "commitment",
    DocumentRow: "document",
    ProgressEntryRow: "progress_entry",
    ThemeRow: "tag",
    BodyRow: "body",
}
# bookkeeping columns (they change with every save) and derived or bulky ones
UNLOGGED = frozenset({"id", "version", "created_by", "updated_by", "updated_at", "imported_at",
                      "created_at", "quote_key", "text", "sha256", "text_sha256"})


def actor_of(session: OrmSession) -> str:
    return session.info.get("actor") or os_user()


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    elif isinstance(value, (set, frozenset, tuple)):
        value = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    elif hasattr(value, "value") and not isinstance(value, (int, float, str)):
        value = value.value  # an enum
    return json.dumps(value, ensure_ascii=False, default=str)


def _commitment_of(obj: object) -> int | None:
    if isinstance(obj, CommitmentRow):
        return obj.id
    if isinstance(obj, ProgressEntryRow):
        return obj.commitment_id
    return None


def _fields(obj: object) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in UNLOGGED or key not in state.dict:
            continue
        value = state.dict[key]
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        out[key] = value
    return out


def _entry(at: datetime, actor: str, action: str, obj: object, field: str = "",
           before: str | None = None, after: str | None = None) -> dict[str, Any]:
    return {"at": at, "actor": actor, "action": action, "table_name": TRACKED[type(obj)],
            "row_id": getattr(obj, "id", None), "row_uuid": getattr(obj, "uuid", None),
            "commitment_id": _commitment_of(obj), "field": field, "before": before,
            "after": after}


@event.listens_for(OrmSession, "before_flush")
def _stamp(session: OrmSession, _ctx: Any, _instances: Any) -> None:
    actor = actor_of(session)
    for obj in session.new:
        if type(obj) in TRACKED:
            if not getattr(obj, "created_by", ""):
                obj.created_by = actor
            obj.updated_by = actor
    for obj in session.dirty:
        if (type(obj) in TRACKED and session.is_modified(obj, include_collections=False)
                and obj.updated_by != actor):
            obj.updated_by = actor


@event.listens_for(OrmSession, "after_flush")
def _log(session: OrmSession, _ctx: Any) -> None:
    actor = actor_of(session)
    at = utcnow()
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if type(obj) in TRACKED:
            rows.append(_entry(at, actor, "insert", obj, after=to_json(_fields(obj))))
    for obj in session.dirty:
        if type(obj) not in TRACKED:
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in UNLOGGED:
                continue
            hist = state.attrs[attr.key].history
            if not hist.added and not hist.deleted:
                continue
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before == after:
                continue
            rows.append(_entry(at, actor, "update", obj, attr.key, to_json(before),
                               to_json(after)))
    for obj in session.deleted:
        if type(obj) in TRACKED:
            rows.append(_entry(at, actor, "delete", obj, before=to_json(_fields(obj))))
    if rows:
        conn = session.connection()
        conn.execute(insert(_CHANGE_LOG), rows)
        notify_change(conn, actor)


CHANGE_CHANNEL = "tracker_changes"


def client_token(engine: Any) -> str:
    """This client's mark on its change notifications (one per engine: an open register),
    so its watcher can tell its own changes from other people's."""
    token: str | None = getattr(engine, "tracker_client", None)
    if token is None:
        import uuid

        token = uuid.uuid4().hex
        engine.tracker_client = token
    return token


def notify_change(conn: Connection, actor: str) -> None:
    """Tell other clients the register changed. PostgreSQL: NOTIFY on CHANGE_CHANNEL (sent
    when the transaction commits, dropped when it rolls back) with this client's token and
    the actor, which the other clients' watchers LISTEN to (storage/watch.py). SQLite needs
    nothing: other connections see PRAGMA data_version move."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                     {"channel": CHANGE_CHANNEL,
                      "payload": f"{client_token(conn.engine)} {actor[:200]}"})


def note_links(session: OrmSession, commitment: CommitmentRow, field: str,
               before: list[str], after: list[str], action: str = "update") -> None:
    """Log a change to a commitment's bodies or themes (link tables written in bulk, which
    the flush events do not see). Nothing is logged when the lists are equal. A new
    commitment's links are logged with action "insert", beside its insert entry."""
    if before == after:
        return
    session.connection().execute(insert(_CHANGE_LOG), [{
        "at": utcnow(), "actor": actor_of(session), "action": action,
        "table_name": "commitment", "row_id": commitment.id, "row_uuid": commitment.uuid,
        "commitment_id": commitment.id, "field": field, "before": to_json(before),
        "after": to_json(after)}])


# ---------------------------------------------------------------- reading the log

def entries(session: Session, *, commitment_id: int | None = None,
            actor: str | None = None, since: datetime | None = None,
            until: datetime | None = None, limit: int | None = None) -> list[ChangeLogRow]:
    """Change-log entries, oldest first: of one commitment (its own fields and its progress
    entries), by one person, from `since` (inclusive) to `until` (exclusive)."""
    stmt = select(ChangeLogRow)
    if commitment_id is not None:
        stmt = stmt.where(col(ChangeLogRow.commitment_id) == commitment_id)
    if actor:
        stmt = stmt.where(col(ChangeLogRow.actor) == actor)
    if since is not None:
        stmt = stmt.where(col(ChangeLogRow.at) >= since)
    if until is not None:
        stmt = stmt.where(col(ChangeLogRow.at) < until)
    stmt = stmt.order_by(col(ChangeLogRow.at), col(ChangeLogRow.id))
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.exec(stmt))


def actors(session: Session, commitment_id: int | None = None) -> list[str]:
    """The people in the log (of one commitment), sorted."""
    stmt = select(col(ChangeLogRow.actor)).distinct()
    if commitment_id is not None:
        stmt = stmt.where(col(ChangeLogRow.commitment_id) == commitment_id)
    return sorted(a for a in session.exec(stmt))
