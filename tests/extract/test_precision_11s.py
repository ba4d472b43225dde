"""Session 11s (precision on unseen text): the causes of false alarms found in the dev halves
of the sets annotated last, each swept over wordings written for it with a counter-sweep of
commitments of like wording (tests/extract/precision_sweep_11s.py), and the rules behind
them, table-driven."""

from __future__ import annotations

import pytest

from tests.extract import precision_sweep_11s as sweep
from tracker.extract import pipeline
from tracker.extract.timing import _GOAL_LEAD, TURNING


@pytest.mark.parametrize("cause", sorted(sweep.CAUSES))
def test_sweep(cause: str) -> None:
    wrong = [(c.kind, c.label, c.clause) for c in sweep.cases(cause) if not sweep.judged(c)]
    assert not wrong, (len(wrong), wrong[:10])


# --- REVIEW_YEAR: the whole year in a review is the year reviewed
@pytest.mark.parametrize("sentence,frame", [
    ("全年实现地区生产总值60.3亿元", True),
    ("全年，全县完成固定资产投资32亿元", True),
    ("当年新增城镇就业1200人", True),
    ("全年地区生产总值增长5%", True),
    ("上半年，规上工业增加值增长6%", True),
    ("全年前完成", False),           # a bound
    ("全年力争地区生产总值增长6%", False),  # a word looking ahead
    ("全年要完成植树造林2万亩", False),
    ("年底前完成12个项目", False),
    ("全面完成年度任务", False),       # 全面, no 全年
])
def test_the_whole_year_opening_a_sentence_frames_its_results(sentence: str, frame: bool) -> None:
    assert pipeline._part_frame(sentence) is frame


@pytest.mark.parametrize("sentence,turns", [
    ("二、2025年工作思路 2025年，我们将围绕高质量发展", True),
    ("三、下一步工作打算 一是加快项目建设", True),
    ("（二）2026年重点工作 推进城市更新", True),
    ("二、今年工作安排", True),
    ("三、明年工作计划 一是…", True),
    ("二、２０２５年工作思路 ２０２５年，我们将…", True),
    ("下一步，我们将继续推进", True),
    ("一、2024年工作回顾 2024年是关键之年", False),
    ("一、2024年工作目标完成情况 截至年底", False),
    ("（一）2024年重点工作推进情况", False),
    ("二、主要成效", False),
    ("2025年，我们将围绕高质量发展", False),  # a year opening a sentence, no heading
])
def test_a_numbered_heading_of_plans_run_into_its_text_turns_ahead(sentence: str,
                                                                    turns: bool) -> None:
    assert bool(TURNING.match(sentence)) is turns


@pytest.mark.parametrize("sentence,goals", [
    ("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右", True),
    ("年度目标任务：完成造林2万亩", True),
    ("整改目标：2024年底前完成整改", True),
    ("围绕年度目标任务，全力推进各项重点工作", False),
    ("对照整改目标，逐项销号", False),
    ("紧扣年度目标任务，狠抓落实", False),
    ("为完成年度目标任务，各单位要加快进度", False),
])
def test_a_frame_around_the_goals_is_no_label_of_goals(sentence: str, goals: bool) -> None:
    assert bool(_GOAL_LEAD.match(sentence)) is goals


def test_a_summary_titled_with_both_parts_keeps_its_review_in_the_past() -> None:
    text = ("某区2024年工作总结和2025年工作思路\n一、2024年工作回顾\n"
            "围绕年度目标任务，我们全力推进各项工作。全年地区生产总值增长5.6%。\n"
            "二、2025年工作思路\n2025年，我们将重点抓好以下工作。全年地区生产总值增长6%左右。\n")
    from datetime import date

    from tracker.extract import suggest
    got = {s.quote: s.kind for s in suggest(text, date(2025, 1, 10))}
    assert got.get("全年地区生产总值增长5.6%") == "indicator", got
    assert got.get("全年地区生产总值增长6%左右") == "target", got


# --- PROGRESS: the state of progress of a count of tasks reports, it sets nothing
@pytest.mark.parametrize("clause,status", [
    ("5项进展较快", True),
    ("有7项提前完成任务", True),
    ("3个项目进度偏慢", True),
    ("其中4件实事进展顺利", True),
    ("6个项目超序时进度推进", True),
    ("5项达到序时进度要求", True),
    ("有两个项目提前完工", True),
    ("12个重点项目中有8个进展良好", True),
    ("確保5項民生實事提前完成", False),          # a word that commits (read folded, below)
    ("确保5项民生实事提前完成", False),
    ("力争提前完成全年目标任务", False),          # no count
    ("对进展较慢的5个项目实行挂牌督办", False),   # the state names which, as an object
    ("加快推进进展偏慢的5项实事", False),
    ("5个项目要在9月底前完成", False),
    ("新建学校5所", False),
])
def test_the_state_of_progress_of_a_count_of_tasks(clause: str, status: bool) -> None:
    from tracker.extract.classify import is_status, judge
    from tracker.geo.script import to_simplified

    words = to_simplified(clause)
    assert is_status(words) is status
    if status:
        assert judge(words).kind is None
        assert judge(words, has_target=True).kind == "indicator"


