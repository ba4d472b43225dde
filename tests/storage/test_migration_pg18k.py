"""Migration 0013_pg18k: on a server the table's sort by label (title, else quote, in
code-point order, then id) is a walk of an index (ix_commitment_label_c), both ways, for
the first page and the pages after; the upgrade from 0012_ovf18k with rows builds it
(and the downgrade takes it away); SQLite's schema is left as it was."""

from __future__ import annotations

from alembic import command

from tracker.domain.filters import CommitmentFilter
from tracker.services import register
from tracker.services.context import AppContext
from tracker.storage import register_queries as q
from tracker.storage.dialect import to_postgresql
from tracker.storage.migrate import SCHEMA_HEAD, _config, current_revision

LABELS = ["中期目标", "啊字开头", "安全生产", "Zeta 工程", "beta 工程", "中期目标"]


def _fill(ctx: AppContext) -> None:
    with ctx.db.session() as session:
        conn = session.connection()
        for i, label in enumerate(LABELS, 1):
            conn.exec_driver_sql(
                "INSERT INTO commitment (id, uuid, quote, title, kind, status, origin, notes,"
                " start, \"end\", prefix, suffix, created_at, updated_at) VALUES (?, ?, ?, ?,"
                " 'target', 'on_track', 'manual', '', 0, 0, '', '', '2026-01-01',"
                " '2026-01-01')", (i, f"u-{i}", f"原文{i}" if i % 2 else label,
                                   label if i % 2 else None))


def _indexes(ctx: AppContext, backend: str) -> set[str]:
    with ctx.db.session() as session:
        conn = session.connection()
        if backend == "postgresql":
            return {r[0] for r in conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'commitment'")}
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'commitment'")}


def _plan(ctx: AppContext, descending: bool, offset: int) -> str:
    """PostgreSQL's plan of a page of the unfiltered label sort, as IdPages asks it, with
    sorting made the planner's last resort (a few rows are otherwise sorted in memory,
    whatever the indexes)."""
    (sql, params), = q._ids_sql(CommitmentFilter(), ctx.today(), "quote", descending)
    sql, params = to_postgresql(f"EXPLAIN {sql} LIMIT 200 OFFSET {offset}", tuple(params))
    with ctx.db.session() as session:
        raw = session.connection().connection.driver_connection
        raw.execute("SET LOCAL enable_sort = off")
        raw.execute("SET LOCAL enable_seqscan = off")
        return "\n".join(r[0] for r in raw.execute(sql, params))


def test_the_label_sort_walks_its_index_on_a_server(ctx, backend):
    _fill(ctx)
    if backend == "postgresql":
        for descending in (False, True):
            for offset in (0, 4):
                plan = _plan(ctx, descending, offset)
                assert "ix_commitment_label_c" in plan, plan
                assert "Sort" not in plan, plan
    # the walk's order is the label's in code points, ties by id, either way
    ordered = sorted(range(1, 7), key=lambda i: (LABELS[i - 1], i))
    assert register.ids(ctx, CommitmentFilter(), "quote") == ordered
    assert register.ids(ctx, CommitmentFilter(), "quote", True) == ordered[::-1]
    pages = register.IdPages(ctx, CommitmentFilter(), "quote", True, fold=False)
    assert pages.page(0, 4) + pages.page(4, 4) == ordered[::-1]


def test_upgrade_from_0012_builds_the_index_and_the_downgrade_drops_it(ctx, backend):
    engine = ctx.db.engine
    before = _indexes(ctx, backend)
    command.downgrade(_config(engine), "0012_ovf18k")
    _fill(ctx)
    after_down = _indexes(ctx, backend)
    assert "ix_commitment_label_c" not in after_down
    command.upgrade(_config(engine), "head")
    assert current_revision(engine) == SCHEMA_HEAD == "0013_pg18k"
    if backend == "postgresql":
        assert _indexes(ctx, backend) == after_down | {"ix_commitment_label_c"} == before
    else:   # nothing changes on SQLite
        assert _indexes(ctx, backend) == after_down == before
    assert len(register.ids(ctx, CommitmentFilter(), "quote")) == len(LABELS)
