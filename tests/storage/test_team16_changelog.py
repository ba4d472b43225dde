"""Who did what, and no lost updates (issue 16): created_by/updated_by, versions and the
change log are written at the storage level, and two clients on one SQLite file cannot
overwrite each other's changes silently."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from tests.services.register_fixtures import two_clients
from tracker.domain.model import Status
from tracker.services import commitments, history
from tracker.storage.errors import ConflictError


def _log(ctx, **kw):
    return history.changes(ctx, **kw)


@pytest.fixture
def two(db_path):
    """Two clients (own engine, own identity) on one library file."""
    yield from two_clients(db_path)


def test_rows_record_who_created_and_changed_them_and_their_version(two):
    a, b, ids = two
    c = commitments.get(a, ids[0])
    assert (c.created_by, c.updated_by, c.version) == ("alice", "alice", 1)
    after = commitments.update(b, replace(c, notes="县里已报进度"))
    assert (after.created_by, after.updated_by, after.version) == ("alice", "bob", 2)


def test_every_changed_field_is_logged_with_before_and_after(two):
    a, b, ids = two
    c = commitments.get(a, ids[1])
    commitments.update(b, replace(c, notes="新备注", themes=["城市", "黑臭水体"]))
    log = _log(a, commitment_id=ids[1])
    assert log[0].action == "insert" and log[0].actor == "alice"
    assert log[0].after["quote"] == c.quote
    changed = {(e.field, json.dumps(e.before, ensure_ascii=False),
                json.dumps(e.after, ensure_ascii=False)) for e in log if e.action == "update"}
    assert ("notes", '""', '"新备注"') in changed
    assert ("themes", '["城市", "水"]', '["城市", "黑臭水体"]') in changed
    assert all(e.actor == "bob" for e in log if e.action == "update")


def test_a_stale_save_is_a_conflict_and_writes_nothing(two):
    a, b, ids = two
    mine_read = commitments.get(a, ids[2])
    theirs_read = commitments.get(b, ids[2])
    commitments.update(b, replace(theirs_read, notes="bob 的修改"))
    with pytest.raises(ConflictError) as caught:
        commitments.update(a, replace(mine_read, notes="alice 的修改"))
    err = caught.value
    assert err.theirs.notes == "bob 的修改" and err.mine.notes == "alice 的修改"
    assert err.who == "bob"
    assert commitments.get(a, ids[2]).notes == "bob 的修改"
    notes_log = [e for e in _log(a, commitment_id=ids[2]) if e.field == "notes"]
    assert [(e.actor, e.after) for e in notes_log] == [("bob", "bob 的修改")]
    # keep mine: saved knowingly over theirs, and both are in the log
    kept = commitments.keep_mine(a, err.mine, err.theirs)
    assert kept.notes == "alice 的修改" and kept.version == err.theirs.version + 1
    notes_log = [e for e in _log(a, commitment_id=ids[2]) if e.field == "notes"]
    assert [(e.actor, e.before, e.after) for e in notes_log] == [
        ("bob", "", "bob 的修改"), ("alice", "bob 的修改", "alice 的修改")]


def test_a_write_racing_another_clients_commit_is_a_conflict(two):
    """The ORM's own check: both sessions read version 1; the second write finds the row
    moved on (SQLite: its snapshot is stale) and raises ConflictError, never overwrites."""
    a, b, ids = two
    from tracker.storage.tables import CommitmentRow

    with pytest.raises(ConflictError), a.db.session() as sa:
        row = sa.get(CommitmentRow, ids[3])
        assert row.version == 1
        commitments.update(b, replace(commitments.get(b, ids[3]), notes="bob"))
        row.notes = "alice"
        sa.add(row)
        sa.flush()
    assert commitments.get(a, ids[3]).notes == "bob"


def test_status_changes_progress_entries_and_themes_are_logged(two):
    a, b, ids = two
    commitments.change_status(b, [ids[0]], Status.ACHIEVED, "已完成")
    log = _log(a, commitment_id=ids[0])
    assert any(e.table == "progress_entry" and e.action == "insert" and e.actor == "bob"
               and e.after["note"] == "已完成" for e in log)
    assert any(e.field == "status" and e.before == "on_track" and e.after == "achieved"
               for e in log)


def test_ledger_import_and_deletes_are_logged(two, tmp_path):
    a, b, ids = two
    from tracker.services import ledger

    path = tmp_path / "l.csv"
    ledger.export_ledger(a, path)
    sheet = path.read_text(encoding="utf-8-sig")
    path.write_text(sheet.replace("省人大常委会", "省人大办公厅"), encoding="utf-8-sig")
    result = ledger.import_ledger(b, path)
    assert result.written and result.updated
    assert any(e.actor == "bob" and e.field == "responsible"
               for e in _log(a, commitment_id=ids[3]))
    ledger.undo_import(b, result)   # the undo expects the version the import left
    ledger.redo_import(b, result)
    commitments.delete(a, ids[4])
    gone = [e for e in _log(a, commitment_id=ids[4]) if e.action == "delete"]
    assert len(gone) == 1 and gone[0].actor == "alice"
    assert gone[0].before["quote"] == "南昌市全面消除劣五类水体"


def test_history_filters_by_person_and_date_and_exports_csv_for_excel(two, tmp_path):
    a, b, ids = two
    commitments.update(b, replace(commitments.get(b, ids[0]), notes="b"))
    assert {e.actor for e in _log(a, actor="bob")} == {"bob"}
    assert history.people(a, ids[0]) == ["alice", "bob"]
    today = date.today()
    assert _log(a, actor="bob", since=today + timedelta(days=2)) == []
    assert _log(a, actor="bob", until=today - timedelta(days=2)) == []
    assert len(_log(a, actor="bob", since=today - timedelta(days=1),
                    until=today + timedelta(days=1))) == 1
    out = tmp_path / "修改记录.csv"
    n = history.export_csv(_log(a, commitment_id=ids[0]), out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "时间,修改人,操作,对象,编号,字段,修改前,修改后"
    assert len(lines) == n + 1 and lines[-1].endswith(",notes,,b")


def test_writes_outside_the_services_are_logged_too(two):
    """The storage events cover any Session, not only the service calls."""
    a, _b, ids = two
    from sqlmodel import Session

    from tracker.storage.tables import CommitmentRow

    with Session(a.db.engine) as session:
        row = session.get(CommitmentRow, ids[1])
        row.title = "黑臭水体"
        session.add(row)
        session.commit()
    with a.db.engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM change_log WHERE field='title'")).scalar()
    assert n == 1
