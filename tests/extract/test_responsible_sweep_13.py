"""The responsible sweep of branch resp13 (tests/extract/responsible_sweep_13.py) read through
the public path, as ``tracker suggest`` reads a file; and the parts of the openings' grammar
on their own."""

from __future__ import annotations

import pytest

from tests.extract.responsible_sweep_13 import cases
from tests.extract.issuer_sweep import Case, outcome
from tracker.extract.issuer import document_context, usual_name, _default_gazetteer
from tracker.geo.script import to_simplified

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_the_opening_or_section_tells_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


def _issuers(text: str) -> list[str]:
    return [r.name for r in document_context(text, to_simplified(text)).issuer_refs]


@pytest.mark.parametrize(("text", "issuer"), [
    # a deputy of the level above speaks as the head of his own division
    ("3月5日，湖南省副省长、长沙市市长周某某出席会议并讲话。", "长沙市人民政府"),
    ("3月5日，江西省副省长、南昌市长李某出席会议并讲话。", "南昌市人民政府"),
    ("3月5日，九江市副市长、修水县县长王某某主持会议。", "修水县人民政府"),
    # a deputy alone: the government he serves in, never 湖南省副省
    ("3月5日，湖南省副省长周某某出席会议并讲话。", "湖南省人民政府"),
])
def test_a_deputy_speaks_for_the_division_he_heads(text: str, issuer: str) -> None:
    assert _issuers(text) == [issuer]


@pytest.mark.parametrize(("text", "issuer"), [
    ("深圳二届人大二次会议开幕\n4月21日,坪山区二届人大二次会议开幕。区政府工作报告回顾了2021年工作。", "坪山区人民政府"),
    ("4月20日，深圳市龙岗区第七届人民代表大会第二次会议闭幕。会议表决通过区人民政府工作报告等6项决议。", "龙岗区人民政府"),
    ("今天上午，长沙市十六届人大四次会议开幕。会上，市长周某某作市人民政府工作报告。", "长沙市人民政府"),
])
def test_a_session_names_the_report_s_government(text: str, issuer: str) -> None:
    assert _issuers(text) == [issuer]


def test_a_session_of_another_level_names_none() -> None:
    # the city's congress hearing the city's report: never a county's government
    assert _issuers("今天上午，九江市十六届人大四次会议开幕。会上，市长张某作市人民政府工作报告。") == ["九江市人民政府"]


@pytest.mark.parametrize(("name", "analysis", "usual"), [
    ("果洛藏族自治州人民政府", "果洛藏族自治州第十五届人民代表大会第四次会议开幕。果洛州人民政府州长X代表果洛州人民政府作工作报告。",
     "果洛州人民政府"),
    ("果洛藏族自治州人民政府", "现在，我代表果洛藏族自治州人民政府，向大会报告工作。", "果洛藏族自治州人民政府"),
    ("甘孜藏族自治州人民政府", "过去一年，甘孜经济运行稳中向好，全州…", "甘孜州人民政府"),
])
def test_a_prefecture_s_government_as_the_document_names_it(name: str, analysis: str, usual: str) -> None:
    assert usual_name(name, analysis, _default_gazetteer()) == usual


@pytest.mark.parametrize(("text", "issuer"), [
    ("央视网消息：农业农村部发布，今年以来，高标准农田建设稳步推进。\n", "农业农村部"),
    ("生态环境部通报：1-10月全国空气质量持续改善。\n", "生态环境部"),
    ("今年任务将如期完成\n央视网消息:九江市水利局发布,今年以来,各项工作稳步推进。\n", "九江市水利局"),
])
def test_a_body_s_release_names_the_issuer(text: str, issuer: str) -> None:
    assert _issuers(text) == [issuer]


@pytest.mark.parametrize("text", [
    "人民日报发布：今年以来，全国空气质量持续改善。\n",  # an outlet, no body
    "新华社发布，今年以来，全国空气质量持续改善。\n",
    "会议发布，今年以来全省空气质量持续改善。\n",  # a meeting, no body
])
def test_no_release_without_a_body(text: str) -> None:
    assert _issuers(text) == []


@pytest.mark.parametrize(("words", "body"), [
    ("对重点问题整改落实情况，省整改办将及时调度、通报进展", "省整改办"),
    ("针对督察反馈的问题，市生态环境局要加快推进整改", "市生态环境局"),
    ("对于排查发现的隐患，县应急管理局将逐一销号", "县应急管理局"),
    ("围绕空气质量改善目标，区政府将实施十大工程", "区政府"),
    ("按照整改方案，各地环保部门将开展专项检查", "各地环保部门"),
])
def test_the_body_after_a_fronted_topic(words: str, body: str) -> None:
    from tracker.extract.pipeline import _bodies
    assert [b.name for b in _bodies(words, words, 0, len(words), None)] == [body]


@pytest.mark.parametrize("words", [
    "对照问题清单逐项整改",  # 对照 opening the clause's own verb phrase: no subject
    "对上报完成整改的问题进行挂牌督办",  # the object of 对, no comma: no body
])
def test_no_body_after_a_frame_without_one(words: str) -> None:
    from tracker.extract.pipeline import _bodies
    assert _bodies(words, words, 0, len(words), None) == []
