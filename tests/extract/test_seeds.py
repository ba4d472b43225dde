"""The seed documents scored the way shared/tools/score_suggestions.py scores them.

Floors are the figures measured on the dev set (not targets): a change that lowers them
is a regression to look at. Skipped, with the places looked at, when the shared folder is
found neither beside the repository nor beside its main working tree (tools/shared_dir.py).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.__main__ import clean

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from shared_dir import find_shared, not_found  # noqa: E402 - after the path is set

_found = find_shared(ROOT)
if _found is None:
    pytest.skip(not_found(ROOT), allow_module_level=True)
SHARED: Path = _found

RECALL_FLOOR = 0.94
PRECISION_FLOOR = 0.78  # measured 0.791 (163/206); the issue asks for 0.75
RESPONSIBLE_FLOOR = 0.95
INDICATOR_RECALL_FLOOR = 1.0


def _scorer():
    spec = importlib.util.spec_from_file_location("score_suggestions",
                                                  SHARED / "tools" / "score_suggestions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures():
    sc = _scorer()
    gold = defaultdict(list)
    for line in (SHARED / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["doc"]].append(rec)
    dates = json.loads((SHARED / "gold" / "seeds_dates.json").read_text(encoding="utf-8"))
    tot, fields = defaultdict(int), defaultdict(lambda: [0, 0])
    for doc, recs in sorted(gold.items()):
        raw = (SHARED / "seeds" / doc).read_text(encoding="utf-8")
        doc_date = date.fromisoformat(dates[doc]) if doc in dates else None
        text = clean(raw)
        norm, where = sc.normalise(raw)
        used: set = set()
        spans = []
        for rec in map(to_json, suggest(text, doc_date)):
            span = sc.locate(norm, rec["quote"], rec["start"] / max(len(text), 1), used)
            if span is not None:
                used.add(span)
            spans.append((span, rec))
        g_spans = [(sc.to_norm_span(where, r["start"], r["end"]), r) for r in recs]
        def ind(kind: str) -> bool:
            return kind == "indicator"

        sc.score([x for x in spans if not ind(x[1]["kind"])],
                 [x for x in g_spans if not ind(x[1]["kind"])], tot, fields, [], [], doc)
        sc.score([x for x in spans if ind(x[1]["kind"])],
                 [x for x in g_spans if ind(x[1]["kind"])], tot, fields, [], [], doc, "ind_")
    return tot, fields


def test_recall_and_precision_floors(figures):
    tot, _ = figures
    assert tot["found"] / tot["core"] >= RECALL_FLOOR
    assert tot["right"] / tot["suggested"] >= PRECISION_FLOOR


def test_responsible_floor(figures):
    _, fields = figures
    right, total = fields["responsible"]
    assert total and right / total >= RESPONSIBLE_FLOOR


def test_past_results_are_found_as_indicators(figures):
    tot, _ = figures
    assert tot["ind_core"] and tot["ind_found"] / tot["ind_core"] >= INDICATOR_RECALL_FLOOR
    assert tot["ind_right"] == tot["ind_suggested"]
