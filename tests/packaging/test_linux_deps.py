"""packaging/linux-deps.sh installs the Debian package of every X11/Wayland library Qt's
platform plugins link against (what `ldd` lists for them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.ui import platform

ROOT = Path(__file__).resolve().parents[2]
WINDOWING = re.compile(r"^lib(xcb|X11|xkbcommon|wayland)")


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="ldd on Linux")
@pytest.mark.parametrize("plugin", ["xcb", "wayland"])
def test_every_windowing_library_of_the_plugin_is_installed_by_the_script(plugin):
    libs = platform.plugin_libraries(plugin)
    assert libs, f"PySide6's {plugin} plugin not found"
    names = set()
    for lib in libs:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=True).stdout
        names |= {m.group(1) for m in re.finditer(r"^\s*(\S+\.so\S*)\s*=>", out, re.M)}
    wanted = {platform.debian_package(n) for n in names if WINDOWING.match(n)}
    assert "libxcb-cursor0" in wanted or plugin != "xcb"
    script = (ROOT / "packaging" / "linux-deps.sh").read_text(encoding="utf-8")
    listed = set(re.findall(r"[\w.+-]+", script))
    assert sorted(wanted - listed) == []


def test_the_ci_flag_adds_xvfb():
    script = (ROOT / "packaging" / "linux-deps.sh").read_text(encoding="utf-8")
    ci = re.search(r'"--ci" \] && pkgs\+=\(([^)]*)\)', script)
    assert ci and {"xvfb", "xauth"} <= set(ci.group(1).split())


def test_the_ci_flag_adds_the_postgresql_server():
    """The tests start a throwaway PostgreSQL cluster (issue 16); under CI a missing
    server is a failure, so CI installs Debian's server (pg_trgm is in -contrib)."""
    script = (ROOT / "packaging" / "linux-deps.sh").read_text(encoding="utf-8")
    ci = re.search(r'"--ci" \] && pkgs\+=\(([^)]*)\)', script)
    assert ci and {"postgresql", "postgresql-contrib"} <= set(ci.group(1).split())
