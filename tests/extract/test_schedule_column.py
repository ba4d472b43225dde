"""A table's schedule column (进度安排 / 推进计划 / 节点安排 …) holds the dated steps of the work
to be done: each step is a commitment with its own deadline, not progress reported; a
column of progress (进展情况 / 完成进度 / 进度) stays context."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import suggest
from tracker.extract.table import column_kind

SCHEDULE_HEADERS = ("进度安排", "工作进度安排", "进度计划", "推进计划", "节点安排", "时序安排",
                    "推进步骤", "实施步骤", "年度工作计划")
PROGRESS_HEADERS = ("进展情况", "完成进度", "进度", "工作进展", "完成情况")


@pytest.mark.parametrize("header", SCHEDULE_HEADERS)
def test_schedule_header_is_a_column_of_commitments(header: str) -> None:
    assert column_kind(header) == "goal"


@pytest.mark.parametrize("header", PROGRESS_HEADERS)
def test_progress_header_stays_progress(header: str) -> None:
    assert column_kind(header) == "progress"


STEPS = (
    ("①3月底前，完成设计招标。②6月底前，开工建设。", ["3月底前，完成设计招标", "6月底前，开工建设"],
     [date(2025, 3, 31), date(2025, 6, 30)]),
    ("1.4月上旬前完成方案编制；2.9月底前完成主体工程", ["4月上旬前完成方案编制", "9月底前完成主体工程"],
     [date(2025, 4, 10), date(2025, 9, 30)]),
    ("（1）5月底前，完成可研批复。（2）11月底前，出台扶持政策。", ["5月底前，完成可研批复", "11月底前，出台扶持政策"],
     [date(2025, 5, 31), date(2025, 11, 30)]),
)


@pytest.mark.parametrize("header", ("进度安排", "推进计划", "节点安排"))
@pytest.mark.parametrize("cell,steps,days", STEPS)
def test_each_dated_step_is_suggested_with_its_deadline(header: str, cell: str, steps: list[str],
                                                       days: list[date]) -> None:
    text = ("某县2025年重点工作任务推进表\n"
            f"序号\t工作事项\t{header}\t进展情况\t责任单位\n"
            f"1\t推进城区污水管网改造。\t{cell}\t已完成招标。\t县住建局\n")
    found = suggest(text, date(2025, 1, 20))
    for step, day in zip(steps, days):
        # (the quote may keep the step's number: 1.4月上旬前…)
        hits = [s for s in found if step in s.quote and len(s.quote) <= len(step) + 4]
        assert hits, (step, [s.quote for s in found])
        assert hits[0].deadline is not None and hits[0].deadline.date == day, (step, hits[0].deadline)


def test_progress_cell_beside_a_schedule_gives_no_commitment() -> None:
    text = ("某县2025年重点工作任务推进表\n"
            "序号\t工作事项\t进度安排\t进展情况\t责任单位\n"
            "1\t推进城区污水管网改造。\t①3月底前，完成设计招标。\t已完成设计招标，正在施工。\t县住建局\n")
    quotes = [s.quote for s in suggest(text, date(2025, 4, 20)) if s.kind != "indicator"]
    assert not any("正在施工" in q or q.startswith("已完成") for q in quotes), quotes
