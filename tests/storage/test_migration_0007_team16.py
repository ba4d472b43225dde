"""Migration 0007_team16 on a database at 0006_scale: every editable table gets version,
created_by and updated_by (existing rows: version 1, authors unknown ""), the change log
table comes, rows stay, and the search triggers and expression index survive."""

from __future__ import annotations

from tracker.storage.engine import make_engine
from tracker.storage.migrate import (
    SCHEMA_HEAD,
    current_revision,
    open_database,
    upgrade,
)


def test_0006_database_gets_versions_authors_and_the_change_log(db_path):
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0006_scale")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256,"
            " doc_type, script, imported_at, updated_at) VALUES ('d1', '方案', '正文', 'txt',"
            " '', '', 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO commitment (uuid, document_id, start, \"end\", quote, prefix, suffix,"
            " title, kind, origin, status, notes, created_at, updated_at) VALUES ('c1', 1, 0,"
            " 2, '正文', '', '', '标题', 'target', 'manual', 'not_started', '',"
            " '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO tag (uuid, name) VALUES ('t1', '水')")
    engine.dispose()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            for table in ("commitment", "document", "progress_entry", "tag", "body"):
                cols = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
                assert {"version", "created_by", "updated_by"} <= cols, table
            assert conn.exec_driver_sql(
                "SELECT version, created_by, updated_by, title FROM commitment").one() == (
                1, "", "", "标题")
            assert conn.exec_driver_sql("SELECT version, created_by FROM tag").one() == (1, "")
            assert conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar() == 0
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(commitment)")}
            assert "ix_commitment_label" in indexes
            triggers = {r[0] for r in conn.exec_driver_sql(
                "SELECT tbl_name FROM sqlite_master WHERE type='trigger'")}
            assert {"commitment", "document"} <= triggers  # the search index's, kept
        # the first change after the upgrade is versioned and logged
        from tracker.storage.tables import CommitmentRow

        db.actor = "lin"
        with db.session() as session:
            row = session.get(CommitmentRow, 1)
            row.notes = "升级后第一次修改"
            session.add(row)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT version, created_by, updated_by FROM commitment").one() == (2, "", "lin")
            assert conn.exec_driver_sql(
                "SELECT actor, field, before, after FROM change_log").one() == (
                "lin", "notes", '""', '"升级后第一次修改"')
    finally:
        db.close()


def test_the_upgrade_is_backed_up_first_and_atomic(db_path, monkeypatch):
    """A copy is made before the change; a revision failing half-way (after the columns
    of the first tables) leaves the 0006 schema whole."""
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0006_scale")
    engine.dispose()
    from alembic.operations import Operations

    real = Operations.create_table

    def broken(self, *a, **kw):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(Operations, "create_table", broken)
    engine = make_engine(db_path)
    try:
        import pytest

        from tracker.storage.errors import UpgradeFailedError

        with pytest.raises(UpgradeFailedError) as caught:
            upgrade(engine, db_path)
        assert caught.value.backup is not None and caught.value.backup.exists()
        assert current_revision(engine) == "0006_scale"
        with engine.connect() as conn:
            cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(commitment)")}
        assert "version" not in cols
    finally:
        engine.dispose()
    monkeypatch.setattr(Operations, "create_table", real)
    open_database(db_path).close()
