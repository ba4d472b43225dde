"""Where the library lives; light (no SQLAlchemy), so the window can read it at once."""

from __future__ import annotations

import os
from pathlib import Path

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


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(target: object) -> bool:
    """True for a team server's address (postgresql://user@host:port/dbname)."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)
