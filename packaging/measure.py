"""Start-up figures of the built bundle (run packaging/build.py first).

    python packaging/measure.py [--runs 5] [--platform offscreen]

- bundle size (files, symlinks not counted twice);
- `tracker --self-test`: wall time from launch to exit (the whole self-test);
- the window: wall time from launch to the first paint and to the library being ready,
  via TRACKER_STARTUP_PROBE (the window prints time stamps and closes itself).

The first run of each kind is reported apart: it is the coldest one (the bundle's files
not yet in the page cache). When run as root on Linux the page cache is dropped before it
(/proc/sys/vm/drop_caches), so it is a true cold start; otherwise it says so.
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
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))
from build import bundle_dir, executable, folder_size  # noqa: E402 - after the path is set

from bench.bench_startup import probe_window  # noqa: E402 - after the path is set


def drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def self_test_run(exe: Path, env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                          timeout=300)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the self-test failed:\n{done.stdout}{done.stderr}")
    return took


def window_run(exe: Path, env: dict, db: Path) -> tuple[float, float]:
    return probe_window([str(exe), "--db", str(db)], env, timeout=300)


def ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, "
            f"max {max(values) * 1000:.0f}, {len(values)} runs)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--platform", default="offscreen")
    args = ap.parse_args()
    exe = executable("tracker-cli") if sys.platform == "win32" else executable()
    if not exe.exists():
        print(f"{exe} does not exist: run packaging/build.py first", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform)
    print(f"bundle: {bundle_dir()}, {folder_size(bundle_dir()) / 1e6:.0f} MB")

    cold = "cold (page cache dropped)" if drop_page_cache() else "first (page cache not dropped)"
    first = self_test_run(exe, env)
    warm = [self_test_run(exe, env) for _ in range(args.runs)]
    print(f"--self-test, launch to exit: {cold} {first * 1000:.0f} ms; warm {ms(warm)}")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "measure.db"
        window_run(exe, env, db)  # creates the database; the runs below open it
        cold = "cold" if drop_page_cache() else "first"
        paint, ready = window_run(exe, env, db)
        runs = [window_run(exe, env, db) for _ in range(args.runs)]
    print(f"window ({args.platform}), launch to first paint: {cold} {paint * 1000:.0f} ms; "
          f"warm {ms([r[0] for r in runs])}")
    print(f"window, launch to library ready: {cold} {ready * 1000:.0f} ms; "
          f"warm {ms([r[1] for r in runs])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
