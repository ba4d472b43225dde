"""A list item that names a programme or project and labels who carries it (label11o):
1、农村道路畅通工程，牵头部门：市交通局 is one deliverable, quoted from the name through its
labels, its bodies from the labels (the lead first), its deadline from a time label."""

from datetime import date

import pytest

from tracker.domain import BodyRole
from tracker.extract import suggest
from tracker.extract.labels import named_item

DOC_DATE = date(2024, 3, 1)


@pytest.mark.parametrize("line, quote, lead, support, deadline", [
    # a number, a half-width comma and colon (as a progress notice writes them)
    ("1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。",
     "农村道路畅通工程,牵头部门:市交通局", ["市交通局"], [], None),
    # a bracketed number, full stop, lead and support labels, full-width colon
    ("（一）城乡供水一体化工程。牵头单位：市水利局；配合单位：市住建局、市财政局",
     "城乡供水一体化工程。牵头单位：市水利局；配合单位：市住建局、市财政局",
     ["市水利局"], ["市住建局", "市财政局"], None),
    # labels in brackets, a time limit among them
    ("3.老旧小区改造项目（责任单位：区住建局，完成时限：2025年12月）",
     "老旧小区改造项目（责任单位：区住建局，完成时限：2025年12月）", ["区住建局"], [],
     "2025-12-31"),
    # Traditional script: the quote keeps the text's own characters
    ("3.老舊小區改造項目（責任單位：區住建局，完成時限：2025年12月）",
     "老舊小區改造項目（責任單位：區住建局，完成時限：2025年12月）", ["區住建局"], [],
     "2025-12-31"),
    # no number, lenticular labels
    ("农村人居环境整治提升行动【牵头单位】县农业农村局【配合单位】县财政局",
     "农村人居环境整治提升行动【牵头单位】县农业农村局【配合单位】县财政局",
     ["县农业农村局"], ["县财政局"], None),
    # a name not ending on a project noun, a time label first
    ("（2）城乡困难群体法律援助，完成时限：2024年底前，责任单位：县司法局",
     "城乡困难群体法律援助，完成时限：2024年底前，责任单位：县司法局", ["县司法局"], [],
     "2024-12-31"),
])
def test_a_named_item_with_its_labels_is_one_unit(line, quote, lead, support, deadline):
    found = {s.quote: s for s in suggest(line + "\n", DOC_DATE)}
    assert quote in found, list(found)
    sug = found[quote]
    assert [b.name for b in sug.responsible if b.role is BodyRole.LEAD] == lead
    assert [b.name for b in sug.responsible if b.role is BodyRole.SUPPORT] == support
    assert sug.responsible[0].role is BodyRole.LEAD  # the lead first
    assert sug.kind == ("deadline" if deadline else "deliverable")
    if deadline:
        assert sug.deadline is not None and str(sug.deadline.date) == deadline
    assert sug.why.startswith("具名事项")


@pytest.mark.parametrize("line", [
    "问题整改责任单位:市科技馆 整改时限:3天",             # labels only, no name
    "完成老旧小区改造30个，责任单位：区住建局",            # a figure: a target the sentence rules read
    "序号\t重点任务\t工作措施\t牵头部门\t主责单位\t协办单位\t完成时限",  # a header row
    "农村道路畅通工程",                                  # a name with no label
    "农村道路畅通工程，联系人：张三",                     # a person, no body or time limit
    "工作目标。责任单位：市发改委",                        # a section's title, nothing named
    "保障措施（牵头单位：市财政局）",
])
def test_lines_that_are_no_named_item(line):
    assert named_item(line, DOC_DATE) is None


@pytest.mark.parametrize("line", [
    # a name that opens with a verb: the sentence rules keep reading it
    "（三）实施城乡供水一体化工程。牵头单位：市水利局；配合单位：市住建局、市财政局",
    # words of exhortation
    "（二）加强组织领导。牵头单位：市发改委",
])
def test_verbs_and_exhortations_are_left_to_the_sentence_rules(line):
    assert not any(s.why.startswith("具名事项") for s in suggest(line + "\n", DOC_DATE))


@pytest.mark.parametrize("opening", [
    "六安市2017年1-7月民生工程实施进度通报\n",
    "关于民生工程实施进度的通报\n为扎实推进我市2017年民生工程实施工作，现将1至7月民生工程实施进度通报如下：\n",
])
def test_under_a_progress_heading_the_item_takes_the_documents_period(opening):
    # the heading reports progress; the programme named is the document's own (2017), not
    # the year before that a review's results are dated by
    text = opening + "二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n"
    (sug,) = [s for s in suggest(text, date(2017, 8, 11)) if s.why.startswith("具名事项")]
    assert sug.deadline is not None and str(sug.deadline.date) == "2017-12-31"
    assert sug.deadline.text == ""  # no time words in the quote
