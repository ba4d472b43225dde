"""The table's sorts by document and by light walk indexes on a server (migration
0010_pg16c, register_queries._server_walks) and give exactly SQLite's order: documents by
title with ties by id and the commitments without a document last, lights around today's
boundaries (deadline passed, today, the window's last day, none) with every status and a
code no Status names, both directions, several windows; also after an upgrade of a
register that had rows (issue 16)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import Status
from tracker.services import register
from tracker.services.context import AppContext

TODAY = date(2026, 6, 15)
TITLES = ["乙方案", "甲方案", "乙方案", "Beta", "alpha", "丙"]   # two documents share a title
STATUSES = [s.value for s in Status] + ["paused"]             # and a code no Status names
OFFSETS = [None, -400, -1, 0, 1, 29, 30, 31, 90, 3000]        # days from today


def _fill(ctx: AppContext, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with ctx.db.session() as session:
        conn = session.connection()
        for i, title in enumerate(TITLES, 1):
            conn.exec_driver_sql(
                "INSERT INTO document (id, uuid, title, text, source_format, sha256,"
                " text_sha256, doc_type, script, imported_at, updated_at) VALUES (?, ?, ?,"
                " '正文', 'txt', '', '', 'other', 'simplified', '2024-01-01 00:00:00',"
                " '2024-01-01 00:00:00')", (i, f"d-{i}", title))
        for i in range(1, 161):
            offset = rnd.choice(OFFSETS)
            deadline = None if offset is None else (TODAY + timedelta(days=offset)).isoformat()
            doc = rnd.choice([None, *range(1, len(TITLES) + 1)])
            conn.exec_driver_sql(
                "INSERT INTO commitment (id, uuid, quote, kind, status, origin, notes, start,"
                " \"end\", prefix, suffix, created_at, updated_at, document_id, deadline_date)"
                " VALUES (?, ?, ?, 'target', ?, 'manual', '', 0, 0, '', '', '2026-01-01',"
                " '2026-01-01', ?, ?)",
                (i, f"u-{i}", f"承诺{i}", rnd.choice(STATUSES), doc, deadline))


def _orders(ctx: AppContext) -> dict:
    ctx.today = lambda: TODAY
    return {(sort, desc, window): register.ids(ctx, CommitmentFilter(light_window=window),
                                               sort, desc)
            for sort in ("document", "light") for desc in (False, True)
            for window in (None, 0, 30, 90)}


def test_document_and_light_sorts_on_a_server_are_sqlites(db_path, pg_url):
    orders = []
    for target in (db_path, pg_url):
        ctx = AppContext.open(target)
        try:
            _fill(ctx)
            orders.append(_orders(ctx))
        finally:
            ctx.close()
    lite, server = orders
    assert server == lite
    assert len(lite[("document", False, None)]) == 160
    # the light order is not the id order: the test has something to compare
    assert lite[("light", False, None)] != sorted(lite[("light", False, None)])


def test_an_upgraded_register_sorts_the_same(db_path, pg_url):
    """A server register at 0009_perf18c with rows, upgraded: the indexes exist and the
    sorts still give SQLite's order."""
    from alembic import command

    from tracker.storage.migrate import SCHEMA_HEAD, _config, current_revision

    lite_ctx = AppContext.open(db_path)
    try:
        _fill(lite_ctx, seed=11)
        lite = _orders(lite_ctx)
    finally:
        lite_ctx.close()
    ctx = AppContext.open(pg_url)
    try:
        command.downgrade(_config(ctx.db.engine), "0009_perf18c")
        _fill(ctx, seed=11)
        command.upgrade(_config(ctx.db.engine), "head")
        assert current_revision(ctx.db.engine) == SCHEMA_HEAD
        with ctx.db.session() as session:
            names = {r[0] for r in session.connection().exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'commitment'")}
        assert {"ix_commitment_document_id_id", "ix_commitment_status_deadline_id"} <= names
        assert _orders(ctx) == lite
    finally:
        ctx.close()
