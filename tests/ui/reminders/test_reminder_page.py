"""今日提醒 in the real window: each count opens the table on exactly its rows; the empty
state; the settings change the lights; the report dialog writes a DOCX."""

from __future__ import annotations

from datetime import timedelta

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from tracker.domain.lights import Light
from tracker.domain.model import Status
from tracker.services import commitments, follow, register
from tracker.services.changes import Changes
from tracker.ui.table.model import COLUMNS

from tests.services.follow_fixtures import TODAY, build_grid, set_registered


def reminders_page(window):
    return next(p for p in window.pages if p.page_name == "reminders")


def table_page(window):
    return next(p for p in window.pages if p.page_name == "table")


@pytest.fixture
def filled(window):
    app = window.ui.services
    made = build_grid(app)
    ids = [cid for cid, _s, _d in made]
    set_registered(app, ids[:25], TODAY - timedelta(days=200))
    page = reminders_page(window)
    page.last_visit = follow.now_utc() - timedelta(seconds=1)
    achieved = [cid for cid, s, d in made if s is Status.ON_TRACK and d is not None][:3]
    commitments.change_status(app, achieved, Status.ACHIEVED, note="已办结")
    window.ui.events.changed.emit(Changes.reload())
    return page, made


def test_each_count_opens_the_table_on_exactly_its_rows(window, filled, qtbot):
    page, _made = filled
    table = table_page(window)
    counts = {key: page.count(key) for key in follow.REMINDER_KEYS}
    assert all(counts.values()), counts
    assert counts["achieved"] == 3
    for key, button in page.buttons.items():
        assert button.isEnabled() and button.text().startswith(f"{counts[key]}\n")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.tabs.currentWidget() is table
        qtbot.waitUntil(lambda: not table.model.pending, timeout=10000)
        assert table.model.rowCount() == counts[key], key
        # and they are the rows of the reminder's own filter
        assert table.model.ids == register.ids(window.ui.services, page.filter_of(key),
                                               table.model.sort_key, table.model.descending)
        if key in ("stale", "achieved"):
            assert table.filters.follow_label.isVisible()
            assert table.filters.follow_label.text()
        window.tabs.setCurrentWidget(page)
    table.filters.clear()
    assert not table.filters.follow_label.isVisible()
    assert table.model.rowCount() == len(filled[1])


def test_the_table_shows_the_light_with_a_word(window, filled, qtbot):
    table = table_page(window)
    table.bring_to_front()
    qtbot.waitUntil(lambda: table.model.rowCount() > 0, timeout=10000)
    column = COLUMNS.index("light")
    assert table.view.horizontalHeader().visualIndex(column) == 1    # beside the commitment
    words = set()
    for row in range(table.model.rowCount()):
        index = table.model.index(row, column)
        words.add(index.data().split(" · ")[0])
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert words == {"红", "黄", "绿", "灰"}
    # a sort on the light: red first
    table.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: table.model.sort_key == "light", timeout=5000)
    assert table.model.index(0, column).data().startswith("红")


def test_a_new_window_changes_the_lights_and_saves_it(window, filled, qtbot):
    page, made = filled
    app = window.ui.services
    before = len(register.ids(app, _light(Light.YELLOW, 30)))
    page.window_days.setValue(7)
    qtbot.waitUntil(lambda: follow.load_settings(app).due_window_days == 7, timeout=5000)
    rows = register.rows(app, [cid for cid, _s, _d in made])
    assert sum(r.light is Light.YELLOW for r in rows) == len(
        register.ids(app, _light(Light.YELLOW, 7))) < before


def _light(light, window):
    from tracker.domain.filters import CommitmentFilter

    return CommitmentFilter(lights=frozenset({light}), light_window=window)


def test_empty_register_says_what_the_page_is_for(window):
    page = reminders_page(window)
    assert all(not b.isEnabled() for b in page.buttons.values())
    assert "台账还是空的" in page.summary.text()
    assert not page.report_button.isEnabled()
    assert window.tabs.currentWidget() is not page     # nothing to chase: not brought up


def test_tray_option_follows_the_desktop(window):
    page = reminders_page(window)
    if not QSystemTrayIcon.isSystemTrayAvailable():
        assert not page.tray_option.isEnabled() and not page.notify_tray()
    assert "逾期" in page.tray_text()


def test_report_dialog_writes_the_docx(window, filled, qtbot, tmp_path):
    page, _made = filled
    page.report_button.click()
    dialog = page.report_dialog
    dialog.region.setCurrentIndex(dialog.region.findData("360000"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    dialog.year.setValue(2026)
    dialog.number.setValue(4)
    assert dialog.period_text() == "2026Q4"
    assert dialog.suggested_name().endswith("通报（2026年第四季度）.docx")
    target = tmp_path / "通报"
    dialog.get_save_file = lambda *a: (str(target), "")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert dialog.written.docx == tmp_path / "通报.docx"
    doc = Document(str(dialog.written.docx))
    assert doc.paragraphs[0].text == "江西省政策承诺事项落实情况通报（2026年第四季度）"
    assert "通报已写入" in dialog.message.text()
    dialog.close()


def test_refreshing_does_not_grow_the_buttons(window, filled):
    page, _made = filled
    sizes = [b.font().pointSizeF() for b in page.buttons.values()]
    widths = [b.minimumSizeHint().width() for b in page.buttons.values()]
    for _ in range(5):
        page.refresh()
    assert [b.font().pointSizeF() for b in page.buttons.values()] == sizes
    assert [b.minimumSizeHint().width() for b in page.buttons.values()] == widths
