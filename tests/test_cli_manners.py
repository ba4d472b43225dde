"""The command line's manners: its language, piping into head, the export format, wrong
values and commands, table headers, file permissions, and quiet libraries."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import cli, messages

ROOT = Path(__file__).resolve().parents[1]


def _run(tmp_path: Path, *args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    full = dict(os.environ, TRACKER_DB=str(tmp_path / "t.db"), **(env or {}))
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, **kw)


@pytest.fixture
def library(tmp_path, samples_dir):
    done = _run(tmp_path, "import", "-q", str(samples_dir))
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_piping_into_head_is_not_a_traceback(library):
    read, write = os.pipe()
    os.close(read)                                   # the reader is already gone
    done = subprocess.run([sys.executable, "-m", "tracker", "docs"], cwd=ROOT,
                          env=dict(os.environ, TRACKER_DB=str(library / "t.db")),
                          stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    os.close(write)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert done.stderr == ""
    assert done.returncode != 0


def test_the_export_format_follows_the_extension(library):
    done = _run(library, "export", str(library / "out.doc"))
    assert done.returncode == 2
    assert "out.doc" in done.stderr and ".csv or .xlsx" in done.stderr
    assert not (library / "out.doc").exists()
    clash = _run(library, "export", str(library / "out.csv"), "--format", "xlsx")
    assert clash.returncode == 2 and not (library / "out.csv").exists()


def test_a_wrong_status_lists_the_valid_ones(library):
    done = _run(library, "export", str(library / "out.csv"), "--status", "done")
    assert done.returncode == 2
    assert "unknown status “done”" in done.stderr
    assert "not_started, on_track, at_risk, achieved, missed, superseded, unknown" in done.stderr
    close = _run(library, "export", str(library / "out.csv"), "--kind", "targt")
    assert "did you mean “target”?" in close.stderr


def test_a_mistyped_command_gets_a_did_you_mean(tmp_path):
    done = _run(tmp_path, "dcos")
    assert done.returncode == 2
    assert "did you mean “docs”?" in done.stderr


def test_tables_have_a_header_row(library):
    done = _run(library, "docs")
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["ID", "Date", "Region", "Type", "Commitments", "Title"]
    assert len(lines) == 6
    zh = _run(library, "--lang", "zh_CN", "docs")
    assert zh.stdout.splitlines()[0].split() == ["编号", "日期", "地区", "类型", "承诺数", "标题"]


@pytest.mark.skipif(os.name != "posix", reason="file modes")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_exported_files_get_the_users_normal_permissions(library, umask, mode):
    out = library / "ledger.csv"
    done = _run(library, "export", str(out), preexec_fn=lambda: os.umask(umask))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_library_warnings_go_to_the_log_not_the_terminal(tmp_path):
    from tests.ingest.pdfmaker import make_pdf

    data = make_pdf([["到2026年底前完成燃煤锅炉淘汰任务。"] * 3])
    broken = tmp_path / "no-eof.pdf"
    broken.write_bytes(data.replace(b"%%EOF", b""))
    done = _run(tmp_path, "import", "-q", str(broken), env={"HOME": str(tmp_path / "home"),
                                                          "XDG_STATE_HOME": str(tmp_path / "state")})
    assert "EOF marker not found" not in done.stderr
    assert "EOF marker not found" not in done.stdout
    assert "no-eof.pdf" in done.stderr                 # the app's own message stays
    logs = list((tmp_path / "state").rglob("tracker.log")) + list((tmp_path / "home").rglob("tracker.log"))
    assert any("EOF marker not found" in p.read_text(encoding="utf-8") for p in logs)


# ------------------------------------------------------------------ language
def test_the_command_line_speaks_chinese_on_a_chinese_system(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    env = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "TRACKER_LANG": ""}
    done = _run(tmp_path, "import", "-q", str(tmp_path / "empty.txt"), env=env)
    assert "empty.txt：空文件" in done.stderr
    # the window's wording for the same summary (ImportController in the .ts)
    assert "已导入 0 个，跳过重复 0 个，出错 1 个。" in done.stdout
    english = _run(tmp_path, "--lang", "en", "import", "-q", str(tmp_path / "empty.txt"), env=env)
    assert "empty.txt: empty file" in english.stderr


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}, "zh_CN"), ({"TRACKER_LANG": "en", "LANG": "zh_CN"}, "en"),
])
def test_the_system_language(env, expected):
    assert messages.system_language(env) == expected


def test_language_before_parsing():
    assert cli.language_in(["--lang", "zh_CN", "docs"]) == "zh_CN"
    assert cli.language_in(["export", "x.csv", "--lang", "en"]) is None   # the ledger's --lang
    assert cli.language_in(["--lang=en"]) == "en"


def test_argparse_complaints_in_chinese(tmp_path):
    env = {"TRACKER_LANG": "zh_CN"}
    done = _run(tmp_path, "dcos", env=env)
    assert done.returncode == 2
    assert "tracker：错误：参数 COMMAND：无效的选择“dcos”" in done.stderr
    assert "您是不是要输入“docs”？" in done.stderr
    missing = _run(tmp_path, "export", env=env)
    assert "tracker export：错误：缺少必需的参数：OUT" in missing.stderr
