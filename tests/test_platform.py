"""Before Qt is imported: which platform the window gets, and a clear exit (no core dump)
when there is no display or the platform plugin's libraries are missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.ui import platform

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("env", "system", "expected"), [
    ({}, "linux", None),
    ({"DISPLAY": ":0"}, "linux", "xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux",
     "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux", "xcb"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", "offscreen"),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux", "wayland"),
    ({}, "win32", "windows"),
    ({}, "darwin", "cocoa"),
])
def test_the_platform_the_user_gets(env, system, expected):
    assert platform.user_platform(env, system) == expected


def test_ldd_output_names_the_missing_libraries():
    out = ("\tlinux-vdso.so.1 (0x00007ffd)\n"
           "\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x7f)\n"
           "\tlibxcb-icccm.so.4 => not found\n\tlibxcb-keysyms.so.1 => not found\n"
           "\tlibxcb-icccm.so.4 => not found\n")
    assert platform.parse_ldd(out) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert [platform.debian_package(n) for n in platform.parse_ldd(out)] == [
        "libxcb-icccm4", "libxcb-keysyms1"]
    assert platform.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"


def _bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(TRACKER_DB=str(tmp_path / "t.db"), **extra)
    return env


def test_no_display_is_one_clear_sentence_and_exit_1(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tracker"], cwd=ROOT, env=_bare_env(tmp_path),
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == platform.NO_DISPLAY
    assert "没有可用的显示器" in done.stderr and "No display is available" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
    assert not (tmp_path / "t.db").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 sockets: Linux")
def test_an_unreachable_x_display_is_named(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tracker"], cwd=ROOT,
                          env=_bare_env(tmp_path, DISPLAY=":97"),
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 1
    assert "DISPLAY=:97" in done.stderr and "无法" in done.stderr


def test_missing_plugin_libraries_stop_the_start_and_fail_the_self_test(monkeypatch, capsys):
    from tracker import launcher

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(platform, "missing_libraries",
                        lambda plat: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert launcher.main([]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in err
    assert "apt install libxcb-cursor0 libxcb-icccm4" in err

    assert launcher.main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  open main window" in out
    assert "xcb platform plugin is missing system libraries: libxcb-cursor.so.0" in out


@pytest.mark.gui
def test_a_qt_abort_in_the_window_step_fails_the_step_not_the_self_test(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tracker", "--self-test"], cwd=ROOT,
                          env=_bare_env(tmp_path, QT_QPA_PLATFORM="no-such-platform"),
                          capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    window = next(line for line in lines if "open main window" in line)
    assert window.split()[0] == "FAIL" and "no-such-platform" in window
    assert "ended without a result (signal" in window
    assert lines[-1].startswith("self-test FAILED (open main window)")
