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

# Measured on the dev part (sets A–H, 184 documents with the seeds) after resp11e,
# recall11g, prec11e and dl11f were merged and the unit model refitted on it
# (PYTHONHASHSEED=0; dev-on-dev: the model has seen these documents; the cross-validated
# figures, tools/score_corpus.py --cv 5, are the honest ones): recall 0.884 (901/1019),
# precision 0.867 (1397/1611); fields on the records found: responsible 0.829, deadline
# 0.935, comparator 0.942. After resp11f's subject and label rules: responsible 0.840
# (757/901; 5-fold CV 0.835 → 0.845), the rest unchanged.
# Set J's 19 dev documents joined (fresh: recall 0.695, responsible 0.395 before any
# tuning); after the six branches of that session and a refit: recall 0.890 (1032/1160),
# precision 0.876 (1618/1848), responsible 0.834 (861/1032), deadline 0.961 (793/825).
# Sets L and M's 22 dev documents joined (scored fresh before: L recall 0.887, M 0.408;
# the stored model not refitted on them): recall 0.873 (1231/1410), precision 0.876
# (1878/2144), comparator 0.937, deadline 0.960, responsible 0.840, unit 0.963, value 0.968.
RECALL_FLOOR = 0.87
PRECISION_FLOOR = 0.87
# fields11h: comparator 0.956 (496/519), unit 0.978 (405/414), value 0.981 (404/412) on the
# dev part (cross-validated: comparator 0.964, unit 0.980, value 0.983)
# The dev part grew by set I's 19 documents (fresh, responsible 0.51 before any tuning):
# responsible on dev is 0.817 with them (0.840 without), so its floor is 0.80 again.
# dl11i's context rules: deadline 0.959 (730/761) on the dev part, from 0.933 (709/760)
# Set K's 17 dev documents joined (fresh: deadline 0.797, responsible 0.681); after this
# session's branches and a refit: recall 0.882 (1115/1264), precision 0.879 (1728/1966),
# responsible 0.844, deadline 0.946, comparator 0.948, unit 0.978, value 0.981.
# genre11n: the rows of progress tables (任务 | 工作目标 | 已完成数) are read; set K's K_20, a
# table with no date on its page, adds 19 targets whose year the text never states (dev
# deadline 0.947, 981/1036; 0.965 without them, from 0.961 before): the floor is 0.94.
# 2026-12-07, after fields11n (measure words, two counts, 控制在0, Ⅲ类以上) and the session's
# other branches, then set N's 12 dev documents joined unseen (responsible 0.38 on N when
# fresh; the model not refitted on them): recall 0.889 (1312/1476), precision 0.887,
# responsible 0.825, deadline 0.943, comparator 0.957, unit 0.980, value 0.990.
FIELD_FLOORS = {"responsible": 0.81, "deadline": 0.93, "comparator": 0.95, "unit": 0.97,
                "value": 0.98}
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
