"""A figure planned for a period (2024年度计划投资24.3亿元 / 全年计划新建学校5所) stated in a
report of progress is the target as it was set, not a result, though the clauses around it
report what was done; the results beside it (累计完成投资 / 完成年度计划投资比例 / 占年计划的)
stay results.

A sweep: planned figures × report frames × Simplified / Traditional / full-width digits /
without the final 。."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from tests.extract.sweep_kit import FULL_DIGITS, s2t
from tracker.extract import to_json
from tracker.services.suggesting import suggest_file

# (the planned figure, the words its quote holds)
PLANNED = (
    ("2024年度计划投资24.3亿元", "计划投资24.3亿元"),
    ("年计划投资368.42亿元", "计划投资368.42亿元"),
    ("年度计划投资9.75亿元", "计划投资9.75亿元"),
    ("全年计划新建学校5所", "计划新建学校5所"),
    ("计划总投资3.2亿元", "计划总投资3.2亿元"),
    ("年度计划完成造林5万亩", "计划完成造林5万亩"),
    ("今年计划改造老旧小区12个", "计划改造老旧小区12个"),
)
# a report of progress: (opening line, the sentence with {p} for the planned figure)
FRAMES = (
    ("关于2024年1-6月全县重大项目进展情况的通报",
     "我县8项省重点项目总投资198.16亿元，{p}，1-6月份累计完成投资12.88亿元，超序时进度2.99个百分点。"),
    ("2024年上半年重点工作推进情况",
     "全区共实施重点项目36个，{p}，截至6月底已完成投资10.5亿元，占年计划的52%。"),
    ("2024年民生实事项目完成情况",
     "{p}。1-9月累计完成投资8.6亿元，同比增长12%。"),
)
# results beside it that stay results
RESULTS = ("累计完成投资12.88亿元", "已完成投资10.5亿元", "累计完成投资8.6亿元")


def _forms(text: str, key: str) -> list[tuple[str, str, str]]:
    t = s2t().convert
    return [("s", text, key), ("t", t(text), t(key)),
            ("full", text.translate(FULL_DIGITS), key.translate(FULL_DIGITS)),
            ("no-stop", "\n".join(x.rstrip("。") for x in text.split("\n")), key)]


def _records(tmp: Path, text: str) -> list[dict]:
    path = tmp / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [to_json(s) for s in suggest_file(path, date(2024, 10, 15)) if s.duplicate_of is None]



@pytest.mark.parametrize(("planned", "frame"), list(itertools.product(PLANNED, FRAMES)))
def test_planned_figure_is_a_target(tmp_path: Path, planned: tuple[str, str],
                                    frame: tuple[str, str]) -> None:
    p, key = planned
    head, body = frame
    for form, text, want in _forms(head + "\n" + body.format(p=p) + "\n", key):
        recs = _records(tmp_path, text)
        hits = [r for r in recs if want.translate(FULL_DIGITS) in r["quote"].translate(FULL_DIGITS)
                or want in r["quote"]]
        assert hits, (form, text, [r["quote"] for r in recs])
        assert all(r["kind"] != "indicator" for r in hits), (form, [(r["kind"], r["quote"]) for r in hits])


@pytest.mark.parametrize(("planned", "frame"), list(itertools.product(PLANNED, FRAMES)))
def test_results_beside_it_stay_results(tmp_path: Path, planned: tuple[str, str],
                                        frame: tuple[str, str]) -> None:
    p, _ = planned
    head, body = frame
    for form, text, _ in _forms(head + "\n" + body.format(p=p) + "\n", ""):
        recs = _records(tmp_path, text)
        t = s2t().convert
        for r in recs:
            quote = r["quote"].translate({0xFF10 + i: 0x30 + i for i in range(10)})
            if any(x in quote or t(x) in quote for x in RESULTS) or "完成年度计划投资比例" in quote:
                assert r["kind"] == "indicator", (form, r["quote"])


# The counter-sweep: figures that report against the plan, under a review, stay results.
AGAINST_PLAN = ("完成年度计划投资比例52.99%", "占年度计划的73%", "实际完成投资24.3亿元",
                "已完成年度计划投资的60%")


@pytest.mark.parametrize("result", AGAINST_PLAN)
def test_figures_against_the_plan_stay_results(tmp_path: Path, result: str) -> None:
    text = ("关于2024年1-6月全县重大项目进展情况的通报\n"
            f"1-6月份累计完成投资12.88亿元，{result}，超序时进度2.99个百分点。\n")
    for form, doc, _ in _forms(text, ""):
        recs = _records(tmp_path, doc)
        assert all(r["kind"] == "indicator" for r in recs), (form, [(r["kind"], r["quote"]) for r in recs])


# The counter-sweep by the document's date: a review of a year already over (dated after
# it) gives the year's plan as the base of its results, not a target still ahead.
@pytest.mark.parametrize("planned", [p for p, _ in PLANNED if not p.startswith("20")])
def test_a_plan_of_a_year_over_stays_a_result(tmp_path: Path, planned: str) -> None:
    text = ("2020年民生实事项目完成情况\n"
            f"2020年，全县确定民生实事项目10项，{planned}，截至2020年12月底，完成投资2.41亿元，"
            "占年度计划的97.6%。\n")
    for form, doc, _ in _forms(text, ""):
        path = tmp_path / "doc.txt"
        path.write_text(doc, encoding="utf-8")
        recs = [to_json(s) for s in suggest_file(path, date(2021, 1, 23)) if s.duplicate_of is None]
        assert all(r["kind"] == "indicator" for r in recs), (form, [(r["kind"], r["quote"]) for r in recs])
