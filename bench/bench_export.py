"""Write 100,000 ledger rows to CSV and XLSX; report seconds and peak memory.

Run by hand:  PYTHONPATH=. /work/venv/bin/python bench/bench_export.py [rows] [repeats]
Target: CSV ≤ 2 s for 100,000 rows. Each write runs in a fresh child process; peak
memory is that process's peak RSS growth during the write (resource.getrusage). The
best and the median of the repeats are shown, with the process's CPU time, since a
shared machine adds noise to wall time.
"""

from __future__ import annotations

import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tracker.domain import Comparator, Kind, Precision, Status
from tracker.export.columns import LOSSLESS_KEYS
from tracker.export.csv_io import write_csv
from tracker.export.rows import LedgerRow
from tracker.export.xlsx_io import write_xlsx

STATUSES = list(Status)


def make_rows(count: int) -> list[LedgerRow]:
    start = date(2025, 1, 1)
    return [
        LedgerRow(
            uuid=f"00000000-0000-4000-8000-{i:012d}",
            quote=f"到2025年底，第{i}个县优良水体比例达到80%以上，全面消除劣五类水体",
            kind=Kind.TARGET, lead=["市生态环境局"], support=["市水利局", "市住建局"],
            region="山西省大同市", deadline_text="2025年底前",
            deadline=start + timedelta(days=i % 1000), deadline_precision=Precision.YEAR,
            metric="优良水体比例", comparator=Comparator.GE, value=80.0 + i % 7, unit="%",
            status=STATUSES[i % len(STATUSES)], latest_progress="1-9月达到82.3%，序时推进",
            last_update=date(2025, 10, 8), document="大同市水生态环境保护规划",
            themes=["水"], notes=None)
        for i in range(count)
    ]


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run(fmt: str, count: int, queue: multiprocessing.Queue) -> None:
    rows = make_rows(count)
    before = _peak_kib()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"ledger.{fmt}"
        began, began_cpu = time.perf_counter(), time.process_time()
        if fmt == "csv":
            write_csv(rows, path, LOSSLESS_KEYS)
        else:
            write_xlsx(rows, path, title="基准测试台账")
        seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
        size = path.stat().st_size
    queue.put((seconds, cpu, (_peak_kib() - before) / 1024, size / 1e6))


def _once(fmt: str, count: int) -> tuple[float, float, float, float]:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=_run, args=(fmt, count, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for fmt in ("csv", "xlsx"):
        runs = [_once(fmt, count) for _ in range(repeats)]
        seconds = sorted(run[0] for run in runs)
        cpu = sorted(run[1] for run in runs)
        peak = max(run[2] for run in runs)
        print(f"{fmt:5} {count} rows: wall best {seconds[0]:6.2f} s, median "
              f"{statistics.median(seconds):6.2f} s; CPU best {cpu[0]:6.2f} s; "
              f"peak memory +{peak:6.1f} MiB; file {runs[0][3]:5.1f} MB")


if __name__ == "__main__":
    main()
