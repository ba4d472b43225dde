"""The unit model's screen (confidence.score_at_least): a unit the rules turned down is
not scored in full when the model cannot reach the floor; the screen must never drop one
the full score would keep. Checked on the candidates of real corpus documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import confidence
from tracker.extract.pipeline import MIN_CANDIDATE_CONFIDENCE, suggest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(CORPUS.glob("*/docs/*.txt"))[::24]


@pytest.fixture(scope="module")
def candidates():
    out = []
    for path in DOCS:
        out.extend(suggest(path.read_text(encoding="utf-8"), candidates=True))
    assert len(out) > 100
    return out


def test_the_clause_signals_are_each_0_or_1(candidates):
    # the screen adds the most they can give, taking each at 1
    for s in candidates:
        assert set(confidence._clause_signals(s.quote).values()) <= {0.0, 1.0}


@pytest.mark.parametrize("floor", [MIN_CANDIDATE_CONFIDENCE, 0.3, 0.9])
def test_the_screen_drops_only_what_the_full_score_leaves_below_the_floor(candidates, floor):
    w = confidence.weights()
    assert w is not None
    dropped = 0
    for s in candidates:
        heading, in_row, numbered = s.layout
        full = confidence.score(s, w, heading=heading, in_row=in_row, numbered=numbered)
        screened = confidence.score_at_least(s, w, floor, heading=heading, in_row=in_row,
                                             numbered=numbered)
        if screened is None:
            dropped += 1
            assert round(full, 2) < floor
        else:
            assert abs(screened - full) < 1e-12
    assert dropped > 0  # the screen does screen
