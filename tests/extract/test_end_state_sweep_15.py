"""End states said by a word of "all" before a verb of doing (反馈问题全部解决到位 → full,
36个问题全部整改到位 → full with its count) and by a ban with 停止 (全面停止新增围填海审批 →
zero), each clause alone as a cell: the cases of tests/extract/end_state_sweep_15.py."""

from __future__ import annotations

import pytest

from tests.extract.end_state_sweep_15 import Case, cases, comparator_of, passes

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}:{c.text}" for c in CASES])
def test_sweep(case: Case) -> None:
    ok, got = passes(case)
    assert ok, (case.text, case.want, got)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("第二轮督察反馈的36个问题全部整改到位", 36.0, "个"),
    ("285个计划新开工项目全部开工", 285.0, "个"),
    ("全市12家重点排污单位全部接入在线监控平台", 12.0, "家"),
])
def test_count_kept_with_full(text: str, value: float, unit: str) -> None:
    """The count says how many of them are dealt with: kept beside `full`."""
    from tracker.extract import suggest, to_json

    got = [to_json(s) for s in suggest(text, None) if s.kind != "indicator"]
    best = max(got, key=lambda x: x["end"] - x["start"])
    assert (best["comparator"], best["value"], best["unit"]) == ("full", value, unit)


@pytest.mark.parametrize("text", [
    "完成10个问题的整改",          # R2: a count without a word of all is a level
    "全市首批100个示范社区全面建成",  # 全面 is not 全部: left as the gold reads it (=)
])
def test_no_all_word_no_full(text: str) -> None:
    assert comparator_of(text) == "="
