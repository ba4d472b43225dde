"""Reading ledgers back: find the header, map columns to our keys, parse rows.

``parse_ledger`` returns the rows it could read *and* the errors of the rows it could
not. Callers import all or nothing: when ``errors`` is not empty they show the errors
(row numbers as the spreadsheet shows them) and write nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from tracker.export.columns import COLUMNS, MACHINE_PREFIX, Cell, DeadlineCell, cell_text
from tracker.domain import Precision
from tracker.export.dates import ends_period
from tracker.export.rows import LedgerRow

# Header words of ledgers kept by hand, per column key (compared after normalising).
SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "quote": ("工作任务", "整改任务", "任务内容", "目标任务", "承诺事项", "承诺内容", "工作内容",
              "具体任务", "重点任务", "主要任务", "任务事项", "工作事项", "整改事项", "任务",
              "事项", "工作目标", "整改目标", "目标要求"),
    "lead": ("责任单位", "牵头单位", "责任部门", "牵头部门", "责任主体", "牵头责任单位",
             "主责单位", "牵头"),
    "support": ("配合单位", "协办单位", "配合部门", "协办部门", "参与单位", "协同单位", "配合"),
    "deadline": ("完成时限", "时间节点", "整改时限", "完成时间", "完成期限", "时限",
                 "时限要求", "时间要求", "整改期限"),
    "latest_progress": ("进展情况", "工作进展", "整改进展", "推进情况", "落实情况", "进展",
                        "最新进展", "工作推进情况"),
    "status": ("状态", "完成情况", "整改情况", "整改状态", "当前状态", "完成状态", "是否完成"),
    "region": ("地区", "区域", "所属地区", "行政区", "行政区划"),
    "document": ("来源文件", "文件", "来源", "依据", "文件名称", "政策依据", "任务来源"),
    "notes": ("备注", "说明"),
    "kind": ("类型", "类别", "任务类型"),
    "metric": ("指标", "指标名称"),
    "unit": ("单位", "计量单位"),
    "themes": ("主题", "领域", "标签"),
    "last_update": ("更新日期", "更新时间", "填报日期", "填报时间"),
})
IGNORED = ("序号", "编号", "no", "no.", "#")
# Synonyms this short only count as whole headers, never inside a longer one.
_MIN_CONTAINED = 3
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")
_SPACE = re.compile(r"[\s*＊:：]+")
# Longer cells are text, not headers (keeps long quotes from looking like headers).
_MAX_HEADER = 24
# How many leading rows may hold a title before the header row.
_HEADER_SEARCH = 10


@dataclass
class LedgerTable:
    """Cells as read from a file; ``first_row`` is the spreadsheet row number of rows[0]."""

    headers: list[str]
    rows: list[list[Cell]]
    source: Path
    first_row: int = 2


@dataclass
class ColumnMapping:
    by_key: dict[str, int] = field(default_factory=dict)   # our column key -> table index


@dataclass
class RowError:
    row_number: int       # 1-based as in the spreadsheet, counting the header row
    column: str | None    # the header of the offending column, when there is one
    reason: str


@dataclass
class SkippedRow:
    """A row that is not a commitment: a total (合计), a note (备注：, 注：) or filling
    instructions (填表说明) — shown as skipped, never imported."""

    row_number: int
    kind: str             # "total" | "note" | "instructions" | "signature"
    text: str


@dataclass
class LedgerParse:
    rows: list[LedgerRow]
    errors: list[RowError]
    skipped: list[SkippedRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row was read: only then should a caller import ``rows``."""
        return not self.errors


def normalise_header(header: Any) -> str:
    text = unicodedata.normalize("NFKC", str(header or ""))
    return _SPACE.sub("", _BRACKETS.sub("", text)).lower()


@lru_cache(maxsize=1)
def _exact_table() -> dict[str, str]:
    """Header word -> key: our own headers (zh and en), then the synonyms."""
    table: dict[str, str] = {}
    for key, words in SYNONYMS.items():
        for word in words:
            table.setdefault(normalise_header(word), key)
    for column in COLUMNS.values():  # our own headers win over synonyms
        table[normalise_header(column.zh)] = column.key
        table[normalise_header(column.en)] = column.key
    return table


