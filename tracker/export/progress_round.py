"""Progress-round workbooks (进度填报表): one XLSX per lead body, its open commitments
with empty columns to fill in, and reading the returned files back.

Layout of the sheet 进度填报 (Chinese: the files go to the bodies):
  row 1  the title: 《{body}》进度填报表（截至 {date}）
  row 2  what to do (fill the white columns; choose 完成情况 from the list)
  row 3  the header: 序号 承诺事项 完成时限 当前状态 来源文件 | 进展情况 完成情况 佐证材料
         填报人 填报日期 | #key
  row 4… one row per commitment
The sheet is protected (no password: it guards against slips, not against intent) with
the five fill-in columns unlocked; 完成情况 has a drop-down of the status words and 填报日期
accepts dates only. The last column (#key, hidden) holds the commitment's UUID, and a
very hidden sheet (`round`) names the body and the round's date, so returned rows are
matched back whatever the body did to the visible ones.

This module only writes and reads cells: matching the rows with the register and deciding
what is a problem is tracker.services.rounds' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from copy import copy

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from tracker.domain import Status
from tracker.export.atomic import write_atomically
from tracker.export.errors import LedgerFileError, MAX_LEDGER_ROWS, damaged, short
from tracker.export.labels import STATUS
from tracker.export.xlsx_io import open_workbook

SHEET = "进度填报"
META_SHEET = "round"
MARK = "tracker-progress-round"
VERSION = 1
FIXED = ("序号", "承诺事项", "完成时限", "当前状态", "来源文件")
FILL = ("进展情况", "完成情况", "佐证材料", "填报人", "填报日期")
KEY = "#key"
HEADER = (*FIXED, *FILL, KEY)
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
WIDTHS = (6, 48, 12, 12, 24, 40, 14, 30, 10, 12, 38)
STATUS_WORDS = tuple(STATUS.label(s, "zh") for s in Status)
_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_FIXED_FILL = PatternFill("solid", fgColor="D9E1F2")
_FILL_FILL = PatternFill("solid", fgColor="FFF2CC")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP = Alignment(wrap_text=True, vertical="top")
_OPEN = Protection(locked=False)


@dataclass(frozen=True)
class RoundItem:
    """One commitment as a body sees it in its file."""

    uuid: str
    label: str
    deadline: date | None
    deadline_text: str | None
    status: Status
    document: str | None


@dataclass(frozen=True)
class ReturnedRow:
    """One row of a returned file, as the body left it (cells as read)."""

    row: int                      # the sheet's row number (as Excel shows it)
    key: str | None
    label: str | None
    progress: str
    status_text: str
    evidence: str
    reporter: str
    reported_on: date | None
    reported_on_text: str         # what stood in the date cell when it is not a date

    @property
    def filled(self) -> bool:
        return bool(self.progress or self.status_text or self.evidence)


@dataclass(frozen=True)
class ReturnedFile:
    path: Path
    body: str | None              # from the hidden sheet; None when it is missing
    round_date: date | None
    header_ok: bool               # the header row is as written
    rows: tuple[ReturnedRow, ...]


def file_name(body: str, on: date) -> str:
    """进度填报_{body}_{date}.xlsx, with the characters file systems refuse replaced."""
    safe = _BAD_NAME.sub("_", body).strip(" .") or "_"
    return f"进度填报_{safe[:80]}_{on.isoformat()}.xlsx"


def clean_text(value: object) -> str:
    """Text as a cell holds it (the characters XML cannot carry dropped)."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


_text = clean_text


def write_round_file(path: Path, body: str, on: date, items: Sequence[RoundItem]) -> int:
    """Write one body's workbook (atomically); return the number of rows."""

    def write(temp: Path) -> int:
        wb = Workbook()
        ws = wb.active
        ws.title = SHEET
        ncols = len(HEADER)
        last = get_column_letter(ncols - 1)
        ws["A1"] = _text(f"《{body}》进度填报表（截至 {on.isoformat()}）")
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells(f"A1:{last}1")
        ws["A2"] = ("请在黄色列填写：进展情况、完成情况（从下拉列表选择）、佐证材料（文件名或链接）、"
                    "填报人、填报日期。其他列和表格结构请勿改动。")
        ws["A2"].alignment = Alignment(wrap_text=True)
        ws.merge_cells(f"A2:{last}2")
        ws.row_dimensions[2].height = 30
        for col, (text, width) in enumerate(zip(HEADER, WIDTHS), start=1):
            cell = ws.cell(HEADER_ROW, col, text)
            cell.font, cell.border = _HEADER_FONT, _BORDER
            cell.fill = _FILL_FILL if text in FILL else _FIXED_FILL
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.column_dimensions[get_column_letter(ncols)].hidden = True
        # Styled cells copy the style array of a template made once (setting style objects
        # cell by cell is what makes openpyxl slow; as tracker.export.xlsx_io does).
        fixed, wrapped, open_, open_day = _templates(ws)
        fill_cols = [HEADER.index(name) + 1 for name in FILL]
        day_col = HEADER.index("填报日期") + 1
        for n, item in enumerate(items, start=1):
            r = HEADER_ROW + n
            deadline = item.deadline.isoformat() if item.deadline else (item.deadline_text or "")
            values = (n, _text(item.label), deadline, STATUS.label(item.status, "zh"),
                      _text(item.document or ""))
            for col, value in enumerate(values, start=1):
                cell = ws.cell(r, col, value)
                if isinstance(value, str):
                    cell.data_type = "s"    # never a formula, whatever the words begin with
                cell._style = copy(wrapped if col == 2 else fixed)
            for col in fill_cols:
                ws.cell(r, col)._style = copy(open_day if col == day_col else open_)
            ws.cell(r, ncols, item.uuid)
        end = HEADER_ROW + max(len(items), 1)
        status_col = get_column_letter(HEADER.index("完成情况") + 1)
        choice = DataValidation(type="list", formula1='"' + ",".join(STATUS_WORDS) + '"',
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="完成情况", error="请从下拉列表中选择完成情况。")
        choice.add(f"{status_col}{FIRST_ROW}:{status_col}{end}")
        date_col = get_column_letter(HEADER.index("填报日期") + 1)
        day = DataValidation(type="date", operator="greaterThan", formula1="36526",
                             allow_blank=True, showErrorMessage=True, errorTitle="填报日期",
                             error="请填写日期，例如 2026-12-31。")
        day.add(f"{date_col}{FIRST_ROW}:{date_col}{end}")
        ws.data_validations.append(choice)
        ws.data_validations.append(day)
        ws.freeze_panes = f"C{FIRST_ROW}"
        ws.protection.sheet = True
        ws.protection.formatColumns = False   # widths may change
        ws.protection.formatRows = False
        ws.protection.insertRows = True       # True: not allowed (the attribute says "locked")
        ws.protection.deleteRows = True
        meta = wb.create_sheet(META_SHEET)
        meta.append([MARK, VERSION])
        meta.append(["body", _text(body)])
        meta.append(["date", on.isoformat()])
        meta.sheet_state = "veryHidden"
        wb.save(temp)
        return len(items)

    return write_atomically(Path(path), write)


