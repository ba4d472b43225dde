"""The task-table sweep (tests/extract/task_table_sweep_15.py): a goal column of clauses
(目标任务) is read clause by clause and dated by the section it sits under."""

from __future__ import annotations

import pytest

from tests.extract.task_table_sweep_15 import Case, cases, doc_date, got, passes
from tracker.extract import suggest, to_json
from tracker.extract.indicator_table import indicator_rows

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}-{c.name}" for c in CASES])
def test_a_task_table_row_states_its_clause_s_target(case: Case) -> None:
    found = [to_json(s) for s in suggest(case.text, doc_date(case)) if s.kind.value != "indicator"]
    assert passes(case, found), got(case, found)


@pytest.mark.parametrize("label", ["目标任务", "重点工作目标任务", "工作目标", "主要任务目标"])
def test_a_column_of_tasks_is_no_indicator_table_s_value_column(label: str) -> None:
    text = f"序号\t项目\t{label}\t责任单位\n1\t经济\t地区生产总值增长5%以上。\t区发改委"
    assert indicator_rows(text) == []


@pytest.mark.parametrize("label", ["目标值", "2025年目标", "预期值", "规划目标"])
def test_a_column_of_values_stays_an_indicator_table_s(label: str) -> None:
    text = f"指标\t2020年\t{label}\n地区生产总值增速(%)\t6.1\t5以上"
    assert [r.target.value for r in indicator_rows(text) if r.target] == [5.0]
