"""Whether two trees suggest exactly the same over the whole corpus (for speed work, which
must not change what is suggested).

    python tools/suggest_identity.py write TREE OUT.jsonl   # suggest() of TREE, every document
    python tools/suggest_identity.py compare A.jsonl B.jsonl
    python tools/suggest_identity.py check --baseline ../main   # both, then compare

``write`` runs in a fresh process with TREE first on the path, reads every document of
tests/corpus/*/docs/*.txt and the seeds in shared/ (found by tools/shared_dir.py), and writes one line per
suggestion: the document, to_json() of it (every field, confidence and ``why``), with
duplicate_of, the layout and the full repr of the confidence, over suggest() with the
repeats kept and suggest() as the CLI calls it. ``compare`` names the first documents
that differ and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from shared_dir import find_shared, not_found  # noqa: E402 - after the path is set

CHILD = r"""
import json, sys
from pathlib import Path
from tracker.extract import suggest, to_json
paths = json.loads(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for p in paths:
        text = Path(p).read_text(encoding="utf-8")
        name = "/".join(Path(p).parts[-3:])
        for mode, found in (("all", suggest(text, keep_duplicates=True)),
                            ("cli", suggest(text))):
            for s in found:
                rec = to_json(s)
                rec.update(doc=name, mode=mode, duplicate_of=s.duplicate_of,
                           layout=list(s.layout), confidence_repr=repr(s.confidence),
                           section=s.section, region_code=s.region_code,
                           indicators=[(i.start, i.end) for i in s.indicators])
                out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
"""


def documents() -> list[str]:
    """Every corpus document and the seeds; the seeds are looked for as score_corpus.py looks
    for them (a worktree away from shared/ included), and their absence stops the run rather
    than leaving them out unseen."""
    shared = find_shared(ROOT)
    if shared is None:
        raise SystemExit(not_found(ROOT))
    paths = sorted(str(p) for p in (ROOT / "tests" / "corpus").glob("*/docs/*.txt"))
    paths += sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    return paths


def write(tree: Path, out: Path) -> None:
    paths = documents()
    if not paths:
        raise SystemExit("no corpus documents found")
    proc = subprocess.run([sys.executable, "-c", CHILD, json.dumps(paths), str(out.resolve())],
                          cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"suggest in {tree} failed:\n{proc.stderr[-2000:]}")


def _by_doc(path: Path) -> dict[str, list[str]]:
    docs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        docs.setdefault(json.loads(line)["doc"], []).append(line)
    return docs


def compare(a: Path, b: Path) -> int:
    da, db = _by_doc(a), _by_doc(b)
    differ = sorted(d for d in da.keys() | db.keys() if da.get(d) != db.get(d))
    lines = sum(len(v) for v in da.values())
    if not differ:
        print(f"identical: {len(da)} documents, {lines} lines")
        return 0
    print(f"{len(differ)} documents differ, e.g.:")
    for d in differ[:10]:
        print(" ", d)
    first = differ[0]
    for x, y in zip(da.get(first, []), db.get(first, []), strict=False):
        if x != y:
            print("  -", x[:400])
            print("  +", y[:400])
            break
    return 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("tree", type=Path)
    w.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    k = sub.add_parser("check")
    k.add_argument("--baseline", type=Path, required=True)
    args = ap.parse_args()
    if args.cmd == "write":
        write(args.tree.resolve(), args.out)
        return 0
    if args.cmd == "compare":
        return compare(args.a, args.b)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "baseline.jsonl", Path(tmp) / "tree.jsonl"
        write(args.baseline.resolve(), a)
        write(ROOT, b)
        return compare(a, b)


if __name__ == "__main__":
    sys.exit(main())
