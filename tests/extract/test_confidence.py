"""The confidence model: shipped with the package, read without a network, and it ranks a
checkable target above a vague direction (invented sentences)."""

from __future__ import annotations

from datetime import date

from tracker.extract import suggest
from tracker.extract import confidence


def test_the_weights_ship_inside_the_package():
    w = confidence.weights()
    assert w is not None and "bias" in w and len(w) > 10


def test_a_dated_numeric_target_is_more_certain_than_a_vague_measure():
    text = "到2027年，全市PM2.5平均浓度控制在30微克/立方米以下。积极推进生态文明体制改革各项工作。"
    out = {s.quote: s.confidence for s in suggest(text, date(2025, 1, 1))}
    target = next(c for q, c in out.items() if "PM2.5" in q)
    assert 0.0 <= target <= 1.0
    assert all(c < target for q, c in out.items() if "PM2.5" not in q)


def test_probabilities_stay_between_zero_and_one_for_extreme_inputs():
    w = confidence.weights()
    assert confidence.probability({k: 1e9 for k in w}, w) <= 1.0
    assert confidence.probability({k: -1e9 for k in w}, w) >= 0.0
