"""The shortcuts taken for speed give what the plain code gives (the output stays
byte-identical): the model's dot product without the feature table, the body finder's
memo. Checked on suggestions of real corpus documents."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tracker.domain import BodyRef
from tracker.extract import confidence
from tracker.extract.bodies import find_bodies
from tracker.extract.pipeline import suggest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(CORPUS.glob("*/docs/*.txt"))[::24]


@pytest.fixture(scope="module")
def units():
    out = []
    for path in DOCS:
        out.extend(suggest(path.read_text(encoding="utf-8"), candidates=True))
    assert len(out) > 100 and any(s.rejected for s in out) and any(not s.rejected for s in out)
    return out


def _tables() -> list[dict[str, float]]:
    stored = confidence.weights()
    assert stored is not None
    rng = random.Random(11)
    # another table: some weights left out, some whole numbers, others of any sign
    other = {k: (rng.choice([-2, 0, 1, 3]) if rng.random() < 0.2 else rng.uniform(-3, 3))
             for k in stored if rng.random() < 0.8}
    return [stored, other]


@pytest.mark.parametrize("layout", [(0, False, False), (2, True, False), (5, False, True),
                                    (3, True, True)])
def test_base_z_is_the_dot_product_of_the_features_to_the_last_bit(units, layout):
    heading, in_row, numbered = layout
    for w in _tables():
        for s in units:
            f = confidence.features(s, heading=heading, in_row=in_row, numbered=numbered,
                                    with_grams=False, with_clauses=False)
            assert confidence.base_z(s, w, heading=heading, in_row=in_row,
                                     numbered=numbered) == confidence._dot(f, w), s.quote


@pytest.mark.parametrize(("text", "names"), [
    ("市生态环境局牵头，市水务局配合", ["市生态环境局", "市水务局"]),
    ("加快建设污水处理厂", []),
    ("各县（市、区）人民政府要落实属地责任", ["各县（市、区）人民政府"]),
])
def test_find_bodies_gives_a_fresh_list_each_time(text, names):
    first = find_bodies(text)
    assert [b.name for b in first] == names
    first.append(BodyRef("市委"))  # a caller may extend what it was given
    assert [b.name for b in find_bodies(text)] == names
