"""packaging/build.py's check that no unused Qt module slipped into a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402 - after the path is set


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


def test_a_clean_linux_bundle_passes(tmp_path):
    _tree(tmp_path, [
        "_internal/PySide6/QtCore.abi3.so", "_internal/PySide6/QtSvg.abi3.so",
        "_internal/PySide6/Qt/lib/libQt6Gui.so.6",
        # C++ libraries Qt itself links: allowed although their Python modules are not
        "_internal/PySide6/Qt/lib/libQt6DBus.so.6", "_internal/PySide6/Qt/lib/libQt6OpenGL.so.6",
        "_internal/tracker/resources/i18n/tracker_zh_CN.qm",
    ])
    assert build.unused_qt_files(tmp_path) == []


def test_unused_modules_are_found_in_each_layout(tmp_path):
    stray = [
        "_internal/PySide6/QtNetwork.abi3.so",              # Linux Python module
        "_internal/PySide6/Qt/lib/libQt6Qml.so.6",          # Linux Qt library
        "_internal/PySide6/QtDBus.abi3.so",                 # Python module of a kept library
        "_internal/PySide6/Qt6WebEngineCore.dll",           # Windows Qt library
        "_internal/PySide6/QtMultimedia.pyd",               # Windows Python module
    ]
    _tree(tmp_path, stray + ["_internal/PySide6/QtWidgets.abi3.so"])
    found = {p.relative_to(tmp_path).as_posix() for p in build.unused_qt_files(tmp_path)}
    assert found == set(stray)


def test_folder_size_counts_files_not_links(tmp_path):
    (tmp_path / "a.so").write_bytes(b"x" * 1000)
    (tmp_path / "link.so").symlink_to("a.so")
    assert build.folder_size(tmp_path) == 1000
