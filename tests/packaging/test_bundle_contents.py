"""The bundle's lists (packaging/bundle_contents.py): what goes in exists, what is left out
is really unused, and the pruning keeps what is needed."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_contents as bc  # noqa: E402 - after the path is set


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_no_module_of_the_app_imports_an_excluded_qt_module():
    excluded = {m for m in bc.EXCLUDED_MODULES if m.startswith("PySide6.")}
    offenders = {}
    for path in (ROOT / "tracker").rglob("*.py"):
        used = _imported_modules(path) & excluded
        if used:
            offenders[str(path.relative_to(ROOT))] = sorted(used)
    assert offenders == {}


def test_the_used_qt_modules_are_the_ones_the_app_imports():
    imported = set()
    for path in (ROOT / "tracker").rglob("*.py"):
        imported |= {m.split(".")[1] for m in _imported_modules(path)
                     if m.startswith("PySide6.Qt")}
    assert imported == set(bc.USED_QT)
    assert not set(bc.USED_QT) & set(bc.UNUSED_QT)


@pytest.mark.gui
def test_every_data_file_exists_and_lands_where_the_app_looks():
    pairs = bc.data_files(ROOT)
    dests = {dest for _src, dest in pairs}
    assert {"tracker/resources/i18n", "tracker/resources/icons", "tracker/resources/samples",
            "tracker/geo/data",
            "tracker/storage/migrations", "tracker/storage/migrations/versions"} <= dests
    sources = [Path(src) for src, _dest in pairs]
    assert all(p.is_file() for p in sources)
    names = {p.name for p in sources}
    assert {"divisions.tsv", "env.py", "script.py.mako", "tracker.svg",
            "tracker-small.svg", "themes.tsv", "evidence-link.svg"} <= names
    assert {"tracker_zh_CN.qm", "tracker_zh_CN.ts"} <= names  # Qt's and the CLI's catalogue
    assert not any(p.suffix == ".py" and "scripts" in p.parts for p in sources)  # no dev tools


def test_a_missing_data_folder_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="tracker/resources/i18n"):
        bc.data_files(tmp_path)


@pytest.mark.parametrize(("dest", "dropped"), [
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("babel/locale-data/fr.dat", True),
    ("babel/locale-data/zh_Hans.dat", False),
    ("babel/locale-data/root.dat", False),
    ("libQt6EglFSDeviceIntegration.so.6", True),
    ("PySide6\\plugins\\imageformats\\qpdf.dll", True),           # Windows layout
    ("PySide6\\plugins\\platforms\\qminimal.dll", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", False),
    ("PySide6\\translations\\qtbase_fr.qm", True),
    ("PySide6\\translations\\qtbase_zh_CN.qm", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),       # macOS
    ("tracker/resources/i18n/tracker_zh_CN.qm", False),             # our own translation
])
def test_drop_patterns(dest, dropped):
    assert bc.dropped(dest) is dropped


def test_prune_orphans_keeps_what_roots_need_and_drops_the_rest():
    links = {
        "/x/QtGui.so": [("libQt6Gui.so.6", "/x/libQt6Gui.so.6"), ("libz.so.1", "/x/libz.so.1")],
        "/x/libqxcb.so": [("libxcb.so.1", "/x/libxcb.so.1")],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/x/QtGui.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("libz.so.1", "/x/libz.so.1", "BINARY"),
        ("libxcb.so.1", "/x/libxcb.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/x/libpython3.11.so.1.0", "BINARY"),
        ("libcairo.so.2", "/x/libcairo.so.2", "BINARY"),  # only the GTK theme needed it
    ]
    kept, pruned = bc.prune_orphans(binaries, lambda src: links.get(src, []))
    assert [e[0] for e in pruned] == ["libcairo.so.2"]
    assert len(kept) == len(binaries) - 1


def test_dangling_links_are_dropped():
    toc = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
           ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
           ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY")]
    names = {"PySide6/Qt/lib/libQt6Gui.so.6"}
    assert [e[0] for e in bc.drop_dangling_links(toc, names)] == [
        "libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"]


def test_version_is_the_package_version():
    from tracker import __version__

    assert bc.version(ROOT) == __version__
