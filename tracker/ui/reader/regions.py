"""A region picker over the division tree of the gazetteer (province > city > county)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLineEdit, QTreeView, QVBoxLayout, QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def region_model(gazetteer, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    items: dict[str, QStandardItem] = {}
    for region in sorted(gazetteer, key=lambda r: (len(gazetteer.lineage(r.code)), r.code)):
        item = QStandardItem(region.name)
        item.setData(region.code, CODE_ROLE)
        item.setToolTip(gazetteer.display_name(region.code))
        item.setEditable(False)
        items[region.code] = item
        holder = items.get(region.parent_code) if region.parent_code else None
        (holder or model.invisibleRootItem()).appendRow(item)
    return model


class RegionPicker(QDialog):
    """Choose a division: type to filter (a match keeps its parents), Enter to choose."""

    def __init__(self, gazetteer, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a region"))
        self.resize(420, 560)
        self.gazetteer = gazetteer
        self.model = region_model(gazetteer, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter: 南昌, 东湖区…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        if current:
            self.select(current)
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
            first = self._first_match(QModelIndex(), text.strip())
            if first is not None:
                self.tree.setCurrentIndex(first)

    def _first_match(self, parent: QModelIndex, text: str) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            idx = self.proxy.index(row, 0, parent)
            if text in (idx.data() or ""):
                return idx
            found = self._first_match(idx, text)
            if found is not None:
                return found
        return None

    def select(self, code: str) -> None:
        items = self.model.match(self.model.index(0, 0), CODE_ROLE, code, 1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if items:
            idx = self.proxy.mapFromSource(items[0])
            self.tree.setCurrentIndex(idx)
            self.tree.scrollTo(idx)

    def chosen(self) -> str | None:
        idx = self.tree.currentIndex()
        return idx.data(CODE_ROLE) if idx.isValid() else None
