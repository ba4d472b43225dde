"""Leave one set out (tools/score_corpus.py --cv-sets): each corpus set is scored by a model
fitted without any of its documents, the seeds only train, and the sets scored in aggregate
only (G, H) never have their documents' errors listed. Invented documents; the fit and the
scoring are stand-ins that record what they were given."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import score_corpus
import train_confidence

DOCS = [{"set": s, "doc": f"{s}_{i:02d}.txt", "gold": [], "date": None}
        for s in ("A", "B", "G") for i in range(3)] + \
       [{"set": "seeds", "doc": f"00{i}_seed.txt", "gold": [], "date": None} for i in range(2)]


@pytest.fixture
def recorded(monkeypatch):
    """The documents each fit was given, and each scoring (the model in use, the set scored,
    whether errors were listed)."""
    fits: list[set[str]] = []
    scored: list[tuple[int, str, tuple[str, ...], bool]] = []
    monkeypatch.setattr(train_confidence, "samples",
                        lambda sc, docs: [({"bias": 1.0}, 1, d["doc"]) for d in docs])

    def fit(data):
        fits.append({doc for _, _, doc in data})
        return {"bias": float(len(fits))}

    def score(sc, docs, verbose):
        from tracker.extract import confidence

        model = int(confidence.weights()["bias"])
        sets = {d["set"] for d in docs}
        assert len(sets) == 1
        scored.append((model, sets.pop(), tuple(d["doc"] for d in docs), verbose))
        tot = defaultdict(int, core=len(docs), found=len(docs))
        return {"tot": tot, "fields": {}, "bands": {}}

    monkeypatch.setattr(train_confidence, "fit", fit)
    monkeypatch.setattr(score_corpus, "score_documents", score)
    return fits, scored


def test_each_set_is_scored_by_a_model_that_never_saw_it(recorded):
    fits, scored = recorded
    res = score_corpus.cross_validate_by(None, DOCS, score_corpus.set_fold, verbose=False)
    assert sorted(name for _, name, _, _ in scored) == ["A", "B", "G"]
    for model, name, docs, _ in scored:
        seen = fits[model - 1]
        assert not seen & set(docs)
        # every other document trains, the seeds included
        assert seen == {d["doc"] for d in DOCS if d["set"] != name}
        assert len(docs) == 3
    assert set(res["sets"]) == {"A", "B", "G"}
    assert res["tot"]["core"] == 9  # the seeds are never scored


def test_the_aggregate_only_sets_never_list_their_errors(recorded):
    _, scored = recorded
    score_corpus.cross_validate_by(None, DOCS, score_corpus.set_fold, verbose=True)
    listed = {name: verbose for _, name, _, verbose in scored}
    assert listed == {"A": True, "B": True, "G": False}


def test_only_the_sets_asked_for_are_scored_but_all_train(recorded):
    fits, scored = recorded
    score_corpus.cross_validate_by(None, DOCS, score_corpus.set_fold, verbose=False,
                                   scored=lambda d: d["set"] == "B")
    assert [name for _, name, _, _ in scored] == ["B"]
    assert fits == [{d["doc"] for d in DOCS if d["set"] != "B"}]


def test_folds_by_document_still_cover_every_document_once(recorded):
    _, scored = recorded
    score_corpus.cross_validate(None, DOCS, 3, verbose=False)
    docs = [doc for _, _, batch, _ in scored for doc in batch]
    assert sorted(docs) == sorted(d["doc"] for d in DOCS)


def test_the_model_in_use_is_the_stored_one_afterwards(recorded):
    from tracker.extract import confidence

    score_corpus.cross_validate_by(None, DOCS, score_corpus.set_fold, verbose=False)
    assert confidence.weights() is confidence._stored()
