"""Benchmark of the links across documents (run by hand; no display needed).

    .venv/bin/python bench/bench_links.py [--commitments 100000] [--docs 1000] [--runs 300]
                                          [--shared 1.0]

Builds a fresh database with `--docs` documents and `--commitments` commitments whose
quotes are sentences of the demo documents — a `--shared` fraction of them verbatim (the
default, 1.0, is the worst case: each sentence stands in some 330 documents), the others
made unique by a numbered suffix —
inserted with NULL quote keys as a database migrated from 0003_search has them, then:

- back-fill: services.links.fill_missing_keys over every row (batches of 5,000);
- same_elsewhere: one commitment's twins in other documents (median and p95 over --runs
  random commitments; the editor calls it each time a commitment is shown);
- the review queue's look-up: quotes_seen_elsewhere for 300 suggestion quotes at once
  (200 of them registered elsewhere; then a more usual queue with 30 of 300);
- the probe run before each look-up when no key is missing;
- quote_key itself (the cost the services add to each create/update).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sentences() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8")
                     for p in sorted((ROOT / "tracker" / "resources" / "samples").glob("*.txt")))
    return [s for s in (x.strip() for x in re.split(r"(?<=[。；！？\n])", text)) if len(s) >= 12]


def seed(ctx, n_docs: int, n_commitments: int, pool: list[str], rng: random.Random,
         shared: float) -> None:
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (uuid, title, text, source_format, sha256, text_sha256,"
            " doc_type, script, imported_at, updated_at) VALUES (?, ?, '正文', 'txt', '', '',"
            " 'other', 'simplified', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
            [(f"d{i}", f"文件{i}") for i in range(n_docs)])
        rows = []
        for i in range(n_commitments):
            q = rng.choice(pool)
            if rng.random() >= shared:
                q = f"{q}（第{i}项）"
            rows.append((f"c{i}", 1 + i % n_docs, len(q), q))
        conn.exec_driver_sql(
            "INSERT INTO commitment (uuid, document_id, start, \"end\", quote, prefix, suffix,"
            " kind, origin, status, notes, created_at, updated_at) VALUES (?, ?, 0, ?, ?, '',"
            " '', 'deliverable', 'manual', 'not_started', '', '2024-01-01 00:00:00',"
            " '2024-01-01 00:00:00')", rows)
        conn.exec_driver_sql("DELETE FROM search_queue")  # not what is measured here


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--commitments", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--shared", type=float, default=1.0)
    args = ap.parse_args()

    from tracker.services import links
    from tracker.services.context import AppContext

    rng = random.Random(4)
    pool = sentences()
    ctx = AppContext.open(Path(tempfile.mkdtemp()) / "bench.db")
    try:
        t = time.perf_counter()
        seed(ctx, args.docs, args.commitments, pool, rng, args.shared)
        print(f"seeded {args.commitments:,} commitments in {args.docs:,} documents "
              f"({len(pool)} sentences, {args.shared:.0%} verbatim) in "
              f"{time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        filled = links.fill_missing_keys(ctx)
        took = time.perf_counter() - t
        print(f"back-fill: {filled:,} keys in {took:.2f} s ({filled / took:,.0f} rows/s)")

        ids = [rng.randint(1, args.commitments) for _ in range(args.runs)]
        found = []
        ms = timed(lambda: found.append(len(links.same_elsewhere(ctx, ids[len(found)]))),
                   args.runs)
        print(f"same_elsewhere: median {statistics.median(ms):.2f} ms, "
              f"p95 {statistics.quantiles(ms, n=20)[18]:.2f} ms "
              f"(twins per commitment: median {statistics.median(found):.0f})")

        # a queue of 300 suggestions of which a third are new words
        quotes = [rng.choice(pool) for _ in range(200)] + [f"新的措施第{i}条要落实到位" for i in range(100)]
        ms = timed(lambda: links.quotes_seen_elsewhere(ctx, 1, quotes), 20)
        print(f"review queue of {len(quotes)} quotes: median {statistics.median(ms):.1f} ms, "
              f"max {max(ms):.1f} ms")

        typical = [rng.choice(pool) for _ in range(30)] + [f"新的措施第{i}条要落实到位" for i in range(270)]
        ms = timed(lambda: links.quotes_seen_elsewhere(ctx, 1, typical), 20)
        print(f"review queue of {len(typical)} quotes, 30 registered elsewhere: "
              f"median {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms")

        ms = timed(lambda: links.fill_missing_keys(ctx), 200)
        print(f"probe for missing keys: median {statistics.median(ms):.3f} ms")

        sample = [rng.choice(pool) for _ in range(5000)]
        t = time.perf_counter()
        for q in sample:
            links.quote_key(q)
        print(f"quote_key: {(time.perf_counter() - t) / len(sample) * 1e6:.1f} µs per quote")
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
