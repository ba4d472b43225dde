"""The commitment editor: every field edit is saved at once, can be undone, and survives."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tracker.domain.model import BodyRole, Comparator, Kind, Precision, Status
from tracker.services import commitments as svc
from tracker.ui.reader.editor import parse_value, value_text
from tracker.ui.reader.regions import RegionPicker

from .conftest import QUOTE, focus, open_doc


def type_into(qtbot, widget, text: str, enter: bool = True) -> None:
    """Replace a line edit's text the way a user with an input method does."""
    focus(qtbot, widget)
    widget.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def tagged(window, page, reader_doc, qtbot):
    doc_id, text = reader_doc
    open_doc(window, page, qtbot, doc_id)
    start = text.index(QUOTE)
    page.view.select_span(start, start + len(QUOTE))
    page.act_tag.trigger()
    (c,) = svc.for_document(window.ui.services, doc_id)
    return c


def test_fields_are_saved_at_once_and_undone(window, page, tagged, qtbot):
    ed = page.editor
    type_into(qtbot, ed.metric, "细颗粒物平均浓度")
    type_into(qtbot, ed.target_value, "28-30")
    ed.comparator.setCurrentIndex(ed.comparator.findData(Comparator.GE.value))
    ed.comparator.activated.emit(ed.comparator.currentIndex())
    stored = svc.get(window.ui.services, tagged.id)
    assert stored.target.metric == "细颗粒物平均浓度"
    assert stored.target.value == (28, 30)
    assert stored.target.comparator is Comparator.GE
    assert stored.target.unit == "微克/立方米"          # untouched field kept

    window.undo.undo()                                   # comparator back
    assert svc.get(window.ui.services, tagged.id).target.comparator is Comparator.LE
    window.undo.undo()                                   # value back
    assert svc.get(window.ui.services, tagged.id).target.value == 30
    assert ed.target_value.text() == "30"                # the editor shows the stored state
    window.undo.redo()
    assert svc.get(window.ui.services, tagged.id).target.value == (28, 30)


def test_deadline_words_fill_the_date(window, page, tagged, qtbot):
    ed = page.editor
    type_into(qtbot, ed.deadline_text, "2026年上半年")
    stored = svc.get(window.ui.services, tagged.id)
    assert stored.deadline.text == "2026年上半年"
    assert stored.deadline.date == date(2026, 6, 30)
    assert stored.deadline.precision in (Precision.MONTH, Precision.QUARTER)
    assert ed.deadline_date.text() == "2026-06-30"


def test_bad_value_is_refused_with_a_message(window, page, tagged, qtbot):
    ed = page.editor
    type_into(qtbot, ed.target_value, "三十左右")
    assert not ed.error.isHidden() and "三十左右" in ed.error.text()
    assert svc.get(window.ui.services, tagged.id).target.value == 30


def test_kind_bodies_tags_notes_region(window, page, tagged, qtbot):
    ed = page.editor
    ed.kind.setCurrentIndex(ed.kind.findData(Kind.DUTY.value))
    ed.kind.activated.emit(ed.kind.currentIndex())
    # bodies: the first added leads, the next supports; names complete from known ones
    ed.bodies.add_button.click()
    type_into(qtbot, ed.bodies.rows[-1].name, "市生态环境局")
    assert "市生态环境局" in ed.bodies.names.stringList()
    ed.bodies.add_button.click()
    row = ed.bodies.rows[-1]
    assert row.role.currentData() == BodyRole.SUPPORT.value
    type_into(qtbot, row.name, "市发展改革委")
    type_into(qtbot, ed.tags, "大气、 蓝天保卫战")
    focus(qtbot, ed.notes)
    event = QInputMethodEvent()
    event.setCommitString("季度调度")
    QApplication.sendEvent(ed.notes, event)
    focus(qtbot, ed.metric)                              # leaving the notes saves them
    gaz = window.ui.services.gazetteer
    county = next(r for r in gaz.by_name("东湖区") if gaz.is_within(r.code, "360000"))
    ed.set_region(county.code)

    stored = svc.get(window.ui.services, tagged.id)
    assert stored.kind is Kind.DUTY
    assert [(b.name, b.role) for b in stored.responsible] == [
        ("市生态环境局", BodyRole.LEAD), ("市发展改革委", BodyRole.SUPPORT)]
    assert stored.themes == sorted(["大气", "蓝天保卫战"])
    assert stored.notes == "季度调度"
    assert stored.region_code == county.code
    assert ed.region.text() == gaz.display_name(county.code)
    # the region goes back to the document's with one click
    assert ed.region_reset.isEnabled()
    ed.region_reset.click()
    assert svc.get(window.ui.services, tagged.id).region_code == page.doc.region_code


def test_status_change_adds_progress_and_undoes(window, page, tagged, qtbot):
    ed = page.editor
    ed.status.setCurrentIndex(ed.status.findData(Status.ON_TRACK.value))
    ed.status.activated.emit(ed.status.currentIndex())
    assert svc.get(window.ui.services, tagged.id).status is Status.ON_TRACK
    assert [e.status for e in svc.progress(window.ui.services, tagged.id)] == [Status.ON_TRACK]
    # missed needs a note: the page asks for one
    page.ask_note = lambda *_a: ("监测数据未达标", True)
    ed.status.setCurrentIndex(ed.status.findData(Status.MISSED.value))
    ed.status.activated.emit(ed.status.currentIndex())
    entries = svc.progress(window.ui.services, tagged.id)
    assert entries[-1].status is Status.MISSED and entries[-1].note == "监测数据未达标"
    assert "未完成" in page.list_model.data(page.list_model.index(0, 0))
    window.undo.undo()
    window.undo.undo()
    assert svc.get(window.ui.services, tagged.id).status is Status.NOT_STARTED
    assert svc.progress(window.ui.services, tagged.id) == []


def test_status_change_cancelled_at_the_note_changes_nothing(window, page, tagged):
    ed = page.editor
    page.ask_note = lambda *_a: ("", False)
    ed.status.setCurrentIndex(ed.status.findData(Status.MISSED.value))
    ed.status.activated.emit(ed.status.currentIndex())
    assert svc.get(window.ui.services, tagged.id).status is Status.NOT_STARTED
    assert ed.status.currentData() == Status.NOT_STARTED.value


def test_overdue_commitment_shows_red(window, page, tagged, qtbot):
    from tracker.ui.reader.highlights import OVERDUE

    type_into(qtbot, page.editor.deadline_text, "2025年底前")
    window.ui.services.today = lambda: date(2030, 1, 1)     # the 2025 deadline has passed
    page.reload_commitments()
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    (h,) = [h for h in page.view.highlights.items if not h.is_suggestion]
    assert h.state == OVERDUE
    assert "已逾期" in page.list_model.data(page.list_model.index(0, 0))


def test_region_picker_filters_the_division_tree(window, qtbot):
    gaz = window.ui.services.gazetteer
    picker = RegionPicker(gaz, None, window)
    qtbot.addWidget(picker)
    picker.filter.setText("东湖区")
    code = picker.chosen()
    assert code is not None and gaz.get(code).name == "东湖区"
    picker.select("360000")
    assert picker.chosen() == "360000"


def test_value_text_round_trips():
    assert parse_value("5–5.5") == (5.0, 5.5) and parse_value("5-5.5") == (5.0, 5.5)
    assert parse_value(" 80 ") == 80.0 and parse_value("") is None
    assert value_text((5.0, 5.5)) == "5–5.5" and value_text(80.0) == "80"
    with pytest.raises(ValueError):
        parse_value("八十")
