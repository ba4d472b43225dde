"""Problem statements are no commitments (issue 11, class 3): a clause saying what still
falls short or needs doing, without a word that commits (要 / 将 / 确保), is turned down by
the clause rules; the same gap with a modal word is a task. Invented sentences."""

from __future__ import annotations

import pytest

from tracker.extract.classify import is_problem, judge

PROBLEMS = [
    "全面深化改革任务依然繁重",
    "消费和投资增长动力仍需持续加强",
    "部分企业环保主体责任落实仍有差距",
    "科技创新能力不强",
    "城乡区域发展不平衡不充分",
    "基层治理水平有待提高",
]


@pytest.mark.parametrize("clause", PROBLEMS)
def test_a_problem_stated_is_no_commitment(clause: str) -> None:
    assert is_problem(clause)
    assert judge(clause).kind is None


@pytest.mark.parametrize("clause", [
    "要加快补齐基础设施短板",
    "确保改革任务依然按期完成",
    "加快补齐污水收集处理设施短板",
    "建成城市污水处理厂3座",
])
def test_a_task_is_no_problem(clause: str) -> None:
    assert not is_problem(clause)


def test_a_problem_with_a_target_keeps_the_target() -> None:
    assert judge("农村生活污水治理率仍然偏低", has_target=True).kind is not None


# A count of the document's own tasks or bodies describes the document; it commits to nothing
@pytest.mark.parametrize("clause", [
    "全区督察整改任务共24项",
    "共7个牵头单位",
    "今年将重点做好以下9个方面、28项具体工作",
])
def test_a_count_of_the_documents_own_tasks(clause: str) -> None:
    from tracker.extract.classify import is_meta_count
    assert is_meta_count(clause)
    assert judge(clause, has_target=True).kind is None


@pytest.mark.parametrize("clause", ["完成整改任务24项", "新建污水处理厂3座", "共建成公园12个"])
def test_a_count_of_things_done_is_no_meta_count(clause: str) -> None:
    from tracker.extract.classify import is_meta_count
    assert not is_meta_count(clause)


@pytest.mark.parametrize("quote", [
    "消费和投资增长动力有待加强",
    "江西是唯一兼具国家生态文明试验区和生态产品价值实现机制国家试点的省份",
    "全区督察整改任务共24项",
])
def test_the_unit_model_does_not_take_up_what_the_rules_turned_down_for_what_it_is(quote: str) -> None:
    from tracker.extract.pipeline import _never_taken, suggest
    assert _never_taken(quote)
    assert [s for s in suggest(quote + "。") if s.kind != "indicator"] == []


@pytest.mark.parametrize("quote", ["目标是建成国家森林城市", "重点是完成12个入河排污口整治",
                                   "加快建设城市污水处理厂"])
def test_a_task_may_be_taken_up(quote: str) -> None:
    from tracker.extract.pipeline import _never_taken
    assert not _never_taken(quote)
