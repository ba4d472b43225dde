"""The overview page in the real window: tree, drill-down, filters, charts, export, empty
state, refresh and language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import Light
from tracker.domain.model import Commitment, Deadline, Kind, Precision, Status
from tracker.domain.spans import Span
from tracker.services import commitments, drill
from tracker.services import overview as ov
from tracker.services.changes import ChangeKind, Changes, Delta
from tracker.ui.overview import OverviewPage
from tracker.ui.overview.palette import STATUS_COLORS
from tracker.ui.overview.tree_model import (
    COL_NAME, COL_OVERDUE, COL_STATUS0, COL_TOTAL, DRILL_ROLE, status_of,
)


def page_of(window) -> OverviewPage:
    page = next(p for p in window.pages if p.page_name == "overview")
    window.tabs.setCurrentWidget(page)
    return page


def add(window, region, status=Status.NOT_STARTED, deadline=None, kind=Kind.DELIVERABLE,
        themes=()):
    return commitments.create(window.ui.services, Commitment(
        document_id=None, span=Span(0, 4, "承诺事项"), kind=kind, region_code=region,
        deadline=Deadline("", deadline, Precision.DAY) if deadline else None,
        status=status, themes=list(themes)))


@pytest.fixture
def filled(window, qtbot):
    """新荣区 (county of 大同市, 山西省), 大同市 itself, 山西省 itself, 渝中区 (重庆市)."""
    today = window.ui.services.today()
    window.made = [
        add(window, "140212", Status.ACHIEVED, today - timedelta(days=30), Kind.TARGET,
            ["水环境"]),
        add(window, "140212", Status.AT_RISK, today - timedelta(days=10), themes=["水环境", "大气"]),
        add(window, "140200", Status.ON_TRACK, today + timedelta(days=20), themes=["大气"]),
        add(window, "140000", Status.NOT_STARTED, today + timedelta(days=400), Kind.TARGET),
        add(window, "500103", Status.ACHIEVED, None, themes=["大气"]),
    ]
    page = page_of(window)
    window.ui.events.changed.emit(Changes.reload())
    wait_counted(page, qtbot, 5)
    return page


def wait_counted(page, qtbot, total):
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.total.total == total,
                    timeout=20000)


def row_of(page, code):
    index = page.proxy.mapFromSource(page.model.index_of(code))
    assert index.isValid(), code
    return index


def cell(page, code, column):
    return row_of(page, code).siblingAtColumn(column)


def test_page_sits_before_search_with_a_chinese_title(window):
    names = [p.page_name for p in window.pages]
    assert names.index("overview") < names.index("search")
    assert "总览" in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_tree_rolls_a_county_up_into_its_city_and_province(filled):
    page = filled
    assert cell(page, "140000", COL_TOTAL).data() == "4"
    assert cell(page, "140200", COL_TOTAL).data() == "3"
    assert cell(page, "140212", COL_TOTAL).data() == "2"
    assert cell(page, "500000", COL_TOTAL).data() == "1"
    assert cell(page, "140000", COL_OVERDUE).data() == "1"       # 新荣区, at risk, passed
    achieved = COL_STATUS0 + list(Status).index(Status.ACHIEVED)
    assert cell(page, "140000", achieved).data() == "1"
    assert row_of(page, "140200").parent() == row_of(page, "140000")
    assert "140300" not in page.overview.nodes                    # 阳泉: nothing, hidden
    assert "共 5 条承诺" in page.summary.text()
    assert page.stack.currentWidget() is page.splitter


def test_enter_on_a_region_and_a_click_on_a_count_send_exactly_that_set(window, filled, qtbot):
    page = filled
    page.tree.setFocus()
    page.tree.setCurrentIndex(cell(page, "140200", COL_NAME))
    with qtbot.waitSignal(window.ui.events.show_commitments, timeout=5000) as blocker:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert blocker.args == [CommitmentFilter(region_code="140200").to_dict()]

    overdue = cell(page, "140000", COL_OVERDUE)
    page.tree.scrollTo(overdue)             # the lights' columns come before it
    pos = page.tree.visualRect(overdue).center()
    with qtbot.waitSignal(window.ui.events.show_commitments, timeout=5000) as blocker:
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert CommitmentFilter.from_dict(blocker.args[0]) == CommitmentFilter(
        region_code="140000", overdue_only=True)


def test_every_tree_cell_drills_into_as_many_commitments_as_it_shows(window, filled):
    page = filled
    checked = 0
    for code in page.overview.nodes:
        for column in range(page.model.columnCount()):
            index = cell(page, code, column)
            data = index.data(DRILL_ROLE)
            if column == COL_NAME or data is None:
                continue
            shown = int(index.data() or 0)
            assert drill.count_matching(window.ui.services, CommitmentFilter.from_dict(data)) == shown
            if status_of(column) is not None:
                assert data["statuses"] == [status_of(column).value]
            checked += 1
    assert checked >= 15


def test_filters_narrow_the_counts_and_travel_with_the_drill_down(window, filled, qtbot):
    page = filled
    page.filters.select(kind=Kind.TARGET)
    wait_counted(page, qtbot, 2)
    assert cell(page, "140000", COL_TOTAL).data() == "2"
    assert not page.model.index_of("500000").isValid()            # no target there
    with qtbot.waitSignal(window.ui.events.show_commitments, timeout=5000) as blocker:
        page.tree.activated.emit(cell(page, "140212", COL_TOTAL))
    assert CommitmentFilter.from_dict(blocker.args[0]) == CommitmentFilter(
        region_code="140212", kinds=frozenset({Kind.TARGET}))
    # the drill-down went to the commitments table; back on the overview, clearing the
    # filters counts again (a hidden page waits until it is shown)
    assert window.tabs.currentWidget().page_name == "table"
    window.tabs.setCurrentWidget(page)
    page.filters.clear()
    wait_counted(page, qtbot, 5)
    page.filters.select(theme="大气")
    wait_counted(page, qtbot, 3)
    page.views.setCurrentIndex(1)                     # the theme matrix counts its themes
    qtbot.waitUntil(lambda: page.overview.themes_counted, timeout=10000)
    assert page.overview.themes == ["大气"]
    assert page.matrix_model.themes == ["大气"]
    year = (window.ui.services.today() + timedelta(days=400)).year
    page.filters.clear()
    wait_counted(page, qtbot, 5)
    years = [page.filters.year.itemData(i) for i in range(page.filters.year.count())]
    assert year in years
    page.filters.select(year=year)
    qtbot.waitUntil(lambda: page.overview.filter.deadline_from == date(year, 1, 1), timeout=20000)


def test_matrix_cells_are_coloured_and_clicking_one_lists_its_set(window, filled, qtbot):
    page = filled
    assert not page.overview.themes_counted          # counted when the matrix is shown
    page.views.setCurrentIndex(1)
    m = page.matrix_model
    qtbot.waitUntil(lambda: "水环境" in m.themes, timeout=10000)
    assert page.overview.themes_counted
    assert [n.code for n in m.rows] == ["140000", "500000"]            # provinces
    column = 1 + m.themes.index("水环境")
    index = m.index(0, column)
    assert index.data() == "2"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() != QColor("#ffffff")
    qtbot.waitUntil(lambda: page.matrix.visualRect(index).isValid(), timeout=5000)
    with qtbot.waitSignal(window.ui.events.show_commitments, timeout=5000) as blocker:
        qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.matrix.visualRect(index).center())
    assert CommitmentFilter.from_dict(blocker.args[0]) == CommitmentFilter(
        region_code="140000", theme="水环境")
    page.matrix_mode.setCurrentIndex(1)                             # regions × status
    achieved = 1 + 4 + list(Status).index(Status.ACHIEVED)         # after the four lights
    assert m.headerData(achieved, Qt.Orientation.Horizontal) == "已完成"
    assert m.index(1, achieved).data() == "1"
    assert [m.headerData(n, Qt.Orientation.Horizontal) for n in range(1, 5)] == [
        "红", "黄", "绿", "灰"]
    grey = m.index(1, 4)                                # achieved and superseded: grey
    assert grey.data() == "1"
    assert CommitmentFilter.from_dict(grey.data(DRILL_ROLE)) == CommitmentFilter(
        region_code="500000", lights=frozenset({Light.GREY}), light_window=30)


def test_selecting_a_region_rescopes_the_charts_and_a_bar_drills_down(window, filled, qtbot):
    page = filled
    chart = page.status_chart
    assert chart.series.codes == ["140000", "500000"]
    page.tree.setCurrentIndex(cell(page, "140000", COL_NAME))
    assert page.scope == "140000"
    assert chart.series.codes == ["140200"] and chart.series.totals() == [3]
    qtbot.waitUntil(lambda: "山西省" in page.quarter_chart.title, timeout=10000)
    assert sum(p.due for p in page.quarter_chart.points) == 4
    page.charts_scroll.ensureWidgetVisible(chart)
    rect, how, _tip = next(h for h in chart._hits if h[1].get("status") is Status.AT_RISK)
    assert how == {"region_code": "140200", "status": Status.AT_RISK}
    with qtbot.waitSignal(window.ui.events.show_commitments, timeout=5000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert CommitmentFilter.from_dict(blocker.args[0]) == CommitmentFilter(
        region_code="140200", statuses=frozenset({Status.AT_RISK}))
    page.level.setCurrentIndex(page.level.findData("county"))
    assert chart.series.codes == ["140212"]


def test_quarter_bars_hold_the_numbers_and_click_to_their_period(window, filled, qtbot):
    page = filled
    pts = page.quarter_chart.points
    assert sum(p.due for p in pts) == 4 and sum(p.met for p in pts) == 1
    assert sum(p.overdue for p in pts) == 1
    met_hit = next(h for h in page.quarter_chart._hits if h[1].get("status") is Status.ACHIEVED)
    first, last = met_hit[1]["period"]
    with qtbot.waitSignal(window.ui.events.show_commitments, timeout=5000) as blocker:
        qtbot.mouseClick(page.quarter_chart, Qt.MouseButton.LeftButton,
                         pos=met_hit[0].center().toPoint())
    sent = CommitmentFilter.from_dict(blocker.args[0])
    assert (sent.deadline_from, sent.deadline_to, sent.statuses) == (
        first, last, frozenset({Status.ACHIEVED}))
    assert first <= window.ui.services.today() - timedelta(days=30) <= last


def test_export_csv_and_png(window, filled, tmp_path):
    page = filled
    csv_path, png_path = tmp_path / "总览.csv", tmp_path / "charts"
    page.get_save_file = lambda *a: (str(csv_path), "")
    page.act_csv.trigger()
    text = csv_path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    assert lines[1].startswith("140000,山西省,省级,4,")
    assert lines[-1].startswith(",全部地区,,5,")
    page.get_save_file = lambda *a: (str(png_path), "")
    page.export_png()
    image = QImage(str(png_path) + ".png")
    assert not image.isNull() and image.width() == 1200 and image.height() > 400
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 3)
               for y in range(0, image.height(), 3)}
    assert STATUS_COLORS[Status.ACHIEVED].name() in colours
    assert STATUS_COLORS[Status.AT_RISK].name() in colours


def test_export_into_a_missing_folder_says_so(window, filled, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = filled
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    page.get_save_file = lambda *a: (str(tmp_path / "nope" / "o.csv"), "")
    page.export_csv()
    assert shown and "nope" in shown[0]


def test_status_change_elsewhere_refreshes_the_counts(window, filled, qtbot):
    page = filled
    ids = [c.id for c in window.made if c.status is Status.AT_RISK]
    assert len(ids) == 1
    commitments.change_status(window.ui.services, ids, Status.ACHIEVED)
    window.ui.events.changed.emit(Changes(ChangeKind.EDIT, commitments=Delta.of(updated=ids)))
    qtbot.waitUntil(lambda: page.overview.total.status(Status.ACHIEVED) == 3, timeout=20000)
    assert cell(page, "140000", COL_OVERDUE).data() == ""
    assert ov.compute(window.ui.services).total.overdue == 0


def test_empty_state_points_to_the_one_demo_entry(window, qtbot):
    page = page_of(window)
    qtbot.waitUntil(lambda: page.options is not None, timeout=20000)
    assert page.stack.currentWidget() is page.empty
    assert "示例" in page.empty_text.text() and not hasattr(page, "demo_button")
    assert not page.csv_button.isEnabled()
    window.act_samples.trigger()                # the one demo entry (also the library's button)
    # the demo is written in steps (commitments, then their statuses and progress), and the
    # page refreshes on each: wait for the overview of the whole demo
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.total.total > 50
                    and sum(1 for n in page.overview.total.by_status.values() if n) >= 5,
                    timeout=60000)
    o = page.overview
    assert {"360000", "500000", "220000", "140200"} <= set(o.nodes)
    assert page.stack.currentWidget() is page.splitter
    # every part shows something: statuses spread, deadlines over several years, themes
    assert sum(1 for n in o.total.by_status.values() if n) >= 5
    assert o.total.overdue > 0
    assert len({q.year for q in o.quarters}) >= 3
    qtbot.waitUntil(lambda: page.overview.themes_counted or page.views.currentIndex() != 1,
                    timeout=20000)


def test_filters_that_match_nothing_offer_to_clear_them(window, filled, qtbot):
    page = filled
    page.filters.select(kind=Kind.DUTY)
    qtbot.waitUntil(lambda: page.overview.total.total == 0, timeout=20000)
    assert page.stack.currentWidget() is page.empty
    assert page.clear_button.isVisible()
    page.clear_button.click()
    wait_counted(page, qtbot, 5)


def test_sorting_by_total_and_english_labels(window, filled, qtbot):
    page = filled
    page.tree.sortByColumn(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, COL_NAME).data() == "山西省"
    page.tree.sortByColumn(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, COL_NAME).data() == "重庆市"
    window.set_language("en")
    qtbot.waitUntil(lambda: page.page_title() == "Overview", timeout=5000)
    assert page.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Region"
    assert "5 commitments" in page.summary.text()
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(page)) == "Overview",
                    timeout=5000)


def test_hidden_page_counts_again_when_shown(window, filled, qtbot):
    page = filled
    search = next(p for p in window.pages if p.page_name == "search")
    window.tabs.setCurrentWidget(search)
    add(window, "360102", Status.ON_TRACK)
    window.ui.events.changed.emit(Changes.reload())
    assert page._dirty and page.overview.total.total == 5
    window.tabs.setCurrentWidget(page)
    wait_counted(page, qtbot, 6)
    assert cell(page, "360000", COL_TOTAL).data() == "1"


def test_commitments_without_a_region_have_a_row_that_cannot_be_drilled(window, filled, qtbot):
    page = filled
    add(window, None, Status.ON_TRACK)
    window.ui.events.changed.emit(Changes.reload())
    wait_counted(page, qtbot, 6)
    last = page.proxy.index(page.proxy.rowCount() - 1, COL_NAME)
    assert last.data() == "未定地区"
    assert last.siblingAtColumn(COL_TOTAL).data() == "1"
    assert last.siblingAtColumn(COL_TOTAL).data(DRILL_ROLE) is None   # no filter says "none"
    assert "其中 1 条未定地区" in page.summary.text()
    with qtbot.assertNotEmitted(window.ui.events.show_commitments):
        page.tree.activated.emit(last.siblingAtColumn(COL_TOTAL))


def test_csv_follows_the_interface_language(window, filled, qtbot, tmp_path):
    page = filled
    window.set_language("en")
    qtbot.waitUntil(lambda: page.page_title() == "Overview", timeout=5000)
    out = tmp_path / "overview.csv"
    page.get_save_file = lambda *a: (str(out), "")
    page.export_csv()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Code,Region,Level,Commitments,Not started,On track")
    assert lines[1].startswith("140000,山西省,Province,4,")


def test_open_rows_stay_open_across_a_recount(window, filled, qtbot):
    page = filled
    datong = row_of(page, "140200")
    assert not page.tree.isExpanded(datong)
    page.tree.setExpanded(datong, True)
    page.tree.setExpanded(row_of(page, "500000"), False)
    add(window, "140221", Status.ON_TRACK)
    window.ui.events.changed.emit(Changes.reload())
    wait_counted(page, qtbot, 6)
    assert page.tree.isExpanded(row_of(page, "140200"))
    assert page.tree.isExpanded(row_of(page, "140000"))
    assert not page.tree.isExpanded(row_of(page, "500000"))
    assert cell(page, "140221", COL_TOTAL).data() == "1"
