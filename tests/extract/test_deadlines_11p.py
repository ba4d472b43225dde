"""Deadlines on unseen text (issue 11, branch deadline11p), table-driven with generic
sentences: a month followed by a modal before its verb of completion (预计11月能完成), a
template's masked year (XX年下半年工作计划), time words opening what a label announces
(…举措，包括：2020年底前，…), and the year's goals named as such (年度工作目标)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reading import deadline_of
from tracker.extract.deadlines import find_deadlines, section_period


def _deadline_of(text: str, doc: date | None, words: str) -> str | None:
    return deadline_of(text, doc, words, candidates=True)


def _dates(text: str, doc: date | None) -> list[str | None]:
    return [d.date.isoformat() if d.date else None for d in find_deadlines(text, doc)]


# (words, document date, dates wanted)
MONTH_WITH_MODAL = [
    ("预计11月能完成获批和授信等工作", date(2023, 3, 1), ["2023-11-30"]),
    ("项目10月可投用", date(2024, 2, 1), ["2024-10-31"]),
    ("9月全面建成并投入运行", date(2025, 1, 10), ["2025-09-30"]),
    ("6月将完成主体工程", date(2022, 1, 10), ["2022-06-30"]),
    ("计划5月能够完成验收", date(2021, 1, 10), ["2021-05-31"]),
    ("12月份可完成设备安装", date(2024, 2, 1), ["2024-12-31"]),
    # a bare month with no verb of completion stays too loose to be a bound
    ("11月能够召开会议", date(2023, 3, 1), []),
    # a span of months reported is no bound, modal or not
    ("1-6月可完成投资20亿元", date(2023, 3, 1), []),
]


@pytest.mark.parametrize(("words", "doc", "want"), MONTH_WITH_MODAL)
def test_month_before_a_modal_and_its_verb(words: str, doc: date, want: list[str]) -> None:
    assert _dates(words, doc) == want


# (words, document date, dates wanted): XX年 / 20XX年 / ××年 stand for the document's year
MASKED_YEAR = [
    ("XX年下半年，我局将继续推进水利建设", date(2024, 3, 1), ["2024-12-31"]),
    ("20XX年底前完成改造", date(2023, 5, 1), ["2023-12-31"]),
    ("××年6月底前完成验收", date(2022, 2, 1), ["2022-06-30"]),
    ("ＸＸ年上半年完成招标", date(2025, 1, 5), ["2025-06-30"]),
    ("xx年全面完成整改任务", date(2021, 1, 5), ["2021-12-31"]),
    # without the document's date the masked year gives no date
    ("XX年底前完成改造", None, []),
]


@pytest.mark.parametrize(("words", "doc", "want"), MASKED_YEAR)
def test_masked_year_is_the_documents(words: str, doc: date | None, want: list[str]) -> None:
    assert _dates(words, doc) == want


@pytest.mark.parametrize("heading", ["三、XX年下半年工作计划", "二、20XX年工作打算",
                                     "××年下半年工作安排"])
def test_masked_year_heading_sets_a_period(heading: str) -> None:
    period = section_period(heading, date(2024, 2, 1))
    assert period is not None and period.date == date(2024, 12, 31)


# (text, document date, words of the commitment, deadline wanted)
COLON_LEAD = [
    ("方案明确了8个方面27项重点举措，包括：2020年底前，城区及周边具备条件的钢铁企业基本完成退城搬迁；",
     None, "钢铁企业基本完成退城搬迁", "2020-12-31"),
    ("会议部署了三项工作，具体要求如下：2025年6月底前，各县区全面完成排查整治。",
     date(2025, 3, 1), "各县区全面完成排查整治", "2025-06-30"),
    ("通知提出了明确要求，主要包括：今年年底前，全市建成污水处理设施20座。",
     date(2024, 4, 1), "全市建成污水处理设施20座", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), COLON_LEAD)
def test_time_words_after_a_label_lead(text: str, doc: date | None, words: str, want: str) -> None:
    assert _deadline_of(text, doc, words) == want


# (text, document date, words, deadline wanted): the year's goals, in a text that sets no
# period of its own
ANNUAL_GOALS = [
    ("会议要求，州人民政府要坚持系统治理，确保实现生态环境保护年度工作目标。",
     date(2022, 1, 1), "确保实现生态环境保护年度工作目标", "2022-12-31"),
    ("会议强调，各地要压实责任，全面完成年度目标任务。",
     date(2023, 6, 1), "全面完成年度目标任务", "2023-12-31"),
    ("各责任单位要倒排工期，确保完成年度减排任务。",
     date(2021, 4, 1), "确保完成年度减排任务", "2021-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), ANNUAL_GOALS)
def test_the_years_goals_fall_due_at_its_end(text: str, doc: date, words: str, want: str) -> None:
    assert _deadline_of(text, doc, words) == want


def test_next_years_goals_are_not_this_years() -> None:
    """下年度 / 上年度 name another year's plan: no bound of the document's year."""
    text = "会议要求，各部门要谋划下年度目标任务，提前做好准备。"
    assert _deadline_of(text, date(2023, 11, 1), "谋划下年度目标任务") != "2023-12-31"


# (text, document date, words, deadline wanted): a campaign the opening sets with its end
CAMPAIGN = [
    ("为深入贯彻上级部署，省安委会自即日起到2020年5月底，在全省开展为期半年的安全生产集中整治。"
     "制定实施方案如下：\n一、总体要求\n通过集中整治，治理一批重大安全隐患，建立健全长效机制。",
     date(2019, 12, 19), "治理一批重大安全隐患", "2020-05-31"),
    ("市政府决定，从即日起至2024年12月31日，在全市范围内开展城市环境卫生专项整治行动。\n"
     "一、工作目标\n通过专项整治，城区主次干道保洁率达到100%。",
     date(2024, 6, 1), "城区主次干道保洁率达到100%", "2024-12-31"),
    ("县政府决定自2023年3月起至2023年9月底，在全县开展农村人居环境百日行动。\n"
     "一、主要任务\n全面清理村庄生活垃圾。",
     date(2023, 2, 20), "全面清理村庄生活垃圾", "2023-09-30"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), CAMPAIGN)
def test_a_campaigns_targets_fall_due_at_its_end(text: str, doc: date, words: str, want: str) -> None:
    assert _deadline_of(text, doc, words) == want


def test_a_campaign_over_sets_no_period() -> None:
    """A campaign that closed before the document's date frames no target of it."""
    text = ("省安委会自2019年1月起到2019年5月底，在全省开展安全生产集中整治。\n一、总体要求\n"
            "通过集中整治，治理一批重大安全隐患。")
    assert _deadline_of(text, date(2020, 3, 1), "治理一批重大安全隐患") != "2019-05-31"


