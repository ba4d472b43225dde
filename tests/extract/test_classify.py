"""Clause judging: commitments, duties, past results, exhortations and logistics."""

import pytest

from tracker.extract.classify import judge, strip_leading, subject_of
from tracker.extract.trend import trend_target
from tracker.domain import Comparator


@pytest.mark.parametrize("clause", [
    "加快建成全省统一的GEP核算平台",
    "制定出台水环境质量提升实施方案",
    "实施鄱阳湖总磷污染控制与削减专项行动",
    "创建井冈山国家公园",
    "有计划分步骤实施好“碳达峰十大行动”",
    "依托全省统一平台开展定期核算",
    "6月底前出台促进民营经济发展措施",
])
def test_concrete_actions_are_deliverables(clause):
    verdict = judge(clause)
    assert verdict.kind == "deliverable"
    assert verdict.confidence >= 0.7


@pytest.mark.parametrize("clause", [
    "深入学习贯彻习近平生态文明思想",
    "提高政治站位",
    "形成强大合力",
    "切实增强生态环保意识",
    "坚持问题导向",
    "推动经济社会发展全面绿色转型",
    "促进数字经济与实体经济深度融合",
    "省委书记尹弘出席大会并讲话",
    "他强调",
    "与会人员观看了专题片",
    "重点抓好以下工作",
    "深入推进污染防治攻坚方面",
])
def test_exhortations_logistics_and_directions_give_nothing(clause):
    assert judge(clause).kind is None


def test_named_body_with_yao_is_a_duty_and_keeps_its_name():
    verdict = judge("县级以上人民代表大会及其常务委员会要定期听取和审议本级人民政府报告")
    assert verdict.kind == "duty"
    assert verdict.actor == "县级以上人民代表大会及其常务委员会"


def test_named_body_building_a_named_thing_is_a_deliverable():
    verdict = judge("某区要建成区域危险废物集中处置中心")
    assert verdict.kind == "deliverable" and verdict.actor == "某区"


def test_prohibitions_are_duties():
    assert judge("严禁在生态保护红线内新设采矿权").kind == "duty"


def test_subjects_that_are_not_actors():
    assert subject_of("全省上下要深入学习") is None
    assert subject_of("全市要加快建设") is None
    assert subject_of("我们要坚持") is None
    assert subject_of("各级人民法院、人民检察院要依法惩治") == "各级人民法院、人民检察院"


def test_past_results_are_indicators_only_with_something_measured():
    assert judge("优良天数比例达到93.5%", past_context=True, has_target=True).kind == "indicator"
    assert judge("同比上升4.2个百分点", has_target=True).kind == "indicator"
    assert judge("国考断面首次实现劣五类清零").kind == "indicator"
    assert judge("全市生态环境质量持续改善", past_context=True).kind is None
    assert judge("取得了前所未有的显著成效").kind is None


def test_forward_cues_override_past_markers():
    verdict = judge("“十五五”期间累计完成改造项目200个", has_target=True)
    assert verdict.kind == "deliverable"


def test_strip_leading_sets_adverbs_aside():
    assert strip_leading("奋力打造国家生态文明建设高地") == "打造国家生态文明建设高地"
    assert strip_leading("要加快推进建设") == "推进建设"


@pytest.mark.parametrize("clause, comparator, metric", [
    ("努力提升优良水体比例", Comparator.INCREASE, "优良水体比例"),
    ("降低单位地区生产总值能耗强度", None, None),
    ("严守耕地保护红线", Comparator.GE, "耕地保护红线"),
    ("严守城镇开发边界", Comparator.LE, "城镇开发边界"),
    ("严格实行秸秆全域禁烧", Comparator.ZERO, "秸秆"),
    ("提升产业绿色低碳发展水平", None, None),
])
def test_targets_without_numbers(clause, comparator, metric):
    target = trend_target(clause)
    if comparator is None:
        assert target is None or target.comparator is Comparator.DECREASE
    else:
        assert target is not None
        assert target.comparator is comparator
        assert target.metric == metric


@pytest.mark.parametrize("clause, comparator", [
    ("确保国控断面水质稳定达到Ⅲ类", Comparator.EQ),
    ("地表水断面水质达到或优于Ⅲ类", Comparator.LE),
    # 及以上 read as the definition's comparator words read it (以上 → >=)
    ("饮用水水源地水质全部达到III类及以上", Comparator.GE),
])
def test_water_quality_classes(clause, comparator):
    target = trend_target(clause)
    assert target.comparator is comparator
    assert target.value == 3.0 and target.unit == "类"
    assert target.metric.endswith("水质类别") and "水质水质" not in target.metric


@pytest.mark.parametrize("clause", [
    "以完善政务公开内容和方式为核心",      # a frame for what follows
    "2016年是全面建成小康社会决胜阶段的开局之年",  # a copula about the year
    "〔市生态环境局牵头，市发展和改革局参与",  # a role note, not a measure
    "区城管局区政府民生实事项目3个",        # a tally of items under a body
    "分解任务19项",                    # a count of the plan's own tasks
])
def test_frames_role_notes_and_tallies_are_not_commitments(clause):
    assert judge(clause).kind is None


def test_a_count_with_a_verb_of_delivery_is_still_a_commitment():
    assert judge("新开工项目30个", has_target=True).kind is not None
