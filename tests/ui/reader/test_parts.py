"""Parts of the reader on their own: offsets, the highlight index, the None work-around."""

from __future__ import annotations

from tracker.ui.reader.keys import RecordKey

import sys

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.model import Kind
from tracker.ui.reader.highlights import Highlight, HighlightSet
from tracker.ui.reader.offsets import OffsetMap

TEXTS = st.text(alphabet=st.sampled_from("ab中文\n𠮷😀"), max_size=40)


def _utf16(text: str, i: int) -> int:
    """UTF-16 units before code point i, as Python's own codec counts them."""
    return len(text[:i].encode("utf-16-le")) // 2


@given(TEXTS)
def test_offset_map_agrees_with_the_utf16_codec(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == _utf16(text, i)
    for j in range(2 * len(text) + 2):
        # the last code point starting at or before j (inside a surrogate pair rounds down)
        expected = max(i for i in range(len(text) + 1) if _utf16(text, i) <= j)
        assert m.from_utf16(j) == expected


def test_offset_map_on_astral_characters():
    m = OffsetMap("𠮷a𠮷")
    assert [m.to_utf16(i) for i in range(4)] == [0, 2, 3, 5]
    assert [m.from_utf16(j) for j in range(6)] == [0, 0, 1, 2, 2, 3]


def test_highlights_within_a_window_and_at_a_point(qapp):
    from PySide6.QtGui import QTextDocument

    text = "x" * 1000
    doc = QTextDocument()
    doc.setPlainText(text)
    hs = HighlightSet(doc, OffsetMap(text))
    long = Highlight(RecordKey.commitment(1), 0, 600, Kind.TARGET)
    short = Highlight(RecordKey.commitment(2), 500, 510, Kind.DUTY)
    late = Highlight(RecordKey.commitment(3), 900, 950, Kind.DEADLINE)
    sug = Highlight(RecordKey.suggestion(0), 505, 520, None)
    hs.set_items([late, short, long, sug])
    assert {h.key for h in hs.within(550, 700)} == {("c", 1)}
    assert {h.key for h in hs.within(505, 506)} == {("c", 1), ("c", 2), ("s", 0)}
    assert hs.within(960, 1000) == []
    # innermost commitment first, suggestions after commitments
    assert [h.key for h in hs.at(506)] == [("c", 2), ("c", 1), ("s", 0)]
    # one selection per paragraph and only for the window asked for
    assert len(hs.selections(None, 880, 1000)) == 1


def test_highlight_over_two_paragraphs_is_two_selections(qapp):
    from PySide6.QtGui import QTextDocument

    text = "第一段文字\n第二段文字"
    doc = QTextDocument()
    doc.setPlainText(text)
    hs = HighlightSet(doc, OffsetMap(text))
    hs.set_items([Highlight(RecordKey.commitment(1), 2, 8, Kind.TARGET)])
    sels = hs.selections(None)
    assert [s.cursor.selectedText() for s in sels] == ["段文字", "第二"]


def test_none_survives_many_void_calls(qapp):
    from PySide6.QtCore import QObject

    from tracker.ui.pyside_compat import keep_none_alive, leaks_none

    keep_none_alive()
    probe = QObject()
    for _ in range(20000):  # more than None's own count on Python 3.11
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 0
    if leaks_none():
        assert sys.getrefcount(None) > 1 << 30


def test_bodies_editor_shows_only_the_new_bodies_at_once(qtbot):
    """Showing another record replaces the body rows before the event loop runs again
    (a deferred delete alone left the old rows on screen beside the new ones)."""
    from tracker.domain.model import BodyRef, BodyRole
    from tracker.ui.reader.fields import BodiesEditor

    editor = BodiesEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_bodies([BodyRef("市人民政府"), BodyRef("市生态环境局", BodyRole.SUPPORT)])
    old = list(editor.rows)
    editor.set_bodies([BodyRef("市人民政府")])
    in_layout = [editor.box.itemAt(i).widget() for i in range(editor.box.count())]
    assert in_layout == editor.rows and len(in_layout) == 1
    assert all(row.isHidden() and row not in in_layout for row in old)
    assert [b.name for b in editor.bodies()] == ["市人民政府"]
    editor.rows[0].removed.emit(editor.rows[0])
    assert editor.box.count() == 0 and editor.bodies() == []
