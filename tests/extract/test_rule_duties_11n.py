"""The duties of rules and decisions (人大常委会 rules, 办法, 规定, a plan's division of work):
an act laid on a body by 由 (由X印发… / 并由X以书面形式通知…), an obligation stated with
应当 (the modal of statutes), and the bodies standing as a clause of their own before it
(X及相关部门和单位，应当…). Invented sentences in several wordings."""

from __future__ import annotations

import pytest

from tracker.extract import classify, suggest, to_json


@pytest.mark.parametrize("clause,who", [
    ("由人大常委会办公厅印发人大常委会组成人员", "人大常委会办公厅"),
    ("并由市政府办公室以书面形式通知各区县政府", "市政府办公室"),
    ("由县生态环境局负责建立问题台账", "县生态环境局"),
    ("由相关的人大专门委员会或者人大常委会工作机构收集整理提出", "相关的人大专门委员会或者人大常委会工作机构"),
    ("由市财政局会同市审计局开展专项检查", "市财政局"),
    ("统一由区行政审批局受理并答复申请人", "区行政审批局"),
])
def test_an_act_laid_on_a_body_by_you_is_its_duty(clause, who):
    assert classify.by_body(clause) == who
    v = classify.judge(clause)
    # (由X负责…: the subject reader takes 由X itself; the bodies reader reads X in it)
    assert v.kind in ("duty", "deliverable") and v.actor is not None and v.actor.endswith(who)


@pytest.mark.parametrize("clause", [
    "由于资金不足导致项目延期",           # 由于: because
    "由此带来的环境问题",                 # 由此: hence
    "由原来的5个增加到12个",              # a change from one figure to another
    "由市政府牵头",                       # a role statement alone (read as roles)
    "由传统农业向现代农业转变",           # a change of state
])
def test_you_that_lays_no_act_on_a_body_is_not_read_as_one(clause):
    assert classify.by_body(clause) is None


@pytest.mark.parametrize("clause", [
    "应当协助、配合视察或者专题调查研究活动",
    "应当在每年的一月二十日前提出年度计划草案",
    "应当自收到申请之日起二十日内作出书面答复",
    "并应当将整改结果向社会公开",
])
def test_an_obligation_stated_with_yingdang_is_a_duty(clause):
    assert classify.judge(clause).kind in ("duty", "deliverable")


@pytest.mark.parametrize("clause", [
    "应当看到当前生态环境保护形势依然严峻",
    "应当说取得了一定成效",
    "应当认识到这项工作的重要意义",
])
def test_a_speaker_s_yingdang_is_no_obligation(clause):
    assert classify.judge(clause).kind is None


@pytest.mark.parametrize("sentence,who", [
    ("“一府两院”及相关部门和单位，应当协助、配合视察或者专题调查研究活动。", "“一府两院”及相关部门和单位"),
    ("各县（市、区）人民政府，必须按期完成问题整改并报送整改报告。", "各县（市、区）人民政府"),
    ("市生态环境局、市住建局，应当建立联合执法机制。", None),
])
def test_bodies_standing_alone_before_the_modal_are_the_subject_of_its_duty(sentence, who):
    got = [to_json(s) for s in suggest(sentence)]
    assert len(got) == 1
    assert got[0]["quote"] == sentence.rstrip("。")
    if who is not None:
        assert who in got[0]["responsible"]
    else:
        assert got[0]["responsible"] == ["市生态环境局", "市住建局"]


def test_a_body_clause_not_followed_by_a_modal_stays_apart():
    got = [to_json(s) for s in suggest("市生态环境局，加强执法检查，严厉打击环境违法行为。")]
    assert all(not g["quote"].startswith("市生态环境局，") for g in got)
