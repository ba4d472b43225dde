"""Colours of the overview: one per status, and the matrix's red–neutral–green scale."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tracker.domain.model import Status

STATUS_COLORS: dict[Status, QColor] = {
    Status.NOT_STARTED: QColor("#9aa5b1"),
    Status.ON_TRACK: QColor("#4a8fd9"),
    Status.AT_RISK: QColor("#f2a33a"),
    Status.ACHIEVED: QColor("#3e9e55"),
    Status.MISSED: QColor("#d64541"),
    Status.SUPERSEDED: QColor("#9b86c9"),
    Status.UNKNOWN: QColor("#d3d3cf"),
}
MET = STATUS_COLORS[Status.ACHIEVED]
OVERDUE = STATUS_COLORS[Status.MISSED]
PENDING = QColor("#8fb3de")

_GOOD = QColor("#9fd8a9")
_NEUTRAL = QColor("#f4f4f2")
_BAD = QColor("#f1a29c")


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def share_color(on_track: float, overdue: float) -> QColor:
    """Cell colour from the shares on track (achieved or on track) and overdue: green
    when most are on track, red when many are overdue, light grey in between."""
    score = on_track - overdue
    return _mix(_NEUTRAL, _GOOD, score) if score >= 0 else _mix(_NEUTRAL, _BAD, -score)


def tint(color: QColor, share: float) -> QColor:
    """`color` faded towards white by how small `share` is (0 → white)."""
    return _mix(QColor("#ffffff"), color.lighter(130), 0.15 + 0.85 * share) if share > 0 \
        else QColor("#ffffff")