@pytest.mark.parametrize("clause,share", [
    ("占比29%", True),
    ("占比42%；", True),
    ("新能源汽车销量占比达到40%", False),   # a metric named: a target
    ("清洁能源占比40%以上", False),
])
def test_a_bare_share_is_the_share_of_the_count_before_it(clause: str, share: bool) -> None:
    from tracker.extract.classify import SHARE_OF

    assert bool(SHARE_OF.search(clause)) is share


# --- ORG_COUNT: the counts of a working body's own make-up describe, they deliver nothing
@pytest.mark.parametrize("clause,meta", [
    ("下设综合协调组、督查督办组、宣传报道组4个工作组", True),
    ("下设三个攻坚组", True),
    ("并下设5个专项工作组", True),
    ("涉及牵头单位12家", True),
    ("成员单位43个", True),
    ("牵头部门4家、配合部门43家", True),
    ("责任单位共15家", True),
    ("共梳理整改问题31个", True),
    ("全县共梳理出整改问题31个", True),
    ("组建4个专业技术服务团队", False),
    ("新增规上工业企业10家", False),
    ("设立5个乡镇便民服务中心", False),
    ("年底前完成剩余4个问题整改", False),
    ("下设办公室", False),               # no count
])
def test_the_counts_of_a_working_body_s_make_up(clause: str, meta: bool) -> None:
    from tracker.extract.classify import is_meta_count, judge

    assert is_meta_count(clause) is meta
    if meta:
        assert judge(clause, has_target=True).kind is None


@pytest.mark.parametrize("clause,kind", [
    ("年底前完成剩余4个问题整改", "deliverable"),   # a bound opening the act: set ahead
    ("6月底前全部完成剩余3项任务", "deliverable"),
    ("剩余3项将于年底前完成", "deliverable"),
    ("其余5项正在加快推进", None),                  # a share reported
])
def test_what_is_left_with_a_bound_ahead_is_set(clause: str, kind: str | None) -> None:
    from tracker.extract.classify import judge

    assert judge(clause).kind == kind


# --- FRAME: what the measures rest on, as a clause of its own
@pytest.mark.parametrize("clause,frame", [
    ("以数字化改革为牵引", True),
    ("以“七创争先”为总牵引", True),
    ("以项目建设为重要载体", True),
    ("以重点行业企业为突破口", True),
    ("以科技创新为强大动力", True),
    ("以乡镇（街道）为单位", True),
    ("以困难群众为重点对象", True),
    ("以共同富裕示范区建设和数字化改革为牵引", True),
    ("以改善生态环境质量为核心", True),         # (11q)
    ("以奖代补支持村级污水处理设施建设", False),
    ("以县为单位开展一次全覆盖排查", False),
    ("以旧换新补贴新能源汽车1万辆", False),
])
def test_a_frame_of_what_the_measures_rest_on(clause: str, frame: bool) -> None:
    from tracker.extract.classify import FRAME_ONLY, judge

    assert bool(FRAME_ONLY.match(clause)) is frame
    if frame:
        assert judge(clause).kind is None
        assert judge(clause, has_target=True, ahead=True).kind is None


# --- PAST_MAIN: 要 inside 主要 / 重要 / 要求 is no modal that looks ahead
@pytest.mark.parametrize("clause,ahead", [
    ("各地要确保完成", True),
    ("重要节点工程要在年底前完工", True),
    ("请交通局按照整改要求尽快销号", True),     # urgency looks ahead
    ("要求各单位限期整改到位", True),
    ("主要污染物排放总量减少了12%", False),
    ("重要生态功能区保护率已达到95%", False),
    ("已按照整改要求完成销号", False),
    ("提出了十四项主要建设任务", False),
    ("纲要已印发", False),
])
def test_forward_words_read_the_modal_not_the_syllable(clause: str, ahead: bool) -> None:
    from tracker.extract.classify import FORWARD

    assert bool(FORWARD.search(clause)) is ahead


