"""A sweep of numbered lines with no body under them (session 13, set U's dev misses):

    四、目标任务
    （一）完成对唐河浮萍及垃圾的清理工作
    五、完成时限

A line numbered like a section heading (（一）) opens a section only when text stands under
it; one followed straight by a heading of a higher level (or by the end of the text) has
no section: it is an item of the list its parent heading opens, and the task it states is
a task, not the theme of a section. The wordings are written for the sweep: parent
headings × tasks × what follows (a higher heading with its line, the end of the text),
markers （一） / (一), with and without the final 。, Simplified and Traditional.

Counter-sweep: the same line with a body under it is still a section's theme (not
suggested by itself).
"""

from __future__ import annotations

import functools
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.extract.__main__ import clean
from tests.extract.scorer_match import matches

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")

PARENTS = ["四、目标任务", "三、整改目标", "二、工作目标"]
TASKS = ["完成对唐河浮萍及垃圾的清理工作", "完成城区黑臭水体整治工作", "完成镇区污水管网的改造工作",
         "完成对沿河违建的拆除工作"]
AFTER = ["\n五、完成时限\n2025年6月底前", "\n五、保障措施\n各部门要加强协作", ""]
MARKERS = ["（一）", "(一)"]


@functools.cache
def variants() -> tuple[tuple[str, str, str], ...]:
    out = []
    for parent in PARENTS:
        for task in TASKS:
            for after in AFTER:
                for marker in MARKERS:
                    for stop in ("", "。"):
                        text = f"{parent}\n{marker}{task}{stop}{after}"
                        out.append(("s", text, task))
                        out.append(("t", _S2T.convert(text), _S2T.convert(task)))
    return tuple(out)


def read(text: str, task: str) -> bool:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    at = text.find(task)
    return any(matches((s.start, s.end), (at, at + len(task))) for s in sugs)


@pytest.mark.parametrize("group", ["s", "t"])
def test_sweep(group: str) -> None:
    wrong = [t for g, t, q in variants() if g == group and not read(t, q)]
    assert not wrong, "\n".join(map(repr, wrong[:10]))


# (…管网的改造工作 under a heading with a body is taken as a named deliverable by the older
# rule of _anchored, before and after this one: not a counter-case)
@pytest.mark.parametrize("task", [t for t in TASKS if "改造" not in t])
def test_a_heading_with_a_body_stays_a_theme(task: str) -> None:
    for t in (f"四、目标任务\n（一）{task}\n组织人员开展清理，确保河面整洁。\n（二）加强长效管护",):
        for text, q in ((t, task), (_S2T.convert(t), _S2T.convert(task))):
            sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
            at = text.find(q)
            assert not any((s.start, s.end) == (at, at + len(q)) for s in sugs), text


if __name__ == "__main__":
    vs = variants()
    ok = sum(read(t, q) for g, t, q in vs)
    print(f"{ok}/{len(vs)} variants pass")
    for task in [t for t in TASKS if "改造" not in t]:
        try:
            test_a_heading_with_a_body_stays_a_theme(task)
        except AssertionError as exc:
            print("COUNTER BROKEN", exc)
