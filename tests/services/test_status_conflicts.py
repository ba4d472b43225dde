"""Status changes get the conflict detection edits have (issue 16): two clients (two
sessions, own engines) on one register, on SQLite and on PostgreSQL. A status change made
on a version someone else has changed since writes nothing (no status, no progress entry)
and says whose change it was; "keep mine" is the same change again, with its progress
entry, at their version; undo and redo expect the version our own change left."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.services.register_fixtures import two_clients
from tracker.domain.model import Status
from tracker.services import commitments
from tracker.services.operations import ChangeStatus, RepeatStatusStep
from tracker.storage.errors import ConflictError


@pytest.fixture
def two(db_target):
    """Two clients (own engine, own identity) on one register (file or server)."""
    yield from two_clients(db_target)


def _state(ctx, cid):
    c = commitments.get(ctx, cid)
    return c.status, c.version, [(e.status, e.note) for e in commitments.progress(ctx, cid)]


def test_a_status_change_on_a_stale_version_writes_nothing_and_keep_mine_retries(two):
    a, b, ids = two
    cid = ids[0]
    seen = commitments.versions(a, [cid])                 # alice opens the status dialog
    c = commitments.get(b, cid)
    commitments.update(b, replace(c, notes="bob 改了备注"))  # bob saves meanwhile
    before = _state(b, cid)
    op = ChangeStatus([cid], Status.AT_RISK, "进度滞后", expected=seen)
    with pytest.raises(ConflictError) as caught:
        op.do(a)
    exc = caught.value
    assert _state(b, cid) == before                       # no status, no entry written
    assert exc.who == "bob" and exc.theirs.notes == "bob 改了备注"
    assert exc.mine.status is Status.AT_RISK and exc.theirs.status is not Status.AT_RISK
    assert "bob" in str(exc)
    # keep mine: the same change at their version, with its progress entry
    assert isinstance(exc.retry, ChangeStatus)
    exc.retry.do(a)
    status, _version, entries = _state(b, cid)
    assert status is Status.AT_RISK and entries[-1] == (Status.AT_RISK, "进度滞后")
    assert commitments.get(b, cid).notes == "bob 改了备注"   # theirs kept as well


def test_without_a_change_in_between_it_saves_and_undo_redo_are_no_conflict(two):
    a, _b, ids = two
    cid = ids[1]
    op = ChangeStatus([cid], Status.AT_RISK, "滞后", expected=commitments.versions(a, [cid]))
    op.do(a)
    assert _state(a, cid)[0] is Status.AT_RISK
    op.undo(a)
    assert _state(a, cid)[0] is not Status.AT_RISK
    op.do(a)
    assert _state(a, cid)[0] is Status.AT_RISK


def test_undoing_a_status_change_someone_changed_since_is_a_conflict(two):
    a, b, ids = two
    cid = ids[2]
    op = ChangeStatus([cid], Status.AT_RISK, "滞后", expected=commitments.versions(a, [cid]))
    op.do(a)
    commitments.change_status(b, [cid], Status.ON_TRACK, "bob 说已恢复")
    before = _state(b, cid)
    with pytest.raises(ConflictError) as caught:
        op.undo(a)
    assert caught.value.who == "bob"
    assert _state(b, cid) == before                       # bob's change stands


def test_one_stale_commitment_of_several_changes_none_of_them(two):
    a, b, ids = two
    seen = commitments.versions(a, ids[:3])
    c = commitments.get(b, ids[2])
    commitments.update(b, replace(c, notes="改"))
    before = [_state(b, cid) for cid in ids[:3]]
    with pytest.raises(ConflictError):
        ChangeStatus(ids[:3], Status.AT_RISK, "滞后", expected=seen).do(a)
    assert [_state(b, cid) for cid in ids[:3]] == before


def test_undo_over_their_change_offers_keep_mine_the_undo_at_their_version(two):
    """The conflict of an undo has a "mine" (theirs with the status the undo puts back)
    and a retry: the undo again at their version, itself undoable."""
    a, b, ids = two
    cid = ids[3]
    old = commitments.get(a, cid).status
    op = ChangeStatus([cid], Status.AT_RISK, "滞后", expected=commitments.versions(a, [cid]))
    op.do(a)
    commitments.change_status(b, [cid], Status.ON_TRACK, "bob 说已恢复")
    with pytest.raises(ConflictError) as caught:
        op.undo(a)
    exc = caught.value
    assert exc.mine.status is old and exc.theirs.status is Status.ON_TRACK
    assert exc.mine.version != exc.theirs.version
    assert isinstance(exc.retry, RepeatStatusStep)
    exc.retry.do(a)                                       # keep mine: my change undone
    status, _version, entries = _state(b, cid)
    assert status is old
    assert (Status.AT_RISK, "滞后") not in entries and entries[-1] == (Status.ON_TRACK,
                                                                       "bob 说已恢复")
    exc.retry.undo(a)                                     # and that is undoable: mine again
    status, _version, entries = _state(b, cid)
    assert status is Status.AT_RISK and (Status.AT_RISK, "滞后") in entries


def test_redo_over_their_change_offers_keep_mine_the_redo_at_their_version(two):
    a, b, ids = two
    cid = ids[4]
    op = ChangeStatus([cid], Status.AT_RISK, "滞后", expected=commitments.versions(a, [cid]))
    op.do(a)
    op.undo(a)
    commitments.change_status(b, [cid], Status.ON_TRACK, "bob 说已开工")
    before = _state(b, cid)
    with pytest.raises(ConflictError) as caught:
        op.do(a)                                          # redo
    exc = caught.value
    assert _state(b, cid) == before                       # nothing written
    assert exc.mine.status is Status.AT_RISK and exc.theirs.status is Status.ON_TRACK
    exc.retry.do(a)
    status, _version, entries = _state(b, cid)
    assert status is Status.AT_RISK and (Status.AT_RISK, "滞后") in entries
    assert (Status.ON_TRACK, "bob 说已开工") in entries      # theirs stays in the history
    exc.retry.undo(a)                                     # undoable: my entry out again
    status, _version, entries = _state(b, cid)
    assert (Status.AT_RISK, "滞后") not in entries and (Status.ON_TRACK, "bob 说已开工") \
        in entries
