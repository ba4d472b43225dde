"""Ledger import never crashes: each broken file is a message naming the file and the
reason, and nothing is written."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robust.hostile import LEDGER_HEADER, damaged_xlsx
from tracker.export import LedgerFileError
from tracker.services import ledger, register

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", sorted(damaged_xlsx()))
def test_damaged_workbook_is_a_message_naming_the_file(ctx, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    path.write_bytes(damaged_xlsx()[kind])
    try:
        result = ledger.import_ledger(ctx, path)
    except LedgerFileError as exc:
        assert str(path) in str(exc)
        assert "Traceback" not in str(exc)
    else:  # some damage still leaves a readable table: then every row is accounted for
        assert result.errors or result.rows <= 3
    assert register.total(ctx) <= 3


def test_bom_followed_by_an_invalid_byte(ctx, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + ",".join(LEDGER_HEADER).encode() + b"\n\xff\xfe,x\n")
    with pytest.raises(LedgerFileError, match="bom.csv.*UTF-8 mark"):
        ledger.import_ledger(ctx, path)


def test_row_cap_is_a_clear_message(ctx, tmp_path, monkeypatch):
    import tracker.export.csv_io as csv_io

    monkeypatch.setattr(csv_io, "MAX_LEDGER_ROWS", 100)
    path = tmp_path / "big.csv"
    path.write_text(",".join(LEDGER_HEADER) + "\n" + "".join(
        f"第{i}项任务,市住建局,2025-12-31,未开始\n" for i in range(200)), encoding="utf-8")
    with pytest.raises(LedgerFileError, match="big.csv.*at most 100 rows"):
        ledger.import_ledger(ctx, path)


def test_cli_counts_bad_rows_not_problems(tmp_path):
    """Each row has two bad cells: the summary counts rows (it counted problems)."""
    path = tmp_path / "bad.csv"
    rows = 2000
    path.write_text(",".join(LEDGER_HEADER) + "\n" + "".join(
        f"第{i}项任务,市住建局,明年某天{i},状态{i}\n" for i in range(rows)), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "tracker", "--db", str(tmp_path / "t.db"),
                          "import-ledger", str(path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 1
    assert f"{rows} rows with errors: nothing was imported" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) < 300  # the first problems, then a count


@pytest.mark.parametrize("kind", ["zlib", "styles_bomb", "chart_sheet_first"])
def test_cli_damaged_workbook_no_traceback(tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    path.write_bytes(damaged_xlsx()[kind])
    run = subprocess.run([sys.executable, "-m", "tracker", "--db", str(tmp_path / "t.db"),
                          "import-ledger", "--dry-run", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert "Traceback" not in run.stderr, run.stderr[-1500:]
    assert run.returncode in (0, 1)
