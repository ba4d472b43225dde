"""Tense by genre and context, and one quote per task: classes of the unit suggestions,
each with invented sentences.

- past words a target can also hold (累计 / 同比 / 为0) state a target under a bound or a
  heading of goals still ahead, and a result elsewhere;
- a paragraph of goals (发展目标：…) looks ahead, whatever achievements it names;
- a dated heading of achievements (“十四五”时期重大成就) does not close a review;
- an estimate of a year over or nearly over (预计2025年… in December 2025) is a result;
- a list of named programmes closed by 等 gives one quote per programme;
- ASCII double quotes pair up: the closing one opens no new pair across a full stop.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.pipeline import suggest


def kinds(text: str, day: date | None) -> dict[str, str]:
    return {s.quote: str(s.kind) for s in suggest(text, day, rules_only=True)}


def kind_of(text: str, day: date | None, words: str) -> str:
    found = [s for s in suggest(text, day, rules_only=True) if words in s.quote]
    assert found, f"no suggestion holds {words!r}: {kinds(text, day)}"
    return str(found[0].kind)


AHEAD = [
    # a bound still ahead opens the sentence
    ("到2030年，城乡建设领域碳排放达到峰值，累计完成既有建筑节能改造8000万平方米。",
     date(2024, 5, 1), "累计完成既有建筑节能改造8000万平方米"),
    ("到2028年，全县累计新增绿地面积120公顷。", date(2025, 6, 1), "累计新增绿地面积120公顷"),
    # a heading of goals whose period is not over
    ("二、“十五五”时期主要目标\n单位地区生产总值能耗累计降低15%。\n", date(2026, 3, 1),
     "单位地区生产总值能耗累计降低15%"),
    ("2025年主要目标任务\n主要目标：空气质量全域达标，重度及以上污染天数为0，优良率93%以上。\n",
     date(2025, 4, 1), "重度及以上污染天数为0"),
    # the year's expected targets, introduced by the year
    ("2026年全市经济社会发展的主要预期目标是：一般公共预算收入同比增长5%左右，"
     "固定资产投资同比增长6%。", date(2026, 1, 10), "一般公共预算收入同比增长5%左右"),
]


@pytest.mark.parametrize(("text", "day", "words"), AHEAD)
def test_past_words_of_a_target_ahead_state_a_target(text, day, words):
    assert kind_of(text, day, words) != "indicator"


STILL_PAST = [
    # the same words with nothing ahead report a result
    ("2024年，全市PM2.5平均浓度同比下降8%。", date(2025, 2, 1), "PM2.5平均浓度同比下降8%"),
    ("去年全县累计完成农村改厕3000户。", date(2025, 2, 1), "累计完成农村改厕3000户"),
    # under a heading of goals, words that report the past wherever they stand still do
    ("2026年工作安排\n全市已累计建成口袋公园120个。\n", date(2026, 1, 10), "建成口袋公园120个"),
]


@pytest.mark.parametrize(("text", "day", "words"), STILL_PAST)
def test_past_words_with_nothing_ahead_report_a_result(text, day, words):
    assert kind_of(text, day, words) == "indicator"


GOALS = [
    ("《纲要》明确了“十四五”发展目标：经济发展质量明显提高，营商环境明显提升，"
     "森林覆盖率稳定在70%以上，基层治理取得实质性进展。", date(2021, 5, 20), "森林覆盖率稳定在70%以上"),
    ("《规划》提出的主要目标：生态环境持续改善，城市建成区绿地率明显提升，"
     "湿地保护率达到55%，河湖治理取得积极进展。", date(2022, 3, 1), "湿地保护率达到55%"),
    # what a plan sets, reported: 规划纲要草案明确，…
    ("科技方面，规划纲要草案明确，创新体系整体效能显著提升，全社会研发经费投入年均增长7%以上，"
     "基础研究取得重大突破。", date(2026, 3, 5), "研发经费投入年均增长7%以上"),
]


@pytest.mark.parametrize(("text", "day", "words"), GOALS)
def test_a_paragraph_of_goals_looks_ahead(text, day, words):
    assert kind_of(text, day, words) != "indicator"


ACHIEVEMENTS = [
    "2025年工作回顾\n“十四五”时期重大成就\n地区生产总值跨过2万亿元、年均增长5.2%。\n"
    "一般公共预算收入年均增长6.8%。\n",
    "过去五年工作回顾\n“十四五”以来主要成就\n地区生产总值跨过2万亿元、年均增长5.2%。\n"
    "一般公共预算收入年均增长6.8%。\n",
]


@pytest.mark.parametrize("text", ACHIEVEMENTS)
def test_a_dated_heading_of_achievements_stays_in_the_review(text):
    found = kinds(text, date(2026, 1, 20))
    assert found and all(k == "indicator" for k in found.values()), found


ESTIMATES = [
    ("预计2025年，全县地区生产总值完成87.4亿元，年均增速达到8%。", date(2025, 12, 22),
     "地区生产总值完成87.4亿元", "indicator"),
    ("预计，2020年全区生产总值达到1200亿元左右。", date(2021, 1, 20),
     "生产总值达到1200亿元左右", "indicator"),
    ("省长在回顾2024年工作时表示，2024年预计全省生产总值增长5.2%。", date(2025, 1, 13),
     "生产总值增长5.2%", "indicator"),
    # an estimate of a year still ahead is a forecast: a target
    ("预计2026年，全县地区生产总值达到95亿元。", date(2025, 12, 22),
     "地区生产总值达到95亿元", "target"),
]


@pytest.mark.parametrize(("text", "day", "words", "kind"), ESTIMATES)
def test_an_estimate_of_a_year_over_is_a_result(text, day, words, kind):
    assert kind_of(text, day, words) == kind


NAMED_LISTS = [
    ("实施数字化转型示范行动、新兴产业创新发展行动、 未来产业培育发展行动等。",
     ["数字化转型示范行动", "新兴产业创新发展行动", "未来产业培育发展行动"]),
    ("开展河湖清四乱专项行动、饮用水源保护攻坚行动、黑臭水体治理工程等等。",
     ["河湖清四乱专项行动", "饮用水源保护攻坚行动", "黑臭水体治理工程"]),
]


@pytest.mark.parametrize(("text", "quotes"), NAMED_LISTS)
def test_a_named_list_closed_by_deng_gives_one_quote_per_programme(text, quotes):
    found = kinds(text, date(2025, 2, 1))
    for quote in quotes:
        assert quote in found, found


ASCII_QUOTES = [
    '深入做好金融"五篇大文章"。加快发展生产性服务业，年底前建成服务中心10个。',
    '推进"无废城市"建设。实施"绿盾"专项行动，年底前完成整改问题120个。',
]


@pytest.mark.parametrize("text", ASCII_QUOTES)
def test_a_closing_ascii_quote_opens_no_pair_across_a_full_stop(text):
    for quote in kinds(text, date(2025, 2, 1)):
        assert "。" not in quote.rstrip("。"), quote


REVIEWS = [
    # a heading over what was done of the goals reviews them
    ("三、整改目标完成情况\n结合老旧小区改造完成改造污水管网5.4公里。\n", date(2024, 11, 15),
     "污水管网5.4公里"),
    ("二、目标任务落实情况\n新建污水处理厂3座，完成河道清淤82公里。\n", date(2024, 11, 15),
     "河道清淤82公里"),
    # a sentence opened by 截至目前 reports what was done
    ("截至目前，我区高质量完成工地扬尘整治、柴油货车淘汰等19项整改任务。", date(2021, 12, 24),
     "工地扬尘整治"),
]


@pytest.mark.parametrize(("text", "day", "words"), REVIEWS)
def test_what_was_done_of_the_goals_is_a_result(text, day, words):
    assert kind_of(text, day, words) == "indicator"


def test_goals_and_their_measures_still_look_ahead():
    text = "三、整改目标\n年底前完成改造污水管网5.4公里。\n"
    assert kind_of(text, date(2024, 3, 1), "污水管网5.4公里") != "indicator"


TWO_OUTCOMES = [
    ("整合提升两区连接道路，打通连接三区的内环路，增加连接三区的外环路。", "增加连接三区的外环路"),
    ("农村生活污水治理率达到80%，年底前消灭垃圾河。", "年底前消灭垃圾河"),
    ("启动茶叶、水果两个省级实验室建设，建成水稻、生猪两个省级实验室。", "建成水稻、生猪两个省级实验室"),
    ("深入实施美丽河湖保护行动，争创国家和省级美丽河湖。", "争创国家和省级美丽河湖"),
]


@pytest.mark.parametrize(("text", "quote"), TWO_OUTCOMES)
def test_a_clause_that_opens_with_its_own_delivery_stays_apart(text, quote):
    assert quote in kinds(text, date(2025, 2, 1))


ONE_MEASURE = [
    # a qualifier without a verb of delivery still joins its measure
    ("健全河湖长制，推动河湖管护转向常态长效。", "健全河湖长制，推动河湖管护转向常态长效"),
]


@pytest.mark.parametrize(("text", "quote"), ONE_MEASURE)
def test_halves_of_one_measure_still_join(text, quote):
    assert quote in kinds(text, date(2025, 2, 1))


UNDATED = [
    # without the document's date a bound (到2030年) still sets a target …
    ("到2030年，城乡建设领域碳排放达到峰值，累计完成既有建筑节能改造8000万平方米。",
     "累计完成既有建筑节能改造8000万平方米", False),
    ("力争到2028年，全省累计建成绿色社区1200个。", "累计建成绿色社区1200个", False),
    # … while a bare year with a change against a baseline reports a result
    ("2022年，全市PM2.5平均浓度同比下降8%。", "PM2.5平均浓度同比下降8%", True),
]


@pytest.mark.parametrize(("text", "words", "past"), UNDATED)
def test_a_bound_sets_a_target_in_an_undated_document(text, words, past):
    assert (kind_of(text, None, words) == "indicator") is past
