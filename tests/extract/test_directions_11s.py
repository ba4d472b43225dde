"""A sweep of aims stated as a direction or a doubling after a measure (session 11s):
…，确保生活垃圾回收利用率逐年提高 / …，风电和太阳能发电量实现翻倍.

By /work/shared/docs/commitments.md an aim whose metric must rise or fall is a target
(comparator increase / decrease; 翻一番 = +100 %), and a sentence with two separately
checkable commitments is two records. 逐年 (year on year) states a direction as 逐步 and 稳步
do, and 翻倍 is 翻番 (dev gold Q_20: 确保生活垃圾回收利用率逐年提高, a core target apart from
the measure before it; P_04: 风电和太阳能发电量实现翻倍, a core +100 % target apart from the
share before it). The phrases are written for the sweep: measures × openers × metrics ×
adverbs × verbs, Simplified and Traditional, in a sentence with and without the final 。
and as a numbered item. A variant passes when the direction clause is matched by a target
suggestion of its own (the scorer's rule) with the comparator it states, and the measure
before it by another. The rule (grouping._stated_aim): a clause whose subject is its metric
and that states a value (达到70% / 翻倍), or a direction pledged (确保 / 力争 …逐年提高), is a
record of its own beside a measure without a target.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.domain import Comparator
from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

DOC = date(2025, 3, 1)
_S2T = opencc.OpenCC("s2t")

MEASURES = ["健全再生资源回收利用网络体系", "实施国土绿化提升行动", "推进城镇污水管网建设"]
METRICS_UP = ["生活垃圾回收利用率", "森林覆盖率", "城镇污水集中收集率", "优良天数比例"]
METRICS_DOWN = ["单位地区生产总值能耗", "化肥施用量"]
OPENERS = ["确保", "力争", "推动", ""]
ADVERBS = ["逐年", "逐步", "稳步", "持续"]
UP = ["提高", "提升", "增长"]
DOWN = ["下降", "降低"]
DOUBLING = ["实现翻倍", "翻一番", "实现翻番"]
DOUBLED = ["风电和太阳能发电量", "农村集体经济收入", "快递业务量"]


def _cases() -> Iterator[tuple[str, str, str, Comparator]]:
    """(grammar, measure, aim, comparator)"""
    for k, opener in enumerate(OPENERS):
        for j, adverb in enumerate(ADVERBS):
            for metric in METRICS_UP:
                verb = UP[(j + k) % len(UP)]
                yield f"向{opener or '-'}:{adverb}", MEASURES[j % len(MEASURES)], \
                    f"{opener}{metric}{adverb}{verb}", Comparator.INCREASE
            for metric in METRICS_DOWN:
                verb = DOWN[(j + k) % len(DOWN)]
                yield f"向{opener or '-'}:{adverb}", MEASURES[k % len(MEASURES)], \
                    f"{opener}{metric}{adverb}{verb}", Comparator.DECREASE
    for words in DOUBLING:
        for metric in DOUBLED:
            for measure in MEASURES:
                yield f"翻:{words}", measure, f"{metric}{words}", Comparator.INCREASE

@functools.cache
def variants() -> tuple[tuple[str, str, str, str, Comparator], ...]:
    out = []
    for grammar, measure, aim, comparator in _cases():
        for text in (f"{measure}，{aim}。", f"{measure}，{aim}", f"（三）{measure}，{aim}。"):
            out.append((grammar, text, measure, aim, comparator))
            out.append((grammar, _S2T.convert(text), _S2T.convert(measure), _S2T.convert(aim),
                        comparator))
    return tuple(out)

def read(text: str, measure: str, aim: str, comparator: Comparator) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    a = text.find(aim)
    m = text.find(measure)
    aim_hit = [s for s in sugs if matches((s.start, s.end), (a, a + len(aim)))
               and s.target is not None and s.target.comparator is comparator]
    measure_hit = [s for s in sugs if matches((s.start, s.end), (m, m + len(measure)))
                   and s not in aim_hit]
    return bool(aim_hit and measure_hit), [s.quote for s in sugs]

GRAMMARS = sorted({v[0].split(":")[0] for v in variants()})
# Known gaps: a direction with no word of pledging (推动X逐年下降 / X持续提高, no value) still
# joins the measure before it. The seeds quote 抓紧补齐…短板弱项，推动全省生态环境质量持续改善
# as one record, the later sets apart; keeping all of them apart was tried: dev --cv 5 recall
# +1 and 3 right suggestions fewer than with the pledge required, --cv-sets precision 0.835
# -> 0.834 (the measures left alone are often no record in the gold).
KNOWN_GAPS = {"向-": 144, "向推动": 144}

@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{v[1]} -> {q}" for v in variants() if v[0].split(":")[0] == grammar
             for ok, q in [read(*v[1:])] if not ok]
    assert len(wrong) <= KNOWN_GAPS.get(grammar, 0), "\n".join(wrong[:20])

if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(*v[1:])
            yield v[0], ok, v[1], got

    report(_rows(), 12)
