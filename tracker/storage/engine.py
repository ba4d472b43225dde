"""Where the database lives, how it is opened, and the pragmas every connection gets."""

from __future__ import annotations

import os
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlean
from sqlalchemy import Connection, Engine, create_engine, event
from sqlmodel import Session

from tracker.domain import messages
from tracker.storage import changelog  # noqa: F401 - registers the change log's session events
from tracker.storage.errors import (
    BUSY_TIMEOUT_S, ConflictError, LibraryError, as_library_error, short_reason,
)
from tracker.storage.identity import os_user
from tracker.storage.paths import DB_ENV, is_server_url, resolve_db_path


def resolve_target(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """Like resolve_db_path, but a server URL (from --db or TRACKER_DB) stays a URL."""
    for value in (explicit, os.environ.get(DB_ENV)):
        if value and is_server_url(str(value)):
            return str(value)
        if value:
            break
    return resolve_db_path(explicit)


class LockWatch:
    """Notices when a write waits for another program's write lock.

    SQLite waits inside the statement that first writes in a transaction (up to the busy
    timeout); a timer started before that statement tells the listeners "waiting" when it
    has not returned after `notice_after` seconds, and "done" when it has. `longest` is
    the longest such wait seen (seconds), for the drills.
    """

    def __init__(self, notice_after: float = 0.5) -> None:
        self.notice_after = notice_after
        # each is called with (waiting, seconds waited so far) from the waiting thread
        self.listeners: list[Callable[[bool, float], None]] = []
        self.longest = 0.0
        self._lock = threading.Lock()
        self._waiting = 0

    def _notify(self, waiting: bool, seconds: float) -> None:
        for fn in list(self.listeners):
            try:
                fn(waiting, seconds)
            except Exception:  # noqa: BLE001 - a listener must not break a write
                pass

    def start(self) -> Callable[[], None]:
        t0 = time.monotonic()
        state = {"noticed": False}

        def notice() -> None:
            with self._lock:
                state["noticed"] = True
                self._waiting += 1
                first = self._waiting == 1
            if first:
                self._notify(True, time.monotonic() - t0)

        timer = threading.Timer(self.notice_after, notice)
        timer.daemon = True
        timer.start()

        def stop() -> None:
            timer.cancel()
            waited = time.monotonic() - t0
            with self._lock:
                self.longest = max(self.longest, waited)
                last = False
                if state["noticed"]:
                    self._waiting -= 1
                    last = self._waiting == 0
            if last:
                self._notify(False, waited)

        return stop


_WRITES = ("insert", "update", "delete", "replace", "begin immediate")


def make_engine(path: Path, *, read_only: bool = False, watch: LockWatch | None = None,
                transactional_ddl: bool = False) -> Engine:
    """An engine on SQLite 3.50 (sqlean.py) with WAL, foreign keys and a busy timeout.

    `read_only` opens the file with mode=ro and changes nothing in it (no WAL switch).
    `transactional_ddl` (migrations) makes every transaction a real SQLite transaction
    begun with BEGIN IMMEDIATE, DDL included: the DB-API driver would otherwise commit
    before each CREATE/ALTER, and a revision interrupted half-way would stay half-applied.
    """
    from sqlalchemy.pool import QueuePool

    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)

    def connect() -> Any:  # a DB-API connection of sqlean
        if read_only:
            uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
            return sqlean.connect(uri, uri=True, check_same_thread=False)
        return sqlean.connect(str(path), check_same_thread=False)

    engine = create_engine("sqlite://", module=sqlean, creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:  # DB-API connection, pool record
        if transactional_ddl:
            dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA synchronous=NORMAL")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    if transactional_ddl:
        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    if watch is not None:
        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn: Connection, _cursor: Any, statement: str, _params: Any, context: Any,
                    _many: bool) -> None:
            raw = conn.connection.dbapi_connection
            if raw is None or raw.in_transaction:
                return
            if statement.lstrip()[:15].lower().startswith(_WRITES):
                conn.info["lock_wait_stop"] = watch.start()

        def _stop(conn: Connection) -> None:
            stop = conn.info.pop("lock_wait_stop", None)
            if stop is not None:
                stop()

        event.listen(engine, "after_cursor_execute", lambda conn, *_a: _stop(conn))
        event.listen(engine, "handle_error", lambda ctx: _stop(ctx.connection)
                     if ctx.connection is not None else None)

    return engine


SQLITE_BUSY_SNAPSHOT = 517


def is_write_conflict(exc: BaseException) -> bool:
    """A write refused because another connection committed after this transaction read
    (SQLite in WAL mode: SQLITE_BUSY_SNAPSHOT; it does not wait, retrying cannot help);
    PostgreSQL's serialization failure (SQLSTATE 40001) and deadlock (40P01: two clients
    saving at the same moment took their row locks in opposite orders, e.g. on the shared
    count rows the triggers keep; the server cancelled this one). Both leave nothing written,
    so the user gets the conflict dialog and can save again."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT:
        return True
    code = getattr(orig, "pgcode", None) or getattr(orig, "sqlstate", None)
    return code in PG_RETRYABLE


PG_RETRYABLE = frozenset({"40001", "40P01"})


@dataclass
class Database:
    """An opened, migrated database: the engine plus a session factory.

    `read_only` is True when the file could only be opened for reading; `watch` reports
    waits for another program's write lock. On a team server `url` is its address (no
    password) and `path` a local stand-in in the user data folder, beside which the
    per-library files (theme keywords, imported originals) are kept.
    """

    path: Path
    engine: Engine
    read_only: bool = False
    watch: LockWatch = field(default_factory=LockWatch)
    url: str | None = None
    # who writes (created_by / updated_by / the change log); see storage/identity.py
    actor: str = field(default_factory=os_user)

    @property
    def where(self) -> str | Path:
        """What messages name: the file, or the server's address."""
        return self.url if self.url is not None else self.path

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error. A database
        error comes out as a LibraryError with a plain message (full disk, read-only file,
        lock held too long, damaged file, or the driver's one-line reason): no SQL, no
        parameters, no document text."""
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm.exc import StaleDataError

        with Session(self.engine, expire_on_commit=False) as session:
            session.info["actor"] = self.actor
            try:
                yield session
                session.commit()
            except StaleDataError as exc:  # another client's commit won the race
                session.rollback()
                raise ConflictError("", None, what=short_reason(exc)) from exc
            except DBAPIError as exc:
                session.rollback()
                if is_write_conflict(exc):
                    raise ConflictError("", None) from exc
                raise (as_library_error(exc, self.where) or LibraryError(
                    messages.DATABASE_ERROR.format(path=self.where,
                                                   detail=short_reason(exc)))) from exc
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
