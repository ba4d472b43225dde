"""The period sweep (tests/extract/period_sweep.py) read through the public path, as
``tracker suggest --format jsonl --date D`` reads a file: every item's deadline is the one
its context sets (ISO last day and precision, or none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.period_sweep import Case, cases
from tracker.extract import to_json
from tracker.services.suggesting import suggest_file

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_an_item_takes_the_period_of_its_context(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(case.text, encoding="utf-8")
    recs = [to_json(s) for s in suggest_file(path, case.doc_date) if s.duplicate_of is None]
    recs = [r for r in recs if r["kind"] != "indicator"] or recs
    got, want = [], []
    for key, wanted in case.items:
        hit = next((r for r in recs if key in r["quote"]), None)
        got.append((key, None if hit is None else
                    ((hit["deadline"], hit["deadline_precision"]) if hit["deadline"] else None)))
        want.append((key, wanted))
    assert got == want
