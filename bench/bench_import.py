"""End-to-end import throughput beside its floor, measured in the same run.

    python bench/bench_import.py [--docs 300] [--mb 20] [--runs 5]

Uses the mixed corpus of bench_ingest.py (txt in five encodings, HTML, DOCX, PDF) and
imports it with the same service the window and `tracker import` use, then brings the
full-text index up to date (import with indexing). The floor, on the same files: read
each with tracker.ingest.read_path (the text has to come out of the file), then in one
transaction store the text and raw bytes and build an FTS5 trigram index over the texts.
Wall and CPU seconds of both, their ratio and the load average are printed, for each
of --runs runs (floor and import one after the other on the same corpus), then the
medians and the spread of the ratios.
"""

from __future__ import annotations

import argparse
import os
import sqlean
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_ingest import build_corpus
from tracker.ingest import read_path
from tracker.search import index
from tracker.services.context import AppContext
from tracker.services.importing import import_paths


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} on {os.cpu_count()} CPUs"


def floor(files: list[Path], db: Path) -> None:
    conn = sqlean.connect(str(db))   # SQLite 3.50, as the app (contentless_delete)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, text TEXT, raw BLOB)")
    conn.execute("CREATE VIRTUAL TABLE doc_fts USING fts5(text, tokenize='trigram',"
                 " content='', contentless_delete=1)")
    with conn:
        for n, path in enumerate(files, 1):
            result = read_path(path)
            conn.execute("INSERT INTO doc VALUES (?, ?, ?)", (n, result.text, path.read_bytes()))
            conn.execute("INSERT INTO doc_fts (rowid, text) VALUES (?, ?)", (n, result.text))
    conn.close()


def one_run(corpus: Path, files: list[Path], tmp: Path, n: int) -> tuple[float, float, float, float]:
    """(import wall, import CPU, floor wall, floor CPU) of one run, printed with the load."""
    size = sum(p.stat().st_size for p in files)
    t0, c0 = time.perf_counter(), time.process_time()
    floor(files, tmp / f"floor{n}.db")
    floor_wall, floor_cpu = time.perf_counter() - t0, time.process_time() - c0
    ctx = AppContext.open(tmp / f"bench{n}.db")
    try:
        ctx.gazetteer  # loaded once per process in the app too
        t0, c0 = time.perf_counter(), time.process_time()
        report = import_paths(ctx, [corpus])
        with ctx.db.engine.begin() as conn:
            index.sync(conn)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        ctx.close()
    db_size = sum(p.stat().st_size for p in tmp.glob(f"bench{n}.db*"))
    formats = Counter(Path(d.path).suffix for d in report.imported)
    print(f"run {n}: {len(files)} files, {size / 1e6:.1f} MB: imported {len(report.imported)}, "
          f"duplicates {len(report.duplicates)}, errors {len(report.errors)} ({dict(formats)})")
    print(f"  import + index: {elapsed:6.1f} s (cpu {cpu:6.1f} s) {size / 1e6 / elapsed:.2f} MB/s "
          f"(database {db_size / 1e6:.1f} MB)")
    print(f"  floor (read, store text and bytes, FTS5 trigram, one transaction): "
          f"{floor_wall:6.1f} s (cpu {floor_cpu:6.1f} s) {size / 1e6 / floor_wall:.2f} MB/s")
    print(f"  ratio {elapsed / floor_wall:.2f}× (cpu {cpu / floor_cpu:.2f}×; target ≤ 1.5×) — "
          f"{_load()}", flush=True)
    for old in tmp.glob(f"*{n}.db*"):
        old.unlink()
    return elapsed, cpu, floor_wall, floor_cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    print(f"bench_import — {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.docs, args.mb)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        floor(files[:5], Path(tmp) / "warm.db")   # readers' imports, as the app has them
        runs = [one_run(corpus, files, Path(tmp), n) for n in range(1, args.runs + 1)]
    if len(runs) > 1:
        wall = sorted(r[0] / r[2] for r in runs)
        cpu = sorted(r[1] / r[3] for r in runs)
        print(f"{len(runs)} runs: ratio median {statistics.median(wall):.2f}× "
              f"({wall[0]:.2f}–{wall[-1]:.2f}), cpu median {statistics.median(cpu):.2f}× "
              f"({cpu[0]:.2f}–{cpu[-1]:.2f}) — {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
