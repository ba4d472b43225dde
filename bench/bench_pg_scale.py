"""The register at scale on PostgreSQL (the team server), every figure beside its raw-SQL
floor measured on the same server in the same run (issue 18, by hand).

    .venv/bin/python bench/bench_pg_scale.py [--rows 1000000] [--repeats 5]
        [--sqlite FILE] [--cluster DIR] [--url URL [--reuse]] [--only table|overview|export]

The register comes from a SQLite bench file (bench_scale's bench/out/table_ROWS.db,
generated and reused; or ``--sqlite FILE``, which is only read): its rows are copied into
PostgreSQL with COPY and the search index is built there (both timed). Where:

- ``--cluster DIR``: a cluster of its own under DIR (tests/pgcluster.py: initdb/pg_ctl,
  UTF-8, 127.0.0.1), created and filled on the first run, started again and measured as
  it is on later runs (a million rows take minutes to copy and index), stopped at the end;
  delete DIR to start afresh. Keep it under /tmp.
- ``--url URL``: a server database (emptied and refilled; with ``--reuse`` measured as a
  previous run left it).
- neither: a throwaway cluster, removed at the end.

Then, through the services the table, the overview and the ledger export use, beside the
least SQL that gives the same rows (psycopg alone, ids as one JSON array):

- open: filter choices, count and the first page of ids in deadline order (what the
  paged table asks before it paints)  | raw SQL: count(*) and every id, ordered
- filter keystroke (text): the first page (then every id, off the GUI thread)
                                      | raw SQL: the strpos scan of quote, title, notes
- a region filter's first page        | raw SQL: the region's ids in deadline order
- sort by each column: count and first page (then the last page, every id)
                                      | raw SQL: ORDER BY the same key over the tables
- overview without / with the themes matrix; filtered by a theme, by a region
                                      | raw SQL: the GROUP BYs of the same counts
- CSV export of every row (a child process: wall time, peak RSS growth over the write)
                                      | floor: one SQL statement of the same columns
                                        through csv.writer, streamed from a server-side
                                        cursor (``--floor setwise``, the default: grouped
                                        joins; ``--floor correlated``: bench_scale's
                                        statement, a subquery per row and column)

Each figure is the median of the repeats (wall ms) after one warm-up, with the CPU time
of the client and of the server's processes (the cluster's own: with --url only the
client's) beside it, and the ratio to its floor. The load average is printed with each
section: the machine is shared, and the server runs on it too.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from queue import Empty

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_postgres import copy_table
from bench.bench_scale import (
    RAW_SORTS, TARGETS, _peak_kib, _reset_peak, _rss_kib, load, table_requests,
)

# the server's processes whose CPU time is counted (set when the cluster is ours)
_SERVER: dict[str, int] = {}
_TICK = os.sysconf("SC_CLK_TCK")


def _server_cpu_ms() -> float:
    """CPU ms used so far by the cluster's postmaster and its children (0 when unknown)."""
    root = _SERVER.get("postmaster")
    if not root:
        return 0.0
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(pid) == root:   # and its children that ended (parallel workers)
            total += sum(map(int, fields[11:15]))   # utime, stime, cutime, cstime
        elif int(fields[1]) == root:   # fields[1]: the parent's pid
            total += int(fields[11]) + int(fields[12])
    return total * 1000 / _TICK


