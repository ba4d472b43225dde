"""销号 (closing with evidence): marking a commitment achieved asks for evidence when the
register says so; the closing date and the evidence appear in the exports."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from tracker.domain.model import BodyRef, Commitment, Evidence, EvidenceKind, Status
from tracker.domain.rules import EvidenceNeededError
from tracker.domain.spans import Span
from tracker.services import commitments, ledger
from tracker.services.context import AppContext


@pytest.fixture
def ctx(tmp_path):
    ctx = AppContext.open(tmp_path / "c.db")
    ctx.today = lambda: date(2026, 12, 1)
    yield ctx
    ctx.close()


def _add(ctx, quote):
    return commitments.create(ctx, Commitment(document_id=None, span=Span(0, 0, quote),
                                              responsible=[BodyRef("市水务局")])).id


def test_closing_needs_evidence_unless_turned_off(ctx):
    a, b = _add(ctx, "建成污水处理厂"), _add(ctx, "完成管网改造")
    with pytest.raises(EvidenceNeededError):
        commitments.change_status(ctx, [a], Status.ACHIEVED, "已验收", require_evidence=True)
    assert commitments.get(ctx, a).status is Status.NOT_STARTED and \
        commitments.progress(ctx, a) == []
    # another status, or closing with evidence, or the check turned off: fine
    commitments.change_status(ctx, [a], Status.ON_TRACK, require_evidence=True)
    commitments.change_status(ctx, [a], Status.ACHIEVED, "已验收",
                             Evidence(EvidenceKind.LINK, link="https://example.org/ys"),
                             on=date(2026, 11, 20), require_evidence=True)
    commitments.change_status(ctx, [b], Status.ACHIEVED, "完成", on=date(2026, 11, 25),
                             require_evidence=False)
    assert commitments.get(ctx, b).status is Status.ACHIEVED


def test_closing_date_and_evidence_in_the_exports(ctx, tmp_path):
    a, b, c = _add(ctx, "建成污水处理厂"), _add(ctx, "完成管网改造"), _add(ctx, "仍在推进")
    commitments.change_status(ctx, [a], Status.ACHIEVED, "已验收",
                             Evidence(EvidenceKind.LINK, link="https://example.org/ys"),
                             on=date(2026, 11, 20))
    commitments.change_status(ctx, [b], Status.ACHIEVED, "完成\n佐证材料：验收报告.pdf",
                             on=date(2026, 11, 25))
    commitments.change_status(ctx, [c], Status.ON_TRACK, "推进中")
    out = tmp_path / "台账.csv"
    ledger.export_ledger(ctx, out, "csv", ids=[a, b, c])
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    got = [(r["承诺内容"], r["办结日期"], r["佐证材料"]) for r in rows]
    assert got == [("建成污水处理厂", "2026-11-20", "https://example.org/ys"),
                   ("完成管网改造", "2026-11-25", "验收报告.pdf"),
                   ("仍在推进", "", "")]
    xlsx = tmp_path / "台账.xlsx"
    ledger.export_ledger(ctx, xlsx, "xlsx", ids=[a, b, c])
    ws = load_workbook(xlsx).active
    header = [cell.value for cell in ws[1]]
    first = {h: ws.cell(2, n + 1).value for n, h in enumerate(header)}
    assert first["办结日期"].date() == date(2026, 11, 20)
    assert first["佐证材料"] == "https://example.org/ys"
    # and our own export comes back in (the new columns are read, nothing breaks)
    result = ledger.import_ledger(ctx, out, dry_run=True)
    assert result.errors == [] and result.unchanged == 3
