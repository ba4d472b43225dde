"""The table's text sorts (label, document title) come in SQLite's order on a server whose
collation sorts otherwise (issue 16): a zh database (ICU, pinyin order) gives the rows in
code-point order, as SQLite's BINARY does, through the dialect seam's COLLATE "C"."""

from __future__ import annotations

import os

import pytest

from tracker.domain.filters import CommitmentFilter
from tracker.services import register
from tracker.services.context import AppContext

LABELS = ["中期目标", "啊字开头", "安全生产", "波浪", "Zeta 工程", "beta 工程", "中期评估"]
_serial = iter(range(1, 10_000))


def _fill(ctx) -> None:
    with ctx.db.session() as session:
        conn = session.connection()
        for i, label in enumerate(LABELS, 1):
            conn.exec_driver_sql(
                "INSERT INTO document (id, uuid, title, text, source_format, sha256,"
                " text_sha256, doc_type, script, imported_at, updated_at) VALUES (?, ?, ?,"
                " '正文', 'txt', '', '', 'other', 'simplified', '2024-01-01 00:00:00',"
                " '2024-01-01 00:00:00')", (i, f"d-{i}", label))
        for i, label in enumerate(LABELS, 1):
            conn.exec_driver_sql(
                "INSERT INTO commitment (id, uuid, quote, kind, status, origin, notes, start,"
                " \"end\", prefix, suffix, created_at, updated_at, document_id) VALUES (?, ?,"
                " ?, 'target', 'on_track', 'manual', '', 0, 0, '', '', '2026-01-01',"
                " '2026-01-01', ?)", (i, f"u-{i}", label, 8 - i))


@pytest.fixture
def zh_server(pg_cluster):
    """A register on a database whose collation is Chinese (ICU 'zh': pinyin order)."""
    from tracker.storage.migrate import upgrade_server

    name = f"zh{os.getpid()}_{next(_serial)}"
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
                     " LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'zh'")
    url = pg_cluster.url(name)
    upgrade_server(url)
    yield url
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_label_and_title_sorts_follow_code_points_as_on_sqlite(zh_server, db_path):
    orders = []
    for target in (db_path, zh_server):
        ctx = AppContext.open(target)
        try:
            _fill(ctx)
            if target == zh_server:   # the server's own order is pinyin, not code points
                with ctx.db.session() as session:
                    own = [r[0] for r in session.connection().exec_driver_sql(
                        "SELECT quote FROM commitment ORDER BY quote")]
                assert own != sorted(LABELS)
            orders.append({(sort, desc, bool(f.text)): register.ids(ctx, f, sort, desc)
                           for sort in ("quote", "document") for desc in (False, True)
                           for f in (CommitmentFilter(), CommitmentFilter(text="工程"))})
        finally:
            ctx.close()
    lite, server = orders
    assert server == lite
    by_label = [i for _label, i in sorted((label, i) for i, label in enumerate(LABELS, 1))]
    assert lite[("quote", False, False)] == by_label
