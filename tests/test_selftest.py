"""`tracker --self-test`: each step runs for real in a temporary folder, failures are named
and give a non-zero exit, and the user's own data folder is never touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as tests/ui/conftest.py

from tracker import cli
from tracker.export import read_csv
from tracker.services import ledger, selftest
from tracker.services.selftest import WINDOW_STEP, run_self_test

ROOT = Path(__file__).resolve().parents[1]
CORE_STEPS = ["create database", "import sample document", "read HTML and Word",
              "find suggestions", "search", "export CSV"]


def _user_paths() -> list[Path]:
    """Where the app would keep the user's data (redirected into tmp by tests/conftest.py)."""
    return [Path(os.environ["TRACKER_DB"]), Path(os.environ["XDG_DATA_HOME"])]


def test_every_core_step_passes_in_the_given_folder(tmp_path):
    lines: list[str] = []
    report = run_self_test(folder=tmp_path / "st", out=lines.append)

    assert report.ok
    assert [s.name for s in report.steps] == CORE_STEPS + [WINDOW_STEP]
    assert [s.ok for s in report.steps] == [True] * len(CORE_STEPS) + [None]
    assert report.step(WINDOW_STEP).optional
    assert "Qt is not available" in report.step(WINDOW_STEP).detail
    # the database and the exported ledger are real files with real content
    assert (tmp_path / "st" / "self-test.db").stat().st_size > 0
    table = read_csv(tmp_path / "st" / "ledger.csv")
    assert table.headers[:3] == ["UUID", "承诺内容", "类型"]
    assert len(table.rows) == selftest.ACCEPT
    assert all(row[1] for row in table.rows)
    # one line per step, each with OK and a time, then the verdict
    step_lines = [line for line in lines if line.startswith("  ")]
    assert len(step_lines) == len(CORE_STEPS) + 1
    assert all(" s  " in line for line in step_lines)
    assert step_lines[0].split()[0] == "OK" and step_lines[-1].split()[0] == "SKIP"
    assert lines[-1].startswith("self-test passed in ")
    for path in _user_paths():
        assert not path.exists()


def test_the_temporary_folder_is_removed_afterwards():
    lines: list[str] = []
    report = run_self_test(out=lines.append)
    assert report.ok
    folder = Path(next(line for line in lines if line.startswith("temporary folder: "))
                  .split(": ", 1)[1])
    assert folder.name.startswith("tracker-self-test-")
    assert not folder.exists()


def test_no_writable_temporary_folder_is_a_named_failure(monkeypatch):
    def no_temp(*_args, **_kwargs):
        raise FileNotFoundError("No usable temporary directory found in ['/nope']")

    monkeypatch.setattr(selftest.tempfile, "TemporaryDirectory", no_temp)
    lines: list[str] = []
    report = run_self_test(out=lines.append)
    assert [s.name for s in report.failed] == ["create temporary folder"]
    assert "No usable temporary directory" in lines[-2]
    assert lines[-1].startswith("self-test FAILED (create temporary folder)")


