"""A sweep of two measures side by side, each a verb of action and its object (session 11s):
加强城市道路深度保洁，全面推行道路分级、标准分类，建立“洗、扫、冲、捡、保”作业模式.

By /work/shared/docs/commitments.md a sentence with two separately checkable commitments is
two records, and the grouping already kept two measures apart when both opened with a verb of
its list (实施X工程，推进Y工作). Two gaps joined them: the verbs 推行 / 强化 / 深化 / 优化 / 加强 /
构建 / 规范 were not in the list, and a measure the rules held weak (no concrete object by their
word list) joined its neighbour whatever it opened with. In the dev gold, of the pairs of
short clauses each opened by such a verb, 33 are quoted apart and 2 joined (Q_20: 加强城市道路
深度保洁 / 全面推行道路分级、标准分类 / 建立…作业模式, each its own record). The phrases are
written for the sweep: first verbs × second verbs × objects (concrete and abstract), under a
numbered item and as a cell, Simplified and Traditional, with and without the final 。. A
variant passes when each measure is matched by a suggestion of its own.

Kept joined (test_grouping_measures_11n): a clause that only continues the one before (推动
能耗双控逐步转向碳排放双控), halves too short to name an object (加快推进，扎实开展), and a
second clause opened by 完善 / 健全 (完善管理制度，推动…: the seeds quote such pairs whole). Not
changed here: under a subject with 要 (各县要A，B) the subject's duty carries its clauses.
"""

from __future__ import annotations

import functools

import opencc
import pytest

from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

_S2T = opencc.OpenCC("s2t")

FIRST = ["加强城市道路深度保洁", "强化区域协作机制", "深化农村人居环境整治", "建立流动党员线上党支部",
         "实施头雁培育计划", "优化营商服务环境"]
SECOND = ["全面推行道路分级分类保洁", "推行垃圾分类减量智能化管理", "深化城市管理执法体制改革",
          "开展背街小巷环境整治", "构建现代化产业体系", "规范城市停车秩序"]
FRAMES = ["{a}，{b}。", "{a}，{b}", "（二）{a}，{b}。", "3.{a}，{b}。"]


@functools.cache
def variants() -> tuple[tuple[str, str, str, str], ...]:
    out = []
    for a in FIRST:
        for b in SECOND:
            if a[:2] == b[:2]:
                continue
            for frame in FRAMES:
                text = frame.format(a=a, b=b)
                out.append((b[:2] if b[:2] != "全面" else b[2:4], text, a, b))
                out.append((b[:2] if b[:2] != "全面" else b[2:4], _S2T.convert(text), _S2T.convert(a),
                            _S2T.convert(b)))
    return tuple(out)


def read(text: str, a: str, b: str) -> tuple[bool, list[str]]:
    spans = [(s.start, s.end) for s in suggest(text) if s.kind != "indicator"]
    taken: set[int] = set()
    for rec in (a, b):
        at = text.find(rec)
        hit = next((i for i, sp in enumerate(spans) if i not in taken
                    and matches(sp, (at, at + len(rec)))), None)
        if hit is None:
            return False, [text[x:y] for x, y in spans]
        taken.add(hit)
    return True, [text[x:y] for x, y in spans]


GRAMMARS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{v[1]} -> {q}" for v in variants() if v[0] == grammar
             for ok, q in [read(v[1], v[2], v[3])] if not ok]
    assert not wrong, "\n".join(wrong[:20])


if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(v[1], v[2], v[3])
            yield v[0], ok, v[1].replace("\n", " "), got

    report(_rows(), 6)
