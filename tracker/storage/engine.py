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

import sqlean
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from tracker.domain import messages
from tracker.storage import changelog  # noqa: F401 - registers the change log's session events
from tracker.storage.errors import (
    BUSY_TIMEOUT_S, ConflictError, LibraryError, as_library_error, short_reason,
)
from tracker.storage.identity import os_user

APP_NAME = "PolicyTracker"
DB_ENV = "TRACKER_DB"
DB_FILENAME = "tracker.db"


def default_data_dir() -> Path:
    """The per-user data folder (platformdirs), e.g. ~/.local/share/PolicyTracker."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db PATH` beats the TRACKER_DB variable, which beats the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir() / DB_FILENAME


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

    def connect():
        if read_only:
            uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
            return sqlean.connect(uri, uri=True, check_same_thread=False)
        return sqlean.connect(str(path), check_same_thread=False)

    engine = create_engine("sqlite://", module=sqlean, creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API connection
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
        def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy connection
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    if watch is not None:
        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn, _cursor, statement, _params, context, _many) -> None:  # noqa: ANN001
            if conn.connection.dbapi_connection.in_transaction:
                return
            if statement.lstrip()[:15].lower().startswith(_WRITES):
                conn.info["lock_wait_stop"] = watch.start()

        def _stop(conn) -> None:  # noqa: ANN001
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
    PostgreSQL's serialization failure (SQLSTATE 40001) for pg16 to add here."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT:
        return True
    return getattr(orig, "pgcode", None) == "40001" or getattr(orig, "sqlstate", None) == "40001"


@dataclass
class Database:
    """An opened, migrated database: the engine plus a session factory.

    `read_only` is True when the file could only be opened for reading; `watch` reports
    waits for another program's write lock.
    """

    path: Path
    engine: Engine
    read_only: bool = False
    watch: LockWatch = field(default_factory=LockWatch)
    # who writes (created_by / updated_by / the change log); see storage/identity.py
    actor: str = field(default_factory=os_user)

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
                raise (as_library_error(exc, self.path) or LibraryError(
                    messages.DATABASE_ERROR.format(path=self.path,
                                                   detail=short_reason(exc)))) from exc
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
