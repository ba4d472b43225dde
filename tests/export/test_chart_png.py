"""The report's pure-Python bar chart: a valid PNG whose bars are as long as their values."""

from __future__ import annotations

import struct
import zlib

from tracker.export.chart_png import bar_chart, hex_rgb


def _decode(png: bytes) -> tuple[int, int, list[bytes]]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    at, idat, width = 8, b"", 0
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        data = png[at + 8:at + 8 + length]
        crc = struct.unpack(">I", png[at + 8 + length:at + 12 + length])[0]
        assert zlib.crc32(kind + data) & 0xFFFFFFFF == crc
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
            assert (depth, colour) == (8, 2)
        elif kind == b"IDAT":
            idat += data
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + 3 * width
    rows = [raw[n * stride + 1:(n + 1) * stride] for n in range(len(raw) // stride)]
    return width, height, rows


def _run(row: bytes, colour: tuple[int, int, int], start: int) -> int:
    """Pixels of ``colour`` from x = start on."""
    n = 0
    while (start + n) * 3 < len(row) and tuple(row[3 * (start + n):3 * (start + n) + 3]) == colour:
        n += 1
    return n


def test_bars_are_proportional_and_coloured():
    colours = ["#d93025", "#1e8e3e", "#9aa0a6"]
    width, height, rows = _decode(bar_chart([100, 50, 0], colours, width=800))
    assert width == 800 and len(rows) == height
    first = rows[16 + 17]                      # the middle of the first bar
    second = rows[16 + 48 + 17]
    long_bar = _run(first, hex_rgb(colours[0]), 60)
    half_bar = _run(second, hex_rgb(colours[1]), 60)
    assert long_bar > 300 and abs(half_bar * 2 - long_bar) <= 2
    third = rows[16 + 2 * 48 + 17]
    assert _run(third, hex_rgb(colours[2]), 60) == 0           # nothing: no bar
    assert _run(third, hex_rgb(colours[2]), 14) == 20          # but its swatch


def test_empty_counts_still_make_a_picture():
    width, height, rows = _decode(bar_chart([0] * 7, ["#000000"] * 7))
    assert width == 900 and height > 0
