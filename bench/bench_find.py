"""Benchmark of Ctrl+F in the reader on a large document (run by hand, offscreen).

    .venv/bin/python bench/bench_find.py [--chars 1000000] [--highlights 2000] [--runs 5]

The document of bench_reader.py (about a megabyte of Chinese text with a 𠮷 every few
thousand characters, 2,000 commitments highlighted), opened in the real main window.
Measures:

- find_in_text alone (the matching, as the worker thread runs it), cold (the first call
  loads the fold table) and warm, for a rare, a common and a one-character query;
- in the window: from setting the query to the matches shown (worker thread, count,
  first match scrolled to, highlights near the screen, one synchronous repaint);
- next match (Enter/F3) with its repaint, over the many matches of the common query.
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

QUERIES = ["黑臭水體", "生态环境", "的"]   # rare (Traditional), common, one common character


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--highlights", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from bench.bench_reader import make_text, p95, seed

    from tracker.services.search import find_in_text

    text = make_text(args.chars)
    t0 = time.perf_counter()
    find_in_text(text, QUERIES[0])
    cold = (time.perf_counter() - t0) * 1000
    print(f"text: {len(text):,} characters ({len(text.encode('utf-8')) / 1e6:.2f} MB UTF-8)")
    print(f"find_in_text cold (loads the fold table): {cold:.0f} ms")
    for q in QUERIES:
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            spans = find_in_text(text, q)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"find_in_text {q!r}: {len(spans):,} matches, median "
              f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms")

    from shot import ShotWindow   # tools/shot.py: the real window, offscreen, temp settings

    shot = ShotWindow(1400, 880)
    app, window, ctx = shot.app, shot.window, shot.ctx
    doc_id = seed(ctx, text, args.highlights)  # the text find_in_text was timed on
    window.attach(ctx)
    page = window.pages[0]
    window.ui.events.open_document.emit(doc_id, -1, -1)
    while not page.loaded or page.review._state == "busy":
        # the suggestions are worked out in the background after opening; they hold the
        # GIL for seconds on a 1 MB text, so timings are taken once they are in
        app.processEvents()
        time.sleep(0.001)
    bar = page.find
    page.act_find.trigger()

    for q in QUERIES:
        shown = []
        for _ in range(args.runs):
            bar.field.setText("")
            bar.run()
            page.view.moveCursor(page.view.textCursor().MoveOperation.Start)
            bar._anchor = 0
            t0 = time.perf_counter()
            bar.field.setText(q)
            bar.run()                       # what the debounce timer or Enter calls
            while bar.busy:
                app.processEvents()
                time.sleep(0.0005)
            page.view.viewport().repaint()
            shown.append((time.perf_counter() - t0) * 1000)
        steps = []
        for _ in range(min(300, len(bar.matches))):
            t0 = time.perf_counter()
            bar.next()
            page.view.viewport().repaint()
            steps.append((time.perf_counter() - t0) * 1000)
        print(f"window {q!r}: {bar.count.text()} after {len(steps)} steps; matches shown in "
              f"median {statistics.median(shown):.0f} ms (max {max(shown):.0f}); next match "
              f"+ repaint median {statistics.median(steps):.1f} ms, p95 {p95(steps):.1f} ms, "
              f"max {max(steps):.1f} ms")
    shot.close(60000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
