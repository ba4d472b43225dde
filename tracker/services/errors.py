"""What a user is told when something fails: a plain message, never SQL, a traceback or
a document's text (the window and the command line both use `plain_message`)."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import messages
from tracker.storage.errors import (  # noqa: F401 - re-exported for the window and the CLI
    BusyError, DiskFullError, LibraryError, ReadOnlyError, SchemaTooNewError,
    UpgradeFailedError, as_library_error, short_reason,
)

_LIMIT = 300


def plain_message(exc: BaseException, db_path: Path | str | None = None) -> str:
    """One message for any exception: the LibraryError's own words, a database error's
    one-line reason, a file error's file and reason, else the exception's first line."""
    if isinstance(exc, LibraryError):
        return str(exc)
    from sqlalchemy.exc import SQLAlchemyError
    if isinstance(exc, SQLAlchemyError):
        plain = as_library_error(exc, db_path or "")
        return str(plain) if plain else messages.DATABASE_ERROR.format(
            path=db_path or "", detail=short_reason(exc)).lstrip(": ")
    if isinstance(exc, OSError) and exc.strerror:
        name = exc.filename if exc.filename is not None else ""
        return f"{name}: {exc.strerror}" if name else exc.strerror
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= _LIMIT else text[:_LIMIT] + "…"
