"""A sweep of counted lists that one project takes as its object (session 13): 实施16个乡镇卫生院、
158个村卫生室改扩建项目 / 完成3个老旧小区、5条背街小巷改造提升工程.

pipeline._split_counted splits a list whose every item carries its own quantity (建设示范县
5个、示范村200个) into one record per item, but keeps it whole when an action noun closes the
list (完成20个重点河段、1959个排污口整治, _SHARED_ACT): the act takes the whole list as its
object. The project nouns that close such an act (…改扩建项目 / …改造提升工程 / …建设项目)
were not read, so the list was cut and its first item lost the act (dev gold R_24: 实施16个
乡镇卫生院、158个村卫生室改扩建项目, one core record; every dev record of this shape is one).
The wordings are written for the sweep: verbs × counted lists × closing acts × frames (a
sentence, a numbered item, a cell), Simplified and Traditional, half- and full-width digits.
A variant passes when one suggestion matches the whole act (the scorer's rule) and none
is a single item of the list.

Counter-sweep: a list with no act closing it (建设示范县5个、示范村200个) is still one record per item.
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

VERBS = ["实施", "完成", "推进", "启动"]
LISTS = [("16个乡镇卫生院", "158个村卫生室"), ("12所中小学", "8所幼儿园"),
         ("3个老旧小区", "5条背街小巷"), ("4座污水处理厂", "26个村级污水站", "9个泵站"),
         ("2个农贸市场", "6个社区菜店")]
ACTS = ["改扩建项目", "改造提升工程", "新建改扩建工程", "提标改造工程", "建设项目", "扩建工程"]


@functools.cache
def variants() -> tuple[tuple[str, str, str], ...]:
    """(group, text, the act as written)."""
    out = []
    n = 0
    for verb in VERBS:
        for items in LISTS:
            n += 1
            act = f"{verb}{'、'.join(items)}{ACTS[n % len(ACTS)]}"
            for frame, text in (("sentence", f"二、重点任务\n年内，{act}。"), ("item", f"（五）{act}。"),
                                ("cell", act)):
                out.append((f"s:{frame}", text, act))
                out.append((f"t:{frame}", _S2T.convert(text), _S2T.convert(act)))
                out.append((f"full:{frame}", text.translate(_FULL), act.translate(_FULL)))
    return tuple(out)


def read(text: str, act: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(clean(text), DOC) if s.kind != "indicator"]
    at = text.find(act)
    whole = [s for s in sugs if matches((s.start, s.end), (at, at + len(act)))]
    inside = [s for s in sugs if at <= s.start and s.end <= at + len(act) and s not in whole]
    return bool(whole) and not inside, [s.quote for s in sugs]


GROUPS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("group", GROUPS)
def test_sweep(group: str) -> None:
    wrong = [f"{v[1]!r} -> {q}" for v in variants() if v[0] == group
             for ok, q in [read(v[1], v[2])] if not ok]
    assert not wrong, "\n".join(wrong[:10])


@pytest.mark.parametrize("text,items", [("建设示范县5个、示范村200个。", 2),
                                        ("新增公办学位2000个、普惠托位300个。", 2)])
def test_lists_without_a_closing_act_stay_split(text: str, items: int) -> None:
    for t in (text, _S2T.convert(text)):
        assert len([s for s in suggest(clean(t), DOC) if s.kind != "indicator"]) == items


if __name__ == "__main__":
    def _rows():
        for v in variants():
            if not sys.argv[1:] or v[0] in sys.argv[1:]:
                ok, got = read(v[1], v[2])
                yield v[0], ok, v[1].replace("\n", " | "), got

    report(_rows(), 14)
