"""Targets: metric, comparator, value and unit (shared/docs/commitments.md)."""

import pytest

from tracker.domain import Comparator, Target
from tracker.extract.targets import find_targets, parse_target, standard_unit

GE, LE, EQ = Comparator.GE, Comparator.LE, Comparator.EQ
INC, DEC, ZERO, FULL = Comparator.INCREASE, Comparator.DECREASE, Comparator.ZERO, Comparator.FULL

# (clause, metric, comparator, value, unit)
CASES = [
    ("优良水体比例达到80%以上", "优良水体比例", GE, 80, "%"),
    ("PM2.5浓度下降10%", "PM2.5浓度", DEC, 10, "%"),
    ("确保全市PM2.5平均浓度不超过35微克/立方米", "PM2.5平均浓度", LE, 35, "微克/立方米"),
    ("PM2.5浓度不高于35μg/m³", "PM2.5浓度", LE, 35, "微克/立方米"),
    ("PM2.5平均浓度25微克每立方米", "PM2.5平均浓度", EQ, 25, "微克/立方米"),
    ("到2025年，全市空气质量优良天数比例达到85%", "空气质量优良天数比例", EQ, 85, "%"),
    ("2025年PM2.5浓度下降到30微克/立方米以下", "PM2.5浓度", LE, 30, "微克/立方米"),
    ("地区生产总值增长5%—5.5%", "地区生产总值", INC, (5, 5.5), "%"),
    ("累计关停“散乱污”企业1200余家", "关停“散乱污”企业", GE, 1200, "家"),
    ("新建乡镇污水处理站30多个", "新建乡镇污水处理站", GE, 30, "个"),
    ("完成固定资产投资1.5万亿元", "固定资产投资", EQ, 1.5, "万亿元"),
    ("地区生产总值增长5%-5.5%", "地区生产总值", INC, (5, 5.5), "%"),
    ("地区生产总值增长5%至5.5%", "地区生产总值", INC, (5, 5.5), "%"),
    ("城镇调查失业率控制在5.5%左右", "城镇调查失业率", LE, 5.5, "%"),
    ("居民消费价格涨幅3%左右", "居民消费价格涨幅", EQ, 3, "%"),
    ("森林覆盖率提高两个百分点", "森林覆盖率", INC, 2, "个百分点"),
    ("森林覆盖率提高到63.5%", "森林覆盖率", EQ, 63.5, "%"),
    ("单位GDP能耗比2020年下降13.5%", "单位GDP能耗", DEC, 13.5, "%"),
    ("化肥使用量减少三成", "化肥使用量", DEC, 30, "%"),
    ("农村生活污水治理率达到七成以上", "农村生活污水治理率", GE, 70, "%"),
    ("城市污水处理能力达到120万立方米/日", "城市污水处理能力", EQ, 120, "万立方米/日"),
    ("新增造林10万亩", "新增造林", EQ, 10, "万亩"),
    ("完成造林八十万亩", "造林", EQ, 80, "万亩"),
    ("装机容量突破80万千瓦", "装机容量", GE, 80, "万千瓦"),
    ("粮食产量稳定在1200万吨以上", "粮食产量", GE, 1200, "万吨"),
    ("城镇新增就业12万人以上", "城镇新增就业", GE, 12, "万人"),  # 新增 counts what is added: X以上 is its floor
    ("建成5个污水处理厂", "污水处理厂", EQ, 5, "个"),
    ("累计关停企业1,200家", "关停企业", EQ, 1200, "家"),
    ("首次突破80%", None, GE, 80, "%"),
    ("同比上升4.2个百分点", None, INC, 4.2, "个百分点"),
    ("工业用电价格降低1.5分/千瓦时", "工业用电价格", DEC, 1.5, "分/千瓦时"),
    ("全省优良天数不少于300天", "优良天数", GE, 300, "天"),
    ("水土流失面积减少１２平方公里", "水土流失面积", DEC, 12, "平方公里"),
    ("研发投入增长1.2万元", "研发投入", INC, 1.2, "万元"),
    # 万/亿 before a counter stays in the unit as written (the corpus: 1.5萬個, 1.1万家)
    ("新增就业岗位1.2万个", "新增就业岗位", EQ, 1.2, "万个"),
    ("新设外资企业1.1万家", "新设外资企业", EQ, 1.1, "万家"),
    ("地表水国考断面水质优良比例达到百分之九十", "地表水国考断面水质优良比例", EQ, 90, "%"),
    ("居民收入翻一番", "居民收入", INC, 100, "%"),
    ("重污染天数减半", "重污染天数", DEC, 50, "%"),
    ("力争全面消除劣五类水体", "劣五类水体", ZERO, None, None),
    ("稳妥推进重点区域散煤清零", "重点区域散煤", ZERO, None, None),
    ("农村黑臭水体动态清零", "农村黑臭水体", ZERO, None, None),
    ("力争实现生态工业示范园区创建全覆盖", "生态工业示范园区创建", FULL, None, None),
    ("中央督察反馈问题整改任务全部完成", "中央督察反馈问题整改任务", FULL, None, None),
    ("综合能耗指数达到0.85", "综合能耗指数", EQ, 0.85, None),
    ("粮食产量稳定在60亿斤以上", "粮食产量", GE, 60, "亿斤"),
    ("城市生活垃圾无害化处理率保持100%", "城市生活垃圾无害化处理率", EQ, 100, "%"),
    ("全年空气质量优良天数达到328天", "空气质量优良天数", EQ, 328, "天"),
    ("确保反馈问题于2025年底前全部完成整改", "反馈问题", FULL, None, None),
    ("新建污水管网3至5公里", "新建污水管网", EQ, (3, 5), "公里"),
    ("细颗粒物（PM2.5）浓度下降10%", "细颗粒物（PM2.5）浓度", DEC, 10, "%"),
    ("县(市、区)生态示范创建全覆盖", "县(市、区)生态示范创建", FULL, None, None),
    ("新能源汽车保有量达到2万辆", "新能源汽车保有量", EQ, 2, "万辆"),  # 万 stays in the unit
    ("新增绿色建筑1.5亿平方米", "新增绿色建筑", EQ, 1.5, "亿平方米"),
    ("劣V类水体比例为0", "劣V类水体比例", ZERO, 0, "%"),  # a level of 0: none left (zero), a share
    # a floor on growth is >=; a fall of at least X stays a decrease
    ("研发经费投入年均增长7%以上", "研发经费投入", GE, 7, "%"),
    ("透明度≥25cm", "透明度", GE, 25, "厘米"),
    ("新增城镇就业1.2万-1.5万人", "新增城镇就业", EQ, (1.2, 1.5), "万人"),  # 万 on both ends
    ("基本消灭劣V类水体", "劣V类水体", ZERO, None, None),
    # a base stated before the level (由X提高到Y / 从X降至Y) is no part of the metric
    ("森林覆盖率由40.5%提高到42%", "森林覆盖率", EQ, 42, "%"),
    ("PM2.5浓度从35微克/立方米降至30微克/立方米", "PM2.5浓度", EQ, 30, "微克/立方米"),
    ("单位GDP能耗下降13.5%以上", "单位GDP能耗", DEC, 13.5, "%"),
]


