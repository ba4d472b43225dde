"""Long writes never starve others: two programs import folders while a third searches and
a fourth imports a 3,000-row ledger. Everything is imported, no "database is locked" (nor
any traceback or SQL) reaches a user, and the longest wait for the write lock is printed."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from tracker.services import register
from tracker.services.context import AppContext

ROOT = Path(__file__).resolve().parents[2]
DOCS_PER_FOLDER = 120
LEDGER_ROWS = 3000


def _folder(folder: Path, tag: str) -> None:
    folder.mkdir()
    para = "为加快推进城市更新，提升人居环境质量，结合本市实际，制定本方案。" * 40
    for i in range(DOCS_PER_FOLDER):
        (folder / f"{tag}{i:03d}.txt").write_text(
            f"{tag}市第{i}号城市更新实施方案\n{para}\n到2026年底，完成第{tag}{i}批老旧小区"
            f"改造{i + 10}个。\n" + para, encoding="utf-8")


def _ledger(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["承诺内容", "牵头单位", "完成时限", "状态", "地区", "主题"])
        for i in range(LEDGER_ROWS):
            w.writerow([f"到2025年底完成第{i}项改造任务，覆盖{i}个社区。", f"市住建局{i % 50}",
                        "2025-12-31", "未开始", "南昌市", "城市更新"])


def _cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _waits(stderr: str) -> list[float]:
    return [float(x) for x in re.findall(r"going on \(waited ([0-9.]+) s\)", stderr)]


def test_two_importers_a_searcher_and_a_ledger_import_at_once(tmp_path):
    db = tmp_path / "lib.db"
    AppContext.open(db).close()
    _folder(tmp_path / "a", "甲")
    _folder(tmp_path / "b", "乙")
    _ledger(tmp_path / "ledger.csv")
    stop = tmp_path / "stop"
    t0 = time.monotonic()
    searcher = subprocess.Popen([sys.executable, "-m", "tests.robust.searcher", str(db),
                                 str(stop)], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    writers = [_cli(db, "import", "-q", "--json", str(tmp_path / "a")),
               _cli(db, "import", "-q", "--json", str(tmp_path / "b")),
               _cli(db, "import-ledger", str(tmp_path / "ledger.csv"))]
    outs = [p.communicate(timeout=300) for p in writers]
    stop.touch()
    s_out, s_err = searcher.communicate(timeout=120)
    elapsed = time.monotonic() - t0
    for (out, err), proc in zip(outs, writers):
        assert proc.returncode == 0, err[-2000:]
        for text in (out, err):
            assert "locked" not in text and "Traceback" not in text and "SELECT" not in text
    assert searcher.returncode == 0, s_err[-2000:]
    seen = json.loads(s_out.strip().splitlines()[-1])
    assert seen["errors"] == [] and seen["searches"] > 0
    imported = [json.loads(out)["imported"] for out, _err in outs[:2]]
    assert [len(x) for x in imported] == [DOCS_PER_FOLDER, DOCS_PER_FOLDER]
    assert f"{LEDGER_ROWS} rows: {LEDGER_ROWS} new" in outs[2][0]
    ctx = AppContext.open(db)
    try:
        from tracker.services import library, search
        assert len(library.list_documents(ctx)) == 2 * DOCS_PER_FOLDER
        assert register.total(ctx) == LEDGER_ROWS
        assert search.search(ctx, "老旧小区").total_documents == 2 * DOCS_PER_FOLDER
    finally:
        ctx.close()
    cli_waits = [w for _out, err in outs for w in _waits(err)]
    longest = max(cli_waits + [seen["longest_lock_wait"]])
    print(f"\nconcurrency drill: {2 * DOCS_PER_FOLDER} documents + {LEDGER_ROWS} ledger rows "
          f"+ {seen['searches']} searches in {elapsed:.1f} s; longest wait for the write "
          f"lock {longest:.1f} s ({len(cli_waits)} waits over 0.5 s shown to the CLI user); "
          f"slowest search {seen['slowest_search']:.1f} s")
