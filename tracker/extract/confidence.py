"""How likely a suggestion is right: a small logistic model over what the rules saw.

The rules give each suggestion its kind, fields and a first confidence; this module turns
those into a probability that a reader would register it, with weights fitted on the dev
part of the project's annotated corpus (tools/train_confidence.py writes them to
confidence.json beside this file). Without the weights file the rules' own confidence is
kept. Nothing is downloaded; the model is a dot product.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.pipeline import Suggestion

WEIGHTS = "confidence.json"


def features(s: Suggestion, *, heading: int, in_row: bool, numbered: bool) -> dict[str, float]:
    """The signals the model weighs, each a number (most are 0 or 1)."""
    t, d = s.target, s.deadline
    n = len(s.quote)
    f = {
        "bias": 1.0,
        "rules": s.confidence,
        f"kind={s.kind}": 1.0,
        "comparator": float(t is not None and t.comparator is not None),
        "value": float(t is not None and t.value is not None),
        "unit": float(t is not None and bool(t.unit)),
        "dated": float(d is not None and d.date is not None),
        "own_time_words": float(d is not None and bool(d.text)),
        "section_heading": float(0 < heading <= 3),
        "line_item": float(heading > 3),
        "table_row": float(in_row),
        "numbered": float(numbered),
        "short": float(n < 8),
        "long": float(n > 60),
        "length": min(n, 80) / 80,
        "named_body": float(bool(s.responsible) and "人民政府" not in s.responsible[0].name),
        "why_actor": float("责任主体" in s.why),
    }
    return f


@lru_cache(maxsize=1)
def weights() -> dict[str, float] | None:
    try:
        raw = resources.files("tracker.extract").joinpath(WEIGHTS).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return json.loads(raw)["weights"]


def probability(f: dict[str, float], w: dict[str, float]) -> float:
    z = sum(w.get(k, 0.0) * v for k, v in f.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