def _templates(ws) -> tuple:
    """Style arrays of a locked cell, a locked wrapped one, an open (fill-in) one and an
    open date one."""
    made = []
    for locked, wrap, day in ((True, False, False), (True, True, False), (False, False, False),
                              (False, False, True)):
        cell = WriteOnlyCell(ws)
        cell.border = _BORDER
        if locked:
            cell.fill = _LOCKED_FILL
        else:
            cell.protection = _OPEN
        if wrap:
            cell.alignment = _WRAP
        if day:
            cell.number_format = "yyyy-mm-dd"
        made.append(cell._style)
    return tuple(made)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _as_date(value: object) -> tuple[date | None, str]:
    if value is None or value == "":
        return None, ""
    if isinstance(value, datetime):
        return value.date(), ""
    if isinstance(value, date):
        return value, ""
    text = _cell_text(value)
    for pattern in (r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?",):
        found = re.fullmatch(pattern, text)
        if found:
            try:
                return date(*map(int, found.groups())), ""
            except ValueError:
                break
    return None, text


def read_round_file(path: Path) -> ReturnedFile:
    """Read a returned workbook (any .xlsx: what is not ours is reported by the caller)."""
    path = Path(path)
    wb = open_workbook(path)
    try:
        body = on = None
        if META_SHEET in wb.sheetnames:
            meta = {r[0]: r[1] for r in wb[META_SHEET].iter_rows(max_col=2, values_only=True)
                    if r and r[0] is not None}
            if meta.get(MARK) is not None:
                body = _cell_text(meta.get("body")) or None
                on, _rest = _as_date(meta.get("date"))
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        rows: list[ReturnedRow] = []
        header_ok = False
        width = len(HEADER)
        for number, record in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(record[:width + 4]) + [None] * max(0, width - len(record))
            if number < HEADER_ROW:
                continue
            if number == HEADER_ROW:
                header_ok = tuple(_cell_text(c) for c in cells[:width]) == HEADER
                continue
            if number - HEADER_ROW > MAX_LEDGER_ROWS:
                break
            day, day_text = _as_date(cells[9])
            row = ReturnedRow(
                row=number, key=_cell_text(cells[10]) or None, label=_cell_text(cells[1]) or None,
                progress=_cell_text(cells[5]), status_text=_cell_text(cells[6]),
                evidence=_cell_text(cells[7]), reporter=_cell_text(cells[8]),
                reported_on=day, reported_on_text=day_text)
            if row.key is None and row.label is None and not row.filled:
                continue   # an empty row (or formatting only)
            rows.append(row)
    except LedgerFileError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged sheet
        raise damaged(path, short(error)) from None
    finally:
        wb.close()
    return ReturnedFile(path, body, on, header_ok, tuple(rows))


def parse_status(text: str) -> Status | None:
    """The status a 完成情况 cell names (the list's words, or a word ledgers use)."""
    return STATUS.parse(text) if text else None


def write_round(folder: Path, on: date,
                bodies: Iterable[tuple[str, Sequence[RoundItem]]]) -> list[tuple[str, Path, int]]:
    """One workbook per body in ``folder``; returns (body, path, rows)."""
    folder = Path(folder)
    out = []
    used: set[str] = set()
    for body, items in bodies:
        name = file_name(body, on)
        n = 2
        while name in used:   # two bodies whose names differ only in refused characters
            name = file_name(f"{body}_{n}", on)
            n += 1
        used.add(name)
        path = folder / name
        out.append((body, path, write_round_file(path, body, on, items)))
    return out
