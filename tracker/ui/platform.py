"""Which Qt platform the window will get, and whether it can start there — found out before
Qt is imported, because Qt aborts (a core dump) when it has no display or its platform
plugin cannot load.

No PySide6 import here: tracker.launcher asks these questions first.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# the Qt library each Linux platform plugin loads besides itself (PySide6/Qt/lib)
INTEGRATION_LIBS = {"xcb": "libQt6XcbQpa.so.6", "wayland": "libQt6WaylandClient.so.6"}
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so",
                "offscreen": "libqoffscreen.so"}

NO_DISPLAY = ("没有可用的显示器（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开窗口；"
              "命令行仍可使用（tracker --help）。"
              " / No display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
              "window cannot open; the command line still works (tracker --help).")


def user_platform(env: Mapping[str, str] | None = None, system: str | None = None) -> str | None:
    """The Qt platform plugin the window would use here: QT_QPA_PLATFORM when set, else
    windows, cocoa, or on Linux wayland/xcb from the session; None when there is no display."""
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if system == "win32":
        return "windows"
    if system == "darwin":
        return "cocoa"
    wayland, x11 = env.get("WAYLAND_DISPLAY"), env.get("DISPLAY")
    if wayland and (env.get("XDG_SESSION_TYPE") == "wayland" or not x11):
        return "wayland"
    if x11:
        return "xcb"
    return None


def no_display_message() -> str:
    return NO_DISPLAY


def x_server_unreachable(env: Mapping[str, str] | None = None) -> str | None:
    """For a local X display (":0", "unix:1"): why it cannot be reached, or None. Remote
    displays (host:0, ssh -X) are left to Qt."""
    env = os.environ if env is None else env
    display = env.get("DISPLAY", "")
    m = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if not m or not sys.platform.startswith("linux"):
        return None
    import socket

    path = f"/tmp/.X11-unix/X{m.group(1)}"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            s.connect(path)
    except OSError:
        try:  # Linux also listens on an abstract socket of the same name
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(2)
                s.connect("\0" + path)
        except OSError as exc:
            return f"DISPLAY={display}: {exc.strerror or exc}"
    return None


def qt_folder() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations)))
    return base / "Qt" if (base / "Qt").is_dir() else base


def plugin_libraries(platform: str) -> list[Path]:
    """The platform plugin and the Qt integration library it links (Linux only)."""
    qt = qt_folder()
    if qt is None or not sys.platform.startswith("linux") or platform not in PLUGIN_FILES:
        return []
    found = [qt / "plugins" / "platforms" / PLUGIN_FILES[platform]]
    if platform in INTEGRATION_LIBS:
        found.append(qt / "lib" / INTEGRATION_LIBS[platform])
    return [p for p in found if p.exists()]


def parse_ldd(output: str) -> list[str]:
    """The libraries `ldd` reports as "not found", in order, once each."""
    names = [m.group(1) for m in re.finditer(r"^\s*(\S+)\s*=>\s*not found", output, re.M)]
    return list(dict.fromkeys(names))


def missing_libraries(platform: str) -> list[str]:
    """System libraries the Linux platform plugin needs and cannot find; [] elsewhere, or
    when all are there. The plugin is loaded first (Qt loads it next anyway, so this costs
    little); only when that fails does ldd list every missing library."""
    import ctypes

    libs = plugin_libraries(platform)
    failure = None
    for lib in libs:
        try:
            ctypes.CDLL(str(lib))
        except OSError as exc:
            failure = exc
            break
    if failure is None:
        return []
    missing = _ldd_missing(libs)
    if missing:
        return missing
    m = re.search(r"(\S+\.so[.\d]*): cannot open shared object file", str(failure))
    return [m.group(1) if m else str(failure)]


def _ldd_missing(libs: list[Path]) -> list[str]:
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if not ldd:
        return []
    missing: list[str] = []
    for lib in libs:
        try:
            out = subprocess.run([ldd, str(lib)], capture_output=True, text=True,
                                 timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing += parse_ldd(out)
    return list(dict.fromkeys(missing))


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (Debian's naming rule)."""
    m = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)(?:\.[\d.]+)?", soname)
    if not m:
        return soname
    name, version = m.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{version}".lower()


def missing_libraries_message(platform: str, missing: list[str]) -> str:
    names = ", ".join(missing)
    apt = "sudo apt install " + " ".join(debian_package(n) for n in missing)
    return (f"Qt 的 {platform} 平台插件缺少系统库：{names}，无法打开窗口。"
            f"Debian/Ubuntu 请运行：{apt}（其他发行版见 README 的“系统库”一节）。"
            f" / Qt's {platform} platform plugin is missing system libraries: {names}, so "
            f"the window cannot open. On Debian/Ubuntu run: {apt} (other distributions: "
            "README, \"System libraries\").")


def startup_problem(env: Mapping[str, str] | None = None) -> str | None:
    """Why the window cannot start here (one message in Chinese and English), or None."""
    env = os.environ if env is None else env
    platform = user_platform(env)
    if platform is None:
        return no_display_message()
    if platform == "xcb":
        why = x_server_unreachable(env)
        if why:
            return (f"无法连接到显示器（{why}），无法打开窗口。"
                    f" / Cannot connect to the display ({why}), so the window cannot open.")
    missing = missing_libraries(platform)
    if missing:
        return missing_libraries_message(platform, missing)
    return None
