"""Paints items whose HTML is in HTML_ROLE (hits with highlighted terms) as rich text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tracker.ui.search.rich import DIM_STYLE

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
PAD = 4


def html_for_state(html: str, selected: bool, palette: QPalette) -> str:
    """On a selected row the dim grey (dates, regions) is unreadable on the highlight
    colour: it takes the highlighted text colour there."""
    if not selected:
        return html
    return html.replace(DIM_STYLE, "color:" + palette.color(
        QPalette.ColorRole.HighlightedText).name())


class RichTextDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(max(80, width - 2 * PAD))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        html = html_for_state(html, selected, opt.palette)
        doc = self._document(opt, html, opt.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = opt.rect.top() + max(PAD, (opt.rect.height() - doc.size().height()) / 2)
        painter.translate(opt.rect.left() + PAD, top)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - PAD, opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        width = option.rect.width()
        view = option.widget
        if width <= 0 and view is not None:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width = view.viewport().width() - depth * getattr(view, "indentation", lambda: 20)()
        doc = self._document(option, html, width)
        return QSize(int(doc.idealWidth()) + 2 * PAD, int(doc.size().height()) + 2 * PAD)
