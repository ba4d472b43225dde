"""Build the one-folder app bundle for this system, check it, and run its self-test.

    python packaging/build.py [--no-self-test] [--clean]

Needs the package extra (`pip install -e ".[package]"`). Steps: check that the committed
Chinese translation (.qm) matches its .ts (`python -m tracker.ui.i18n --check`), render the icons from their SVG source
(packaging/icons.py), run PyInstaller on packaging/tracker.spec, check that no unused Qt
module slipped into the bundle, run `tracker --self-test` offscreen from the bundle, and
print the build time and bundle size.

Output: packaging/dist/PolicyTracker/ (Linux, Windows), packaging/dist/PolicyTracker.app
(macOS); work files in packaging/build/. Installer recipes: packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = PACKAGING / "build"
DIST = PACKAGING / "dist"
sys.path.insert(0, str(PACKAGING))
from bundle_contents import APP_NAME, NEEDED_BY_QT, UNUSED_QT  # noqa: E402 - after the path is set


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(cmd: list[str], **kw) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def bundle_dir() -> Path:
    return DIST / APP_NAME


def executable(name: str = "tracker") -> Path:
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app" / "Contents" / "MacOS" / name
    return bundle_dir() / (name + (".exe" if sys.platform == "win32" else ""))


def unused_qt_files(folder: Path) -> list[Path]:
    """Files of Qt modules the app does not use: their Python module, and their Qt library
    unless Qt itself needs it (NEEDED_BY_QT)."""
    found = []
    for path in folder.rglob("*"):
        stem = path.name.split(".")[0]
        for module in UNUSED_QT:
            lib = "Qt6" + module[2:]  # QtNetwork -> Qt6Network
            libs = () if module in NEEDED_BY_QT else ("lib" + lib, lib, module)
            if (stem == module and path.suffix in (".so", ".pyd")) or stem in libs:
                found.append(path)
    return found


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def self_test(exe: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # the console twin on Windows: the windowed tracker.exe has no stdout
    cli = executable("tracker-cli") if sys.platform == "win32" else exe
    run([cli, "--self-test"], env=env)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-self-test", action="store_true", help="build only")
    ap.add_argument("--clean", action="store_true", help="rebuild from scratch")
    args = ap.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401 - only whether it is installed
    except ImportError:
        print('PyInstaller is missing: pip install -e ".[package]"', file=sys.stderr)
        return 2
    started = time.perf_counter()
    if args.clean:
        shutil.rmtree(BUILD, ignore_errors=True)
        shutil.rmtree(DIST, ignore_errors=True)

    step("translations")
    run([sys.executable, "-m", "tracker.ui.i18n", "--check"])
    step("icons")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run([sys.executable, PACKAGING / "icons.py", BUILD / "icons"], env=env)
    step("PyInstaller")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller", PACKAGING / "tracker.spec"],
        env=dict(os.environ, TRACKER_ICON_DIR=str(BUILD / "icons")))
    built = time.perf_counter() - started

    step("checks")
    folder = DIST / f"{APP_NAME}.app" if sys.platform == "darwin" else bundle_dir()
    stray = unused_qt_files(folder)
    if stray:
        print("unused Qt modules in the bundle:\n  " + "\n  ".join(map(str, stray)),
              file=sys.stderr)
        return 1
    print(f"no unused Qt module in {folder}")
    if not args.no_self_test:
        step("self-test of the bundle")
        self_test(executable())
    print(f"\nbuilt {folder} in {built:.0f} s; size {folder_size(folder) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
