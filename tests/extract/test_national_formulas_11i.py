"""The formulas every national and local work report repeats (回升向好, 全面深化改革,
扩大内需 …) name a direction of the whole economy and leave nothing to check; a measure
that carries a named thing or a number beside such a formula stays a commitment.
Invented sentences."""

import pytest

from tracker.extract.classify import judge

FORMULAS = [
    "推动经济持续回升向好",
    "巩固和增强经济回升向好态势",
    "推动经济实现质的有效提升和量的合理增长",
    "纵深推进全面从严治党",
    "全面深化改革开放",
    "统筹扩大内需和深化供给侧结构性改革",
    "扎实推进乡村全面振兴",
    "确保开好局起好步",
    "统筹发展和安全",
]

STILL_MEASURES = [
    "实施扩大内需十大工程",           # a named programme
    "新建乡村振兴示范村20个",          # a number
    "出台全面深化改革实施方案",        # a plan to issue
]


@pytest.mark.parametrize("clause", FORMULAS)
def test_a_national_formula_is_nothing_to_check(clause):
    assert judge(clause).kind is None


@pytest.mark.parametrize("clause", STILL_MEASURES)
def test_a_measure_beside_a_formula_stays(clause):
    assert judge(clause, has_target=any(c.isdigit() for c in clause)).kind is not None
