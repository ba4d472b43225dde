"""Migrations: an empty database, a previous-revision database, a newer one, drift."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from tracker.storage.engine import make_engine
from tracker.storage.errors import SchemaTooNewError
from tracker.storage.migrate import (
    SCHEMA_HEAD, backup, current_revision, head_revision, open_database, upgrade,
)


def test_empty_database_is_created_at_head_without_backup(db_path):
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision() == SCHEMA_HEAD
        with db.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"document", "commitment", "progress_entry", "region", "body", "tag",
                "commitment_body", "commitment_tag", "indicator", "suggestion_review"} <= names
    finally:
        db.close()
    assert not list(db_path.parent.glob("*.bak"))


def test_previous_revision_is_backed_up_then_upgraded_keeping_data(db_path):
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256,"
            " doc_type, script, imported_at, updated_at) VALUES ('u1', '旧文档', '正文', 'txt',"
            " '', '', 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    engine.dispose()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT title FROM document").scalar() == "旧文档"
    finally:
        db.close()
    # the verified copy made before the upgrade is removed once the upgrade has succeeded
    assert not list(db_path.parent.glob("*.bak*"))


def test_backup_is_a_verified_copy_of_the_old_schema(db_path):
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256,"
            " doc_type, script, imported_at, updated_at) VALUES ('u1', '旧文档', '正文', 'txt',"
            " '', '', 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    made = backup(db_path, "before-x")
    again = backup(db_path, "before-x")  # a retry replaces the copy, it does not add one
    engine.dispose()
    assert made == again == db_path.with_name("library.db.before-x.bak")
    assert [p.name for p in db_path.parent.glob("*.bak*")] == [made.name]
    with sqlite3.connect(made) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert old.execute("SELECT title FROM document").fetchone()[0] == "旧文档"
        assert "suggestion_review" not in {r[0] for r in old.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}


def test_newer_schema_is_refused_with_a_clear_message(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(db_path)
    with sqlite3.connect(db_path) as conn:  # untouched
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"


def _search_index_object(diff: tuple) -> bool:
    """The full-text index (migration 0003_search: FTS5 tables and their shadow tables, the
    queue, a covering index) lives outside the SQLModel models; its objects are search_*."""
    obj = diff[1] if len(diff) > 1 else None
    return getattr(obj, "name", "").startswith("search_")


def _trigger_kept(diff: tuple) -> bool:
    """What the triggers of migration 0009_perf18c keep, outside the models too: the tally
    tables, and the sort keys on commitment with their indexes (never written by the ORM)."""
    if diff[0] == "remove_column":   # (op, schema, table, column)
        return diff[2] == "commitment" and diff[3].name.startswith("sort_")
    name = getattr(diff[1], "name", "") if len(diff) > 1 else ""
    return name.startswith(("tally_", "ix_commitment_sort_"))


def _inline_fk_pair(conn, diff: list) -> set[int]:
    """Positions of remove_fk/add_fk pairs for a reference SQLite added with its column
    (ALTER TABLE … ADD COLUMN … REFERENCES, 0007_follow17b): SQLAlchemy reads ON DELETE
    only from table-level FOREIGN KEY clauses, so such a pair is checked here against
    PRAGMA foreign_key_list (the rule SQLite enforces) instead."""
    found: set[int] = set()
    for i, d in enumerate(diff):
        if d[0] != "add_fk":
            continue
        fk = d[1]
        table, cols = fk.table.name, [c.name for c in fk.columns]
        pragma = {(r[3], r[2], r[4], r[6]) for r in conn.exec_driver_sql(
            f"PRAGMA foreign_key_list({table})")}
        want = (cols[0], fk.referred_table.name, fk.elements[0].column.name,
                (fk.ondelete or "NO ACTION").upper())
        for j, e in enumerate(diff):
            if (e[0] == "remove_fk" and e[1].table.name == table
                    and [c.name for c in e[1].columns] == cols and want in pragma):
                found |= {i, j}
    return found


def test_models_and_migrations_agree(db_path):
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
            inline = _inline_fk_pair(conn, diff)
        assert [d for i, d in enumerate(diff)
                if i not in inline and not _search_index_object(d)
                and not _trigger_kept(d)] == []
    finally:
        db.close()


def test_connection_pragmas(db_path):
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 60000
            assert conn.exec_driver_sql("select sqlite_version()").scalar() >= "3.45"
    finally:
        db.close()


def test_db_location_overrides(tmp_path, monkeypatch):
    from tracker.storage.paths import resolve_db_path

    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(tmp_path / "arg.db") == tmp_path / "arg.db"
    monkeypatch.delenv("TRACKER_DB")
    assert resolve_db_path(None).name == "tracker.db"
    assert "PolicyTracker" in str(resolve_db_path(None))
