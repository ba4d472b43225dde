"""A sweep of lists of named programmes closed by their count (session 11s): 实施重点工程造林、
森林质量提升、…、生态成果保护等九大行动 / 扎实推进公共服务配套、基础设施完善、宜居环境打造等7大
专项行动.

A list of named programmes is split into one record per programme (pipeline._split_named_list,
session 11o), and a list closed by 等一系列重大工程 still is. A list closed by its count (等
九大行动 / 等5项重点工程) is one act over a set the text counts: the corpus quotes it whole
(dev gold N_09 and P_03, the only two such lists in the dev part, both whole), the count
checking it. The phrases are written for the sweep: verbs × lists of 3 to 6 programmes ×
counted closers × layouts (a sentence, a numbered item, a cell), Simplified and Traditional.
A variant passes when one suggestion matches the whole act (the scorer's rule) and no
suggestion is a single item of the list.
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

VERBS = ["实施", "扎实推进", "深入开展", "组织实施"]
ITEMS = ["重点工程造林", "森林质量提升", "长江廊道造林", "森林城市建设", "绿色家园建设",
         "多彩通道建设", "公共服务配套", "宜居环境打造"]
CN = "零一二三四五六七八九"
CLOSERS = ["等{n}大行动", "等{d}大专项行动", "等{n}项重点工程", "等{d}个专项行动", "等{n}大工程"]


def _cases() -> Iterator[tuple[str, str]]:
    """(grammar, the act)"""
    for k in range(3, 7):
        for j, verb in enumerate(VERBS):
            items = [ITEMS[(j + i) % len(ITEMS)] for i in range(k)]
            for closer in CLOSERS:
                close = closer.format(n=CN[k], d=k)
                yield closer.format(n="N", d="N"), f"{verb}{'、'.join(items)}{close}"


@functools.cache
def variants() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    out = []
    for grammar, act in _cases():
        items = tuple(act.split("、")[1:-1])
        for text in (f"围绕全面推进科学绿化目标，{act}。", f"（二）{act}。", act):
            out.append((grammar, text, act, items))
            out.append((grammar, _S2T.convert(text), _S2T.convert(act),
                        tuple(_S2T.convert(i) for i in items)))
    return tuple(out)


def read(text: str, act: str, items: tuple[str, ...]) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(act)
    whole = any(matches((s.start, s.end), (at, at + len(act))) for s in sugs)
    single = any(s.quote.strip("“”") in items for s in sugs)
    return whole and not single, [s.quote for s in sugs]


GRAMMARS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{v[1]} -> {q}" for v in variants() if v[0] == grammar
             for ok, q in [read(*v[1:])] if not ok]
    assert not wrong, "\n".join(wrong[:20])


if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(*v[1:])
            yield v[0], ok, v[1], got

    report(_rows(), 10)
