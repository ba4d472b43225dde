"""Migration 0007_follow17b on a database at 0006_scale: the parent column comes (rows
keep their data, a backup is made first and removed after), tasks cascade with their
parent, and the downgrade takes the column away in place."""

from __future__ import annotations

from tracker.storage.engine import make_engine
from tracker.storage.migrate import SCHEMA_HEAD, current_revision, open_database, upgrade


def _at_0006(db_path):
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0006_scale")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO commitment (uuid, document_id, start, \"end\", quote, prefix, suffix,"
            " kind, origin, status, notes, created_at, updated_at) VALUES ('c1', NULL, 0,"
            " 0, '完成整治', '', '', 'target', 'manual', 'on_track', '备注',"
            " '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    engine.dispose()


def test_0006_database_gets_the_parent_column(db_path, monkeypatch):
    from tracker.storage import migrate

    _at_0006(db_path)
    copies = []
    real_backup = migrate.backup

    def spy(path, tag):
        made = real_backup(path, tag)
        copies.append((made.name, made.stat().st_size > 0))
        return made

    monkeypatch.setattr(migrate, "backup", spy)
    db = open_database(db_path)
    try:
        # one verified backup before the upgrade (named after the head it goes to; the
        # team16 revision follows this one)
        assert copies == [(f"{db_path.name}.before-{SCHEMA_HEAD}.bak", True)]
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.begin() as conn:
            cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(commitment)")}
            assert "parent_id" in cols
            assert conn.exec_driver_sql(
                "SELECT quote, status, notes, parent_id FROM commitment").one() == \
                ("完成整治", "on_track", "备注", None)
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(commitment)")}
            assert {"ix_commitment_parent_id", "ix_commitment_label"} <= indexes
            triggers = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger'")}
            assert "search_cmt_au" in triggers
            conn.exec_driver_sql(
                "INSERT INTO commitment (uuid, start, \"end\", quote, prefix, suffix, kind,"
                " origin, status, notes, created_at, updated_at, parent_id) VALUES ('t1', 0,"
                " 0, '东湖区', '', '', 'target', 'manual', 'on_track', '',"
                " '2024-01-01', '2024-01-01', 1)")
            conn.exec_driver_sql("DELETE FROM commitment WHERE id = 1")
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM commitment").scalar() == 0
    finally:
        db.close()
    assert not list(db_path.parent.glob("*.bak"))   # removed once the upgrade succeeded


def test_downgrade_to_0006_drops_the_column_in_place(db_path):
    from alembic import command

    from tracker.storage.migrate import _config

    engine = make_engine(db_path)
    upgrade(engine, db_path)
    command.downgrade(_config(engine), "0006_scale")
    with engine.connect() as conn:
        cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(commitment)")}
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(commitment)")}
        triggers = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='trigger'")}
    engine.dispose()
    assert "parent_id" not in cols and "ix_commitment_label" in indexes
    assert "search_cmt_au" in triggers
