"""Time from starting `tracker` to a painted window, and to the library being ready.

    python bench/bench_startup.py [--runs 5] [--platform offscreen|xcb]

Launches `python -m tracker` with TRACKER_STARTUP_PROBE=1 (the window prints wall-clock
stamps at its first paint and when the database is open, then closes itself).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
    return float(stamps["first_paint_at"]) - started, float(stamps["ready_at"]) - started


def one_run(db: Path, platform: str) -> tuple[float, float]:
    return probe_window([sys.executable, "-m", "tracker", "--db", str(db)],
                        dict(os.environ, QT_QPA_PLATFORM=platform), cwd=ROOT)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--platform", default="offscreen")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        one_run(db, args.platform)  # creates the database; later runs open an existing one
        runs = [one_run(db, args.platform) for _ in range(args.runs)]
    paint = [r[0] for r in runs]
    ready = [r[1] for r in runs]
    print(f"first paint: median {statistics.median(paint) * 1000:.0f} ms "
          f"(min {min(paint) * 1000:.0f}, max {max(paint) * 1000:.0f}) over {args.runs} runs")
    print(f"library ready: median {statistics.median(ready) * 1000:.0f} ms "
          f"(min {min(ready) * 1000:.0f}, max {max(ready) * 1000:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
