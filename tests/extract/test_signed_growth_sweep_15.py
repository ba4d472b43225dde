"""正增长 / 零增长 as a clause alone (issue 11, branch fields15): growth above nothing is a
floor at 0 % (``>=`` 0 %), the mirror of 零增长's ceiling (``<=`` 0 %); each wording in
several subjects × verbs, Simplified and Traditional, with and without the final 。, and
after a time phrase with full-width digits (the corpus's gold: H_27, W_13)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.extract.sweep_kit import FULL_DIGITS, s2t
from tracker.extract import suggest, to_json

SUBJECTS = ("进出口", "外贸进出口总额", "一般公共预算收入、固定资产投资", "全县工业用电量", "社会消费品零售总额")
VERBS = ("实现", "保持", "力争", "确保", "")
SIGNS = (("正增长", ">=", 0.0, "%"), ("零增长", "<=", 0.0, "%"))


def _cases() -> Iterator[tuple[str, str, float, str]]:
    for i, subject in enumerate(SUBJECTS):
        for j, verb in enumerate(VERBS):
            for sign, cmp, value, unit in SIGNS:
                text = f"{subject}{verb}{sign}"
                for form in (text, text + "。", s2t().convert(text),
                             ("2025年" if (i + j) % 2 else "到2026年底，").translate(FULL_DIGITS) + text):
                    yield form, cmp, value, unit


CASES = list(_cases())


@pytest.mark.parametrize("text,cmp,value,unit", CASES)
def test_signed_growth_is_a_bound_at_nothing(text: str, cmp: str, value: float, unit: str) -> None:
    found = [to_json(s) for s in suggest(text, date(2025, 2, 1)) if s.kind.value != "indicator"]
    assert found, text
    s = max(found, key=lambda x: x["end"] - x["start"])
    assert (s["comparator"], s["value"], s["unit"]) == (cmp, value, unit)
