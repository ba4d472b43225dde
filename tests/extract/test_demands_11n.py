"""Demands laid on a body in a report of what was done (session 11n, rectification genre):
要求X… / 被要求… / 责令… / 责成… at a clause's start reports an act, but what it lays on
the body is still ahead — a commitment of that body, with the clauses after it in the
sentence. A tally of the bodies or cases ordered (责令整改企业35家 / 责令25个单位作出检查)
is a result, an indicator, as the definition keeps past results.

The sentences are invented, in the style of audit-rectification news and closeout notices.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.pipeline import _demand_laid, _demanded_of

DOC = date(2024, 6, 1)


@pytest.mark.parametrize("clause, who", [
    ("要求被审计单位按整改清单逐条对照落实", "被审计单位"),
    ("并要求相关单位在规定时间内报送整改结果", "相关单位"),
    ("责令相关企业立即停产整改", "相关企业"),
    ("责成各县区限期完成整改", "各县区"),
    ("同时要求各乡镇对照问题清单逐项销号", "各乡镇"),
    ("被要求从速落实整改并限期销号", None),   # the body stands before: none named here
    ("责令限期整改", None),
])
def test_a_demand_and_the_body_it_is_laid_on(clause: str, who: str | None) -> None:
    assert _demand_laid(clause)
    assert _demanded_of(clause) == who


@pytest.mark.parametrize("clause", [
    "责令整改企业35家",            # a tally of the bodies ordered
    "责令25个单位作出深刻检查",
    "责令停产整治12户",
    "要求高、任务重",              # the noun, not the verb
    "要求的各项任务全部完成",
    "严格对照要求推进整改",         # not at the clause's start
    "已要求相关单位整改",           # reported as done
])
def test_no_demand_laid(clause: str) -> None:
    assert not _demand_laid(clause)


def _commitments(text: str):
    return [s for s in suggest(text, DOC) if s.kind != "indicator"]


@pytest.mark.parametrize("text, words, who", [
    ("近日，某县对财政审计发现的问题开展整改督查，12家单位收到整改通知书，被要求从速落实整改并限期销号。",
     "被要求从速落实整改并限期销号", None),
    ("上月，市审计局完成对8个部门的专项审计，要求被审计单位按整改清单逐项落实，在规定时间内报送整改结果。",
     "要求被审计单位按整改清单逐项落实", "被审计单位"),
    ("日前，区督查组对辖区餐饮企业开展了专项检查，责令相关企业立即整改到位。",
     "责令相关企业立即整改到位", "相关企业"),
])
def test_a_demand_in_a_report_of_what_was_done_is_a_commitment(text: str, words: str,
                                                                 who: str | None) -> None:
    found = [s for s in _commitments(text) if words in s.quote]
    assert found, [s.quote for s in suggest(text, DOC)]
    if who is not None:
        assert [b.name for b in found[0].responsible] == [who]


@pytest.mark.parametrize("text, words", [
    ("2023年，全市共查处环境违法案件120起，责令整改企业35家。", "责令整改企业35家"),
    ("截至2020年7月底，45个具体问题已完成整改39个。严格追责问责，给予党纪政务处分96人，"
     "责令25个单位作出深刻检查。",
     "责令25个单位作出深刻检查"),
])
def test_a_tally_of_demands_stays_a_result(text: str, words: str) -> None:
    assert not [s for s in _commitments(text) if words in s.quote]
