"""driver_stream: a long read a block at a time, on a server from a server-side cursor
(the whole result of a plain cursor lands in the client's memory: a million rows of an
export)."""

from __future__ import annotations

import pytest

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


class _Cursor:
    """fetchmany over a list; records the thread each fetch ran on; fails when told."""

    def __init__(self, rows, fail_at=None):
        self.rows, self.fail_at, self.fetches, self.threads = list(rows), fail_at, 0, set()

    def fetchmany(self, size):
        import threading

        self.threads.add(threading.current_thread().name)
        self.fetches += 1
        if self.fail_at is not None and self.fetches == self.fail_at:
            raise RuntimeError("the server went away")
        block, self.rows = self.rows[:size], self.rows[size:]
        return block


def test_read_ahead_gives_the_blocks_in_order_fetched_by_its_thread():
    cursor = _Cursor(range(7))
    assert list(q.read_ahead(cursor, 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert cursor.threads == {"tracker-read-ahead"}


def test_read_ahead_stops_its_thread_when_the_reader_stops_early():
    import threading

    cursor = _Cursor(range(100))
    blocks = q.read_ahead(cursor, 2)
    assert next(blocks) == [0, 1]
    blocks.close()
    assert not any(t.name == "tracker-read-ahead" for t in threading.enumerate())
    assert cursor.fetches <= 3   # the current block, one waiting, one being put


def test_read_ahead_raises_the_fetch_error_to_the_reader():
    blocks = q.read_ahead(_Cursor(range(10), fail_at=2), 3)
    assert next(blocks) == [0, 1, 2]
    with pytest.raises(RuntimeError, match="the server went away"):
        next(blocks)
