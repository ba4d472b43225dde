"""Folder import always goes on: each hostile entry is an error line naming it, the good
files are imported, file names that are not UTF-8 are kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robust.hostile import GOOD, hostile_folder
from tracker.services import importing, library

ROOT = Path(__file__).resolve().parents[2]


def test_every_hostile_entry_is_a_named_error_and_the_rest_imports(ctx, tmp_path):
    folder = tmp_path / "in"
    bad = hostile_folder(folder)
    report = importing.import_paths(ctx, [folder])
    errors = {Path(p).name: r for p, r in report.errors}
    assert set(errors) == set(bad), errors
    assert "unpack" in errors["bomb.docx"] and "folder" in errors["x.docx"]
    assert "regular file" in errors["pipe.txt"] and "outside" in errors["zero.txt"]
    # named on its own (not through a folder), a link to a device is refused unread
    explicit = importing.import_paths(ctx, [folder / "zero.txt", folder / "pipe.txt"])
    assert [r for _p, r in explicit.errors] == [
        "not a regular file (a device, pipe or socket); skipped"] * 2
    assert "outside" in errors["secret.txt"]
    assert "NotImplementedError" in errors["method99.docx"]
    titles = sorted(d.title for d in library.list_documents(ctx))
    assert len(report.imported) == 3 and len(titles) == 3
    # the GBK-named file: stored under a name that reads as what Windows showed
    paths = [d.path for d in report.imported]
    assert any(p.endswith("国家规划.txt") for p in paths), paths


def test_a_reader_failing_in_any_way_is_that_files_error(ctx, tmp_path, monkeypatch):
    from tracker.ingest.readers import text as text_reader
    from tracker.ingest.result import Extracted

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (folder / name).write_text(GOOD.replace("120", str(ord(name[0]))), encoding="utf-8")
    real = text_reader.read_text

    def flaky(data: bytes):
        if b"97" in data:          # a.txt: an exception no reader was written to expect
            raise RecursionError("maximum recursion depth exceeded")
        if b"98" in data:          # b.txt: text with a lone surrogate (a broken PDF layer)
            return Extracted(text=GOOD + "\ud800残缺\udfff字符。")
        return real(data)

    monkeypatch.setattr(text_reader, "read_text", flaky)
    report = importing.import_paths(ctx, [folder])
    assert [Path(p).name for p, _r in report.errors] == ["a.txt"]
    assert "RecursionError" in report.errors[0][1]
    assert len(report.imported) == 3
    texts = [library.get_document(ctx, d.id).text for d in report.imported]
    assert any("\ufffd残缺\ufffd字符" in t for t in texts)
    from tracker.services import search
    assert search.search(ctx, "残缺").total_documents == 1  # folding does not choke on it


def test_links_inside_the_folder_are_read_and_following_out_is_asked(ctx, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "real.txt").write_text(GOOD, encoding="utf-8")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(GOOD.replace("120", "150"), encoding="utf-8")
    (folder / "out.txt").symlink_to(outside)
    report = importing.import_paths(ctx, [folder])
    assert [Path(p).name for p, _ in report.errors] == ["out.txt"]
    followed = importing.import_paths(ctx, [folder], follow_links=True)
    assert [Path(d.path).name for d in followed.imported] == ["out.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_cli_folder_import_names_each_bad_file_and_exits_normally(tmp_path):
    folder = tmp_path / "in"
    bad = hostile_folder(folder)
    run = subprocess.run([sys.executable, "-m", "tracker", "--db", str(tmp_path / "t.db"),
                          "import", "--json", "-q", str(folder)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    out = json.loads(run.stdout)
    assert {Path(e["path"]).name for e in out["errors"]} == set(bad)
    assert len(out["imported"]) == 3
