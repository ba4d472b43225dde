"""The reversible operations (services/operations.py) without a window: what each `do`
returns as Changes, that `undo` takes it back and `do` again puts back the same rows; and
the one status-change service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tracker.domain.model import Evidence, EvidenceKind, Status
from tracker.domain.spans import Span
from tracker.services import commitments, library, operations, register, themes
from tracker.services.changes import ChangeKind, Changes, Delta

from tests.services.register_fixtures import TEXT, build_register


@pytest.fixture
def reg(ctx):
    return ctx, build_register(ctx)


def _state(ctx):
    ids = sorted(register.ids(ctx))
    # what the user sees; the bookkeeping (the row's version, who changed it last and
    # when) moves on with every save, undo and redo included
    return ([replace(c, updated_at=None, updated_by="", version=None)
             for c in commitments.get_many(ctx, ids)],
            {i: commitments.progress(ctx, i) for i in ids},
            library.list_documents(ctx))


def _round_trip(ctx, op) -> Changes:
    """do, undo, do: the undo restores the state before, the redo the state after."""
    before = _state(ctx)
    changes = op.do(ctx)
    after = _state(ctx)
    assert changes and after != before
    undone = op.undo(ctx)
    assert _state(ctx) == before
    assert undone == changes.inverse() and undone.undone and undone.kind is changes.kind
    assert op.do(ctx) == changes
    assert _state(ctx) == after
    return changes


def test_delta_and_changes_basics():
    d = Delta.of(created=[1, None], updated=[1, 2], deleted=[3])
    assert d == Delta(frozenset({1}), frozenset({2}), frozenset({3}))   # created wins
    assert d.ids == {1, 2, 3} and d.inverse() == Delta(frozenset({3}), frozenset({2}),
                                                       frozenset({1}))
    assert not Changes(ChangeKind.EDIT) and not Delta()
    assert Changes(ChangeKind.REJECT, reviews=frozenset({4}))
    assert not Changes(ChangeKind.REJECT, reviews=frozenset({4})).concerns_commitments()
    everything = Changes.reload()
    assert everything.concerns_commitments() and everything.concerns_documents()
    assert everything.kind is ChangeKind.RELOAD


def test_tag_edit_delete_round_trip_with_the_same_ids(reg):
    ctx, ids = reg
    doc_id = commitments.get(ctx, ids[0]).document_id
    draft = commitments.draft_from_selection(ctx, doc_id, 0, TEXT.index("。"))
    tag = operations.TagCommitment(draft)
    changes = _round_trip(ctx, tag)
    assert changes.kind is ChangeKind.TAG
    assert changes.commitments.created == {tag.stored.id}
    old = commitments.get(ctx, ids[1])
    new = replace(old, span=Span.of(TEXT, old.span.start + 1, old.span.end))
    edit = _round_trip(ctx, operations.EditCommitment(old, new))
    assert edit.commitments == Delta.of(updated=[ids[1]])
    gone = _round_trip(ctx, operations.DeleteCommitment(ids[0]))
    assert gone.commitments.deleted == {ids[0]}


def test_status_change_round_trip_and_all_or_nothing(reg):
    ctx, ids = reg
    op = operations.ChangeStatus([ids[1], ids[2]], Status.ON_TRACK, "开工", on=date(2026, 5, 1))
    changes = _round_trip(ctx, op)
    assert changes.kind is ChangeKind.STATUS and changes.commitments.updated == {ids[1], ids[2]}
    before = _state(ctx)
    refused = operations.ChangeStatus([ids[1], ids[4]], Status.NOT_STARTED)  # 4 is achieved
    with pytest.raises(ValueError, match="note is needed"):
        refused.do(ctx)
    assert _state(ctx) == before


def test_one_status_service_records_a_report_without_a_change_only_with_words(reg):
    ctx, ids = reg
    assert commitments.get(ctx, ids[0]).status is Status.ON_TRACK
    assert commitments.change_status(ctx, [ids[0]], Status.ON_TRACK) == []
    (report,) = commitments.change_status(ctx, [ids[0]], Status.ON_TRACK, "按计划推进")
    assert report.old is Status.ON_TRACK and report.entry.note == "按计划推进"
    link = Evidence(EvidenceKind.LINK, link="https://example.org/进展")
    (proof,) = commitments.change_status(ctx, [ids[0]], Status.ON_TRACK, evidence=link)
    assert proof.entry.evidence == link
    notes = [e.note for e in commitments.progress(ctx, ids[0])]
    assert "按计划推进" in notes
    commitments.undo_status(ctx, [report, proof])
    assert "按计划推进" not in [e.note for e in commitments.progress(ctx, ids[0])]


def test_document_edit_and_removal_round_trip(reg):
    ctx, ids = reg
    doc_id = commitments.get(ctx, ids[0]).document_id
    edit = _round_trip(ctx, operations.EditDocument(doc_id, {"title": "新标题"}))
    assert edit.kind is ChangeKind.DOCUMENT_EDIT and edit.documents.updated == {doc_id}
    assert not operations.EditDocument(doc_id, {"title": "新标题"}).do(ctx)   # nothing new
    keep = operations.RemoveDocument(doc_id, library.KEEP)
    kept = _round_trip(ctx, keep)
    assert kept.documents.deleted == {doc_id} and kept.commitments.updated == set(ids)
    keep.undo(ctx)
    removed = _round_trip(ctx, operations.RemoveDocument(doc_id, library.REMOVE))
    assert removed.commitments.deleted == set(ids)


def test_themes_round_trip(reg):
    ctx, ids = reg
    themes.add_user_keywords(ctx, "黑臭水体治理", ["黑臭水体"])
    op = operations.ApplyThemes()
    assert op.slow   # the window runs its first do off the GUI thread
    changes = _round_trip(ctx, op)
    assert changes.kind is ChangeKind.THEMES and "黑臭水体治理" in changes.themes
    assert ids[1] in changes.commitments.updated
    assert "黑臭水体治理" in commitments.get(ctx, ids[1]).themes


def test_a_ledger_with_row_errors_changes_nothing_and_a_good_one_round_trips(reg, tmp_path):
    ctx, _ids = reg
    bad = tmp_path / "bad.csv"
    bad.write_text("工作任务,完成时限\n建设污水处理厂,明年\n", encoding="utf-8")
    before = _state(ctx)
    op = operations.ImportLedger(bad)
    assert not op.do(ctx) and not op.result.ok
    assert _state(ctx) == before
    good = tmp_path / "good.csv"
    good.write_text("工作任务,责任单位,完成时限\n建设污水处理厂,市住建局,2027年6月底前\n",
                    encoding="utf-8")
    changes = _round_trip(ctx, operations.ImportLedger(good))
    assert changes.kind is ChangeKind.LEDGER_IMPORT and len(changes.commitments.created) == 1
