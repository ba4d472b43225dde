"""Migration 0004_register: the (region, deadline) index on a 0003_search database."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from tracker.storage.engine import make_engine
from tracker.storage.migrate import (
    SCHEMA_HEAD, _config, current_revision, open_database, upgrade,
)


def _indexes(engine) -> dict[str, list[str]]:
    return {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("commitment")}


def test_0003_database_gets_the_region_deadline_index_keeping_rows(db_path):
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0003_search")
    assert "ix_commitment_region_deadline" not in _indexes(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO region (code, name, level) VALUES ('140000', '山西省', 'province')")
        conn.exec_driver_sql(
            "INSERT INTO commitment (uuid, start, \"end\", quote, prefix, suffix, kind,"
            " region_code, deadline_date, origin, status, notes, created_at, updated_at)"
            " VALUES ('c1', 0, 4, '全面完成', '', '', 'deliverable', '140000', '2025-12-31',"
            " 'manual', 'on_track', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    engine.dispose()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD   # 0004_register and all after it
        assert _indexes(db.engine)["ix_commitment_region_deadline"] == [
            "region_code", "deadline_date"]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT quote FROM commitment").scalar() == "全面完成"
            plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT c.id FROM commitment c WHERE c.region_code >= '14'"
                " AND c.region_code < '15' ORDER BY +c.deadline_date"))
        assert "ix_commitment_region_deadline" in plan
    finally:
        db.close()
    engine = make_engine(db_path)   # and back down
    command.downgrade(_config(engine), "0003_search")
    assert "ix_commitment_region_deadline" not in _indexes(engine)
    assert current_revision(engine) == "0003_search"
    engine.dispose()
