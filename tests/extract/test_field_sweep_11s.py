"""The field sweep (tests/extract/field_sweep_11s.py): every wording of each cause gives
the fields the definition page and the gold conventions set, in every frame and script."""

from __future__ import annotations

import pytest

from tests.extract.field_sweep_11s import Case, cases, read, wanted

# the causes whose rules are in (each one's every variant passes)
FIXED = ("per", "yearly", "double", "growth", "listed", "bound", "pairs", "heads", "docyear", "instep")
# A bound, then a meeting, then what the meeting hands down (3月底前，召开专题会议，分解下达
# 2025年目标任务) are one record (pipeline._meeting_purpose; test_meeting_purpose_rec13)
CASES = [c for c in cases() if c.cause in FIXED]


@pytest.mark.parametrize("case", CASES, ids=[getattr(c, "values", [c])[0].name for c in CASES])
def test_field_sweep(case: Case) -> None:
    assert read(case) == wanted(case)
