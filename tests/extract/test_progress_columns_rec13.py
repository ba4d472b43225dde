"""A sweep of progress tables whose header names what was done as 实际已完成 / 已完成 (session
13): 工作任务 | 实际已完成工作量 | 完成工作进度(%).

By tests/corpus/README.md, in a progress table the row's task cell carries the record and
its progress cells are indicators. The header reader (table.column_kind) knew 实际完成 and
累计完成 as progress columns but not 实际已完成 / 已完成 (工作量): with two of five header
cells named the line was no header, each row was read as one line of text, and the report
around it (…完成情况公示) made the task a result (dev gold S_06: each task cell a core
record due at the year's end). The headers and rows are written for the sweep: headers ×
tasks × progress wordings, Simplified and Traditional, half- and full-width digits. A
variant passes when a suggestion that is no indicator matches the task cell (the scorer's
rule) and is due at the end of the year the title names, and none matches a progress cell.
"""

from __future__ import annotations

import functools
import sys
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.extract.__main__ import clean
from tests.extract.scorer_match import matches, report

DOC = date(2024, 12, 9)
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

TITLES = ["2024年重点民生实事项目完成情况公示", "某区2024年为民办实事项目进展情况"]
HEADERS = ["工作任务\t实际已完成工作量\t完成工作进度(%)\t预计至12月31日完成工作量\t预计至12月31日完成进度(%)",
           "项目名称\t已完成工作量\t完成比例(%)\t备注\t预计全年完成工作量",
           "实事项目\t已完成\t完成率\t下一步安排\t说明",
           "任务内容\t实际已完成\t工程进度\t存在问题\t预计年底完成情况"]
TASKS = ["新建城市社区卫生服务中心3所", "改造提升农贸市场8个", "建设公共停车位1200个",
         "新增城市绿道25公里", "完成老旧供水管网改造40公里"]
DONE = [("建成社区卫生服务中心2所", "已完成。", "67"), ("正在进行主体施工", "序时推进", "60"),
        ("已完成全部建设任务", "已完成", "100")]


@functools.cache
def variants() -> tuple[tuple[str, str, str, str], ...]:
    """(group, text, task as written, progress cell as written)."""
    out = []
    for h, header in enumerate(HEADERS):
        for t, task in enumerate(TASKS):
            title = TITLES[(h + t) % len(TITLES)]
            done, state, pct = DONE[(h + t) % len(DONE)]
            stop = "。" if t % 2 else ""
            row = f"{task}{stop}\t{done}\t{state}\t{pct}"
            text = f"{title}\n{header}\n{row}\n开展城乡居民健康讲座100场。\t已开展36场\t序时推进\t36"
            out.append(("s", text, task, done))
            out.append(("t", _S2T.convert(text), _S2T.convert(task), _S2T.convert(done)))
            out.append(("full", text.translate(_FULL), task.translate(_FULL), done.translate(_FULL)))
    return tuple(out)


def read(text: str, task: str, done: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    at = text.find(task)
    dat = text.find(done, at + len(task))
    ok = any(matches((s.start, s.end), (at, at + len(task))) and s.deadline is not None
             and s.deadline.date == date(2024, 12, 31) for s in sugs) \
        and not any(matches((s.start, s.end), (dat, dat + len(done))) for s in sugs)
    return ok, [f"{s.kind}:{s.quote}" for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[1]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[1], v[2], v[3])] if not ok]
    assert not wrong, "\n".join(wrong[:10])


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[1], v[2], v[3])
                yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 6)
