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
search 100 ms for two characters, 30 ms for three or more), with a raw-SQL baseline on
PostgreSQL from the same run (the least SQL that gives the same rows, sent with psycopg
alone) and the ratios PostgreSQL/SQLite and PostgreSQL/raw. PostgreSQL runs on the same
2-core machine as the client here (no network between them).
"""

from __future__ import annotations

import argparse
import os
from datetime import date
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


def copy_table(src, dst, table: str) -> None:
    """One table's rows from a SQLite connection into a psycopg one, by COPY, and its id
    sequence moved past them (bench_pg_scale copies the same way)."""
    cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(f'"{c}"' for c in cols)
    with dst.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:
        for row in src.execute(f"SELECT {names} FROM {table}"):
            cp.write_row(row)
    if "id" in cols:
        dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" (SELECT coalesce(max(id), 1) FROM {table}))")


def copy_to_postgres(sqlite_path: Path, url: str) -> None:
    """The SQLite register's rows into the (migrated, empty) server database."""
    import psycopg
    import sqlean

    src = sqlean.connect(str(sqlite_path))
    began = time.perf_counter()
    with psycopg.connect(url) as dst:
        for table in TABLES:
            copy_table(src, dst, table)
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
        # statistics, and the visibility map an index-only walk of the sort indexes needs
        # (what autovacuum keeps on a server in use)
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
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


def raw_baseline(url: str, repeats: int) -> dict[str, float]:
    """name → median ms of the least SQL that gives each figure's rows on PostgreSQL,
    sent with psycopg alone (no service, no Python per row; ids as one JSON array, as the
    services fetch them): the floor the service figures are compared with."""
    import psycopg

    from bench.bench_scale import RAW_SORTS
    from tracker.search.pg import like_pattern, term_select
    from tracker.search.sources import COMMITMENTS, DOCUMENTS
    from tracker.storage.dialect import to_postgresql
    from tracker.storage.register_queries import light_rank_sql

    conn = psycopg.connect(url, autocommit=True)
    conn.execute("SET work_mem = '32MB'")   # as the app's sessions (storage.server)

    def ids(sql: str, params: tuple = ()) -> object:
        return conn.execute(f"SELECT json_agg(id)::text FROM ({sql}) q", params).fetchone()

    out: dict[str, float] = {}
    out["open table"] = median_ms(lambda: ids(RAW_SORTS["deadline"]), repeats)[0]
    for words in ("水", "水体", "碳达峰", "第12345项", "不存在的词"):
        like = like_pattern(words)
        out[f"keystroke “{words}”"] = median_ms(lambda like=like: ids(
            "SELECT id FROM commitment WHERE quote LIKE %s OR title LIKE %s OR notes LIKE %s"
            " ORDER BY deadline_date NULLS LAST, id", (like,) * 3), repeats)[0]
    light, light_params = light_rank_sql(date.today())
    sorts: dict[str, tuple[str, tuple]] = {
        **{key: (sql, ()) for key, sql in RAW_SORTS.items()},
        "days_left": (RAW_SORTS["deadline"], ()),
        "kind": ("SELECT c.id FROM commitment c ORDER BY c.kind, c.id", ()),
        "light": to_postgresql(f"SELECT c.id FROM commitment c ORDER BY {light},"
                               " c.deadline_date NULLS LAST, c.id", tuple(light_params))}
    for key in ("quote", "kind", "region", "lead", "deadline", "days_left", "status",
                "last_update", "document", "themes", "light"):
        out[f"sort by {key}"] = median_ms(lambda key=key: ids(*sorts[key]), repeats)[0]
    out["overview + themes"] = median_ms(lambda: (conn.execute(
        "SELECT region_code, status, count(*) FROM commitment GROUP BY region_code, status"
    ).fetchall(), conn.execute(
        "SELECT c.region_code, ct.tag_id, count(*) FROM commitment_tag ct JOIN commitment c"
        " ON c.id = ct.commitment_id GROUP BY c.region_code, ct.tag_id").fetchall()),
        repeats)[0]
    for query in ("水", "水体", "碳达峰", "湿地保护"):
        # the index lookups alone: how many documents and commitments hold the term
        selects = [to_postgresql(*term_select(source, query)) for source in (DOCUMENTS,
                                                                               COMMITMENTS)]
        out[f"search {len(query)} char “{query}”"] = median_ms(lambda selects=selects: [
            conn.execute(f"SELECT count(*) FROM ({sql}) q", params).fetchone()
            for sql, params in selects], repeats)[0]
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--url", help="a server database to use (it is emptied and refilled)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --url: measure the database as a previous run left it")
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

        reuse = args.reuse and args.url is not None
        if args.url and not reuse:
            import psycopg

            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
        if not reuse:
            upgrade_server(url)
            copy_to_postgres(sqlite_path, url)
            build_index(url)
        print(f"\nmeasuring SQLite — {load()}", flush=True)
        lite = measure(sqlite_path, args.repeats)
        print(f"measuring PostgreSQL — {load()}", flush=True)
        pg = measure(url, args.repeats)
        print(f"measuring raw SQL on PostgreSQL — {load()}", flush=True)
        raw = raw_baseline(url, args.repeats)
        print(f"\n{'':30} {'SQLite':>8} {'PG':>8} {'PG raw':>8} {'PG/SQLite':>9}"
              f" {'PG/raw':>7} {'target':>6}  rows (ms)")
        for name, (ms, rows) in lite.items():
            pg_ms, pg_rows = pg[name]
            same = "" if rows == pg_rows else f"  ROWS DIFFER: {pg_rows:,} on PostgreSQL"
            target = target_of(name)
            base = raw[name]
            print(f"{name:30} {ms:8.1f} {pg_ms:8.1f} {base:8.1f} {pg_ms / ms:9.2f}"
                  f" {pg_ms / base:7.2f} {target or '':>6}  {rows:,}{same}")
        print(f"(PG raw: the least SQL for the same rows, psycopg alone — {load()})")
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
