"""Migration 0005_quote_key on a database at 0003_search: the column and its index come,
the data and the search triggers stay, and the services back-fill the keys."""

from __future__ import annotations

from tracker.services import links
from tracker.services.context import AppContext
from tracker.storage.engine import make_engine
from tracker.storage.migrate import SCHEMA_HEAD, current_revision, upgrade

QUOTE = "到2025年底，全市城市生活污水集中收集率达到70%以上。"


def _insert(conn, uuid: str, title: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256,"
        " doc_type, script, imported_at, updated_at) VALUES (?, ?, ?, 'txt', '', '',"
        " 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
        (uuid, title, QUOTE))
    doc_id = conn.exec_driver_sql("SELECT max(id) FROM document").scalar()
    conn.exec_driver_sql(
        "INSERT INTO commitment (uuid, document_id, start, \"end\", quote, prefix, suffix,"
        " kind, origin, status, notes, created_at, updated_at) VALUES (?, ?, 0, ?, ?, '', '',"
        " 'target', 'manual', 'not_started', '', '2024-01-01 00:00:00',"
        " '2024-01-01 00:00:00')", ("c" + uuid, doc_id, len(QUOTE), QUOTE))


def test_0003_database_gets_the_column_and_keys_are_back_filled(db_path):
    assert SCHEMA_HEAD >= "0005_quote_key"   # this revision or one after it (numbered)
    engine = make_engine(db_path)
    upgrade(engine, db_path, "0003_search")
    with engine.begin() as conn:
        _insert(conn, "u1", "省方案")
        _insert(conn, "u2", "市报告")
    engine.dispose()

    ctx = AppContext.open(db_path)
    try:
        assert current_revision(ctx.db.engine) == SCHEMA_HEAD
        with ctx.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT quote_key FROM commitment").scalars().all() \
                == [None, None]
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(commitment)")}
            assert "ix_commitment_quote_key" in indexes
            triggers = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger'")}
            assert {"search_cmt_ai", "search_cmt_au", "search_cmt_ad"} <= triggers
        assert links.fill_missing_keys(ctx) == 2
        with ctx.db.engine.connect() as conn:
            keys = conn.exec_driver_sql("SELECT quote_key FROM commitment").scalars().all()
        assert keys == [links.quote_key(QUOTE)] * 2
        linked = links.same_elsewhere(ctx, 1)
        assert [(x.id, x.document_title) for x in linked] == [(2, "市报告")]
    finally:
        ctx.close()


def test_downgrade_to_0003_drops_the_column(db_path):
    from alembic import command

    from tracker.storage.migrate import _config

    engine = make_engine(db_path)
    upgrade(engine, db_path)
    command.downgrade(_config(engine), "0003_search")
    with engine.connect() as conn:
        cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(commitment)")}
        triggers = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='trigger'")}
    engine.dispose()
    assert "quote_key" not in cols and "quote" in cols
    assert "search_cmt_au" in triggers
