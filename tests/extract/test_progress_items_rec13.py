"""A sweep of the tasks a progress report restates before their progress (session 13):

    2024年十件民生实事1-6月推进情况
    （一）已完成任务共2项
    1.改造老旧小区3200户。（责任单位：县住建局）
    推进情况：目前已完成改造2100户，完成年度任务的65.6%。

By /work/shared/docs/commitments.md a commitment is what was promised; "progress cells and
results reported are indicators" (tests/corpus/README.md). In a progress report each item
states the task as it was set and the line opened by a progress label (推进情况：/ 进展情况：
/ 完成情况：/ 工作进展：) reports how far it got: the task line is the commitment (a target
due at the end of the year the report's title names), the progress line an indicator
(dev gold S_07: each 民生实事 item core, its 推进情况 optional indicators). Before, the title
and a heading like 已完成任务 made every line a result. The same for a progress line that
turns ahead (后续将…，确保年底全面完成): what is left to do is set, not done.

The wordings are written for the sweep: titles × headings × tasks × role notes × labels,
the task line with and without its final 。, Simplified and Traditional, half- and
full-width digits. A variant passes when a suggestion that is no indicator matches the
task (the scorer's rule) and is due at the year's end, and no such suggestion matches the
progress line.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.extract.__main__ import clean
from tests.extract.scorer_match import matches, report

DOC = date(2024, 7, 10)
DUE = "2024-12-31"
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

TITLES = ["某县2024年十件民生实事1-6月推进情况", "2024年市级重点民生项目上半年进展情况",
          "关于2024年为民办实事项目推进情况的报告"]
HEADINGS = ["（一）已完成任务共2项", "一、已开工建设项目", ""]
TASKS = [("改造老旧小区3200户", "已完成改造2100户"), ("新增普惠性幼儿园学位1800个", "已新增学位900个"),
         ("完成农村户厕改造5000户", "已完成改厕3100户"), ("建设农村公路120公里", "已建成农村公路64公里"),
         ("实现城区生活垃圾分类覆盖率达90%以上", "覆盖率已达82%"),
         ("为65岁以上老年人免费体检8万人次", "累计完成体检4.6万人次"),
         ("新建城市口袋公园12个", "已建成口袋公园7个")]
ROLES = ["（责任单位：县住建局）", "（牵头单位：市教育局）", "", "\n责任单位：市卫生健康委"]
LABELS = ["推进情况", "进展情况", "完成情况", "工作进展"]


def _doc(title: str, heading: str, task: str, role: str, label: str, done: str,
         stop: str) -> str:
    head = f"{heading}\n" if heading else ""
    return (f"{title}\n{head}1.{task}{stop}{role}\n"
            f"{label}：目前{done}，完成年度任务的56.2%。\n"
            f"2.开展城乡居民免费健康教育讲座。\n{label}：已开展讲座36场。")


@functools.cache
def variants() -> tuple[tuple[str, str, str, str], ...]:
    """(group, text, task as written, progress line as written)."""
    out = []
    n = 0
    for title in TITLES:
        for heading in HEADINGS:
            for task, done in TASKS:
                n += 1
                role = ROLES[n % len(ROLES)]
                label = LABELS[n % len(LABELS)]
                stop = "。" if n % 3 else ""
                text = _doc(title, heading, task, role, label, done, stop)
                progress = text.splitlines()[-3]  # the first item's progress line
                for script, t, k, p in (("s", text, task, progress),
                                        ("t", _S2T.convert(text), _S2T.convert(task),
                                         _S2T.convert(progress)),
                                        ("full", text.translate(_FULL), task.translate(_FULL),
                                         progress.translate(_FULL))):
                    out.append((f"{script}:{'head' if heading else 'plain'}", t, k, p))
    return tuple(out)


def read(text: str, task: str, progress: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    at, pat = text.find(task), text.find(progress)
    ok = any(matches((s.start, s.end), (at, at + len(task))) and s.deadline is not None
             and s.deadline.date is not None and s.deadline.date.isoformat() == DUE for s in sugs) \
        and not any(matches((s.start, s.end), (pat, pat + len(progress))) for s in sugs)
    return ok, [f"{s.kind}:{s.quote} ({s.deadline.date if s.deadline else None})" for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[1]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[1], v[2], v[3])] if not ok]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize("ahead", ["后续将加快推进项目建设，确保年底全面完成",
                                   "后续将继续加大推进力度，确保12月底前全部建成"])
def test_what_is_left_is_set(ahead: str) -> None:
    text = (f"2024年十件民生实事1-6月推进情况\n（一）已完成任务共2项\n1.新开工棚户区改造800套。"
            f"（责任单位：县住建局）\n推进情况：已完成新开工棚户区改造800套。{ahead}。")
    key = ahead.split("，")[-1]
    for t, k in ((text, key), (_S2T.convert(text), _S2T.convert(key))):
        sugs = [s for s in suggest(clean(t), DOC) if s.kind != "indicator" and k in s.quote]
        assert sugs and sugs[0].deadline is not None \
            and sugs[0].deadline.date == date(2024, 12, 31), [s.quote for s in suggest(clean(t), DOC)]


@pytest.mark.parametrize("done", ["已完成新开工棚户区改造800套", "累计完成改造老旧小区2100户",
                                  "新建口袋公园7个已全部投入使用"])
def test_progress_lines_stay_results(done: str) -> None:
    text = (f"2024年十件民生实事1-6月推进情况\n1.新开工棚户区改造800套。（责任单位：县住建局）\n"
            f"推进情况：{done}。")
    for t, k in ((text, done), (_S2T.convert(text), _S2T.convert(done))):
        assert not [s for s in suggest(clean(t), DOC) if s.kind != "indicator" and k in s.quote]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[1], v[2], v[3])
                yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 12)


# -- 为N…: whom a task serves, not a copula (为65岁以上老年人免费体检8万人次) ---------------
# PAST read 为\d as the copula of a figure reached (重度污染天数为0 / ，为118项); opening a
# clause and followed by more than a unit it names whom the task serves (dev gold G_05,
# L_05: 为300户困境未成年人家庭进行…微改造 / 为200万中小学生开展心理健康测评, core targets).
BENEFICIARIES = ["为65岁以上老年人免费体检{n}万人次", "为{n}户困难家庭实施适老化改造",
                 "为{n}名农村妇女开展两癌筛查", "为全县{n}所中小学配备心理健康教师",
                 "为{n}万名城乡居民建立电子健康档案", "为{n}户残疾人家庭开展无障碍改造"]
_N = ["8", "300", "1.2", "4500"]


def _beneficiary_variants() -> Iterator[tuple[str, str, str]]:
    for i, task in enumerate(BENEFICIARIES):
        for j, n in enumerate(_N):
            clause = task.format(n=n)
            for frame, text in (("cell", clause), ("item", f"3.{clause}。"),
                                ("plan", f"二、2024年工作安排\n（一）办好民生实事。{clause}。"),
                                ("list", f"2024年民生实事项目\n{i + 1}.{clause}")):
                yield f"{frame}", text, clause
                yield f"{frame}", _S2T.convert(text), _S2T.convert(clause)
                if (i + j) % 2:
                    yield f"{frame}", text.translate(_FULL), clause.translate(_FULL)


def _beneficiary_ok(text: str, clause: str) -> bool:
    at = text.find(clause)
    return any(matches((s.start, s.end), (at, at + len(clause))) and s.kind != "indicator"
               for s in suggest(clean(text), DOC))


@pytest.mark.parametrize("frame", ["cell", "item", "plan", "list"])
def test_beneficiary_sweep(frame: str) -> None:
    wrong = [t for f, t, c in _beneficiary_variants() if f == frame and not _beneficiary_ok(t, c)]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize("text", ["一、2023年工作回顾\n全年排查整改问题总数为118项，整改完成率为100%。",
                                  "截至目前，全县重度污染天数为0，优良天数比例为92.3%。"])
def test_copula_figures_stay_results(text: str) -> None:
    for t in (text, _S2T.convert(text)):
        assert not [s.quote for s in suggest(clean(t), DOC) if s.kind != "indicator"]
