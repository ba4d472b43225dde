"""The same commitment in other documents, as the reader shows it: a line in the editor
(也见于：《文件》(状态), each a link that opens the other record) and a marker on the
suggestions of the review queue already registered elsewhere (已在《X》中登记).

The widgets are given their look-ups when they are made (the page passes a `LinkLookups`
over services.links; tests pass plain functions), so they stay testable without a
database; a failed look-up only hides the line.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tracker.domain.model import Commitment
from tracker.services import links
from tracker.ui.labels import status_label
from tracker.ui.reader.lists import SuggestionListModel

if TYPE_CHECKING:
    from tracker.domain.model import Document
    from tracker.services.context import AppContext

log = logging.getLogger(__name__)

# (commitment, is_draft) -> its twins in other documents
TwinsLookup = Callable[[Commitment, bool], Sequence[links.LinkedCommitment]]
# quotes -> {quote: twins in other documents}
QuotesLookup = Callable[[list[str]], dict[str, list[links.LinkedCommitment]]]

LINK_PREFIX = "commitment:"
MARK = "※"  # the reference mark (in every CJK font): registered elsewhere


def _anchor(item: links.LinkedCommitment) -> str:
    title = html.escape(item.document_title or "")
    return (f'<a href="{LINK_PREFIX}{item.id}">《{title}》</a>'
            f"（{html.escape(status_label(item.status))}）")


class AlsoSeenLine(QLabel):
    """也见于：《X》（状态）、《Y》（状态）: a commitment's twins in other documents (for a
    suggestion under review: 已在《X》中登记). Hidden when there are none."""

    open_requested = Signal(int)  # commitment id

    def __init__(self, lookup: TwinsLookup | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.items: list[links.LinkedCommitment] = []
        self._draft = False
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setStyleSheet("color: palette(dark); padding: 2px 0")
        self.linkActivated.connect(self._activated)
        self.hide()

    def show_for(self, c: Commitment | None, draft: bool = False) -> None:
        self.items, self._draft = [], draft
        if c is not None and self.lookup is not None and (draft or c.id is not None):
            try:
                self.items = list(self.lookup(c, draft))
            except Exception:  # a look-up must never break the editor
                log.exception("looking up the same commitment in other documents")
        self._render()

    def _render(self) -> None:
        if not self.items:
            self.clear()
            self.hide()
            return
        anchors = "、".join(_anchor(i) for i in self.items)
        text = self.tr("Already registered in %1") if self._draft else self.tr("Also in: %1")
        self.setText(html.escape(text).replace("%1", anchors))
        self.setToolTip(self.tr("The same words stand in these documents; click to open "
                                "that record."))
        self.show()

    def _activated(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.open_requested.emit(int(href[len(LINK_PREFIX):]))

    def retranslate(self) -> None:
        self._render()


class MarkedSuggestionModel(SuggestionListModel):
    """The review queue's model, with a marker on the suggestions already registered in
    another document (one look-up for the whole queue on each change)."""

    def __init__(self, lookup: QuotesLookup | None = None, parent=None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.seen: dict[str, list[links.LinkedCommitment]] = {}
        self._asked: set[str] = set()  # quotes already looked up for this document

    def set_items(self, items) -> None:
        """The queue changes after each review: only quotes not looked up yet are; an empty
        queue (another document being opened) forgets what was found."""
        if not items:
            self.seen, self._asked = {}, set()
        new = [s.quote for s in items if s.quote not in self._asked]
        if self.lookup is not None and new:
            try:
                self.seen.update(self.lookup(new))
                self._asked.update(new)
            except Exception:
                log.exception("looking up suggestions registered in other documents")
        super().set_items(items)

    def seen_for(self, row: int) -> list[links.LinkedCommitment]:
        if not 0 <= row < len(self.items):
            return []
        return self.seen.get(self.items[row].quote, [])

    def marker(self, row: int) -> str:
        """已在《X》中登记 (and 等N份 when there are more), or "" """
        seen = self.seen_for(row)
        if not seen:
            return ""
        titles = list(dict.fromkeys(i.document_title for i in seen))
        if len(titles) == 1:
            return self.tr("Registered in 《%1》").replace("%1", titles[0])
        return (self.tr("Registered in 《%1》 and %2 more (%3 documents)")
                .replace("%1", titles[0]).replace("%2", str(len(titles) - 1))
                .replace("%3", str(len(titles))))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        value = super().data(index, role)
        if not index.isValid() or index.column() != self.TEXT or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value
        mark = self.marker(index.row())
        if not mark:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{MARK} {mark} · {value}"
        states = "、".join(f"《{i.document_title}》（{status_label(i.status)}）"
                          for i in self.seen_for(index.row()))
        return self.tr("Already registered in %1").replace("%1", states) + f"\n\n{value}"


class LinkLookups:
    """The look-ups of the editor line and the review queue, over services.links;
    `document()` is the document open in the reader (its own suggestions are not
    "elsewhere")."""

    def __init__(self, app: AppContext, document: Callable[[], Document | None]) -> None:
        self.app, self.document = app, document

    def twins(self, c: Commitment, draft: bool) -> list[links.LinkedCommitment]:
        if draft or c.id is None:
            return links.quote_seen_elsewhere(self.app, c.document_id, c.quote)
        return links.same_elsewhere(self.app, c.id)

    def quotes(self, quotes: list[str]) -> dict[str, list[links.LinkedCommitment]]:
        doc = self.document()
        return links.quotes_seen_elsewhere(self.app, doc.id if doc else None, quotes)
