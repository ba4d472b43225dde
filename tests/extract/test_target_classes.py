"""Comparators, values and units that failed on documents the extractor had never seen
(issue 11, classes 6 and 7), each with invented clauses of the same class, read by the
target parser and end to end through suggest()."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tracker.extract.targets import find_targets, parse_target
from tracker.extract.units import per_unit, standard_unit

GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, DEC, ZERO = Comparator.INCREASE, Comparator.DECREASE, Comparator.ZERO

# (clause, comparator, value, unit)
COMPARATORS = [
    # ranges are bands [low, high]: the verb's comparator when it has one (增长 / 控制在 /
    # 以上), else '=' — the level lies within the band (commitments.md: 达到 X is '=', the
    # value a range; the dev gold reads 力争培育8—10个百亿企业 so)
    ("全年粮食产量增长1%—2%", INC, (1, 2), "%"),
    ("居民收入增长6%-7%", INC, (6, 7), "%"),
    ("建成3至4个区域再生水厂", EQ, (3, 4), "个"),
    ("城镇污水处理率达到96%—98%", EQ, (96, 98), "%"),
    ("新建雨污分流管网20～30公里", EQ, (20, 30), "公里"),
    ("力争培育5—8家省级专精特新企业", EQ, (5, 8), "家"),
    ("新增充电桩300至500个以上", GE, (300, 500), "个"),
    ("能耗强度控制在0.4至0.45吨标准煤以内", LE, (0.4, 0.45), "吨标准煤"),
    # a count of events (场 / 场次) is a unit like any counter
    ("举办各类招聘活动60场以上", GE, 60, "场"),
    ("开展送戏下乡200场次", EQ, 200, "场次"),
    # tenths
    ("农村污水治理率提高两成", INC, 20, "%"),
    ("县域再生资源回收率达到四成以上", GE, 40, "%"),
    ("优质耕地占比超七成", GE, 70, "%"),
    ("清洁取暖覆盖率超过八成", GE, 80, "%"),
    ("外贸进出口总额逾3000亿元", GE, 3000, "亿元"),
    # 新增 X: the amount to add, stated as a quantity (以上 makes it a floor)
    ("新增城市绿道1500公里", EQ, 1500, "公里"),
    ("全年新增城镇就业8万人左右", EQ, 8, "万人"),
    ("新增分布式光伏装机60万千瓦以上", GE, 60, "万千瓦"),
    ("湿地面积新增3万亩", EQ, 3, "万亩"),
    # a named standard is no number; the count after it is the target
    ("淘汰国四及以下排放标准营运柴油货车800辆以上", GE, 800, "辆"),
    ("年内淘汰国三柴油货车300辆", EQ, 300, "辆"),
    # the target value, not a count of the things it applies to
    ("推动全县5个工业园区污水集中处理率达到95%", EQ, 95, "%"),
    ("确保12个省控断面水质优良比例达到100%", EQ, 100, "%"),
    ("全县90%以上行政村完成生活污水治理", GE, 90, "%"),
    # end states
    ("县域经济总量翻一番", INC, 100, "%"),
    ("重污染天数比2020年减半", DEC, 50, "%"),
    ("35蒸吨以下燃煤锅炉全部淘汰", ZERO, None, None),
    # a headcount aimed at (力争 / 确保) is a target even stated flat
    ("力争引进青年人才20万人", EQ, 20, "万人"),
    # a growth named as the goal before a verb of level: the value is the growth
    ("地区生产总值预期增长目标为6%", INC, 6, "%"),
    ("全市生产总值增长目标设定为5%左右", INC, 5, "%"),
    ("城镇污水处理率目标为95%", EQ, 95, "%"),
    # 左右 alone is a level
    ("居民消费价格涨幅3%左右", EQ, 3, "%"),
    ("单位产值能耗下降3%左右", DEC, 3, "%"),
]


@pytest.mark.parametrize(("clause", "comparator", "value", "unit"), COMPARATORS,
                         ids=[c[0] for c in COMPARATORS])
def test_comparator_value_unit(clause: str, comparator, value, unit) -> None:
    target = parse_target(clause)
    assert target is not None
    assert target.comparator is comparator
    want = tuple(pytest.approx(v) for v in value) if isinstance(value, tuple) else (
        pytest.approx(value) if value is not None else None)
    assert target.value == want
    assert target.unit == unit


# (clause, comparator): targets without a number, a rate held against another level or a
# service made universal
NO_NUMBER = [
    ("城乡居民人均可支配收入增速高于经济增速", GE),
    ("全市研发投入强度持续高于全省平均水平", GE),
    ("农村居民收入增长快于城镇居民", GE),
    ("单位产值能耗增速低于经济增速", LE),
    ("长江干流水质不低于上游来水水质", GE),
    ("全市PM2.5浓度低于全省平均水平", LE),
    ("学前教育全面普及", Comparator.FULL),
    ("生活垃圾分类基本普及", Comparator.FULL),
]


@pytest.mark.parametrize(("clause", "comparator"), NO_NUMBER, ids=[c[0] for c in NO_NUMBER])
def test_targets_without_a_number(clause: str, comparator) -> None:
    from tracker.extract.trend import direction_or_end_state
    target = direction_or_end_state(clause)
    assert target is not None
    assert (target.comparator, target.value) == (comparator, None)


@pytest.mark.parametrize("clause", ["其效率高于同行", "推动基本公共服务普及", "加快普及"])
def test_no_number_needs_a_measure(clause: str) -> None:
    from tracker.extract.trend import direction_or_end_state
    assert direction_or_end_state(clause) is None


def test_a_headcount_stated_flat_without_aim_is_no_target() -> None:
    assert parse_target("全年参训人员500人") is None


@pytest.mark.parametrize("clause", ["淘汰35蒸吨以下燃煤锅炉", "关停10万千瓦以下煤电机组",
                                    "推进国六排放标准实施", "淘汰10蒸吨/小时及以下燃煤锅炉"])
def test_a_quantity_that_names_which_things_is_no_target(clause: str) -> None:
    assert [t for t in find_targets(clause) if t.value is not None] == []


# (clause, value, unit): units read whole, in their standard spelling
UNITS = [
    ("单位地区生产总值二氧化碳排放降至0.45吨/万元", 0.45, "吨/万元"),
    ("万元工业增加值用水量降至18立方米/万元", 18, "立方米/万元"),
    ("万元GDP能耗降低到0.3吨标准煤/万元", 0.3, "吨标准煤/万元"),
    ("细颗粒物浓度控制在28微克/立方米以下", 28, "微克/立方米"),
    ("细颗粒物浓度控制在28微克每立方米以下", 28, "微克/立方米"),
    ("PM2.5年均浓度降至27μg/m³", 27, "微克/立方米"),
    ("污水处理能力达到35万立方米/日", 35, "万立方米/日"),
    ("污水处理能力达到35万立方米/天", 35, "万立方米/日"),
    ("工商业电价降低1.5分/千瓦时", 1.5, "分/千瓦时"),
    ("单位面积化肥用量控制在25公斤/亩以下", 25, "公斤/亩"),
    ("森林覆盖率提高1.2个百分点", 1.2, "个百分点"),
    ("完成造林绿化12万亩", 12, "万亩"),
    ("新能源装机达到450万千瓦", 450, "万千瓦"),
    ("治理水土流失面积85平方公里", 85, "平方公里"),
    ("淘汰燃煤锅炉总容量达到300蒸吨", 300, "蒸吨"),
    ("人均公园绿地面积达到16平方米/人", 16, "平方米/人"),
    ("完成老旧小区改造85万平方米", 85, "万平方米"),
    ("每千人口医疗卫生机构床位数达到7.5张", 7.5, "张"),
    ("全年接待游客突破2500万人次", 2500, "万人次"),
]


@pytest.mark.parametrize(("clause", "value", "unit"), UNITS, ids=[u[0] for u in UNITS])
def test_units_are_read_whole(clause: str, value: float, unit: str) -> None:
    target = parse_target(clause)
    assert target is not None
    assert (target.value, target.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("unit", "per", "std"), [
    ("吨", "万元", "吨/万元"), ("立方米", "万元", "立方米/万元"), ("万立方米", "天", "万立方米/日"),
    ("蒸吨", "小时", "蒸吨/小时"), ("千瓦时", "人", "千瓦时/人"), ("元", "吨", "元/吨"),
])
def test_per_unit(unit: str, per: str, std: str) -> None:
    assert per_unit(unit, per) == std


def test_standard_spellings() -> None:
    assert standard_unit("微克每立方米") == "微克/立方米"
    assert standard_unit("百分点") == "个百分点"
    assert standard_unit("蒸吨") == "蒸吨"


# End to end: the fields as suggest() gives them (lines without a full stop are the
# units-of-text work; these end in 。).
END_TO_END = [
    ("2. 年底前PM2.5平均浓度控制在30微克/立方米以下。", "<=", 30, "微克/立方米"),
    ("5. 新增森林碳汇面积2万亩。", "=", 2, "万亩"),
    ("到2027年，单位工业增加值用水量降至15立方米/万元。", "=", 15, "立方米/万元"),
    ("年内淘汰国三及以下柴油货车1200辆以上。", ">=", 1200, "辆"),
    ("全市规上工业增加值增长6%—6.5%。", "increase", [6, 6.5], "%"),
    ("农村集中供水率超九成。", ">=", 90, "%"),
]


@pytest.mark.parametrize(("text", "comparator", "value", "unit"), END_TO_END,
                         ids=[e[0] for e in END_TO_END])
def test_fields_end_to_end(text: str, comparator: str, value, unit: str) -> None:
    from tracker.extract.pipeline import to_json
    found = [to_json(s) for s in suggest(text, date(2026, 2, 10)) if s.target is not None]
    assert found, text
    rec = found[0]
    assert (rec["comparator"], rec["unit"]) == (comparator, unit)
    assert rec["value"] == (pytest.approx(value) if not isinstance(value, list)
                            else [pytest.approx(v) for v in value])


# Cells and indicator lines: comparison signs, the unit in the name's brackets.
CELLS = [
    ("≥85%", GE, 85, "%", None),
    ("≤ 30微克/立方米", LE, 30, "微克/立方米", None),
    ("地表水优良比例≥92%", GE, 92, "%", "地表水优良比例"),
    ("细颗粒物浓度＜35微克/立方米", LE, 35, "微克/立方米", "细颗粒物浓度"),
    ("生活污水集中收集率（%）≥75", GE, 75, "%", "生活污水集中收集率"),
    ("森林覆盖率(%)  62.5", EQ, 62.5, "%", "森林覆盖率"),
    ("单位地区生产总值用水量（立方米/万元） ≤ 28", LE, 28, "立方米/万元", "单位地区生产总值用水量"),
    ("年均增长6%～6.5%", INC, (6, 6.5), "%", None),
    ("85%以上", GE, 85, "%", None),
]


@pytest.mark.parametrize(("cell", "comparator", "value", "unit", "metric"), CELLS,
                         ids=[c[0] for c in CELLS])
def test_cells(cell: str, comparator, value, unit: str, metric) -> None:
    target = parse_target(cell)
    assert target is not None
    assert (target.comparator, target.unit, target.metric) == (comparator, unit, metric)
    want = tuple(pytest.approx(v) for v in value) if isinstance(value, tuple) else pytest.approx(value)
    assert target.value == want


# A measure counted in years or months: the time unit after it is its value
DURATIONS = [
    ("劳动年龄人口平均受教育年限提高到11.7年", EQ, 11.7, "年"),
    ("工程建设项目审批时长压缩到3个月以内", LE, 3, "个月"),
]


@pytest.mark.parametrize(("clause", "comparator", "value", "unit"), DURATIONS,
                         ids=[d[0] for d in DURATIONS])
def test_durations(clause: str, comparator, value, unit) -> None:
    target = parse_target(clause)
    assert target is not None
    assert (target.comparator, target.value, target.unit) == (comparator, pytest.approx(value), unit)


@pytest.mark.parametrize("clause", ["到2027年底前完成改造", "用3年时间完成改造", "2026年6月底前建成"])
def test_time_words_are_no_duration(clause: str) -> None:
    assert [t for t in find_targets(clause) if t.unit in ("年", "个月")] == []


@pytest.mark.parametrize("clause", ["重度及以上污染天数控制在3天以内", "审批时间压缩至5个工作日内",
                                    "平均办理时长缩短到10天以内"])
def test_a_span_after_a_level_verb_is_a_quantity_not_a_bound(clause: str) -> None:
    from tracker.extract.deadlines import find_deadlines
    assert find_deadlines(clause, date(2026, 1, 1)) == []


def test_a_span_quantity_lends_no_deadline_to_the_clauses_after_it() -> None:
    from tracker.extract.pipeline import to_json
    text = "2026年工作目标：重度及以上污染天数控制在3天以内，城镇污水处理率达到97%。"
    found = [to_json(s) for s in suggest(text, date(2026, 1, 1))]
    assert [r["deadline"] for r in found] == ["2026-12-31", "2026-12-31"]
    assert (found[0]["comparator"], found[0]["value"], found[0]["unit"]) == ("<=", 3, "天")
