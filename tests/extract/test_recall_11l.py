"""Recall of core commitments the clause rules turned down (issue 11, helper 11l): the
grammar of a task does not depend on the verb list alone — an act done in a stated manner
(高效运行 / 限期整改), a body set to act by the verb before it (要求X整改 / 督促Y落实), a
body named before 将, verbs of settling a thing (确定 / 形成 / 开设 + a named object), a
meeting word inside 《》 (a document named). Wording with nothing to check stays out."""

import pytest

from tracker.extract import classify

# (clause, the kind it must have)
TASKS = [
    # a manner adverb before the verb
    ("高效运行企业诉求直达平台", "deliverable"),
    ("按期完成老旧小区改造任务", "deliverable"),
    ("并责令限期整改", "deliverable"),
    ("逐项落实整改措施清单", "deliverable"),
    # a body set to act by the verb before it
    ("要求各责任单位在规定时限内完成整改", "deliverable"),
    ("督促排污单位落实自行监测制度", "deliverable"),
    # verbs of settling a thing, with a named object
    ("确定县级部门牵头的年度任务清单", "deliverable"),
    ("尽快形成问题清单和责任清单", "deliverable"),
    ("开设生态环境保护专栏", "deliverable"),
    ("升级乡镇网格化监管平台", "deliverable"),
    # an actor named before 将
    ("县督查室将对未办结事项适时开展回头看", "duty"),
    ("市交通运输局将建成智慧交通平台", "deliverable"),
    # a word of meetings inside a title names a document, not a meeting
    ("围绕《政府工作报告》确定的重点工作开展专项督查", "deliverable"),
    # a clause of basis run into the measure: the measure after it is judged
    ("按照整改方案,各区环保部门和城管部门将共同对餐饮单位进行排查", "duty"),
    ("根据工作安排，县交通局要完成8座危桥改造", "deliverable"),
]

NOTHING = [
    # still nothing to check, whatever the new verbs
    ("形成强大合力", None),
    ("要求各地高度重视", None),
    ("确定性明显增强", None),
    ("升级版的发展格局", None),
    ("工作人员将陆续到场", None),
    ("县长代表县人民政府作政府工作报告", None),
    ("按照省委部署，深入学习贯彻全会精神", None),
]


@pytest.mark.parametrize(("clause", "kind"), TASKS + NOTHING)
def test_kind_of_clause(clause: str, kind: str | None) -> None:
    assert classify.judge(clause).kind == kind


def test_actor_before_jiang_is_read() -> None:
    assert classify.judge("县督查室将对未办结事项适时开展回头看").actor == "县督查室"
    # a place speaking of itself (某县将…) is no actor: its government answers by default
    assert classify.judge("某某县将继续推进农村公路建设").actor is None
    # a clause opening with 将 has no actor of its own
    assert classify.judge("将污水处理设施纳入监管平台").actor is None
