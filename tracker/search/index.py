"""Keeping the full-text index in step with the database.

Triggers (migration 0003_search) queue every inserted or edited document and commitment
in `search_queue` and remove stale entries immediately; `sync` folds the queued rows and
writes them to the FTS tables. It runs before every query, so a query never misses a
change whatever code path made it. `rebuild` starts over from the base tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection

from tracker.search.fold import fold, fold_signature
from tracker.search.sources import META_TABLE, QUEUE_TABLE, SOURCES, Source
from tracker.search.tokens import short_tokens

BATCH = 200
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class IndexStats:
    documents: int
    commitments: int
    pending: int
    fts_bytes: int | None  # bytes of the index tables (None when dbstat is unavailable)


def pending(conn: Connection) -> int:
    return conn.exec_driver_sql(f"SELECT count(*) FROM {QUEUE_TABLE}").scalar_one()


def sync(conn: Connection, progress: ProgressFn | None = None) -> int:
    """Index every queued row; returns how many rows were (re)indexed.

    The first statement writes, so the transaction takes SQLite's write lock before it
    reads the queue: two threads syncing at once wait for each other instead of failing.
    """
    if not pending(conn) and _stored_signature(conn) == fold_signature():
        return 0
    conn.exec_driver_sql(
        f"INSERT INTO {META_TABLE} (key, value) VALUES ('lock', '') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    if _stored_signature(conn) != fold_signature():
        _clear_and_queue_all(conn)
        _store_signature(conn)
    total, done = pending(conn), 0
    while True:
        batch = conn.exec_driver_sql(
            f"SELECT source, item_id FROM {QUEUE_TABLE} LIMIT {BATCH}").all()
        if not batch:
            return done
        for source in SOURCES:
            ids = [item for name, item in batch if name == source.name]
            if ids:
                _index_rows(conn, source, ids)
                conn.exec_driver_sql(
                    f"DELETE FROM {QUEUE_TABLE} WHERE source = ? AND item_id IN "
                    "(SELECT value FROM json_each(?))", (source.name, json.dumps(ids)))
        done += len(batch)
        if progress is not None:
            progress(done, total)


def rebuild(conn: Connection, progress: ProgressFn | None = None) -> int:
    """Drop the whole index and index every document and commitment again."""
    conn.exec_driver_sql(f"DELETE FROM {META_TABLE} WHERE key = 'fold'")
    return sync(conn, progress)


def stats(conn: Connection) -> IndexStats:
    counts = [conn.exec_driver_sql(
        f"SELECT count(*) FROM {s.table}").scalar_one() for s in SOURCES]
    return IndexStats(counts[0], counts[1], pending(conn), _index_bytes(conn))


def _index_rows(conn: Connection, source: Source, ids: list[int]) -> None:
    id_list = json.dumps(ids)
    for table in (source.tri, source.short):
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN "
                             "(SELECT value FROM json_each(?))", (id_list,))
    cols = ", ".join(source.columns)
    rows = conn.exec_driver_sql(
        f"SELECT id, {cols} FROM {source.table} WHERE id IN (SELECT value FROM json_each(?))",
        (id_list,)).all()
    if not rows:
        return
    folded = [(row[0], [fold(v or "") for v in row[1:]]) for row in rows]
    marks = ", ".join("?" * (len(source.columns) + 1))
    conn.exec_driver_sql(f"INSERT INTO {source.tri} (rowid, {cols}) VALUES ({marks})",
                         [(rid, *texts) for rid, texts in folded])
    conn.exec_driver_sql(f"INSERT INTO {source.short} (rowid, {cols}) VALUES ({marks})",
                         [(rid, *map(short_tokens, texts)) for rid, texts in folded])


def _clear_and_queue_all(conn: Connection) -> None:
    for source in SOURCES:
        for table in (source.tri, source.short):
            conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO {QUEUE_TABLE} (source, item_id) "
            f"SELECT ?, id FROM {source.table}", (source.name,))


def _stored_signature(conn: Connection) -> str | None:
    return conn.exec_driver_sql(
        f"SELECT value FROM {META_TABLE} WHERE key = 'fold'").scalar_one_or_none()


def _store_signature(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO {META_TABLE} (key, value) VALUES ('fold', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (fold_signature(),))


def _index_tables() -> Iterable[str]:
    for source in SOURCES:
        yield source.tri
        yield source.short


def _index_bytes(conn: Connection) -> int | None:
    names = list(_index_tables())
    try:
        return conn.exec_driver_sql(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE "
            + " OR ".join("name LIKE ?" for _ in names),
            tuple(f"{n}%" for n in names)).scalar_one()
    except Exception:  # noqa: BLE001 - dbstat is an optional SQLite feature
        return None


def is_current(conn: Connection) -> bool:
    """True when the index was folded with today's mapping (rows changed since are in the
    queue): its matches then hold every row that holds a folded term."""
    return _stored_signature(conn) == fold_signature()
