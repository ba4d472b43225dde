"""Opening a library file safely, and schema migrations (Alembic).

Opening checks the file first: a folder, a file that is not SQLite, a damaged file
(`PRAGMA quick_check`), a read-only file (opened read-only, nothing switched), a schema
newer than this app knows (refused before anything is written) each give a plain
message (tracker.storage.errors).

Upgrading is all or nothing: every revision's DDL and the version stamp run in one SQLite
transaction (see make_engine's transactional_ddl), so a kill, a crash or a full disk leaves
the old schema whole. Before it, the file is copied to `<name>.before-<revision>.bak` beside
it (the SQLite online-backup API, so a WAL database is copied consistently), and the copy
is verified (size, `PRAGMA integrity_check`) before the upgrade starts; a retry replaces
that copy rather than adding another. After a successful upgrade the copy is removed; after
a failed one it is kept and `restore_backup` can put it back.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import sqlean
from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

from tracker.domain import messages
from tracker.storage.paths import default_data_dir, is_server_url, resolve_db_path
from tracker.storage.engine import (
    Database, LockWatch, make_engine, resolve_target,
)
from tracker.storage.errors import (
    BackupFailedError, LibraryError, SchemaTooNewError, UpgradeFailedError, short_reason,
)

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions. Opening a database already at this revision
# skips loading Alembic (about half a second at start-up); a test checks it is Alembic's head.
SCHEMA_HEAD = "0013_pg18k"

SQLITE_HEADER = b"SQLite format 3\x00"


def _config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None  # the migrations have one head
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    if engine.dialect.name != "sqlite":
        with engine.connect() as conn:
            if not conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar():
                return None
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _too_new(path: Path, current: str) -> SchemaTooNewError:
    return SchemaTooNewError(
        f"{path}: the database has schema revision {current}, which this version of "
        f"the app does not know (newest known: {SCHEMA_HEAD}). "
        "It was written by a newer version; please update the app. It was not changed.")


def _verify_copy(target: Path) -> None:
    """Raise unless `target` is a non-empty SQLite file that passes integrity_check."""
    if not target.is_file() or target.stat().st_size < 512:
        raise OSError("the copy is empty")
    conn = sqlean.connect(f"file:{target}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise OSError(f"the copy does not pass the integrity check: {result[:100]}")


def backup(path: Path, tag: str) -> Path:
    """Copy the database to `<name>.<tag>.bak` beside it, verified, and return that path.

    The copy is written to `<name>.<tag>.bak.part` first and renamed only once it passes
    the check, so there is never a 0-byte or half-written `.bak`, and a retry of the same
    upgrade replaces the copy instead of adding another.
    """
    target = path.with_name(f"{path.name}.{tag}.bak")
    part = target.with_name(target.name + ".part")
    try:
        part.unlink(missing_ok=True)
        src = sqlean.connect(str(path))
        try:
            dst = sqlean.connect(str(part))
            try:
                src.backup(dst)
                # a plain rollback-journal file: no -wal/-shm beside the copy
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        _verify_copy(part)
        os.replace(part, target)
    except Exception as exc:
        part.unlink(missing_ok=True)
        raise BackupFailedError(messages.BACKUP_FAILED.format(
            path=path, detail=short_reason(exc))) from exc
    return target


def restore_backup(path: str | Path, copy: str | Path) -> None:
    """Put the verified copy `copy` back as the library at `path` (nobody else may have
    the library open). The SQLite backup API writes it, so the library's WAL files stay
    consistent; the copy itself is kept."""
    path, copy = Path(path), Path(copy)
    try:
        _verify_copy(copy)
        src = sqlean.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            dst = sqlean.connect(str(path))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except Exception as exc:
        raise LibraryError(messages.DATABASE_ERROR.format(
            path=path, detail=short_reason(exc))) from exc


def upgrade(engine: Engine, path: Path, revision: str = "head") -> Path | None:
    """Bring the schema to `revision`, all or nothing; returns the backup made first (it
    is removed again after a successful upgrade), or None when none was needed."""
    current = current_revision(engine)
    if revision == "head" and current == SCHEMA_HEAD:
        return None
    from alembic import command

    known = known_revisions()
    if current is not None and current not in known:
        raise _too_new(path, current)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    made = None
    if current is not None or _has_tables(engine):
        made = backup(path, f"before-{target}")
    migrator = make_engine(path, transactional_ddl=True)
    try:
        command.upgrade(_config(migrator), revision)
    except Exception as exc:
        raise UpgradeFailedError(path, made, short_reason(exc)) from exc
    finally:
        migrator.dispose()
    if made is not None:
        made.unlink(missing_ok=True)
    return made


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        tables: int = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'").scalar_one()
        return tables > 0


def _writable(path: Path) -> bool:
    """Whether the library file and its folder (WAL needs files beside it) can be written."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return False
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def probe(path: Path) -> tuple[bool, str | None]:
    """Check the file before the app writes anything to it: (read_only, revision).

    Raises LibraryError for a folder, a file that is not SQLite, a damaged file, and
    SchemaTooNewError for a newer schema, without changing the file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return False, None
    except OSError as exc:
        raise LibraryError(messages.DATABASE_ERROR.format(
            path=path, detail=short_reason(exc))) from exc
    if stat.S_ISDIR(st.st_mode):
        raise LibraryError(messages.IS_A_FOLDER.format(path=path))
    if not stat.S_ISREG(st.st_mode):
        raise LibraryError(messages.NOT_A_DATABASE.format(path=path))
    if st.st_size == 0:
        return not _writable(path), None
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise LibraryError(messages.DATABASE_ERROR.format(
            path=path, detail=short_reason(exc))) from exc
    if header != SQLITE_HEADER:
        raise LibraryError(messages.NOT_A_DATABASE.format(path=path))
    read_only = not _writable(path)
    try:
        conn = sqlean.connect(f"file:{path.resolve()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if [r[0] for r in check] != ["ok"]:
                raise LibraryError(messages.DAMAGED.format(
                    path=path, detail=str(check[0][0])[:120]))
            has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' "
                               "AND name='alembic_version'").fetchone()
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        or (None,))[0] if has else None
        finally:
            conn.close()
    except LibraryError:
        raise
    except sqlean.DatabaseError as exc:
        reason = short_reason(exc)
        low = reason.lower()
        if "not a database" in low:
            raise LibraryError(messages.NOT_A_DATABASE.format(path=path)) from exc
        if "malformed" in low or "corrupt" in low:
            raise LibraryError(messages.DAMAGED.format(path=path, detail=reason)) from exc
        raise LibraryError(messages.DATABASE_ERROR.format(path=path, detail=reason)) from exc
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise _too_new(path, revision)
    return read_only, revision


def open_server(url: str) -> Database:
    """Open a register on a team server. Nothing is changed there: a server that is not
    at this app's schema is refused with the command that upgrades it (ServerError)."""
    from tracker.storage import server

    engine = server.make_server_engine(url)
    try:
        server.check(engine, url, SCHEMA_HEAD, known_revisions())
    except BaseException:
        engine.dispose()
        raise
    shown = server.display_url(url)
    return Database(server.local_anchor(shown, default_data_dir()), engine, url=shown)


