"""The review queue: suggestions shown apart from commitments; accept, edit then accept,
reject — by keyboard; accepted ones become `suggested` commitments, rejected ones stay away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tracker.domain.model import Kind, Origin
from tracker.extract import commitment_key
from tracker.services import commitments as svc
from tracker.services import suggesting
from tracker.ui.reader.review import READY

from .conftest import focus, open_doc, wait_for_suggestions


def open_queue(window, page, doc_id, qtbot):
    open_doc(window, page, qtbot, doc_id)
    wait_for_suggestions(page, qtbot)
    assert len(page.suggestions) >= 2
    page.act_review.trigger()
    focus(qtbot, page.review.list)
    assert page.current == ("s", 0)


def test_suggestions_are_highlighted_apart_from_commitments(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    wait_for_suggestions(page, qtbot)
    keys = {h.key for h in page.view.highlights.items}
    assert {("s", i) for i in range(len(page.suggestions))} <= keys
    look = page.view.highlights._fmt
    suggestion = look(None, "open", False)
    for kind in Kind:
        commitment = look(kind, "open", False)
        assert suggestion.underlineStyle() != commitment.underlineStyle()
        assert suggestion.background().color() != commitment.background().color()
    assert page.side.tabText(1) == f"建议（{len(page.suggestions)}）"


def test_accept_by_enter_makes_a_suggested_commitment(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_queue(window, page, doc_id, qtbot)
    first = page.suggestions[0]
    n = len(page.suggestions)
    qtbot.keyClick(page.review.list, Qt.Key.Key_Return)
    (c,) = svc.for_document(window.ui.services, doc_id)
    assert c.origin is Origin.SUGGESTED and c.quote == first.quote
    assert (c.span.start, c.span.end) == (first.start, first.end)
    assert c.deadline == first.deadline and c.target == first.target
    wait_for_suggestions(page, qtbot)
    assert len(page.suggestions) == n - 1
    assert first.quote not in [s.quote for s in page.suggestions]
    # undo: the commitment goes, the suggestion is back in the queue
    window.undo.undo()
    assert svc.for_document(window.ui.services, doc_id) == []
    wait_for_suggestions(page, qtbot)
    assert first.quote in [s.quote for s in page.suggestions]


def test_reject_by_key_does_not_come_back(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_queue(window, page, doc_id, qtbot)
    first = page.suggestions[0]
    qtbot.keyClick(page.review.list, Qt.Key.Key_R)
    assert svc.for_document(window.ui.services, doc_id) == []
    pending = suggesting.pending_suggestions(window.ui.services, doc_id)
    assert commitment_key(first.quote) not in {commitment_key(s.quote) for s in pending}
    wait_for_suggestions(page, qtbot)
    page.doc = None
    open_doc(window, page, qtbot, doc_id)              # open the document again
    wait_for_suggestions(page, qtbot)
    assert first.quote not in [s.quote for s in page.suggestions]
    window.undo.undo()                                 # un-reject: it is back
    wait_for_suggestions(page, qtbot)
    assert first.quote in [s.quote for s in page.suggestions]


def test_edit_then_accept(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_queue(window, page, doc_id, qtbot)
    s = page.suggestions[0]
    qtbot.keyClick(page.review.list, Qt.Key.Key_E)     # into the editor
    assert page.editor.kind.hasFocus()
    assert page.editor.heading.text().startswith("建议")
    assert not page.editor.status.isEnabled()
    focus(qtbot, page.editor.notes)
    event = QInputMethodEvent()
    event.setCommitString("核对原文后采纳")
    QApplication.sendEvent(page.editor.notes, event)
    focus(qtbot, page.editor.metric)                   # leaving the notes keeps the edit
    qtbot.keyClick(page.editor.metric, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (c,) = svc.for_document(window.ui.services, doc_id)
    assert c.origin is Origin.SUGGESTED and c.quote == s.quote
    assert c.notes == "核对原文后采纳"
    assert page.suggestions == [] or page.suggestions[0].quote != s.quote


def test_tagging_over_a_suggestion_takes_it_out_of_the_queue(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    wait_for_suggestions(page, qtbot)
    s = page.suggestions[0]
    page.view.select_span(s.start, s.end)
    page.act_tag.trigger()
    qtbot.waitUntil(lambda: s.quote not in [x.quote for x in page.suggestions]
                    and page.review._state == READY, timeout=20000)
    window.undo.undo()                                   # untagged: suggested again
    qtbot.waitUntil(lambda: s.quote in [x.quote for x in page.suggestions], timeout=20000)


def test_keyboard_review_keeps_the_focus_in_the_queue(window, page, reader_doc, qtbot):
    doc_id, _text = reader_doc
    open_queue(window, page, doc_id, qtbot)
    n = len(page.suggestions)
    qtbot.keyClick(page.review.list, Qt.Key.Key_R)
    qtbot.keyClick(page.review.list, Qt.Key.Key_R)    # straight on, without waiting
    wait_for_suggestions(page, qtbot)
    assert len(page.suggestions) == n - 2
    assert page.review.list.hasFocus()
    assert page.current == ("s", 0)


def test_clicking_a_suggestion_opens_it_in_the_queue(window, page, reader_doc, qtbot):
    from .test_tagging import click_at

    doc_id, _text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    wait_for_suggestions(page, qtbot)
    s = page.suggestions[-1]
    page.view.show_span(s.start)
    click_at(qtbot, page.view, s.start + 1)
    index = len(page.suggestions) - 1
    assert page.current == ("s", index)
    assert page.side.currentWidget() is page.review
    assert page.review.list.currentIndex().row() == index
    assert page.editor.quote.text() == s.quote and page.editor.draft
