"""Deadline classes that failed on documents the extractor had never seen (issue 11,
class 5), each with invented sentences of the same class, read both by the time-word
parser and end to end through suggest()."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain import Precision
from tracker.extract import suggest
from tracker.extract.deadlines import deadline_cuts, find_deadlines, parse_deadline
from tracker.extract.timing import guess_doc_date

DOC = date(2026, 2, 10)
Y, Q, M, D = Precision.YEAR, Precision.QUARTER, Precision.MONTH, Precision.DAY

# (clause, time words, ISO date or None, precision)
CASES = [
    ("2027年年底前，实现生态环境质量名列前茅", "2027年年底前", "2027-12-31", Precision.YEAR),
    # halves and quarters of the document's year
    ("上半年完成供水管网改造", "上半年", "2026-06-30", Q),
    ("下半年启动二期工程", "下半年", "2026-12-31", Q),
    ("3季度前完成设备招标", "3季度前", "2026-09-30", Q),
    ("4季度前建成投运", "4季度前", "2026-12-31", Q),
    ("三季度末完成验收", "三季度末", "2026-09-30", Q),
    ("第二季度末前完成清理", "第二季度末前", "2026-06-30", Q),
    # periods of years: the end of the last year
    ("2025—2027年，累计改造老旧管网300公里", "2025—2027年", "2027-12-31", Y),
    ("实施垃圾分类三年行动（2026—2028年）", "2026—2028年", "2028-12-31", Y),
    ("2026年至2030年完成全部改造", "2026年至2030年", "2030-12-31", Y),
    ("2026～2027年持续推进", "2026～2027年", "2027-12-31", Y),
    # month ends written with 以前
    ("5月底以前完成排查", "5月底以前", "2026-05-31", M),
    ("在11月底以前报送方案", "在11月底以前", "2026-11-30", M),
    ("本月底前报送台账", "本月底前", "2026-02-28", M),
    ("下月底前完成复核", "下月底前", "2026-03-31", M),
    # a month of a year named relative to the document's
    ("明年6月底前完成提标改造", "明年6月底前", "2027-06-30", M),
    ("今年9月30日前完成注册登记", "今年9月30日前", "2026-09-30", D),
    ("明年上半年建成投用", "明年上半年", "2027-06-30", Q),
    # festivals: the eve of the next one after the document's date
    ("春节前完成工资清欠", "春节前", "2026-02-16", D),
    ("明年春节前完成搬迁安置", "明年春节前", "2027-02-05", D),
    ("2027年春节前全部入住", "2027年春节前", "2027-02-05", D),
    ("国庆节前完成道路修复", "国庆节前", "2026-09-30", D),
    ("元旦前完成供暖设施检修", "元旦前", "2026-12-31", D),
    # a year and month as tables write them
    ("2026.09", "2026.09", "2026-09-30", M),
    ("2026-6前完成", "2026-6前", "2026-06-30", M),
    # seasons without a fixed date keep their words and no date
    ("汛期前完成水毁设施修复", "汛期前", None, None),
    ("供暖季前完成管网检修", "供暖季前", None, None),
]


@pytest.mark.parametrize(("clause", "words", "iso", "precision"), CASES,
                         ids=[c[0] for c in CASES])
def test_time_words(clause: str, words: str, iso: str | None, precision) -> None:
    found = [d for d in find_deadlines(clause, DOC) if not d.past]
    assert [d.text for d in found] == [words]
    got = parse_deadline(clause, DOC)
    assert got is not None and got.text == words
    assert (got.date.isoformat() if got.date else None) == iso
    assert got.precision == precision


@pytest.mark.parametrize("clause", ["春节前后开展走访慰问", "国庆节期间加强值守"])
def test_around_a_festival_is_no_bound(clause: str) -> None:
    assert parse_deadline(clause, DOC) is None


@pytest.mark.parametrize("clause", ["去年完成造林8万亩", "去年6月建成投运", "上年底前完成了整改"])
def test_last_year_is_past_never_a_deadline(clause: str) -> None:
    found = find_deadlines(clause, DOC)
    assert found and all(d.past for d in found)
    assert parse_deadline(clause, DOC) is None


def test_spring_festival_after_it_has_passed_is_next_years() -> None:
    assert parse_deadline("春节前完成", date(2026, 3, 1)).date == date(2027, 2, 5)
    assert parse_deadline("春节前完成", date(2025, 11, 20)).date == date(2026, 2, 16)
    assert parse_deadline("春节前完成", None).date is None  # no year to count from


# (sentence, [(time words, ISO date)] one per suggestion)
TWO_BOUNDS = [
    ("3季度前完成管网设计、4季度前完成管网改造。", [("3季度前", "2026-09-30"), ("4季度前", "2026-12-31")]),
    ("6月底前完成方案编制，10月底前全面完成改造。", [("6月底前", "2026-06-30"), ("10月底前", "2026-10-31")]),
    ("上半年完成项目立项并于年底前开工建设。", [("上半年", "2026-06-30"), ("于年底前", "2026-12-31")]),
    ("2026年底前完成主体工程和2027年6月底前完成验收。",
     [("2026年底前", "2026-12-31"), ("2027年6月底前", "2027-06-30")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TWO_BOUNDS, ids=[t[0] for t in TWO_BOUNDS])
def test_two_bounds_in_one_sentence_stay_two(sentence: str, expected) -> None:
    got = [(s.deadline.text, s.deadline.date.isoformat()) for s in suggest(sentence, DOC)
           if s.deadline is not None]
    assert got == expected


@pytest.mark.parametrize("clause", ["2025年底前完成", "到2027年基本消除", "年内全部完成、确保质量",
                                    "明年6月底前完成提标改造"])
def test_one_bound_is_not_cut(clause: str) -> None:
    assert deadline_cuts(clause, DOC) == []


# Traditional input: the extractor reads a Simplified copy, the output keeps the words
# as written.
TRADITIONAL = [
    ("各區要於6月底前完成排查整治。", "於6月底前", "2026-06-30"),
    ("年底前完成12個入河排污口整治。", "年底前", "2026-12-31"),
    ("明年3月底前完成燃煤鍋爐淘汰。", "明年3月底前", "2027-03-31"),
    ("力爭兩年內全面完成整改。", "力爭兩年內", "2028-02-10"),
    ("3個月內整改到位。", "3個月內", "2026-05-10"),
    ("春節前完成農民工工資清欠。", "春節前", "2026-02-16"),
]


@pytest.mark.parametrize(("sentence", "words", "iso"), TRADITIONAL, ids=[t[0] for t in TRADITIONAL])
def test_traditional_end_to_end(sentence: str, words: str, iso: str) -> None:
    found = suggest(sentence, DOC)
    assert len(found) == 1
    assert found[0].deadline.text == words
    assert found[0].deadline.date.isoformat() == iso


def test_title_period_dates_targets_without_time_words() -> None:
    text = ("某市农村生活污水治理三年行动方案（2025—2027年）\n一、主要目标\n"
            "农村生活污水治理率达到60%以上。\n")
    (sug,) = suggest(text, DOC)
    assert sug.deadline.date == date(2027, 12, 31)
    plan = "某县2026年生态环境保护工作要点\n一、大气\n优良天数比率达到88%以上。\n"
    (sug,) = suggest(plan, DOC)
    assert sug.deadline.date == date(2026, 12, 31)


def test_a_rows_own_time_cell_wins_over_the_documents_period() -> None:
    text = ("某市水环境治理三年行动方案（2025—2027年）\n"
            "任务名称\t责任单位\t完成时限\t目标值\n"
            "管网建设\t市水务局\t2026年6月30日\t新建污水管网200公里\n"
            "水体治理\t市住建局\t2027年底\t优良水体比例达到90%以上\n")
    # a short row is one record, quoted from its task cell to its target cell
    got = {s.quote.split("\t")[-1]: s.deadline.date for s in suggest(text, DOC) if s.target}
    assert got["新建污水管网200公里"] == date(2026, 6, 30)
    assert got["优良水体比例达到90%以上"] == date(2027, 12, 31)


# --- class 9: the document's date when the caller gives none -------------------------

DOC_DATES = [
    # the signature line closing the document wins over any deadline in the text
    ("某区2026年水污染防治工作方案\n一、6月底前完成排查。\n二、2026年9月30日前完成整治。\n"
     "某区生态环境局\n2026年2月10日\n", "2026-02-10"),
    ("关于做好某项工作的通知\n请于2026年5月31日前报送。\n某县人民政府办公室\n（二〇二六年三月五日）",
     "2026-03-05"),
    # a labelled date or byline in the opening lines
    ("某市召开推进会\n发布日期：2025-11-20 来源：某市人民政府\n到2026年6月30日前完成。", "2025-11-20"),
    ("某会议召开\n时间:2023-11-23 21:50:29 作者:佚名", "2023-11-23"),
    ("决定\n（2024年1月26日某省人民代表大会通过）", "2024-01-26"),
    ("某局局长讲话\n2025年12月8日\n同志们：今年要在6月底前完成。", "2025-12-08"),
    # the year of a plan in its title
    ("某市2026年大气污染防治重点任务清单\n1. 6月底前完成燃煤锅炉淘汰", "2026-01-01"),
    ("省生态环境厅2024年工作要点\n一、重点任务", "2024-01-01"),
    ("关于某市2025年计划执行情况与2026年计划草案的报告\n各位代表：", "2026-01-01"),
    ("某县2023年工作总结和2024年工作计划\n一、", "2024-01-01"),
    ("某市农村污水治理三年行动方案（2026—2028年）\n一、总体要求", "2026-01-01"),
    # deadlines are never the document's date
    ("关于印发某方案的通知\n各区县：\n请于6月30日前报送进展。到2027年6月30日前，完成整治。", None),
    ("整改方案\n整改时限：2025年6月30日前\n责任单位：县自然资源局", None),
    ("通知\n2026年9月30日前完成12个排污口整治，逾期追责。", None),
    ("2023年工作总结\n过去一年……", None),
]


@pytest.mark.parametrize(("text", "iso"), DOC_DATES, ids=[t[0][:12] for t in DOC_DATES])
def test_document_date_is_never_a_deadline(text: str, iso: str | None) -> None:
    got = guess_doc_date(text)
    assert (got.isoformat() if got else None) == iso


def test_relative_deadlines_count_from_the_signature_date() -> None:
    text = ("某区燃煤锅炉整治工作方案\n1. 6月底前完成全区燃煤锅炉淘汰。\n"
            "2. 2026年9月30日前完成12个入河排污口整治。\n某区生态环境局\n2026年2月10日\n")
    got = {s.deadline.text: s.deadline.date for s in suggest(text) if s.deadline}
    assert got["6月底前"] == date(2026, 6, 30)


@pytest.mark.parametrize("clause", ["地区生产总值2026.5亿元", "2025-2027年", "完成投资2030.6万元"])
def test_year_dot_month_is_never_an_amount(clause: str) -> None:
    assert all(d.precision is not Precision.MONTH for d in find_deadlines(clause, DOC))


@pytest.mark.parametrize(("cell", "iso"), [("12月", "2026-12-31"), ("9月份", "2026-09-30"),
                                           ("2027", "2027-12-31"), ("2026.10", "2026-10-31"),
                                           ("长期坚持", None)])
def test_a_time_cell_holds_bare_months_and_years(cell: str, iso: str | None) -> None:
    from tracker.extract.labels import Item, set_deadline
    item = Item()
    set_deadline(item, cell, DOC)
    assert item.deadline.text == cell
    assert (item.deadline.date.isoformat() if item.deadline.date else None) == iso


def test_a_web_pages_title_below_its_furniture_dates_the_plan() -> None:
    from tracker.extract.timing import report_period
    page = ("某市人民政府网\n首页 > 政务公开\n某市农村污水治理三年行动方案（2026—2028年）\n"
            "来源：某市人民政府网\n农村生活污水治理率达到65%以上。\n")
    assert guess_doc_date(page) == date(2026, 1, 1)
    assert report_period(page, None).date == date(2028, 12, 31)


def test_a_title_run_into_its_body_dates_the_plan() -> None:
    # a PDF or page flattened to one line: the title runs into the first sentence
    from tracker.extract.timing import report_period
    text = "某市改善空气质量2022年工作方案(征求意见稿)为持续推进空气质量稳中向好，特制订本方案。一、工作目标"
    assert report_period(text, date(2022, 3, 1)).date == date(2022, 12, 31)
    assert report_period("为持续推进空气质量稳中向好，2022年将印发工作方案。" * 3, date(2022, 3, 1)) is None


@pytest.mark.parametrize(
    "sentence",
    ["省政府印发《空气质量持续改善行动方案》，提出到2027年，全省PM2.5浓度下降10%。",
     "《攻坚方案》指出,到2027年,细颗粒物年均浓度达到40微克/立方米。"],
)
def test_time_words_after_the_texts_own_verb_date_the_target(sentence: str) -> None:
    out = [s for s in suggest(sentence, DOC) if s.kind == "target"]
    assert out and out[0].deadline is not None
    assert out[0].deadline.date == date(2027, 12, 31)
    assert out[0].quote.startswith("到2027年")


def test_a_review_of_these_five_years_reports_results() -> None:
    out = suggest("这五年，全市PM2.5平均浓度下降20%，优良天数比率达到90%。", DOC)
    assert out and all(s.kind == "indicator" for s in out)