@pytest.mark.parametrize(("clause", "metric", "comparator", "value", "unit"), CASES)
def test_find_targets_table(clause, metric, comparator, value, unit) -> None:
    found = find_targets(clause)
    assert len(found) == 1, found
    hit = found[0]
    assert hit.metric == metric
    assert hit.comparator is comparator
    assert hit.value == (pytest.approx(value) if value is not None else None)
    assert hit.unit == unit
    if metric:
        assert metric in clause[hit.start:hit.end]


@pytest.mark.parametrize(
    "clause",
    [
        "2025年", "到2035年基本实现", "“十四五”时期", "十四五规划", "排名第1名", "一个中心、三个方面",
        "PM2.5", "3个月内整改到位", "2021-2025年", "深入学习贯彻党的二十大精神", "一是加强领导",
        "居民人均可支配收入增长与经济增长同步", "编号1234", "评论 0人参与,0条评论", "建成5G基站", "创建4A级景区",
    ],
)
def test_not_a_target(clause: str) -> None:
    assert find_targets(clause) == []


def test_several_targets_in_one_sentence() -> None:
    text = "全市森林覆盖率稳定在63%以上，湿地保护率达到55%，劣五类水体全面消除"
    found = find_targets(text)
    assert [(t.metric, t.comparator) for t in found] == [
        ("森林覆盖率", GE), ("湿地保护率", EQ), ("劣五类水体", ZERO)]
    assert [text[t.start:t.end] for t in found][:2] == ["森林覆盖率稳定在63%以上", "湿地保护率达到55%"]


