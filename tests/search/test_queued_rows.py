"""Rows changed since the index was last brought up to date are searched as they are now,
without a sync (issue 16): a read-only member's client cannot write the index, and other
clients' changes wait in the queue until a writer's client indexes them."""

from __future__ import annotations

from tracker.search import run_search, sync


def _found(lib, query: str) -> tuple[set[int], set[int]]:
    with lib.db.session() as s:   # no sync here, unlike lib.search
        res = run_search(s.connection(), query, limit=100, commitment_limit=100)
    return {d.doc_id for d in res.documents}, {c.commitment_id for c in res.commitments}


def test_queued_rows_are_found_as_they_are_now_and_not_as_indexed(lib):
    doc = lib.add_doc("湿地保护条款", title="甲")
    cid = lib.add_commitment(doc, "湿地保护", notes="督办")
    other = lib.add_commitment(doc, "湿地公园")
    with lib.db.session() as s:
        sync(s.connection())
    lib.execute("UPDATE commitment SET quote = ? WHERE id = ?", ("草原保護", cid))  # queued
    new = lib.add_commitment(doc, "新增草原")                                        # queued
    for query, commitments in (("湿地", {other}), ("草原", {cid, new}), ("草", {cid, new}),
                               ("草原保", {cid}), ("保护", {cid}), ("督办", {cid})):
        assert _found(lib, query) == ({doc} if query in ("湿地", "保护") else set(),
                                      commitments), query
    lib.execute("DELETE FROM commitment WHERE id = ?", (new,))
    assert _found(lib, "新增") == (set(), set())
