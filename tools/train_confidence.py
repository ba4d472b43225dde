"""Fit the extractor's confidence model (tracker/extract/confidence.py) on the dev part of
the corpus: each suggestion is labelled right when it matches a gold record, as the scorer
counts precision. Only the dev part is read; the held-back part stays unseen.

    python tools/train_confidence.py          # fit and write tracker/extract/confidence.json
    python tools/train_confidence.py --dry    # fit and print, write nothing
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import score_corpus  # noqa: E402 - after the path is set

OUT = ROOT / "tracker" / "extract" / "confidence.json"
L2 = 0.01
STEPS = 3000
RATE = 0.5


def samples(sc, docs) -> list[tuple[dict[str, float], int]]:
    from tracker.extract import confidence
    from tracker.extract.pipeline import suggest
    from tracker.geo import Gazetteer
    from tracker.ingest import read_path

    gaz = Gazetteer.default()
    out = []
    for d in docs:
        raw = d["path"].read_text(encoding="utf-8")
        norm, where = sc.normalise(raw)
        g_spans = [sc.to_norm_span(where, r["start"], r["end"]) for r in d["gold"]
                   if r["kind"] != "indicator"]
        result = read_path(d["path"])
        region = gaz.guess_document_region(result.text, result.title, result.issuer)
        when = date.fromisoformat(d["date"]) if d["date"] else result.doc_date
        used: set = set()
        for s in suggest(result.text, when, region_code=region.code if region else None,
                         issuer=result.issuer, gazetteer=gaz, rules_only=True):
            if s.kind == "indicator":
                continue
            span = sc.locate(norm, s.quote, s.start / max(len(result.text), 1), used)
            if span is not None:
                used.add(span)
            right = span is not None and any(sc.matches(span, g) for g in g_spans)
            heading, in_row, numbered = s.layout
            out.append((confidence.features(s, heading=heading, in_row=in_row,
                                            numbered=numbered), int(right)))
    return out


def fit(data: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    names = sorted({k for f, _ in data for k in f})
    w = {k: 0.0 for k in names}
    n = len(data)
    for _ in range(STEPS):
        grad = {k: L2 * w[k] for k in names}
        for f, y in data:
            z = max(-30.0, min(30.0, sum(w[k] * v for k, v in f.items())))
            err = 1.0 / (1.0 + math.exp(-z)) - y
            for k, v in f.items():
                grad[k] += err * v / n
        for k in names:
            w[k] -= RATE * grad[k]
    return {k: round(v, 4) for k, v in w.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry", action="store_true")
    args = ap.parse_args()
    split = json.loads(score_corpus.SPLIT.read_text(encoding="utf-8"))
    docs = [d for d in score_corpus.corpus_documents() if score_corpus.part_of(d, split) == "dev"]
    data = samples(score_corpus.load_scorer(), docs)
    w = fit(data)
    right = sum(y for _, y in data)
    print(f"{len(docs)} dev documents, {len(data)} suggestions, {right} right")
    for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<20} {v:+.3f}")
    if not args.dry:
        OUT.write_text(json.dumps({"trained_on": "dev part of tests/corpus (split.json)",
                                   "suggestions": len(data), "weights": w},
                                  ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
