"""Benchmark of the status overview (run by hand).

    .venv/bin/python bench/bench_overview.py [--commitments 100000] [--db /tmp/bench_overview.db]

Builds a register (skipped when the database already holds it) of N commitments over
3,000 real divisions of the shipped gazetteer (its 2,845 counties and 155 prefectures),
skewed so that some regions have many commitments and most have few, with deadlines
from 2021 to 2030 (10 % without), all seven statuses, 0–2 of 12 themes and one of 300
bodies each. Then it times, median and p95 of repeated runs:

- compute: the counts (per region, per deadline × status, and region × theme for the
  matrix: from the tallies the triggers keep for the whole register, by GROUP BY under a
  filter) and the roll-up over the gazetteer tree, unfiltered and with filters (period,
  theme, body); each part's GROUP BY beside its read of the tallies;
- paint: the overview page given that overview (tree model reset and expand, charts and
  matrix at the county level) and rendered offscreen with QWidget.grab();
- end to end: page.refresh() on the task runner until the page shows the new overview.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tracker.domain.filters import CommitmentFilter
from tracker.domain.model import RegionLevel, Status
from tracker.geo import Gazetteer
from tracker.services import overview as ov
from tracker.services import drill
from tracker.services.context import AppContext

THEMES = ["水环境", "大气", "双碳", "生态保护", "督察整改", "土壤固废", "农村环境", "海洋",
          "噪声", "核与辐射", "生物多样性", "环评审批"]
STATUS_WEIGHTS = {Status.NOT_STARTED: 20, Status.ON_TRACK: 30, Status.AT_RISK: 10,
                  Status.ACHIEVED: 25, Status.MISSED: 6, Status.SUPERSEDED: 3, Status.UNKNOWN: 6}


def regions(gaz: Gazetteer) -> list[str]:
    counties = [r.code for r in gaz if r.level is RegionLevel.COUNTY]
    prefectures = [r.code for r in gaz if r.level is RegionLevel.PREFECTURE]
    return (counties + prefectures)[:3000]


def build(ctx: AppContext, n: int) -> None:
    with ctx.db.engine.begin() as conn:
        have = conn.exec_driver_sql("SELECT count(*) FROM commitment").scalar_one()
    if have >= n:
        print(f"register: {have} commitments already in {ctx.db.path}")
        return
    began = time.perf_counter()
    gaz = ctx.gazetteer
    codes = regions(gaz)
    rnd = random.Random(6)
    weights = [rnd.paretovariate(1.2) for _ in codes]
    statuses, status_w = zip(*STATUS_WEIGHTS.items())
    region_rows = {}
    for code in codes:
        for r in gaz.path(code):
            region_rows[r.code] = (r.code, r.name, r.level.value, r.parent_code)
    picked = rnd.choices(codes, weights, k=n)
    rows, tags, bodies = [], [], []
    for i, code in enumerate(picked, 1):
        deadline = None
        if rnd.random() > 0.1:
            y, m = rnd.randint(2021, 2030), rnd.choice((3, 6, 9, 12, 12, 12))
            deadline = date(y, m, 30 if m in (6, 9) else 31).isoformat()
        rows.append((i, f"bench-{i}", f"第{i}项承诺：推进重点任务落实", deadline,
                     rnd.choice(("target", "deadline", "deliverable", "duty")), code,
                     rnd.choices(statuses, status_w)[0].value))
        for t in rnd.sample(range(len(THEMES)), rnd.choice((0, 1, 1, 2))):
            tags.append((i, t + 1))
        bodies.append((i, rnd.randrange(300) + 1))
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT OR IGNORE INTO region (code, name, level, parent_code) "
                             "VALUES (?, ?, ?, ?)",
                             sorted(region_rows.values(), key=lambda r: len(r[0].rstrip("0"))))
        conn.exec_driver_sql("INSERT INTO tag (id, uuid, name) VALUES (?, ?, ?)",
                             [(i + 1, f"tag-{i}", t) for i, t in enumerate(THEMES)])
        conn.exec_driver_sql("INSERT INTO body (id, uuid, name) VALUES (?, ?, ?)",
                             [(i + 1, f"body-{i}", f"第{i + 1}责任单位") for i in range(300)])
        conn.exec_driver_sql(
            "INSERT INTO commitment (id, uuid, quote, deadline_date, kind, region_code, status,"
            " start, \"end\", prefix, suffix, origin, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, '', '', 'manual', '', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')", rows)
        conn.exec_driver_sql("INSERT INTO commitment_tag (commitment_id, tag_id) VALUES (?, ?)",
                             tags)
        conn.exec_driver_sql("INSERT INTO commitment_body (commitment_id, body_id, role, position)"
                             " VALUES (?, ?, 'lead', 0)", bodies)
        conn.exec_driver_sql("ANALYZE")
    print(f"register: {n} commitments over {len(set(picked))} of {len(codes)} regions, "
          f"{len(tags)} theme links, stored in {time.perf_counter() - began:.1f} s")


CPU: list[float] = []   # CPU time (ms) of the last timed() runs, median


def timed(fn, runs: int) -> tuple[float, float, object]:
    """Median and p95 wall time in ms, and the last result. The median CPU time of this
    thread goes to CPU[-1]: on a shared machine it shows the cost without the waiting."""
    fn()  # warm-up
    times, cpu, result = [], [], None
    for _ in range(runs):
        t, c = time.perf_counter(), time.thread_time()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    times.sort()
    CPU.append(statistics.median(cpu))
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))], result


def bench_compute(ctx: AppContext, runs: int) -> ov.Overview:
    from tracker.storage import overview_queries as q
    from tracker.storage import tallies

    today = ctx.today()
    cases = {
        "no filter": CommitmentFilter(),
        "period 2026": drill.year_filter(CommitmentFilter(), 2026),
        "theme 水环境": CommitmentFilter(theme="水环境"),
        "body 第7责任单位": CommitmentFilter(body="第7责任单位"),
    }
    print(f"\ncompute (median / p95 of {runs} runs): tree, status and quarter series; "
          f"+ themes = with the regions × themes matrix too")
    overview = None
    for name, f in cases.items():
        med, p95, o = timed(lambda f=f: ov.compute(ctx, f, with_themes=False), runs)
        cpu = CPU[-1]
        tmed, tp95, full = timed(lambda f=f: ov.compute(ctx, f), runs)
        overview = overview or full
        print(f"  {name:<16} {med:6.1f} / {p95:6.1f} ms (cpu {cpu:5.1f});  + themes "
              f"{tmed:6.1f} / {tp95:6.1f} ms (cpu {CPU[-1]:5.1f})"
              f"   ({o.total.total} commitments, {len(o.nodes)} regions)")
    med, p95, _ = timed(lambda: drill.options(ctx), runs)
    print(f"  filter choices (years, themes, bodies): {med:6.1f} / {p95:6.1f} ms")
    with ctx.db.session() as s:
        # the GROUP BYs (a filtered overview) beside the tallies (the whole register,
        # migration 0009_perf18c)
        parts = {
            "  sql per region": lambda: q.region_counts(s, CommitmentFilter(), today, 90),
            "  tallies per region": lambda: tallies.region_counts(s, today, 90),
            "  sql region×theme": lambda: q.theme_counts(s, CommitmentFilter(), today),
            "  tallies region×theme": lambda: tallies.theme_counts(s, today),
            "  sql deadline months": lambda: q.month_counts(s, CommitmentFilter(), today),
            "  tallies months": lambda: tallies.month_counts(s, today),
        }
        rows = q.region_counts(s, CommitmentFilter(), today, 90)
        for name, fn in parts.items():
            med, _p95, _ = timed(fn, runs)
            print(f"{name:<24} {med:7.1f} ms (cpu {CPU[-1]:5.1f})  load {os.getloadavg()[0]:.1f}")
    med, _p95, _ = timed(lambda: ov.roll_up(rows, ctx.gazetteer), runs)
    print(f"  {'roll-up (python)':<18} {med:7.1f} ms (cpu {CPU[-1]:5.1f})   "
          f"({len(rows)} region rows)")
    print(f"  (load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    return overview


def bench_paint(ctx: AppContext, overview: ov.Overview, runs: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from tracker.ui.context import UiContext
    from tracker.ui.events import Events
    from tracker.ui.overview import OverviewPage
    from tracker.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ui = UiContext(ctx, QUndoStack(), TaskRunner(), Events(), QSettings("bench", "overview"))
    page = OverviewPage(ui)
    page.resize(1400, 900)
    page.show()
    page.level.setCurrentIndex(page.level.findData("county"))
    deadline = time.time() + 60
    while page.overview is None and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    options = drill.options(ctx)

    def paint_tree_and_charts():
        page._arrived((options, overview))
        page.grab()

    med, p95, _ = timed(paint_tree_and_charts, runs)
    print(f"\npaint (median / p95 of {runs} runs)\n  page shows a ready overview "
          f"and renders (grab):  {med:7.1f} ms / {p95:7.1f} ms (cpu {CPU[-1]:5.1f})")
    page.views.setCurrentIndex(1)
    while not page.overview.themes_counted:
        app.processEvents()
        time.sleep(0.005)

    def paint_matrix():
        page._show_matrix()
        page.grab()

    med, p95, _ = timed(paint_matrix, runs)
    print(f"  matrix at the county level ({page.matrix_model.rowCount()} rows) and render: "
          f"{med:7.1f} ms / {p95:7.1f} ms (cpu {CPU[-1]:5.1f})")
    page.views.setCurrentIndex(0)
    med, p95, _ = timed(lambda: page.status_chart.image(1200), runs)
    print(f"  status chart to a 1200-px image:  {med:7.1f} ms / {p95:7.1f} ms "
          f"(cpu {CPU[-1]:5.1f})")

    def end_to_end():
        before = page.overview
        page.refresh()
        while page.overview is before:
            app.processEvents()
            time.sleep(0.001)
        page.grab()

    med, p95, _ = timed(end_to_end, runs)
    print(f"  end to end: refresh on the task runner → counted → shown and rendered:  "
          f"{med:7.1f} ms / {p95:7.1f} ms")
    ui.tasks.wait(10000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_overview.db"))
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    ctx = AppContext.open(args.db)
    ctx.today = lambda: date(2026, 12, 4)
    build(ctx, args.commitments)
    overview = bench_compute(ctx, args.runs)
    bench_paint(ctx, overview, args.runs)
    ctx.close()


if __name__ == "__main__":
    main()
