"""A sweep of two ways a duty or a measure opens that the judge missed (session 11s):

- a township people's congress presidium as the subject (乡镇人大主席团应当… / 市、县（区）人大
  常委会及乡镇人大主席团应当组织代表…): a body of the congress system like 常委会, named in
  decisions on 民生实事 voting (dev gold P_07, a core duty);
- a partner or a means named before the verb by a coverb (联合辖区单位打造… / 协同周边县区开展…
  / 借助社会资本建设…), as 会同 and 依托 already were (dev gold P_16: 在龙珠阁社区，联合…
  打造商圈党建新模式, a core deliverable).

By /work/shared/docs/commitments.md both are commitments (a duty of a named body; an act
with a concrete object). The phrases are written for the sweep: subjects × modals × duties,
coverbs × partners × acts, Simplified and Traditional, with and without the final 。, as a
sentence after a plan's heading and as a cell. A variant passes when a commitment suggestion
matches the clause (the scorer's rule).

Counter-sweep: the words alone (联合执法 as a noun, 主席团会议 as logistics) stay no record.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")

PRESIDIA = ["乡镇人大主席团", "各乡镇人大主席团", "县人大常委会及乡镇人大主席团",
            "市、县（区）人大常委会及乡镇人大主席团", "镇人大主席团"]
MODALS = ["应当", "要", "负责", "每年都要"]
DUTIES = ["组织动员人大代表广泛听取群众意见、提出项目建议", "组织代表对民生实事项目实施情况开展视察",
          "听取和审议本级人民政府民生实事项目实施情况的报告"]
COVERBS = ["联合", "协同", "借助", "联手", "携手", "依靠"]
PARTNERS = ["辖区单位", "周边县区", "社会资本", "高校科研院所", "公安交警部门"]
ACTS = ["打造商圈党建服务中心", "开展跨区域联合执法检查", "建设智慧停车场3处", "建立农产品冷链物流体系"]


def _cases() -> Iterator[tuple[str, str]]:
    """(grammar, clause)"""
    for who in PRESIDIA:
        for k, modal in enumerate(MODALS):
            duty = DUTIES[k % len(DUTIES)]
            yield "主席团", f"{who}{modal}{duty}"
    for coverb in COVERBS:
        for j, partner in enumerate(PARTNERS):
            act = ACTS[j % len(ACTS)]
            yield f"介词:{coverb}", f"{coverb}{partner}{act}"


@functools.cache
def variants() -> tuple[tuple[str, str, str], ...]:
    out = []
    for grammar, clause in _cases():
        for text in (f"二、主要任务\n（一）加强统筹协调。{clause}。", f"二、主要任务\n（一）加强统筹协调。{clause}",
                     clause):
            out.append((grammar, text, clause))
            out.append((grammar, _S2T.convert(text), _S2T.convert(clause)))
    return tuple(out)


def read(text: str, clause: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(clause)
    return any(matches((s.start, s.end), (at, at + len(clause))) for s in sugs), \
        [s.quote for s in sugs]


GRAMMARS = sorted({v[0].split(":")[0] for v in variants()})


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{v[1]} -> {q}" for v in variants() if v[0].split(":")[0] == grammar
             for ok, q in [read(v[1], v[2])] if not ok]
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("words", ["联合执法", "携手共进", "乡镇人大主席团会议", "主席团成员"])
def test_words_alone_stay_no_record(words: str) -> None:
    from tracker.extract import classify

    for w in (words, _S2T.convert(words)):
        assert classify.judge(w).kind is None


if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(v[1], v[2])
            yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 8)