# (a table row standing alone, cells apart by tabs, the task cell closed by a full stop:
# the row's time-limit cell is its deadline, its body cell its body)
LONE_ROWS = [
    ("粮食产量100亿斤以上。\t市农技中心\t卢伯瑛\t2024年底前", "2024-12-31", "市农技中心"),
    ("新建污水管网20公里。\t市住建局\t2024年底前", "2024-12-31", "市住建局"),
    ("完成老旧小区改造12个。\t县住建局\t2025年6月底前", "2025-06-30", "县住建局"),
    ("做好第三次全国土壤普查。\t市农发中心\t潘秀峰\t2024年底前", "2024-12-31", "市农发中心"),
]


@pytest.mark.parametrize(("row", "want", "body"), LONE_ROWS)
def test_a_lone_rows_time_cell(row: str, want: str, body: str) -> None:
    from tracker.extract import suggest
    found = suggest(row, None)
    assert len(found) == 1
    sug = found[0]
    assert sug.deadline is not None and sug.deadline.date is not None
    assert sug.deadline.date.isoformat() == want
    assert [b.name for b in sug.responsible] == [body]


# A numbered part's title closed by a full stop is still the part's heading
@pytest.mark.parametrize(("line", "heading"), [
    ("一、2023年重点工作任务完成情况。", True),
    ("二、2024年工作计划。", True),
    ("第三章 工作安排。", True),
    ("三、下半年工作打算。", True),
    # a sentence after the number (a clause mark, or a second sentence) is no heading
    ("一、加强组织领导，压实各方责任。", False),
    ("二、完成改造。确保安全。", False),
    # an item numbered 1. / （一） stays a sentence
    ("1.完成老旧小区改造12个。", False),
    ("（一）国家储备林谱写新篇章。", False),
])
def test_stopped_part_title_is_a_heading(line: str, heading: bool) -> None:
    from tracker.extract.segment import heading_level
    assert (heading_level(line) is not None) is heading


def test_a_month_in_the_review_part_is_the_reviewed_years() -> None:
    """县林业局2023年工作总结及2024年工作计划, written in the autumn of 2023: 预计11月 under
    一、2023年…完成情况。 is November 2023 (not of the plan year the title names next); the
    plan part's tasks fall due at the end of 2024."""
    text = ("县林业局2023年工作总结及2024年工作计划\n"
            "一、2023年重点工作任务完成情况。\n"
            "目前，已完成储备林项目建设方案编制；实施主体正在准备材料申请授信，预计11月能完成获批和授信等工作。\n"
            "二、2024年工作计划\n"
            "完成人工造林1.2万亩。\n")
    assert _deadline_of(text, date(2023, 10, 19), "预计11月能完成获批和授信等工作") == "2023-11-30"
    assert _deadline_of(text, date(2023, 10, 19), "完成人工造林1.2万亩") == "2024-12-31"


@pytest.mark.parametrize("line", ["一、各责任单位要建立重点任务落实台账。", "二、全面完成年度目标任务。",
                                  "三、确保完成年度目标。", "四、制定年度工作计划。",
                                  "五、落实保障措施。"])
def test_a_stopped_task_line_stays_a_sentence(line: str) -> None:
    """A numbered line that states a task (its verb, a modal) is no part's title."""
    from tracker.extract.segment import heading_level
    assert heading_level(line) is None


# (text, document date, words, deadline wanted): a label of goals closed by 是， as by a colon
# leads its items with the period it names, over the year the document stands in
GOAL_LABEL_COMMA = [
    ("各位代表，今年是“十五五”开局之年。“十五五”时期经济社会发展的主要目标是，全省生产总值年均增长6%以上。"
     "今年的主要预期目标是：地区生产总值增长5%左右。",
     date(2026, 1, 25), "全省生产总值年均增长6%以上", "2030-12-31"),
    ("各位代表，今年是“十五五”开局之年。今后五年经济社会发展的主要目标是，全市生产总值年均增长6%左右。",
     date(2026, 1, 25), "全市生产总值年均增长6%左右", "2030-12-31"),
    ("各位代表，今年是“十五五”开局之年。今后五年经济社会发展的主要目标是，全市生产总值年均增长6%左右。"
     "今年经济社会发展的主要预期目标是，地区生产总值增长5%左右。",
     date(2026, 1, 25), "地区生产总值增长5%左右", "2026-12-31"),
    ("到2030年的总体目标为，全县森林覆盖率达到65%以上。",
     date(2026, 3, 1), "全县森林覆盖率达到65%以上", "2030-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "want"), GOAL_LABEL_COMMA)
def test_a_goal_label_with_a_comma_leads(text: str, doc: date, words: str, want: str) -> None:
    assert _deadline_of(text, doc, words) == want
