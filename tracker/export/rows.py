"""The ledger row: one commitment as a line of a 台账, and its target as display text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, NamedTuple, overload

from tracker.domain import Comparator, Kind, Precision, Status
from tracker.domain.model import format_number

Value = float | tuple[float, float]

# How a comparator reads inside the 目标值 text, per language.
_TARGET_WORDS: dict[str, dict[Comparator, str]] = {
    "zh": {
        Comparator.GE: "≥", Comparator.LE: "≤", Comparator.EQ: "=",
        Comparator.INCREASE: "提高", Comparator.DECREASE: "下降",
        Comparator.ZERO: "清零", Comparator.FULL: "全覆盖",
    },
    "en": {
        Comparator.GE: "≥", Comparator.LE: "≤", Comparator.EQ: "=",
        Comparator.INCREASE: "up", Comparator.DECREASE: "down",
        Comparator.ZERO: "to zero", Comparator.FULL: "full coverage",
    },
}


@dataclass(slots=True)
class LedgerRow:
    """One commitment as a ledger line: what a 台账 shows and what comes back from one.

    Slotted: an export builds 100,000 of them, and slots make that and reading their
    fields cheaper."""

    uuid: str | None                  # our own exports carry it; a foreign ledger has none
    quote: str                        # 承诺内容
    kind: Kind | None = None          # 类型
    lead: list[str] = field(default_factory=list)      # 牵头单位
    support: list[str] = field(default_factory=list)   # 配合单位
    region: str | None = None         # 地区 (display name)
    deadline_text: str | None = None
    deadline: date | None = None      # 完成时限
    deadline_precision: Precision | None = None
    metric: str | None = None
    comparator: Comparator | None = None
    value: Value | None = None
    unit: str | None = None
    status: Status = Status.UNKNOWN   # 当前状态
    latest_progress: str | None = None  # 最新进展
    last_update: date | None = None
    document: str | None = None       # 来源文件
    themes: list[str] = field(default_factory=list)
    notes: str | None = None
    closed_on: date | None = None     # 办结日期: the day it was marked achieved (销号)
    evidence: str | None = None       # 佐证材料 of that closing: a link, a file, quoted words


class LedgerLine(NamedTuple):
    """A ledger row as written, read-only: LedgerRow's fields in its order, as a tuple.

    An export makes these a block of rows at a time, column by column, with no Python call
    per row (a dataclass's ``__init__`` is one; a million rows make it a tenth of the
    export). Writers read rows by field name, so either kind of row can be written."""

    uuid: str | None
    quote: str
    kind: Kind | None
    lead: Sequence[str]
    support: Sequence[str]
    region: str | None
    deadline_text: str | None
    deadline: date | None
    deadline_precision: Precision | None
    metric: str | None
    comparator: Comparator | None
    value: Value | None
    unit: str | None
    status: Status
    latest_progress: str | None
    last_update: date | None
    document: str | None
    themes: Sequence[str]
    notes: str | None
    closed_on: date | None
    evidence: str | None


# Any row a ledger writer takes.
Row = LedgerRow | LedgerLine

_LINE = partial(tuple.__new__, LedgerLine)
_FIELD_INDEX = {name: at for at, name in enumerate(LedgerLine._fields)}


class LineBlock(Sequence[LedgerLine]):
    """A block of ledger lines held as columns (one sequence per LedgerLine field, in its
    order): a CSV writer takes each column as it is, with no row made and taken apart
    again; the rows are made only if someone reads them (an XLSX sheet, a row-wise
    column)."""

    __slots__ = ("columns", "_rows")

    def __init__(self, columns: Sequence[Sequence[Any]]) -> None:
        if len(columns) != len(LedgerLine._fields):
            raise ValueError(f"a LineBlock takes {len(LedgerLine._fields)} columns, "
                             f"not {len(columns)}")
        self.columns = tuple(columns)
        self._rows: list[LedgerLine] | None = None

    def column(self, field: str) -> Sequence[Any]:
        """The values of one LedgerLine field over the block's rows."""
        return self.columns[_FIELD_INDEX[field]]

    def rows(self) -> list[LedgerLine]:
        if self._rows is None:
            self._rows = list(map(_LINE, zip(*self.columns)))
        return self._rows

    def __len__(self) -> int:
        return len(self.columns[0])

    def __iter__(self) -> Iterator[LedgerLine]:
        return iter(self.rows())

    @overload
    def __getitem__(self, at: int) -> LedgerLine: ...

    @overload
    def __getitem__(self, at: slice) -> Sequence[LedgerLine]: ...

    def __getitem__(self, at: int | slice) -> LedgerLine | Sequence[LedgerLine]:
        return self.rows()[at]


def format_value(value: Value | None) -> str:
    """A number, or a range as 'low-high' (read back by ``cells.parse_value``)."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return f"{format_number(value[0])}-{format_number(value[1])}"
    return format_number(value)


def target_text(row: Row, lang: str = "zh") -> str:
    """The 目标值 column: '优良水体比例 ≥ 80%', 'PM2.5浓度 下降 10%', '散煤 清零'."""
    words = _TARGET_WORDS["en" if lang == "en" else "zh"]
    value = row.value
    if isinstance(value, tuple):
        amount = f"{format_number(value[0])}–{format_number(value[1])}"
    else:
        amount = format_value(value)
    if amount and row.unit:
        amount += row.unit
    parts = [row.metric or "", words[row.comparator] if row.comparator else "", amount]
    return " ".join(part for part in parts if part)
