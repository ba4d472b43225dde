"""Text snapshots of the extractor's output, so that any change of behaviour shows as a diff.

    python tests/extract/output_snapshot.py save    # record an intended change
    python tests/extract/output_snapshot.py check   # compare (what the test does)

For every fixture (tests/extract/fixtures/*.txt) and every seed (the shared seeds beside the
project, with their dates, when present), the full output of suggest() — duplicates kept,
with section, region code, body roles and duplicate_of besides the JSON record — is one JSON
line per suggestion in tests/extract/snapshots/<kind>_<file>.jsonl.
"""

from __future__ import annotations

import difflib
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = Path(__file__).with_name("snapshots")
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


def inputs():
    for path in sorted((ROOT / "tests" / "extract" / "fixtures").glob("*.txt")):
        yield f"fixture_{path.stem}", lambda p=path: file_records(p, None)
    if SEEDS.is_dir():
        dates = json.loads(DATES.read_text(encoding="utf-8")) if DATES.exists() else {}
        for path in sorted(SEEDS.glob("*.txt")):
            d = date.fromisoformat(dates[path.name]) if path.name in dates else None
            yield f"seed_{path.stem}", lambda p=path, d=d: file_records(p, d)


def snapshot_path(name: str) -> Path:
    return SNAPSHOTS / f"{name}.jsonl"


def saved(name: str) -> list[str]:
    path = snapshot_path(name)
    return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []


def diff(name: str, lines: list[str]) -> str:
    return "\n".join(difflib.unified_diff(saved(name), lines, "recorded", "now", lineterm=""))


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "check"
    changed = 0
    for name, fn in inputs():
        lines = fn()
        if mode == "save":
            SNAPSHOTS.mkdir(exist_ok=True)
            snapshot_path(name).write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")
        elif lines != saved(name):
            changed += 1
            print(diff(name, lines))
    print("saved" if mode == "save" else f"{changed} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv))
