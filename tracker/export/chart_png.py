"""A small bar chart as PNG bytes, in pure Python (zlib and struct): the report's status
chart, drawn the same with or without a display. Labels are the bars' numbers (a built-in
digit font); the words go beside the picture in the document (its legend table).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

# 5×7 digits and signs, one string of rows per glyph ("#" set)
_GLYPHS = {
    "0": (".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
    "1": ("..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "2": (".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"),
    "3": ("#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."),
    "4": ("...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."),
    "5": ("#####", "#....", "####.", "....#", "....#", "#...#", ".###."),
    "6": ("..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."),
    "7": ("#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."),
    "8": (".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."),
    "9": (".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."),
    "%": ("##...", "##..#", "...#.", "..#..", ".#...", "#..##", "...##"),
    ".": (".....", ".....", ".....", ".....", ".....", ".##..", ".##.."),
    " ": (".....", ".....", ".....", ".....", ".....", ".....", "....."),
    "(": ("...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#."),
    ")": (".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#..."),
}

RGB = tuple[int, int, int]


def hex_rgb(colour: str) -> RGB:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


class Canvas:
    def __init__(self, width: int, height: int, background: RGB = (255, 255, 255)) -> None:
        self.width, self.height = width, height
        self.rows = [bytearray(bytes(background) * width) for _ in range(height)]

    def rect(self, x: int, y: int, w: int, h: int, colour: RGB) -> None:
        x0, x1 = max(0, x), min(self.width, x + w)
        if x1 <= x0:
            return
        run = bytes(colour) * (x1 - x0)
        for row in self.rows[max(0, y):min(self.height, y + h)]:
            row[3 * x0:3 * x1] = run

    def text(self, x: int, y: int, text: str, colour: RGB, scale: int = 3) -> int:
        """Digits and a few signs; returns the x after the text."""
        for ch in text:
            glyph = _GLYPHS.get(ch, _GLYPHS[" "])
            for gy, line in enumerate(glyph):
                for gx, bit in enumerate(line):
                    if bit == "#":
                        self.rect(x + gx * scale, y + gy * scale, scale, scale, colour)
            x += 6 * scale
        return x

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        # 96 dpi (3780 pixels per metre), so Word sizes it as it is drawn
        phys = struct.pack(">IIB", 3780, 3780, 1)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"pHYs", phys)
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def bar_chart(values: Sequence[int], colours: Sequence[str], width: int = 900,
              bar: int = 34, gap: int = 14) -> bytes:
    """Horizontal bars, one per value (top to bottom, in order), each with a swatch of its
    colour at the left (matching the legend) and its count and share at its end."""
    total = sum(values) or 1
    top = 16
    height = top * 2 + len(values) * (bar + gap) - gap
    c = Canvas(width, height)
    left, right = 60, 290       # swatch column; room for "100000 (100.0%)"
    axis = (190, 190, 190)
    c.rect(left - 6, top - 6, 2, height - 2 * top + 12, axis)
    biggest = max(values) if values and max(values) > 0 else 1
    span = width - left - right
    for n, (value, colour) in enumerate(zip(values, colours)):
        y = top + n * (bar + gap)
        rgb = hex_rgb(colour)
        c.rect(14, y + 7, 20, 20, rgb)                       # the legend's swatch
        length = max(2, round(span * value / biggest)) if value else 0
        c.rect(left, y, length, bar, rgb)
        share = f"{value} ({value * 100 / total:.1f}%)"
        c.text(left + length + 10, y + (bar - 21) // 2, share, (40, 40, 40), 3)
    return c.png()


__all__ = ["Canvas", "bar_chart", "hex_rgb"]
