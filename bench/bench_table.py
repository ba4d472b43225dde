"""Benchmark of the commitments table over a generated library (run by hand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_table.py [--rows 100000] [--db PATH]

Builds a library of ROWS commitments (skipped when the database already holds them):
200 documents, regions across four provinces and their cities and counties, 600 bodies,
20 themes, statuses and deadlines spread over 2020–2035, a progress entry on a third.
Then, with the real TablePage (offscreen) on that database:

- open: build the page (filter choices, count, ids in deadline order) and paint it;
- filter keystroke: one character typed into the words box (the debounce skipped), the
  ids asked again and the table repainted; also a region and an overdue-only change;
- sort: a click on a column header (ids ordered in SQL) and the repaint, per column;
- scroll: jump to the end of the table and paint (a block of rows loaded by ids);
- CSV export of every row (services.ledger.export_ledger, all lossless columns);
- memory: the process's resident set after opening, and its peak.

Each timing is repeated (default 5) and the median and worst are shown.
Targets: open ≤ 500 ms, keystroke ≤ 100 ms, sort ≤ 300 ms, CSV export ≤ 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tracker.domain.model import Kind, Status

PROVINCES = ("360000", "140000", "500000", "220000")
WORDS = ("生态环境", "优良水体", "黑臭水体", "污水处理", "垃圾分类", "碳达峰", "碳汇", "湿地保护",
         "大气污染", "臭氧", "土壤修复", "固体废物", "河长制", "国家公园", "排污许可", "清洁能源",
         "散煤", "机动车", "工业园区", "饮用水源地", "农村人居环境", "长江保护", "秸秆综合利用")
VERBS = ("全面完成", "加快推进", "建成", "实施", "力争实现", "确保完成", "开展", "深入推进")
THEMES = ("水", "大气", "土壤", "固废", "双碳", "生态保护", "农村", "城市", "能源", "交通",
          "工业", "督察整改", "河湖", "森林", "草原", "湿地", "海洋", "噪声", "辐射", "监测")


def _regions(gaz) -> list[str]:
    codes: list[str] = []
    for province in PROVINCES:
        codes.append(province)
        for city in gaz.children(province)[:6]:
            codes.append(city.code)
            codes.extend(c.code for c in gaz.children(city.code)[:4])
    return codes


def build(db_path: Path, rows: int, seed: int = 7) -> None:
    from tracker.geo import Gazetteer
    from tracker.storage import repos
    from tracker.storage.migrate import open_database

    db = open_database(db_path)
    with db.engine.begin() as conn:
        have = conn.exec_driver_sql("SELECT count(*) FROM commitment").scalar_one()
    if have >= rows:
        db.close()
        return
    rnd = random.Random(seed)
    gaz = Gazetteer.default()
    regions = _regions(gaz)
    began = time.perf_counter()
    from sqlmodel import Session

    with Session(db.engine) as session:
        for code in regions:
            repos.ensure_regions(session, gaz.path(code))
        session.commit()
    now = "2026-01-01 00:00:00"
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO document (id, uuid, title, text, source_format, sha256, text_sha256,"
            " doc_type, script, region_code, imported_at, updated_at) VALUES"
            " (?, ?, ?, ?, 'txt', '', '', 'plan', 'simplified', ?, ?, ?)",
            [(d, f"doc-{d:08d}", f"第{d}号生态环境保护规划（{rnd.choice(WORDS)}）",
              "正文" * 50, rnd.choice(regions), now, now) for d in range(1, 201)])
        cur.executemany("INSERT INTO body (id, uuid, name) VALUES (?, ?, ?)",
                        [(b, f"body-{b:08d}", f"第{b}{rnd.choice(('局', '委', '办', '厅'))}")
                         for b in range(1, 601)])
        cur.executemany("INSERT INTO tag (id, uuid, name) VALUES (?, ?, ?)",
                        [(t, f"tag-{t:08d}", name) for t, name in enumerate(THEMES, 1)])
        statuses = [s.value for s in Status]
        kinds = [k.value for k in Kind]
        start = date(2020, 1, 1)
        commitments, bodies, tags, progress = [], [], [], []
        for i in range(1, rows + 1):
            quote = (f"到{2020 + i % 16}年底，{rnd.choice(VERBS)}{rnd.choice(WORDS)}"
                     f"{rnd.choice(WORDS)}工作，第{i}项")
            has_deadline = rnd.random() < 0.85
            deadline = (start + timedelta(days=rnd.randrange(5800))).isoformat() \
                if has_deadline else None
            commitments.append((
                i, f"00000000-0000-4000-8000-{i:012d}", rnd.randrange(1, 201), 0, len(quote),
                quote, "", "", rnd.choice(kinds), "年底前" if deadline else None, deadline,
                "day" if deadline else None, rnd.choice(regions), "manual",
                rnd.choice(statuses), "", now, now))
            lead = rnd.randrange(1, 601)
            bodies.append((i, lead, "lead", 0))
            if rnd.random() < 0.4:
                support = rnd.randrange(1, 601)
                if support != lead:
                    bodies.append((i, support, "support", 1))
            for t in rnd.sample(range(1, len(THEMES) + 1), rnd.randrange(0, 3)):
                tags.append((i, t))
            if rnd.random() < 0.33:
                progress.append((f"prog-{i:012d}", i, "2026-03-01", rnd.choice(statuses),
                                 "按序时推进", "none", now))
        cur.executemany(
            "INSERT INTO commitment (id, uuid, document_id, start, end, quote, prefix, suffix,"
            " kind, deadline_text, deadline_date, deadline_precision, region_code, origin,"
            " status, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", commitments)
        cur.executemany("INSERT INTO commitment_body (commitment_id, body_id, role, position)"
                        " VALUES (?, ?, ?, ?)", bodies)
        cur.executemany("INSERT INTO commitment_tag (commitment_id, tag_id) VALUES (?, ?)", tags)
        cur.executemany("INSERT INTO progress_entry (uuid, commitment_id, date, status, note,"
                        " evidence_kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", progress)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.close()
    print(f"built {rows:,} commitments in {time.perf_counter() - began:.1f} s", flush=True)


def _rss_mib() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Clock:
    """Wall time in ms; the CPU time of the same spans is kept beside it (a shared machine
    adds waiting to wall time, not to CPU time)."""

    def __init__(self) -> None:
        self.cpu: list[float] = []

    def __enter__(self):
        self.began, self.began_cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc) -> None:
        self.ms = (time.perf_counter() - self.began) * 1000
        self.cpu_ms = (time.process_time() - self.began_cpu) * 1000


_CPU: list[float] = []


def _timed(fn) -> float:
    with _Clock() as clock:
        fn()
    _CPU.append(clock.cpu_ms)
    return clock.ms


def _show(name: str, times: list[float], target: float | None = None) -> None:
    med, worst = statistics.median(times), max(times)
    cpu = statistics.median(_CPU[-len(times):]) if len(_CPU) >= len(times) else float("nan")
    verdict = "" if target is None else ("  ok" if med <= target else f"  OVER {target:.0f} ms")
    print(f"{name:36} median {med:7.1f} ms  worst {worst:7.1f} ms  (cpu {cpu:7.1f} ms)"
          f"{verdict}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None,
                        help="default: bench/out/table_ROWS.db (built once, then reused)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if args.db is None:
        args.db = Path(__file__).resolve().parent / "out" / f"table_{args.rows}.db"
        args.db.parent.mkdir(parents=True, exist_ok=True)
    build(args.db, args.rows)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from tracker.services import ledger
    from tracker.services.context import AppContext
    from tracker.ui.context import UiContext
    from tracker.ui.events import Events
    from tracker.ui.table import TablePage
    from tracker.ui.table.model import COLUMNS
    from tracker.ui.tasks import TaskRunner

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "ini"))
    app = QApplication.instance() or QApplication([])
    ctx = AppContext.open(args.db)
    ctx.gazetteer  # loaded once, as the window does before pages are built
    rss_before = _rss_mib()

    def painted(widget) -> None:
        # a large register is queried off the GUI thread: wait for the newest answer
        while pages and pages[-1].model.pending:
            app.processEvents()
            time.sleep(0.0005)
        widget.repaint()
        app.processEvents()

    pages = []
    opens = []
    for _ in range(args.repeats):
        def open_page() -> None:
            ui = UiContext(ctx, QUndoStack(), TaskRunner(), Events(), QSettings())
            page = TablePage(ui)
            page.resize(1300, 800)
            page.show()
            painted(page)
            pages.append(page)
        opens.append(_timed(open_page))
    page = pages[-1]
    for other in pages[:-1]:
        other.close()
        other.deleteLater()
    app.processEvents()
    rss_open = _rss_mib()
    print(f"{page.model.rowCount():,} rows shown of {page._total:,}")
    _show("open the table", opens, 500)

    def keystroke(text: str) -> float:
        def run() -> None:
            page.filters.text.setText(text)
            page.filters._now()               # what the end of the typing pause does
            painted(page.view.viewport())
        return _timed(run)

    words = ["水", "水体", "水", "", "碳", "碳达峰", "碳", ""]
    times = [keystroke(w) for w in words * max(1, args.repeats // 2)]
    _CPU[:] = _CPU[-len(times):]
    _show("filter keystroke (words box)", times, 100)
    print(f"    rows after “碳达峰”: {(keystroke('碳达峰'), page.model.rowCount())[1]:,}")
    keystroke("")

    f = page.filters
    times = []
    for _ in range(args.repeats):
        for code in ("360000", "140000", None):
            times.append(_timed(lambda: (f.region.setCurrentIndex(max(f.region.findData(code), 0)),
                                         painted(page.view.viewport()))))
    _show("filter: region (with sub-regions)", times, 100)
    times = []
    for _ in range(args.repeats):
        for checked in (True, False):
            times.append(_timed(lambda: (f.overdue.setChecked(checked),
                                         painted(page.view.viewport()))))
    _show("filter: overdue only on/off", times, 100)

    for key in ("quote", "status", "deadline", "lead", "region", "document", "last_update",
                "themes"):
        times = []
        for n in range(args.repeats):
            order = Qt.SortOrder.DescendingOrder if n % 2 == 0 else Qt.SortOrder.AscendingOrder
            times.append(_timed(lambda: (page.view.sortByColumn(COLUMNS.index(key), order),
                                         painted(page.view.viewport()))))
        _show(f"sort by {key}", times, 300)

    times = []
    for n in range(args.repeats):
        move = page.view.scrollToBottom if n % 2 == 0 else page.view.scrollToTop
        times.append(_timed(lambda: (move(), painted(page.view.viewport()))))
    _show("scroll to the other end and paint", times, None)

    out = tmp / "all.csv"
    times = []
    written = []
    for _ in range(max(1, args.repeats // 2)):
        times.append(_timed(lambda: written.append(
            ledger.export_ledger(ctx, out, "csv", ids=page.shown_ids()))))
    _show(f"CSV export of {written[-1]:,} rows", times, 2000)
    print(f"    file: {out.stat().st_size / 1e6:.1f} MB")
    print(f"memory: RSS {rss_before:.0f} MiB before the page, {rss_open:.0f} MiB with it open "
          f"({rss_open - rss_before:+.0f} MiB), {_rss_mib():.0f} MiB at the end; "
          f"peak {_peak_mib():.0f} MiB")
    page.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
