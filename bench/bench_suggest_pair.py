"""CPU time of suggest() over the annotated corpus, this tree beside another (a baseline
such as main's worktree), in the same run: runs alternate, each in a fresh process pinned
to one core when taskset is there.

    PYTHONPATH=. .venv/bin/python bench/bench_suggest_pair.py --baseline ../main [--pairs 3]

Each run reads every document of tests/corpus (and the seeds beside the project), then
times suggest() over them once to warm up and once measured (process CPU time); it
prints MB/s of UTF-8 input for each run and the median of each tree, and the load average.
With --join N the documents are joined (N times over) into one large document instead, to
see what a multi-megabyte text costs (work that grows faster than the text shows there);
with --one-line its line breaks are dropped too (one long paragraph). With --timings K
each run times K passes and reports the least.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
from pathlib import Path
from tracker.extract import suggest
paths = json.loads(sys.argv[1])
texts = [Path(p).read_text(encoding="utf-8") for p in paths]
join, one_line = int(sys.argv[2]), sys.argv[3] == "1"
if join:
    texts = ["\n".join(texts * join)]
    if one_line:
        texts = [texts[0].replace("\n", "")]
size = sum(len(t.encode("utf-8")) for t in texts)
for t in texts:
    suggest(t if not join else t[:200_000])
best = None
for _ in range(int(sys.argv[4])):
    start = time.process_time()
    n = 0
    for t in texts:
        n += len(suggest(t))
    took = time.process_time() - start
    best = took if best is None else min(best, took)
print(json.dumps({"seconds": best, "bytes": size, "suggestions": n}))
"""


def documents() -> list[str]:
    corpus = ROOT / "tests" / "corpus"
    paths = sorted(str(p) for p in corpus.glob("*/docs/*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    paths += sorted(str(p) for p in seeds.glob("*.txt"))
    return paths


def run(tree: Path, paths: list[str], join: int = 0, one_line: bool = False,
        timings: int = 1) -> dict:
    argv = [sys.executable, "-c", CHILD, json.dumps(paths), str(join), "1" if one_line else "0",
            str(timings)]
    if shutil.which("taskset"):
        argv = ["taskset", "-c", "1", *argv]
    proc = subprocess.run(argv, cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"the run in {tree} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other tree (e.g. main's)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--join", type=int, default=0,
                    help="time one document made of the corpus joined this many times over")
    ap.add_argument("--one-line", action="store_true", help="with --join: without line breaks")
    ap.add_argument("--timings", type=int, default=1,
                    help="passes timed in each run, the least CPU time counts (on a loaded "
                         "machine the least is the nearest to the one-core figure)")
    args = ap.parse_args()
    paths = documents()
    speeds: dict[str, list[float]] = {"baseline": [], "this tree": []}
    for i in range(args.pairs):
        for name, tree in (("baseline", args.baseline.resolve()), ("this tree", ROOT)):
            r = run(tree, paths, args.join, args.one_line, args.timings)
            mbs = r["bytes"] / 1e6 / r["seconds"]
            speeds[name].append(mbs)
            print(f"pair {i + 1} {name:<10} {r['seconds']:.2f} s CPU  {mbs:.3f} MB/s  "
                  f"{r['suggestions']} suggestions ({r['bytes'] / 1e6:.2f} MB)")
    for name, v in speeds.items():
        print(f"median {name:<10} {statistics.median(v):.3f} MB/s, best {max(v):.3f}")
    print("load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
