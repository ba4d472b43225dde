"""Tense of Chinese policy text (issue 11, helper 11l): what grammar marks a clause as a
result already reached, and what leaves it a commitment still ahead. Generic sentences
written for these tests, in the style of work reports, plans and progress notices."""

from datetime import date

import pytest

from tracker.extract import classify
from tracker.extract.pipeline import suggest

WHEN = date(2026, 3, 1)


def _kinds(text: str, when: date | None = WHEN) -> dict[str, str]:
    return {s.quote: s.kind for s in suggest(text, when, rules_only=True)}


# 了 after a verb is the perfective aspect, whatever the verb: the act is done
PERFECTIVE = [
    "随后约谈了3家排污企业",
    "组织了一次全县污染源大排查",
    "基本消除了城市黑臭水体",
    "新建了污水管网12公里",
    "成为了全省首个国家生态文明示范县",
    "督促整改了问题18个",
]
# 了 in a word of its own (为了 / 除了 / 了解 / 了结 / 明了) is no aspect
NOT_PERFECTIVE = [
    "为了完成年度目标，加快推进污水管网建设",
    "除了城区以外，全面推进农村污水治理",
    "深入了解企业诉求",
    "及时了结信访积案",
    "简单明了公开办事流程",
    "全面完成整改",
    "确保年底前完成",
]


@pytest.mark.parametrize("clause", PERFECTIVE)
def test_a_verb_with_perfective_le_reports_the_past(clause):
    assert classify.strong_past(clause)
    assert classify.looks_past(clause, ahead=True)  # also under a heading of goals


@pytest.mark.parametrize("clause", NOT_PERFECTIVE)
def test_le_in_a_word_of_its_own_is_no_past(clause):
    assert not classify.strong_past(clause)


def test_a_perfective_clause_beside_a_commitment_stays_a_result():
    # the sentence looks ahead (确保), the clause with 了 still reports what was done
    text = "确保按时完成今年500亩茶园基地建设任务，组织了一次产业发展大检查，约谈了3个后进村。\n"
    kinds = _kinds(text)
    assert kinds.get("确保按时完成今年500亩茶园基地建设任务") in ("target", "deadline")
    assert kinds.get("约谈了3个后进村") in (None, "indicator")
    assert kinds.get("组织了一次产业发展大检查") in (None, "indicator")


# Degree adverbs of change (明显改善 / 显著提高 / 取得重大进展) describe a state, not a
# tense: a plan's goals are worded so too. Without a cue of tense or time beside them, a
# paragraph of them states goals.
GOAL_BULLETS = ("——生态环境质量明显改善。森林覆盖率达到45%以上，城市污水处理率达到97%，"
                "生态文明制度建设取得重大进展。\n"
                "——人民生活水平显著提高。城乡居民收入增长与经济增长同步，城镇新增就业每年5万人以上。\n")


@pytest.mark.parametrize("quote", ["森林覆盖率达到45%以上", "城市污水处理率达到97%",
                                   "城镇新增就业每年5万人以上"])
def test_state_words_alone_do_not_make_a_review(quote):
    assert _kinds(GOAL_BULLETS, None).get(quote) == "target"


def test_state_words_beside_a_tense_cue_still_report():
    text = ("生态环境质量明显改善，森林覆盖率已达到45%，城市污水处理率同比提高2个百分点，"
            "生态文明建设取得重大进展。\n")
    kinds = _kinds(text, None)
    assert kinds.get("森林覆盖率已达到45%") == "indicator"
    assert kinds.get("城市污水处理率同比提高2个百分点") == "indicator"


def test_what_a_plan_sets_is_ahead_inside_a_report_of_progress():
    # the title reports progress, so every paragraph is read as a review; the sentence that
    # reports what the plan sets (该县提出，…) gives the plan's commitments
    text = ("某县环保督察整改落实情况\n"
            "全县已完成整改任务120项，完成率95%。在此次公布的整改方案中，该县提出，"
            "推动重点企业超低排放改造，基本淘汰国三及以下排放标准柴油货车。\n")
    kinds = _kinds(text, date(2024, 5, 1))
    assert kinds.get("全县已完成整改任务120项") == "indicator"
    assert kinds.get("推动重点企业超低排放改造") not in (None, "indicator")
    assert kinds.get("基本淘汰国三及以下排放标准柴油货车") not in (None, "indicator")


# A year before the document's own, after the place or body it is of (某市2025年…), with no
# word that looks ahead: the sentence reports that year, as when the year opens it
@pytest.mark.parametrize(("text", "quote"), [
    ("全省空气质量持续向好。某市2025年PM2.5平均浓度32微克/立方米，较2020年下降20%。\n",
     "某市2025年PM2.5平均浓度32微克/立方米"),
    ("全市2025年地区生产总值增长5.2%，城镇新增就业3.1万人。\n", "城镇新增就业3.1万人"),
])
def test_a_past_year_after_its_subject_reports_that_year(text, quote):
    assert _kinds(text).get(quote) == "indicator"


@pytest.mark.parametrize(("text", "quote"), [
    # a verb before the year: the year names which things (巩固2024年…成果)
    ("巩固2024年16个示范村建设成果，新培育示范村10个。\n", "巩固2024年16个示范村建设成果"),
    # the document's own year, or a bound: ahead
    ("全县2026年完成造林1.5万亩。\n", "全县2026年完成造林1.5万亩"),
    ("全市2025年底前完成20个老旧小区改造。\n", "全市2025年底前完成20个老旧小区改造"),
])
def test_a_year_that_names_which_or_binds_stays_ahead(text, quote):
    assert _kinds(text, date(2025, 3, 1)).get(quote) not in (None, "indicator")


def test_the_month_an_act_took_place_reports_it():
    # 于 + a month over before the document's date: an event, not a deadline
    text = ("省委省政府高度重视督察整改工作。\n"
            "中央第三生态环境保护督察组进驻我省开展督察，并于2018年10月完成督察反馈。\n")
    kinds = _kinds(text, date(2019, 3, 1))
    assert not any(k not in ("indicator",) and "督察反馈" in q for q, k in kinds.items()), kinds


@pytest.mark.parametrize("text", [
    # a bound (底前), not the month it happened; a month still ahead of the document
    "省委省政府高度重视督察整改工作。\n各地于2019年6月底前完成问题排查工作。\n",
    "省委省政府高度重视督察整改工作。\n各地于2019年6月完成问题排查工作。\n",
])
def test_a_bound_or_a_month_ahead_stays_a_commitment(text):
    kinds = _kinds(text, date(2019, 3, 1))
    assert any(k != "indicator" and "问题排查" in q for q, k in kinds.items()), kinds


def test_a_share_of_a_target_completed_is_a_figure_reported():
    text = "某厅推进污水处理设施建设不力，到2015年底仅分别完成规划目标81%和42%。\n"
    kinds = _kinds(text, date(2020, 3, 1))
    assert not any(k not in ("indicator",) and "81%" in q for q, k in kinds.items()), kinds


def test_a_review_frame_after_a_run_in_heading_opens_the_review():
    # a web page joined the heading and the review into one line
    text = ("同志们：下面我讲三点意见。一、提高站位，扛起生态文明建设政治责任过去一年，"
            "全市上下齐心协力推动生态环境保护。空气质量优良天数比例89.3%，"
            "PM2.5平均浓度降至28微克/立方米。\n")
    kinds = _kinds(text, date(2025, 5, 20))
    assert kinds.get("PM2.5平均浓度降至28微克/立方米") == "indicator", kinds
