"""The register at scale, every figure beside its floor measured in the same run (by hand).

    .venv/bin/python bench/bench_scale.py [--rows 1000000] [--repeats 5] [--xlsx]

The database is generated once (bench_table.build: 200 documents, 600 bodies, 20 themes,
regions over four provinces, a progress entry on a third) into bench/out/table_ROWS.db and
reused by later runs; the full-text index is brought up to date once after generation
(timed, then cached with the file). Then, through the services the table, the ledger
export and the overview use, beside a baseline on the same file:

- open: filter choices, count and the first page of ids in deadline order (what the
  paged table asks before it paints; tracker/ui/table/model.py)
                                       | raw SQL: the ids, ordered
- filter keystroke (text): the first page of the rows whose quote, title or notes hold
  the words, and (beside it) every id, which the table reads after the first page off the
  GUI thread                           | raw SQL: the LIKE scan; raw FTS5: MATCH alone
- sort by each column: the count and first page (the whole list after it, and the last
  page, beside)                          | raw SQL: ORDER BY the same key over the tables
- CSV export of every row (a child process: wall time and peak RSS growth)
                                       | stdlib floor: the rows from one SQL statement
                                         through csv.writer, streamed
- overview with the themes matrix      | raw SQL: its two GROUP BYs

Each figure is the median of the repeats (wall ms; CPU ms beside it). The ratio is the
figure over its baseline. The load average is printed with each section, since a shared
machine adds waiting to wall time.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
TARGETS = {"open": 300, "keystroke": 100, "sort": 300, "overview": 500}


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} on {os.cpu_count()} CPUs"


def timed(fn, repeats: int) -> tuple[float, float, object]:
    """Median wall ms, median CPU ms and the last result (after one warm-up run)."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def timed2(fn, repeats: int) -> tuple[float, float]:
    wall, cpu, _ = timed(fn, repeats)
    return wall, cpu


def line(name: str, ms: float, cpu: float, base: tuple[float, float],
         base_name: str = "raw SQL", target: float | None = None) -> None:
    """A figure beside its baseline: wall and CPU ms of each, and the ratios (on a loaded
    machine the CPU ratio is the steadier one). The target is checked on CPU time when the
    load average is above the number of CPUs (wall time then measures the queue)."""
    wall_b, cpu_b = base
    loaded = os.getloadavg()[0] > (os.cpu_count() or 1)
    judged = cpu if loaded else ms
    verdict = "" if target is None else (
        f"  ok{' (cpu)' if loaded else ''}" if judged <= target else f"  OVER {target:.0f}")
    print(f"  {name:34} {ms:8.1f} ms (cpu {cpu:7.1f})  {base_name} {wall_b:8.1f} ms "
          f"(cpu {cpu_b:7.1f})  ratio {ms / wall_b:5.2f}× (cpu {cpu / max(cpu_b, 0.05):5.2f}×)"
          f"  load {os.getloadavg()[0]:4.1f}{verdict}", flush=True)