def key_of_header(header: Any) -> str | None:
    """The column key a single header names, or None (also for 序号)."""
    text = normalise_header(header)
    if not text or text in IGNORED or len(text) > _MAX_HEADER:
        return None
    if text.startswith(MACHINE_PREFIX) and text[1:] in COLUMNS:
        return text[1:]
    exact = _exact_table()
    if text in exact:
        return exact[text]
    contained = [(word, key) for word, key in exact.items()
                 if len(word) >= _MIN_CONTAINED and word in text]
    return max(contained, key=lambda item: len(item[0]))[1] if contained else None


def guess_mapping(headers: list[str]) -> ColumnMapping:
    """Map headers to keys: exact header words first, then machine headers (#key), then
    words contained in a longer header; the first column wins when two name the same key.

    Visible columns beat the hidden #kind / #status codes of our own XLSX ledgers, so a
    status a user changes in the sheet is the one read back.
    """
    by_key: dict[str, int] = {}
    ranked: list[tuple[int, int, str]] = []
    exact = _exact_table()
    for index, header in enumerate(headers):
        key = key_of_header(header)
        if key is None:
            continue
        text = normalise_header(header)
        rank = 1 if text.startswith(MACHINE_PREFIX) else (0 if text in exact else 2)
        ranked.append((rank, index, key))
    for _rank, index, key in sorted(ranked):
        by_key.setdefault(key, index)
    return ColumnMapping(by_key)


def _blank(row: list[Cell]) -> bool:
    return all(cell_text(cell) is None for cell in row)


def _header_score(row: list[Cell]) -> tuple[int, int]:
    """Known header words in a row, then filled cells (a one-cell title loses ties)."""
    known = sum(1 for cell in row if isinstance(cell, str) and key_of_header(cell))
    return known, sum(1 for cell in row if cell_text(cell) is not None)


def _is_sub_header(row: list[Cell]) -> bool:
    """A second header row (牵头 / 配合 under a merged 责任单位): only header words."""
    filled = [cell for cell in row if cell_text(cell) is not None]
    return bool(filled) and all(isinstance(c, str) and key_of_header(c) for c in filled)


def _fold_sub_header(top: list[str], sub: list[Cell]) -> list[str]:
    """Headers where a sub-header word (牵头) replaces the merged one above it (责任单位)."""
    width = max(len(top), len(sub))
    top = top + [""] * (width - len(top))
    words = [cell_text(cell) for cell in sub] + [None] * (width - len(sub))
    return [word or parent for word, parent in zip(words, top)]


def table_from_rows(raw: list[list[Cell]], source: Path) -> LedgerTable:
    """Find the header row (after any title rows), fold in a sub-header row, keep the rest.

    The header is the row among the first few that names the most known columns.
    """
    end = len(raw)
    while end and _blank(raw[end - 1]):
        end -= 1
    if not end:
        return LedgerTable([], [], source)
    scores = [_header_score(row) for row in raw[:min(end, _HEADER_SEARCH)]]
    best = max(scores)
    at = scores.index(best) if best[0] else next(i for i in range(end) if not _blank(raw[i]))
    headers = [cell_text(cell) or "" for cell in raw[at]]
    body_at = at + 1
    if body_at < end and _is_sub_header(raw[body_at]):
        headers = _fold_sub_header(headers, raw[body_at])
        body_at += 1
    return LedgerTable(headers, raw[body_at:end], source, first_row=body_at + 1)


def _apply(row: LedgerRow, key: str, value: Any, mapping: ColumnMapping) -> None:
    if isinstance(value, DeadlineCell):
        row.deadline = value.date
        if "deadline_precision" not in mapping.by_key:
            row.deadline_precision = value.precision
        if "deadline_text" not in mapping.by_key:
            row.deadline_text = value.text
        return
    if value is not None:
        setattr(row, key, value)


