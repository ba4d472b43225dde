"""A sweep of arrangements made from now on inside a report of what was done (session 11s):
今年以来，我市建立了X机制，对相关工作作出制度性安排：今后每年4月，市人大常委会将听取和审议…

By /work/shared/docs/commitments.md a standing obligation of a named body is a commitment
(duty) whatever tense the paragraph around it reports in: 今后 / 此后 / 今后每年 (henceforth)
turns the clause after it ahead, as 下一步 does at a sentence's start (dev gold M_02: 今后每年
4月,市人大常委會將聽取和審議…, a core duty in a paragraph opened by 今年以来). The phrases are
written for the sweep: review openings × henceforth words × duties, Simplified and
Traditional, with and without the final 。, in a document long enough to be read as a whole.
A variant passes when a commitment suggestion (not an indicator) matches the record (the
henceforth words and the duty: the scorer's rule).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date

import opencc
import pytest

from tracker.extract import suggest
from tests.extract.scorer_match import matches, report

DOC = date(2025, 11, 20)
_S2T = opencc.OpenCC("s2t")

# a paragraph of the year's work, closed by the words that announce the arrangements
OPENINGS = [
    "今年以来，根据有关规定，我市建立和完善了市人民政府向市人大常委会报告环保工作的机制，对相关工作进行了制度性安排：",
    "一年来，全县建立了重点项目月调度机制，落实了领导包抓责任，并明确：",
    "2025年以来，我区已完成河长制工作规则修订，并作出以下安排：",
]
HENCEFORTH = ["今后每年4月，", "今后，", "此后每季度，", "今后每月，", "以后每年年初，"]
DUTIES = [
    "市人大常委会将听取和审议市政府上年环境状况和环保目标完成情况",
    "县发改委将通报重点项目进展情况",
    "区河长办向区人大常委会报告河湖长制落实情况",
    "各乡镇要按时报送项目调度表",
]
# a review before and after, so that the text is read as a whole document
BEFORE = ("会上，副市长作了关于全市环境保护工作情况的报告。去年以来，我市扎实推进大气污染防治，"
          "完成燃煤锅炉改造120台，空气质量优良天数比例达到85.2%，同比提高3.1个百分点。")
AFTER = "会议指出，环境保护工作取得了明显成效，但仍存在一些突出问题。"


def _cases() -> Iterator[tuple[str, str, str]]:
    """(grammar, text, record)"""
    for k, opening in enumerate(OPENINGS):
        for word in HENCEFORTH:
            for j, duty in enumerate(DUTIES):
                if (j + k) % 2:
                    continue  # every duty under every word, under half the openings
                record = word + duty
                for stop in ("。", ""):
                    yield word.rstrip("，"), f"{BEFORE}\n{opening}{record}{stop}\n{AFTER}", record


@functools.cache
def variants() -> tuple[tuple[str, str, str], ...]:
    out = []
    for grammar, text, record in _cases():
        out.append((grammar, text, record))
        out.append((grammar, _S2T.convert(text), _S2T.convert(record)))
    return tuple(out)


def read(text: str, record: str) -> tuple[bool, list[str]]:
    sugs = [s for s in suggest(text, DOC) if s.kind != "indicator"]
    at = text.find(record)
    return any(matches((s.start, s.end), (at, at + len(record))) for s in sugs), \
        [s.quote for s in sugs]


GRAMMARS = sorted({v[0] for v in variants()})


@pytest.mark.parametrize("grammar", GRAMMARS)
def test_sweep(grammar: str) -> None:
    wrong = [f"{v[2]} -> {q}" for v in variants() if v[0] == grammar
             for ok, q in [read(v[1], v[2])] if not ok]
    assert not wrong, "\n".join(wrong[:20])


def test_the_review_around_stays_a_result() -> None:
    text = f"{BEFORE}\n{OPENINGS[0]}{HENCEFORTH[0]}{DUTIES[0]}。\n{AFTER}"
    at = text.find("完成燃煤锅炉改造120台")
    assert not [s for s in suggest(text, DOC)
                if s.kind != "indicator" and s.start <= at < s.end]


if __name__ == "__main__":
    def _rows():
        for v in variants():
            ok, got = read(v[1], v[2])
            yield v[0], ok, v[2], got

    report(_rows(), 8)
