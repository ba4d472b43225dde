"""A count whose noun carries a figure of its own in an attributive phrase (培育年产值10亿元
以上的企业20家 → `=` 20 家) and what is left of a plan as the object of a verb that delivers
it (完成剩余10个问题的整改工作 → a commitment, `=` 10 个), each clause alone as a cell: the
cases of tests/extract/attributive_count_sweep_15b.py, with its counter-cases."""

from __future__ import annotations

import pytest

from tests.extract.attributive_count_sweep_15b import Case, cases, fields_of, passes

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}:{c.text}" for c in CASES])
def test_sweep(case: Case) -> None:
    ok, got = passes(case)
    assert ok, (case.text, case.want, got)


@pytest.mark.parametrize("text", [
    "培育年产值10亿元以上的企业",      # no count after the noun: the bound is all there is
    "全力推动总投资500万元以上的重点项目建设",
])
def test_bound_without_count_kept(text: str) -> None:
    got = fields_of(text)
    assert got is not None and got[0] == ">="


def test_why_names_the_count() -> None:
    from tracker.extract import suggest

    best = max(suggest("培育年产值10亿元以上的企业20家", None), key=lambda s: s.end - s.start)
    assert "20家" in best.why and "10亿元" not in best.why
