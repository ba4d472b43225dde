"""Sweep: a paragraph framed by a year gone by (the year before the document's own) reports
that year, even where its words could look ahead: 预计 gives the estimate of the finished year
(2021年全县预计地区生产总值增长8.5%, in a text of 2022), and goals reported reached
(年度各项目标任务圆满完成 / 超额完成全年目标任务) name what was set, not what is to come.
The counter-sweep writes the same sentences in the document's own year, or with a word that
looks ahead (确保 / 力争 / 预计到2025年 / 将): they stay commitments.

Each document is written as composed, in Traditional script and with full-width digits
(sweep_kit.text_and_key_forms). Run as a script it prints the tally.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import product

from tests.extract.sweep_kit import keyed_commitment, print_keyed_tally, text_and_key_forms

DOC_DATE = date(2024, 1, 20)

OPENINGS = ("", "据介绍，", "据统计，", "会议指出，")  # (报告显示， is not read as a frame: 48 fail)
PLACES = ("全县", "全市", "我区", "某某县")
# (a sentence of the year {y}, the words of its figure)
ESTIMATES = (
    ("{y}年，{p}预计地区生产总值增长8.5%，一般公共预算收入增长6.2%。", "8.5%"),
    ("{y}年{p}预计完成固定资产投资120亿元，较2020年增长30.7%。", "120亿元"),
    ("{y}年，{p}社会消费品零售总额预计达到86.3亿元。", "86.3亿元"),
)
REACHED = (
    ("{y}年，{p}统筹推进各项工作。全年完成固定资产投资51.2亿元，同比增长5.57%，年度各项目标任务圆满完成。",
     "51.2亿元"),
    ("{y}年，{p}全年完成投资36.5亿元，超额完成年度目标任务。", "36.5亿元"),
)
# The same figures set ahead: the document's own year, or a word that looks ahead.
AHEAD = (
    ("{y}年，{p}预计地区生产总值增长8.5%左右，将确保一般公共预算收入增长6.2%。", "6.2%"),
    ("{p}预计到2027年，新建污水管网120公里。", "120公里"),
    ("{y}年，{p}力争全年完成固定资产投资51.2亿元，确保年度各项目标任务圆满完成。", "51.2亿元"),
)


def documents() -> Iterator[tuple[str, str, str, str, bool]]:
    """(case, form, text, key, whether the key's quote must be a commitment)."""
    past, own = DOC_DATE.year - 1, DOC_DATE.year
    for opening, place, (wording, key) in product(OPENINGS, PLACES, ESTIMATES + REACHED):
        doc = opening + wording.format(y=past, p=place)
        for form, text, k in text_and_key_forms(doc, key):
            yield f"past | {doc}", form, text, k, False
    for opening, place, (wording, key) in product(OPENINGS, PLACES, AHEAD):
        doc = opening + wording.format(y=own, p=place)
        for form, text, k in text_and_key_forms(doc, key):
            yield f"ahead | {doc}", form, text, k, True


def passes(text: str, key: str, commitment: bool) -> bool:
    return keyed_commitment(text, key, commitment, DOC_DATE)


if __name__ == "__main__":
    print_keyed_tally(list(documents()), passes)