def test_a_bad_sample_fails_the_import_and_skips_what_needs_it(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a real Word file")
    lines: list[str] = []
    report = run_self_test(sample=bad, folder=tmp_path / "st", out=lines.append)

    assert not report.ok
    assert [s.name for s in report.failed] == ["import sample document"]
    assert "broken.docx" in report.step("import sample document").detail
    assert [report.step(n).ok for n in CORE_STEPS] == [True, False, True, None, None, None]
    assert report.step("find suggestions").detail == "skipped: needs “import sample document”"
    assert lines[-1].startswith("self-test FAILED (import sample document)")
    assert any("Traceback" in line for line in lines)  # for support staff


def test_the_html_and_word_files_are_real_and_readable(tmp_path):
    from tracker.ingest import read_path

    html = read_path(selftest._write_html(tmp_path / "p.html"))
    docx = read_path(selftest._write_docx(tmp_path / "w.docx"))
    assert html.source_format != docx.source_format
    for result in (html, docx):
        assert selftest.FORMAT_TEXT[1] in result.text
        assert "首页" not in result.text  # the HTML reader dropped the navigation


def test_a_broken_reader_fails_its_step_only(monkeypatch, tmp_path):
    def broken(path, *_args, **_kwargs):
        raise KeyError("min_extracted_size")  # as when trafilatura's settings are missing

    monkeypatch.setattr(selftest.suggesting, "suggest_file", broken)
    report = run_self_test(folder=tmp_path / "st")
    assert [s.name for s in report.failed] == ["read HTML and Word"]
    assert report.step("find suggestions").ok and report.step("export CSV").ok


def test_a_failing_window_check_fails_the_run(tmp_path):
    def window_check(db_path: Path, folder: Path) -> str:
        assert db_path.exists() and db_path.parent == folder
        raise RuntimeError("no display plugin")

    report = run_self_test(window_check=window_check, folder=tmp_path / "st")
    assert not report.ok
    assert [s.name for s in report.failed] == [WINDOW_STEP]
    assert report.step(WINDOW_STEP).detail == "RuntimeError: no display plugin"


def test_cli_exit_code_names_the_failed_step(monkeypatch, capsys):
    def broken_writer(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ledger, "write_csv_blocks", broken_writer)  # the self-test's export
    assert cli.main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  export CSV" in out
    assert "OSError: disk full" in out
    assert "self-test FAILED (export CSV)" in out


def test_cli_exit_code_is_zero_when_all_pass(capsys):
    assert cli.main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.count("  OK  ") == len(CORE_STEPS)
    assert "SKIP  open main window" in out


def test_launcher_without_qt_skips_the_window_in_a_checkout_but_fails_in_a_bundle(
        monkeypatch, capsys):
    from tracker import launcher

    monkeypatch.setitem(sys.modules, "tracker.ui.selfcheck", None)  # import raises ImportError
    assert launcher.main(["--self-test"]) == 0
    assert "SKIP  open main window" in capsys.readouterr().out

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launcher.main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  open main window" in out and "Qt cannot be imported" in out


@pytest.mark.gui
def test_the_whole_self_test_with_the_window_in_a_fresh_process(tmp_path):
    """What support staff and the bundle smoke test run: `tracker --self-test`."""
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               TMPDIR=str(tmp_path / "tmp"))
    env.pop("TRACKER_DB", None)
    (tmp_path / "tmp").mkdir()
    done = subprocess.run([sys.executable, "-m", "tracker", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert sum(line.startswith("  OK  ") for line in lines) == len(CORE_STEPS) + 1
    window = next(line for line in lines if WINDOW_STEP in line)
    assert "offscreen" in window and "painted" in window
    # neither the user's data folder, settings nor database were created
    assert not home.exists()
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.gui
def test_window_check_paints_on_the_self_test_database_with_settings_in_its_folder(
        qapp, tmp_path):
    from tracker.ui.selfcheck import window_self_check

    lines: list[str] = []
    report = run_self_test(window_check=window_self_check, folder=tmp_path / "st",
                           out=lines.append)
    assert report.ok, "\n".join(lines)
    detail = report.step(WINDOW_STEP).detail
    assert detail.startswith("offscreen, Qt ") and "on a 800×800 screen" in detail
    width, height = map(int, detail.split("painted ")[1].split()[0].split("×"))
    assert height <= 800  # (the window's minimum width is more than this small screen's)
    assert (tmp_path / "st" / "settings.ini").read_text().count("geometry") == 1
    assert not Path(os.environ["XDG_CONFIG_HOME"]).exists()  # no user settings written


@pytest.mark.gui
def test_window_check_names_a_database_it_cannot_open(qapp, tmp_path):
    from tracker.ui.selfcheck import window_self_check

    not_a_file = tmp_path / "a-folder.db"
    not_a_file.mkdir()
    with pytest.raises(RuntimeError, match="could not open the database"):
        window_self_check(not_a_file, tmp_path, timeout_s=20)
