"""Fault injection for migration drills: a stand-in for tracker.storage.migrate.make_engine
whose migration engine counts the statements it runs and, at statement `at`, raises an
error (in-process tests) or kills its own process with SIGKILL (the kill -9 drill).

Run as a script it is the drill's child:  python -m tests.storage.faults DB AT
(AT = -1 counts statements only and prints the count)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from sqlalchemy import event

import tracker.storage.migrate as migrate

SCHEMAS = ("0001", "0002", "0003_search", "0004_register", "0005_quote_key", "0006_scale")


def install(at: int, action: str = "raise", counter: list[int] | None = None) -> None:
    real = migrate.make_engine
    seen = counter if counter is not None else [0]

    def make_engine(path, **kwargs):
        engine = real(path, **kwargs)
        if kwargs.get("transactional_ddl"):
            @event.listens_for(engine, "before_cursor_execute")
            def _count(*_args) -> None:
                seen[0] += 1
                if seen[0] == at:
                    if action == "kill":
                        os.kill(os.getpid(), signal.SIGKILL)
                    raise OSError(28, "database or disk is full")
        return engine

    migrate.make_engine = make_engine


def seed(path: Path, revision: str, documents: int = 3) -> None:
    """A library at `revision` holding `documents` documents with one commitment each."""
    engine = migrate.make_engine(path)
    migrate.upgrade(engine, path, revision)
    with engine.begin() as conn:
        for i in range(documents):
            conn.exec_driver_sql(
                "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256,"
                " doc_type, script, imported_at, updated_at) VALUES (?, ?, ?, 'txt', '', '',"
                " 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
                (f"u{i}", f"文件{i}", f"到2025年底完成第{i}项任务。"))
            conn.exec_driver_sql(
                "INSERT INTO commitment (uuid, document_id, start, \"end\", quote, prefix, "
                "suffix, kind, origin, status, notes, created_at, updated_at) VALUES (?, ?, 0, "
                "5, '到2025年', '', '', 'target', 'manual', 'not_started', '', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')", (f"c{i}", i + 1))
    engine.dispose()


def schema(path: Path) -> tuple[str | None, set[tuple[str, str]]]:
    """(revision, {(type, name)} of every schema object) read without changing the file."""
    # sqlean, not the standard sqlite3: two SQLite libraries in one process release each
    # other's POSIX locks on the same file (then "disk I/O error")
    import sqlean

    conn = sqlean.connect(f"file:{path}?mode=ro", uri=True)
    try:
        objects = {(t, n) for t, n in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
        rev = None
        if ("table", "alembic_version") in objects:
            rev = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                   or (None,))[0]
        return rev, objects
    finally:
        conn.close()


def main() -> int:
    path, at = Path(sys.argv[1]), int(sys.argv[2])
    counter = [0]
    install(at, "kill", counter)
    migrate.open_database(path).close()
    print(counter[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
