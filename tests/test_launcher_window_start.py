"""A plain window start (no arguments, or --db PATH) skips the command line's parser: the
same database as the parser would give, and tracker.cli is not imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import launcher
from tracker.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("argv", [[], ["--db", "lib.db"], ["--db=lib.db"], ["--db="],
                                  ["--db", "postgresql://me@host/reg"]])
def test_a_window_start_gives_what_the_parser_gives(argv):
    args = build_parser().parse_args(argv)
    assert args.command is None and not args.self_test and not args.window_check
    assert launcher._window_db(argv) == args.db


@pytest.mark.parametrize("argv", [["--db", "-x"], ["docs"], ["--db", "a.db", "docs"],
                                  ["--lang", "en"], ["--self-test"], ["--db", "a", "--db", "b"],
                                  ["--version"], ["-h"], ["--d", "a.db"]])
def test_anything_else_goes_through_the_parser(argv):
    assert launcher._window_db(argv) is launcher._NOT_THE_WINDOW


def test_the_window_start_does_not_import_the_command_line(tmp_path):
    code = ("import sys\nimport tracker.ui.app as app\n"
            "app.run = lambda db_path: print('run', db_path) or 0\n"
            "from tracker import launcher\n"
            "code = launcher.main(['--db', sys.argv[1]])\n"
            "print('cli' if 'tracker.cli' in sys.modules else 'no cli', code)\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "lib.db")], cwd=ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split("\n")[:2] == [f"run {tmp_path / 'lib.db'}", "no cli 0"], done.stderr
