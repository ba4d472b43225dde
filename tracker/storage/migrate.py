"""Schema migrations (Alembic), run when a database is opened.

Before any migration touches an existing database, the file is copied to a dated backup
next to it (the SQLite online-backup API, so a WAL database is copied consistently). A
database whose schema is newer than this version of the app knows is refused.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlean
from sqlalchemy import Engine

from tracker.storage.engine import Database, make_engine, resolve_db_path
from tracker.storage.errors import SchemaTooNewError

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions. Opening a database already at this revision
# skips loading Alembic (about half a second at start-up); a test checks it is Alembic's head.
SCHEMA_HEAD = "0006_scale"


def _config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def backup(path: Path, tag: str) -> Path:
    """Copy the database to `<name>.<tag>.<timestamp>.bak` beside it and return that path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}.{stamp}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{tag}.{stamp}-{n}.bak")
        n += 1
    src = sqlean.connect(str(path))
    dst = sqlean.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, path: Path, revision: str = "head") -> Path | None:
    """Bring the schema to `revision`; returns the backup made first, if any."""
    current = current_revision(engine)
    if revision == "head" and current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(MIGRATIONS))
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNewError(
            f"{path}: the database has schema revision {current}, which this version of "
            f"the app does not know (newest known: {scripts.get_current_head()}). "
            "It was written by a newer version; please update the app.")
    target = scripts.get_current_head() if revision == "head" else revision
    if current == target:
        return None
    made = None
    if current is not None or _has_tables(engine):
        made = backup(path, f"before-{target}")
    command.upgrade(_config(engine), revision)
    return made


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'").scalar() > 0


def open_database(path: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at `path` (see resolve_db_path)."""
    db_path = resolve_db_path(path)
    engine = make_engine(db_path)
    if migrate:
        try:
            upgrade(engine, db_path)
        except BaseException:
            engine.dispose()
            raise
    return Database(db_path, engine)
