"""A sweep of a subject, then its time words, then its modal (session 13): 郑州市今年要全面启动
乡村建设行动 / 市住建局年内将建成污水处理厂1座 / 县政府2025年要完成…

By /work/shared/docs/commitments.md a commitment commits an actor to a future act; the
text often names the actor first and the time words after it, before 要/将 (dev gold R_19:
鄭州市今年要全面啟動鄉村建設行動, a core record). classify.SUBJECT read an actor before its
modal, with adverbs of frequency between (每年 / 也 / 均), but not time words: with them the
clause had no subject and, opening with no verb, was turned down ("no action verb"). The
phrases are written for the sweep: subjects × time words × modals × acts × frames (a
sentence, a numbered item, a cell without 。), Simplified and Traditional, half- and
full-width digits. A variant passes when a suggestion that is no indicator matches the
clause (the scorer's rule) and is due on the day its time words give.

Counter-sweep: a past report with the same shape (郑州市去年完成…) stays no commitment.
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

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

SUBJECTS = ["郑州市", "市住建局", "县政府", "各乡镇", "区教育局", "市生态环境局"]
TIMES = [("今年", "2025-12-31"), ("年内", "2025-12-31"), ("2025年", "2025-12-31"),
         ("下半年", "2025-12-31"), ("6月底前", "2025-06-30")]
MODALS = ["要", "将", "要全面", "将加快"]
ACTS = ["启动乡村建设行动", "完成县域村庄分类和布局规划编制", "新建城市公园3个", "建成污水处理厂1座",
        "开展农村人居环境整治提升行动", "推进老旧小区改造120个"]


@functools.cache
def variants() -> tuple[tuple[str, str, str, str], ...]:
    """(group, text, clause as written, due)."""
    out = []
    n = 0
    for subject in SUBJECTS:
        for time, due in TIMES:
            for modal in MODALS:
                n += 1
                clause = f"{subject}{time}{modal}{ACTS[n % len(ACTS)]}"
                for frame, text in (("sentence", f"二、重点工作\n{clause}，确保按期完成。"),
                                    ("item", f"3.{clause}。"), ("cell", clause)):
                    out.append((f"s:{frame}", text, clause, due))
                    out.append((f"t:{frame}", _S2T.convert(text), _S2T.convert(clause), due))
                    if any(c.isdigit() for c in clause):
                        out.append((f"full:{frame}", text.translate(_FULL), clause.translate(_FULL), due))
    return tuple(out)


def read(text: str, clause: str, due: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    at = text.find(clause)
    ok = any(matches((s.start, s.end), (at, at + len(clause))) and s.deadline is not None
             and s.deadline.date is not None and s.deadline.date.isoformat() == due for s in sugs)
    return ok, [f"{s.kind}:{s.quote} ({s.deadline.date if s.deadline else None})" for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[1]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[1], v[2], v[3])] if not ok]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize("done", ["郑州市去年完成县域村庄分类和布局规划编制",
                                  "市住建局2024年建成污水处理厂1座",
                                  "县政府上年已启动乡村建设行动"])
def test_past_stays_no_commitment(done: str) -> None:
    text = f"一、2024年工作回顾\n{done}。"
    for t in (text, _S2T.convert(text)):
        assert not [s.quote for s in suggest(clean(t), DOC) if s.kind != "indicator"]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[1], v[2], v[3])
                yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 14)
