"""The count-after-a-modal and 应X尽X sweep (tests/extract/field_sweep_dl13.py): each clause
alone, read as tools/score_corpus.py --clauses reads it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.field_sweep_dl13 import Case, cases, got, passes
from tracker.extract import suggest, to_json

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}-{i}" for i, c in enumerate(CASES)])
def test_a_clause_alone_states_its_target(case: Case) -> None:
    found = [to_json(s) for s in suggest(case.text, date(2025, 3, 1))
             if s.kind.value != "indicator"]
    fields = got(case, found)
    assert passes(case, fields), fields


def test_an_act_named_as_a_frame_of_another_word_is_no_end_state() -> None:
    # (应急 / 尽快: 应 and 尽 that frame no act repeated)
    found = [to_json(s) for s in suggest("应急物资尽快到位", date(2025, 3, 1))]
    assert all(s.get("comparator") != "full" for s in found)
