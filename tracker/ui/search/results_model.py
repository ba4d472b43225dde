"""The results tree: documents with their hits, then the matching commitments.

Every item carries what activating it should do (ACTION_ROLE + the ids and offsets), so
the page turns Enter/double-click into one event without looking anything up.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from tracker.search import CommitmentResult, DocumentResult, SearchResults
from tracker.ui.labels import doc_type_label
from tracker.ui.search.delegate import HTML_ROLE
from tracker.ui.search.rich import dim, hit_html, marked_html

ACTION_ROLE = Qt.ItemDataRole.UserRole + 11   # "document" | "commitment" | "more" | None
ID_ROLE = Qt.ItemDataRole.UserRole + 12
START_ROLE = Qt.ItemDataRole.UserRole + 13
END_ROLE = Qt.ItemDataRole.UserRole + 14

RegionLabel = Callable[[str | None], str]


def _item(html: str, action: str | None, item_id: int | None = None, start: int = -1,
          end: int = -1, tooltip: str | None = None) -> QStandardItem:
    item = QStandardItem()
    item.setEditable(False)
    item.setData(html, HTML_ROLE)
    item.setData(action, ACTION_ROLE)
    item.setData(item_id, ID_ROLE)
    item.setData(start, START_ROLE)
    item.setData(end, END_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class SearchResultsModel(QStandardItemModel):
    """Built from SearchResults pages; `append` adds the next page of documents."""

    def __init__(self, region_label: RegionLabel, parent=None) -> None:
        super().__init__(parent)
        self._region_label = region_label
        self.results: list[SearchResults] = []

    def show(self, pages: list[SearchResults]) -> None:
        """Rebuild from every page loaded so far (also used after a language change)."""
        self.clear()
        self.results = []
        for page in pages:
            self.append(page)

    def append(self, page: SearchResults) -> None:
        self._remove_more_item()
        first = not self.results
        self.results.append(page)
        root = self.invisibleRootItem()
        insert_at = self._document_count()
        for n, doc in enumerate(page.documents):
            root.insertRow(insert_at + n, [self._document_item(doc)])
        remaining = page.total_documents - self.loaded_documents()
        if remaining > 0:
            text = self.tr("Show more documents (%1 more)…").replace("%1", str(remaining))
            root.insertRow(self._document_count(), [_item(f"<i>{escape(text)}</i>", "more")])
        if first and page.commitments:
            root.appendRow(self._commitments_item(page))

    def loaded_documents(self) -> int:
        return sum(len(p.documents) for p in self.results)

    def _document_count(self) -> int:
        root = self.invisibleRootItem()
        return sum(1 for r in range(root.rowCount())
                   if root.child(r).data(ACTION_ROLE) == "document")

    def _remove_more_item(self) -> None:
        root = self.invisibleRootItem()
        for r in range(root.rowCount()):
            if root.child(r).data(ACTION_ROLE) == "more":
                root.removeRow(r)
                return

    def _document_item(self, doc: DocumentResult) -> QStandardItem:
        facts = [doc.doc_date.isoformat() if doc.doc_date else self.tr("undated"),
                 self._region_label(doc.region_code) or self.tr("no region"),
                 doc_type_label(doc.doc_type),
                 self.tr("%1 hits").replace("%1", str(doc.hit_count))]
        first = doc.hits[0] if doc.hits else None
        item = _item(f"<b>{escape(doc.title)}</b>&nbsp;&nbsp;{dim(' · '.join(facts))}",
                     "document", doc.doc_id, first.start if first else -1,
                     first.end if first else -1, doc.title)
        for hit in doc.hits:
            item.appendRow(_item(hit_html(hit), "document", doc.doc_id, hit.start, hit.end))
        hidden = doc.hit_count - len(doc.hits)
        if hidden > 0:
            text = self.tr("%1 more hits in this document").replace("%1", str(hidden))
            item.appendRow(_item(dim(text), "document", doc.doc_id))
        return item

    def _commitments_item(self, page: SearchResults) -> QStandardItem:
        text = self.tr("Commitments (%1)").replace("%1", str(page.total_commitments))
        group = _item(f"<b>{escape(text)}</b>", None)
        for c in page.commitments:
            group.appendRow(self._commitment_item(c))
        return group

    def _commitment_item(self, c: CommitmentResult) -> QStandardItem:
        quote_marks = tuple(
            (h.start, h.end) for h in c.hits if h.field == "quote")
        html = marked_html(c.quote, quote_marks)
        for h in c.hits:
            if h.field == "notes":
                html += "<br>" + dim(self.tr("Notes: ")) + hit_html(h)
                break
        if c.document_title:
            html += "<br>" + dim(self.tr("in: %1").replace("%1", c.document_title))
        return _item(html, "commitment", c.commitment_id, tooltip=c.quote)
