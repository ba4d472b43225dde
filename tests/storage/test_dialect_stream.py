"""driver_stream: a long read a block at a time, on a server from a server-side cursor
(the whole result of a plain cursor lands in the client's memory: a million rows of an
export)."""

from __future__ import annotations

from tracker.services import ledger
from tracker.storage import register_queries as q
from tracker.storage.dialect import driver_execute, driver_stream

from tests.services.register_fixtures import build_register


def test_stream_gives_every_row_in_order_a_block_at_a_time(ctx, backend):
    ids = build_register(ctx)
    with ctx.db.session() as session:
        cursor = driver_stream(session, "SELECT id FROM commitment WHERE id >= ? ORDER BY id",
                               (min(ids),))
        if backend == "postgresql":   # the rows wait on the server, in a cursor
            open_cursors = [r[0] for r in driver_execute(session,
                                                         "SELECT name FROM pg_cursors")]
            assert open_cursors == ["tracker_stream"]
        blocks = []
        while block := cursor.fetchmany(2):
            blocks.append([r[0] for r in block])
        cursor.close()
        assert [len(b) for b in blocks] == [2, 2, 1]
        assert [i for b in blocks for i in b] == sorted(ids)


def test_export_in_blocks_smaller_than_the_register_writes_every_row(ctx, tmp_path,
                                                                     monkeypatch):
    build_register(ctx)
    whole = tmp_path / "whole.csv"
    assert ledger.export_ledger(ctx, whole, "csv") == 5
    monkeypatch.setattr(q, "_FETCH", 2)   # three fetches from the stream, not one
    blocks = tmp_path / "blocks.csv"
    assert ledger.export_ledger(ctx, blocks, "csv") == 5
    assert blocks.read_bytes() == whole.read_bytes()
    # the stream was closed with its cursor: a second export in the same context works
    assert ledger.export_ledger(ctx, tmp_path / "again.csv", "csv") == 5
