"""Targets as a provincial work report states them (people counted by 名 that an act
reaches, a water class after its standard, trains and area passes as units) and a year's
task that seeks a state a review would report (力促…建成投用): the cases of
tests/extract/work_report_target_sweep_z15.py."""

from __future__ import annotations

import pytest

from tests.extract.work_report_target_sweep_z15 import (
    Case,
    DocCase,
    cases,
    counter_cases,
    doc_cases,
    doc_passes,
    passes,
    target_of,
)

CASES = list(cases())
DOC_CASES = list(doc_cases())
COUNTER = list(counter_cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}:{c.text}" for c in CASES])
def test_sweep(case: Case) -> None:
    ok, got = passes(case)
    assert ok, (case.text, case.want, got)


@pytest.mark.parametrize("case", DOC_CASES, ids=[f"{c.group}:{c.name}" for c in DOC_CASES])
def test_paragraph(case: DocCase) -> None:
    ok, quotes = doc_passes(case)
    assert ok, (case.text, case.key, case.want, quotes)


@pytest.mark.parametrize(("group", "text", "unit"), COUNTER, ids=[f"{g}:{t}" for g, t, _ in COUNTER])
def test_not_a_count(group: str, text: str, unit: str) -> None:
    """人以上 before a noun names which places (no headcount); 列入 / 列为 are verbs."""
    got = target_of(text)
    assert got is None or got[2] != unit, (group, text, got)


@pytest.mark.parametrize(("text", "want"), [
    ("确保白洋淀水质稳定保持在Ⅲ类", ("=", 3.0, "类")),        # the class alone, as before
    ("全市域市控以上断面水质保持在Ⅲ类以上", (">=", 3.0, "类")),
    ("为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物", (">=", 5.0, "万人")),
    ("完成1万名乡村医生线下培训", ("=", 1.0, "万人")),
    ("建设10个以上特色小镇", (">=", 10.0, "个")),
])
def test_unchanged(text: str, want: tuple[str, float, str]) -> None:
    """Wordings read right before this branch stay so."""
    assert target_of(text) == want
