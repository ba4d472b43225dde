"""Responsible bodies of issue 11 (helper resp11f): how Chinese official prose carries a
body to the clauses and lines that do not name one. Invented sentences of each class,
each checked through the whole extractor, beside the forms the rules must leave alone.

- a body opening a clause as its subject (X将… / X对照…制定… / 对…的，X要… / X（…，下同）要…)
  answers for the clauses after it in the sentence, up to the next subject;
- labels (牵头单位：… / 责任单位：…) on the lines after a numbered paragraph whose run-in
  heading is a section (（一）实施X。完成Y。) serve that paragraph;
- a sentence stating only who answers (X牵头，Y按职责分工负责。) serves the sentences of
  its paragraph before it, not only the one right before;
- a line of a division of duties (市农业农村局：负责…) is that body's paragraph;
- an item's 责任单位 wins over a subject carried from an earlier clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.bodies import find_bodies
from tracker.extract.pipeline import (
    _actor_refs,
    _colon_subject,
    _heading_of_bodies,
    _subject_bodies,
)

DOC = date(2026, 3, 1)
TITLE = "某某市2026年城市更新行动实施方案\n"


def _bodies_of(text: str) -> dict[str, list[str]]:
    return {s.quote: [b.name for b in s.responsible] for s in suggest(text, DOC)}


def _support(text: str) -> dict[str, list[str]]:
    return {s.quote: [b.name for b in s.responsible if b.role == "support"]
            for s in suggest(text, DOC)}


SUBJECTS = [
    # a body, then a modal word, a frame word or a verb: the clause's subject
    ("市政府办公室将加强日常跟踪督办", ["市政府办公室"]),
    ("各整改责任单位对照问题制定切实可行的整改方案", ["各整改责任单位"]),
    ("县住建局、县水利局要完成12个排污口整治", ["县住建局", "县水利局"]),
    ("区城管局会同区市场监管局开展排查", ["区城管局"]),
    # after the case the clause speaks of, its basis or its time words
    ("对推进缓慢的，相关责任单位要认真分析原因", ["相关责任单位"]),
    ("按照整改方案，各地环保部门将开展排查", ["各地环保部门"]),
    ("下一步，市生态环境局将开展专项检查", ["市生态环境局"]),
    # a note defining the subject (…，下同) stands between it and its verb
    ("各责任单位（包括牵头单位、责任单位，下同）要高度重视", ["各责任单位"]),
    ("各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）细化任务清单", ["各牵头单位"]),
    # the bodies of a role, called by the role, as the subject
    ("特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹相关责任单位", ["牵头单位"]),
    ("责任单位要密切配合", ["责任单位"]),
    ("责任单位：市水务局", []),  # a label, read as one
    # no subject: the body is an object, a possessor, a place's facilities, or a person
    ("报市安办备案", []),
    ("自中央第五生态环境保护督察组向我省反馈意见后", []),
    ("县卫健局负责的第17、18件确定事项进展滞后", []),
    ("经分管市领导审核把关后报送", []),
    ("自治区住建厅将推进污水处理设施建设", ["自治区住建厅"]),
    ("各省（区、市）完成国家下达的控制目标", ["各省（区、市）"]),
    ("市发改委、市财政局等部门要加强协作", ["市发改委", "市财政局"]),
    ("市生态环境局牵头组织开展执法检查", ["市生态环境局"]),
    ("市发改委会同市财政局研究制定支持政策", ["市发改委"]),
    ("市生态环境局的监测数据每月公开", []),
    ("各乡镇污水处理设施实现全覆盖", []),
    ("结合政府重点工作的推进落实", []),
    ("由市公安局牵头开展整治", []),
    ("各单位负责同志要亲自抓", []),
    ("开展专项检查", []),
]


@pytest.mark.parametrize(("clause", "expected"), SUBJECTS, ids=[s[0][:14] for s in SUBJECTS])
def test_subject_of_a_clause(clause: str, expected: list[str]) -> None:
    assert [b.name for b in _subject_bodies(clause, clause, 0, len(clause))] == expected


COLON_SUBJECTS = [
    ("市农业农村局：负责秸秆综合利用工作", "市农业农村局"),
    ("各县（市、区）政府：落实属地管理责任", "各县（市、区）政府"),
    ("1.市生态环境局、市水务局：负责水质监测", "市生态环境局、市水务局"),
    # a label is read as a label; words before a colon are no body
    ("责任单位：市水务局", None),
    ("工作目标：到2026年底完成改造", None),
    ("主要负责人：张三", None),
]


@pytest.mark.parametrize(("clause", "expected"), COLON_SUBJECTS,
                         ids=[c[0][:14] for c in COLON_SUBJECTS])
def test_bodies_before_a_colon(clause: str, expected: str | None) -> None:
    assert _colon_subject(clause) == expected


# (document, a quote of it, the bodies it should carry)
DOCUMENTS = [
    # the subject answers for the clauses after it in its sentence
    (TITLE + "二、保障措施\n市政府办公室将加强日常跟踪督办，定期通报结果，适时启动专项督查。\n",
     "定期通报结果", ["市政府办公室"]),
    (TITLE + "二、保障措施\n各整改责任单位对照问题制定整改方案，实行问题清单化管理，逐一明确整改目标。\n",
     "实行问题清单化管理", ["各整改责任单位"]),
    (TITLE + "二、保障措施\n对因客观原因推进缓慢的,相关责任单位要认真分析原因,采取得力措施,"
     "确保年度目标任务高质高效完成。\n",
     "确保年度目标任务高质高效完成", ["相关责任单位"]),
    # ...up to the next subject named
    (TITLE + "二、保障措施\n市住建局将开展排查，年底前完成30处易涝点整治，"
     "市水务局要完成12个排污口整治。\n",
     "年底前完成30处易涝点整治", ["市住建局"]),
    # labels on the lines after a numbered paragraph with a run-in section heading
    (TITLE + "二、重点任务\n（一）实施老旧小区改造。完成老旧小区改造120个。\n"
     "牵头单位：市住房城乡建设局 配合单位：市财政局\n"
     "（二）建设城市公园。新建城市公园10个。\n责任单位：市城市管理综合执法局\n",
     "完成老旧小区改造120个", ["市住房城乡建设局", "市财政局"]),
    (TITLE + "二、重点任务\n（一）实施老旧小区改造。完成老旧小区改造120个。\n"
     "牵头单位：市住房城乡建设局 配合单位：市财政局\n"
     "（二）建设城市公园。新建城市公园10个。\n责任单位：市城市管理综合执法局\n",
     "新建城市公园10个", ["市城市管理综合执法局"]),
    # a role sentence closing a numbered paragraph serves all of its sentences
    (TITLE + "二、重点任务\n5.加快城市燃气管道老化更新改造。改造燃气管道80公里。"
     "市住房城乡建设局牵头，市发展改革委、市财政局按职责分工负责。\n"
     "6.新建城市公园10个。\n",
     "加快城市燃气管道老化更新改造", ["市住房城乡建设局", "市发展改革委", "市财政局"]),
    # a division of duties: each line its body's
    (TITLE + "二、职责分工\n市农业农村局：负责秸秆综合利用工作，年底前建成秸秆收储点50个。\n"
     "各县（市、区）政府：落实属地管理责任，6月底前完成网格化监管体系建设。\n",
     "年底前建成秸秆收储点50个", ["市农业农村局"]),
    (TITLE + "二、职责分工\n市农业农村局：负责秸秆综合利用工作，年底前建成秸秆收储点50个。\n"
     "各县（市、区）政府：落实属地管理责任，6月底前完成网格化监管体系建设。\n",
     "6月底前完成网格化监管体系建设", ["各县（市、区）政府"]),
    # an item's label wins over the subject an earlier clause named
    (TITLE + "二、重点任务\n1.推进企业绩效提升。组织重点企业创建绩效企业，完成省下达的目标任务。"
     "(责任单位:市发改委、市经信局)\n",
     "完成省下达的目标任务", ["市发改委", "市经信局"]),
]


@pytest.mark.parametrize(("text", "quote", "expected"), DOCUMENTS,
                         ids=[f"{i}-{d[1][:12]}" for i, d in enumerate(DOCUMENTS)])
def test_bodies_in_documents(text: str, quote: str, expected: list[str]) -> None:
    got = [bodies for q, bodies in _bodies_of(text).items() if quote in q]
    assert got == [expected]


def test_labels_after_a_run_in_heading_keep_their_roles() -> None:
    text = DOCUMENTS[4][0]
    assert _support(text)["完成老旧小区改造120个"] == ["市财政局"]


def test_labels_after_a_list_of_items_stay_the_section_s() -> None:
    # 1. and 2. are items of one section: a label line after them serves the section, as
    # before (the run-in rule is for headings that close their section with the paragraph)
    text = TITLE + "二、重点任务\n1.完成老旧小区改造120个。\n2.新建城市公园10个。\n责任单位：市住建局\n"
    got = _bodies_of(text)
    assert got["完成老旧小区改造120个"] == ["市住建局"]
    assert got["新建城市公园10个"] == ["市住建局"]


def test_issue_task_list_keeps_its_bodies() -> None:
    text = ("2026年大气污染防治重点任务清单\n"
            "1. 6月底前完成全市燃煤锅炉淘汰，由市生态环境局牵头\n"
            "4. 2026年9月30日前完成12个入河排污口整治，市水务局负责\n"
            "任务名称\t责任单位\t完成时限\t目标值\n"
            "黑臭水体治理\t市住房城乡建设局\t2026年底\t动态清零\n")
    got = _bodies_of(text)
    assert [b for q, b in got.items() if "燃煤锅炉淘汰" in q] == [["市生态环境局"]]
    assert [b for q, b in got.items() if "入河排污口" in q] == [["市水务局"]]
    assert [b for q, b in got.items() if "黑臭水体治理" in q] == [["市住房城乡建设局"]]


def test_each_numbered_problem_of_a_rectification_list_keeps_its_labels() -> None:
    # 一、反馈问题：… opens the next item: the labels under each problem serve its own
    # targets, not the first problem's (they used to pile up in one item)
    text = ("某某市督察反馈问题整改方案\n"
            "一、反馈问题：部分县区城镇污水处理厂超负荷运行。\n"
            "责任单位：市住房城乡建设局、各县（市、区）政府\n"
            "整改目标：2026年底前完成污水处理厂扩容改造。\n"
            "二、反馈问题：部分矿山生态修复滞后。\n"
            "牵头单位：市自然资源和规划局\n配合单位：市生态环境局、市林业局\n"
            "整改目标：2026年6月底前完成15座废弃矿山生态修复。\n")
    got = _bodies_of(text)
    assert [b for q, b in got.items() if "扩容改造" in q] == [
        ["市住房城乡建设局", "各县（市、区）政府"]]
    assert [b for q, b in got.items() if "废弃矿山" in q] == [
        ["市自然资源和规划局", "市生态环境局", "市林业局"]]
    assert _support(text)[next(q for q in got if "废弃矿山" in q)] == ["市生态环境局", "市林业局"]


ACTORS = [
    ("各地区、各部门", ["各地区", "各部门"]),
    ("生态环境部联合住房和城乡建设部", ["生态环境部", "住房和城乡建设部"]),
    ("县农业农村局和县水利局", ["县农业农村局", "县水利局"]),
    # one body, whatever joiner its name holds
    ("市住房和城乡建设局", ["市住房和城乡建设局"]),
    ("市委市政府督查局", ["市委市政府督查局"]),
]


@pytest.mark.parametrize(("actor", "expected"), ACTORS, ids=[a[0] for a in ACTORS])
def test_paragraph_subject_as_bodies(actor: str, expected: list[str]) -> None:
    assert [b.name for b in _actor_refs(actor)] == expected


HEADINGS_OF_BODIES = [
    ("一、市发展改革委", "市发展改革委"),
    ("（二）市水务局、市农业农村局", "市水务局、市农业农村局"),
    ("三、各县（市、区）人民政府", "各县（市、区）人民政府"),
    # a theme, a task or a person is no heading of bodies
    ("一、保障措施", None),
    ("（二）推进市生态环境局数据平台建设", None),
    ("三、市政府主要负责同志", None),
]


@pytest.mark.parametrize(("heading", "expected"), HEADINGS_OF_BODIES,
                         ids=[h[0] for h in HEADINGS_OF_BODIES])
def test_heading_of_bodies(heading: str, expected: str | None) -> None:
    assert _heading_of_bodies(heading) == expected


def test_task_list_by_body_gives_each_section_its_body() -> None:
    text = ("某某市2026年政府工作报告重点任务分解\n一、市发展改革委\n"
            "1.全年实施省市重点项目200个。\n二、市水务局、市农业农村局\n"
            "2.完成农村生活污水治理村庄50个。\n")
    got = _bodies_of(text)
    assert got["全年实施省市重点项目200个"] == ["市发展改革委"]
    assert got["完成农村生活污水治理村庄50个"] == ["市水务局", "市农业农村局"]


NAMES = [
    # 会同 after a commission's short name (发改委 / 住建委) is the verb, not 委会 + 同
    ("市发改委会同市财政局研究制定", ["市发改委", "市财政局"]),
    ("市住建委会同市城管局开展整治", ["市住建委", "市城管局"]),
    ("区管委会负责", ["区管委会"]),
    ("开发区管委会同意", ["开发区管委会"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_body_names(text: str, expected: list[str]) -> None:
    assert [b.name for b in find_bodies(text)] == expected
