"""The register's raw records (storage/register_queries.RawRecord) against a baseline tree,
in one run: the ledger's CSV export of every row (the bulk path: one RawRecord per row,
read into a LedgerRow) and the table's rows of 20,000 ids in deadline order (the chunked
path: RawRecord → RegisterRecord).

    PYTHONPATH=. .venv/bin/python bench/bench_raw_records.py --baseline <git rev> \
        [--db bench/out/table_100000.db] [--rows 100000] [--runs 5]

The baseline is that revision's tracker/ (git archive into a temporary folder). Each
measurement is a fresh process on the same database file, the two trees alternating so that
the machine's load falls on both; CPU seconds are compared (medians), wall time shown. The
exported files of both trees must be identical.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
from tracker.domain.filters import CommitmentFilter
from tracker.services import ledger, register
from tracker.services.context import AppContext

db, out = Path(sys.argv[1]), Path(sys.argv[2])
ctx = AppContext.open(db)
ctx.gazetteer  # loaded before timing, as the window does
c0, t0 = time.process_time(), time.perf_counter()
n = ledger.export_ledger(ctx, out, "csv")
export = (time.process_time() - c0, time.perf_counter() - t0)
ids = register.ids(ctx, CommitmentFilter(), "deadline")[:20000]
c0, t0 = time.process_time(), time.perf_counter()
rows = register.rows(ctx, ids)
table = (time.process_time() - c0, time.perf_counter() - t0)
ctx.close()
print(json.dumps({"export": export, "table": table, "rows": n, "table_rows": len(rows),
                  "digest": hashlib.sha256(out.read_bytes()).hexdigest()}))
"""


def tree_of(rev: str, into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "tracker"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def ensure_db(path: Path, rows: int) -> Path:
    if not path.is_file():
        sys.path.insert(0, str(ROOT))
        from bench.bench_table import build

        path.parent.mkdir(parents=True, exist_ok=True)
        build(path, rows)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="git revision to compare with")
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "table_100000.db")
    ap.add_argument("--rows", type=int, default=100_000, help="when the database is made")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    db = ensure_db(args.db, args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"baseline": tree_of(args.baseline, Path(tmp) / "baseline"), "this tree": ROOT}
        got: dict[str, list[dict[str, object]]] = {name: [] for name in trees}
        for run in range(args.runs):
            for name, tree in trees.items():
                out = Path(tmp) / f"{run}-{name.replace(' ', '_')}.csv"
                done = subprocess.run([sys.executable, "-c", CHILD, str(db), str(out)],
                                      capture_output=True, text=True, check=True,
                                      env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin",
                                           "HOME": tmp})
                got[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
                out.unlink()
    print(f"{got['this tree'][0]['rows']:,} rows, {args.runs} runs each, baseline {args.baseline}")
    for part, label in (("export", "CSV export (bulk RawRecords)"),
                        ("table", "table rows of 20,000 ids")):
        medians = {}
        for name, runs in got.items():
            cpu = [float(r[part][0]) for r in runs]
            wall = [float(r[part][1]) for r in runs]
            medians[name] = statistics.median(cpu)
            print(f"  {label:30} {name:10} cpu median {statistics.median(cpu):6.2f} s "
                  f"(min {min(cpu):6.2f}, max {max(cpu):6.2f}), wall median "
                  f"{statistics.median(wall):6.2f} s")
        print(f"  {'':30} this tree / baseline: {medians['this tree'] / medians['baseline']:.3f}")
    digests = {str(r["digest"]) for runs in got.values() for r in runs}
    print("  exports identical: " + ("yes" if len(digests) == 1 else "NO"))


if __name__ == "__main__":
    main()