def upgrade_server(url: str) -> tuple[str | None, str]:
    """`tracker db upgrade` on a server: (revision before, revision after)."""
    from tracker.storage import server

    return server.upgrade(url, _config, head_revision(), known_revisions())


def open_database(path: str | Path | None = None, *, migrate: bool = True,
                  read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at `path` (see resolve_db_path),
    or open the register on a team server when `path` is a postgresql:// URL (never
    migrated by a client: see open_server).

    A file that cannot be written is opened read-only (Database.read_only) when it is
    already at this app's schema; one that would need an upgrade is refused. `read_only`
    asks for a read-only open of an existing library (a member who reads and exports)."""
    target = resolve_target(path)
    if is_server_url(target):
        return open_server(str(target))
    db_path = resolve_db_path(path)
    asked_read_only = read_only  # a read-only member (the setting): never writes
    read_only, revision = probe(db_path)
    if asked_read_only and revision is not None:
        read_only = True
    if read_only and migrate and revision != SCHEMA_HEAD:
        raise LibraryError(messages.READ_ONLY_WRITE.format(path=db_path))
    if not read_only:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(messages.CANNOT_CREATE.format(
                path=db_path, detail=short_reason(exc))) from exc
    if revision == SCHEMA_HEAD and not read_only:
        # the copy of an upgrade that completed but was interrupted before removing it
        for stale in (f"before-{SCHEMA_HEAD}.bak", f"before-{SCHEMA_HEAD}.bak.part"):
            db_path.with_name(f"{db_path.name}.{stale}").unlink(missing_ok=True)
    watch = LockWatch()
    engine = make_engine(db_path, read_only=read_only, watch=watch)
    if migrate and not read_only:
        try:
            upgrade(engine, db_path)
        except BaseException as exc:
            engine.dispose()
            if isinstance(exc, LibraryError) or not isinstance(exc, Exception):
                raise
            from tracker.storage.errors import as_library_error

            plain = as_library_error(exc, db_path)
            if plain is None:
                plain = LibraryError(messages.DATABASE_ERROR.format(
                    path=db_path, detail=short_reason(exc)))
            raise plain from exc
    return Database(db_path, engine, read_only=read_only, watch=watch)
