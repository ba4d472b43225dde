"""XLSX work ledgers (台账) with openpyxl, and reading any sheet back.

Layout: an optional title row, one header row (bold, filled, frozen, with autofilter),
then the visible ledger columns 序号 承诺内容 类型 牵头单位 配合单位 地区 完成时限 目标值
当前状态 最新进展 来源文件, then hidden machine columns headed ``#key`` (uuid, codes and
raw fields) from which our own files come back exactly.

Lead and supporting bodies are two plain columns (牵头单位 / 配合单位), not sub-columns
under a merged 责任单位 header: a single header row keeps the autofilter, sorting and
every other reader (ours included) working on the file as users edit it.

Text is always written as text cells, so a quote beginning with = + - @ is never run as
a formula; the characters XML cannot hold (control characters other than tab, newline
and carriage return) are dropped.
"""

from __future__ import annotations

import zipfile
from copy import copy
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as Cell_
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tracker.domain import Status
from tracker.export.atomic import write_atomically
from tracker.export.columns import CODES, COLUMNS, Cell, Column, FormatContext
from tracker.export.errors import (
    MAX_LEDGER_BYTES, MAX_LEDGER_COLUMNS, MAX_LEDGER_ROWS, MAX_XLSX_STYLES, MAX_XLSX_UNPACKED, LedgerFileError,
    damaged, short, too_many_rows,
)
from tracker.domain.lights import LIGHT_COLOURS, LIGHT_EN, LIGHT_ZH, Light
from tracker.export.labels import STATUS, check_lang
from tracker.export.ledger import LedgerTable, table_from_rows
from tracker.export.rows import Row

VISIBLE = ("quote", "kind", "lead", "support", "region", "deadline", "target", "status",
           "latest_progress", "document", "closed_on", "evidence", "light")
MACHINE = ("uuid", "kind", "status", "deadline_text", "deadline_precision", "metric",
           "comparator", "value", "unit", "themes", "notes", "last_update")
WRAPPED = frozenset({"quote", "latest_progress"})
SERIAL_HEADER = {"zh": "序号", "en": "No."}
SHEET_NAME = {"zh": "台账", "en": "Ledger"}
DATE_FORMAT = "yyyy-mm-dd"

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_THIN = Border(bottom=Side(style="thin"))


def _layout(lang: str) -> list[tuple[Column, str]]:
    """(column, language of its cells) for every column after 序号."""
    return ([(COLUMNS[key], lang) for key in VISIBLE]
            + [(COLUMNS[key], CODES) for key in MACHINE])


def _number_cell(value: float) -> float | str:
    """Excel keeps 16 significant digits; a float that needs 17 goes in as text."""
    return value if float(f"{value:.16g}") == value else repr(value)


class _CellMaker:
    """Makes the cells of one sheet: text as text (never a formula), dates as date cells.

    Styled cells copy the style of a template cell made once: setting style objects on
    each of 100,000s of cells is what makes large openpyxl writes slow. (openpyxl's own
    copy of a worksheet copies styles the same way, through ``Cell(style_array=…)``.)
    """

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        wrap = WriteOnlyCell(ws)
        wrap.alignment = Alignment(wrap_text=True, vertical="top")
        day = WriteOnlyCell(ws)
        day.number_format = DATE_FORMAT
        self._wrap, self._date = wrap._style, day._style
        # the light's cell: its word on the light's colour (the word reads without colour)
        self._lights: dict[str, StyleArray] = {}
        for light, colour in LIGHT_COLOURS.items():
            cell = WriteOnlyCell(ws)
            cell.fill = PatternFill("solid", start_color=colour.lstrip("#").upper())
            cell.font = Font(bold=True, color="FFFFFF" if light is not Light.YELLOW
                             else "000000")
            cell.alignment = Alignment(horizontal="center")
            for word in (LIGHT_ZH[light], LIGHT_EN[light]):
                self._lights[word] = cell._style

    def light(self, value: Cell, wrap: bool) -> object:
        style = self._lights.get(value) if isinstance(value, str) else None
        return self.make(value, wrap) if style is None else self._styled(value, style)

    def _styled(self, value: object, style: StyleArray) -> Cell_:
        return Cell_(self.ws, row=1, column=1, value=value, style_array=copy(style))

    def make(self, value: Cell, wrap: bool) -> object:
        if isinstance(value, str):
            text = ILLEGAL_CHARACTERS_RE.sub("", value)
            if not wrap and not text.startswith("="):
                return text
            cell = self._styled(text, self._wrap) if wrap else WriteOnlyCell(self.ws, text)
            cell.data_type = "s"
            return cell
        if isinstance(value, date):
            return self._styled(value, self._date)
        if isinstance(value, float):
            return _number_cell(value)
        return value


def _header_cell(ws: Worksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font, cell.fill, cell.alignment, cell.border = (
        _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN, _THIN)
    return cell


def _prepare_sheet(ws: Worksheet, layout: list[tuple[Column, str]], header_row: int) -> None:
    ws.freeze_panes = f"A{header_row + 1}"
    ws.column_dimensions["A"].width = 6
    for offset, (column, cell_lang) in enumerate(layout, start=2):
        dimension = ws.column_dimensions[get_column_letter(offset)]
        dimension.width = column.width
        dimension.hidden = cell_lang == CODES


def _status_choices(ws: Worksheet, lang: str, at: int, first: int, last: int) -> None:
    """A drop-down of status words on the visible 当前状态 column."""
    words = ",".join(STATUS.label(status, lang) for status in Status)
    choice = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True)
    letter = get_column_letter(at)
    choice.add(f"{letter}{first}:{letter}{max(first, last)}")
    ws.data_validations.append(choice)


