"""The periodic report (通报) of a region for a period: DOCX, and PDF where LibreOffice is
installed.

Its numbers are the overview's (tracker.services.overview.compute for the region, on the
same day); its lists are the register's filters (overdue, due within the lights' warning
window), and the commitments achieved during the period.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from calendar import monthrange
from dataclasses import dataclass
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from tracker.domain.filters import CommitmentFilter
from tracker.domain.lights import light_of
from tracker.domain.model import Status
from tracker.domain.rules import CLOSED
from tracker.export.report_docx import ReportData, ReportItem, write_report_docx
from tracker.services import overview as ov
from tracker.services.context import AppContext
from tracker.services.follow import OPEN, current_settings
from tracker.storage import register_queries as q
from tracker.storage.register_queries import RawRecord
from tracker.storage import report_queries

_STATUSES = {s.value: s for s in Status}


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    """A month (2026-11), a quarter (2026Q4) or a year (2026)."""

    first: date
    last: date
    label: str          # 2026年11月, 2026年第四季度, 2026年

    @classmethod
    def parse(cls, text: str) -> Period:
        t = text.strip().upper()
        if m := re.fullmatch(r"(\d{4})", t):
            y = int(m[1])
            return cls(date(y, 1, 1), date(y, 12, 31), f"{y}年")
        if m := re.fullmatch(r"(\d{4})-?Q([1-4])", t):
            y, qtr = int(m[1]), int(m[2])
            first = date(y, 3 * qtr - 2, 1)
            last_month = 3 * qtr
            return cls(first, date(y, last_month, monthrange(y, last_month)[1]),
                       f"{y}年第{'一二三四'[qtr - 1]}季度")
        if (m := re.fullmatch(r"(\d{4})-(\d{1,2})", t)) and 1 <= int(m[2]) <= 12:
            y, month = int(m[1]), int(m[2])
            return cls(date(y, month, 1), date(y, month, monthrange(y, month)[1]),
                       f"{y}年{month}月")
        raise PeriodError(f"not a period: {text!r} (give a month such as 2026-11, a quarter "
                          "such as 2026Q4 or a year such as 2026)")


def _items(ctx: AppContext, rows: Iterable[RawRecord], today: date, window: int, names: dict[str, str],
           achieved: dict[int, date] | None = None) -> list[ReportItem]:
    """ReportItems from register RawRecords (see register_queries.RawRecord)."""
    gaz = ctx.gazetteer
    out = []
    for r in rows:
        code = r[5]
        region = ""
        if code:
            region = names.get(code) or names.setdefault(code, gaz.display_name(code))
        deadline = r[7]
        if deadline is not None and not isinstance(deadline, date):
            deadline = date.fromisoformat(str(deadline)[:10])
        status = _STATUSES.get(r[14], Status.UNKNOWN)
        lead = r[18][0] if r[18] else (r[19][0] if r[19] else None)
        out.append(ReportItem(r[3] or r[2], lead, region, deadline, status,
                              light_of(status, deadline, today, window), r[6],
                              achieved.get(r[0]) if achieved else None))
    return out


def build(ctx: AppContext, region_code: str | None, period: Period,
          today: date | None = None) -> ReportData:
    """The report's contents: the overview's numbers for the region on ``today``, and the
    lists (one read transaction per part)."""
    day = today or ctx.today()
    window = current_settings(ctx).due_window_days
    base = CommitmentFilter(region_code=region_code)
    o = ov.compute(ctx, base, day, with_themes=False)
    names: dict[str, str] = {}
    region_name = (ctx.gazetteer.display_name(region_code) if region_code else "全部地区")
    with ctx.db.session() as session, q.quiet_gc():
        # every commitment of the region once, in deadline order (the annex); the overdue
        # and upcoming lists are taken from it by the rules the register's filters apply
        # in SQL (tracker.domain.rules.is_overdue; due within the window and open)
        annex = _items(ctx, q.iter_raw_filtered(session, base, day), day, window, names)
        done = report_queries.achieved_in(session, base, day, period.first, period.last)
        achieved = _items(ctx, q.iter_raw(session, sorted(done, key=lambda c: (done[c], c))),
                          day, window, names, done)
    last_day = day + timedelta(days=window)
    overdue = [i for i in annex if i.deadline is not None and i.deadline < day
               and i.status not in CLOSED]
    upcoming = [i for i in annex if i.deadline is not None and day <= i.deadline <= last_day
                and i.status in OPEN]
    return ReportData(
        region_name=region_name, period_label=period.label, as_of=day, window=window,
        total=o.total.total, by_status=dict(o.total.by_status),
        by_light=dict(o.total.by_light), overdue=o.total.overdue,
        achieved_share=o.total.achieved_share, overdue_items=overdue,
        upcoming_items=upcoming, achieved_items=achieved, annex=annex)


@dataclass(frozen=True)
class ReportWritten:
    docx: Path
    commitments: int
    pdf: Path | None = None
    pdf_skipped: str | None = None     # why no PDF was made (no LibreOffice, a failure)


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path, timeout: float = 180) -> Path:
    """DOCX → PDF beside it with LibreOffice (headless, its own profile folder);
    RuntimeError says why it failed."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: no PDF was made")
    docx = Path(docx).resolve()
    with tempfile.TemporaryDirectory() as profile:
        try:
            done = subprocess.run(
                [exe, f"-env:UserInstallation=file://{profile}", "--headless",
                 "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                check=False, capture_output=True, text=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise RuntimeError(f"LibreOffice failed: {exc}") from None
    pdf = docx.with_suffix(".pdf")
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"LibreOffice failed: {(done.stderr or done.stdout).strip()}")
    return pdf


def write_report(ctx: AppContext, path: Path, region_code: str | None, period: Period,
                 pdf: bool = True, today: date | None = None) -> ReportWritten:
    """Write the report as DOCX (and PDF beside it when asked and LibreOffice is there)."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ValueError(f"{path}: the report's file name must end in .docx")
    data = build(ctx, region_code, period, today)
    n = write_report_docx(data, path)
    if not pdf:
        return ReportWritten(path, n)
    if soffice() is None:
        return ReportWritten(path, n, None, "LibreOffice (soffice) is not installed: "
                                            "no PDF was made")
    try:
        return ReportWritten(path, n, to_pdf(path))
    except RuntimeError as exc:
        return ReportWritten(path, n, None, str(exc))


__all__ = ["Period", "PeriodError", "ReportWritten", "build", "soffice", "to_pdf",
           "write_report"]
