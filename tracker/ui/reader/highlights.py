"""Highlights of a document: which spans, in which look; ExtraSelections built per format.

Following the frescobaldi habit, the text document itself is never formatted: every look
(kind × state, the current record, suggestions) is one QTextCharFormat with one list of
selections, and the view shows the lists one over another. Backgrounds are translucent,
so where two commitments overlap the colours add up and both stay readable.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from tracker.domain.model import Commitment, Kind, Status
from tracker.domain.rules import is_overdue
from tracker.ui.reader.keys import RecordKey
from tracker.ui.reader.offsets import OffsetMap

KIND_COLOURS = {
    Kind.TARGET: QColor(52, 120, 246),
    Kind.DEADLINE: QColor(242, 153, 0),
    Kind.DELIVERABLE: QColor(30, 160, 80),
    Kind.DUTY: QColor(150, 70, 200),
}
SUGGESTION_COLOUR = QColor(0, 140, 150)
OVERDUE_COLOUR = QColor(205, 30, 30)
DONE_COLOUR = QColor(90, 90, 90)

OPEN, OVERDUE, DONE, MISSED = "open", "overdue", "done", "missed"


def state_of(c: Commitment, today: date) -> str:
    if c.status is Status.MISSED:
        return MISSED
    if c.status in (Status.ACHIEVED, Status.SUPERSEDED):
        return DONE
    if is_overdue(c.deadline.date if c.deadline else None, c.status, today):
        return OVERDUE
    return OPEN


@dataclass(frozen=True)
class Highlight:
    """One span to show: a commitment or a suggestion, by its `RecordKey`."""

    key: RecordKey
    start: int  # code points
    end: int
    kind: Kind | None
    state: str = OPEN

    @property
    def is_suggestion(self) -> bool:
        return self.key.is_suggestion


def commitment_highlight(c: Commitment, today: date) -> Highlight:
    return Highlight(RecordKey.commitment(c.id or 0), c.span.start, c.span.end, c.kind,
                     state_of(c, today))


def _format(kind: Kind | None, state: str, current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind is None:  # a suggestion: no fill, a dashed underline
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(SUGGESTION_COLOUR)
        fill = QColor(SUGGESTION_COLOUR)
        fill.setAlpha(70 if current else 22)
        fmt.setBackground(QBrush(fill))
        return fmt
    colour = QColor(KIND_COLOURS[kind])
    colour.setAlpha(150 if current else 60)
    fmt.setBackground(QBrush(colour))
    if state in (OVERDUE, MISSED):
        fmt.setForeground(QBrush(OVERDUE_COLOUR))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(OVERDUE_COLOUR)
    elif state == DONE:
        fmt.setForeground(QBrush(DONE_COLOUR))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(DONE_COLOUR)
    elif current:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(KIND_COLOURS[kind].darker(150))
    return fmt


class HighlightSet:
    """The highlights of one document, grouped by format, ready for setExtraSelections."""

    def __init__(self, document: QTextDocument, offsets: OffsetMap) -> None:
        self.document = document
        self.offsets = offsets
        self.items: list[Highlight] = []
        self._starts: list[int] = []
        self._longest = 0
        self._formats: dict[tuple, QTextCharFormat] = {}

    def set_items(self, items: list[Highlight]) -> None:
        self.items = sorted(items, key=lambda h: (h.start, h.end))
        self._starts = [h.start for h in self.items]
        self._longest = max((h.end - h.start for h in self.items), default=0)

    def within(self, lo: int, hi: int) -> list[Highlight]:
        """The highlights overlapping code points lo..hi (bisecting the sorted starts)."""
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        return [h for h in self.items[first:last] if h.end > lo]

    def _fmt(self, kind: Kind | None, state: str, current: bool) -> QTextCharFormat:
        key = (kind, state, current)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = _format(kind, state, current)
        return fmt

    def selections(self, current: RecordKey | None,
                   lo: int = 0, hi: int | None = None) -> list[QTextEdit.ExtraSelection]:
        """The selections over code points lo..hi (the part of the text on screen): Qt
        lays out the text under every selection it is given, so handing it all of a large
        document's highlights would lay out the whole document on every change.

        Suggestions first, then commitments one list per kind and state, then the current
        record on top."""
        shown = self.items if lo <= 0 and hi is None else self.within(lo, hi or len(self.offsets))
        groups: dict[tuple, list[Highlight]] = {}
        top: list[Highlight] = []
        for h in shown:
            if h.key == current:
                top.append(h)
            else:
                groups.setdefault((not h.is_suggestion, str(h.kind), h.state), []).append(h)
        out: list[QTextEdit.ExtraSelection] = []
        for group_key in sorted(groups):
            hs = groups[group_key]
            fmt = self._fmt(hs[0].kind, hs[0].state, False)
            for h in hs:
                self._add(out, h, fmt)
        for h in top:
            self._add(out, h, self._fmt(h.kind, h.state, True))
        return out

    def _add(self, out: list, h: Highlight, fmt: QTextCharFormat) -> None:
        """One selection per paragraph the highlight covers: for a selection over several
        blocks Qt asks for the bounding box of the whole text frame, which lays out the
        whole document."""
        text = self.offsets.text
        start = h.start
        while start < h.end:
            cut = text.find("\n", start, h.end)
            end = h.end if cut < 0 else cut
            if end > start:
                out.append(self._selection(start, end, fmt))
            start = end + 1

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document)
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def at(self, pos: int) -> list[Highlight]:
        """Highlights containing code-point position `pos`, innermost (shortest) first,
        commitments before suggestions."""
        hits = [h for h in self.items if h.start <= pos < h.end]
        return sorted(hits, key=lambda h: (h.is_suggestion, h.end - h.start))
