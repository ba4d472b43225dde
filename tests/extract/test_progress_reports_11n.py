"""Progress reports (督查通报 / 落实情况 / 进展情况): the tasks quoted as they were set
(X负责的“…”) are commitments still ahead, in the name of the bodies before the quote, while
the report around them states what was done; a bound and its act named as the node to keep
(…12月底前完工的时间节点) is the entry; 目前 inside 项目前期 reports nothing. Invented
reports in several wordings."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import classify, suggest, to_json

DAY = date(2024, 6, 18)
REPORT = ("县政府督查室对常务会议确定事项落实情况开展了专项督查，现通报如下。\n"
          "截至目前，已完成16件，占37%；正在办理27件，占63%。\n"
          "在督查中发现，需要加快推进落实事项3件，{quoted}截至目前，{done}\n")


@pytest.mark.parametrize("quoted,who,tasks", [
    ("如县发改局负责的“严格落实全县重点项目前期工作计划，按时完成项目前期工作。”",
     "县发改局", ["严格落实全县重点项目前期工作计划", "按时完成项目前期工作"]),
    ("县住建局、县城管局牵头的“9月底前完成老旧小区改造项目开工，年底前建成投用。”",
     "县住建局", ["9月底前完成老旧小区改造项目开工", "年底前建成投用"]),
    ("县政府确定的“切实抓好汉江宿集项目建设。”", None, ["切实抓好汉江宿集项目建设"]),
    ("县交通局交办的“加快推进农村公路提质改造工程。”", "县交通局", ["加快推进农村公路提质改造工程"]),
])
def test_a_task_quoted_in_a_progress_report_is_a_commitment_of_its_bodies(quoted, who, tasks):
    text = REPORT.format(quoted=quoted, done="已完成前期论证工作30个。")
    got = [to_json(s) for s in suggest(text, DAY) if s.kind != "indicator"]
    quotes = [g["quote"] for g in got]
    for task in tasks:
        assert any(task in q for q in quotes), (task, quotes)
    if who is not None:
        assert all(who in g["responsible"] for g in got if any(t in g["quote"] for t in tasks))


def test_the_figures_reported_around_a_quoted_task_stay_results():
    text = REPORT.format(quoted="县文旅局负责的“切实抓好茶宿项目建设。”",
                         done="18家茶宿项目达到验收标准8家，正在建设11家。")
    got = [to_json(s) for s in suggest(text, DAY)]
    assert {g["kind"] for g in got if "验收标准" in g["quote"] or "正在建设" in g["quote"]} \
        == {"indicator"}


@pytest.mark.parametrize("sentence,want", [
    ("紧盯国债项目6月底前开工、12月底前完工的时间节点，加快推进项目实施。",
     {"12月底前完工": "2024-12-31"}),
    ("要确保8月底前完成整改、年底前全部销号的目标，强化督办。", {"年底前全部销号": "2024-12-31"}),
])
def test_a_bound_and_its_act_named_as_the_node_to_keep_is_the_entry(sentence, want):
    got = {to_json(s)["quote"]: to_json(s)["deadline"] for s in suggest(sentence, DAY)}
    for quote, deadline in want.items():
        assert got.get(quote) == deadline, got


@pytest.mark.parametrize("clause,past", [
    ("按时完成项目前期工作", False),
    ("加快推进题目前期研究", False),
    ("目前全县共有规上企业120家", True),
    ("截至目前已完成投资3亿元", True),
])
def test_mu_qian_counts_as_now_only_where_it_is_a_word(clause, past):
    assert classify.looks_past(clause) is past
