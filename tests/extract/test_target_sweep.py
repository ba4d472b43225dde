"""A sweep of how Chinese policy text states a quantity (session 11q): a grammar of the
phrase (verb of level, floor, ceiling, change, count; Chinese numerals, ranges, end
states, per-unit units) × the frames a clause comes in (a sentence with 。, a list item
without it, a cell alone, a row under a 目标值 column, an indicator-table row) × place
prefixes × script (Simplified, Traditional, Traditional with inline pinyin) and digits
(half-width, full-width).

Expected fields follow /work/shared/docs/commitments.md ("Targets: comparator, value,
unit") and the gold conventions of tests/corpus/README.md (R1 新增 X N → `=`, R2 plain
完成/建成 X N → `=`, R5 units simplified, R6 增长 X → `increase`, 增长X%以上 → `>=`,
控制在X(左右) → `<=`). The phrases are written for the sweep, not taken from a document.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest, to_json
from tracker.extract.__main__ import clean

DOC = date(2025, 3, 1)

# (metric, phrase after it, comparator, value, unit, cell form or None)
# The cell form is how a table cell states the same figure alone (≥85%, 85%以上).
PHRASES: list[tuple[str, str, str | None, object, str | None, str | None]] = [
    # levels
    ("森林覆盖率", "达到45%", "=", 45, "%", None),
    ("森林覆盖率", "达到45%以上", ">=", 45, "%", "45%以上"),
    ("常住人口城镇化率", "提高到62%", "=", 62, "%", None),
    ("常住人口城镇化率", "提升至62.5%", "=", 62.5, "%", None),
    ("研发经费投入", "增加到5亿元", "=", 5, "亿元", None),
    ("细颗粒物平均浓度", "降至32微克/立方米", "=", 32, "微克/立方米", None),
    ("细颗粒物平均浓度", "下降到32微克每立方米", "=", 32, "微克/立方米", None),
    ("一般公共预算收入", "达到30亿元左右", "=", 30, "亿元", None),
    ("粮食总产量", "稳定在50万吨左右", "=", 50, "万吨", "50万吨左右"),
    ("农村集中供水率", "力争达到90%", "=", 90, "%", None),
    ("地区生产总值", "约120亿元", "=", 120, "亿元", "约120亿元"),
    # floors
    ("地区生产总值", "超过500亿元", ">=", 500, "亿元", "超过500亿元"),
    ("数字经济规模", "突破1000亿元", ">=", 1000, "亿元", "突破1000亿元"),
    ("空气质量优良天数比例", "不低于85%", ">=", 85, "%", "≥85%"),
    ("空气质量优良天数比例", "确保达到88%以上", ">=", 88, "%", "88%以上"),
    ("粮食播种面积", "不少于120万亩", ">=", 120, "万亩", "不少于120万亩"),
    ("清洁能源消费占比", "超六成", ">=", 60, "%", None),
    ("固定资产投资", "增长8%以上", ">=", 8, "%", None),
    ("城乡居民医保人均财政补助标准", "不低于640元/人", ">=", 640, "元/人", "不低于640元/人"),
    # ceilings
    ("城镇登记失业率", "不超过4.5%", "<=", 4.5, "%", "≤4.5%"),
    ("城镇调查失业率", "控制在5.5%以内", "<=", 5.5, "%", "5.5%以内"),
    ("居民消费价格涨幅", "控制在3%左右", "<=", 3, "%", None),
    ("细颗粒物平均浓度", "控制在30微克/立方米以下", "<=", 30, "微克/立方米", "30微克/立方米以下"),
    ("能源消费总量", "控制在500万吨标准煤以内", "<=", 500, "万吨标准煤", None),
    ("用水总量", "控制在3亿立方米以内", "<=", 3, "亿立方米", None),
    ("化肥施用强度", "控制在20千克/亩以下", "<=", 20, "公斤/亩", None),
    ("全年重污染天数", "不得超过5天", "<=", 5, "天", None),
    ("噪声超标投诉", "不能超过30件", "<=", 30, "件", None),
    # changes
    ("单位地区生产总值能耗", "下降13.5%", "decrease", 13.5, "%", None),
    ("化学需氧量排放总量", "降低10%", "decrease", 10, "%", None),
    ("氮氧化物排放量", "减少8%", "decrease", 8, "%", None),
    ("重度及以上污染天数比例", "下降2个百分点", "decrease", 2, "个百分点", None),
    ("化肥使用量", "减少两成", "decrease", 20, "%", None),
    ("地区生产总值", "增长6%", "increase", 6, "%", None),
    ("地区生产总值", "增长6%左右", "increase", 6, "%", None),
    ("规上工业增加值", "力争增长8%", "increase", 8, "%", None),
    ("城乡居民人均可支配收入", "翻一番", "increase", 100, "%", None),
    ("地区生产总值", "增长5%—6%", "increase", [5, 6], "%", None),
    ("地区生产总值", "增长6%-7%左右", "increase", [6, 7], "%", None),
    ("城市生活污水集中收集率", "提高5个百分点", "increase", 5, "个百分点", None),
    ("煤炭消费量", "削减10万吨", "decrease", 10, "万吨", None),
    # counts to deliver (R1, R2)
    ("新增城镇就业", "1.2万人", "=", 1.2, "万人", None),
    ("", "累计完成造林5万亩", "=", 5, "万亩", None),
    ("", "完成老旧小区改造35个", "=", 35, "个", None),
    ("", "建成污水管网120公里", "=", 120, "公里", None),
    ("", "改造农村公路80千米", "=", 80, "公里", None),
    ("", "新建污水处理厂3座", "=", 3, "座", None),
    ("", "新增高标准农田2万亩", "=", 2, "万亩", None),
    ("", "修复湿地500公顷", "=", 500, "公顷", None),
    ("", "力争引进高层次人才2000人", "=", 2000, "人", None),
    ("", "完成农村户厕改造1200户", "=", 1200, "户", None),
    ("", "培育规上工业企业50家", "=", 50, "家", None),
    ("", "新增分布式光伏装机100兆瓦", "=", 100, "兆瓦", None),
    ("", "新增储能装机5000千瓦", "=", 5000, "千瓦", None),
    ("", "完成燃煤锅炉改造200蒸吨", "=", 200, "蒸吨", None),
    ("", "完成固定资产投资120亿元", "=", 120, "亿元", None),
    ("", "安排以奖代补资金500万元", "=", 500, "万元", None),
    ("", "新建调蓄池1.5万立方米", "=", 1.5, "万立方米", None),
    ("", "处置建筑垃圾300吨", "=", 300, "吨", None),
    ("", "完成参保人数6300人", "=", 6300, "人", None),
    ("", "实现农业产值850亿元", "=", 850, "亿元", None),
    ("", "建成三十五个村级综合服务站", "=", 35, "个", None),
    ("", "新建农村公路一百二十公里", "=", 120, "公里", None),
    ("", "培育农业龙头企业8—10家", "=", [8, 10], "家", None),
    # Chinese numerals and shares
    ("生活垃圾无害化处理率", "达到百分之九十", "=", 90, "%", None),
    ("城市生活污水处理率", "达到95%—98%", "=", [95, 98], "%", None),
    # end states
    ("农村生活污水治理率", "达到100%", "=", 100, "%", None),
    ("行政村生活垃圾收运处置体系", "实现全覆盖", "full", None, None, None),
    ("城市黑臭水体", "动态清零", "zero", None, None, None),
    ("", "全面消除劣V类水体", "zero", None, None, None),
    ("", "35蒸吨以下燃煤锅炉全部淘汰", "zero", None, None, None),
    ("固定资产投资增速", "与上年持平", "=", 0, "%", None),
    ("城乡居民收入", "倍增", "increase", 100, "%", None),
    ("经济总量", "翻两番", "increase", 300, "%", None),
    ("重污染天数", "减半", "decrease", 50, "%", None),
    # more wordings of bounds, changes and counts
    ("细颗粒物平均浓度", "达到或低于35微克/立方米", "<=", 35, "微克/立方米", None),
    ("空气质量优良天数比例", "不得低于85%", ">=", 85, "%", None),
    ("农业用水总量", "不突破3亿立方米", "<=", 3, "亿立方米", None),
    ("二氧化硫平均浓度", "低于10微克/立方米", "<=", 10, "微克/立方米", None),
    ("空气质量优良天数比例", "保持在90%以上", ">=", 90, "%", None),
    ("粮食产量", "稳定在75亿斤以上", ">=", 75, "亿斤", None),
    ("万元地区生产总值用水量", "较2020年下降16%", "decrease", 16, "%", None),
    ("二氧化碳排放量", "比2020年下降18%", "decrease", 18, "%", None),
    ("单位工业增加值能耗", "下降到0.5吨标准煤/万元", "=", 0.5, "吨标准煤/万元", None),
    ("外贸进出口总额", "增长8%以上", ">=", 8, "%", None),
    ("一般公共预算收入", "年均增长7%", "increase", 7, "%", None),
    ("单位地区生产总值二氧化碳排放", "下降4个百分点以上", "decrease", 4, "个百分点", None),
    ("每万人口全科医生数", "达到5名", "=", 5, "人", None),
    ("", "引进高层次人才1000名以上", ">=", 1000, "人", None),
    ("", "新增公益性岗位500个以上", ">=", 500, "个", None),
    ("", "新增就业岗位3000余个", ">=", 3000, "个", None),
    ("", "新增高标准农田不少于2万亩", ">=", 2, "万亩", None),
    ("", "新增国际航线5~8条", "=", [5, 8], "条", None),
    ("", "培育专精特新企业5至6家", "=", [5, 6], "家", None),
    ("", "至少建成3个示范区", ">=", 3, "个", None),
    ("", "完成水土流失治理30平方公里", "=", 30, "平方公里", None),
    ("", "全年接待游客突破500万人次", ">=", 500, "万人次", None),
    ("污水日处理能力", "达到10万立方米", "=", 10, "万立方米/日", None),
    ("森林覆盖率", "达到百分之八十五", "=", 85, "%", None),
    ("地区生产总值", "增长百分之六", "increase", 6, "%", None),
    ("", "建成一千二百个村级服务站", "=", 1200, "个", None),
    # directions without a number: a degree or an extent before the verb
    ("主要污染物排放总量", "大幅减少", "decrease", None, None, None),
    ("单位地区生产总值能耗", "大幅下降", "decrease", None, None, None),
    ("", "大幅减少主要大气污染物排放总量", "decrease", None, None, None),
    ("生态环境质量", "总体改善", "increase", None, None, None),
    ("地表水环境质量", "明显改善", "increase", None, None, None),
    ("化学需氧量排放总量", "持续下降", "decrease", None, None, None),
    # a line held without a number: not below (不减少 / 只增不减), not above (不增加)
    ("耕地保有量", "不减少", ">=", None, None, None),
    ("生态保护红线面积", "不降低", ">=", None, None, None),
    ("森林面积", "只增不减", ">=", None, None, None),
    ("建设用地总量", "不增加", "<=", None, None, None),
    ("城镇开发边界规模", "不扩大", "<=", None, None, None),
    # a word of all after the verb of completion, before the count (R2: full with its count)
    ("", "完成全部12个问题的整改", "full", 12, "个", None),
    ("", "解决所有30个村的饮水问题", "full", 30, "个", None),
    ("", "全部完成12个问题整改", "full", 12, "个", None),
    ("", "完成12个问题整改", "=", 12, "个", None),
]

_TRAD = str.maketrans({
    "达": "達", "质": "質", "优": "優", "数": "數", "减": "減", "万": "萬", "亿": "億", "吨": "噸",
    "个": "個", "项": "項", "亩": "畝", "户": "戶", "体": "體", "资": "資", "设": "設", "级": "級",
    "处": "處", "内": "內", "气": "氣", "区": "區", "县": "縣", "积": "積", "产": "產", "总": "總",
    "长": "長", "过": "過", "实": "實", "现": "現", "业": "業", "经": "經", "济": "濟", "单": "單",
    "电": "電", "盖": "蓋", "环": "環", "绿": "綠", "农": "農", "车": "車", "线": "線", "网": "網",
    "无": "無", "动": "動", "态": "態", "标": "標", "准": "準", "装": "裝", "机": "機", "压": "壓",
    "确": "確", "争": "爭", "约": "約", "计": "計", "开": "開", "发": "發", "规": "規", "营": "營",
    "两": "兩", "镇": "鎮", "乡": "鄉", "颗": "顆", "粒": "粒", "浓": "濃", "为": "為",
    "筑": "築", "垃": "垃", "圾": "圾", "厂": "廠", "调": "調", "蓄": "蓄", "池": "池", "层": "層",
    "龙": "龍", "头": "頭", "综": "綜", "务": "務", "站": "站", "览": "覽", "费": "費", "护": "護",
    "价": "價", "涨": "漲", "幅": "幅", "控": "控", "时": "時", "贴": "貼",
    "劳": "勞", "卫": "衛", "养": "養", "将": "將", "这": "這", "进": "進", "奖": "獎",
    "补": "補", "续": "續", "烟": "煙", "锅": "鍋", "炉": "爐", "渐": "漸", "损": "損", "储": "儲",
    "污": "污", "统": "統", "报": "報", "医": "醫", "财": "財", "政": "政",
})
_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")
# Traditional reposts that carry the pinyin of some characters inline (達(dá)到 / 質(zhì)量)
_PINYIN = str.maketrans({"達": "達(dá)", "質": "質(zhì)", "優": "優(yōu)", "數": "數(shù)", "區": "區(qū)",
                         "業": "業(yè)", "環": "環(huán)", "產": "產(chǎn)", "濟": "濟(jì)", "鎮": "鎮(zhèn)",
                         "設": "設(shè)", "農": "農(nóng)", "標": "標(biāo)", "噸": "噸(dūn)"})

PLACES = ["", "全市", "到2027年，全县"]


def _alone(text: str):
    """The fields of the longest commitment suggested for *text* standing alone, as the
    clause scorer (tools/score_corpus.py --clauses) reads them."""
    got = [to_json(s) for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    if not got:
        return None
    s = max(got, key=lambda x: x["end"] - x["start"])
    value = s["value"]
    if isinstance(value, list):
        value = [float(v) for v in value]
    elif value is not None:
        value = float(value)
    return s["comparator"], value, s["unit"]


def _want(cmp, value, unit):
    if isinstance(value, list):
        value = [float(v) for v in value]
    elif value is not None:
        value = float(value)
    return cmp, value, unit


def _cell_row(cmp, value, unit):
    """An indicator table's target cell for a level (≥85 / ≤4.5 / 45), or None."""
    if cmp not in ("=", ">=", "<=") or isinstance(value, list) or value is None or unit is None:
        return None
    mark = {"=": "", ">=": "≥", "<=": "≤"}[cmp]
    return f"{mark}{value:g}"


