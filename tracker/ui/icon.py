"""The app icon, drawn from its SVG sources in tracker/resources/icons/ (tracker.svg, and
tracker-small.svg for 16–32 px). packaging/icons.py renders the installers' files with the
same code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from tracker.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_ICON_MAX = 32  # up to this size the simplified drawing is used


def icon_image(size: int) -> QImage:
    """The app icon rendered at `size` px from its SVG source (tracker/resources/icons/)."""
    from PySide6.QtSvg import QSvgRenderer

    name = "tracker-small.svg" if size <= SMALL_ICON_MAX else "tracker.svg"
    renderer = QSvgRenderer(str(resource_path("icons", name)))
    if not renderer.isValid():
        raise OSError(f"{resource_path('icons', name)}: not a readable SVG icon")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    icon = QIcon()
    try:
        for size in ICON_SIZES:
            icon.addPixmap(QPixmap.fromImage(icon_image(size)))
    except OSError:
        return QIcon()  # a missing icon must not stop the app
    return icon


def svg_image(name: str, size: int, ratio: float = 1.0) -> QImage:
    """A small icon shipped in resources/icons/ (evidence-link.svg, …) rendered at `size`
    logical px (times the screen's device pixel ratio); an empty image if it is missing."""
    from PySide6.QtSvg import QSvgRenderer

    px = max(1, round(size * ratio))
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(resource_path("icons", name)))
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
    image.setDevicePixelRatio(ratio)
    return image
