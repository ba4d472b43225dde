"""The document library: a filterable list of documents, with an empty state."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from tracker.ui.actions import make_action
from tracker.ui.actions import retranslate as retranslate_actions
from tracker.storage.library_list import DocumentSummary
from tracker.ui.labels import doc_type_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractTableModel):
    TITLE, DATE, REGION, TYPE, COUNT = range(5)

    def __init__(self, region_name=lambda code: code or "", parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._region_name = region_name

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Date"), self.tr("Region"), self.tr("Type"),
                self.tr("Commitments")]

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        new = self._sorted(list(rows))
        old = self._rows
        if old and len(new) > len(old) and new[:len(old)] == old:
            # the rest of a list whose first rows are shown (the window's start): added
            # below them, so the view keeps its place, its selection and its filter
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._rows = new
            self.endInsertRows()
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[DocumentSummary]:
        return list(self._rows)

    def set_region_name(self, region_name) -> None:
        self._region_name = region_name
        if self._rows:
            self.dataChanged.emit(self.index(0, self.REGION),
                                  self.index(len(self._rows) - 1, self.REGION))

    # sorting here, one key per row, instead of in the proxy (a Python data() call per
    # comparison: seconds for 10,000 documents)
    _sort_column, _sort_order = -1, Qt.SortOrder.AscendingOrder

    def sort_key(self, column: int):
        if column == self.DATE:
            return lambda r: r.doc_date.isoformat() if r.doc_date else ""
        if column == self.REGION:
            return lambda r: self._region_name(r.region_code) or "—"
        if column == self.TYPE:
            return lambda r: doc_type_label(r.doc_type)
        if column == self.COUNT:
            return lambda r: r.commitments
        return lambda r: r.title

    def _sorted(self, rows: list[DocumentSummary]) -> list[DocumentSummary]:
        if self._sort_column < 0:
            return rows
        # stable in both directions: equal keys keep the order they came in
        return sorted(rows, key=self.sort_key(self._sort_column),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in old]
        self._rows = self._sorted(self._rows)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(where[d], i.column())
                                             for d, i in zip(ids, old)])
        self.layoutChanged.emit()

    def row_of(self, doc_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == doc_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if col == self.TITLE:
                return r.title
            if col == self.DATE:
                if role == SORT_ROLE:
                    return r.doc_date.isoformat() if r.doc_date else ""
                return r.doc_date.isoformat() if r.doc_date else "—"
            if col == self.REGION:
                return self._region_name(r.region_code) or "—"
            if col == self.TYPE:
                return doc_type_label(r.doc_type)
            if col == self.COUNT:
                return r.commitments
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


TITLE_MIN = 160  # px: about ten characters of a title stay visible


class _FilterProxy(QSortFilterProxyModel):
    """Filters; a sort request (a header click) goes to the library model, which sorts
    its rows with one key each, and the proxy keeps the model's order."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class LibraryPanel(QWidget):
    """Filter box + document table; an empty state offering import and the demo library."""

    document_activated = Signal(int)
    import_files_requested = Signal()
    import_samples_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, region_name=lambda code: code or "", parent=None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(region_name, self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LibraryModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # the title takes what the short columns leave, and never less than TITLE_MIN:
        # in a narrow dock the table scrolls sideways instead of cutting the title to a
        # character or two
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        # dates and counts are short and of one width: sized from the font and the header
        # (ResizeToContents would read every row of a table not yet shown: seconds at
        # 10,000 documents)
        for col in (LibraryModel.DATE, LibraryModel.COUNT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        for col, width in ((LibraryModel.REGION, 96), (LibraryModel.TYPE, 72)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        self.act_details = make_action(self.table, "library.details")
        self.act_remove = make_action(self.table, "library.remove")
        for a, signal in ((self.act_details, self.edit_requested),
                          (self.act_remove, self.remove_requested)):
            a.triggered.connect(lambda _=False, s=signal: self._emit_for_current(s))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.empty = QWidget(self)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.empty)
        self.samples_button = QPushButton(self.empty)
        self.import_button.clicked.connect(self.import_files_requested)
        self.samples_button.clicked.connect(self.import_samples_requested)
        box = QVBoxLayout(self.empty)
        box.addStretch(1)
        box.addWidget(self.empty_label)
        box.addWidget(self.import_button)
        box.addWidget(self.samples_button)
        box.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack)
        self.retranslate()
        self._update_empty()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """Stretch the title while there is room; below TITLE_MIN, fix it at TITLE_MIN
        and let the table scroll sideways."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
        room = self.table.viewport().width() - others
        mode = QHeaderView.ResizeMode.Stretch if room >= TITLE_MIN \
            else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(LibraryModel.TITLE) != mode:
            header.setSectionResizeMode(LibraryModel.TITLE, mode)
        if mode is QHeaderView.ResizeMode.Interactive:
            header.resizeSection(LibraryModel.TITLE, TITLE_MIN)

    def set_documents(self, rows: list[DocumentSummary]) -> None:
        selected = self.current_document()
        self.model.set_rows(rows)
        self._update_empty()
        self._fit_title()
        if selected is not None:
            self.select_document(selected, emit=False)

    def current_document(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def select_document(self, doc_id: int, emit: bool = True) -> None:
        row = self.model.row_of(doc_id)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        if emit:
            self.document_activated.emit(doc_id)

    def _emit_for_current(self, signal) -> None:
        doc_id = self.current_document()
        if doc_id is not None:
            signal.emit(doc_id)

    def _context_menu(self, pos) -> None:
        idx = self.table.indexAt(pos)
        if not idx.isValid():
            return
        self.table.setCurrentIndex(idx)
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.table)
        menu.addAction(self.act_details)
        menu.addSeparator()
        menu.addAction(self.act_remove)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.last_menu = menu

    def _activated(self, idx: QModelIndex) -> None:
        doc_id = idx.data(ID_ROLE)
        if doc_id is not None:
            self.document_activated.emit(doc_id)

    def _update_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)
        self.filter.setEnabled(self.model.rowCount() > 0)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter documents (title, region, date…)"))
        self.empty_label.setText(self.tr(
            "The library is empty.\nImport policy documents (txt, HTML, Word, PDF) — or "
            "drag files here — or start with the demo library: five documents with a register."))
        self.import_button.setText(self.tr("Import files…"))
        self.samples_button.setText(self.tr("Load the demo library"))
        retranslate_actions(self.act_details, self.act_remove)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._size_short_columns()

    def _size_short_columns(self) -> None:
        header = self.table.horizontalHeader()
        digits = self.table.fontMetrics().horizontalAdvance
        # the cell's margins (Fusion's focus frame: 2 px a side) and some air; not
        # asked of the style: its Python type costs ~10 ms to create, before the list paints
        pad = 16
        for col, sample in ((LibraryModel.DATE, "0000-00-00"), (LibraryModel.COUNT, "00000")):
            header.resizeSection(col, max(header.sectionSizeHint(col), digits(sample) + pad))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