@pytest.mark.parametrize("clause,kind", [
    ("主要污染物排放总量减少了12%", "indicator"),
    ("重要生态功能区保护率已达到95%", "indicator"),
    ("要巩固已取得的成果，年底前完成12个问题整改", "target"),
])
def test_a_result_holding_zhuyao_is_a_result(clause: str, kind: str) -> None:
    from datetime import date

    from tracker.extract import suggest
    got = [s.kind for s in suggest("某县生态环境保护工作情况\n某县扎实推进生态环境保护工作。"
                                   + clause + "。\n", date(2024, 12, 1))]
    assert kind in got, got


# --- PROJECT_SIZE: the size of a project and its funding, said of it, deliver nothing
@pytest.mark.parametrize("clause,size", [
    ("41项农村饮水安全工程总投资1903.88万元", True),
    ("該項目總投資約5億元", True),
    ("一期工程总投资为2821万元", True),
    ("其中中央预算内资金1436万元", True),
    ("地方配套467.88万元", True),
    ("县级自筹资金300万元", True),
    ("年度完成总投资640亿元以上", False),        # an amount set to be spent
    ("今年拟安排中央预算内投资7550亿元", False),
    ("争取上级补助资金1436万元以上", False),
    ("市级财政安排资金500万元", False),
    ("总投资5亿元", False),                       # a bare budget: grouping joins it to its measure
    ("累计完成投资68.39亿元", False),
])
def test_the_size_of_a_project_said_of_it(clause: str, size: bool) -> None:
    from tracker.extract.classify import is_project_size, judge
    from tracker.geo.script import to_simplified

    words = to_simplified(clause)
    assert is_project_size(words) is size
    if size:
        assert judge(words).kind is None
        assert judge(words, has_target=True).kind == "indicator"


# --- NEWS_ON: news of results as of a day frames the sentences after it in its paragraph
@pytest.mark.parametrize("lead", [
    "近日，从临江市人民政府办公室获悉，截至6月底，临江市2023年民生实事总体进展良好",
    "日前，记者从临江市住建局了解到，截至9月底，临江市城市更新工作成效明显",
])
def test_news_of_results_frames_its_paragraph_until_a_speaker_or_a_word_ahead(lead: str) -> None:
    from datetime import date

    from tracker.extract import suggest
    text = (f"临江市民生实事项目建设跑出“加速度”\n{lead}。新建城市口袋公园5处。"
            "市住建局负责人表示，本次专项行动督促各区完成12个城市排水防涝设施建设项目。"
            "剩余项目年底前全部完工。\n")
    got = {s.quote: s.kind for s in suggest(text, date(2023, 10, 8))}
    assert got.get("新建城市口袋公园5处") == "indicator", got
    assert any("排水防涝" in q and k != "indicator" for q, k in got.items()), got
    assert any("剩余项目年底前全部完工" in q and k != "indicator" for q, k in got.items()), got


@pytest.mark.parametrize("then,ahead", [
    ("剩余项目年底前全部完工", True),
    ("剩余3个问题将于9月底前整改到位", True),
    ("6月底前已全部完工", False),          # a bound gone by at the report's date
])
def test_a_bound_without_a_year_still_ahead_in_a_progress_report(then: str, ahead: bool) -> None:
    from datetime import date

    from tracker.extract import suggest
    text = ("某县2023年民生实事推进情况\n今年以来，全县民生实事总体进展顺利，已完成12项。"
            f"{then}。\n")
    got = [s for s in suggest(text, date(2023, 8, 20))
           if then[:4] in s.quote and s.kind != "indicator"]
    assert bool(got) is ahead, [(s.kind, s.quote) for s in got]


# --- MONTHS_NODATE: without the document's date, the months counted from January with a
# change against last year are a period of statistics
@pytest.mark.parametrize("sentence,past", [
    ("1-8月份，全市PM2.5平均浓度60微克/立方米，同比下降1.7%", True),
    ("１-８月份，全市PM2.5平均浓度60微克/立方米，同比下降1.7%", True),
    ("前三季度，全市地区生产总值完成356亿元，同比增长5.1%", True),
    ("前10个月，全区固定资产投资完成128亿元，较上年同期增长8%", True),
    ("1—9月，全县PM10平均浓度68微克/立方米，同比上升2.1%，距年度目标还差5个百分点", True),
    ("1—6月，完成固定资产投资15亿元以上", False),           # no change against last year
    ("前三季度，力争地区生产总值同比增长6%", False),          # a word looking ahead
    ("9-12月，PM2.5平均浓度需控制在69微克/立方米以内，比去年同期下降8%以上", False),  # not from January
    ("上半年，全市地区生产总值同比增长5%", False),            # a half needs its year to be over
])
def test_months_from_january_with_a_change_report_without_a_date(sentence: str,
                                                                  past: bool) -> None:
    assert pipeline._opens_with_past_year(sentence, None) is past
