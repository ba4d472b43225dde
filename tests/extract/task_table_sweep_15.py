"""A sweep of task tables whose goal column holds clauses (issue 11, branch fields15):
序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位, 序号 | 工作任务 | 责任单位 … — a column
labelled 目标任务 / 工作目标 / 主要任务 is a column of tasks written as sentences, not the
value column of an indicator table (指标 | 2025年 | 目标值). Each row's clause is then read
by its own grammar (增长5%以上 → ``>=`` 5 %, 增长5%左右 → ``increase`` 5 %, 比重达54% →
``=`` 54 %, tests/corpus/README.md R6) and dated by the section heading the table sits under
(一、2024年全区经济社会发展主要预期目标 → end of 2024).

``cases()`` yields whole documents in four forms (as written, Traditional, full-width
digits, without the final 。); run this module as a script for the tally passing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from tests.extract.sweep_kit import FULL_DIGITS, s2t


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    text: str
    key: str
    comparator: str
    value: float
    unit: str
    deadline: str


HEADERS = (  # (header, cells before the task's, cells after it)
    ("序号\t项目\t重点工作目标任务\t牵头领导\t责任单位", ("1", "主要预期目标"), ("张 三", "区发改委")),
    ("序号\t类别\t目标任务\t责任单位", ("1", "经济发展"), ("市统计局",)),
    ("项目\t工作目标\t牵头单位\t配合单位", ("主要指标",), ("县发改局", "县统计局")),
    ("序号\t指标\t主要任务\t责任单位", ("1", "预期目标"), ("区财政局",)),
)
CLAUSES = (  # (clause, key words of its quote, comparator, value, unit)
    ("地区生产总值增长{a}%以上", "地区生产总值增长{a}%以上", ">=", "a", "%"),
    ("规上工业总产值增长{b}%左右", "规上工业总产值增长{b}%左右", "increase", "b", "%"),
    ("高新技术产业产值占规上工业产值比重达{c}%", "比重达{c}%", "=", "c", "%"),
    ("新增城镇就业{d}人以上", "新增城镇就业{d}人以上", ">=", "d", "人"),
)
NUMBERS = ({"a": 5, "b": 6, "c": 54, "d": 6500}, {"a": 7, "b": 4, "c": 48, "d": 12000})
HEADINGS = (("一、{y}年全区经济社会发展主要预期目标", 2024), ("二、{y}年主要目标", 2025))


def _forms(text: str, key: str) -> Iterator[tuple[str, str, str]]:
    yield "s", text, key
    t = s2t().convert
    yield "t", t(text), t(key)
    yield "full", text.translate(FULL_DIGITS), key.translate(FULL_DIGITS)
    yield "no-stop", "\n".join(line.replace("。", "") for line in text.split("\n")), key


def cases() -> Iterator[Case]:
    for h, (header, before, after) in enumerate(HEADERS):
        for n, numbers in enumerate(NUMBERS):
            heading, year = HEADINGS[(h + n) % len(HEADINGS)]
            for c, (clause, key, cmp, var, unit) in enumerate(CLAUSES):
                row = "\t".join((*before, f"{c + 1}.{clause.format(**numbers)}。", *after))
                text = "\n".join(("关于印发重点工作目标任务分解方案的通知", heading.format(y=year),
                                  header, row))
                for form, t, k in _forms(text, key.format(**numbers)):
                    yield Case(form, f"h{h}n{n}c{c}", t, k, cmp, float(numbers[var]), unit,
                               f"{year}-12-31")


def doc_date(case: Case) -> date:
    return date(int(case.deadline[:4]), 1, 20)


def got(case: Case, found: list[dict]) -> tuple | None:
    for s in found:
        if case.key in s["quote"]:
            return (s["comparator"], s["value"], s["unit"], s["deadline"])
    return None


def passes(case: Case, found: list[dict]) -> bool:
    return got(case, found) == (case.comparator, case.value, case.unit, case.deadline)


if __name__ == "__main__":
    from tests.extract.sweep_kit import report_file_sweep
    report_file_sweep(cases(), lambda c, recs: (passes(c, recs), got(c, recs)),
                      date_of=doc_date, commitments_only=True)
