"""The responsible sweep of branch resp13b (tests/extract/responsible_sweep_13b.py) read through
the public path, as ``tracker suggest`` reads a file; and the parts of the grammar alone."""

from __future__ import annotations

import pytest

from tests.extract.issuer_sweep import Case, outcome
from tests.extract.responsible_sweep_13b import cases
from tracker.extract.issuer import _default_gazetteer, _own_place

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{i}" for i, c in enumerate(CASES)])
def test_who_answers(case: Case) -> None:
    ok, got = outcome(case)
    assert ok, (sorted(case.want), got)


@pytest.mark.parametrize(("words", "region", "want"), [
    ("开创中国式现代化建设荥阳实践新局面", "410100", "410182"),  # below the city guessed
    ("奋力谱写中国式现代化黄梅新篇章", "421100", "421127"),
    ("为全市大局贡献更多正定力量", None, "130123"),  # none guessed: a name of one division
    ("奋力谱写中国式现代化河南篇章", "410100", "410100"),  # the province above: kept
    ("贡献更大力量", "410100", "410100"),  # no place
    ("奋力谱写中国式现代化郑州篇章", "410100", "410100"),  # the division itself
    ("开创中国式现(xiàn)代化建设荥陽實(shí)踐新局面", "410100", "410182"),  # pinyin kept inline
])
def test_the_own_place_of_the_closing_words(words: str, region: str | None, want: str | None) -> None:
    from tracker.geo.script import to_simplified
    assert _own_place(to_simplified(words), _default_gazetteer(), region) == want


@pytest.mark.parametrize(("words", "bodies"), [
    ("在市水利局统筹规划指导下，编制一片区调度方案", []),
    ("在市委市政府的坚强领导下，区住建局将完成改造", ["区住建局"]),
    ("在省生态环境厅的大力支持下完成监测站建设", []),
    ("在县委、县政府的统筹协调下，县水利局负责完成堤防加固", ["县水利局"]),
    ("在区委区政府领导下开展整治", []),
    # 在 with no frame of guidance: the body stays (a place, or the body itself)
    ("在市水利局完成验收", ["市水利局"]),
])
def test_the_body_that_guides_is_no_body_acting(words: str, bodies: list[str]) -> None:
    from tracker.extract.pipeline import _bodies
    assert [b.name for b in _bodies(words, words, 0, len(words), None)] == bodies


@pytest.mark.parametrize(("words", "bodies"), [
    ("为全市各类用人单位及灵活就业人员减负约39.13亿元", []),
    ("为全县各中小学校配备心理健康教师", []),
    ("为各乡镇卫生院配备救护车60辆", []),
    ("将费率由7%降至6%，为企业减负10亿元", []),
    # the body acting before 为: kept
    ("市财政局为各乡镇卫生院配备救护车", ["市财政局"]),
])
def test_the_body_served_is_no_body_acting(words: str, bodies: list[str]) -> None:
    from tracker.extract.pipeline import _bodies
    assert [b.name for b in _bodies(words, words, 0, len(words), None)] == bodies


@pytest.mark.parametrize(("head", "want"), [
    ("www.nhnews.com.cn 宁海新闻网 2021年01月23日\n记者从县十八届人大五次会议上获悉", "330226"),
    ("来源：黄梅发布\n近日，全县2025年民生实事项目确定。", "421127"),
    ("余姚日报讯 1月5日，市委经济工作会议召开。", "330281"),
    # the outlet's division at another level than the text speaks at: no place
    ("来源：宁海新闻网\n近日，全市2025年民生实事项目确定。", None),
    # a name several divisions share, or no level spoken: no place
    ("来源：朝阳日报\n近日，全区2025年民生实事项目确定。", None),
    ("来源：宁海新闻网\n近日，2025年民生实事项目确定。", None),
])
def test_a_local_outlet_names_the_place(head: str, want: str | None) -> None:
    from tracker.extract.issuer import _outlet_place
    assert _outlet_place(head, _default_gazetteer()) == want
