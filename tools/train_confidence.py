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
L2 = 1.0  # on the summed log-likelihood: a weak pull towards 0 for rare features
NEWTON_STEPS = 8


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
    """L2-regularised logistic regression by Newton's method (a few exact steps)."""
    names = sorted({k for f, _ in data for k in f})
    rows = [[f.get(k, 0.0) for k in names] for f, _ in data]
    ys = [y for _, y in data]
    m = len(names)
    w = [0.0] * m
    for _ in range(NEWTON_STEPS):
        grad = [L2 * wi for wi in w]
        hess = [[(L2 if i == j else 0.0) for j in range(m)] for i in range(m)]
        for x, y in zip(rows, ys):
            z = max(-30.0, min(30.0, sum(wi * xi for wi, xi in zip(w, x))))
            p = 1.0 / (1.0 + math.exp(-z))
            g, h = p - y, p * (1 - p)
            nz = [(i, xi) for i, xi in enumerate(x) if xi]
            for i, xi in nz:
                grad[i] += g * xi
                row = hess[i]
                for j, xj in nz:
                    row[j] += h * xi * xj
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
    return {k: round(v, 4) for k, v in zip(names, w)}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b (Gaussian elimination with partial pivoting)."""
    n = len(b)
    a = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[piv] = a[piv], a[c]
        if abs(a[c][c]) < 1e-12:
            continue
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            if f:
                for k in range(c, n + 1):
                    a[r][k] -= f * a[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(a[r][r]) < 1e-12:
            continue
        x[r] = (a[r][n] - sum(a[r][k] * x[k] for k in range(r + 1, n))) / a[r][r]
    return x


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
