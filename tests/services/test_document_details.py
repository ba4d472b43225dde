"""Correcting a document's details and removing a document (services and CLI)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tracker.cli import main
from tracker.domain.model import (
    Commitment, Deadline, Document, Kind, Precision, Status,
)
from tracker.domain.spans import Span
from tracker.services import commitments, library
from tracker.services.context import AppContext
from tracker.storage import repos

TEXT = "各县区要在三年内完成整改。年底前建成监测网络。2030年前实现碳达峰。"
DOC_DATE = date(2024, 3, 1)


def _commitment(doc_id: int, quote: str, words: str, when: date) -> Commitment:
    start = TEXT.index(quote)
    return Commitment(document_id=doc_id, span=Span.of(TEXT, start, start + len(quote)),
                      kind=Kind.DEADLINE, deadline=Deadline(words, when, Precision.DAY))


@pytest.fixture
def ctx(tmp_path):
    c = AppContext.open(tmp_path / "d.db")
    yield c
    c.close()


@pytest.fixture
def doc(ctx):
    """A document dated 2024-03-01 with three commitments: two deadlines relative to the
    date (三年内, 年底前), one absolute (2030年前), and one progress entry."""
    with ctx.db.session() as session:
        d = repos.add_document(session, Document(title="整改方案", text=TEXT, doc_date=DOC_DATE,
                                                 text_sha256="x"), b"raw bytes")
    ids = [commitments.create(ctx, _commitment(d.id, q, w, when)).id for q, w, when in [
        ("各县区要在三年内完成整改", "三年内", date(2027, 3, 1)),
        ("年底前建成监测网络", "年底前", date(2024, 12, 31)),
        ("2030年前实现碳达峰", "2030年前", date(2030, 12, 31)),
    ]]
    commitments.change_status(ctx, [ids[0]], Status.ON_TRACK, "已启动", on=date(2024, 5, 1))
    return d.id, ids


def _deadlines(ctx, ids):
    return [commitments.get(ctx, i).deadline.date for i in ids]


def test_new_date_moves_relative_deadlines_and_undo_puts_them_back(ctx, doc):
    doc_id, ids = doc
    edit = library.edit_document(ctx, doc_id, doc_date=date(2026, 2, 10), title=" 新标题 ")
    assert _deadlines(ctx, ids) == [date(2029, 2, 10), date(2026, 12, 31), date(2030, 12, 31)]
    assert library.get_document(ctx, doc_id).title == "新标题"
    assert {m.commitment_id for m in edit.moved} == {ids[0], ids[1]}
    library.undo_edit(ctx, edit)
    assert _deadlines(ctx, ids) == [date(2027, 3, 1), date(2024, 12, 31), date(2030, 12, 31)]
    d = library.get_document(ctx, doc_id)
    assert (d.title, d.doc_date) == ("整改方案", DOC_DATE)
    library.redo_edit(ctx, edit)
    assert _deadlines(ctx, ids)[0] == date(2029, 2, 10)


def test_a_deadline_set_by_hand_does_not_move(ctx, doc):
    doc_id, ids = doc
    c = commitments.get(ctx, ids[1])
    commitments.update(ctx, Commitment(**{**c.__dict__, "deadline": Deadline(
        "年底前", date(2025, 6, 30), Precision.DAY)}))
    library.edit_document(ctx, doc_id, doc_date=date(2026, 2, 10))
    assert commitments.get(ctx, ids[1]).deadline.date == date(2025, 6, 30)


def test_keep_deadlines_when_asked(ctx, doc):
    doc_id, ids = doc
    edit = library.edit_document(ctx, doc_id, move_deadlines=False, doc_date=date(2026, 2, 10))
    assert edit.moved == () and _deadlines(ctx, ids)[0] == date(2027, 3, 1)


@pytest.mark.parametrize("changes, message", [
    ({"title": "  "}, "title cannot be empty"),
    ({"region_code": "999999"}, "unknown region"),
    ({"doc_date": "2024-01-01"}, "not a date"),
])
def test_bad_details_are_refused_with_a_reason(ctx, doc, changes, message):
    with pytest.raises(library.DocumentEditError, match=message):
        library.edit_document(ctx, doc[0], **changes)
    assert library.get_document(ctx, doc[0]).title == "整改方案"


def test_all_six_details_are_editable(ctx, doc):
    edit = library.edit_document(ctx, doc[0], title="T", doc_date=date(2025, 1, 2),
                                 doc_type="plan", issuer="某市人民政府", region_code="360100",
                                 script="traditional")
    d = library.get_document(ctx, doc[0])
    assert (d.title, d.doc_date, d.doc_type.value, d.issuer, d.region_code, d.script.value) == (
        "T", date(2025, 1, 2), "plan", "某市人民政府", "360100", "traditional")
    assert set(edit.after) == set(library.FIELDS)


def test_remove_keeping_commitments_detaches_them_with_their_progress(ctx, doc):
    doc_id, ids = doc
    gone = library.remove_document(ctx, doc_id, library.KEEP)
    assert [d.id for d in library.list_documents(ctx)] == []
    assert [commitments.get(ctx, i).document_id for i in ids] == [None, None, None]
    assert [e.note for e in commitments.progress(ctx, ids[0])] == ["已启动"]
    library.restore_document(ctx, gone)
    assert [commitments.get(ctx, i).document_id for i in ids] == [doc_id] * 3
    with ctx.db.session() as session:
        assert repos.document_raw(session, doc_id) == b"raw bytes"


def test_remove_with_commitments_then_undo_restores_progress(ctx, doc):
    doc_id, ids = doc
    assert library.removal_impact(ctx, doc_id).progress_entries == 1
    gone = library.remove_document(ctx, doc_id, library.REMOVE)
    assert commitments.get_many(ctx, ids) == []
    library.restore_document(ctx, gone)
    back = commitments.get_many(ctx, ids)
    assert sorted(c.id for c in back) == sorted(ids)
    assert all(c.document_id == doc_id for c in back)
    entries = commitments.progress(ctx, ids[0])
    assert [(e.note, e.status) for e in entries] == [("已启动", Status.ON_TRACK)]


# ---------------------------------------------------------------- the command line

def _cli(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_edit_date_and_region(ctx, doc, capsys):
    doc_id, ids = doc
    db = str(ctx.db.url or ctx.db.path)
    rc, out, err = _cli(capsys, "--db", db, "docs", "edit", str(doc_id), "--date", "2026-02-10",
                        "--region", "南昌市", "--title", "新标题", "--json")
    assert rc == 0, err
    row = json.loads(out)
    assert (row["date"], row["region_code"], row["title"]) == ("2026-02-10", "360100", "新标题")
    assert {m["commitment"] for m in row["deadlines_moved"]} == {ids[0], ids[1]}
    rc, _, err = _cli(capsys, "--db", db, "docs", "edit", str(doc_id), "--region", "不存在的地方")
    assert rc == 2 and "unknown region" in err
    rc, _, err = _cli(capsys, "--db", db, "docs", "edit", "999", "--title", "x")
    assert rc == 1 and "no document 999" in err


def test_cli_remove_asks_what_to_do_with_commitments(ctx, doc, capsys):
    doc_id, ids = doc
    db = str(ctx.db.url or ctx.db.path)
    rc, _, err = _cli(capsys, "--db", db, "docs", "remove", str(doc_id))
    assert rc == 2 and "3 registered commitments with 1 progress entries" in err
    assert len(library.list_documents(ctx)) == 1
    rc, out, _ = _cli(capsys, "--db", db, "docs", "remove", str(doc_id), "--commitments", "keep")
    assert rc == 0 and "kept on their own" in out
    assert library.list_documents(ctx) == []
    assert len(commitments.get_many(ctx, ids)) == 3


def test_search_forgets_a_removed_document_and_finds_it_after_undo(ctx, doc):
    from tracker.services import search

    doc_id, _ids = doc
    assert search.search(ctx, "监测网络").total_documents == 1
    gone = library.remove_document(ctx, doc_id, library.KEEP)
    assert search.search(ctx, "监测网络").total_documents == 0
    library.restore_document(ctx, gone)
    assert search.search(ctx, "监测网络").total_documents == 1
