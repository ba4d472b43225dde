"""Render the app icon from its SVG source (tracker/resources/icons/) into the files installers need.

    python packaging/icons.py [OUT_DIR]      # default: packaging/build/icons

Writes tracker-16.png … tracker-1024.png, tracker.ico (Windows: 16–256 px) and
tracker.icns (macOS: 16–1024 px). The pictures are drawn by Qt (tracker.ui.icon.icon_image,
the same code the window uses); the .ico and .icns containers are written here (both
simply hold PNG images), so neither Pillow nor macOS tools are needed. Generated files
are build output and are not committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (Apple's "icns" format)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(sizes=PNG_SIZES) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication

    from tracker.ui.icon import icon_image

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out = {}
    for size in sizes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not icon_image(size).save(buffer, "PNG"):
            raise RuntimeError(f"could not encode the {size} px icon as PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def write_icons(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs()
    written = []
    for size, data in pngs.items():
        path = out_dir / f"tracker-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for name, data in (("tracker.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       ("tracker.icns", icns_bytes(pngs))):
        (out_dir / name).write_bytes(data)
        written.append(out_dir / name)
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "packaging" / "build" / "icons"
    for path in write_icons(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
