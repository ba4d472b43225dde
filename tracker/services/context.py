"""The application context: everything a use case needs, passed in explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from tracker.geo import Gazetteer
from tracker.storage.engine import Database
from tracker.storage.paths import resolve_db_path
from tracker.storage.migrate import open_database, restore_backup


@dataclass
class AppContext:
    """An opened database plus the shared, read-only helpers (no singletons)."""

    db: Database
    today: Callable[[], date] = field(default=date.today)
    # commitment id → the version this client's last save of it left: an undo or redo
    # expects that one (so undoing several edits in a row is no conflict with oneself), and
    # a save by someone else in between is a ConflictError, never overwritten
    saved_versions: dict[int, int] = field(default_factory=dict)

    @classmethod
    def open(cls, db_path: str | Path | None = None, *,
             read_only: bool = False) -> AppContext:
        return cls(open_database(db_path, read_only=read_only))

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.default()

    @property
    def library_dir(self) -> Path:
        """Folder beside the database where evidence files are copied."""
        folder = self.db.path.parent / (self.db.path.stem + "-files")
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def close(self) -> None:
        self.db.close()


def restore_library(db_path: str | Path | None, copy: str | Path) -> Path:
    """Put a backup copy (one made before an upgrade) back as the library; nobody may have
    the library open. Returns the library's path."""
    path = resolve_db_path(db_path)
    restore_backup(path, copy)
    return path