def _cases():
    out = []
    for metric, phrase, cmp, value, unit, cell in PHRASES:
        want = _want(cmp, value, unit)
        frames = []
        for place in PLACES:
            frames.append(("sentence", f"{place}{metric}{phrase}。"))
        frames.append(("list", f"（三）{metric}{phrase}"))
        frames.append(("list", f"3.全区{metric}{phrase}"))
        frames.append(("alone", f"{metric}{phrase}"))
        if cell is not None:
            frames.append(("cell", cell))
            if metric:
                frames.append(("target-row", f"序号\t指标\t目标值\n1\t{metric}\t{cell}"))
        row = _cell_row(cmp, value, unit)
        if metric and row is not None and value:
            base = f"{float(value) * 0.9:.4g}"  # (名称 | 单位 | 基期 | 目标 | 属性)
            frames.append(("indicator-row", f"{metric}\t{unit}\t{base}\t{row}\t约束性"))
        for frame, text in frames:
            out.append(pytest.param(text, want, id=f"{frame}:{text}"))
            out.append(pytest.param(text.translate(_TRAD), want, id=f"{frame}-trad:{text}"))
            if frame == "sentence" and text.translate(_TRAD).translate(_PINYIN) != text.translate(_TRAD):
                out.append(pytest.param(text.translate(_TRAD).translate(_PINYIN), want,
                                        id=f"{frame}-pinyin:{text}"))
            if any(c.isdigit() for c in text) and frame != "indicator-row":
                out.append(pytest.param(text.translate(_FULL), want, id=f"{frame}-fullwidth:{text}"))
    return out