def timed(fn, repeats: int) -> tuple[float, float, object]:
    """Median wall ms, median CPU ms (client + server) and the last result, after one
    warm-up run."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeats):
        t, c, s = time.perf_counter(), time.process_time(), _server_cpu_ms()
        result = fn()
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000 + _server_cpu_ms() - s)
    return statistics.median(walls), statistics.median(cpus), result


def timed2(fn, repeats: int) -> tuple[float, float]:
    wall, cpu, _ = timed(fn, repeats)
    return wall, cpu


def line(name: str, ms: float, cpu: float, base: tuple[float, float],
         base_name: str = "raw SQL", target: float | None = None) -> None:
    """A figure beside its floor: wall and CPU ms of each, the ratios, the target judged
    on wall time (the server's time is in it)."""
    wall_b, cpu_b = base
    verdict = "" if target is None else ("  ok" if ms <= target else f"  OVER {target:.0f}")
    print(f"  {name:36} {ms:8.1f} ms (cpu {cpu:7.1f})  {base_name} {wall_b:8.1f} ms "
          f"(cpu {cpu_b:7.1f})  ratio {ms / wall_b:5.2f}×  load {os.getloadavg()[0]:4.1f}"
          f"{verdict}", flush=True)


class Raw:
    """psycopg alone on the server: the floors."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.execute("SET work_mem = '32MB'")   # as the app's sessions

    def ids(self, sql: str, params: tuple = ()) -> list[int]:
        found = self.conn.execute(f"SELECT coalesce(json_agg(id), '[]')::text FROM ({sql}) q",
                                  params).fetchone()[0]
        return json.loads(found)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self.conn.close()


def _raw_sorts() -> dict[str, tuple[str, tuple]]:
    from tracker.storage.dialect import to_postgresql
    from tracker.storage.register_queries import light_rank_sql

    light, light_params = light_rank_sql(date.today())
    return {**{key: (sql, ()) for key, sql in RAW_SORTS.items()},
            "days_left": (RAW_SORTS["deadline"], ()),
            "kind": ("SELECT c.id FROM commitment c ORDER BY c.kind, c.id", ()),
            "light": to_postgresql(f"SELECT c.id FROM commitment c ORDER BY {light},"
                                   " c.deadline_date NULLS LAST, c.id", tuple(light_params))}


def bench_table(url: str, repeats: int) -> None:
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import register
    from tracker.services.context import AppContext
    from tracker.ui.table.model import PAGE

    print(f"\ntable (services.register) — {load()}", flush=True)
    raw = Raw(url)
    ctx = AppContext.open(url)
    ctx.gazetteer
    first_page, open_table = table_requests(ctx)

    base = timed2(lambda: (raw.rows("SELECT count(*) FROM commitment"),
                           raw.ids(RAW_SORTS["deadline"])), repeats)
    ms, cpu, n = timed(open_table, repeats)
    line(f"open (a page of {n:,})", ms, cpu, base, target=TARGETS["open"])

    scan = ("SELECT c.id FROM commitment c WHERE strpos(c.quote, %s) > 0"
            " OR strpos(c.title, %s) > 0 OR strpos(c.notes, %s) > 0"
            " ORDER BY c.deadline_date NULLS LAST, c.id")
    for words in ("水", "水体", "碳达峰", "第12345项", "不存在的词"):
        base = timed2(lambda: raw.ids(scan, (words,) * 3), repeats)
        f = CommitmentFilter(text=words)
        ms, cpu, _ = timed(lambda: first_page(f, "deadline"), repeats)
        line(f"keystroke “{words}” (first page)", ms, cpu, base, target=TARGETS["keystroke"])
        ms, cpu, found = timed(lambda: register.ids(ctx, f, "deadline"), repeats)
        line(f"  then every id ({len(found):,}, off GUI)", ms, cpu, base)

    f = CommitmentFilter(region_code="360000")
    base = timed2(lambda: raw.ids(
        "SELECT c.id FROM commitment c WHERE c.region_code >= '36' AND c.region_code < '37'"
        " ORDER BY c.deadline_date NULLS LAST, c.id"), repeats)
    ms, cpu, _ = timed(lambda: first_page(f, "deadline"), repeats)
    line("filter region 360000 (first page)", ms, cpu, base, target=TARGETS["keystroke"])
    ms, cpu, found = timed(lambda: register.ids(ctx, f, "deadline"), repeats)
    line(f"  then every id ({len(found):,}, off GUI)", ms, cpu, base)

    floor = timed2(lambda: raw.ids("SELECT id FROM commitment"), repeats)
    print(f"  {'(floor: every id to Python, any order)':36} {floor[0]:8.1f} ms "
          f"(cpu {floor[1]:7.1f})  load {os.getloadavg()[0]:4.1f}")
    sorts = _raw_sorts()
    for key in register.SORT_COLUMNS:
        base = timed2(lambda: raw.ids(*sorts[key]), repeats)
        ms, cpu, _ = timed(lambda: first_page(CommitmentFilter(), key, True), repeats)
        line(f"sort by {key} (count, first page)", ms, cpu, base, target=TARGETS["sort"])
        pages = register.IdPages(ctx, CommitmentFilter(), key, True, fold=False)
        n = pages.count()
        ms, cpu, _ = timed(lambda: pages.page(n - PAGE, PAGE), 1)
        line("  the last page (OFFSET)", ms, cpu, base)
        ms, cpu, _ = timed(lambda: register.ids(ctx, CommitmentFilter(), key, True), 1)
        line("  then every id (off GUI)", ms, cpu, base)
    raw.close()
    ctx.close()
    print(f"  ({load()})")


def bench_overview(url: str, repeats: int) -> None:
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import overview as ov
    from tracker.services.context import AppContext

    print(f"\noverview (services.overview.compute) — {load()}", flush=True)
    raw = Raw(url)
    by_status = ("SELECT region_code, status, count(*) FROM commitment"
                 " GROUP BY region_code, status")
    by_theme = ("SELECT c.region_code, ct.tag_id, count(*) FROM commitment_tag ct"
                " JOIN commitment c ON c.id = ct.commitment_id GROUP BY c.region_code, ct.tag_id")
    base = timed2(lambda: raw.rows(by_status), repeats)
    base_themes = timed2(lambda: raw.rows(by_theme), repeats)
    within = ("c.id IN (SELECT ct.commitment_id FROM commitment_tag ct JOIN tag t ON"
              " t.id = ct.tag_id WHERE t.name = '水')")
    base_f = timed2(lambda: (raw.rows(
        f"SELECT region_code, status, count(*) FROM commitment c WHERE {within}"
        " GROUP BY region_code, status"), raw.rows(
        "SELECT c.region_code, ct.tag_id, count(*) FROM commitment_tag ct JOIN commitment c"
        f" ON c.id = ct.commitment_id WHERE {within} GROUP BY c.region_code, ct.tag_id")),
        repeats)
    region = ("c.region_code >= '36' AND c.region_code < '37'")
    base_r = timed2(lambda: (raw.rows(
        f"SELECT region_code, status, count(*) FROM commitment c WHERE {region}"
        " GROUP BY region_code, status"), raw.rows(
        "SELECT c.region_code, ct.tag_id, count(*) FROM commitment_tag ct JOIN commitment c"
        f" ON c.id = ct.commitment_id WHERE {region} GROUP BY c.region_code, ct.tag_id")),
        repeats)
    raw.close()
    ctx = AppContext.open(url)
    ctx.gazetteer
    ms, cpu, _ = timed(lambda: ov.compute(ctx, CommitmentFilter(), with_themes=False), repeats)
    line("overview without the matrix", ms, cpu, base, "raw GROUP BY")
    ms, cpu, _ = timed(lambda: ov.compute(ctx, CommitmentFilter()), repeats)
    line("overview with the themes matrix", ms, cpu, (base[0] + base_themes[0],
         base[1] + base_themes[1]), "raw 2×GROUP BY", target=TARGETS["overview"])
    ms, cpu, _ = timed(lambda: ov.compute(ctx, CommitmentFilter(theme="水")), repeats)
    line("overview + matrix, theme 水 (filter)", ms, cpu, base_f, "raw 2×GROUP BY",
         target=TARGETS["overview"])
    ms, cpu, _ = timed(lambda: ov.compute(ctx, CommitmentFilter(region_code="360000")),
                       repeats)
    line("overview + matrix, region 360000", ms, cpu, base_r, "raw 2×GROUP BY",
         target=TARGETS["overview"])
    ctx.close()
    print(f"  ({load()})")


# ---------------------------------------------------------------- export (child processes)

# The floor's statement on a server: bench_scale's columns (the export's, each once),
# written set-wise, the form PostgreSQL runs fastest (bench_scale's correlated subqueries,
# one per row and column, take it about half as long again; ``--floor correlated``)
FLOOR_SQL_SETWISE = (
    "SELECT c.uuid, c.quote, c.kind, bb.lead, bb.support, c.region_code, c.deadline_text,"
    " c.deadline_date, c.deadline_precision, c.metric, c.comparator, c.value, c.unit,"
    " c.status, lp.note, lp.date, d.title, tt.names, c.notes"
    " FROM commitment c LEFT JOIN document d ON d.id = c.document_id"
    " LEFT JOIN (SELECT cb.commitment_id AS cid,"
    "  string_agg(b.name, '；') FILTER (WHERE cb.role = 'lead') AS lead,"
    "  string_agg(b.name, '；') FILTER (WHERE cb.role != 'lead') AS support"
    "  FROM commitment_body cb JOIN body b ON b.id = cb.body_id GROUP BY cb.commitment_id)"
    "  bb ON bb.cid = c.id"
    " LEFT JOIN (SELECT ct.commitment_id AS cid, string_agg(t.name, '；') AS names"
    "  FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id GROUP BY ct.commitment_id)"
    "  tt ON tt.cid = c.id"
    " LEFT JOIN (SELECT DISTINCT ON (commitment_id) commitment_id AS cid, date, note"
    "  FROM progress_entry ORDER BY commitment_id, date DESC, id DESC) lp ON lp.cid = c.id"
    " ORDER BY c.deadline_date NULLS LAST, c.id")


def _floor_sql(form: str) -> str:
    if form == "setwise":
        return FLOOR_SQL_SETWISE
    from bench.bench_scale import FLOOR_SQL
    from tracker.storage.dialect import to_postgresql

    return to_postgresql(FLOOR_SQL, ())[0]


def _export_child(kind: str, url: str, passfile: str, queue) -> None:
    if passfile:
        os.environ["PGPASSFILE"] = passfile
    out = Path(tempfile.mkdtemp()) / "out.csv"
    if kind.startswith("floor"):
        import psycopg

        conn = psycopg.connect(url)
        conn.execute("SET work_mem = '32MB'")
        _reset_peak()
        before = _rss_kib()
        t, c = time.perf_counter(), time.process_time()
        with out.open("w", encoding="utf-8", newline="") as handle, \
                conn.cursor(name="floor") as cursor:
            handle.write("\ufeff")
            writer = csv.writer(handle)
            cursor.execute(_floor_sql(kind.split(':')[1]))
            n = 0
            while chunk := cursor.fetchmany(2000):
                writer.writerows(chunk)
                n += len(chunk)
        conn.close()
    else:
        from tracker.services import ledger
        from tracker.services.context import AppContext

        ctx = AppContext.open(url)
        ctx.gazetteer
        _reset_peak()
        before = _rss_kib()
        t, c = time.perf_counter(), time.process_time()
        n = ledger.export_ledger(ctx, out, "csv")
        ctx.close()
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    queue.put((wall, cpu, (_peak_kib() - before) / 1024, out.stat().st_size / 1e6, n))
    out.unlink()


def _in_child(kind: str, url: str) -> tuple[float, float, float, float, int, float]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_export_child,
                        args=(kind, url, os.environ.get("PGPASSFILE", ""), queue))
    server = _server_cpu_ms()
    child.start()
    while True:
        try:
            result = queue.get(timeout=1)
            break
        except Empty:
            if not child.is_alive():
                raise RuntimeError(f"the {kind} child failed (exit code {child.exitcode})"
                                   ) from None
    child.join()
    return (*result, (_server_cpu_ms() - server) / 1000)


def bench_export(url: str, repeats: int, floors: tuple[str, ...] = ("setwise",)) -> None:
    """Pairs of runs (the floors, then the export), interleaved; the ratio to each floor
    by wall time and by CPU time (the client's and the server's: on a loaded machine the
    wall time is mostly waiting for a core)."""
    print(f"\nexport (a child process each; peak RSS growth over the write) — {load()}",
          flush=True)
    kinds = (*(f"floor:{form}" for form in floors), "csv")
    runs: dict[str, list] = {kind: [] for kind in kinds}
    for _ in range(max(1, repeats // 2)):
        for kind in runs:
            runs[kind].append(_in_child(kind, url))
            print(f"  ({kind}: {runs[kind][-1][0]:.1f} s, load {os.getloadavg()[0]:.1f})",
                  flush=True)
    wall = {kind: statistics.median(r[0] for r in rs) for kind, rs in runs.items()}
    # client CPU + the server's CPU over the run
    cpu = {kind: statistics.median(r[1] + r[5] for r in rs) for kind, rs in runs.items()}
    for kind, rs in runs.items():
        name = (f"floor, {kind[6:]} SQL → csv.writer" if kind.startswith("floor")
                else "CSV export (ledger)")
        print(f"  {name:34} {wall[kind]:7.2f} s (cpu {statistics.median(r[1] for r in rs):6.2f}"
              f" s + server {statistics.median(r[5] for r in rs):6.2f} s, best "
              f"{min(r[0] for r in rs):6.2f} s) peak +{max(r[2] for r in rs):6.1f} MiB  "
              f"{rs[0][3]:6.1f} MB, {rs[0][4]:,} rows", flush=True)
    for form in floors:
        floor = f"floor:{form}"
        print(f"  CSV export / {form} floor: {wall['csv'] / wall[floor]:.2f}× by wall time, "
              f"{cpu['csv'] / cpu[floor]:.2f}× by CPU time (client + server)"
              "  (target ≤ 1.20×, peak growth < 50 MiB)")
    print(f"  ({load()})")


# ---------------------------------------------------------------- the server

# copied as they are, triggers off: the sort keys and the tallies the SQLite file's
# triggers keep are the ones PostgreSQL's would compute (tests/storage/test_tallies.py
# holds both backends to the same counts), and firing them row by row (a tally update
# per commitment, a commitment update per body link) takes the better part of an hour
# at a million rows
_TABLES = ("region", "document", "body", "tag", "commitment", "commitment_body",
           "commitment_tag", "progress_entry", "tally_status", "tally_theme", "tally_month")


def _fill(url: str, sqlite_path: Path) -> None:
    """The migrated server database filled from the SQLite register: rows by COPY with
    the triggers off (session_replication_role, as the cluster's superuser), the
    commitments' search index written in bulk (folded in Python as the index does,
    COPY, its GIN indexes built after), the documents' by the index's own sync."""
    import psycopg
    import sqlean

    from tracker.search import index
    from tracker.search.fold import fold, fold_signature
    from tracker.search.pg import grams
    from tracker.search.sources import COMMITMENTS, META_TABLE, QUEUE_TABLE
    from tracker.storage.migrate import upgrade_server

    upgrade_server(url)
    began = time.perf_counter()
    # immutable: read without a lock or a -shm file beside it (the file is not written)
    src = sqlean.connect(f"file:{sqlite_path}?mode=ro&immutable=1", uri=True)
    with psycopg.connect(url) as dst:
        dst.execute("SET session_replication_role = replica")
        for table in _TABLES:
            copy_table(src, dst, table)
            print(f"  {table} copied ({time.perf_counter() - began:.0f} s)", flush=True)
        # the commitments' index: its GIN indexes dropped, the rows copied, rebuilt
        made = [r[0] for r in dst.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename IN (%s, %s)"
            " AND indexdef LIKE '%%USING gin%%'", (COMMITMENTS.tri, COMMITMENTS.short))]
        for name, in dst.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename IN (%s, %s)"
                " AND indexdef LIKE '%%USING gin%%'", (COMMITMENTS.tri, COMMITMENTS.short)
        ).fetchall():
            dst.execute(f"DROP INDEX {name}")
        cols = ", ".join(COMMITMENTS.columns)
        with dst.cursor() as cur, \
                cur.copy(f"COPY {COMMITMENTS.tri} (rowid, {cols}) FROM STDIN") as tri:
            for rid, *texts in src.execute(f"SELECT id, {cols} FROM commitment"):
                tri.write_row((rid, *(fold(t or "") for t in texts)))
        with dst.cursor() as cur, \
                cur.copy(f"COPY {COMMITMENTS.short} (rowid, grams) FROM STDIN") as short:
            for rid, *texts in src.execute(f"SELECT id, {cols} FROM commitment"):
                short.write_row((rid, grams([fold(t or "") for t in texts])))
        print(f"  commitments' search rows copied ({time.perf_counter() - began:.0f} s)",
              flush=True)
        dst.execute("SET maintenance_work_mem = '256MB'")
        for sql in made:
            dst.execute(sql)
        dst.execute(f"INSERT INTO {QUEUE_TABLE} (source, item_id) SELECT 'document', id"
                    " FROM document")
        # the index is folded as today's fold does: its signature, lest a sync start over
        dst.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('fold', %s) ON CONFLICT"
                    " (key) DO UPDATE SET value = excluded.value", (fold_signature(),))
        dst.commit()
    src.close()
    print(f"copied into PostgreSQL in {time.perf_counter() - began:.1f} s", flush=True)
    from tracker.storage.migrate import open_database

    db = open_database(url)
    with db.engine.begin() as conn:
        index.sync(conn)   # the documents, and the fold's signature stored
    with db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    db.close()
    print(f"search index and statistics ready in {time.perf_counter() - began:.1f} s",
          flush=True)


def _own_cluster(folder: Path, sqlite_path: Callable[[], Path]):
    """The cluster kept under ``folder``: started (created and filled the first time)."""
    from tests.pgcluster import Cluster, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("no PostgreSQL server binaries (install Debian's postgresql)")
    fresh = not (folder / "data").exists()
    cluster = Cluster(bin_dir, root=folder).start()
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    if fresh:
        cluster.admin("CREATE DATABASE bench")
        _fill(cluster.url("bench"), sqlite_path())
    else:
        from tracker.storage.migrate import upgrade_server

        upgrade_server(cluster.url("bench"))   # a newer schema since the last run
    return cluster


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sqlite", type=Path,
                        help="copy this register file (only read) instead of bench_scale's")
    parser.add_argument("--cluster", type=Path,
                        help="a cluster kept in this folder between runs (under /tmp)")
    parser.add_argument("--url", help="a server database to use (emptied and refilled)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --url: measure the database as a previous run left it")
    parser.add_argument("--only", choices=("table", "export", "overview"), action="append")
    parser.add_argument("--floor", choices=("setwise", "correlated"), action="append",
                        help="the export's floor statement(s) (default: setwise)")
    args = parser.parse_args()
    print(f"bench_pg_scale: {args.rows:,} commitments — {load()}", flush=True)

    def sqlite_path() -> Path:
        """The register to copy (generated by bench_scale unless given)."""
        if args.sqlite is not None:
            return args.sqlite
        from bench.bench_scale import ensure_database

        return ensure_database(args.rows)

    cluster = None
    if args.url:
        url = args.url
        if not args.reuse:
            import psycopg

            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
            _fill(url, sqlite_path())
    elif args.cluster:
        cluster = _own_cluster(args.cluster.resolve(), sqlite_path)
        url = cluster.url("bench")
    else:
        from tests.pgcluster import Cluster, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            print("no PostgreSQL server binaries (install Debian's postgresql)")
            return 2
        cluster = Cluster(bin_dir).start()
        os.environ["PGPASSFILE"] = str(cluster.passfile)
        cluster.admin("CREATE DATABASE bench")
        url = cluster.url("bench")
        _fill(url, sqlite_path())
    if cluster is not None:
        _SERVER["postmaster"] = cluster.postmaster_pid()
    try:
        parts = args.only or ["table", "overview", "export"]
        if "table" in parts:
            bench_table(url, args.repeats)
        if "overview" in parts:
            bench_overview(url, args.repeats)
        if "export" in parts:
            bench_export(url, args.repeats, tuple(args.floor or ('setwise',)))
    finally:
        if cluster is not None:
            cluster.stop(remove=not args.cluster)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
