"""The reader's list shows each commitment's light: a dot and the word first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from tracker.domain.lights import Light
from tracker.domain.model import Commitment, Deadline, Precision, Status
from tracker.domain.spans import Span
from tracker.ui.reader.lists import CommitmentListModel
from tracker.ui.widgets.lights import light_label

TODAY = date(2026, 12, 6)


def _c(n: int, status: Status, days: int | None) -> Commitment:
    deadline = None if days is None else Deadline("年底前", TODAY + timedelta(days=days),
                                                  Precision.DAY)
    return Commitment(1, Span(n * 10, n * 10 + 5, f"第{n}项任务"), deadline=deadline,
                      status=status, id=n + 1)


def test_reader_list_has_the_light_word_and_dot(qtbot):
    model = CommitmentListModel(lambda: TODAY, window=lambda: 10)
    model.set_items([_c(0, Status.ON_TRACK, -3), _c(1, Status.ON_TRACK, 9),
                     _c(2, Status.ON_TRACK, 20), _c(3, Status.ACHIEVED, -3)])
    words = [model.index(r).data().split(" · ")[0] for r in range(4)]
    assert words == [light_label(x) for x in (Light.RED, Light.YELLOW, Light.GREEN,
                                              Light.GREY)]
    assert all(not model.index(r).data(Qt.ItemDataRole.DecorationRole).isNull()
               for r in range(4))
