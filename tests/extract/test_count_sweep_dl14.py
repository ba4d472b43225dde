"""The count sweep (tests/extract/count_sweep_dl14.py) read through the public path, as
``tracker suggest --format jsonl`` reads a clause standing alone, and the target parser on
the three wordings and their limits, one table."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.count_sweep_dl14 import Case, cases, outcome
from tracker.extract import to_json
from tracker.extract.targets import parse_target
from tracker.services.suggesting import suggest_file

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_count_of_people_reached_or_a_span_changed_is_a_target(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(case.text, encoding="utf-8")
    recs = [to_json(s) for s in suggest_file(path, None) if s.duplicate_of is None]
    ok, got = outcome(case, recs)
    assert ok, (got, case.want)


@pytest.mark.parametrize(("clause", "want"), [
    ("失业人员再就业5800人", ("=", 5800.0, "人")),
    ("城镇登记失业人员实现再就业1.2万人", ("=", 1.2, "万人")),
    ("支持大学生创业240人", ("=", 240.0, "人")),
    ("农村贫困人口脱贫3000人", ("=", 3000.0, "人")),
    ("为全区23000名老年人提供居家上门服务", ("=", 23000.0, "人")),
    ("为全县1万户家庭安装燃气报警器", ("=", 1.0, "万户")),
    ("延长公交运营时间1至1.5小时", ("increase", (1.0, 1.5), "小时")),
    ("缩短审批时间10天", ("decrease", 10.0, "天")),
    ("审批时限缩短至5个工作日以内", ("<=", 5.0, "个工作日")),
    # stated flat, or people named by what they lack: no target
    ("全县共有失业人员3000人", None),
    ("其中创业3000人", None),
    ("就业困难人员3000人", None),
    ("全区有农村低保对象1200户", None),
    ("为全区群众办实事", None),
])
def test_the_target_a_clause_states(clause: str, want: tuple | None) -> None:
    t = parse_target(clause)
    got = None if t is None or t.value is None else (str(t.comparator), t.value, t.unit)
    assert got == want
