"""Units the rules turn down that the unit model cannot take up are not built
(pipeline._Unbuilt, confidence.may_reach): the ceiling must hold whatever fields the unit
would have been given later, and suggest() must give exactly what it gives when every
unit is built. Checked on the candidates of real corpus documents."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from tracker.domain import BodyRef, Deadline, Precision
from tracker.domain.model import SuggestionKind
from tracker.extract import confidence
from tracker.extract.pipeline import MIN_CANDIDATE_CONFIDENCE, suggest, to_json

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(CORPUS.glob("*/docs/*.txt"))[::24]

DEADLINES = [None, Deadline("", date(2025, 12, 31), Precision.YEAR),
             Deadline("2025年底前", date(2025, 12, 31), Precision.YEAR),
             Deadline("长期坚持", None, Precision.YEAR)]
BODIES = [[], [BodyRef("市生态环境局")], [BodyRef("某市人民政府")]]
WHYS = ["", "责任主体：市生态环境局", "时限（所在条目）：2025年底前"]


@pytest.fixture(scope="module")
def candidates():
    out = []
    for path in DOCS:
        out.extend(s for s in suggest(path.read_text(encoding="utf-8"), candidates=True)
                   if s.rejected)
    assert len(out) > 100
    return out


@pytest.mark.parametrize("floor", [MIN_CANDIDATE_CONFIDENCE, 0.3, 0.9])
def test_a_unit_ruled_out_scores_below_the_floor_whatever_its_fields(candidates, floor):
    w = confidence.weights()
    assert w is not None
    ruled_out = 0
    for s in candidates:
        heading, in_row, numbered = s.layout
        if confidence.may_reach(s.quote, s.target, s.rejected, w, floor, heading=heading,
                                in_row=in_row, numbered=numbered):
            continue
        ruled_out += 1
        for kind in SuggestionKind:
            for deadline in DEADLINES:
                for bodies in BODIES:
                    for why in WHYS:
                        v = dataclasses.replace(s, kind=kind, deadline=deadline,
                                                responsible=bodies, why=why)
                        full = confidence.score(v, w, heading=heading, in_row=in_row,
                                                numbered=numbered)
                        assert round(full, 2) < floor, (s.quote, kind, deadline, bodies, why)
    assert ruled_out > 0  # the ceiling does rule out


def test_the_ceiling_lets_through_a_unit_the_model_takes_up(candidates):
    w = confidence.weights()
    assert w is not None
    for s in candidates:
        heading, in_row, numbered = s.layout
        full = confidence.score(s, w, heading=heading, in_row=in_row, numbered=numbered)
        if round(full, 2) >= MIN_CANDIDATE_CONFIDENCE:
            assert confidence.may_reach(s.quote, s.target, s.rejected, w,
                                        MIN_CANDIDATE_CONFIDENCE, heading=heading,
                                        in_row=in_row, numbered=numbered)


def _records(text: str) -> list[tuple]:
    return [(to_json(s), repr(s.confidence), s.duplicate_of, s.layout)
            for s in suggest(text, keep_duplicates=True)]


def test_suggest_is_the_same_as_when_every_unit_is_built(monkeypatch):
    texts = [path.read_text(encoding="utf-8") for path in DOCS]
    texts += [  # short texts and a clause alone: every unit is built there
        "加强组织领导。",
        "各地要加强组织领导，压实工作责任。2025年底前完成全部整改任务。",
    ]
    pruned = _records_all(texts)
    ruled_out = []
    real = confidence.may_reach

    def counted(*args, **kwargs):
        ok = real(*args, **kwargs)
        if not ok:
            ruled_out.append(args[0])
        return ok
    monkeypatch.setattr(confidence, "may_reach", counted)
    assert _records_all(texts) == pruned
    assert ruled_out  # some units were not built
    monkeypatch.setattr(confidence, "may_reach", lambda *a, **k: True)
    assert _records_all(texts) == pruned


def _records_all(texts: list[str]) -> list[list[tuple]]:
    return [_records(t) for t in texts]


def test_training_keeps_every_unit(monkeypatch):
    # candidates=True (what the unit model is fitted on) builds every unit turned down,
    # whatever the ceiling says
    text = DOCS[0].read_text(encoding="utf-8")
    before = [(s.start, s.end, s.rejected) for s in suggest(text, candidates=True)]
    assert any(r for _, _, r in before)
    monkeypatch.setattr(confidence, "may_reach", lambda *a, **k: False)
    assert [(s.start, s.end, s.rejected) for s in suggest(text, candidates=True)] == before
