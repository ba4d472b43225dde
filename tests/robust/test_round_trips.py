"""Export → import of an unedited export changes 0 rows, with separators, quotes and spaces
in names and texts; neutralisation covers what a spreadsheet would run, and only that."""

from __future__ import annotations

import csv

import pytest

from tests.services.register_fixtures import build_register
from tracker.domain.model import BodyRef, BodyRole, Commitment, Kind
from tracker.domain.spans import Span
from tracker.export.cells import guard_formula, split_list, unguard_formula
from tracker.services import commitments, ledger

NAMES = ["市发展改革委，市财政局联合办公室", "省住建厅；省水利厅", "区、县人民政府",
         "A,B 工作组", '“双碳”办', 'say "hi" 组']
THEMES = ["碳达峰、碳中和", "水,气,土", "城市；更新"]


def _dump(ctx) -> list:
    with ctx.db.session() as session:
        conn = session.connection()
        return [conn.exec_driver_sql(sql).all() for sql in (
            "SELECT * FROM commitment ORDER BY id",
            "SELECT * FROM commitment_body ORDER BY commitment_id, body_id",
            "SELECT * FROM body ORDER BY id", "SELECT * FROM tag ORDER BY id",
            "SELECT * FROM commitment_tag ORDER BY commitment_id, tag_id",
            "SELECT * FROM progress_entry ORDER BY id")]


@pytest.fixture
def reg(ctx):
    build_register(ctx)
    quote = "  手工登记：开头有空格的承诺"
    commitments.create(ctx, Commitment(
        document_id=None, span=Span(0, len(quote), quote), kind=Kind.DUTY,
        responsible=[BodyRef(NAMES[0], BodyRole.LEAD)]
        + [BodyRef(n, BodyRole.SUPPORT) for n in NAMES[1:]],
        themes=list(THEMES), notes="\u3000首行缩进的备注"))
    formula = "=HYPERLINK(\"http://x\")"
    commitments.create(ctx, Commitment(
        document_id=None, span=Span(0, len(formula), formula), kind=Kind.DUTY,
        notes="-159", themes=["-"]))
    return ctx


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_unedited_export_comes_back_with_no_change(reg, tmp_path, suffix):
    ctx = reg
    before = _dump(ctx)
    path = tmp_path / f"l.{suffix}"
    n = ledger.export_ledger(ctx, path, suffix)
    result = ledger.import_ledger(ctx, path)
    assert result.ok, result.errors[:3]
    assert (len(result.created), len(result.updated), len(result.progress),
            result.unchanged) == (0, 0, 0, n)
    assert _dump(ctx) == before


def test_list_cells_keep_names_whole():
    from tracker.export.cells import join_list

    for items in (NAMES, THEMES, ["甲", "乙"], [" 前后空格 "]):
        assert split_list(join_list(items)) == items
    assert join_list(["甲", "乙"]) == "甲；乙"  # plain names are written as before
    assert split_list("甲；乙;丙、丁,戊，己") == ["甲", "乙", "丙", "丁", "戊", "己"]


@pytest.mark.parametrize("text", ["\n=1+1", "＝SUM(A1:A9)", "＋1", " =1", "\u3000=1",
                                  "\u00a0=1", "\u200b=1", "\ufeff=1", "\"=1", "\t=1",
                                  "-1+1", "@SUM(A1)"])
def test_what_a_spreadsheet_would_run_is_neutralised(text, tmp_path):
    guarded = guard_formula(text)
    assert guarded.startswith("'") and unguard_formula(guarded) == text


@pytest.mark.parametrize("value", ["-159", "-", "+", "3.5", "-2.5e3", "-5%"])
def test_plain_values_are_left_as_they_are(value):
    assert guard_formula(value) == value == unguard_formula(value)


def test_csv_cells_as_written(reg, tmp_path):
    path = tmp_path / "l.csv"
    ledger.export_ledger(reg, path, "csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "-159" in cells
    assert "'-159" not in cells