def ensure_database(rows: int) -> Path:
    from bench.bench_table import build

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"table_{rows}.db"
    began = time.perf_counter()
    build(path, rows)
    from tracker.search import index
    from tracker.storage.migrate import open_database

    db = open_database(path)
    with db.engine.begin() as conn:
        waiting = index.pending(conn)
        if waiting:
            t = time.perf_counter()
            index.sync(conn)
            print(f"search index: {waiting:,} rows indexed in {time.perf_counter() - t:.1f} s")
    db.close()
    print(f"database {path} ready in {time.perf_counter() - began:.1f} s "
          f"({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    return path


def raw_connection(path: Path):
    import sqlean

    conn = sqlean.connect(str(path))
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


RAW_SORTS = {
    "quote": "SELECT c.id FROM commitment c ORDER BY COALESCE(c.title, c.quote), c.id",
    "status": "SELECT c.id FROM commitment c ORDER BY c.status, c.id",
    "deadline": "SELECT c.id FROM commitment c ORDER BY c.deadline_date NULLS LAST, c.id",
    "lead": ("SELECT c.id FROM commitment c LEFT JOIN commitment_body cb ON cb.commitment_id"
             " = c.id AND cb.role = 'lead' AND cb.position = 0 LEFT JOIN body b ON b.id ="
             " cb.body_id ORDER BY b.name NULLS LAST, c.id"),
    "region": "SELECT c.id FROM commitment c ORDER BY c.region_code NULLS LAST, c.id",
    "document": ("SELECT c.id FROM commitment c LEFT JOIN document d ON d.id = c.document_id"
                 " ORDER BY d.title NULLS LAST, c.id"),
    "last_update": ("SELECT c.id FROM commitment c LEFT JOIN (SELECT commitment_id AS cid,"
                    " MAX(date) AS day FROM progress_entry GROUP BY commitment_id) p"
                    " ON p.cid = c.id ORDER BY p.day NULLS LAST, c.id"),
    "themes": ("SELECT c.id FROM commitment c LEFT JOIN (SELECT ct.commitment_id AS cid,"
               " MIN(t.name) AS name FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
               " GROUP BY ct.commitment_id) x ON x.cid = c.id ORDER BY x.name NULLS LAST, c.id"),
}


def table_requests(ctx):
    """What the paged table asks of the register (bench_pg_scale times the same):
    ``first_page(f, sort, descending)``, the count when the tallies know it and a page;
    ``open_table()``, the filter choices, the total and the first page in deadline order."""
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import register
    from tracker.ui.table.model import PAGE

    def first_page(f: CommitmentFilter, sort: str, descending: bool = False) -> list[int]:
        pages = register.IdPages(ctx, f, sort, descending, fold=False)
        pages.known_count()
        return pages.page(0, PAGE)

    def open_table() -> int:
        register.filter_choices(ctx)
        total = register.total(ctx)
        first_page(CommitmentFilter(), "deadline")
        return total

    return first_page, open_table


def bench_table(path: Path, repeats: int) -> None:
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import register
    from tracker.services.context import AppContext

    print(f"\ntable (services.register) — {load()}", flush=True)
    raw = raw_connection(path)

    def raw_ids(sql: str, params=()) -> list[int]:
        return [r[0] for r in raw.execute(sql, params).fetchall()]

    ctx = AppContext.open(path)
    ctx.gazetteer

    from tracker.ui.table.model import PAGE

    first_page, open_table = table_requests(ctx)

    base = timed2(lambda: (raw.execute("SELECT count(*) FROM commitment").fetchone(),
                                raw_ids(RAW_SORTS["deadline"])), repeats)
    ms, cpu, n = timed(open_table, repeats)
    line(f"open (a page of {n:,})", ms, cpu, base, target=TARGETS["open"])

    like = ("SELECT c.id FROM commitment c WHERE (c.quote LIKE ?1 OR c.title LIKE ?1"
            " OR c.notes LIKE ?1) ORDER BY +c.deadline_date NULLS LAST, c.id")
    for words in ("水", "水体", "碳达峰", "第12345项", "不存在的词"):
        base = timed2(lambda: raw_ids(like, (f"%{words}%",)), repeats)
        f = CommitmentFilter(text=words)
        ms, cpu, _ = timed(lambda: first_page(f, "deadline"), repeats)
        line(f"keystroke “{words}” (first page)", ms, cpu, base, target=TARGETS["keystroke"])
        ms, cpu, found = timed(lambda: register.ids(ctx, f, "deadline"), repeats)
        line(f"  then every id ({len(found):,}, off GUI)", ms, cpu, base)
        if len(words) >= 3:
            from tracker.search.fold import fold
            fts, fts_cpu, _ = timed(lambda: raw_ids(
                "SELECT rowid FROM search_cmt_tri WHERE search_cmt_tri MATCH ?",
                ('"' + fold(words) + '"',)), repeats)
            print(f"  {'':34} raw FTS5 MATCH alone {fts:8.1f} ms (cpu {fts_cpu:7.1f})")

    f = CommitmentFilter(region_code="360000")
    base = timed2(lambda: raw_ids(
        "SELECT c.id FROM commitment c WHERE c.region_code >= '36' AND c.region_code < '37'"
        " ORDER BY +c.deadline_date NULLS LAST, c.id"), repeats)
    ms, cpu, _ = timed(lambda: first_page(f, "deadline"), repeats)
    line("filter region 360000 (first page)", ms, cpu, base, target=TARGETS["keystroke"])
    ms, cpu, found = timed(lambda: register.ids(ctx, f, "deadline"), repeats)
    line(f"  then every id ({len(found):,}, off GUI)", ms, cpu, base)

    floor = timed2(lambda: raw.execute("SELECT json_group_array(id) FROM commitment"
                                       ).fetchone(), repeats)
    print(f"  {'(floor: every id to Python, rowid order)':34} {floor[0]:8.1f} ms "
          f"(cpu {floor[1]:7.1f})  load {os.getloadavg()[0]:4.1f}")
    for key in register.SORT_COLUMNS:
        sql = RAW_SORTS.get(key)
        base = timed2(lambda: raw_ids(sql), repeats) if sql else (float("nan"),) * 2
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


# ---------------------------------------------------------------- export (child processes)

FLOOR_SQL = (
    "SELECT c.uuid, c.quote, c.kind,"
    " (SELECT group_concat(b.name, '；') FROM commitment_body cb JOIN body b ON b.id ="
    "  cb.body_id WHERE cb.commitment_id = c.id AND cb.role = 'lead'),"
    " (SELECT group_concat(b.name, '；') FROM commitment_body cb JOIN body b ON b.id ="
    "  cb.body_id WHERE cb.commitment_id = c.id AND cb.role != 'lead'),"
    " c.region_code, c.deadline_text, c.deadline_date, c.deadline_precision, c.metric,"
    " c.comparator, c.value, c.unit, c.status,"
    " (SELECT p.note FROM progress_entry p WHERE p.commitment_id = c.id"
    "  ORDER BY p.date DESC, p.id DESC LIMIT 1),"
    " (SELECT max(p.date) FROM progress_entry p WHERE p.commitment_id = c.id),"
    " d.title,"
    " (SELECT group_concat(t.name, '；') FROM commitment_tag ct JOIN tag t ON t.id ="
    "  ct.tag_id WHERE ct.commitment_id = c.id), c.notes"
    " FROM commitment c LEFT JOIN document d ON d.id = c.document_id"
    " ORDER BY c.deadline_date NULLS LAST, c.id")


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as handle:
        for text in handle:
            if text.startswith(field + ":"):
                return int(text.split()[1])
    return 0


def _reset_peak() -> None:
    """Start the peak RSS (VmHWM) afresh: a spawned child inherits its parent's high-water
    mark through fork, so ru_maxrss would report the parent's peak (Linux: writing 5 to
    clear_refs resets it)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def _peak_kib() -> int:
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _rss_kib() -> int:
    return _status_kib("VmRSS")


def _export_child(kind: str, path: Path, queue) -> None:
    out = Path(tempfile.mkdtemp()) / f"out.{'xlsx' if kind == 'xlsx' else 'csv'}"
    if kind == "floor":
        conn = raw_connection(path)
        _reset_peak()
        before = _rss_kib()
        t, c = time.perf_counter(), time.process_time()
        with out.open("w", encoding="utf-8", newline="") as handle:
            handle.write("\ufeff")
            writer = csv.writer(handle)
            cursor = conn.execute(FLOOR_SQL)
            n = 0
            while chunk := cursor.fetchmany(2048):
                writer.writerows(chunk)
                n += len(chunk)
    else:
        from tracker.services import ledger
        from tracker.services.context import AppContext

        ctx = AppContext.open(path)
        ctx.gazetteer
        _reset_peak()
        before = _rss_kib()
        t, c = time.perf_counter(), time.process_time()
        n = ledger.export_ledger(ctx, out, kind)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    queue.put((wall, cpu, (_peak_kib() - before) / 1024, out.stat().st_size / 1e6, n))


def _in_child(kind: str, path: Path) -> tuple[float, float, float, float, int]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_export_child, args=(kind, path, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def bench_export(path: Path, repeats: int, xlsx: bool) -> None:
    print(f"\nexport (a child process each; peak RSS growth over the write) — {load()}",
          flush=True)
    runs = {kind: [] for kind in ("floor", "csv")}
    for _ in range(max(1, repeats // 2)):
        for kind in runs:
            runs[kind].append(_in_child(kind, path))
    best = {kind: min(r[0] for r in rs) for kind, rs in runs.items()}
    for kind, rs in runs.items():
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        peak = max(r[2] for r in rs)
        name = "stdlib floor (SQL → csv.writer)" if kind == "floor" else "CSV export (ledger)"
        print(f"  {name:34} {wall:7.2f} s (cpu {cpu:6.2f} s, best {best[kind]:6.2f} s) "
              f"peak +{peak:6.1f} MiB  {rs[0][3]:6.1f} MB, {rs[0][4]:,} rows", flush=True)
    print(f"  CSV export / floor: median {statistics.median(r[0] for r in runs['csv']) / statistics.median(r[0] for r in runs['floor']):.2f}×, "
          f"best {best['csv'] / best['floor']:.2f}×  (target ≤ 1.20×, peak growth < 50 MiB)")
    # on a loaded machine the wall times wander with the other processes; CPU time does less
    cpu_ratio = (statistics.median(r[1] for r in runs['csv'])
                 / statistics.median(r[1] for r in runs['floor']))
    print(f"  CSV export / floor in CPU time: median {cpu_ratio:.2f}×")
    if xlsx:
        wall, cpu, peak, size, n = _in_child("xlsx", path)
        print(f"  {'XLSX export (write-only)':34} {wall:7.2f} s (cpu {cpu:6.2f} s) "
              f"peak +{peak:6.1f} MiB  {size:6.1f} MB, {n:,} rows")
    print(f"  ({load()})")


def bench_overview(path: Path, repeats: int) -> None:
    from tracker.domain.filters import CommitmentFilter
    from tracker.services import overview as ov
    from tracker.services.context import AppContext

    print(f"\noverview (services.overview.compute) — {load()}", flush=True)
    raw = raw_connection(path)
    base = timed2(lambda: raw.execute(
        "SELECT region_code, status, count(*) FROM commitment GROUP BY region_code, status"
    ).fetchall(), repeats)
    base_themes = timed2(lambda: raw.execute(
        "SELECT c.region_code, ct.tag_id, count(*) FROM commitment_tag ct JOIN commitment c"
        " ON c.id = ct.commitment_id GROUP BY c.region_code, ct.tag_id").fetchall(), repeats)
    raw.close()
    ctx = AppContext.open(path)
    ctx.gazetteer
    ms, cpu, _ = timed(lambda: ov.compute(ctx, CommitmentFilter(), with_themes=False), repeats)
    line("overview without the matrix", ms, cpu, base, "raw GROUP BY")
    ms, cpu, _ = timed(lambda: ov.compute(ctx, CommitmentFilter()), repeats)
    line("overview with the themes matrix", ms, cpu, (base[0] + base_themes[0],
         base[1] + base_themes[1]), "raw 2×GROUP BY",
         target=TARGETS["overview"])
    # a filter: no tallies for it, the counts are GROUP BYs over the filtered rows
    f = CommitmentFilter(theme="水")
    raw = raw_connection(path)
    within = ("c.id IN (SELECT ct.commitment_id FROM commitment_tag ct JOIN tag t ON"
              " t.id = ct.tag_id WHERE t.name = '水')")
    base_f = timed2(lambda: raw.execute(
        f"SELECT region_code, status, count(*) FROM commitment c WHERE {within}"
        " GROUP BY region_code, status").fetchall(), repeats)
    region = CommitmentFilter(region_code="360000")
    base_r = timed2(lambda: (raw.execute(
        "SELECT region_code, status, count(*) FROM commitment WHERE region_code >= '36'"
        " AND region_code < '37' GROUP BY region_code, status").fetchall(), raw.execute(
        "SELECT c.region_code, ct.tag_id, count(*) FROM commitment_tag ct JOIN commitment c"
        " ON c.id = ct.commitment_id WHERE c.region_code >= '36' AND c.region_code < '37'"
        " GROUP BY c.region_code, ct.tag_id").fetchall()), repeats)
    raw.close()
    ms, cpu, _ = timed(lambda: ov.compute(ctx, f), repeats)
    line("overview + matrix, theme 水 (filter)", ms, cpu, base_f, "raw GROUP BY",
         target=TARGETS["overview"])
    ms, cpu, _ = timed(lambda: ov.compute(ctx, region), repeats)
    line("overview + matrix, region 360000", ms, cpu, base_r, "raw 2×GROUP BY",
         target=TARGETS["overview"])
    ctx.close()
    print(f"  ({load()})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", choices=("table", "export", "overview"), action="append")
    parser.add_argument("--xlsx", action="store_true", help="also time the XLSX export")
    args = parser.parse_args()
    print(f"bench_scale: {args.rows:,} commitments — {load()}")
    path = ensure_database(args.rows)
    parts = args.only or ["table", "export", "overview"]
    if "table" in parts:
        bench_table(path, args.repeats)
    if "overview" in parts:
        bench_overview(path, args.repeats)
    if "export" in parts:
        bench_export(path, args.repeats, args.xlsx)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
