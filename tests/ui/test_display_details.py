"""Display details of issue 15: evidence icons from shipped SVGs, dim text on selected
search rows, filter-button arrows, DOCX table rows aligned, the deadline chart's axis, the
library's title column."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QPalette, QTextDocument

from tracker.domain.model import (
    Evidence, EvidenceKind, ProgressEntry, Status,
)
from tracker.domain.spans import Span
from tracker.services.changes import Changes


def test_evidence_icons_are_drawn_from_svgs_not_emoji(qtbot):
    from tracker.ui.table.detail import EVIDENCE_ICONS, DetailPane
    from tracker.resources import resource_path

    pane = DetailPane()
    qtbot.addWidget(pane)
    for name in EVIDENCE_ICONS.values():
        assert resource_path("icons", name).is_file()
    for kind in EVIDENCE_ICONS:
        image = pane.view.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                       QUrl(f"icon:{kind}"))
        assert not image.isNull() and image.width() > 0
        # something is drawn: not every pixel transparent
        assert any(image.pixelColor(x, y).alpha() for x in range(image.width())
                   for y in range(image.height()))
    entries = [
        ProgressEntry(1, date(2026, 1, 5), Status.ON_TRACK, "见通报",
                      Evidence(EvidenceKind.LINK, link="https://example.org/a")),
        ProgressEntry(1, date(2026, 2, 5), Status.ON_TRACK, "",
                      Evidence(EvidenceKind.FILE, file_path="evidence/a.pdf")),
        ProgressEntry(1, date(2026, 3, 5), Status.ACHIEVED, "",
                      Evidence(EvidenceKind.SPAN, document_id=2,
                               span=Span.of("全面完成整改任务", 0, 8))),
    ]
    html = _detail_html(pane, entries)
    assert not any(ch in html for ch in "🔗📎📄")
    assert all(f"icon:{k}" in html for k in EVIDENCE_ICONS)


def _detail_html(pane, entries):
    from tracker.services.register import RegisterRow
    from tracker.storage.register_queries import RegisterRecord

    record = RegisterRecord(1, "u", "某承诺", None, "target", None, None, None, None, None,
                            None, None, None, None, "on_track", "", None, None)
    pane.show_row(RegisterRow(record, "", False, None, False), entries)
    return pane.view.toHtml()


def test_dim_text_takes_the_highlighted_colour_on_a_selected_row():
    from tracker.ui.search.delegate import html_for_state
    from tracker.ui.search.rich import dim

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.HighlightedText, "#ffffff")
    html = "标题 " + dim("2024-01-26 · 江西省")
    assert html_for_state(html, False, palette) == html
    selected = html_for_state(html, True, palette)
    assert "#6b7280" not in selected and "color:#ffffff" in selected


def test_filter_buttons_leave_room_for_their_arrow(window):
    page = next(p for p in window.pages if p.page_name == "table")
    for button in (page.filters.status, page.filters.kind):
        fm = QFontMetricsF(button.font())
        text_w = fm.horizontalAdvance(button.text())
        assert button.text() in ("全部状态", "全部类型")
        assert button.sizeHint().width() >= text_w + 8 + 20   # padding left + arrow room


def test_docx_table_rows_get_shared_column_stops(qtbot):
    from tracker.ui.reader.tables import column_stops, table_runs
    from tracker.ui.reader.view import ReaderView

    text = ("整改任务清单\n序号\t整改任务\t完成时限\n1\t完成城区污水管网排查\t2026年6月30日\n"
            "2\t建成\t年底前\n说明：以上任务按月调度。")
    assert [(first, len(lines)) for first, lines in table_runs(text)] == [(1, 3)]
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_text(text)
    doc = view.document()
    stops = [[t.position for t in doc.findBlockByNumber(n).blockFormat().tabPositions()]
             for n in (1, 2, 3)]
    assert stops[0] == stops[1] == stops[2] and len(stops[0]) == 2
    font = view._font()
    fm = QFontMetricsF(font)
    widest_task = max(fm.horizontalAdvance(c) for c in ("整改任务", "完成城区污水管网排查", "建成"))
    assert stops[0][1] - stops[0][0] > widest_task               # the column fits its cells
    assert doc.findBlockByNumber(4).blockFormat().tabPositions() == []
    assert view.text() == text                                   # offsets untouched
    assert column_stops(["a\tb"], QFont()) and column_stops(["ab"], QFont()) == []


def test_deadline_chart_collapses_empty_years(qtbot):
    from tracker.services.overview_series import QuarterPoint
    from tracker.ui.overview.charts import QuarterChart

    points = [QuarterPoint(2025 + (i // 4), i % 4 + 1, 0, 0, 0) for i in range(44)]
    for i in (0, 1, 3, 4, 43):
        points[i] = QuarterPoint(points[i].year, points[i].quarter, 3, 1, 0)
    chart = QuarterChart()
    qtbot.addWidget(chart)
    chart.set_points(points, "各季度到期承诺", date(2025, 6, 1))
    layout = chart.layout_slots()
    assert [k for k, _i, _j in layout] == ["q", "q", "q", "q", "q", "gap", "q"]
    assert layout[5][1:] == (5, 43)                 # 38 empty quarters in one slot
    chart.resize(900, chart.HEIGHT)
    chart.grab()                                    # paints on screen: the hits are kept
    gaps = [tip for _r, how, tip in chart._hits if not how]
    assert gaps == ["2026Q2 – 2035Q3: nothing due"]


def test_library_title_column_never_shrinks_to_a_character(window, qtbot):
    from tracker.ui.library import TITLE_MIN, LibraryModel
    from tracker.domain.model import Document
    from tracker.storage import repos

    with window.ui.services.db.session() as session:
        repos.add_document(session, Document(
            title="江西省人民代表大会关于全力打造国家生态文明建设高地的决定", text="正文",
            region_code=None, text_sha256="z"), b"x")
    window.ui.events.changed.emit(Changes.reload())
    panel = window.library
    for width in (260, 320, 700):
        panel.resize(width, 400)
        qtbot.wait(20)
        panel._fit_title()
        assert panel.table.horizontalHeader().sectionSize(LibraryModel.TITLE) >= TITLE_MIN
