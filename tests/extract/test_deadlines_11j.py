"""Deadlines on unseen text (issue 11, branch dl11j), table-driven with generic sentences:
the document's year when no date is given (a heading reviewing a year, the year whose work
the opening sets out, a web page's short byline), a table row's date that is no byline,
labelled time fields as rectification lists write them, and a list item's number before
a month."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reading import deadline_of
from tracker.extract import suggest
from tracker.extract.deadlines import find_deadlines
from tracker.extract.labels import LABEL
from tracker.extract.timing import guess_doc_date




# (text without a date of its own, the document date guessed)
DOC_YEAR = [
    # a work report whose review heading names the year past: it is the next year's
    ("政府工作报告\n各位代表：\n一、2023年工作回顾\n过去一年，全市经济稳中有进。\n"
     "二、今年工作安排\n年底前完成10个村的污水治理。", "2024-01-01"),
    ("某县2022年度工作回顾和2023年工作思路\n一、主要成效\n", "2023-01-01"),
    # a congress resolution that approves the year's goals
    ("某县第十八届人民代表大会第三次会议关于政府工作报告的决议\n"
     "会议听取和审议了县长所作的政府工作报告，同意报告提出的2024年主要预期目标和重点任务。\n"
     "会议要求，年内完成县城污水处理厂扩建。", "2024-01-01"),
    # the year whose work is named, then reported on: no year of the text's own
    ("某局工作情况\n2023年重点工作完成情况\n一、完成造林5万亩。", None),
    # a bureau's summary with its plans: the plan's year
    ("某县林业局2023年工作总结及2024年工作打算\n一、工作总结\n", "2024-01-01"),
    # a web page's byline with a two-digit year
    ("某市环境保护工作要点\n时间:19-07-12来源:某市日报\n今年完成燃煤锅炉淘汰。", "2019-07-12"),
    # a table row's time cell is a bound, not the byline
    ("某区重点任务清单\n序号\t任务\t责任单位\t完成时限\n1\t建成智慧城管平台\t区城管局\t2025年12月31日\n",
     None),
]


@pytest.mark.parametrize(("text", "iso"), DOC_YEAR, ids=[r[0][:14] for r in DOC_YEAR])
def test_document_year_without_a_date(text: str, iso: str | None) -> None:
    got = guess_doc_date(text)
    assert (got.isoformat() if got else None) == iso


def test_relative_words_take_the_reviewed_year_after() -> None:
    text = DOC_YEAR[0][0] + "\n6月底前建成市民服务中心。\n明年上半年全面完成改造。"
    assert deadline_of(text, None, "年底前完成10个村") == "2024-12-31"
    assert deadline_of(text, None, "6月底前建成市民服务中心") == "2024-06-30"
    assert deadline_of(text, None, "明年上半年全面完成改造") == "2025-06-30"


def test_a_table_date_does_not_shift_the_month_words() -> None:
    # the cell 2025年12月31日 once made the document's date, and 月底前 December's
    text = ("2025年城市管理重点任务清单\n序号\t任务内容\t责任单位\t完成时限\n"
            "1\t建成智慧城管平台\t区城管局\t2025年12月31日\n"
            "2\t完成背街小巷改造30条\t区住建局\t三年内\n")
    assert guess_doc_date(text) == date(2025, 1, 1)
    assert deadline_of(text, None, "完成背街小巷改造30条") == "2028-01-01"


# (labelled line, the label read, or None when it is no time or body label)
LABELS = [
    ("计划完成时间：2024年9月底", "完成时间"),
    ("预计完成时间:2024年12月", "完成时间"),
    ("要求完成时间：3月底前", "完成时间"),
    ("完成时间节点：6月底", "时间节点"),
    ("整改完成时限：2024年12月", "完成时限"),
    ("截止时间：2024年10月31日", "截止时间"),
    ("办理时限：30个工作日", "办理时限"),
    ("计划投资：5000万元", None),
    ("完成情况：已完成", None),
]


@pytest.mark.parametrize(("line", "label"), LABELS, ids=[r[0][:8] for r in LABELS])
def test_time_labels(line: str, label: str | None) -> None:
    m = LABEL.match(line)
    assert (m.group("label") if m else None) == label


def test_a_planned_completion_label_dates_its_item() -> None:
    text = ("某县问题整改清单\n一、城区污水管网建设滞后问题\n整改措施：新建污水管网20公里。\n"
            "计划完成时间：2024年9月底\n责任单位：县住建局\n"
            "二、河道非法采砂问题\n整改措施：开展非法采砂专项整治。\n"
            "截止时间：长期坚持\n责任单位：县水利局\n")
    assert deadline_of(text, date(2024, 3, 1), "新建污水管网20公里") == "2024-09-30"
    assert deadline_of(text, date(2024, 3, 1), "开展非法采砂专项整治") is None


# (text, the time words found, their date), the document dated 2024-02-01
MONTH_AFTER_MARKER = [
    ("6.10月份完成县城燃气管网改造", "10月份", "2024-10-31"),
    ("12.9月底前完成排查", "9月底前", "2024-09-30"),
    ("一、排查\n2.11月底前完成整治", "11月底前", "2024-11-30"),
    # a decimal inside a line is no list number: 5.10月 is not October
    ("同比增长5.10月", None, None),
    ("面积达1.5月", None, None),
]


@pytest.mark.parametrize(("text", "words", "iso"), MONTH_AFTER_MARKER,
                         ids=[r[0][:10] for r in MONTH_AFTER_MARKER])
def test_a_month_after_a_list_number(text: str, words: str | None, iso: str | None) -> None:
    found = find_deadlines(text, date(2024, 2, 1))
    if words is None:
        assert found == []
        return
    assert [(d.text, d.date.isoformat() if d.date else None) for d in found] == [(words, iso)]


# (plan, words of a task without time words, its deadline): a plan's goals opened by one
# horizon set the period of its tasks; a text that is no plan, or a horizon already over,
# does not
PLAN = ("某区全面推进城市更新实施方案\n为深入推进城市更新，制定本方案。\n一、工作目标\n"
        "{goals}，完成老旧小区改造60个。\n二、主要任务\n"
        "1.完善公共服务设施。新建社区养老服务站10个。牵头单位：区民政局。\n")
HORIZON = [
    (PLAN.format(goals="到2026年底"), date(2025, 3, 12), "2026-12-31"),
    (PLAN.format(goals="力争到2027年"), date(2025, 3, 12), "2027-12-31"),
    # a news item on a plan it names: the plan's horizon still
    ("日前，某市印发《某市打赢蓝天保卫战三年行动方案》。\n（二）工作目标\n"
     "到2020年，全市PM2.5浓度比2015年下降20%。\n新建社区养老服务站10个。", date(2018, 9, 1),
     "2020-12-31"),
    # a horizon the document's date has passed sets no period
    (PLAN.format(goals="到2024年底"), date(2025, 3, 12), None),
    # no plan: the same words in the minutes of a meeting
    ("某区城市更新工作会议纪要\n一、工作目标\n到2026年底，完成老旧小区改造60个。\n"
     "二、下一步工作\n新建社区养老服务站10个。", date(2025, 3, 12), None),
]


@pytest.mark.parametrize(("text", "doc", "iso"), HORIZON, ids=[r[0][8:20] for r in HORIZON])
def test_a_plans_horizon_dates_its_tasks(text: str, doc: date, iso: str | None) -> None:
    found = [s for s in suggest(text, doc) if "养老服务站10个" in s.quote and s.kind != "indicator"]
    assert found, "the task is suggested"
    got = found[0].deadline
    assert (got.date.isoformat() if got is not None and got.date else None) == iso


def test_a_year_that_turns_a_report_ahead_after_a_comma() -> None:
    # 2024年，我们将重点做好以下工作 closes the review: the items after it are the year's plans
    text = ("某市政府工作报告\n（2024年1月23日）\n各位代表：\n2023年，全市地区生产总值增长5.8%。\n"
            "2024年，我们将重点做好以下工作：\n一是推进产业升级。新增规上工业企业100家。\n")
    found = [s for s in suggest(text, None) if "新增规上工业企业100家" in s.quote]
    assert [(s.kind.value, s.deadline.date.isoformat() if s.deadline and s.deadline.date else None)
            for s in found] == [("target", "2024-12-31")]


# A report of what was done lists, item by item, the target set (整改目标：…) and what was
# done (整改情况：已…): the target is a commitment dated by its own bound, passed or not
CLOSEOUT = ("某县关于督察反馈问题整改情况的报告\n一、整改任务完成情况\n"
            "（一）某化工厂异味扰民问题{sep}整改目标：2023年6月底前完成废气收集处理设施改造。"
            "{sep}整改情况：已于2023年5月完成改造，经监测达标排放。\n"
            "（二）城区黑臭水体问题{sep}目标任务：2023年底前消除城区黑臭水体3条。"
            "{sep}完成情况：已完成整治，水质稳定达标。\n某县人民政府\n2024年1月8日\n")


@pytest.mark.parametrize("sep", ["\n", "。"], ids=["lines", "inline"])
def test_targets_set_in_a_closeout_report(sep: str) -> None:
    got = {(s.kind.value, s.deadline.date.isoformat() if s.deadline and s.deadline.date else None)
           for s in suggest(CLOSEOUT.format(sep=sep), None)
           if "废气收集处理设施改造" in s.quote or "黑臭水体3条" in s.quote}
    assert got == {("deadline", "2023-06-30"), ("target", "2023-12-31")}
    done = [s for s in suggest(CLOSEOUT.format(sep=sep), None) if "已于2023年5月" in s.quote]
    assert all(s.kind.value == "indicator" for s in done)


# (opening, the year guessed): a heading reviewing a year dates the text to the next one,
# whatever year it then says it stands in
REVIEWED_THEN_STANDS = [
    ("各位代表：\n一、2021年工作回顾\n2021年，全县地区生产总值增长8%。\n二、2022年工作安排\n"
     "2022年是实施“十四五”规划承上启下的关键之年。", 2022),
    ("各位代表：\n一、2025年工作回顾\n2025年是“十四五”规划收官之年。全县经济稳中向好。", 2026),
    # without a year of its own the review still moves the year on (过去一年 …)
    ("各位代表：\n过去一年，全县经济稳中向好。\n2025年是“十四五”规划收官之年。", 2026),
]


@pytest.mark.parametrize(("text", "year"), REVIEWED_THEN_STANDS,
                         ids=[r[0][6:16] for r in REVIEWED_THEN_STANDS])
def test_year_after_the_one_reviewed(text: str, year: int) -> None:
    assert guess_doc_date(text) == date(year, 1, 1)


ITEMS = ("某市打赢蓝天保卫战实施方案（2019—2020年）\n二、工作任务\n（一）升级产业结构。\n"
         "1.排查整治散乱污工业企业。全面落实整治工作方案要求，2019年9月底前，基本完成全市整治任务。\n"
         "2.推进燃煤锅炉整治。全面淘汰10蒸吨以下燃煤锅炉。（市生态环境局牵头）\n"
         "3.推进工业炉窑治理。3季度前完成排查，4季度前完成整治。\n")

# (item heading, its deadline): the one bound of its body, else the plan's period
ITEM_HEADINGS = [
    ("排查整治散乱污工业企业", "2019-09-30"),
    ("推进燃煤锅炉整治", "2020-12-31"),   # no bound in its body
    ("推进工业炉窑治理", "2020-12-31"),   # a bound for each of its tasks: none is the item's
]


@pytest.mark.parametrize(("words", "iso"), ITEM_HEADINGS, ids=[r[0] for r in ITEM_HEADINGS])
def test_an_item_heading_takes_its_bodys_bound(words: str, iso: str) -> None:
    assert deadline_of(ITEMS, date(2019, 3, 1), words) == iso


# (table, words of a row, deadline): the row's own time cell — a span of years to build
# (建设年限), a completion date — wins over the title's year; a start date is no bound; a
# progress table's 年度目标 falls due at the end of the document's year
PROJECTS = ("某市2024年重点建设项目计划表\n"
            "序号\t项目名称\t建设内容及规模\t建设年限\t总投资（亿元）\t责任单位\n"
            "1\t市人民医院新院区\t新建床位1200张\t2022-2025\t25\t市卫健委\n"
            "2\t滨江绿道\t建设绿道30公里\t2023—2026年\t4\t市园林局\n")
STARTS = ("某区2025年重点项目清单\n序号\t项目名称\t建设内容\t计划开工时间\t计划竣工时间\t责任单位\n"
          "1\t区第二中学\t新建教学楼2栋\t2025年3月\t2026年8月\t区教育局\n"
          "2\t城东公园\t建设公园15公顷\t2025年5月\t2025年12月\t区园林局\n")
PROGRESS = ("某县2024年民生实事项目进展情况表（截至6月底）\n序号\t项目名称\t年度目标\t进展情况\t责任单位\n"
            "1\t农村公路提升\t完成农村公路提档升级100公里\t已完成60公里\t县交通运输局\n")
TABLES = [
    (PROJECTS, date(2024, 2, 20), "新建床位1200张", "2025-12-31"),
    (PROJECTS, date(2024, 2, 20), "建设绿道30公里", "2026-12-31"),
    (STARTS, date(2025, 2, 1), "新建教学楼2栋", "2026-08-31"),
    (STARTS, date(2025, 2, 1), "建设公园15公顷", "2025-12-31"),
    (PROGRESS, date(2024, 7, 5), "提档升级100公里", "2024-12-31"),
    (PROGRESS, None, "提档升级100公里", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "doc", "words", "iso"), TABLES, ids=[r[2] for r in TABLES])
def test_a_rows_own_time_cell(text: str, doc: date | None, words: str, iso: str) -> None:
    assert deadline_of(text, doc, words) == iso


# A report delivered in late December plans the next year: bare month and season words
# under its 2024年工作安排 heading are 2024's, not the document's year's
DECEMBER = ("政府工作报告\n——2023年12月28日在某县第十八届人民代表大会第四次会议上\n各位代表：\n"
            "一、2023年工作回顾\n一年来，全县地区生产总值增长6%。年底前完成了县城道路改造。\n"
            "二、2024年工作安排\n2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
            "（一）全力扩大投资。年底前完成县城污水处理厂扩建，6月底前建成县体育馆。"
            "上半年完成农村公路改造100公里。\n")
NEXT_YEARS_HEADING = [
    ("年底前完成县城污水处理厂扩建", "2024-12-31"),
    ("6月底前建成县体育馆", "2024-06-30"),
    ("上半年完成农村公路改造100公里", "2024-06-30"),
    ("地区生产总值增长6%左右", "2024-12-31"),
]


@pytest.mark.parametrize(("words", "iso"), NEXT_YEARS_HEADING, ids=[r[0][:8] for r in NEXT_YEARS_HEADING])
def test_bare_words_under_the_next_years_heading(words: str, iso: str) -> None:
    assert deadline_of(DECEMBER, None, words) == iso


def test_the_same_words_in_the_documents_own_year() -> None:
    text = DECEMBER.replace("2023年12月28日", "2024年1月10日")
    assert deadline_of(text, None, "6月底前建成县体育馆") == "2024-06-30"
    plain = "某县2025年工作要点\n一、重点任务\n6月底前建成县体育馆。\n"
    assert deadline_of(plain, date(2025, 2, 1), "6月底前建成县体育馆") == "2025-06-30"


def test_bare_words_of_last_years_targets_in_an_early_report() -> None:
    # a report of February on the year before's targets (目标任务：… / 完成情况：…): its 年底前
    # is that year's end, like the targets around it
    text = ("某区生态环境治理工作情况\n"
            "目标任务：完成河道清淤50公里，年底前消除劣V类水体。\n"
            "完成情况：全年完成河道清淤62公里，劣V类水体全部消除。\n")
    assert deadline_of(text, date(2025, 2, 10), "年底前消除劣V类水体") == "2024-12-31"
    assert deadline_of(text, date(2025, 2, 10), "完成河道清淤50公里") == "2024-12-31"
    # later in the year the same words are the document's own year's
    assert deadline_of(text, date(2025, 7, 10), "年底前消除劣V类水体") == "2025-12-31"