CASES = _cases()


@pytest.mark.parametrize("text, want", CASES)
def test_target_sweep(text: str, want) -> None:
    assert _alone(text) == want


# An indicator table's rows as plans write them (名称(单位) | 基期 | 目标 | 属性, or with a 单位
# cell): the target cell's bound marks and words, a change over the period in 〔〕, growth
# named by the metric; under a header line or alone
ROWS = [
    ("森林覆盖率（%）\t40.5\t42以上\t约束性", ">=", 42, "%"),
    ("森林覆盖率\t%\t40.5\t>42\t约束性", ">=", 42, "%"),
    ("城镇调查失业率（%）\t5.2\t<5.5\t预期性", "<=", 5.5, "%"),
    ("细颗粒物平均浓度（微克/立方米）\t35\t≤30\t约束性", "<=", 30, "微克/立方米"),
    ("单位地区生产总值能源消耗降低（%）\t—\t〔13.5〕\t约束性", "decrease", 13.5, "%"),
    ("地区生产总值年均增长（%）\t6.5\t6左右\t预期性", "increase", 6, "%"),
    ("粮食综合生产能力（万吨）\t120\t125\t约束性", "=", 125, "万吨"),
    ("地表水达到或好于Ⅲ类水体比例（%）\t80\t85左右\t约束性", "=", 85, "%"),
]


@pytest.mark.parametrize("row, cmp, value, unit", ROWS)
@pytest.mark.parametrize("headed", [False, True])
def test_indicator_rows(row: str, cmp: str, value, unit: str, headed: bool) -> None:
    unit_cell = not row.split("\t")[1][:1].isdigit() and row.split("\t")[1] not in ("—", "-")
    header = ("指标\t单位\t2020年\t2025年\t属性\n" if unit_cell else "指标\t2020年\t2025年\t属性\n") if headed else ""
    for text in (header + row, header + row.translate(_TRAD)):
        assert _alone(text) == _want(cmp, value, unit), text
