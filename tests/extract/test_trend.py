"""Targets without a number (trend.py): a direction for a measured quantity, a line to
hold, a ban, a water class, a quota from above. Invented clauses; traps give nothing."""

import pytest

from tracker.domain import Comparator
from tracker.extract.trend import trend_target

INC, DEC, LE, GE, ZERO, FULL, EQ = (Comparator.INCREASE, Comparator.DECREASE, Comparator.LE,
                                     Comparator.GE, Comparator.ZERO, Comparator.FULL, Comparator.EQ)

CASES = [
    ("努力提升城市污水集中收集率", "城市污水集中收集率", INC),
    ("持续改善县域空气质量、提升水环境质量、防控土壤污染风险", "县域空气质量", INC),
    ("推动全市声环境质量持续改善", "全市声环境质量", INC),
    ("推动湖库水质稳步向好", None, None),  # 水质 alone is no measure word here
    ("确保群众对生态环境满意度稳步提升", "群众对生态环境满意度", INC),
    ("降低单位地区生产总值二氧化碳排放强度", "单位地区生产总值二氧化碳排放强度", DEC),
    ("降低农药化肥使用总量", "农药化肥使用总量", DEC),
    ("严守永久基本农田保护红线", "永久基本农田保护红线", GE),
    ("严守用水总量上限", "用水总量上限", LE),
    ("全面实行露天焚烧垃圾全域禁烧", None, ZERO),
    ("重点河流水质稳定达到Ⅲ类", "河流水质类别", EQ),  # 重点 is set aside like an adverb
    ("出境断面水质达到或优于Ⅱ类", "出境断面水质类别", LE),
    ("二氧化硫排放总量控制在省下达指标以内", "二氧化硫排放总量", LE),
    ("能耗强度降低完成国家下达的目标任务", "能耗强度", DEC),  # the fall is what the quota sets
]


@pytest.mark.parametrize("clause,metric,comparator", CASES)
def test_trend_targets(clause, metric, comparator):
    target = trend_target(clause)
    if comparator is None:
        assert target is None
        return
    assert target is not None and target.comparator is comparator
    if metric is not None:
        assert target.metric == metric


@pytest.mark.parametrize("clause", ["提升基层治理水平", "加大支持力度", "推动高质量发展",
                                    "深入推进生态文明建设", "圆满完成省下达的目标任务"])
def test_directions_without_a_measure_give_no_target(clause):
    assert trend_target(clause) is None


@pytest.mark.parametrize(
    ("clause", "metric", "comparator"),
    [
        ("基本淘汰国三及以下排放标准柴油货车", "国三及以下排放标准柴油货车", ZERO),
        ("淘汰关停不达标的30万千瓦以下燃煤机组", "不达标的30万千瓦以下燃煤机组", ZERO),
        ("持续淘汰落后产能", None, None),  # a direction, no end state
        ("加速老旧车辆淘汰", None, None),
    ],
)
def test_phase_out_goes_to_zero(clause, metric, comparator):
    from tracker.extract.trend import direction_or_end_state
    target = direction_or_end_state(clause)
    if comparator is None:
        assert target is None or target.comparator is not ZERO
        return
    assert target is not None and (target.metric, target.comparator) == (metric, comparator)


def test_a_ban_within_a_zone_goes_to_zero():
    from tracker.extract.trend import ban_target
    target = ban_target("禁止在长江干线岸线1公里范围内新建重化工项目")
    assert target is not None and (target.metric, target.comparator) == ("重化工项目", ZERO)
