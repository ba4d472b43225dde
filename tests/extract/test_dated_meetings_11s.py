"""A sweep of dated meetings to hold (session 11s): ①3月底前，召开金融联席会议 / 5月底前，召开
政银企对接会 / 上半年，举办项目推介会.

By /work/shared/docs/commitments.md a time bound is an anchor of checkability: a meeting
the text binds itself to hold by a date can be checked as held or not (dev gold P_13: two
steps of a schedule cell, 3月底前,召开金融联席会议… and 5月底前,召开…对接会, core deadlines).
Meeting logistics (会议于…召开 / 市长主持会议) stay no record; the bound is what makes the act
one. The bound stands as a clause of its own before the act: pipeline._bound_to_act now reads
it with the act. The phrases are written for the sweep: bounds × meetings × layouts (a step
of a schedule cell, a sentence under a plan heading, a numbered item, a cell), Simplified and
Traditional. A variant passes when a suggestion matches the bound and the act (the scorer's
rule) and is due on the bound's day.

Counter-sweep: a meeting reported as held (3月20日，召开了金融联席会议) stays no commitment.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

DOC = date(2025, 1, 10)
_S2T = opencc.OpenCC("s2t")

BOUNDS = [("3月底前", "2025-03-31"), ("2025年6月底前", "2025-06-30"), ("5月15日前", "2025-05-15"),
          ("上半年", "2025-06-30"), ("年底前", "2025-12-31")]
MEETINGS = ["召开金融联席会议", "召开政银企对接会", "举办重点项目推介会", "召开全县安全生产工作会议",
            "组织召开河长制工作推进会", "举行招商引资签约仪式"]


def _layouts(step: str) -> Iterator[tuple[str, str]]:
    yield "schedule", (f"序号\t工作事项\t进度安排\t责任单位\n"
                       f"1\t推进金融服务业发展。\t①{step}，明确全年目标。②10月底前，完成年度考核。\t县金融办")
    yield "sentence", f"二、2025年工作安排\n（一）强化要素保障。{step}，明确全年工作目标。"
    yield "item", f"3.{step}。"
    yield "cell", step


@functools.cache
def variants() -> tuple[tuple[str, str, str, str, str], ...]:
    out = []
    for bound, due in BOUNDS:
        for meeting in MEETINGS:
            step = f"{bound}，{meeting}"
            for layout, text in _layouts(step):
                out.append((bound, layout, text, step, due))
                out.append((bound, layout, _S2T.convert(text), _S2T.convert(step), due))
    return tuple(out)


def read(text: str, step: str, due: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(step)
    ok = any(matches((s.start, s.end), (at, at + len(step))) and s.deadline is not None
             and s.deadline.date is not None and s.deadline.date.isoformat() == due for s in sugs)
    return ok, [f"{s.quote} ({s.deadline.date if s.deadline else None})" for s in sugs]


GRAMMARS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{v[1]}: {v[2]} -> {q}" for v in variants() if v[0] == grammar
             for ok, q in [read(v[2], v[3], v[4])] if not ok]
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("held", ["3月20日，召开了金融联席会议", "1月8日，召开全县安全生产工作会议",
                                  "会议于3月20日在县政府召开"])
def test_meetings_held_stay_no_commitment(held: str) -> None:
    text = f"一、一季度工作进展\n{held}，传达学习了有关精神。"
    for t in (text, _S2T.convert(text)):
        assert not [s for s in suggest(t, date(2025, 4, 10)) if s.kind != "indicator"]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(v[2], v[3], v[4])
            yield v[0] + "/" + v[1], ok, v[1] + " " + v[2].replace("\n", " | "), got

    report(_rows(), 18)
