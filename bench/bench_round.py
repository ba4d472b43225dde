"""A progress round (进度填报) of 50 bodies × 200 open commitments: writing the 50
workbooks and importing them back, each beside a baseline measured in the same run.

    python bench/bench_round.py [--bodies 50] [--rows 200] [--runs 3]

- write: tracker.services.rounds.write (the query, 50 protected workbooks with data
  validation and the hidden key column), beside plain openpyxl writing the same cells
  (values only: no styles, protection or validation) to 50 workbooks;
- fill: every row filled with openpyxl as a body would (not timed against the goal);
- import: rounds.read (50 files read, 10,000 rows matched and checked) + rounds.apply
  (10,000 progress entries and status changes in one transaction), beside plain openpyxl
  reading the same 50 files (values only, read-only mode);
- undo of the import.
Each figure is the median of --runs runs (wall time; CPU time in brackets). The goal
(issue 17) is under 10 s each way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(ctx, bodies: int, rows: int) -> None:
    """bodies × rows open commitments, each with one lead body (direct inserts)."""
    from tracker.storage import repos

    with ctx.db.session() as session:
        conn = session.connection().connection.driver_connection
        ids = [repos.body_id(session, f"第{b + 1:02d}责任单位") for b in range(bodies)]
        stamp = "2026-01-01 00:00:00"
        conn.executemany(
            "INSERT INTO commitment (uuid, start, \"end\", quote, prefix, suffix, kind,"
            " deadline_date, origin, status, notes, created_at, updated_at)"
            " VALUES (?, 0, 0, ?, '', '', 'deliverable', ?, 'manual', 'on_track', '', ?, ?)",
            [(f"00000000-0000-4000-8000-{n:012d}", f"第{n}项重点任务：完成年度建设目标并通过验收",
              f"2027-{n % 12 + 1:02d}-28", stamp, stamp) for n in range(bodies * rows)])
        first = conn.execute("SELECT MIN(id) FROM commitment").fetchone()[0]
        conn.executemany(
            "INSERT INTO commitment_body (commitment_id, body_id, role, position)"
            " VALUES (?, ?, 'lead', 0)",
            [(first + n, ids[n // rows]) for n in range(bodies * rows)])


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - w, time.process_time() - c, out


def plain_write(folder: Path, files, rows: int) -> None:
    from openpyxl import Workbook

    for n in range(len(files)):
        wb = Workbook()
        ws = wb.active
        for r in range(rows):
            ws.append([r + 1, f"第{r}项重点任务：完成年度建设目标并通过验收", "2027-01-28",
                       "正常推进", "", None, None, None, None, None,
                       f"00000000-0000-4000-8000-{r:012d}"])
        wb.save(folder / f"plain_{n}.xlsx")


def plain_read(paths) -> int:
    from openpyxl import load_workbook

    count = 0
    for p in paths:
        wb = load_workbook(p, read_only=True, data_only=True)
        for _row in wb.worksheets[0].iter_rows(values_only=True):
            count += 1
        wb.close()
    return count


def fill(paths) -> None:
    from openpyxl import load_workbook

    from tracker.export.progress_round import FIRST_ROW, HEADER

    col = {name: n for n, name in enumerate(HEADER, start=1)}
    for p in paths:
        wb = load_workbook(p)
        ws = wb["进度填报"]
        for r in range(FIRST_ROW, ws.max_row + 1):
            ws.cell(r, col["进展情况"], "已完成年度工作量的80%，正在组织验收")
            ws.cell(r, col["完成情况"], "已完成" if r % 3 == 0 else "正常推进")
            ws.cell(r, col["佐证材料"], "验收报告.pdf")
            ws.cell(r, col["填报人"], "张三")
            ws.cell(r, col["填报日期"], date(2026, 12, 28))
        wb.save(p)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bodies", type=int, default=50)
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from tracker.services import rounds
    from tracker.services.context import AppContext

    figures: dict[str, list[tuple[float, float]]] = {}

    def note(name: str, wall: float, cpu: float) -> None:
        figures.setdefault(name, []).append((wall, cpu))

    for run in range(args.runs):
        tmp = Path(tempfile.mkdtemp())
        ctx = AppContext.open(tmp / "bench.db")
        ctx.today = lambda: date(2026, 12, 1)
        try:
            build(ctx, args.bodies, args.rows)
            out = tmp / "round"
            out.mkdir()
            w, c, written = timed(lambda: rounds.write(ctx, out, date(2026, 12, 31)))
            assert len(written.files) == args.bodies, len(written.files)
            assert sum(f.rows for f in written.files) == args.bodies * args.rows
            note("write: rounds.write (50 protected workbooks)", w, c)
            base = tmp / "plain"
            base.mkdir()
            w, c, _ = timed(lambda: plain_write(base, written.files, args.rows))
            note("write: baseline, plain openpyxl, same cells", w, c)
            paths = [f.path for f in written.files]
            w, c, _ = timed(lambda: fill(paths))
            note("fill: openpyxl as the bodies would (setup)", w, c)
            w, c, _ = timed(lambda: plain_read(paths))
            note("import: baseline, plain openpyxl read-only read", w, c)

            w1, c1, plan = timed(lambda: rounds.read(ctx, paths, require_evidence=True))
            assert not plan.problems, plan.problems[:3]
            assert len(plan.entries) == args.bodies * args.rows
            w2, c2, applied = timed(lambda: rounds.apply(ctx, plan))
            note("import: rounds.read + rounds.apply", w1 + w2, c1 + c2)
            note("  of which rounds.read (files read, rows checked)", w1, c1)
            note("  of which rounds.apply (one transaction)", w2, c2)
            w, c, _ = timed(lambda: rounds.undo(ctx, applied))
            note("undo of the import", w, c)
        finally:
            ctx.close()
        print(f"run {run + 1} done", file=sys.stderr)

    print(f"progress round: {args.bodies} bodies × {args.rows} rows, median of {args.runs} runs")
    for name, runs in figures.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(f"  {name:<50} {wall:6.2f} s  ({cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()
