"""The overview page: status across regions (province > prefecture > county).

A sortable region tree on the left; on the right the charts (status per region, deadlines
per quarter) and the matrix (regions × themes or × status). The region selected in the
tree is the scope of the charts and the matrix. Double-click or Enter on a tree cell, a
click on a count in the tree, on a matrix cell or on a bar opens the commitments table
filtered to exactly that set (events.show_commitments). Counting runs off the GUI thread;
an answer that arrives after a newer request is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QScrollArea, QSplitter, QStackedWidget, QStyle, QTableView, QTabWidget,
    QTreeView, QVBoxLayout, QWidget,
)

from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.domain.lights import LIGHT_ORDER
from tracker.domain.model import RegionLevel
from tracker.services import overview as ov
from tracker.services import drill
from tracker.services import overview_series as ov_series
from tracker.services import overview_csv
from tracker.services.changes import Changes
from tracker.ui.context import UiContext
from tracker.ui.i18n import saved_language
from tracker.ui.overview.charts import QuarterChart, StatusBarsChart, stack_images
from tracker.ui.overview.filters import OverviewFilters
from tracker.ui.overview.matrix_model import STATUSES, THEMES, MatrixModel
from tracker.ui.overview.tree_model import (
    CODE_ROLE, COL_LIGHT0, COL_NAME, COL_TOTAL, DRILL_ROLE, SORT_ROLE, OverviewTreeModel,
)

NEXT_LEVEL = "next"
# the runner's keys (with the page): the newest request of each wins
OVERVIEW_TASK = "counts"
QUARTERS_TASK = "quarters"
THEMES_TASK = "themes"


class OverviewPage(QWidget):
    page_name = "overview"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.overview: ov.Overview | None = None
        self.options: drill.FilterOptions | None = None
        self.scope: str | None = None            # region code selected in the tree
        self._dirty = True
        self._sized = False
        self._columns_fitted = False
        self._error: BaseException | None = None
        # replaceable in tests: (parent, caption, dir, filter) -> (path, selected filter)
        self.get_save_file = QFileDialog.getSaveFileName

        self.filters = OverviewFilters(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.level = QComboBox(self)
        # its items change with the language: size it to them each time, not once
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_label = QLabel(self)
        self.level_label.setBuddy(self.level)
        self.csv_button = QPushButton(self)
        self.png_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.level_label)
        bar.addWidget(self.level)
        bar.addSpacing(8)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.png_button)

        self.model = OverviewTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for n in range(len(LIGHT_ORDER)):    # the lights (model's last columns) after 总数
            header.moveSection(header.visualIndex(COL_LIGHT0 + n), COL_TOTAL + 1 + n)

        self.status_chart = StatusBarsChart(self)
        self.quarter_chart = QuarterChart(self)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(0)
        charts_layout.addWidget(self.status_chart)
        charts_layout.addWidget(self.quarter_chart)
        charts_layout.addStretch(1)
        self.charts_scroll = QScrollArea(self)
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setWidget(charts)

        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView(self)
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # fixed sizes: measuring thousands of county rows for ResizeToContents is slow
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setFixedWidth(
            self.fontMetrics().horizontalAdvance("内蒙古自治区") + 16)
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix.setShowGrid(True)
        self.matrix_mode = QComboBox(self)
        self.matrix_legend = QLabel(self)
        self.matrix_legend.setWordWrap(True)
        matrix_box = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_top = QHBoxLayout()
        matrix_top.addWidget(self.matrix_mode)
        matrix_top.addWidget(self.matrix_legend, 1)
        matrix_layout.addLayout(matrix_top)
        matrix_layout.addWidget(self.matrix, 1)

        self.views = QTabWidget(self)
        self.views.addTab(self.charts_scroll, "")
        self.views.addTab(matrix_box, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.tree.setMinimumWidth(360)

        self.empty = QWidget(self)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton(self.empty)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.act_csv = make_action(self, "overview.csv", self.export_csv)
        self.act_png = make_action(self, "overview.png", self.export_png)
        self.act_refresh = make_action(self, "overview.refresh", self.refresh)
        self.csv_button.clicked.connect(self.export_csv)
        self.png_button.clicked.connect(self.export_png)
        self.clear_button.clicked.connect(self.filters.clear)
        self.filters.changed.connect(self.refresh)
        self.level.currentIndexChanged.connect(lambda _i: self._show_scope())
        self.matrix_mode.currentIndexChanged.connect(lambda _i: self._show_matrix())
        self.views.currentChanged.connect(lambda _i: self._count_themes())
        self.tree.activated.connect(self._drill_index)
        self.tree.clicked.connect(self._clicked)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.matrix.clicked.connect(self._drill_index)
        self.matrix.activated.connect(self._drill_index)
        self.status_chart.segment_clicked.connect(self._drill)
        self.quarter_chart.segment_clicked.connect(self._drill)

        ev = ui.events
        ev.changed.connect(self._changed)
        ev.language_changed.connect(self.retranslate)   # once per switch (no changeEvent too)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ page protocol
    def page_title(self) -> str:
        return self.tr("Overview")

    # ------------------------------------------------------------------ computing
    def _changed(self, changes: Changes) -> None:
        if changes.concerns_commitments() or changes.concerns_documents():
            self.refresh()

    def refresh(self) -> None:
        """Count again in the background (later, on show, when the page is hidden)."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self.ui.tasks.cancel((id(self), THEMES_TASK))  # they count an overview being replaced
        f = self.filters.value()
        self.ui.tasks.start(_compute, self.ui.services, f, self._matrix_of_themes_shown(),
                            key=(id(self), OVERVIEW_TASK), on_done=self._arrived,
                            on_error=lambda exc, _tb: self._failed(exc))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized and self.width() > 800:
            self._sized = True
            self.splitter.setSizes([int(self.width() * 0.46), int(self.width() * 0.54)])
        if self._dirty:
            self.refresh()

    def _arrived(self, result: tuple[drill.FilterOptions, ov.Overview]) -> None:
        options, overview = result
        self._error = None
        self.options = options
        self.filters.blockSignals(True)
        self.filters.set_options(options)
        self.filters.blockSignals(False)
        if overview.filter != self.filters.value():   # a chosen theme or body has vanished
            self.refresh()
            return
        opened = self._expanded_codes() if self.model.overview is not None else None
        self.overview = overview
        self.model.set_overview(overview)
        if self.scope is not None and self.scope not in overview.nodes:
            self.scope = None
        self._expand(opened)
        if not self._columns_fitted:
            self._columns_fitted = True
            self._fit_tree()
        if self.scope is not None:
            self.tree.setCurrentIndex(self.proxy.mapFromSource(self.model.index_of(self.scope)))
        self._update_summary()
        self._show_scope()

    def _failed(self, exc: BaseException) -> None:
        self._error = exc
        self.overview = None
        self.model.set_overview(None)
        self._update_summary()

    def _expanded_codes(self) -> set[str]:
        """Codes of the rows open now (walking only open rows)."""
        codes: set[str] = set()
        stack = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        while stack:
            index = stack.pop()
            if self.tree.isExpanded(index):
                codes.add(index.data(CODE_ROLE))
                stack.extend(self.proxy.index(r, 0, index)
                             for r in range(self.proxy.rowCount(index)))
        return codes

    def _expand(self, codes: set[str] | None = None) -> None:
        """The rows open before a recount open again; the first time, the provinces (so
        their prefectures, or a municipality's districts, show)."""
        if codes is None:
            codes = {self.proxy.index(r, 0).data(CODE_ROLE)
                     for r in range(self.proxy.rowCount())}
        for code in codes:
            if code:
                self.tree.setExpanded(self.proxy.mapFromSource(self.model.index_of(code)), True)

    # ------------------------------------------------------------------ scope: charts, matrix
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        code = self.tree.currentIndex().data(CODE_ROLE)
        if code != self.scope:
            self.scope = code
            self._show_scope()

    def _scope_name(self) -> str:
        if self.overview is None or self.scope is None:
            return self.tr("all regions")
        return self.overview.nodes[self.scope].full_name

    def _level(self) -> RegionLevel | None:
        value = self.level.currentData()
        return None if value in (None, NEXT_LEVEL) else RegionLevel(value)

    def _bar_nodes(self) -> list[ov.RegionNode]:
        o = self.overview
        level = self._level()
        if level is not None:
            return ov.regions_at(o, level, self.scope, self.ui.services.gazetteer)
        if self.scope is None:
            return list(o.roots)
        node = o.nodes[self.scope]
        return list(node.children) or [node]

    def _show_scope(self, fetch: bool = True) -> None:
        """Charts and matrix for the selected region; `fetch` False only redraws (a
        language change must not start background work)."""
        o = self.overview
        if o is None:
            return
        nodes = self._bar_nodes()
        series = ov_series.series_of(nodes)
        self.status_chart.set_series(
            series, self.tr("Status of the commitments by region — %1")
            .replace("%1", self._scope_name()), [o.nodes[c].full_name for c in series.codes])
        self._show_matrix(fetch)
        title = self.tr("Commitments due per quarter, and how many were achieved — %1") \
            .replace("%1", self._scope_name())
        if self.scope is None:
            self.quarter_chart.set_points(o.quarters, title, o.today)
            return
        if not fetch:
            self.quarter_chart.set_points(self.quarter_chart.points, title, o.today)
            return
        f = drill.drill_filter(o.filter, region_code=self.scope)
        if f is None:
            self.ui.tasks.cancel((id(self), QUARTERS_TASK))
            self.quarter_chart.set_points([], title, o.today)
            return
        self.ui.tasks.start(ov_series.quarters, self.ui.services, f, o.today,
                            key=(id(self), QUARTERS_TASK),
                            on_done=lambda pts: self._quarters_arrived(pts, title),
                            on_error=lambda _exc, _tb: None)

    def _quarters_arrived(self, points: list[ov_series.QuarterPoint], title: str) -> None:
        if self.overview is not None:
            self.quarter_chart.set_points(points, title, self.overview.today)

    def _matrix_of_themes_shown(self) -> bool:
        return self.views.currentIndex() == 1 and self.matrix_mode.currentData() != STATUSES

    def _count_themes(self) -> None:
        """Count the themes of the shown overview when the theme matrix comes into view."""
        o = self.overview
        if o is None or o.themes_counted or not self._matrix_of_themes_shown():
            return

        def arrived(matrix) -> None:
            if self.overview is o:
                ov.add_themes(o, matrix)
                self._show_matrix()

        self.ui.tasks.start(ov.theme_matrix, self.ui.services, o,
                            key=(id(self), THEMES_TASK), on_done=arrived,
                            on_error=lambda exc, _tb: self._failed(exc))

    def _show_matrix(self, fetch: bool = True) -> None:
        if fetch:
            self._count_themes()
        counting = (self.overview is not None and not self.overview.themes_counted
                    and self.matrix_mode.currentData() != STATUSES)
        self.matrix_legend.setText(self.tr("Counting the themes…") if counting else self.tr(
            "Green: most are achieved or on track; red: many are overdue. Click a cell to "
            "list its commitments."))
        if self.overview is not None:
            self.matrix_model.show(self.overview, self._bar_nodes(),
                                   self.matrix_mode.currentData() or THEMES)
            self._fit_columns(self.matrix.horizontalHeader(), self.matrix_model, 56)

    def _fit_tree(self) -> None:
        self._fit_columns(self.tree.header(), self.model, 40)
        self.tree.header().resizeSection(
            COL_NAME, self.fontMetrics().horizontalAdvance("新疆维吾尔自治区") + 60)

    def _fit_columns(self, header: QHeaderView, model, minimum: int) -> None:
        """Columns as wide as their title or a five-digit count (not measured row by row)."""
        fm = self.fontMetrics()
        digits = fm.horizontalAdvance("00000") + 16
        for col in range(model.columnCount()):
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.resizeSection(col, max(minimum, digits, fm.horizontalAdvance(title) + 24))

    # ------------------------------------------------------------------ drill-down
    def _drill_index(self, index: QModelIndex) -> None:
        data = index.data(DRILL_ROLE)
        if data is not None:
            self.ui.events.show_commitments.emit(data)

    def _clicked(self, index: QModelIndex) -> None:
        """A click on a count in the tree lists those commitments; on a name, selects.
        (Where the style activates items on a single click, `activated` does it.)"""
        single = self.tree.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.tree)
        if index.column() >= COL_TOTAL and not single:
            self._drill_index(index)

    def _drill(self, how: dict) -> None:
        if self.overview is None:
            return
        f = drill.drill_filter(self.overview.filter, **how)
        if f is not None:
            self.ui.events.show_commitments.emit(f.to_dict())

    # ------------------------------------------------------------------ empty state, summary
    def _update_summary(self) -> None:
        o = self.overview
        shown = o is not None and o.total.total > 0
        for w in (self.csv_button, self.png_button, self.act_csv, self.act_png, self.level):
            w.setEnabled(shown)
        if o is None or not shown:
            self.summary.clear()
            self.empty_text.setText(self._empty_text())
            nothing = self.options is not None and self.options.commitments == 0
            self.clear_button.setVisible(not nothing and self._error is None)
            self.stack.setCurrentWidget(self.empty)
            return
        share = o.total.achieved_share or 0
        text = (self.tr("%1 commitments · %2 achieved · %3 overdue · %4 due within %5 days")
                .replace("%1", str(o.total.total)).replace("%2", f"{share * 100:.0f}%")
                .replace("%3", str(o.total.overdue)).replace("%4", str(o.total.due_soon))
                .replace("%5", str(ov.SOON_DAYS)))
        if o.unplaced.total:
            text += self.tr(" · %1 without a region").replace("%1", str(o.unplaced.total))
        self.summary.setText(text)
        self.stack.setCurrentWidget(self.splitter)

    def _empty_text(self) -> str:
        if self._error is not None:
            return self.tr("The overview could not be counted: %1").replace("%1", str(self._error))
        if self.options is None:
            return self.tr("Counting…")
        if self.options.commitments == 0:
            return self.tr("No commitments yet. Tag commitments while reading a document, or "
                           "load the demo library (File menu) to see how the overview works: "
                           "five policy documents with a register of commitments, deadlines, "
                           "themes and progress.")
        return self.tr("No commitment matches these filters.")

    # ------------------------------------------------------------------ export
    def _lang(self) -> str:
        return "en" if saved_language(self.ui.settings) == "en" else "zh"

    def export_csv(self) -> None:
        if self.overview is None:
            return
        path, _ = self.get_save_file(self, self.tr("Export the overview"),
                                     self.tr("overview.csv"), self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            overview_csv.export_csv(self.overview, Path(path), self._lang())
        except (OSError, ValueError) as exc:
            QMessageBox.critical(self, self.tr("Export failed"),
                                 self.tr("Could not write %1: %2").replace("%1", path)
                                 .replace("%2", str(exc)))

    def export_png(self) -> None:
        if self.overview is None:
            return
        path, _ = self.get_save_file(self, self.tr("Export the charts"),
                                     self.tr("overview-charts.png"), self.tr("PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        image = stack_images([self.status_chart, self.quarter_chart])
        if not image.save(path, "PNG"):
            QMessageBox.critical(self, self.tr("Export failed"),
                                 self.tr("Could not write %1: check that the folder exists and "
                                         "can be written to.").replace("%1", path))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.level_label.setText(self.tr("Chart &level:"))
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("One level down"), NEXT_LEVEL)
        self.level.addItem(self.tr("Provinces"), RegionLevel.PROVINCE.value)
        self.level.addItem(self.tr("Prefectures"), RegionLevel.PREFECTURE.value)
        self.level.addItem(self.tr("Counties"), RegionLevel.COUNTY.value)
        self.level.setCurrentIndex(max(self.level.findData(current), 0))
        self.level.blockSignals(False)
        mode = self.matrix_mode.currentData()
        self.matrix_mode.blockSignals(True)
        self.matrix_mode.clear()
        self.matrix_mode.addItem(self.tr("Regions × themes"), THEMES)
        self.matrix_mode.addItem(self.tr("Regions × status"), STATUSES)
        self.matrix_mode.setCurrentIndex(max(self.matrix_mode.findData(mode), 0))
        self.matrix_mode.blockSignals(False)
        retranslate_actions(self.act_csv, self.act_png, self.act_refresh)
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.csv_button.setToolTip(self.tr("Save the region tree as a CSV file (Ctrl+Shift+E)"))
        self.png_button.setText(self.tr("Export chart &PNG…"))
        self.png_button.setToolTip(self.tr("Save both charts as one PNG image (Ctrl+Shift+G)"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.views.setTabText(0, self.tr("Charts"))
        self.views.setTabText(1, self.tr("Matrix"))
        self.model.retranslate()
        if self._columns_fitted:
            self._fit_tree()
        self._update_summary()
        self._show_scope(fetch=False)


def _compute(ctx, f, with_themes: bool) -> tuple[drill.FilterOptions, ov.Overview]:
    """Options and overview in one background task."""
    return drill.options(ctx), ov.compute(ctx, f, with_themes=with_themes)
