"""The tense sweep (tests/extract/tense_sweep_14b.py) read through the public path, and the
rules behind it one table each: a modal in a clause before (拟 / 需 / 要 …) makes the words of
change against last year state a target; a task named as the subject of its unfinished
progress is split off as the task as it was set; a task line closed by its role note is the
task as it was set."""

from __future__ import annotations

import pytest

from tests.extract.tense_sweep_14b import Case, cases, outcome, records
from tracker.extract import pipeline

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_tense_of_a_clause_in_its_sentence_and_report(case: Case) -> None:
    ok, got = outcome(case, records(case.text))
    assert ok, (got, case.want)


@pytest.mark.parametrize(("words", "modal"), [
    ("赤字率拟按4%左右安排", True),
    ("9-12月，PM2.5平均浓度需控制在69微克/立方米以内", True),
    ("全市要保持经济平稳增长", True),
    ("我们将继续加大投入", True),
    ("确保粮食产量稳定", True),
    ("区政府拟定的候选项目", False),
    ("各部门拟订了年度计划", False),
    ("主要污染物排放总量减少", False),
    ("按照上级要求", False),
    ("群众需求得到满足", False),
])
def test_a_modal_looking_ahead(words: str, modal: bool) -> None:
    assert (pipeline._AHEAD_MODAL.search(words) is not None) is modal


@pytest.mark.parametrize(("clause", "parts"), [
    ("一是实施近视防控教室照明改造工程(第三项)正在开展编制招标文件",
     ["实施近视防控教室照明改造工程(第三项)", "正在开展编制招标文件"]),
    ("城乡福道建设尚未启动", ["城乡福道建设", "尚未启动"]),
    ("新建污水处理厂二期项目预计9月份开始施工", ["新建污水处理厂二期项目", "预计9月份开始施工"]),
    ("1-3月份项目进展：10个全民健身示范工程已开工8个", ["10个全民健身示范工程", "已开工8个"]),
    ("其中12个美丽乡村示范点已完工5个", ["12个美丽乡村示范点", "已完工5个"]),
    # left whole: done, no count to set the tally against, a word of which, a place
    ("第一实验幼儿园建设工程已竣工", None),
    ("美丽乡村示范点已完工5个", None),
    ("其他项目正按序时推进", None),
    ("246个项目正在紧张建设", None),
    ("全市正在开展全面排查", None),
    ("改造工程已经完成，正在验收", None),
    ("实施老旧小区改造工程正在", None),
])
def test_a_task_and_its_progress(clause: str, parts: list[str] | None) -> None:
    got: set[int] = set()
    units = pipeline._split_progress(clause, [(0, len(clause))], got)
    if parts is None:
        assert units == [(0, len(clause))] and not got
    else:
        assert [clause[a:b] for a, b in units] == parts
        assert got == {units[1][0]}


@pytest.mark.parametrize(("text", "closes"), [
    ("2.实施普通公路危桥改造40座。（责任单位：州交通运输局）", True),
    ("2.新建城市公园5个（牵头单位：市住建局）", True),
    ("3.改造管网265公里。【责任单位：市水务局】", True),
    ("2.新建城市公园5个。\n（责任单位：市住建局）", False),
    ("2.新建城市公园5个。推进情况：已完成3个", False),
    ("2.新建城市公园5个（其中口袋公园3个）", False),
])
def test_a_role_note_closing_the_line(text: str, closes: bool) -> None:
    end = min(i for i in (text.find("座"), text.find("个"), text.find("里")) if i >= 0) + 1
    assert pipeline._role_note_closes(text, end) is closes
