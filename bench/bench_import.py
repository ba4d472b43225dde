"""End-to-end import throughput: read, clean, guess metadata and region, store in SQLite.

    python bench/bench_import.py [--docs 200] [--mb 20]

Uses the mixed corpus of bench_ingest.py (txt in five encodings, HTML, DOCX, PDF) and
imports it with the same service the window and `tracker import` use.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_ingest import build_corpus  # noqa: E402
from tracker.services.context import AppContext  # noqa: E402
from tracker.services.importing import import_paths  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--mb", type=float, default=20.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.docs, args.mb)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in files)
        ctx = AppContext.open(Path(tmp) / "bench.db")
        try:
            ctx.gazetteer  # loaded once per process in the app too
            t0 = time.perf_counter()
            report = import_paths(ctx, [corpus])
            elapsed = time.perf_counter() - t0
        finally:
            ctx.close()
        db_size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    formats = Counter(Path(d.path).suffix for d in report.imported)
    print(f"{len(files)} files, {size / 1e6:.1f} MB: imported {len(report.imported)}, "
          f"duplicates {len(report.duplicates)}, errors {len(report.errors)} ({dict(formats)})")
    print(f"{elapsed:.1f} s: {len(files) / elapsed:.1f} documents/s, {size / 1e6 / elapsed:.2f} MB/s "
          f"(database {db_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
