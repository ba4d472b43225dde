"""The field sweep (tests/extract/field_sweep_11s.py): every wording of each cause gives
the fields the definition page and the gold conventions set, in every frame and script."""

from __future__ import annotations

import pytest

from tests.extract.field_sweep_11s import Case, cases, read, wanted

# the causes whose rules are in (each one's every variant passes)
FIXED = ("per", "yearly", "double", "growth", "listed", "bound", "pairs", "heads", "docyear", "instep")
CASES = [c for c in cases() if c.cause in FIXED]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_field_sweep(case: Case) -> None:
    assert read(case) == wanted(case)
