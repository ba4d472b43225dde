"""Byte-for-byte check that the extractor's output has not changed.

    PYTHONPATH=. .venv/bin/python tests/extract/output_snapshot.py save    # record
    PYTHONPATH=. .venv/bin/python tests/extract/output_snapshot.py check   # compare

For every fixture (tests/extract/fixtures/*.txt), every seed (../shared/seeds/*.txt with
the dates of ../shared/gold/seeds_dates.json, when present) and the generated 3 MB text of
bench/bench_suggest.py, the full output of suggest() — duplicates kept, with section,
region code, body roles and duplicate_of besides the JSON record — is reduced to a
SHA-256 and compared with tests/extract/snapshots.json. Used while optimising: a speed
change must leave every byte of the output as it was.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = Path(__file__).with_name("snapshots.json")
SEEDS = ROOT.parent / "shared" / "seeds"
DATES = ROOT.parent / "shared" / "gold" / "seeds_dates.json"


def records(text: str, doc_date: date | None, **kw) -> list[str]:
    from tracker.extract.pipeline import suggest, to_json

    out = []
    for s in suggest(text, doc_date, keep_duplicates=True, **kw):
        rec = to_json(s)
        rec.update(section=s.section, region_code=s.region_code, duplicate_of=s.duplicate_of,
                   roles=[str(b.role) for b in s.responsible])
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return out


def file_records(path: Path, doc_date: date | None) -> list[str]:
    """As `tracker suggest FILE` computes them (reader, gazetteer region, issuer)."""
    from tracker.geo import Gazetteer
    from tracker.ingest import read_path

    result = read_path(path)
    gaz = Gazetteer.default()
    region = gaz.guess_document_region(result.text, result.title, result.issuer)
    return records(result.text, doc_date or result.doc_date,
                   region_code=region.code if region else None, issuer=result.issuer,
                   gazetteer=gaz)


def digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def inputs(bench: bool = True):
    for path in sorted((ROOT / "tests" / "extract" / "fixtures").glob("*.txt")):
        yield f"fixture/{path.name}", lambda p=path: file_records(p, None)
    if SEEDS.is_dir():
        dates = json.loads(DATES.read_text(encoding="utf-8")) if DATES.exists() else {}
        for path in sorted(SEEDS.glob("*.txt")):
            d = date.fromisoformat(dates[path.name]) if path.name in dates else None
            yield f"seed/{path.name}", lambda p=path, d=d: file_records(p, d)
    if bench:
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_suggest import chunks, generate

        def bench_records() -> list[str]:
            out = []
            for doc in chunks(generate(3.0), 40_000):
                out.extend(records(doc, date(2025, 3, 1)))
            return out

        yield "bench/generated-3MB", bench_records


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "check"
    dump = Path(argv[2]) if len(argv) > 2 else None
    current = {}
    for name, fn in inputs():
        lines = fn()
        current[name] = {"records": len(lines), "sha256": digest(lines)}
        if dump:
            target = dump / (name.replace("/", "_") + ".jsonl")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if mode == "save":
        SNAPSHOTS.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
        print(f"saved {len(current)} snapshots")
        return 0
    saved = json.loads(SNAPSHOTS.read_text(encoding="utf-8"))
    bad = [n for n in current if saved.get(n) != current[n]]
    for n in bad:
        print(f"CHANGED {n}: {saved.get(n)} -> {current[n]}")
    print(f"{len(current) - len(bad)}/{len(current)} unchanged")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
