"""The task list of issue 11: five numbered items and a two-row task table, as plain text
and as a DOCX with a real table. Each of its seven commitments is suggested once, with
its deadline, its target where it states one, and its bodies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.extract import suggest, to_json

ITEMS = [
    "1. 6月底前完成全市燃煤锅炉淘汰，由市生态环境局牵头",
    "2. 年底前PM2.5平均浓度控制在30微克/立方米以下",
    "3. 空气质量优良天数比率达到85%以上",
    "4. 2026年9月30日前完成12个入河排污口整治，市水务局负责",
    "5. 新增森林碳汇面积2万亩",
]
HEADER = ["任务名称", "责任单位", "完成时限", "目标值"]
ROWS = [["燃煤锅炉淘汰", "市生态环境局", "2026年6月30日", "35蒸吨以下全部淘汰"],
        ["黑臭水体治理", "市住房城乡建设局", "2026年底", "动态清零"]]
TITLE = "2026年大气污染防治重点任务清单"
TEXT = "\n".join([TITLE, *ITEMS, *("\t".join(r) for r in [HEADER, *ROWS])])

# (words the suggestion holds, deadline, bodies, comparator, value, unit); None: not checked
EXPECTED = [
    ("完成全市燃煤锅炉淘汰", "2026-06-30", ["市生态环境局"], None, None, None),
    ("PM2.5平均浓度控制在30", "2026-12-31", None, "<=", 30, "微克/立方米"),
    ("优良天数比率达到85%", "2026-12-31", None, ">=", 85, "%"),
    ("完成12个入河排污口整治", "2026-09-30", ["市水务局"], None, 12, "个"),
    ("新增森林碳汇面积2万亩", "2026-12-31", None, None, 2, "万亩"),
    ("燃煤锅炉淘汰", "2026-06-30", ["市生态环境局"], None, None, None),
    ("黑臭水体治理", "2026-12-31", ["市住房城乡建设局"], "zero", None, None),
]


def _check(records: list[dict]) -> None:
    records = [r for r in records if r["kind"] != "indicator"]
    assert len(records) == len(EXPECTED), [r["quote"] for r in records]
    for rec, (words, deadline, bodies, comparator, value, unit) in zip(records, EXPECTED):
        assert words in rec["quote"], (words, rec["quote"])
        assert rec["deadline"] == deadline, rec
        if bodies is not None:
            assert rec["responsible"] == bodies, rec
        if comparator is not None:
            assert rec["comparator"] == comparator, rec
        if value is not None:
            assert rec["value"] == value and rec["unit"] == unit, rec
        assert rec["why"], rec  # every suggestion says why it was made


def test_the_task_list_as_text_gives_its_seven_commitments():
    _check([to_json(s) for s in suggest(TEXT)])


def test_a_row_of_the_table_is_one_record_holding_its_task_and_its_target():
    rows = [to_json(s) for s in suggest(TEXT) if "\t" in s.quote]
    assert [r["quote"].split("\t")[0] for r in rows] == ["燃煤锅炉淘汰", "黑臭水体治理"]
    assert rows[1]["quote"].endswith("动态清零")


def test_the_task_list_as_a_docx_with_a_real_table(tmp_path: Path):
    docx = pytest.importorskip("docx")
    from tracker.services.suggesting import suggest_file

    document = docx.Document()
    document.add_paragraph(TITLE)
    for item in ITEMS:
        document.add_paragraph(item)
    table = document.add_table(rows=0, cols=len(HEADER))
    for cells in [HEADER, *ROWS]:
        row = table.add_row().cells
        for cell, value in zip(row, cells):
            cell.text = value
    path = tmp_path / "任务清单.docx"
    document.save(path)
    _check([to_json(s) for s in suggest_file(path)])


def test_the_document_date_sets_relative_deadlines_when_given():
    out = [to_json(s) for s in suggest(TEXT, date(2026, 2, 10))]
    assert out[0]["deadline"] == "2026-06-30"
