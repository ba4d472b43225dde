"""Does tracker/extract/fastre.py pay? suggest() over about 2 MB of the project's corpus
text, with the word-list patterns compiled by compile_fast (a lookahead of their first
characters, worked out from the private re._parser) and with plain re.compile, side by
side in one run.

    PYTHONPATH=. .venv/bin/python bench/bench_fastre.py [--mb 2] [--runs 5]

Each measurement is a fresh process (the patterns are compiled when the extractor is
imported), the two variants alternating so that load on the machine falls on both. CPU
time of suggest() alone is reported, and the suggestions of both variants are compared:
they must be identical.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(mb: float) -> list[str]:
    """The corpus documents (tests/corpus/*/docs), repeated up to about `mb` MB of UTF-8."""
    docs = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/corpus/*/docs/*"))
            if p.is_file()]
    out: list[str] = []
    size = 0
    while size < mb * 1024 * 1024:
        for text in docs:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def child(variant: str, mb: float) -> None:
    if variant == "plain":
        # fastre.py loaded alone (not through the package), its compile_fast replaced by
        # plain re.compile before the extractor's modules import it
        spec = importlib.util.spec_from_file_location(
            "tracker.extract.fastre", ROOT / "tracker" / "extract" / "fastre.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_fast = lambda pattern, flags=0: re.compile(pattern, flags)
        sys.modules["tracker.extract.fastre"] = module
    from datetime import date

    from tracker.extract import classify, suggest, to_json

    # the variant is the one asked for: compile_fast adds a lookahead in front
    assert classify.MODAL.pattern.startswith("(?=") == (variant == "fastre"), variant

    texts = corpus(mb)
    digest = hashlib.sha256()
    c0, t0 = time.process_time(), time.perf_counter()
    results = [suggest(text, date(2024, 1, 1)) for text in texts]
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    for found in results:
        digest.update(json.dumps([to_json(s) for s in found], ensure_ascii=False,
                                 sort_keys=True, default=str).encode())
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(json.dumps({"cpu": cpu, "wall": wall, "mb": size / 2**20, "digest": digest.hexdigest()}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", choices=["plain", "fastre"])
    args = ap.parse_args()
    if args.child:
        child(args.child, args.mb)
        return
    got: dict[str, list[dict[str, float | str]]] = {"plain": [], "fastre": []}
    for _ in range(args.runs):
        for variant in ("plain", "fastre"):
            out = subprocess.run([sys.executable, __file__, "--child", variant, "--mb", str(args.mb)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            got[variant].append(json.loads(out.stdout))
    mb = got["plain"][0]["mb"]
    print(f"suggest() over {mb:.2f} MB of corpus text, {args.runs} runs each, CPU seconds")
    for variant, runs in got.items():
        cpu = [float(r["cpu"]) for r in runs]
        print(f"  {variant:7} median {statistics.median(cpu):6.2f} s  min {min(cpu):6.2f}  "
              f"max {max(cpu):6.2f}  ({mb / statistics.median(cpu):.2f} MB/s)  "
              f"runs: {' '.join(f'{c:.2f}' for c in cpu)}")
    plain = statistics.median(float(r["cpu"]) for r in got["plain"])
    fast = statistics.median(float(r["cpu"]) for r in got["fastre"])
    print(f"  fastre / plain: {fast / plain:.3f}")
    digests = {str(r["digest"]) for runs in got.values() for r in runs}
    print("  suggestions identical in every run: " + ("yes" if len(digests) == 1 else "NO"))


if __name__ == "__main__":
    main()
