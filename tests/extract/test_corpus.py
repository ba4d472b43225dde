"""The dev part of the project's annotated corpus (tests/corpus), scored as the held-out sets
are scored: floors at the figures measured when the rules were last tuned (a change that
lowers them is a regression to look at). The held-back part is never asserted on: it stays
a measure, not a target (tools/score_corpus.py --part held)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
score_corpus = pytest.importorskip("score_corpus")

if not (score_corpus.SHARED / "tools" / "score_suggestions.py").is_file():
    from shared_dir import not_found

    pytest.skip(not_found(ROOT), allow_module_level=True)

# Measured on the dev part of sets A–F (144 documents with the seeds) after fields11c,
# unit11, resp11d and tense11d were merged and the unit model refitted on it
# (PYTHONHASHSEED=0; dev-on-dev: the model has seen these documents; the cross-validated
# figures, tools/score_corpus.py --cv 5, are the honest ones: recall 0.810, precision
# 0.802, responsible 0.802): recall 0.861 (725/842), precision 0.860 (1146/1332).
# Set G's 21 dev documents (fresh text to the rules and the model) then brought the dev
# part to recall 0.809 (770/952), precision 0.848 (1220/1438): the floor follows the
# wider part, not a change of the rules.
# dl11f (deadline and unit rules, model refitted, PYTHONHASHSEED=0): recall 0.809 (770/952),
# precision 0.870 (1216/1398), deadline 0.959 (578/603); 5-fold CV deadline 0.961.
RECALL_FLOOR = 0.79
PRECISION_FLOOR = 0.85
# field accuracy on the records found (measured: responsible 0.803, deadline 0.959,
# comparator 0.926)
FIELD_FLOORS = {"responsible": 0.78, "deadline": 0.94, "comparator": 0.90}
HIGH_CONFIDENCE_FLOOR = 0.90  # suggestions at >= 0.9 right


@pytest.fixture(scope="module")
def figures():
    split = json.loads(score_corpus.SPLIT.read_text(encoding="utf-8"))
    docs = [d for d in score_corpus.corpus_documents() if score_corpus.part_of(d, split) == "dev"]
    assert len(docs) >= 90
    return score_corpus.score_documents(score_corpus.load_scorer(), docs, verbose=False)


def test_recall_and_precision_on_the_dev_part(figures):
    tot = figures["tot"]
    assert tot["found"] / tot["core"] >= RECALL_FLOOR
    assert tot["right"] / tot["suggested"] >= PRECISION_FLOOR


@pytest.mark.parametrize("field", sorted(FIELD_FLOORS))
def test_field_accuracy_on_the_dev_part(figures, field):
    right, n = figures["fields"][field]
    assert n >= 200 and right / n >= FIELD_FLOORS[field]


def test_high_confidence_means_right(figures):
    n, right = figures["bands"][len(score_corpus.BANDS) - 2]
    assert n >= 20 and right / n >= HIGH_CONFIDENCE_FLOOR


def test_every_gold_quote_is_exactly_in_its_document():
    for d in score_corpus.corpus_documents():
        text = d["path"].read_text(encoding="utf-8")
        for r in d["gold"]:
            assert text[r["start"]:r["end"]] == r["quote"], (d["doc"], r["quote"])
