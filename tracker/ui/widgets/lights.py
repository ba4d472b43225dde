"""The lights (红黄绿灯) as every view shows them: a coloured dot and a word, so the light
reads without colour too."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from tracker.domain.lights import LIGHT_COLOURS, Light

_WORDS = {
    Light.RED: QT_TRANSLATE_NOOP("lights", "Red"),
    Light.YELLOW: QT_TRANSLATE_NOOP("lights", "Yellow"),
    Light.GREEN: QT_TRANSLATE_NOOP("lights", "Green"),
    Light.GREY: QT_TRANSLATE_NOOP("lights", "Grey"),
}
STALE = QT_TRANSLATE_NOOP("lights", "stale")


def light_label(light: Light) -> str:
    return QCoreApplication.translate("lights", _WORDS[light])


def light_text(light: Light, stale: bool = False) -> str:
    """红 or 绿 · 久未更新 (the word beside the dot)."""
    word = light_label(light)
    return f"{word} · {QCoreApplication.translate('lights', STALE)}" if stale else word


def light_colour(light: Light) -> QColor:
    return QColor(LIGHT_COLOURS[light])


@cache
def light_icon(light: Light, size: int = 12) -> QIcon:
    """A filled dot in the light's colour, with a darker rim (visible on white and grey)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = light_colour(light)
    painter.setPen(colour.darker(140))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


__all__ = ["STALE", "light_colour", "light_icon", "light_label", "light_text"]
