"""A table's header names its columns also when a note in brackets follows a name
(责任单位（加黑为牵头单位） / 完成时限（年月）) and when a progress table has a column of next
steps (下一步计划 / 下步工作打算 / 下阶段工作安排): the rows are read by their columns, the task
cell as the task, the progress cell as results.

A sweep: header wordings × notes × bracket widths × Simplified / Traditional, read by
table.table_rows and end to end."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from tests.extract.sweep_kit import s2t
from tracker.extract import to_json
from tracker.extract.fold import fold
from tracker.extract.table import column_kind, table_rows
from tracker.services.suggesting import suggest_file

LEADS = ("责任单位", "牵头单位", "责任部门")
NOTES = ("加黑为牵头单位", "排名第一的为牵头单位", "牵头单位加粗")
BRACKETS = (("（", "）"), ("(", ")"))
NEXT = ("下一步计划", "下步工作打算", "下阶段工作安排", "下一步工作措施")
PROGRESS = ("完成情况", "任务目标完成情况", "进展情况")


@pytest.mark.parametrize(("lead", "note", "br"), list(itertools.product(LEADS, NOTES, BRACKETS)))
def test_a_note_in_brackets_does_not_hide_the_name(lead: str, note: str, br: tuple[str, str]) -> None:
    for script in (str, s2t().convert):  # (read folded, as the extractor reads a text)
        assert column_kind(fold(script(f"{lead}{br[0]}{note}{br[1]}"))) == "lead"
        assert column_kind(fold(script(f"{lead} {br[0]}{note}{br[1]}"))) == "lead"


@pytest.mark.parametrize("label", NEXT)
def test_next_steps_are_a_column_of_their_own(label: str) -> None:
    assert column_kind(label) == "next"
    assert column_kind(fold(s2t().convert(label))) == "next"


# the columns a bracket does not make: no name at all, or a name already long
@pytest.mark.parametrize(("label", "kind"), (("监督科室 监督电话", None), ("备注（其他需要说明的情况）", "progress"),
                                           ("资金来源（省级以上资金、市县配套）", None)))
def test_what_a_note_does_not_make(label: str, kind: str | None) -> None:
    assert column_kind(fold(label)) == kind


TASK = "积极申报省级经济开发区，加快建设新型工业化产业载体"
DONE = "区发改局已完成申报材料编制，引进企业6家"


@pytest.mark.parametrize(("lead", "nxt", "prog", "br"),
                         list(itertools.product(LEADS, NEXT, PROGRESS, BRACKETS)))
def test_a_progress_table_is_read_by_its_columns(tmp_path: Path, lead: str, nxt: str, prog: str,
                                                 br: tuple[str, str]) -> None:
    header = "\t".join(["序号", "重点任务", prog, nxt, f"{lead} {br[0]}加黑为牵头单位{br[1]}",
                        "监督科室 监督电话"])
    row = "\t".join(["1", TASK + "。", DONE + "。", "持续做好园区谋划。", "区发改局", "督查科 1234567"])
    text = "2025年政府工作报告主要工作任务推进情况（第二季度）\n" + header + "\n" + row + "\n"
    for script in (str, s2t().convert):
        doc = script(text)
        kinds = [c.kind for r in table_rows(fold(doc)) for c in r.cells]
        assert kinds[:4] == ["index", "measure", "progress", "next"], kinds
        path = tmp_path / "doc.txt"
        path.write_text(doc, encoding="utf-8")
        recs = [to_json(s) for s in suggest_file(path, date(2025, 7, 10)) if s.duplicate_of is None]
        task = [r for r in recs if script("申报省级经济开发区") in r["quote"]]
        assert task and all(r["kind"] != "indicator" for r in task), [(r["kind"], r["quote"]) for r in recs]
        done = [r for r in recs if script("引进企业6家") in r["quote"]]
        assert all(r["kind"] == "indicator" for r in done), [(r["kind"], r["quote"]) for r in recs]
