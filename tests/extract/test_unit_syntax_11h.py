"""Clauses whose verb stands after a subject or a frame (issue 11, recall on unseen
documents): general rules of Chinese policy syntax, each with examples written for the
test and lines of the dev corpus (sets A–F), and the wording that must stay out.

- a subject before a verb of delivery may list places or bodies with 、 (设区市主城区、县城
  及周边…钢铁企业基本完成退城搬迁), but a copula sentence (X是…实现…的省份) describes;
- a named body may stand before the frame of its verb (省督察办对整改情况实施季调度 /
  国家通过多种形式开展…);
- the frame of a late verb may follow the adverbs and modal words the clause opens with
  (下一步将对各地整改情况持续开展清单化调度).
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.classify import judge
from tracker.extract.pipeline import suggest

COMMITS = [
    # a subject listing places or bodies with 、, then a verb of delivery
    ("own", "沿江、沿河两岸的化工企业基本完成搬迁改造"),
    ("own", "城区、工业园区及周边乡镇的燃煤小锅炉全部淘汰"),
    ("C_03", "设区市主城区、县城及周边具备条件的钢铁企业基本完成退城搬迁"),
    # a named body, then the frame of its verb (对 / 通过 / 按照 …)
    ("own", "市水务局对全市入河排污口开展拉网式排查"),
    ("own", "区政府办公室按照责任分工建立工作台账"),
    ("C_16", "省生态环保督察办对整改情况实施季调度和季通报"),
    ("A_14", "国家通过多种形式开展生态文明宣传教育活动"),
    ("D_04", "区政府办公室对各项目标任务的落实情况进行全程跟踪督办"),
    # adverbs and modal words, then the frame of the verb
    ("own", "今后将对未按期完成的单位予以通报"),
    ("E_06", "下一步将对各地整改情况持续开展清单化调度并组织现场抽查"),
]

NOTHING = [
    # a copula sentence describes what something is (the verb is part of a noun)
    ("own", "本市是全省第一个实现污水处理全覆盖的城市"),
    ("seed 000", "江西是唯一兼具国家生态文明试验区和生态产品价值实现机制国家试点的省份"),
    # a subject that is no body, with a frame: a state described, nothing to do
    ("own", "群众对环境质量的满意度明显提升"),
    ("own", "社会各界对生态环境保护的关注持续增强"),
]


@pytest.mark.parametrize(("source", "clause"), COMMITS)
def test_a_verb_after_a_subject_or_frame_commits(source, clause):
    assert judge(clause).kind is not None, source


@pytest.mark.parametrize(("source", "clause"), NOTHING)
def test_descriptions_and_states_stay_out(source, clause):
    assert judge(clause).kind is None, source


def test_the_subject_list_reaches_the_register_with_its_deadline():
    text = ("某市钢铁行业超低排放改造实施方案\n"
            "2026年底前，设区市主城区、县城及周边具备条件的钢铁企业基本完成退城搬迁。")
    out = [s for s in suggest(text, date(2026, 3, 1), rules_only=True) if s.kind != "indicator"]
    hits = [s for s in out if "退城搬迁" in s.quote]
    assert hits, [s.quote for s in out]
    assert hits[0].deadline is not None and hits[0].deadline.date == date(2026, 12, 31)


def test_a_subject_is_not_read_across_a_copula_in_a_document():
    text = "江西是唯一兼具国家生态文明试验区和生态产品价值实现机制国家试点的省份。"
    assert not [s for s in suggest(text, date(2024, 3, 1), rules_only=True)
                if s.kind != "indicator"]
