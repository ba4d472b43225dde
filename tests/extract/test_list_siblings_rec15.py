"""An item of a list whose siblings hold commitments is one of them, though its verb is
one the rules do not know (8. 购买居家社区养老基础服务 among 新建…/改造…/打造…): a run of
short numbered lines at one level lists like things. Counter-sweeps: under a heading of
results the same list stays results; in a list of problems the item stays out.

A sweep: items the rules turn down × list markers × final punctuation × Simplified /
Traditional / full-width digits."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from tests.extract.sweep_kit import FULL_DIGITS, s2t
from tracker.extract import to_json
from tracker.services.suggesting import suggest_file

# items the rules alone turn down (checked before the rule: none of them was suggested)
ITEMS = ("购买居家社区养老基础服务", "为全市60岁以上老人购买意外伤害保险", "免费发放婴幼儿营养包")
TASKS = ("新建10所公办幼儿园", "改造老旧小区20个", "打造14个区域性养老服务中心", "新建1500个公共停车泊位")
MARKERS = ("{n}. ", "{n}、", "（{n}）", "{c}", "{n}。 ")
ENDS = ("；", "。", "")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PLAN_HEAD = "2021年为民办实事项目\n为进一步增进民生福祉，今年市委、市政府将实施以下为民办实事项目：\n"
PLAN_TAIL = "以上项目由各牵头单位负责组织实施，确保年底前全部完成。\n"


def _list(items: list[str], marker: str, end: str) -> str:
    return "\n".join(marker.format(n=i + 1, c=CIRCLED[i]) + x + end for i, x in enumerate(items)) + "\n"


def _forms(text: str, key: str) -> list[tuple[str, str, str]]:
    t = s2t().convert
    return [("s", text, key), ("t", t(text), t(key)),
            ("full", text.translate(FULL_DIGITS), key.translate(FULL_DIGITS))]


def _records(tmp: Path, text: str, when: date) -> list[dict]:
    path = tmp / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [to_json(s) for s in suggest_file(path, when) if s.duplicate_of is None]


@pytest.mark.parametrize(("item", "marker", "end", "at"),
                         list(itertools.product(ITEMS, MARKERS, ENDS, (0, 2, 4))))
def test_an_item_among_tasks_is_a_task(tmp_path: Path, item: str, marker: str, end: str,
                                       at: int) -> None:
    items = list(TASKS)
    items.insert(at, item)
    for form, text, key in _forms(PLAN_HEAD + _list(items, marker, end) + PLAN_TAIL, item):
        recs = _records(tmp_path, text, date(2021, 2, 1))
        hits = [r for r in recs if key.translate(FULL_DIGITS) in r["quote"].translate(FULL_DIGITS)]
        assert hits and all(r["kind"] != "indicator" for r in hits), \
            (form, text, [(r["kind"], r["quote"]) for r in recs])


REVIEW_HEAD = "2020年为民办实事项目完成情况\n2020年，市委、市政府实施的为民办实事项目全部完成：\n"
DONE = ("已新建10所公办幼儿园", "改造老旧小区20个已全部完工", "建成14个区域性养老服务中心",
        "新建1500个公共停车泊位已投入使用")
PROBLEM_HEAD = "2021年工作中存在的主要问题\n经梳理，存在以下问题：\n"
PROBLEMS = ("部分小区停车位不足", "个别学校学位紧张", "养老服务设施覆盖不够", "农村道路养护不到位")


@pytest.mark.parametrize(("item", "marker", "end"), list(itertools.product(ITEMS, MARKERS, ENDS)))
def test_under_results_or_problems_it_stays_out(tmp_path: Path, item: str, marker: str,
                                                end: str) -> None:
    for head, rest, when in ((REVIEW_HEAD, DONE, date(2021, 1, 20)),
                             (PROBLEM_HEAD, PROBLEMS, date(2021, 12, 20))):
        items = list(rest)
        items.insert(2, item)
        for form, text, key in _forms(head + _list(items, marker, end), item):
            recs = _records(tmp_path, text, when)
            assert not [r for r in recs if key in r["quote"] and r["kind"] != "indicator"], \
                (form, text, [(r["kind"], r["quote"]) for r in recs])
