"""What goes into the app bundle and what is left out; used by tracker.spec and build.py.

Kept apart from the spec so that tests (tests/packaging/) can check the lists: every data
file exists, and no module of the app imports a Qt module that is excluded here.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

APP_NAME = "PolicyTracker"
BUNDLE_ID = "org.policytracker.tracker"

# The Qt modules the app uses; every other PySide6 module is excluded from the bundle.
USED_QT = ("QtCore", "QtGui", "QtWidgets", "QtSvg")
# C++ libraries of excluded modules that Qt itself links against (QtGui needs D-Bus on
# Linux, the X11 and Wayland plugins OpenGL): only their Python modules are left out.
NEEDED_BY_QT = ("QtDBus", "QtOpenGL")
UNUSED_QT = (
    # in PySide6-Essentials
    "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtNetwork",
    "QtOpenGL", "QtOpenGLWidgets", "QtPrintSupport", "QtQml", "QtQuick", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvgWidgets", "QtTest", "QtUiTools", "QtXml",
    # in PySide6-Addons, should a developer have the full PySide6 installed
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth",
    "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQuick3D", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtStateMachine",
    "QtTextToSpeech", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
)
EXCLUDED_MODULES = [f"PySide6.{m}" for m in UNUSED_QT] + [
    "tkinter", "_tkinter", "unittest", "pydoc", "test", "lib2to3", "idlelib",
    "pytest", "pytestqt", "hypothesis", "importlinter", "PyInstaller",
]

# Files the Qt hooks collect that the app never loads (matched against the bundle path).
# Files the Qt hooks collect that the app never loads, matched against the bundle path
# (Linux names libqxcb.so, Windows qwindows.dll, macOS libqcocoa.dylib: hence the *q…*).
DROP_FILES = (
    # platform plugins other than X11, Wayland, Windows, Cocoa and offscreen (the self-test)
    "*/plugins/platforms/*qeglfs*", "*/plugins/platforms/*qlinuxfb*",
    "*/plugins/platforms/*qminimal*", "*/plugins/platforms/*qvnc*",
    "*/plugins/platforms/*qvkkhrdisplay*", "*/plugins/platforms/*qdirect2d*",
    "*/plugins/egldeviceintegrations/*", "*Qt6EglFs*", "*Qt6EglFS*",
    # TUIO touch input arrives over UDP (it pulls in QtNetwork; the app opens no sockets);
    # the GTK theme would load the system's GTK next to bundled copies of its libraries
    "*/plugins/generic/*qtuiotouch*", "*/plugins/platformthemes/*qgtk3*",
    # image formats: the app reads no pictures but its own icon (SVG, PNG)
    "*/plugins/imageformats/*qpdf*", "*/plugins/imageformats/*qwebp*",
    "*/plugins/imageformats/*qtiff*", "*/plugins/imageformats/*qtga*",
    "*/plugins/imageformats/*qwbmp*", "*/plugins/imageformats/*qicns*",
    "*Qt6Pdf*", "*QtPdf.framework*",
    # Qt's own translations: only Chinese (English is the source language)
    "*/PySide6/Qt/translations/*", "*/PySide6/translations/*",
    # babel (under trafilatura → courlan) reads its locale data only to filter crawled URLs
    # by language, which the app never does; the root, English and Chinese data stay
    "/babel/locale-data/*",
)
KEEP_FILES = (
    "*/translations/qtbase_zh_CN.qm", "*/translations/qt_zh_CN.qm",
    "/babel/locale-data/root.dat", "/babel/locale-data/en.dat", "/babel/locale-data/en_*.dat",
    "/babel/locale-data/zh.dat", "/babel/locale-data/zh_*.dat",
)


def version(root: Path) -> str:
    text = (root / "tracker" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for everything the app reads at run time."""
    pairs: list[tuple[str, str]] = []

    def add(pattern: str, dest: str) -> None:
        found = sorted(p for p in root.glob(pattern) if p.is_file())
        if not found:
            raise FileNotFoundError(f"{root / pattern}: nothing to bundle (see packaging/README.md)")
        pairs.extend((str(p), dest) for p in found)

    add("tracker/resources/i18n/*.qm", "tracker/resources/i18n")  # committed (tools/update_translations.py)
    add("tracker/resources/i18n/*.ts", "tracker/resources/i18n")  # read by the Qt-free message lookup
    add("tracker/resources/icons/*.svg", "tracker/resources/icons")
    add("tracker/resources/samples/*", "tracker/resources/samples")
    add("tracker/geo/data/*.tsv", "tracker/geo/data")
    add("tracker/services/themes.tsv", "tracker/services")  # theme keywords
    add("tracker/storage/migrations/env.py", "tracker/storage/migrations")
    add("tracker/storage/migrations/script.py.mako", "tracker/storage/migrations")
    add("tracker/storage/migrations/versions/*.py", "tracker/storage/migrations/versions")
    return pairs


def dropped(dest: str) -> bool:
    path = "/" + dest.replace("\\", "/")
    if any(fnmatch(path, p) for p in KEEP_FILES):
        return False
    return any(fnmatch(path, p) for p in DROP_FILES)


def drop_unused(toc):
    """A PyInstaller TOC without the entries DROP_FILES names."""
    return [entry for entry in toc if not dropped(entry[0])]


def prune_orphans(binaries, imports_of):
    """Shared libraries that only the dropped plugins needed, left out as well.

    `binaries` is a PyInstaller TOC of (bundle name, source, typecode); `imports_of(source)`
    gives the (name, path) pairs a binary links against, recursively (PyInstaller's
    bindepend.get_imports). Roots are Python extensions, Qt plugins and libpython.
    """
    def is_root(name: str, typecode: str) -> bool:
        path = "/" + name.replace("\\", "/")
        return (typecode == "EXTENSION" or "/plugins/" in path
                or Path(name).name.startswith("libpython"))

    needed: set[str] = set()
    for name, source, typecode in binaries:
        if is_root(name, typecode):
            needed.add(Path(name).name)
            needed.update(lib for lib, _path in imports_of(source))
    kept, pruned = [], []
    for entry in binaries:
        name, _source, typecode = entry
        keep = is_root(name, typecode) or Path(name).name in needed
        (kept if keep else pruned).append(entry)
    return kept, pruned


def drop_dangling_links(toc, kept_names: set[str]):
    """SYMLINK entries (bundle name, target, 'SYMLINK') whose target is no longer bundled."""
    def target(entry) -> str:
        return str(Path(entry[0]).parent / entry[1]).replace("\\", "/").removeprefix("./")

    return [e for e in toc if e[2] != "SYMLINK" or target(e) in kept_names]
