"""A sweep of a subject with 要/将 over a list of outcomes (session 13): 年底前，郑州要全面完成县级
国土空间规划编制，完成县域村庄分类和布局规划，基本完成乡镇国土空间规划编制 / 郑州市要新建公园
3个，改造老旧小区120个.

By /work/shared/docs/commitments.md a sentence with several separately checkable
commitments is several records (dev gold R_19: the three 完成 clauses after 鄭州要 are three
core records). pipeline._units let an actor's clause (X要…) carry the clauses after it as
one duty, which is right for the duties of a body (…要定期听取…，督促…), but it also joined
clauses that each deliver an outcome of their own or state their own figure, and without
the subject the same clauses were apart. The phrases are written for the sweep: subjects ×
lists of outcomes (2 or 3 clauses) × frames (a sentence under a bound, a numbered item, a
cell without 。), Simplified and Traditional, half- and full-width digits. A variant passes
when each clause of the list is matched by a suggestion of its own (the scorer's rule).

Counter-sweep: a body's duty over clauses with no outcome of their own stays one record.
"""

from __future__ import annotations

import functools
import sys
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tracker.extract.__main__ import clean
from tests.extract.scorer_match import each_paired, matches, report

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

SUBJECTS = ["郑州要", "郑州市要", "县政府要", "市住建局将", "各乡镇要", "区教育局年内要"]
LISTS = [["全面完成县级国土空间规划编制", "完成县域村庄分类和布局规划", "基本完成乡镇国土空间规划编制"],
         ["新建城市公园3个", "改造老旧小区120个", "建成污水处理厂1座"],
         ["新增公办学位2000个", "完成农村户厕改造5000户"],
         ["建成智慧城管平台", "实现城区生活垃圾分类全覆盖"],
         ["完成造林1.5万亩", "新建农村公路80公里", "实现行政村通客车率达到100%"]]


@functools.cache
def variants() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(group, text, the clauses as written; the first with its subject)."""
    out = []
    for subject in SUBJECTS:
        for items in LISTS:
            clauses = [subject + items[0], *items[1:]]
            body = "，".join(clauses)
            for frame, text in (("sentence", f"二、重点任务\n年底前，{body}。"),
                                ("item", f"（三）{body}。"), ("cell", body)):
                out.append((f"s:{frame}", text, tuple(clauses)))
                out.append((f"t:{frame}", _S2T.convert(text), tuple(map(_S2T.convert, clauses))))
                if any(c.isdigit() for c in body):
                    out.append((f"full:{frame}", text.translate(_FULL),
                                tuple(c.translate(_FULL) for c in clauses)))
    return tuple(out)


def read(text: str, clauses: tuple[str, ...]) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    return each_paired(((s.start, s.end) for s in sugs), text, clauses), [s.quote for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[1]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[1], v[2])] if not ok]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize("duty", [
    "县级以上人民代表大会常务委员会要定期听取和审议本级人民政府关于生态文明建设情况的报告，督促有关方面抓好落实",
    "各级人民政府应当加强对生态环境保护工作的领导，统筹协调解决重大问题",
    "市生态环境局要加强日常监管，定期通报进展情况"])
def test_duties_stay_one(duty: str) -> None:
    for t in (duty + "。", _S2T.convert(duty) + "。"):
        sugs = [s for s in suggest(clean(t), DOC) if s.kind != "indicator"]
        assert len(sugs) == 1 and matches((sugs[0].start, sugs[0].end), (0, len(duty))), \
            [s.quote for s in sugs]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[1], v[2])
                yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 14)
