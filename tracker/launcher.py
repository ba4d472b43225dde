"""The `tracker` entry point: the window when no command is given, else the command line.

It sits above both tracker.ui and tracker.cli so that neither imports the other.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

_NOT_THE_WINDOW = object()


def _window_db(argv: Sequence[str]) -> object:
    """The --db of a plain window start (no arguments, or --db PATH alone), else
    _NOT_THE_WINDOW: anything more goes through the command line's parser."""
    if not argv:
        return None
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argv[0].removeprefix("--db=")
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argv[1]
    return _NOT_THE_WINDOW


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    db = _window_db(argv)
    if db is not _NOT_THE_WINDOW:
        # the parser would say the same; tracker.cli (its parser, messages and commands)
        # is not imported for a window start
        return window(db if isinstance(db, str) else None)
    from tracker.cli import build_parser, language_in, run_command, set_language

    set_language(language_in(argv))  # argparse words its errors while it parses
    args = build_parser().parse_args(argv)
    if args.window_check:
        return window_check_child(*args.window_check)
    if args.self_test:
        set_language(args.ui_lang)
        return self_test()
    if args.command is None:
        return window(args.db)
    return run_command(args)


def window(db_path: str | None) -> int:
    # asked before Qt is imported: without a display, or without the libraries its
    # platform plugin needs, Qt aborts with a core dump instead of an explanation
    from tracker.ui.platform import startup_problem

    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from tracker.logfile import quiet_library_warnings
    from tracker.ui.app import run

    quiet_library_warnings()
    return run(db_path=db_path)


def self_test() -> int:
    """`tracker --self-test`, with the window step when Qt can be imported. In a bundle Qt
    is part of the app, so there a failed import fails the step instead of skipping it."""
    from tracker.cli import run_self_test

    try:
        import tracker.ui.selfcheck  # noqa: F401 - Qt importable? (the check runs in a child)
    except ImportError as exc:
        reason = f"Qt cannot be imported ({exc})"
        if not getattr(sys, "frozen", False):
            return run_self_test(window_unavailable=reason)

        def unavailable(_db, _folder) -> str:
            raise RuntimeError(reason)

        return run_self_test(window_check=unavailable)
    return run_self_test(window_check=window_process_check)


RESULT_FILE = "window-check.txt"


def window_process_check(db_path: Path, folder: Path, timeout_s: float = 180) -> str:
    """The self-test's window step on the platform the user gets (xcb, wayland, windows,
    cocoa; offscreen only when there is no display or QT_QPA_PLATFORM says so), in a child
    process, so that a Qt abort fails the step instead of killing the self-test."""
    from tracker.ui.platform import (
        missing_libraries, missing_libraries_message, user_platform, x_server_unreachable)

    platform = user_platform()
    note = ""
    if platform is None:
        from tracker import cli

        platform = "offscreen"
        note = cli.MSG.get("SelfTest", " (no display: checked offscreen)")
    missing = missing_libraries(platform)
    if missing:
        raise RuntimeError(missing_libraries_message(platform, missing))
    unreachable = x_server_unreachable() if platform == "xcb" else None
    if unreachable:
        raise RuntimeError(f"cannot connect to the X display: {unreachable}")
    result = folder / RESULT_FILE
    result.unlink(missing_ok=True)
    me = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "tracker"]
    try:
        done = subprocess.run([*me, "--window-check", str(db_path), str(folder)],
                              env=dict(os.environ, QT_QPA_PLATFORM=platform),
                              capture_output=True, text=True, errors="replace",
                              timeout=timeout_s, **_no_core_dump())
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"the window did not finish within {timeout_s:.0f} s on "
                           f"{platform}") from exc
    if result.exists():
        status, _, detail = result.read_text(encoding="utf-8").partition(" ")
        if status == "OK":
            return detail + note
        raise RuntimeError(detail)
    how = (f"signal {-done.returncode}" if done.returncode < 0
           else f"exit code {done.returncode}")
    said = " | ".join(line for line in (done.stderr or "").splitlines()[-4:] if line.strip())
    raise RuntimeError(f"the window process on {platform} ended without a result ({how})"
                       + (f": {said}" if said else ""))


def _no_core_dump() -> dict:
    """A Qt abort in the child is reported by the step; it leaves no core file behind."""
    if os.name != "posix":
        return {}

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return {"preexec_fn": limit}


def window_check_child(db: str, folder: str) -> int:
    """`tracker --window-check DB FOLDER` (hidden): the child process of the step above.
    Writes "OK detail" or "FAIL reason" to FOLDER/window-check.txt."""
    from tracker.ui.selfcheck import window_self_check

    try:
        text, code = "OK " + window_self_check(Path(db), Path(folder)), 0
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the step
        text = f"FAIL {exc}" if isinstance(exc, RuntimeError) else f"FAIL {type(exc).__name__}: {exc}"
        code = 1
    (Path(folder) / RESULT_FILE).write_text(text, encoding="utf-8")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
