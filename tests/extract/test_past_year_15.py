"""A paragraph framed by a year gone by reports it: 预计 there is the finished year's estimate
and goals reported reached (目标任务圆满完成) look back; the same words in the document's own
year or beside a word looking ahead stay commitments (past_year_sweep_15)."""

from __future__ import annotations

import pytest

from tests.extract.past_year_sweep_15 import documents, passes

CASES = list(documents())


@pytest.mark.parametrize(("case", "form", "text", "key", "commitment"), CASES,
                         ids=[f"{c}|{f}" for c, f, _, _, _ in CASES])
def test_past_year_sweep(case: str, form: str, text: str, key: str, commitment: bool) -> None:
    assert passes(text, key, commitment), (case, form)
