"""The unit model's fit (tools/train_confidence.py) keeps a character n-gram only when the
units of at least two documents hold it: one document's own wording would be memorised,
not learnt. Invented rows."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import train_confidence


def _rows(gram: str, docs: list[str]) -> list[tuple[dict[str, float], int, str]]:
    return [({"bias": 1.0, "c:" + gram: 1.0}, 1, doc) for doc in docs] + \
           [({"bias": 1.0}, 0, doc) for doc in docs]


def test_a_gram_of_one_document_only_is_left_out():
    w = train_confidence.fit(_rows("清零", ["a.txt", "a.txt", "a.txt"]))
    assert "c:清零" not in w


def test_a_gram_shared_by_two_documents_is_weighed():
    w = train_confidence.fit(_rows("清零", ["a.txt", "b.txt"]))
    assert w.get("c:清零", 0.0) > 0.0


def test_a_gram_of_one_corpus_set_only_is_left_out():
    # the documents of one set share sources and wording: A_01 and A_02 are one source
    w = train_confidence.fit(_rows("清零", ["A_01_plan.txt", "A_02_report.txt", "A_03_x.txt"]))
    assert "c:清零" not in w


def test_a_gram_of_two_corpus_sets_is_weighed():
    w = train_confidence.fit(_rows("清零", ["A_01_plan.txt", "B_07_report.txt"]))
    assert w.get("c:清零", 0.0) > 0.0


def test_the_source_of_a_document():
    assert train_confidence.source_of("K_12_traditional.txt") == "K"
    assert train_confidence.source_of("000_7c4c07081e1bb04a.txt") == "000_7c4c07081e1bb04a.txt"
    assert train_confidence.source_of("a.txt") == "a.txt"
