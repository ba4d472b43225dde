"""Time from starting `tracker` to a painted window, and to the library being ready.

    python bench/bench_startup.py [--runs 5] [--platform offscreen|xcb] [--docs 10000]
                                  [--db-file LIBRARY.db] [--against /path/to/main-checkout]

With --docs N (default 10,000) the library holds N documents with three commitments each,
generated once into bench/out/startup_N.db and reused (--docs 0: a new empty library).
Measured 2026-12-06 on the shared 2-core machine, 10,000 documents, 5 runs each, medians,
main and this branch in the same minutes (load average 3.2-3.7):
  library ready   main 5,238 ms (3,633-5,797)   perf18b 724 ms (601-841; 605 ms CPU)
  first paint     main 380 ms                   perf18b 439 ms (361 ms CPU)
  all pages ready main 5,238 ms                 perf18b 3,715 ms
  floor (python + PySide6 + the list read by sqlite3, no window) 290-316 ms (230-238 ms CPU)
At load average 13: main 12,903 ms, perf18b 2,097 ms (625 ms CPU), floor 569-604 ms.
start18d (the first 200 rows painted, the rest and the pages' imports off the GUI thread),
`--against` a byte-compiled export of main, /work/bench_data/startup_10000.db, 7 runs each,
medians, wall (CPU of the process):
  load 9.9-10.5   library ready  main 1,139 ms (365)  start18d 857 ms (258)  floor 580 ms (159)
                  first paint    main 635 ms (212)    start18d 676 ms (203)
                  all pages      main 6,870 ms (2,012) start18d 5,693 ms (1,898)
  load 8.7-8.8    library ready  main 1,219 ms (342)  start18d 827 ms (242)  floor 504 ms (140)
A plain `tracker` (no --db: the library in the user's data folder) at load 10.8-11.4, 5 runs:
library ready main 10,028 ms (1,566 ms CPU: the team-server setting imported SQLAlchemy and
openpyxl before the first paint), start18d 1,545 ms (278 ms CPU).

Launches `python -m tracker` with TRACKER_STARTUP_PROBE=1 (the window prints wall-clock
stamps at its first paint and when the database is open, then closes itself).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def build_library(db_path: Path, docs: int, per_doc: int = 3) -> None:
    """A library of *docs* documents (regions over the gazetteer's provinces and cities,
    dates over ten years) with *per_doc* commitments each; skipped when already built."""
    sys.path.insert(0, str(ROOT))
    import random
    from datetime import date, timedelta

    from tracker.geo import Gazetteer
    from tracker.storage import repos
    from tracker.storage.migrate import open_database

    db = open_database(db_path)
    with db.engine.begin() as conn:
        if conn.exec_driver_sql("SELECT count(*) FROM document").scalar_one() >= docs:
            db.close()
            return
    rnd = random.Random(18)
    gaz = Gazetteer.default()
    regions = []
    for province in ("360000", "140000", "500000", "220000"):
        regions.append(province)
        regions.extend(c.code for c in gaz.children(province)[:6])
    from sqlmodel import Session

    with Session(db.engine) as session:
        for code in regions:
            repos.ensure_regions(session, gaz.path(code))
        session.commit()
    now = "2026-01-01 00:00:00"
    start = date(2016, 1, 1)
    with db.engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        cur.executemany(
            "INSERT INTO document (id, uuid, title, text, source_format, sha256, text_sha256,"
            " doc_type, script, region_code, doc_date, imported_at, updated_at) VALUES"
            " (?, ?, ?, ?, 'txt', '', '', 'plan', 'simplified', ?, ?, ?, ?)",
            [(d, f"doc-{d:08d}", f"第{d}号生态环境保护规划", "到2025年底，全面完成整治。" * 20,
              rnd.choice(regions), (start + timedelta(days=rnd.randrange(3650))).isoformat(),
              now, now) for d in range(1, docs + 1)])
        quote = "到2025年底，全面完成整治"
        cur.executemany(
            "INSERT INTO commitment (uuid, document_id, start, end, quote, prefix, suffix,"
            " kind, region_code, origin, status, notes, created_at, updated_at)"
            " VALUES (?, ?, 0, ?, ?, '', '', 'task', ?, 'manual', 'not_started', '', ?, ?)",
            [(f"00000000-0000-4000-8000-{d * per_doc + k:012d}", d, len(quote), quote,
              rnd.choice(regions), now, now)
             for d in range(1, docs + 1) for k in range(per_doc)])
        conn.exec_driver_sql("ANALYZE")
    db.close()


def probe_window(command: list[str], env: dict, timeout: float = 120,
                 cwd: Path | None = None) -> tuple[float, float]:
    """Run *command* (a window started on a database) with TRACKER_STARTUP_PROBE=1: seconds
    from launch to its first paint and to the library being ready. packaging/measure.py
    times the built bundle with it too."""
    env = dict(env, TRACKER_STARTUP_PROBE="1")
    started = time.time()
    out = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                         timeout=timeout).stdout
    stamps = dict(line.split("=", 1) for line in out.split() if "=" in line)
    # the library is ready when its list has painted (library_at), which may come before
    # the pages (ready_at); a window without that stamp is ready with its pages
    library = stamps.get("library_at", stamps["ready_at"])
    return float(stamps["first_paint_at"]) - started, float(library) - started


def probe_stamps(command: list[str], env: dict, cwd: Path | None = None) -> dict[str, float]:
    """Seconds from launch to each stamp the window prints (first_paint, library, ready)."""
    env = dict(env, TRACKER_STARTUP_PROBE="1")
    started = time.time()
    out = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                         timeout=120).stdout
    stamps = {}
    for key, value in (word.split("=", 1) for word in out.split() if "=" in word):
        if key.endswith("_at"):
            stamps[key.removesuffix("_at")] = float(value) - started
        elif key.endswith("_cpu"):  # CPU seconds of the window process by then
            stamps[key] = float(value)
    return stamps


def one_run(db: Path, platform: str, tree: Path = ROOT, config: Path | None = None
            ) -> dict[str, float]:
    """One start of the window of *tree* (its own tracker package first on the path) on
    *db*, with its settings in *config* (never the user's) when given."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(tree))
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return probe_stamps([sys.executable, "-m", "tracker", "--db", str(db)], env, cwd=tree)


FLOOR = ("import sqlite3, sys\nfrom PySide6.QtWidgets import QApplication\n"
         "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT id, title, doc_date FROM document'"
         " ' ORDER BY doc_date DESC').fetchall()")


def compile_tree(tree: Path) -> None:
    """Byte-compile the tree's package, as an install does (pip writes the .pyc files):
    with PYTHONDONTWRITEBYTECODE set, a source tree would otherwise compile every module
    on every start (~60 ms more CPU), which no user pays."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "tracker")],
                   check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--platform", default="offscreen")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--db-file", type=Path,
                    help="start on a copy of this library instead of a generated one")
    ap.add_argument("--against", type=Path,
                    help="another tree (a checkout of main) timed in the same runs, "
                         "alternating with this one, each on its own copy of the library")
    args = ap.parse_args()
    trees = {"this tree": ROOT}
    if args.against is not None:
        trees["against"] = args.against.resolve()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs, "
          f"{args.docs:,} documents", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        if args.db_file is not None:
            source = args.db_file
        elif args.docs:
            OUT.mkdir(exist_ok=True)
            source = OUT / f"startup_{args.docs}.db"
            build_library(source, args.docs)
        else:
            source = None
        dbs, configs = {}, {}
        for n, (name, tree) in enumerate(trees.items()):
            compile_tree(tree)
            dbs[name] = Path(tmp) / f"library{n}.db"
            configs[name] = Path(tmp) / f"config{n}"
            if source is not None:  # each tree its copy: the first run may upgrade it
                shutil.copyfile(source, dbs[name])
            one_run(dbs[name], args.platform, tree, configs[name])  # creates or upgrades
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        order = list(trees)
        for i in range(args.runs):
            for name in order if i % 2 == 0 else order[::-1]:
                runs[name].append(one_run(dbs[name], args.platform, trees[name],
                                          configs[name]))
        floor, floor_cpu = [], []
        for _ in range(args.runs):
            t, c = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", FLOOR, str(dbs["this tree"])], check=True,
                           cwd=ROOT)
            floor.append(time.perf_counter() - t)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            floor_cpu.append(after.ru_utime + after.ru_stime - c.ru_utime - c.ru_stime)
    for name, tree in trees.items():
        print(f"{name} ({tree}):")
        for stamp, label in (("first_paint", "first paint"),
                             ("library", "library ready (list painted)"),
                             ("ready", "all pages ready")):
            values = [r.get(stamp, r["ready"]) for r in runs[name]]
            cpu = [r.get(stamp + "_cpu", r.get("ready_cpu", float("nan"))) for r in runs[name]]
            print(f"  {label}: median {statistics.median(values) * 1000:.0f} ms "
                  f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}) over "
                  f"{args.runs} runs; CPU of the process by then "
                  f"{statistics.median(cpu) * 1000:.0f} ms")
    print(f"floor (python + PySide6 QtWidgets + sqlite3 list read, no window): median "
          f"{statistics.median(floor) * 1000:.0f} ms; CPU {statistics.median(floor_cpu) * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.2f} after the runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
