"""Migration 0006_scale on a database at 0005_quote_key: three indexes come, rows stay,
and the queries that need them use them."""

from __future__ import annotations

from tracker.storage.engine import make_engine
from tracker.storage.migrate import SCHEMA_HEAD, current_revision, open_database, upgrade


def test_0005_database_gets_the_title_and_overview_indexes(db_path):
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0005_quote_key")
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
    engine.dispose()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(commitment)")}
            assert {"ix_commitment_title", "ix_commitment_region_status",
                    "ix_commitment_label"} <= indexes
            assert conn.exec_driver_sql("SELECT title FROM commitment").scalar() == "标题"
            plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM commitment WHERE title IS NOT NULL"
                " AND title LIKE '%标%'"))
            assert "ix_commitment_title" in plan
            plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT c.id FROM commitment c"
                " ORDER BY coalesce(c.title, c.quote) DESC, c.id DESC"))
            assert "ix_commitment_label" in plan and "TEMP B-TREE" not in plan
    finally:
        db.close()
