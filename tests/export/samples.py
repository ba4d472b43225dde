"""Rows used by several export tests."""

from __future__ import annotations

from datetime import date

from tracker.domain import Comparator, Kind, Precision, Status
from tracker.export.rows import LedgerRow


def water_target() -> LedgerRow:
    return LedgerRow(
        uuid="3f1c2b8e-1d2a-4c1e-9f00-000000000001",
        quote="到2025年底，全省优良水体比例达到80%以上",
        kind=Kind.TARGET, lead=["省生态环境厅"], support=["省水利厅", "省住房城乡建设厅"],
        region="江西省", deadline_text="2025年底", deadline=date(2025, 12, 31),
        deadline_precision=Precision.YEAR, metric="优良水体比例", comparator=Comparator.GE,
        value=80.0, unit="%", status=Status.ON_TRACK, latest_progress="1-9月达到82.3%",
        last_update=date(2025, 10, 8), document="江西省水生态环境保护规划", themes=["水"],
    )


def formula_like() -> LedgerRow:
    """Every text cell starts with a formula trigger."""
    return LedgerRow(
        uuid=None, quote="=HYPERLINK(\"http://x\")", lead=["+省直单位"], support=["@各市"],
        metric="-PM2.5", value=-5.0, status=Status.AT_RISK, notes="\t备注",
    )
