"""The CSV export of the same register is the same file on SQLite and on PostgreSQL (their
streams are read differently: SQLite walks an order table, PostgreSQL sorts in one
statement), in every column's order, both ways, with and without a filter."""

from __future__ import annotations

import pytest

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import BodyRef, BodyRole, Status
from tracker.export.columns import COLUMNS
from tracker.services import commitments, ledger, register
from tracker.services.context import AppContext

from tests.services.register_fixtures import build_register

# names and text that a CSV cell must quote or guard
_AWKWARD_LEAD = '甲，乙"联合"办'
_FORMULA_NOTE = "=SUM(A1:A2)"


def _register(target) -> AppContext:
    ctx = AppContext.open(target)
    ids = build_register(ctx)
    commitments.change_status(ctx, [ids[2]], Status.ON_TRACK, "开工")
    commitments.change_status(ctx, [ids[1]], Status.ACHIEVED, "已完成\n佐证材料：验收报告")
    c = commitments.get(ctx, ids[3])
    c.responsible = [BodyRef(_AWKWARD_LEAD, BodyRole.LEAD), BodyRef("省水利厅", BodyRole.SUPPORT),
                     BodyRef("省财政厅", BodyRole.SUPPORT),
                     # listed after bodies whose names sort after it: the cell keeps the
                     # list's order (PostgreSQL aggregates pre-sorted rows, not by name)
                     BodyRef("省发展改革委", BodyRole.SUPPORT)]
    c.themes = ["水环境", "大气", "碳达峰"]   # written in name order on both backends
    c.notes = _FORMULA_NOTE
    commitments.update(ctx, c)
    with ctx.db.session() as session:   # the same UUIDs in both databases
        conn = session.connection()
        for n, cid in enumerate(ids):
            conn.exec_driver_sql(f"UPDATE commitment SET uuid = "
                                 f"'00000000-0000-4000-8000-{n:012d}' WHERE id = {cid}")
        session.commit()
    return ctx


@pytest.fixture
def both(db_path, pg_url):
    lite, server = _register(db_path), _register(pg_url)
    yield lite, server
    lite.close()
    server.close()


def test_csv_export_is_the_same_file_on_both_backends(both, tmp_path):
    lite, server = both
    every = tuple(COLUMNS)
    filters = (CommitmentFilter(), CommitmentFilter(region_code="140000"))
    written = 0
    for f in filters:
        for sort in register.SORT_COLUMNS:
            for descending in (False, True):
                for columns in (None, every):
                    files = []
                    for name, ctx in (("sqlite", lite), ("pg", server)):
                        path = tmp_path / f"{name}.csv"
                        written = ledger.export_ledger(ctx, path, "csv", filter=f, sort=sort,
                                                       descending=descending, columns=columns)
                        files.append(path.read_bytes())
                    assert files[0] == files[1], (f, sort, descending, columns)
    text = files[0].decode("utf-8-sig")
    assert written == 4 and '"""甲，乙""""联合""""办"""' in text and "'=SUM(A1:A2)" in text
    assert "验收报告" in text and "开工" in text
    assert ",省水利厅；省财政厅；省发展改革委," in text and ",大气；水环境；碳达峰," in text
