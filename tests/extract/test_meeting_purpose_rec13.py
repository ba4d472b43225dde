"""A sweep of bound meetings and what they are held to do (session 13): 3月底前，召开专题会议，
分解下达2025年目标任务 / 上半年，召开全县安全生产工作会议，部署全年安全生产工作.

By /work/shared/docs/commitments.md a time bound is an anchor of checkability, and the
quote is "a clause or sentence, no more": the meeting the text binds itself to hold by a
date and the clause naming what it is held for (with no subject, time words or target of
its own) are one checkable act (dev gold P_13: 3月底前,召开金融联席会议,明确2023年金融指标
增长目标, one core record due 03-31). Before, the meeting was a record of its own
(test_dated_meetings_11s) and the clause after it lost the bound. The phrases are written
for the sweep: bounds × meetings × purposes × layouts (a sentence, a numbered item, a
step of a schedule cell, a cell alone without 。, the bound run into the meeting),
Simplified and Traditional, half- and full-width digits. A variant passes when one
suggestion matches the whole step (the scorer's rule), holds the purpose and is due on the
bound's day.

Counter-sweeps: a purpose with a target of its own (全年完成造林10万亩) stays a record of its
own; a purpose with a subject of its own stays apart; a meeting reported as held makes no
dated record.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

DOC = date(2025, 1, 10)
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

BOUNDS = [("3月底前", "2025-03-31"), ("2025年6月底前", "2025-06-30"), ("5月15日前", "2025-05-15"),
          ("上半年", "2025-06-30"), ("一季度", "2025-03-31"), ("年底前", "2025-12-31")]
MEETINGS = ["召开专题会议", "召开全县安全生产工作会议", "组织召开河长制工作推进会", "召开政银企对接会",
            "举办重点项目推介会", "召开党组会"]
PURPOSES = ["分解下达2025年目标任务", "部署全年安全生产工作", "明确年度重点工作任务和责任分工",
            "研究审议年度实施方案", "通报一季度工作进展", "安排部署重点项目建设"]


def _layouts(step: str) -> Iterator[tuple[str, str, str]]:
    """(layout, text, the step as the text writes it)."""
    yield "sentence", f"二、2025年工作安排\n（一）强化要素保障。{step}。", step
    yield "item", f"3.{step}。", step
    yield "schedule", (f"序号\t工作事项\t进度安排\t责任单位\n"
                       f"1\t推进金融服务业发展。\t①{step}。②10月底前，完成年度考核。\t县金融办"), step
    yield "cell", step, step
    joined = step.replace("，", "", 1)  # 3月底前召开专题会议，…
    yield "joined", f"（二）{joined}。", joined


@functools.cache
def variants() -> tuple[tuple[str, str, str, str, str], ...]:
    """(group, layout, text, step, due)."""
    out = []
    for i, (bound, due) in enumerate(BOUNDS):
        for j, meeting in enumerate(MEETINGS):
            purpose = PURPOSES[(i + j) % len(PURPOSES)]
            step = f"{bound}，{meeting}，{purpose}"
            scripts = [("s", step), ("t", _S2T.convert(step))]
            if any(c.isdigit() for c in step):
                scripts.append(("full", step.translate(_FULL)))  # (the step's digits only)
            for script, written in scripts:
                for layout, text, at in _layouts(written):
                    out.append((f"{script}:{layout}", layout,
                                _S2T.convert(text) if script == "t" else text, at, due))
    return tuple(out)


def read(text: str, step: str, due: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(step)
    tail = step[-4:]
    ok = any(matches((s.start, s.end), (at, at + len(step))) and tail in s.quote
             and s.deadline is not None and s.deadline.date is not None
             and s.deadline.date.isoformat() == due for s in sugs)
    return ok, [f"{s.quote} ({s.deadline.date if s.deadline else None})" for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[2]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[2], v[3], v[4])] if not ok]
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("text,apart", [
    ("3月底前，召开动员大会，全年完成造林10万亩。", "全年完成造林10万亩"),
    ("6月底前，召开专题会议，全县森林覆盖率达到45%以上。", "全县森林覆盖率达到45%以上"),
    ("3月底前，召开专题会议，县林业局负责制定造林方案。", "县林业局负责制定造林方案"),
    ("3月底前，召开专题会议；制定2025年重点项目清单。", "制定2025年重点项目清单"),
])
def test_purpose_of_its_own_stays_apart(text: str, apart: str) -> None:
    for t, a in ((text, apart), (_S2T.convert(text), _S2T.convert(apart))):
        quotes = [s.quote for s in suggest(t, DOC) if s.kind != "indicator"]
        assert a in quotes, quotes


@pytest.mark.parametrize("held", ["3月20日，召开了金融联席会议，传达学习了有关精神",
                                  "1月8日，召开全县安全生产工作会议，部署了全年工作"])
def test_meeting_held_is_no_dated_act(held: str) -> None:
    text = f"一、一季度工作进展\n{held}。"
    for t in (text, _S2T.convert(text)):
        assert not [s for s in suggest(t, DOC) if s.kind != "indicator" and "会议，" in s.quote]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[2], v[3], v[4])
                yield v[0], ok, v[2].replace("\n", " | "), got

    report(_rows(), 14)
