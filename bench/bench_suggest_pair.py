"""CPU time of suggest() over the annotated corpus, this tree beside another (a baseline
such as main's worktree), in the same run: runs alternate, each in a fresh process pinned
to one core when taskset is there.

    PYTHONPATH=. .venv/bin/python bench/bench_suggest_pair.py --baseline ../main [--pairs 3]

Each run reads every document of tests/corpus (and the seeds, found by tools/shared_dir.py), then
times suggest() over them once to warm up and once measured (process CPU time); it
prints MB/s of UTF-8 input for each run and the median of each tree, and the load average.
With --join N the documents are joined (N times over) into one large document instead, to
see what a multi-megabyte text costs (work that grows faster than the text shows there);
with --one-line its line breaks are dropped too (one long paragraph). With --timings K
each run times K passes and reports the least.

With --instructions (valgrind installed), each tree's pass is counted in machine
instructions instead (cachegrind's I refs of a run with one measured pass, less those of a
run with none): the count hardly moves with the load of the machine, where CPU time on a
shared machine moves by ±15 %, so a change of 1 % can be told. Valgrind runs some 30 times
slower: --every K keeps every K-th document only (4 gives about two minutes per tree).
These runs warm up on the first document only: after a whole pass, the caches keyed on
clause text (leading_time_words, find_bodies, subject_of …) would already hold most of the
clauses of the pass measured, as they never do for one document read once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from shared_dir import find_shared, not_found  # noqa: E402 - after the path is set

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
# (counting instructions: the first document only, so that the pass measured finds no
# clause of its own in the extractor's caches from a pass before it)
for t in texts[:1] if sys.argv[5:] == ["cold"] else texts:
    suggest(t if not join else t[:200_000])
best = None
for _ in range(int(sys.argv[4])):
    start = time.process_time()
    n = 0
    for t in texts:
        n += len(suggest(t))
    took = time.process_time() - start
    best = took if best is None else min(best, took)
print(json.dumps({"seconds": best, "bytes": size, "suggestions": n if best is not None else None}))
"""


def documents() -> list[str]:
    corpus = ROOT / "tests" / "corpus"
    paths = sorted(str(p) for p in corpus.glob("*/docs/*.txt"))
    shared = find_shared(ROOT)  # a worktree away from shared/ too; never the seeds left out
    if shared is None:
        raise SystemExit(not_found(ROOT))
    paths += sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
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


def instructions(tree: Path, paths: list[str], join: int = 0, one_line: bool = False) -> int:
    """Machine instructions of one suggest() pass over *paths* in *tree* (valgrind)."""
    counts = []
    for passes in (0, 1):
        argv = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                sys.executable, "-c", CHILD, json.dumps(paths), str(join),
                "1" if one_line else "0", str(passes), "cold"]
        # (no bytecode written: else the first run compiles the modules and the second,
        # reading them compiled, would seem to spend less on its pass than it does)
        env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0",
               "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run(argv, cwd=tree, env=env, capture_output=True, text=True, check=False)
        found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
        if proc.returncode != 0 or found is None:
            raise SystemExit(f"the valgrind run in {tree} failed:\n{proc.stderr[-2000:]}")
        counts.append(int(found.group(1).replace(",", "")))
    return counts[1] - counts[0]


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
    ap.add_argument("--instructions", action="store_true",
                    help="count machine instructions under valgrind instead of timing")
    ap.add_argument("--every", type=int, default=1,
                    help="keep every K-th document only (for --instructions)")
    args = ap.parse_args()
    paths = documents()[::max(1, args.every)]
    if args.instructions:
        if not shutil.which("valgrind"):
            raise SystemExit("--instructions needs valgrind")
        counts = {name: instructions(tree, paths, args.join, args.one_line)
                  for name, tree in (("baseline", args.baseline.resolve()), ("this tree", ROOT))}
        for name, n in counts.items():
            print(f"{name:<10} {n / 1e6:,.0f} M instructions per pass over {len(paths)} documents")
        print(f"this tree / baseline: {counts['this tree'] / counts['baseline']:.3f}")
        return 0
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
