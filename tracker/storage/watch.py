"""Noticing changes another process (the command line, a second window) made to the
database, so an open window can follow them.

SQLite's ``PRAGMA data_version`` on a connection of our own changes whenever *another*
connection commits. Our process writes through the engine's pooled connections, so its
own commits would look foreign too; each writing commit of ours is therefore followed by
a read of the version on the same watcher, which then counts as seen. Only commits that
actually changed rows (sqlite's ``total_changes``) do that, so the many read-only sessions
of a window never hide a foreign change, and a foreign change already there before one of
our writes is remembered. A foreign commit landing in the microseconds between one of our
commits and that read is seen with the next foreign change.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

from tracker.storage.engine import Database


class ChangeWatcher:
    """`poll()` answers “did another process change the database since the last poll?”
    with one cheap pragma read; thread-safe."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._local = threading.local()
        self._conn = None
        self._listen: Any = None
        if db.engine.dialect.name != "sqlite":
            self._start_listening()
            return
        import sqlean

        self._conn = sqlean.connect(str(db.path), check_same_thread=False)
        self._conn.execute("PRAGMA busy_timeout=2000")
        self._seen = self._version()
        self._foreign = False
        # threads of this process between the commit of a write and its absorb(): while
        # one is, a moved data_version may be that write of ours, not another process's
        self._committing: set[int] = set()
        event.listen(db.engine, "commit", self._before_commit)
        event.listen(Session, "after_commit", self._after_commit)
        event.listen(db.engine, "checkin", self._checkin)

    def _start_listening(self) -> None:
        """PostgreSQL: every flush that changes the register sends NOTIFY on
        changelog.CHANGE_CHANNEL with the sending client's token (storage/changelog.py);
        a connection of our own LISTENs, and poll() drains what arrived, counting only
        other clients' notifications. Without it (the server refused a second connection)
        poll() answers False and the window follows its own changes only."""
        import psycopg

        from tracker.storage.changelog import CHANGE_CHANNEL, client_token

        self._token = client_token(self.db.engine)
        url = self.db.engine.url.set(drivername="postgresql")
        try:
            self._listen = psycopg.connect(url.render_as_string(hide_password=False),
                                           autocommit=True, connect_timeout=10)
            self._listen.execute(f"LISTEN {CHANGE_CHANNEL}")
        except Exception:  # noqa: BLE001 - no live refresh rather than no window
            self._listen = None

    def _poll_server(self) -> bool:
        changed = False
        with self._lock:
            if self._listen is None:
                return False
            try:
                for note in self._listen.notifies(timeout=0):
                    if not note.payload.startswith(self._token):
                        changed = True
            except Exception:  # noqa: BLE001 - the connection dropped: refresh once
                self._listen = None
                return True
        return changed

    def _version(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _before_commit(self, conn: Connection) -> None:
        """Mark this thread's commit as a write of ours when it changed rows."""
        if self._conn is None:
            return
        try:
            raw: Any = conn.connection.dbapi_connection  # sqlean's, with total_changes
            record = conn.connection.info
            total = raw.total_changes
        except Exception:  # noqa: BLE001 - a mark missed is one spurious refresh
            return
        if record.get("watch_total", 0) != total:
            record["watch_total"] = total
            self._local.wrote = True
            record["watch_wrote"] = True  # for writes outside a Session (engine.begin())
            try:
                with self._lock:  # a foreign change not polled yet must not be absorbed
                    me = threading.get_ident()
                    if self._conn is not None and not (self._committing - {me}) \
                            and self._version() != self._seen:
                        self._foreign = True
                    self._committing.add(me)
            except Exception:  # noqa: BLE001 - never break a commit of the app
                self._foreign = True

    def _after_commit(self, session: Session) -> None:
        if getattr(self._local, "wrote", False):
            self._local.wrote = False
            self.absorb()

    def _checkin(self, _dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        """A connection that wrote outside a Session (the search index's batches,
        streamed reads that fill temporary tables) comes back to the pool after its
        commit: that write is ours too."""
        if record.info.pop("watch_wrote", False):
            self._local.wrote = False
            self.absorb()

    def absorb(self) -> None:
        """Count the database as it is now as seen (after a write of our own)."""
        try:
            with self._lock:
                self._committing.discard(threading.get_ident())
                if self._conn is not None:
                    self._seen = self._version()
        except Exception:  # noqa: BLE001 - never break a commit of the app
            pass

    def poll(self) -> bool:
        """True when another process committed a change since the last poll."""
        if self._conn is None:
            return self._poll_server()
        with self._lock:
            version = self._version()
            changed = self._foreign or version != self._seen
            self._seen, self._foreign = version, False
        return changed

    def close(self) -> None:
        if self._listen is not None:
            with self._lock:
                listen, self._listen = self._listen, None
            listen.close()
        if self._conn is None:
            return
        try:
            event.remove(self.db.engine, "commit", self._before_commit)
            event.remove(Session, "after_commit", self._after_commit)
            event.remove(self.db.engine, "checkin", self._checkin)
        except Exception:  # noqa: BLE001 - already removed
            pass
        with self._lock:
            conn, self._conn = self._conn, None
        conn.close()
