"""The register on PostgreSQL beside the same register on SQLite, in the same run (issue 16).

    .venv/bin/python bench/bench_postgres.py [--rows 100000] [--repeats 3] [--url URL]

The SQLite file is bench_table.build's (bench/out/table_ROWS.db, reused); its rows are
copied into a PostgreSQL database (COPY), the search index is built there (timed), and the
same service calls are timed on both: open the table (filter choices, count, ids in
deadline order), a filter keystroke (text words of 1–5 characters), a sort by each column,
the overview with the themes matrix, and a search of 1, 2, 3 and 4 characters. Without
--url a throwaway cluster is started (tests/pgcluster.py: initdb/pg_ctl, UTF-8, on
127.0.0.1) and removed at the end; a given URL's database is replaced.

Each figure is the median of the repeats (wall ms) after one warm-up; the SQLite targets
of the issue are printed beside them (open 500, keystroke 100, sort 300, overview 300 ms;
search 100 ms for two characters, 30 ms for three or more). PostgreSQL runs on the same
2-core machine as the client here (no network between them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGETS = {"open": 500, "keystroke": 100, "sort": 300, "overview": 300}
SEARCH_TARGET = {1: 100, 2: 100, 3: 30, 4: 30}
# in dependency order; the columns are read from the SQLite file
TABLES = ("region", "document", "body", "tag", "commitment", "commitment_body",
          "commitment_tag", "progress_entry")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} on {os.cpu_count()} CPUs"


def median_ms(fn, repeats: int) -> tuple[float, object]:
    result = fn()
    walls = []
    for _ in range(repeats):
        t = time.perf_counter()
        result = fn()
        walls.append((time.perf_counter() - t) * 1000)
    return statistics.median(walls), result


def copy_to_postgres(sqlite_path: Path, url: str) -> None:
    """The SQLite register's rows into the (migrated, empty) server database."""
    import psycopg
    import sqlean

    src = sqlean.connect(str(sqlite_path))
    began = time.perf_counter()
    with psycopg.connect(url) as dst:
        for table in TABLES:
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in cols)
            with dst.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                for row in src.execute(f"SELECT {names} FROM {table}"):
                    cp.write_row(row)
            if "id" in cols:
                dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                            f" (SELECT coalesce(max(id), 1) FROM {table}))")
        dst.commit()
        dst.autocommit = True
        dst.execute("VACUUM ANALYZE")
    src.close()
    print(f"copied into PostgreSQL in {time.perf_counter() - began:.1f} s", flush=True)


def build_index(url: str) -> None:
    from tracker.search import index
    from tracker.storage.migrate import open_database

    db = open_database(url)
    t = time.perf_counter()
    with db.engine.begin() as conn:
        n = index.sync(conn)
    with db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    print(f"search index on PostgreSQL: {n:,} rows in {time.perf_counter() - t:.1f} s",
          flush=True)
    db.close()


def measure(target, repeats: int) -> dict[str, tuple[float, int]]:
    """name → (median ms, rows) for one backend."""
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import overview as ov
    from tracker.services import register
    from tracker.services import search as search_service
    from tracker.services.context import AppContext

    ctx = AppContext.open(target)
    _ = ctx.gazetteer   # loaded before the timings, as the window has it
    out: dict[str, tuple[float, int]] = {}

    def open_table() -> int:
        register.filter_choices(ctx)
        register.total(ctx)
        return len(register.ids(ctx, CommitmentFilter(), "deadline"))

    out["open table"] = median_ms(open_table, repeats)
    for words in ("水", "水体", "碳达峰", "第12345项", "不存在的词"):
        f = CommitmentFilter(text=words)
        ms, found = median_ms(lambda f=f: register.ids(ctx, f, "deadline"), repeats)
        out[f"keystroke “{words}”"] = (ms, len(found))
    for key in register.SORT_COLUMNS:
        ms, found = median_ms(lambda key=key: register.ids(ctx, CommitmentFilter(), key, True),
                              repeats)
        out[f"sort by {key}"] = (ms, len(found))
    ms, _ = median_ms(lambda: ov.compute(ctx, CommitmentFilter()), repeats)
    out["overview + themes"] = (ms, 0)
    for query in ("水", "水体", "碳达峰", "湿地保护"):
        ms, res = median_ms(lambda query=query: search_service.search(ctx, query), repeats)
        out[f"search {len(query)} char “{query}”"] = (
            ms, res.total_documents + res.total_commitments)
    ctx.close()
    return out


def target_of(name: str) -> float | None:
    if name.startswith("open"):
        return TARGETS["open"]
    if name.startswith("keystroke"):
        return TARGETS["keystroke"]
    if name.startswith("sort"):
        return TARGETS["sort"]
    if name.startswith("overview"):
        return TARGETS["overview"]
    if name.startswith("search"):
        return SEARCH_TARGET[int(name.split()[1])]
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--url", help="a server database to use (it is emptied and refilled)")
    args = parser.parse_args()
    from bench.bench_scale import ensure_database

    print(f"bench_postgres: {args.rows:,} commitments — {load()}", flush=True)
    sqlite_path = ensure_database(args.rows)
    cluster = None
    url = args.url
    if url is None:
        from tests.pgcluster import Cluster, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            print("no PostgreSQL server binaries (install Debian's postgresql)")
            return 2
        cluster = Cluster(bin_dir).start()
        os.environ["PGPASSFILE"] = str(cluster.passfile)
        cluster.admin("CREATE DATABASE bench")
        url = cluster.url("bench")
    try:
        from tracker.storage.migrate import upgrade_server

        if args.url:
            import psycopg

            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
        upgrade_server(url)
        copy_to_postgres(sqlite_path, url)
        build_index(url)
        print(f"\nmeasuring SQLite — {load()}", flush=True)
        lite = measure(sqlite_path, args.repeats)
        print(f"measuring PostgreSQL — {load()}", flush=True)
        pg = measure(url, args.repeats)
        print(f"\n{'':34} {'SQLite ms':>10} {'PostgreSQL ms':>14} {'target':>7}  rows")
        for name, (ms, rows) in lite.items():
            pg_ms, pg_rows = pg[name]
            same = "" if rows == pg_rows else f"  ROWS DIFFER: {pg_rows:,} on PostgreSQL"
            target = target_of(name)
            print(f"{name:34} {ms:10.1f} {pg_ms:14.1f} {target or '':>7}  {rows:,}{same}")
        print(f"({load()})")
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
