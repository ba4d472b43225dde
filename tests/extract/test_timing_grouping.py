"""Sentence time frames (timing.py) and clause joining (grouping.py)."""

from datetime import date

from tracker.domain import Comparator, Deadline, Target
from tracker.extract.grouping import group
from tracker.extract.pipeline import Suggestion
from tracker.extract.segment import segment
from tracker.extract.timing import TimingReader, lead_deadline

DOC = date(2023, 6, 1)


def _sentences(text):
    """The body sentences (heading lines are units too, but not what these tests read)."""
    return [s for s in segment(text) if not s.heading]


def test_lead_in_time_words_but_not_a_copula_about_the_year():
    first, second, third = _sentences("到2027年，建成平台。今年是开局之年，要建成平台。今年要完成改造。")
    assert lead_deadline(first, DOC).date == date(2027, 12, 31)
    assert lead_deadline(second, DOC) is None
    assert lead_deadline(third, DOC).date == date(2023, 12, 31)


def test_a_past_year_keeps_its_paragraph_in_the_past_until_it_looks_forward():
    text = "2022年，优良天数比例达到93.5%。水质优良比例达到81.7%。下一步要建成平台。\n完成改造。"
    reader = TimingReader(DOC)
    frames = [reader.read(s) for s in _sentences(text)]
    assert [f.past for f in frames] == [True, True, False, False]
    assert frames[1].lead.date == date(2022, 12, 31)  # the paragraph's year carries


def test_review_headings_put_their_section_in_the_past_and_plan_headings_set_periods():
    text = "一、过去一年工作回顾\n新建管网120公里。\n二、2024年工作安排\n新建管网150公里。"
    reader = TimingReader(DOC)
    review, plan = (reader.read(s) for s in _sentences(text))
    assert review.past and not plan.past
    assert plan.period.date == date(2024, 12, 31)


def test_a_byline_dated_to_the_day_sets_no_period():
    text = "（2024年1月26日某省人民代表大会通过）\n建成平台。"
    (sent,) = _sentences(text)
    assert TimingReader(DOC).read(sent).period is None


def _sug(text, start, end, confidence=0.7, target=None, deadline=None):
    return Suggestion(start, end, text[start:end], "target" if target else "deliverable",
                      deadline, target, [], None, None, confidence, None)


def test_weak_and_short_clauses_join_and_targets_with_own_numbers_stay_apart():
    text = "建设美丽城市,实施清洁取暖工程,优良天数比例达到90%,PM2.5浓度下降到30微克"
    a = _sug(text, 0, 6, confidence=0.45)
    b = _sug(text, 7, 15)
    c = _sug(text, 16, 27, target=Target("优良天数比例", Comparator.EQ, 90.0, "%"))
    d = _sug(text, 28, len(text), target=Target("PM2.5浓度", Comparator.EQ, 30.0, "微克/立方米"))
    out = group(text, [(a, 0.45), (b, 0.7), (c, 0.7), (d, 0.7)])
    # (session 11s: two clauses each opening with a verb of action and its object stay apart
    # even when the rules hold one weak; dev gold quotes such pairs apart 33 times, joined 2)
    assert [s.quote for s in out] == ["建设美丽城市", "实施清洁取暖工程", "优良天数比例达到90%",
                                      "PM2.5浓度下降到30微克"]
    weak = "建设美丽城市,城市更美"  # a weak clause and one that opens with no verb still join
    e, f = _sug(weak, 0, 6, confidence=0.45), _sug(weak, 7, len(weak), confidence=0.45)
    assert [s.quote for s in group(weak, [(e, 0.45), (f, 0.45)])] == [weak]
    assert all(text[s.start:s.end] == s.quote for s in out)


def test_two_complete_clauses_pair_unless_both_stand_alone():
    text = "加强湿地保护,推进生态园林城市建设,实施森林经营工程,建立古树名木保护台账"
    a, b = _sug(text, 0, 6), _sug(text, 7, 17)
    c, d = _sug(text, 18, 26), _sug(text, 27, len(text))
    out = group(text, [(a, 0.7), (b, 0.7), (c, 0.75), (d, 0.75)])
    # (加强 opens a measure as 推进 does, session 11s: each clause its own entry)
    assert [s.quote for s in out] == ["加强湿地保护", "推进生态园林城市建设", "实施森林经营工程",
                                      "建立古树名木保护台账"]
    text = "完善湿地保护,推进生态园林城市建设"  # two complete clauses, one not opened so: a pair
    a, b = _sug(text, 0, 6), _sug(text, 7, len(text))
    assert [s.quote for s in group(text, [(a, 0.7), (b, 0.7)])] == [text]


def test_a_clause_with_its_own_time_words_is_an_entry_of_its_own():
    text = "建成市级平台,6月底前出台实施细则"
    a = _sug(text, 0, 6)
    b = _sug(text, 7, len(text), deadline=Deadline("6月底前", date(2023, 6, 30)))
    assert len(group(text, [(a, 0.75), (b, 0.7)])) == 2


def test_document_date_guessed_from_a_byline_or_a_plan_title():
    from tracker.extract.timing import guess_doc_date

    assert guess_doc_date("某会议召开\n时间:2023-11-23 21:50:29 作者:佚名") == date(2023, 11, 23)
    assert guess_doc_date("决定\n（2024年1月26日某省人民代表大会通过）") == date(2024, 1, 26)
    assert guess_doc_date("省生态环境厅2024年工作要点\n一、重点任务") == date(2024, 1, 1)
    assert guess_doc_date("2023年工作总结\n过去一年……") is None
    assert guess_doc_date("无日期的文本") is None


def test_lead_in_after_a_reporting_clause_or_before_a_list_of_targets():
    said, label = _sentences("省委书记张三强调，到2027年，要建成全省统一平台。"
                             "\n今年主要预期目标是：地区生产总值增长5%左右。")
    assert lead_deadline(said, DOC).date == date(2027, 12, 31)
    assert lead_deadline(label, DOC).date == date(2023, 12, 31)


def test_a_target_fragment_between_a_measure_and_a_target_goes_with_the_target():
    from tracker.extract import suggest
    out = suggest("要突出治水统筹，消除劣Ⅴ类，提升水环境质量。", date(2024, 3, 1))
    outcome = next(s for s in out if "劣Ⅴ类" in s.quote)
    assert outcome.quote == "消除劣Ⅴ类，提升水环境质量"
    assert str(outcome.target.comparator) == "zero"


def test_a_paragraph_opened_by_a_bound_keeps_it_for_the_targets_after_it():
    from tracker.extract import suggest

    text = "到2020年，全面完成约束性指标。全市PM2.5浓度下降22%以上，优良天数比率达到74.2%。"
    dates = {s.quote: s.deadline.date for s in suggest(text, DOC) if s.deadline}
    assert dates["全市PM2.5浓度下降22%以上"] == date(2020, 12, 31)
    assert dates["优良天数比率达到74.2%"] == date(2020, 12, 31)


def test_a_vision_year_in_a_heading_does_not_set_the_plans_period():
    from tracker.extract.deadlines import section_period

    assert section_period("“十四五”规划和2035年远景目标纲要", DOC).date == date(2025, 12, 31)
    assert section_period("到2035年远景目标", DOC).date == date(2035, 12, 31)
