"""End-to-end import throughput beside its floor, measured in the same run.

    python bench/bench_import.py [--docs 300] [--mb 20]

Uses the mixed corpus of bench_ingest.py (txt in five encodings, HTML, DOCX, PDF) and
imports it with the same service the window and `tracker import` use, then brings the
full-text index up to date (import with indexing). The floor, on the same files: read
each with tracker.ingest.read_path (the text has to come out of the file), then in one
transaction store the text and raw bytes and build an FTS5 trigram index over the texts.
Wall and CPU seconds of both, their ratio and the load average are printed.
"""

from __future__ import annotations

import argparse
import os
import sqlean
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--mb", type=float, default=20.0)
    args = ap.parse_args()
    print(f"bench_import — {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.docs, args.mb)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in files)
        floor(files[:5], Path(tmp) / "warm.db")   # readers' imports, as the app has them
        t0, c0 = time.perf_counter(), time.process_time()
        floor(files, Path(tmp) / "floor.db")
        floor_wall, floor_cpu = time.perf_counter() - t0, time.process_time() - c0
        ctx = AppContext.open(Path(tmp) / "bench.db")
        try:
            ctx.gazetteer  # loaded once per process in the app too
            t0, c0 = time.perf_counter(), time.process_time()
            report = import_paths(ctx, [corpus])
            with ctx.db.engine.begin() as conn:
                index.sync(conn)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        finally:
            ctx.close()
        db_size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    formats = Counter(Path(d.path).suffix for d in report.imported)
    print(f"{len(files)} files, {size / 1e6:.1f} MB: imported {len(report.imported)}, "
          f"duplicates {len(report.duplicates)}, errors {len(report.errors)} ({dict(formats)})")
    print(f"import + index: {elapsed:6.1f} s (cpu {cpu:6.1f} s) {size / 1e6 / elapsed:.2f} MB/s "
          f"(database {db_size / 1e6:.1f} MB)")
    print(f"floor (read, store text and bytes, FTS5 trigram, one transaction): "
          f"{floor_wall:6.1f} s (cpu {floor_cpu:6.1f} s) {size / 1e6 / floor_wall:.2f} MB/s")
    print(f"ratio {elapsed / floor_wall:.2f}× (cpu {cpu / floor_cpu:.2f}×; target ≤ 1.5×) — "
          f"{_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
