"""Benchmark of the reader on a large document (run by hand, offscreen).

    .venv/bin/python bench/bench_reader.py [--chars 1000000] [--highlights 2000] [--runs 5]

Stores one document of about a megabyte of Chinese text (the five demo documents repeated,
with a 𠮷 every few thousand characters so UTF-16 and code points differ) and 2,000
commitments over it (every tenth overlapping its neighbour) in a fresh database, then in
the real main window:

- time to first paint: from `open_document` (read the document through the services, lay
  out the text) until the text viewport has painted once (a synchronous repaint);
- highlights painted: until the 2,000 commitments, read in a background thread, are in the
  list and the highlights on screen have been painted;
- scrolling through: page by page from top to bottom, each page painted, so the whole text
  gets laid out; total, mean and p95 per page;
- clicking through commitments: select the next commitment (list, highlight, editor);
- reviewing: reject a suggestion (taken out of the queue at once; the queue worked out
  again in the background).

The suggestions for the document are computed in the background thread as in the app;
the scroll is timed after they have arrived (their time is reported too).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))  # shot.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def p95(xs):
    return sorted(xs)[max(0, int(len(xs) * 0.95) - 1)]


def make_text(chars: int) -> str:
    samples = sorted((ROOT / "tracker" / "resources" / "samples").glob("*.txt"))
    body = "\n".join(p.read_text(encoding="utf-8") for p in samples)
    out, n = [], 0
    while n < chars:
        chunk = body + "\n𠮷\n"
        out.append(chunk)
        n += len(chunk)
    return "".join(out)[:chars]


def seed(ctx, text: str, n_highlights: int) -> int:
    from tracker.domain.model import Commitment, Document, Kind
    from tracker.domain.spans import Span
    from tracker.storage import repos

    kinds = list(Kind)
    with ctx.db.session() as session:
        doc = repos.add_document(session, Document(title="大文档基准测试", text=text,
                                                   text_sha256="bench"), b"")
        step = len(text) // n_highlights
        for i in range(n_highlights):
            start = i * step + (step // 2 if i % 10 else -10 if i else 0)
            start = max(0, start)
            end = min(len(text), start + 20 + (i * 7) % 40)
            repos.add_commitment(session, Commitment(
                document_id=doc.id, span=Span.of(text, start, end), kind=kinds[i % 4]))
    return doc.id


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--highlights", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from shot import ShotWindow   # tools/shot.py: the real window, offscreen, temp settings

    from tracker.ui.reader.keys import RecordKey

    shot = ShotWindow(1400, 880)
    app, window, ctx = shot.app, shot.window, shot.ctx
    doc_id = seed(ctx, make_text(args.chars), args.highlights)
    window.attach(ctx)
    page = window.pages[0]
    app.processEvents()

    paints, shown = [], []
    for run in range(args.runs):
        page.doc = None  # open afresh each run
        t0 = time.perf_counter()
        window.ui.events.open_document.emit(doc_id, -1, -1)
        page.view.viewport().repaint()
        paints.append((time.perf_counter() - t0) * 1000)
        while not page.loaded:  # the commitments come from a background thread
            app.processEvents()
            time.sleep(0.001)
        page.view.viewport().repaint()
        shown.append((time.perf_counter() - t0) * 1000)
        if run < args.runs - 1:
            # let the background suggestions of this run finish before the next one
            while page.review._state == "busy":
                app.processEvents()
                time.sleep(0.005)

    t0 = time.perf_counter()
    while page.review._state == "busy":
        app.processEvents()
        time.sleep(0.005)
    suggest_s = time.perf_counter() - t0
    doc_text = page.doc.text
    utf8_mb = len(doc_text.encode("utf-8")) / 1e6

    bar = page.view.verticalScrollBar()
    bar.setValue(0)
    page.view.viewport().repaint()
    steps = []
    t_all = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.view.viewport().repaint()
        steps.append((time.perf_counter() - t0) * 1000)
        app.processEvents()
        if bar.value() >= bar.maximum():
            break
    scroll_s = time.perf_counter() - t_all

    clicks = []
    for c in page.commitments[:200]:
        t0 = time.perf_counter()
        page.select(RecordKey.commitment(c.id))
        page.view.viewport().repaint()
        clicks.append((time.perf_counter() - t0) * 1000)

    reviews = []
    for _ in range(5):
        if not page.suggestions:
            break
        page.select(RecordKey.suggestion(0))
        t0 = time.perf_counter()
        page.reviewing.reject_suggestion()
        page.view.viewport().repaint()
        taken_out = (time.perf_counter() - t0) * 1000
        while page.review._state == "busy":
            app.processEvents()
            time.sleep(0.001)
        reviews.append((taken_out, (time.perf_counter() - t0) * 1000))

    print(f"document: {len(doc_text):,} characters ({utf8_mb:.2f} MB UTF-8), "
          f"{len(page.commitments):,} commitments highlighted, "
          f"{len(page.suggestions):,} suggestions")
    print(f"time to first paint: median {statistics.median(paints):.0f} ms, "
          f"min {min(paints):.0f} ms, max {max(paints):.0f} ms over {len(paints)} opens "
          f"(target ≤ 200 ms)")
    print(f"highlights painted (2,000 commitments loaded in the background, list, "
          f"highlights): median {statistics.median(shown):.0f} ms, min {min(shown):.0f} ms, "
          f"max {max(shown):.0f} ms")
    print(f"scroll through: {len(steps)} pages in {scroll_s:.2f} s; per page mean "
          f"{statistics.mean(steps):.1f} ms, p95 {p95(steps):.1f} ms, max {max(steps):.1f} ms")
    print(f"select a commitment (list + highlight + editor + repaint): median "
          f"{statistics.median(clicks):.1f} ms, p95 {p95(clicks):.1f} ms")
    print(f"suggestions (background thread, after the last open): {suggest_s:.2f} s")
    if reviews:
        print(f"reject a suggestion: out of the queue in median "
              f"{statistics.median(r[0] for r in reviews):.0f} ms, queue confirmed in median "
              f"{statistics.median(r[1] for r in reviews):.0f} ms ({len(reviews)} rejects)")
    shot.close(60000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
