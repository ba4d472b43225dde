"""Storage errors, importable without loading SQLAlchemy.

Each carries a message fit for a user (tracker.domain.messages): a file name and a short
reason, never SQL or document text.
"""

from __future__ import annotations

from pathlib import Path

from tracker.domain import messages

# How long a write waits for another program's write to finish before it gives up: long
# enough for a desktop (other programs write in short batches), short enough to say so.
BUSY_TIMEOUT_S = 60


class LibraryError(RuntimeError):
    """The library file cannot be used as asked; str() is the message for the user."""


class SchemaTooNewError(LibraryError):
    """The database was written by a newer version of the app."""


class BackupFailedError(LibraryError):
    """The copy made before an upgrade could not be made or verified; nothing changed."""


class UpgradeFailedError(LibraryError):
    """A schema upgrade failed and was rolled back; `backup` is the copy made before it."""

    def __init__(self, path: Path, backup: Path | None, detail: str) -> None:
        note = messages.UPGRADE_BACKUP_NOTE.format(backup=backup) if backup else ""
        super().__init__(messages.UPGRADE_FAILED.format(path=path, detail=detail,
                                                        backup_note=note))
        self.path, self.backup, self.detail = path, backup, detail


class ReadOnlyError(LibraryError):
    """A change was asked of a library opened read-only."""


class DiskFullError(LibraryError):
    """The disk filled up during a write; the transaction was rolled back."""


class BusyError(LibraryError):
    """Another program held the write lock for longer than the app waits."""


def short_reason(exc: BaseException) -> str:
    """The driver's own one-line reason for a database error (no SQL, no parameters)."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError) and orig.strerror:
        return orig.strerror
    args = getattr(orig, "args", ())
    text = str(args[0]) if args else type(orig).__name__
    return text.splitlines()[0][:200] if text else type(orig).__name__


def as_library_error(exc: BaseException, path: Path | str) -> LibraryError | None:
    """A LibraryError for a database error a user can act on (full disk, read-only file,
    damaged file, lock held too long), else None."""
    if isinstance(exc, LibraryError):
        return exc
    reason = short_reason(exc)
    low = reason.lower()
    if "disk is full" in low or "database or disk is full" in low:
        return DiskFullError(messages.DISK_FULL.format(path=path))
    if "permission denied for" in low:   # PostgreSQL: the role has no write grant
        return ReadOnlyError(messages.NO_WRITE_GRANT.format(path=path))
    if "readonly" in low or "read-only" in low or "read only" in low:
        return ReadOnlyError(messages.READ_ONLY_WRITE.format(path=path))
    if "locked" in low or "busy" in low:
        return BusyError(messages.BUSY.format(path=path, seconds=BUSY_TIMEOUT_S))
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return LibraryError(messages.DAMAGED.format(path=path, detail=reason))
    if "unable to open" in low or "disk i/o" in low:
        return LibraryError(messages.DATABASE_ERROR.format(path=path, detail=reason))
    return None


class ConflictError(LibraryError):
    """A save over someone else's newer change (the row's version moved on since it was
    read): nothing was written. `theirs` is the row as it is now (a domain object, or None
    when it has been deleted), `mine` what the save wanted to store, `table`/`row_id` which
    row, `who` the identity of the last change."""

    def __init__(self, table: str, row_id: int | None, *, mine: object = None,
                 theirs: object = None, who: str = "", what: str = "") -> None:
        super().__init__(messages.CONFLICT.format(what=what or f"{table} {row_id}",
                                                  who=who or "?"))
        self.table, self.row_id, self.mine, self.theirs, self.who = (
            table, row_id, mine, theirs, who)
        # what "keep mine" does when a plain save of `mine` would not be the same change
        # (a status change: again, with its progress entry, at their version)
        self.retry: object = None