def _settle_precision(row: LedgerRow) -> None:
    """A deadline that does not end its year/quarter/month was typed as a day.

    This catches a date edited in a ledger while the hidden precision stayed behind.
    """
    if row.deadline and row.deadline_precision and not ends_period(row.deadline,
                                                                   row.deadline_precision):
        row.deadline_precision = Precision.DAY


def _parse_row(cells: list[Cell], number: int, headers: list[str], mapping: ColumnMapping,
               default_year: int | None, errors: list[RowError]) -> LedgerRow | None:
    row = LedgerRow(uuid=None, quote="")
    failed = False
    for key, index in mapping.by_key.items():
        column = COLUMNS[key]
        if column.parse is None:
            continue
        cell = cells[index] if index < len(cells) else None
        try:
            _apply(row, key, column.parse(cell, default_year), mapping)
        except ValueError as error:
            errors.append(RowError(number, headers[index], str(error)))
            failed = True
    _settle_precision(row)
    if not row.quote:
        quote_at = mapping.by_key.get("quote")
        errors.append(RowError(number, headers[quote_at] if quote_at is not None else None,
                               "the commitment text (承诺内容) is empty"))
        failed = True
    return None if failed else row


# The first filled cell of a row that is not a commitment. Totals stand alone or with a
# count (合计 | 4项); notes and instructions carry a colon or stand alone (填表说明).
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|共\s*计|累\s*计)(?:[:：\s]|$|\d|[（(])")
_NOTE = re.compile(r"^(?:备\s*注|注|说明|附注|注意事项)\s*(?:[:：]|\d|[（(]?\d|$)")
_INSTRUCTIONS = re.compile(r"^(?:填表说明|填报说明|填写说明|编制说明)")
_SIGNATURE = re.compile(r"^(?:填表人|填报人|制表人|审核人|审核|负责人|联系人|联系电话|填报单位|"
                        r"制表单位|填表单位|填表日期|填报日期|制表日期|单位负责人)\s*[:：]")
_KINDS = ((_INSTRUCTIONS, "instructions"), (_TOTAL, "total"), (_SIGNATURE, "signature"),
          (_NOTE, "note"))


def _first_text(cells: list[Cell]) -> str | None:
    return next((t for t in (cell_text(c) for c in cells) if t is not None), None)


def row_kinds(table: LedgerTable) -> list[str | None]:
    """For each row of the table: None for a row to read, "blank", or why it is skipped
    (total, note, instructions, signature). Lines after a note or instructions row that
    fill only one cell (1.本表由…填报) belong to that note and are skipped too."""
    kinds: list[str | None] = []
    in_note = False
    for cells in table.rows:
        if _blank(cells):
            kinds.append("blank")
            continue
        first = unicodedata.normalize("NFKC", _first_text(cells) or "").strip()
        kind = next((k for pattern, k in _KINDS if pattern.match(first)), None)
        filled = sum(1 for c in cells if cell_text(c) is not None)
        if kind is None and in_note and filled == 1:
            kind = "note"
        in_note = kind in ("note", "instructions") or (in_note and kind is not None)
        kinds.append(kind)
    return kinds


def parse_ledger(table: LedgerTable, mapping: ColumnMapping, *,
                 default_year: int | None = None) -> LedgerParse:
    """Read every non-blank row; see the module docstring for the all-or-nothing rule.

    ``default_year`` dates time words without a year (年底前, 6月30日) in that year.
    """
    rows: list[LedgerRow] = []
    errors: list[RowError] = []
    if "quote" not in mapping.by_key:
        errors.append(RowError(table.first_row - 1, None,
                               "no column was recognised as the commitment text (承诺内容)"))
        return LedgerParse(rows, errors)
    skipped: list[SkippedRow] = []
    for offset, (cells, kind) in enumerate(zip(table.rows, row_kinds(table))):
        if kind == "blank":
            continue
        if kind is not None:
            text = " ".join(t for t in (cell_text(c) for c in cells) if t)
            skipped.append(SkippedRow(table.first_row + offset, kind, text[:80]))
            continue
        row = _parse_row(cells, table.first_row + offset, table.headers, mapping,
                         default_year, errors)
        if row is not None:
            rows.append(row)
    return LedgerParse(rows, errors, skipped)
