"""A sweep of lists of shares after 分别 whose separators were lost (一、二、三产增加值分别增长
4.4%5.9%5.8% / 城乡居民收入分别增长4.1%8.7%: a table's cells or a page's spaces run
together), each clause standing alone as a cell (issue 11, branch clause15b).

A share followed with no mark by another share is the next value of a list, never a place
named before a count (3个街道33个行政村 is one, a count then a count): the record takes the
first value, as the gold does for every list after 分别 (its comparator that of the verb).

Counter-cases, which must not change: a count then a count (where, then how many), a share
then a count, a range of shares (增长5%—6%), and lists with their marks (分别增长6%、9%).

Each wording is composed from metrics × verbs × value lists, and written as is, in
Traditional script, with full-width digits, each with and without a final 。.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.extract.attributive_count_sweep_15b import Case, Fields, fields_of
from tests.extract.sweep_kit import cell_forms


METRICS = (
    "城乡居民人均可支配收入分别",
    "一、二、三产增加值分别",
    "城镇和农村居民收入分别",
    "高技术制造业、装备制造业增加值分别",
    "金融机构存、贷款余额同比分别",
)
VERBS = (("增长", "increase"), ("提高", "increase"), ("下降", "decrease"))
LISTS = (("4.1%8.7%", 4.1), ("4.4%5.9%5.8%", 4.4), ("6%9%", 6.0), ("10.9%10.4%", 10.9))

COUNTER: tuple[tuple[str, str, Fields | None], ...] = (
    ("marked", "城乡居民人均可支配收入分别增长6%、9%", ("increase", 6.0, "%")),
    ("marked", "单位GDP能源消耗和二氧化碳排放分别降低13.5%和18%", ("decrease", 13.5, "%")),
    ("range", "地区生产总值增长5%—6%", ("increase", [5.0, 6.0], "%")),
    ("count", "对3个街道33个行政村开展环境整治", ("=", 33.0, "个")),
    ("level", "地表水优良水体比例达到85%", ("=", 85.0, "%")),
)


def cases() -> Iterator[Case]:
    for metric in METRICS:
        for verb, cmp in VERBS:
            for values, first in LISTS:
                text = metric + verb + values
                for form, t in cell_forms(text):
                    yield Case("glued-" + form, text, t, (cmp, first, "%"))
    for group, text, want in COUNTER:
        for form, t in cell_forms(text):
            yield Case("not-" + group + "-" + form, text, t, want)


def passes(case: Case) -> tuple[bool, Fields | None]:
    got = fields_of(case.text)
    return got == case.want, got


if __name__ == "__main__":
    from tests.extract.scorer_match import report

    report((c.group, *passes(c)[:1], c.text, passes(c)[1]) for c in cases())
