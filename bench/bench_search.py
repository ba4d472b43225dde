"""Benchmark of full-text search over a generated library (run by hand).

    /work/venv/bin/python bench/bench_search.py [--docs 10000] [--db /tmp/bench_search.db]

Builds the library (skipped when the database already holds it), times the index build
(folding + FTS writes of every document), reports the index size, then the median and
p95 of full queries (index lookups, filters, ordering and one page of 20 documents with
hits and context) for 1-, 2-, 3- and 4-character terms and a few boolean queries.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import corpus

from tracker.search import rebuild, run_search, stats
from tracker.storage.migrate import open_database

QUERIES = {
    1: ["水", "碳", "湖", "督", "氮"],
    2: ["发展", "碳汇", "湿地", "水体", "河长", "臭氧", "问责", "销号", "生態", "台账"],
    3: ["碳达峰", "河长制", "示范区", "排污权", "责任制", "水源地", "清洁能", "人居环"],
    4: ["生态环境", "黑臭水体", "污染防治", "生態環境", "国家公园", "垃圾分类", "城市建设", "落实到位"],
    0: ["碳汇 湿地", "碳汇 OR 林业", "生态环境 -黑臭水体", '"碳达峰 碳中和"', "(河长制 OR 湖长制) 考核"],
}


def build(db_path: Path, n_docs: int) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        have = conn.exec_driver_sql("SELECT count(*) FROM document").scalar_one()
    if have >= n_docs:
        print(f"library: {have} documents already in {db_path}")
        db.close()
        return
    began = time.perf_counter()
    rows, size = [], 0
    for i, (title, text, trad) in enumerate(corpus(n_docs)):
        size += len(text.encode("utf-8"))
        rows.append((f"bench-{i}", title, text, f"{2015 + i % 11}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     "traditional" if trad else "simplified"))
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256, doc_date,"
            " doc_type, script, imported_at, updated_at) VALUES (?, ?, ?, 'txt', '', '', ?,"
            " 'plan', ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')", rows)
    print(f"library: {n_docs} documents, {size / 1e6:.1f} MB of UTF-8 text, "
          f"generated and stored in {time.perf_counter() - began:.1f} s")
    db.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/bench_search.db"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-rebuild", action="store_true")
    args = ap.parse_args()
    build(args.db, args.docs)
    db = open_database(args.db)
    if not args.no_rebuild:
        began = time.perf_counter()
        with db.engine.begin() as conn:
            rebuild(conn)
        print(f"index build: {time.perf_counter() - began:.1f} s")
    with db.engine.begin() as conn:
        st = stats(conn)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"index size: {st.fts_bytes / 1e6:.1f} MB (FTS tables); database file "
          f"{args.db.stat().st_size / 1e6:.1f} MB")
    for length, queries in QUERIES.items():
        times, totals = [], []
        with db.engine.connect() as conn:
            for q in queries:
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    res = run_search(conn, q)
                    times.append((time.perf_counter() - t0) * 1000)
                totals.append(res.total_documents)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        label = f"{length}-char" if length else "boolean"
        print(f"{label:8} queries: median {statistics.median(times):6.1f} ms, p95 {p95:6.1f} ms"
              f"  (documents found: {min(totals)}–{max(totals)})")
    db.close()


if __name__ == "__main__":
    main()