@pytest.mark.parametrize(
    "clause", ["提高政治站位", "强化责任落实", "推动高质量发展", "提升治理能力", "形成强大合力",
               "努力提升优良水体比例"])
def test_no_number_no_end_state_no_target(clause: str) -> None:
    """Directional targets without a number are read per clause by the pipeline."""
    assert find_targets(clause) == []


def test_direction_with_a_number() -> None:
    [hit] = find_targets("PM2.5浓度持续下降10%")
    assert (hit.comparator, hit.value) == (DEC, 10)
    [hit] = find_targets("提升优良水体比例到85%")
    assert (hit.metric, hit.comparator, hit.value) == ("优良水体比例", EQ, 85)


def test_post_position_elimination_in_a_list() -> None:
    [hit] = find_targets("着力打好重污染天气消除、臭氧污染防治等标志性战役")
    assert (hit.metric, hit.comparator) == ("重污染天气", ZERO)


def test_traditional_text() -> None:
    [hit] = find_targets("優良水體比例達到80%以上")
    assert (hit.metric, hit.comparator, hit.value, hit.unit) == ("優良水體比例", GE, 80, "%")


def test_respectively_shares_metric_and_verb() -> None:
    found = find_targets("化学需氧量、氨氮排放总量分别下降8%、9%")
    assert [(t.metric, t.comparator, t.value) for t in found] == [
        ("化学需氧量、氨氮排放总量", DEC, 8), ("化学需氧量、氨氮排放总量", DEC, 9)]


def test_counted_thing_stops_at_the_next_verb() -> None:
    found = find_targets("全市1500个村庄实现生活垃圾治理全覆盖")
    assert (found[0].metric, found[0].value, found[0].unit) == ("村庄", 1500, "个")
    assert found[1].comparator is FULL


def test_scale_kept_in_unit() -> None:
    [hit] = find_targets("高标准农田建设80万亩")
    assert (hit.value, hit.unit) == (80, "万亩")


def test_parse_target_prefers_a_value() -> None:
    assert parse_target("消除黑臭水体，优良比例达到90%") == Target("优良比例", EQ, 90.0, "%")
    assert parse_target("加强生态环境保护") is None


@pytest.mark.parametrize(
    ("written", "std"),
    [("微克每立方米", "微克/立方米"), ("μg/m³", "微克/立方米"), ("ug/m3", "微克/立方米"),
     ("％", "%"), ("百分点", "个百分点"), ("万立方米/日", "万立方米/日"), ("万吨/日", "万吨/日"), ("吨/天", "吨/日"),
     ("平方千米", "平方公里"), ("千米", "公里"), ("万亩", "万亩"), ("分每千瓦时", "分/千瓦时"),
     ("ＫＷ", "千瓦"), ("家", "家"), ("parsecs", None)],
)
def test_standard_unit(written: str, std: str | None) -> None:
    assert standard_unit(written) == std
