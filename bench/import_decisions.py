"""What an import decides for each file, as JSON, to compare two versions of the code.

    cd TREE && PYTHONPATH=. python bench/import_decisions.py OUT.json [FOLDER ...]

For every .txt/.html/.htm/.docx/.pdf under the folders (default: tests/corpus/*/docs and
../shared/seeds beside the repository, if present): the reader's title and script, the
script detected again, the region guessed, the place mentions found in the first 30,000
characters, and hashes of the text, of the duplicate fingerprint, of the folded text and
of the short-index input. Run it in two trees (main's and a branch's) and compare the
files: equal files mean the same regions, scripts and index contents.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, ".")

from tracker.geo import Gazetteer
from tracker.ingest import read_path, text_fingerprint
from tracker.ingest.script import detect_script
from tracker.search.fold import fold
from tracker.search.tokens import short_tokens

SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    here = Path(__file__).resolve().parents[1]
    folders = [Path(a) for a in argv[1:]] or [
        *sorted(here.glob("tests/corpus/*/docs")), here.parent / "shared" / "seeds"]
    files = sorted(p for f in folders if f.exists() for p in f.rglob("*")
                   if p.is_file() and p.suffix.lower() in SUFFIXES)
    gaz = Gazetteer.default()
    found: dict[str, dict[str, object]] = {}
    for path in files:
        try:
            r = read_path(path)
        except Exception as exc:  # noqa: BLE001 - the same failure is the same decision
            found[str(path)] = {"error": repr(exc)}
            continue
        region = gaz.guess_document_region(r.text, r.title, r.issuer)
        matches = [(m.start, m.end, m.region.code) for m in gaz.find(r.text[:30_000])]
        folded = fold(r.text)
        found[str(path)] = {
            "title": r.title, "script": r.script.value, "detect": detect_script(r.text).value,
            "region": region.code if region else None, "matches": _hash(json.dumps(matches)),
            "n_matches": len(matches), "text": _hash(r.text),
            "fingerprint": text_fingerprint(r.text, normalised=True),
            "fold": _hash(folded), "short": _hash(short_tokens(folded))}
    out.write_text(json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True),
                   encoding="utf-8")
    print(f"{len(found)} files, {sum(1 for v in found.values() if v.get('region'))} with a "
          f"region -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
