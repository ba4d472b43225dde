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
BATCH_CHARS = 2_000_000       # text folded and indexed per step (about 0.2 s of work)
MAX_INDEX_CHARS = 20_000_000  # a longer document is left out of the index (and reported)
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class IndexStats:
    documents: int
    commitments: int
    pending: int
    fts_bytes: int | None  # bytes of the index tables (None when dbstat is unavailable)


def pending(conn: Connection) -> int:
    return conn.exec_driver_sql(f"SELECT count(*) FROM {QUEUE_TABLE}").scalar_one()


def needs_sync(conn: Connection) -> bool:
    """Rows queued, or the index folded otherwise than now (one statement: it runs
    before every search)."""
    waiting, signature = conn.exec_driver_sql(
        f"SELECT EXISTS (SELECT 1 FROM {QUEUE_TABLE}),"
        f" (SELECT value FROM {META_TABLE} WHERE key = 'fold')").one()
    return bool(waiting) or signature != fold_signature()


def prepare(conn: Connection) -> None:
    """Take the write lock; when the fold changed, empty the index and queue everything."""
    conn.exec_driver_sql(
        f"INSERT INTO {META_TABLE} (key, value) VALUES ('lock', '') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    if _stored_signature(conn) != fold_signature():
        _clear_and_queue_all(conn)
        _store_signature(conn)


def sync_step(conn: Connection, max_rows: int = BATCH,
              max_chars: int = BATCH_CHARS) -> tuple[int, list[int]]:
    """Index one short batch of the queue (at most `max_rows` rows and about `max_chars`
    characters of text): (rows taken off the queue, ids of documents skipped as too long).

    A caller commits after each step, so the write lock is held for a fraction of a second
    and other programs' writes go in between. A document longer than MAX_INDEX_CHARS is
    taken off the queue without being indexed and noted in search_meta ('skipped'), so
    one huge text cannot make every later search fail.
    """
    prepare(conn)
    rows = conn.exec_driver_sql(
        f"SELECT source, item_id FROM {QUEUE_TABLE} LIMIT {int(max_rows)}").all()
    if not rows:
        return 0, []
    by_name = {source.name: source for source in SOURCES}
    taken: dict[str, list[int]] = {}   # off the queue
    index: dict[str, list[int]] = {}   # and into the index
    skipped: list[int] = []
    chars = 0
    for name, item in rows:
        source = by_name.get(name)
        size = 0
        if source is not None:
            size = conn.exec_driver_sql(
                f"SELECT {' + '.join(f'coalesce(length({c}), 0)' for c in source.columns)} "
                f"FROM {source.table} WHERE id = ?", (item,)).scalar() or 0
        if size > MAX_INDEX_CHARS:
            skipped.append(item)
        elif taken and chars + size > max_chars:
            break
        else:
            chars += size
            index.setdefault(name, []).append(item)
        taken.setdefault(name, []).append(item)
    for source in SOURCES:
        if index.get(source.name):
            _index_rows(conn, source, index[source.name])
        if taken.get(source.name):
            conn.exec_driver_sql(
                f"DELETE FROM {QUEUE_TABLE} WHERE source = ? AND item_id IN "
                "(SELECT value FROM json_each(?))", (source.name, json.dumps(taken[source.name])))
    for name in set(taken) - set(by_name):  # a source this version does not know
        conn.exec_driver_sql(f"DELETE FROM {QUEUE_TABLE} WHERE source = ?", (name,))
    if skipped:
        known = set(skipped_documents(conn)) | set(skipped)
        conn.exec_driver_sql(
            f"INSERT INTO {META_TABLE} (key, value) VALUES ('skipped', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (json.dumps(sorted(known)),))
    return sum(len(v) for v in taken.values()), skipped


def skipped_documents(conn: Connection) -> list[int]:
    """Ids of the documents left out of the index because their text is too long."""
    value = conn.exec_driver_sql(
        f"SELECT value FROM {META_TABLE} WHERE key = 'skipped'").scalar_one_or_none()
    return list(json.loads(value)) if value else []


def sync(conn: Connection, progress: ProgressFn | None = None) -> int:
    """Index every queued row in this one transaction; returns how many rows were
    (re)indexed. (tracker.services.search commits between steps instead.)

    The first statement writes, so the transaction takes SQLite's write lock before it
    reads the queue: two threads syncing at once wait for each other instead of failing.
    """
    if not needs_sync(conn):
        return 0
    prepare(conn)
    total, done = pending(conn), 0
    while True:
        n, _skipped = sync_step(conn)
        if not n:
            return done
        done += n
        if progress is not None:
            progress(done, total)


def forget_index(conn: Connection) -> None:
    """Mark the index as stale: the next sync empties it and indexes everything again."""
    conn.exec_driver_sql(f"DELETE FROM {META_TABLE} WHERE key IN ('fold', 'skipped')")


def rebuild(conn: Connection, progress: ProgressFn | None = None) -> int:
    """Drop the whole index and index every document and commitment again."""
    forget_index(conn)
    return sync(conn, progress)


def stats(conn: Connection) -> IndexStats:
    counts = [conn.exec_driver_sql(
        f"SELECT count(*) FROM {s.table}").scalar_one() for s in SOURCES]
    return IndexStats(counts[0], counts[1], pending(conn), _index_bytes(conn))


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _index_rows(conn: Connection, source: Source, ids: list[int]) -> None:
    """(Re)index the rows of `source` with these ids from their stored texts."""
    rows = conn.exec_driver_sql(
        f"SELECT id, {', '.join(source.columns)} FROM {source.table} WHERE id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(ids),)).all()
    _write_rows(conn, source, ids, [(r[0], [fold(v or "") for v in r[1:]]) for r in rows])


def index_now(conn: Connection, source: Source, rows: list[tuple[int, list[str]]]) -> None:
    """Index rows just written in this transaction, from the texts in hand (id, one text
    per column of `source`), and take them off the queue: an import indexes what it
    stores in the same pass instead of reading it back at the next sync. The index ends
    up as sync would leave it; a row longer than MAX_INDEX_CHARS stays queued for sync
    to skip and note. Call prepare() first (in the same transaction)."""
    rows = [(rid, texts) for rid, texts in rows
            if sum(len(t or "") for t in texts) <= MAX_INDEX_CHARS]
    if not rows:
        return
    ids = [rid for rid, _texts in rows]
    _write_rows(conn, source, ids, [(rid, [fold(t or "") for t in texts]) for rid, texts in rows])
    conn.exec_driver_sql(f"DELETE FROM {QUEUE_TABLE} WHERE source = ? AND item_id IN "
                         "(SELECT value FROM json_each(?))", (source.name, json.dumps(ids)))


def _write_rows(conn: Connection, source: Source, ids: list[int],
                folded: list[tuple[int, list[str]]]) -> None:
    """Put the folded texts of these rows in the index in place of what it held for `ids`
    (rows of `ids` missing from `folded`, deleted ones, leave nothing behind)."""
    if _is_pg(conn):
        from tracker.search import pg

        pg.index_rows(conn, source, folded)
        return
    for table in (source.tri, source.short):
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN "
                             "(SELECT value FROM json_each(?))", (json.dumps(ids),))
    if not folded:
        return
    cols = ", ".join(source.columns)
    marks = ", ".join("?" * (len(source.columns) + 1))
    conn.exec_driver_sql(f"INSERT INTO {source.tri} (rowid, {cols}) VALUES ({marks})",
                         [(rid, *texts) for rid, texts in folded])
    conn.exec_driver_sql(f"INSERT INTO {source.short} (rowid, {cols}) VALUES ({marks})",
                         [(rid, *map(short_tokens, texts)) for rid, texts in folded])


def _clear_and_queue_all(conn: Connection) -> None:
    if _is_pg(conn):
        from tracker.search import pg

        pg.clear_and_queue_all(conn)
        return
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
    if _is_pg(conn):
        from tracker.search import pg

        return pg.index_bytes(conn)
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
