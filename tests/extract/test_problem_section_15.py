"""The problem stated under a problem heading of a rectification list is context, the
measures after its labels and tasks under task headings stay commitments
(problem_section_sweep_15)."""

from __future__ import annotations

import pytest

from tests.extract.problem_section_sweep_15 import documents, passes
from tracker.extract.pipeline import problem_sections, simplified

CASES = list(documents())


@pytest.mark.parametrize(("case", "form", "text", "key", "commitment"), CASES,
                         ids=[f"{c}|{f}|{k}" for c, f, _, k, _ in CASES])
def test_problem_section_sweep(case: str, form: str, text: str, key: str,
                               commitment: bool) -> None:
    assert passes(text, key, commitment), (case, form)


@pytest.mark.parametrize(("lines", "spans"), [
    # a problem heading, the problem, a label: the problem's line
    (("一、X落实不到位的问题", "共审批填海项目87宗。", "整改目标：…"), 1),
    # no label after the problem: nothing is set aside
    (("一、X落实不到位的问题", "共审批填海项目87宗。", "二、Y的问题", "某某。"), 0),
    # a heading that names a problem to solve is a task heading
    (("一、着力解决突出生态环境问题", "新建管网120公里。", "责任单位：市住建局"), 0),
    # the label right after the heading: no problem text
    (("一、X落实不到位的问题", "整改目标：…"), 0),
])
def test_problem_sections(lines: tuple[str, ...], spans: int) -> None:
    assert len(problem_sections(simplified("\n".join(lines)))) == spans
