"""Charts of the overview drawn with QPainter (QtCharts is not part of PySide6-Essentials):
stacked status bars per region, and deadlines per quarter with how many were met.

Every chart paints into any rectangle (the widget, or an image for PNG export), remembers
where its bars are, and emits `segment_clicked` with the drill-down arguments of the bar
segment under the mouse (see tracker.services.drill.drill_filter).
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tracker.domain.model import Status
from tracker.services import overview_series as ov_series
from tracker.ui.labels import status_label
from tracker.ui.overview.palette import MET, OVERDUE, PENDING, STATUS_COLORS

AXIS = QColor("#5f6368")
GRID = QColor("#e3e3e0")
TEXT = QColor("#202124")
MARGIN = 14.0


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 × 10ⁿ) giving about `ticks` ticks up to `maximum`."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(1.0, m * power)
    return max(1.0, 10 * power)


class Chart(QWidget):
    segment_clicked = Signal(object)   # a dict of drill_filter arguments

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self._hits: list[tuple[QRectF, dict, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # ------------------------------------------------------------------ sizing
    def preferred_height(self, width: float) -> int:
        raise NotImplementedError

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, self.preferred_height(640))

    def relayout(self) -> None:
        self.setFixedHeight(self.preferred_height(max(self.width(), 320)))
        self.update()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        self.paint(p, QRectF(self.rect()))
        p.end()

    def paint(self, p: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def image(self, width: int = 1200) -> QImage:
        """The chart drawn on white at `width` pixels, as tall as it needs."""
        img = QImage(width, self.preferred_height(width), QImage.Format.Format_ARGB32)
        img.fill(QColor("#ffffff"))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        hits = self._hits
        self.paint(p, QRectF(0, 0, img.width(), img.height()))
        self._hits = hits          # clicks keep using the on-screen layout
        p.end()
        return img

    def _title(self, p: QPainter, rect: QRectF) -> float:
        """Draw the title; return the y below it."""
        font = QFont(p.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        p.save()
        p.setFont(font)
        p.setPen(TEXT)
        h = QFontMetricsF(font).height()
        p.drawText(QRectF(rect.left() + MARGIN, rect.top() + MARGIN, rect.width() - 2 * MARGIN,
                          h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.title)
        p.restore()
        return rect.top() + MARGIN + h + 6

    def _legend(self, p: QPainter, rect: QRectF, top: float,
                items: list[tuple[QColor | None, str]], draw: bool = True) -> float:
        """Swatches and labels, wrapped over lines; return the y below them. A colour of
        None draws a dashed line (the "today" marker)."""
        fm = QFontMetricsF(p.font() if draw else self.font())
        x, y, line = rect.left() + MARGIN, top, fm.height() + 4
        for color, label in items:
            w = 14 + 4 + fm.horizontalAdvance(label) + 14
            if x + w > rect.right() - MARGIN and x > rect.left() + MARGIN:
                x, y = rect.left() + MARGIN, y + line
            if draw and color is None:       # the dashed "today" line
                p.setPen(QPen(AXIS, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x + 6, y + 2), QPointF(x + 6, y + line - 2))
            elif draw:
                p.fillRect(QRectF(x, y + (line - 12) / 2, 12, 12), color)
            if draw:
                p.setPen(TEXT)
                p.drawText(QRectF(x + 18, y, w, line),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += w
        return y + line + 6

    def _empty(self, p: QPainter, rect: QRectF, top: float, text: str) -> None:
        p.setPen(AXIS)
        p.drawText(QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                   Qt.AlignmentFlag.AlignCenter, text)

    # ------------------------------------------------------------------ interaction
    def hit_at(self, pos: QPointF) -> tuple[dict, str] | None:
        for rect, how, tip in reversed(self._hits):
            if rect.contains(pos):
                return how, tip
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hit = self.hit_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None and hit[0]:
            self.segment_clicked.emit(hit[0])
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hit = self.hit_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit and hit[0]
                       else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit_at(event.position() if hasattr(event, "position")
                              else QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit[1], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()


class StatusBarsChart(Chart):
    """One horizontal bar per region, stacked by status, with the total at its end."""

    BAR, GAP = 18.0, 7.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = ov_series.StatusSeries([], [], [])
        self.full_names: list[str] = []

    def set_series(self, series: ov_series.StatusSeries, title: str,
                   full_names: list[str] | None = None) -> None:
        self.series, self.title = series, title
        self.full_names = full_names or list(series.names)
        self.relayout()

    def _legend_items(self) -> list[tuple[QColor, str]]:
        return [(STATUS_COLORS[s], status_label(s)) for s in ov_series.STATUSES]

    def preferred_height(self, width: float) -> int:
        fm = QFontMetricsF(self.font())
        rect = QRectF(0, 0, width, 10_000)
        top = MARGIN + fm.height() * 1.1 + 6
        top = self._legend(None, rect, top,  # type: ignore[arg-type]  # no painter: measuring only
                           self._legend_items(), draw=False)
        bars = max(len(self.series.codes), 1) * (self.BAR + self.GAP)
        return int(top + bars + 2.6 * fm.height() + 16 + (fm.height() if self.series.hidden else 0))

    def paint(self, p: QPainter, rect: QRectF) -> None:
        self._hits = []
        fm = QFontMetricsF(p.font())
        top = self._title(p, rect)
        top = self._legend(p, rect, top, self._legend_items())
        s = self.series
        if not s.codes:
            self._empty(p, rect, top, self.tr("No commitments at this level"))
            return
        label_w = min(max(fm.horizontalAdvance(n) for n in s.names) + 10, rect.width() * 0.3)
        left = rect.left() + MARGIN + label_w
        right = rect.right() - MARGIN - fm.horizontalAdvance("00000") - 6
        totals = s.totals()
        step = nice_step(max(totals))
        top_value = math.ceil(max(totals) / step) * step
        scale = (right - left) / top_value
        bottom = top + len(s.codes) * (self.BAR + self.GAP)
        # grid and axis
        p.setPen(QPen(GRID, 1))
        ticks = int(round(top_value / step))
        for i in range(ticks + 1):
            x = left + i * step * scale
            p.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
        p.setPen(QPen(AXIS, 1))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        for i in range(ticks + 1):
            x = left + i * step * scale
            p.drawLine(QPointF(x, bottom), QPointF(x, bottom + 4))
            label = f"{i * step:g}"
            p.drawText(QRectF(x - 30, bottom + 4, 60, fm.height()), Qt.AlignmentFlag.AlignCenter,
                       label)
        p.drawText(QRectF(left, bottom + 4 + fm.height(), right - left, fm.height() + 4),
                   Qt.AlignmentFlag.AlignCenter, self.tr("Commitments"))
        # bars
        for i, (code, name) in enumerate(zip(s.codes, s.names)):
            y = top + i * (self.BAR + self.GAP) + self.GAP / 2
            full = self.full_names[i] if i < len(self.full_names) else name
            p.setPen(TEXT)
            name_rect = QRectF(rect.left() + MARGIN, y - 3, label_w - 8, self.BAR + 6)
            p.drawText(name_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideMiddle, label_w - 8))
            self._hits.append((name_rect, {"region_code": code},
                               self.tr("%1: %2 commitments").replace("%1", full)
                               .replace("%2", str(totals[i]))))
            x = left
            for status, value in zip(ov_series.STATUSES, s.values[i]):
                if not value:
                    continue
                w = value * scale
                seg = QRectF(x, y, w, self.BAR)
                p.fillRect(seg, STATUS_COLORS[status])
                if w >= fm.horizontalAdvance(str(value)) + 4:
                    p.setPen(QColor("#ffffff") if status in (Status.ON_TRACK, Status.ACHIEVED,
                                                             Status.MISSED) else TEXT)
                    p.drawText(seg, Qt.AlignmentFlag.AlignCenter, str(value))
                self._hits.append((seg, {"region_code": code, "status": status},
                                   f"{full} · {status_label(status)}: {value}"))
                x += w
            p.setPen(TEXT)
            p.drawText(QRectF(x + 4, y, 60, self.BAR),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(totals[i]))
        if s.hidden:
            p.setPen(AXIS)
            p.drawText(QRectF(left, bottom + 6 + 2 * fm.height(), right - left, fm.height() + 4),
                       Qt.AlignmentFlag.AlignLeft,
                       self.tr("Showing the %1 regions with most commitments; %2 more not shown")
                       .replace("%1", str(len(s.codes))).replace("%2", str(s.hidden)))


class QuarterChart(Chart):
    """Commitments falling due per quarter: achieved, overdue and the rest, stacked."""

    HEIGHT = 320

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[ov_series.QuarterPoint] = []
        self.today: date | None = None

    def set_points(self, points: list[ov_series.QuarterPoint], title: str, today: date) -> None:
        self.points, self.title, self.today = points, title, today
        self.relayout()

    def _legend_items(self) -> list[tuple[QColor | None, str]]:
        items: list[tuple[QColor | None, str]] = [
            (MET, status_label(Status.ACHIEVED)), (OVERDUE, self.tr("Overdue")),
            (PENDING, self.tr("Not yet due, or superseded"))]
        if self.today is not None:
            items.append((None, self.tr("Today (%1)").replace("%1", self.today.isoformat())))
        return items

    def preferred_height(self, width: float) -> int:
        return self.HEIGHT

    def paint(self, p: QPainter, rect: QRectF) -> None:
        self._hits = []
        fm = QFontMetricsF(p.font())
        top = self._legend(p, rect, self._title(p, rect), self._legend_items())
        pts = self.points
        if not pts:
            self._empty(p, rect, top, self.tr("No commitment has a deadline"))
            return
        left = rect.left() + MARGIN + fm.height() + fm.horizontalAdvance("0000") + 8
        right = rect.right() - MARGIN
        bottom = rect.bottom() - MARGIN - 2 * fm.height() - 6
        top += fm.height() + 4          # room for the count above the tallest bar
        peak = max(pt.due for pt in pts) or 1
        step = nice_step(peak, 4)
        top_value = math.ceil(peak / step) * step
        scale = (bottom - top) / top_value
        # y axis with grid
        ticks = int(round(top_value / step))
        for i in range(ticks + 1):
            y = bottom - i * step * scale
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.setPen(AXIS)
            p.drawText(QRectF(left - 44, y - fm.height() / 2, 40, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{i * step:g}")
        p.save()
        p.translate(rect.left() + MARGIN, (top + bottom) / 2)
        p.rotate(-90)
        p.setPen(AXIS)
        p.drawText(QRectF(-(bottom - top) / 2, 0, bottom - top, fm.height()),
                   Qt.AlignmentFlag.AlignCenter, self.tr("Commitments due"))
        p.restore()
        p.setPen(QPen(AXIS, 1))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        layout = self.layout_slots()
        slot = (right - left) / len(layout)
        bar_w = max(2.0, min(slot * 0.7, 48.0))
        every_label = slot >= fm.horizontalAdvance("Q4") + 4
        label_end = -math.inf        # right edge of the last year label drawn
        for n, (kind, i, j) in enumerate(layout):
            cx = left + (n + 0.5) * slot
            if kind == "gap":        # a stretch of empty years, shown as one narrow break
                first, last = pts[i], pts[j - 1]
                p.setPen(QPen(AXIS, 1))
                for dx in (-3.0, 3.0):
                    p.drawLine(QPointF(cx + dx - 2, bottom + 4), QPointF(cx + dx + 2, bottom - 4))
                p.drawText(QRectF(cx - slot / 2, bottom + 3, slot, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, "…")
                self._hits.append((QRectF(cx - slot / 2, top, slot, bottom - top), {},
                                   self.tr("%1 – %2: nothing due").replace("%1", first.label)
                                   .replace("%2", last.label)))
                label_end = -math.inf
                continue
            pt = pts[i]
            x = cx - bar_w / 2
            period = (pt.first_day, pt.last_day)
            y = bottom
            other = pt.due - pt.met - pt.overdue
            for value, color, how in ((pt.met, MET, {"status": Status.ACHIEVED}),
                                      (pt.overdue, OVERDUE, {"overdue": True}),
                                      (other, PENDING, {})):
                if value <= 0:
                    continue
                h = value * scale
                seg = QRectF(x, y - h, bar_w, h)
                p.fillRect(seg, color)
                y -= h
                self._hits.append((seg, {"period": period, **how}, self._tip(pt)))
            if pt.due:
                p.setPen(TEXT)
                p.drawText(QRectF(cx - 30, y - fm.height() - 1, 60, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, str(pt.due))
            p.setPen(AXIS)
            if every_label:
                p.drawText(QRectF(cx - slot / 2, bottom + 3, slot, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, f"Q{pt.quarter}")
            after_gap = n > 0 and layout[n - 1][0] == "gap"
            if pt.quarter == 1 or n == 0 or after_gap:
                x0 = cx - slot / 2
                p.drawLine(QPointF(x0, bottom), QPointF(x0, bottom + 5))
                year = str(pt.year)
                width = fm.horizontalAdvance(year) + 6
                # a year starting mid-way (Q4 2024) is labelled only when its label ends
                # before the next year's; never over the previous label
                to_next = next((m - n for m in range(n + 1, len(layout))
                                if layout[m][0] == "gap" or pts[layout[m][1]].quarter == 1),
                               math.inf)   # nothing after it to run into
                if x0 >= label_end and (pt.quarter == 1 or to_next * slot >= width):
                    p.drawText(QRectF(x0, bottom + 3 + fm.height(), width, fm.height()),
                               Qt.AlignmentFlag.AlignLeft, year)
                    label_end = x0 + width
        self._today_marker(p, left, slot, top, bottom, layout)

    GAP_MIN = 5  # this many empty quarters in a row or more are drawn as one break

    def layout_slots(self) -> list[tuple[str, int, int]]:
        """The x axis: ("q", i, i + 1) for a quarter drawn, ("gap", i, j) for the empty
        quarters i..j-1 drawn as one narrow break (no width wasted on empty years)."""
        pts, out, i = self.points, [], 0
        while i < len(pts):
            j = i
            while j < len(pts) and pts[j].due == 0:
                j += 1
            if j - i >= self.GAP_MIN:
                out.append(("gap", i, j))
                i = j
                continue
            out.append(("q", i, i + 1))
            i += 1
        return out

    def _today_marker(self, p: QPainter, left: float, slot: float, top: float,
                      bottom: float, layout: list[tuple[str, int, int]]) -> None:
        if self.today is None:
            return
        first = self.points[0]
        index = (self.today.year - first.year) * 4 + (self.today.month - 1) // 3 \
            - (first.quarter - 1)
        for n, (kind, i, j) in enumerate(layout):  # noqa: B007 - both read after the loop
            if i <= index < j:
                break
        else:
            return
        if kind == "gap":
            frac = 0.5
        else:
            pt = self.points[index]
            frac = (self.today - pt.first_day).days / ((pt.last_day - pt.first_day).days + 1)
        x = left + (n + frac) * slot
        p.setPen(QPen(AXIS, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _tip(self, pt: ov_series.QuarterPoint) -> str:
        return (self.tr("%1: %2 due, %3 achieved, %4 overdue").replace("%1", pt.label)
                .replace("%2", str(pt.due)).replace("%3", str(pt.met))
                .replace("%4", str(pt.overdue)))


def stack_images(charts: list[Chart], width: int = 1200) -> QImage:
    """The charts one below the other on white, for export."""
    images = [c.image(width) for c in charts]
    out = QImage(width, sum(i.height() for i in images), QImage.Format.Format_ARGB32)
    out.fill(QColor("#ffffff"))
    p = QPainter(out)
    y = 0
    for img in images:
        p.drawImage(0, y, img)
        y += img.height()
    p.end()
    return out
