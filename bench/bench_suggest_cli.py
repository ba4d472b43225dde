"""What one `tracker suggest --format jsonl FILE` process costs, this tree beside another (a
baseline such as main's worktree), in the same run: the held-out scorer runs one process
per document, so start-up (imports, compiling patterns, OpenCC and gazetteer tables) counts
as much as the reading itself on a short document.

    PYTHONPATH=. .venv/bin/python bench/bench_suggest_cli.py --baseline ../main [--runs 10] [FILE]

Runs alternate between the trees, each pinned to one core when taskset is there; it prints
the median and least CPU time (user + system, the one-core figure) and wall time of each
tree, and the load average (on a loaded machine only the CPU time is worth comparing).
Both trees' output must be the same, or it says so. The first run of each tree is not
counted (it warms the disk cache).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(tree: Path, path: str) -> tuple[float, float, bytes]:
    argv = [sys.executable, "-m", "tracker", "suggest", "--format", "jsonl", path]
    if shutil.which("taskset"):
        argv = ["taskset", "-c", "0", *argv]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=tree, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"tracker suggest in {tree} failed:\n{proc.stderr.decode()[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu, wall, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other tree (e.g. main's)")
    ap.add_argument("--runs", type=int, default=10)
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    ap.add_argument("file", nargs="?", default=str(seeds[0]) if seeds else None)
    args = ap.parse_args()
    if not args.file:
        raise SystemExit("no file given and no seeds found beside the project")
    trees = {"baseline": args.baseline.resolve(), "this tree": ROOT}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    wall: dict[str, list[float]] = {name: [] for name in trees}
    out: dict[str, bytes] = {}
    for i in range(args.runs + 1):
        for name, tree in trees.items():
            c, w, text = run(tree, args.file)
            out[name] = text
            if i:  # the first run of each tree only warms up
                cpu[name].append(c)
                wall[name].append(w)
    print(f"{args.file}: {args.runs} runs each, load average "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for name in trees:
        print(f"  {name:9s} CPU {statistics.median(cpu[name]) * 1000:4.0f} ms median, "
              f"{min(cpu[name]) * 1000:4.0f} least; wall {statistics.median(wall[name]) * 1000:4.0f} ms "
              f"median, {min(wall[name]) * 1000:4.0f} least")
    same = out["baseline"] == out["this tree"]
    print("  output " + ("identical" if same else "DIFFERS between the trees"))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
