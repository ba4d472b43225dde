"""Shares after 分别 run together with no mark (分别增长4.1%8.7%): a list of values, the
first one the record's, not a place named before a count; each clause alone as a cell: the
cases of tests/extract/glued_shares_sweep_15b.py, with its counter-cases."""

from __future__ import annotations

import pytest

from tests.extract.glued_shares_sweep_15b import Case, cases, passes

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}:{c.text}" for c in CASES])
def test_sweep(case: Case) -> None:
    ok, got = passes(case)
    assert ok, (case.text, case.want, got)
