"""Two clients of a team server saving at the same moment can take row locks in opposite
orders (the count rows the triggers keep are shared by everyone). PostgreSQL then cancels
one of them (deadlock, SQLSTATE 40P01). That client must get a ConflictError — the conflict
dialog, nothing written, save again — not a database error."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from tests.services.register_fixtures import build_register
from tracker.services.context import AppContext
from tracker.storage.errors import ConflictError


def test_a_deadlock_on_the_server_comes_out_as_a_conflict(db_target, backend):
    if backend != "postgresql":
        pytest.skip("SQLite has one writer at a time: no deadlock between two clients")
    a = AppContext.open(db_target)
    ids = build_register(a)
    b = AppContext.open(db_target)
    x, y = ids[0], ids[1]
    both_hold_one = threading.Barrier(2, timeout=30)
    outcome: dict[str, BaseException | None] = {}

    def save(ctx, first, second, who):
        try:
            with ctx.db.session() as s:
                s.execute(text("UPDATE commitment SET status = 'at_risk' WHERE id = :i"),
                          {"i": first})
                both_hold_one.wait()
                s.execute(text("UPDATE commitment SET status = 'on_track' WHERE id = :i"),
                          {"i": second})
            outcome[who] = None
        except BaseException as exc:  # noqa: BLE001 - the test inspects what came out
            outcome[who] = exc

    try:
        threads = [threading.Thread(target=save, args=(a, x, y, "a")),
                   threading.Thread(target=save, args=(b, y, x, "b"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        failed = [e for e in outcome.values() if e is not None]
        assert len(outcome) == 2 and len(failed) == 1, outcome
        assert isinstance(failed[0], ConflictError), repr(failed[0])
        # the winner's two changes are stored whole, the loser's not at all
        with a.db.session() as s:
            got = dict(s.execute(text("SELECT id, status FROM commitment WHERE id IN (:x, :y)"),
                                 {"x": x, "y": y}).all())
        winner = "a" if outcome["a"] is None else "b"
        assert got == ({x: "at_risk", y: "on_track"} if winner == "a"
                       else {y: "at_risk", x: "on_track"})
    finally:
        a.close()
        b.close()
