from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from tracker.ui.widgets.date_edit import NO_DATE, chosen_date, date_edit


def test_a_date_box_starts_empty_and_gives_back_the_date_chosen(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    edit = date_edit(parent)
    assert edit.date() == NO_DATE and chosen_date(edit) is None
    edit.setDate(QDate(2025, 12, 31))
    assert chosen_date(edit) == date(2025, 12, 31)
    edit.setDate(NO_DATE)
    assert chosen_date(edit) is None
