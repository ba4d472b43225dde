"""Targets without a number (issue 11, helper 11j): an end state reached in full, said
verb first (基本实现…) or as a capacity every unit of a scope is to have (具备…能力)."""

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