def write_xlsx(rows: Iterable[Row], path: Path, *, lang: str = "zh",
               title: str | None = None, today: date | None = None,
               due_window: int | None = None) -> int:
    """Write a work ledger; return the number of rows written. See the module docstring."""
    check_lang(lang)
    layout = _layout(lang)
    header_row = 2 if title else 1
    last_letter = get_column_letter(len(layout) + 1)

    def write(temp: Path) -> int:
        workbook = Workbook(write_only=True)
        ws = workbook.create_sheet(SHEET_NAME[lang])
        _prepare_sheet(ws, layout, header_row)
        if title:
            heading = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", title))
            heading.data_type, heading.font = "s", Font(bold=True, size=14)
            ws.append([heading])
            ws.merged_cells.add(f"A1:{get_column_letter(len(VISIBLE) + 1)}1")
        ws.append([_header_cell(ws, SERIAL_HEADER[lang])]
                  + [_header_cell(ws, column.header(cell_lang)) for column, cell_lang in layout])
        contexts = {cell_lang: FormatContext(cell_lang, today or date.today(),
                                             *(() if due_window is None else (due_window,)))
                    for cell_lang in (lang, CODES)}
        maker = _CellMaker(ws)
        plan = [(column.show, contexts[cell_lang], cell_lang != CODES and column.key in WRAPPED,
                 maker.light if column.key == "light" and cell_lang != CODES else maker.make)
                for column, cell_lang in layout]
        count = 0
        for row in rows:
            count += 1
            ws.append([count] + [make(show(row, ctx), wrap) for show, ctx, wrap, make in plan])
        last_row = header_row + count
        ws.auto_filter.ref = f"A{header_row}:{last_letter}{max(last_row, header_row)}"
        _status_choices(ws, lang, VISIBLE.index("status") + 2, header_row + 1, last_row)
        workbook.save(temp)
        return count

    return write_atomically(Path(path), write)


def _value(cell: object) -> Cell:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, time):
        return cell.isoformat()
    if isinstance(cell, bool):
        return str(cell)
    return cell  # type: ignore[return-value]  # openpyxl gives str, int, float, date or None


def _check_package(path: Path) -> None:
    """Refuse before parsing: not a regular file, too large, a ZIP that unpacks to more
    than the limit, or a styles part large enough to exhaust memory (a "styles bomb")."""
    try:
        if not path.is_file():
            raise LedgerFileError(f"{path}: not a regular file")
        if path.stat().st_size > MAX_LEDGER_BYTES:
            raise LedgerFileError(f"{path}: too large ({path.stat().st_size // 2**20} MB; "
                                  f"the limit is {MAX_LEDGER_BYTES // 2**20} MB)")
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except LedgerFileError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as error:
        raise LedgerFileError(f"{path}: not a readable .xlsx workbook ({error})") from None
    if sum(i.file_size for i in infos) > MAX_XLSX_UNPACKED:
        raise damaged(path, f"its parts unpack to more than {MAX_XLSX_UNPACKED // 2**20} MB")
    if any(i.filename.endswith("styles.xml") and i.file_size > MAX_XLSX_STYLES for i in infos):
        raise damaged(path, f"its styles part is larger than {MAX_XLSX_STYLES // 2**20} MB")


def open_workbook(path: Path) -> Workbook:
    """A workbook someone gives us, opened read-only (cells' last computed values), after
    the package checks; any failure is a LedgerFileError naming the file."""
    _check_package(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise LedgerFileError(f"{path}: not a readable .xlsx workbook ({error})") from None
    except Exception as error:  # noqa: BLE001 - zlib, XML and openpyxl's own errors
        raise damaged(path, short(error)) from None


def read_xlsx(path: Path, sheet: str | None = None) -> LedgerTable:
    """Read one sheet (default: the first) of any ledger workbook as a table.

    Formulas are read as their last computed values; title rows above the header and
    a second header row (牵头 / 配合 under 责任单位) are recognised.
    """
    path = Path(path)
    workbook = open_workbook(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise LedgerFileError(f"{path}: no sheet named “{sheet}” "
                                  f"(sheets: {', '.join(workbook.sheetnames)})")
        sheets = [workbook[sheet]] if sheet is not None else workbook.worksheets
        if not sheets:
            raise damaged(path, "the workbook has no worksheet (only charts?)")
        raw = []
        ws = sheets[0]
        # at most MAX_LEDGER_COLUMNS columns: a sheet declaring a huge size (a "sheet
        # bomb") would otherwise have every row padded to it
        if getattr(ws, "max_column", None) and ws.max_column > MAX_LEDGER_COLUMNS \
                and hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        for record in ws.iter_rows(values_only=True):
            raw.append([_value(cell) for cell in record[:MAX_LEDGER_COLUMNS]])
            if len(raw) > MAX_LEDGER_ROWS + 5:
                raise too_many_rows(path, MAX_LEDGER_ROWS)
    except LedgerFileError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged sheet: zlib, XML, bad references
        raise damaged(path, short(error)) from None
    finally:
        workbook.close()
    table = table_from_rows(raw, path)
    return table
