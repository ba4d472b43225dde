"""Where the database lives, how it is opened, and the pragmas every connection gets."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlean
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

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


def make_engine(path: Path) -> Engine:
    """An engine on SQLite 3.50 (sqlean.py) with WAL, foreign keys and a busy timeout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", module=sqlean)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API connection
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


@dataclass
class Database:
    """An opened, migrated database: the engine plus a session factory."""

    path: Path
    engine: Engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
