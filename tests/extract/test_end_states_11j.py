"""Units the rules turned down (issue 11, helper 11j): targets without a number — an end
state reached in full, said verb first (基本实现…) or as a capacity every unit of a scope
is to have (具备…能力) — and measures whose distributive subject stands right before the
verb (各设市城市核实…)."""

import pytest

from tracker.domain import Comparator
from tracker.extract.trend import direction_or_end_state

# (clause, the metric read, or None when the clause states no end state)
CASES = [
    ("基本实现农业农村现代化", "农业农村现代化"),
    ("率先基本实现社会主义现代化", "社会主义现代化"),
    ("全面实现城乡供水一体化", "城乡供水一体化"),
    ("全市所有乡镇都将具备生活污水收集处理能力", "全市所有乡镇具备生活污水收集处理能力"),
    ("重点园区均具备危险废物集中处置条件", "重点园区具备危险废物集中处置条件"),
    # a verb of effort or a direction is no end state of this kind
    ("努力实现更高质量发展", None),
    ("不断提升基层治理能力", None),
    ("加强应急处置能力建设", None),
]


@pytest.mark.parametrize(("clause", "metric"), CASES)
def test_end_states_without_a_number(clause, metric):
    found = direction_or_end_state(clause)
    if metric is None:
        assert found is None or found.comparator is not Comparator.FULL, found
        return
    assert found is not None, clause
    assert (found.metric, found.comparator) == (metric, Comparator.FULL)


# A distributive subject (各地 / 各设市城市 / 各县区) with the verb right after it, no modal
# word between: the clause commits each of them.
SUBJECT_FIRST = [
    ("各地党委政府建立黑臭水体隐患发现、上报、处理机制", True),
    ("各设市城市核实并更新城市建成区范围图", True),
    ("各县区加快推进污水管网建设", True),
    ("各乡镇全面排查农村黑臭水体", True),
    ("各地区生产总值增长较快", False),
    ("各部门高度重视", False),
]


@pytest.mark.parametrize(("clause", "commits"), SUBJECT_FIRST)
def test_a_distributive_subject_before_its_verb(clause, commits):
    from tracker.extract import classify

    assert (classify.judge(clause).kind is not None) is commits


def test_a_list_of_addressees_is_no_subject():
    from tracker.extract import classify

    for clause in ("各县（市、区）生态环境分局、发展改革委", "各县区人民政府、市直各部门"):
        assert classify.judge(clause).kind is None, clause
    assert classify.judge("各县（市、区）加快推进污水管网建设").kind is not None
