"""The icon files the build writes: real PNGs in .ico and .icns containers Qt can read."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icons  # noqa: E402 - after the path is set

PNG = b"\x89PNG\r\n\x1a\n"


def test_ico_directory_points_at_each_png():
    pngs = {16: PNG + b"a" * 10, 256: PNG + b"b" * 20}
    data = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 2)
    for i, size in enumerate((16, 256)):
        w, h, _c, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        assert (w, h) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert data[offset:offset + length] == pngs[size]


def test_icns_elements_hold_the_pngs():
    pngs = {16: PNG + b"a", 512: PNG + b"b" * 5}
    data = icons.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[kind] = data[pos + 8:pos + length]
        pos += length
    assert found == {b"icp4": pngs[16], b"ic09": pngs[512], b"ic14": pngs[512]}


@pytest.mark.gui
def test_rendered_icons_read_back_with_qt(tmp_path, qapp):
    from PySide6.QtGui import QImage, QImageReader

    written = icons.write_icons(tmp_path)
    assert {p.name for p in written} >= {"tracker.ico", "tracker.icns", "tracker-16.png",
                                         "tracker-512.png"}
    big = QImage(str(tmp_path / "tracker-256.png"))
    assert big.width() == 256
    # the tile is red in the middle of the top edge, the corners transparent
    assert big.pixelColor(128, 20).red() > 150 and big.pixelColor(128, 20).green() < 80
    assert big.pixelColor(0, 0).alpha() == 0
    reader = QImageReader(str(tmp_path / "tracker.ico"))
    sizes = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        sizes.append(reader.read().width())
    assert sorted(sizes) == list(icons.ICO_SIZES)
