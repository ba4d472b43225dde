"""The column registry: for each column key its headers, how a row's value is shown in a
cell, and how a cell is read back into the row's field.

A cell value is typed (text, number, date) so the XLSX writer can make real date and
number cells; ``value_text`` turns it into the text a CSV file holds, and ``cell_text``
reads any cell (text, number, date) as trimmed text.
"""

from __future__ import annotations

import uuid as _uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple

from tracker.domain import Precision, Status, days_left
from tracker.domain.lights import DEFAULT_DUE_WINDOW_DAYS, LIGHT_EN, LIGHT_ZH, light_of
from tracker.export.cells import (
    RISKY_START, guard_formula, join_list, parse_value, split_list,
)
from tracker.export.dates import parse_date_text
from tracker.export.labels import COMPARATOR, KIND, PRECISION, STATUS, Vocabulary
from tracker.domain.model import format_number
from tracker.export.rows import LineBlock, Row, format_value, target_text

Cell = str | float | int | date | None

# The "language" of hidden machine columns: coded fields are written as their raw codes.
CODES = "code"
MACHINE_PREFIX = "#"


@dataclass(frozen=True)
class FormatContext:
    lang: str = "zh"            # "zh", "en" or CODES
    today: date | None = None   # for days_left and the light
    due_window: int = DEFAULT_DUE_WINDOW_DAYS   # the light's warning window (days)


class DeadlineCell(NamedTuple):
    """What a deadline cell says: the date, and the precision and words it came from."""

    date: date | None
    precision: Precision | None
    text: str | None


def value_text(cell: Cell) -> str:
    """A cell value as written to a CSV cell, unchanged when it is text; '' when blank."""
    if cell.__class__ is str:
        return cell
    return "" if cell is None else cell_text(cell) or ""


def cell_text(cell: Cell) -> str | None:
    """A cell as text, without surrounding spaces; None when blank."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, (int, float)):
        return format_number(float(cell))
    text = cell.strip(" \u3000")
    return text or None


def _format_code(vocabulary: Vocabulary, field: str) -> Callable[[Row, FormatContext], Cell]:
    def show(row: Row, ctx: FormatContext) -> Cell:
        value = getattr(row, field)
        if value is None:
            return None
        return value.value if ctx.lang == CODES else vocabulary.label(value, ctx.lang)
    return show


def _parse_code(vocabulary: Vocabulary) -> Callable[[Cell, int | None], Any]:
    def read(cell: Cell, default_year: int | None) -> Any:
        text = cell_text(cell)
        if text is None:
            return None
        found = vocabulary.parse(text)
        if found is None:
            raise ValueError(f"unknown {vocabulary.name} “{text}”")
        return found
    return read


def _format_field(field: str) -> Callable[[Row, FormatContext], Cell]:
    return lambda row, ctx: getattr(row, field)


def _format_list(field: str) -> Callable[[Row, FormatContext], Cell]:
    return lambda row, ctx: join_list(getattr(row, field)) or None


def _parse_text(cell: Cell, default_year: int | None) -> str | None:
    return cell_text(cell)


def _parse_list(cell: Cell, default_year: int | None) -> list[str]:
    text = cell_text(cell)
    return split_list(text) if text else []


def _parse_uuid(cell: Cell, default_year: int | None) -> str | None:
    text = cell_text(cell)
    if text is None:
        return None
    try:
        return str(_uuid.UUID(text))
    except ValueError:
        raise ValueError(f"“{text}” is not a UUID") from None


def parse_deadline(cell: Cell, default_year: int | None) -> DeadlineCell | None:
    """A date cell is a day; text is read by ``dates.parse_date_text``."""
    if isinstance(cell, (date, datetime)):
        day = cell.date() if isinstance(cell, datetime) else cell
        return DeadlineCell(day, Precision.DAY, None)
    text = cell_text(cell)
    if text is None:
        return None
    parsed, precision = parse_date_text(text, default_year)
    return DeadlineCell(parsed, precision, text)


def _parse_day(cell: Cell, default_year: int | None) -> date | None:
    found = parse_deadline(cell, default_year)
    return found.date if found else None


def _parse_value(cell: Cell, default_year: int | None) -> Any:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return float(cell)
    text = cell_text(cell)
    return parse_value(text) if text else None


def _parse_status(cell: Cell, default_year: int | None) -> Any:
    """A blank status cell means nobody said: 情况不明."""
    found = _parse_code(STATUS)(cell, default_year)
    return Status.UNKNOWN if found is None else found


def _format_value(row: Row, ctx: FormatContext) -> Cell:
    return _format_value_of(row.value)


def _format_value_of(value: Any) -> Cell:
    if isinstance(value, tuple):
        return format_value(value)
    return value


def _format_days_left(row: Row, ctx: FormatContext) -> Cell:
    return days_left(row.deadline, ctx.today or date.today())


def _format_light(row: Row, ctx: FormatContext) -> Cell:
    """红/黄/绿/灰 (Red/Yellow/Green/Grey; the code in machine columns)."""
    return _light_word((row.status, row.deadline), ctx)


def _light_word(key: tuple[Status, date | None], ctx: FormatContext) -> str:
    light = light_of(key[0], key[1], ctx.today or date.today(), ctx.due_window)
    if ctx.lang == CODES:
        return light.value
    return (LIGHT_EN if ctx.lang == "en" else LIGHT_ZH)[light]


_STATUS, _DEADLINE, _VALUE = attrgetter("status"), attrgetter("deadline"), attrgetter("value")


def _light_texts(rows: Sequence[Row], ctx: FormatContext) -> list[str | None]:
    """The light of many rows: one rule call per distinct (status, deadline) pair."""
    words = _Memo(lambda key: _light_word(key, ctx))
    return list(map(words.__getitem__, zip(column_values(rows, "status", _STATUS),
                                           column_values(rows, "deadline", _DEADLINE))))


def _value_texts(rows: Sequence[Row], ctx: FormatContext) -> list[str | None]:
    """The value column: each distinct value (by type, a float is not an int) written once."""
    values = column_values(rows, "value", _VALUE)
    words = _Memo(lambda key: value_text(_format_value_of(key[1])))
    return guarded(list(map(words.__getitem__, zip(map(type, values), values))))


class _Memo(dict[Any, Any]):
    """Cell texts by key, each distinct key's made once (by ``make``), then looked up: a
    column of a million rows holds a few thousand distinct values."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> Any:
        text = self[key] = self._make(key)
        return text


@dataclass(frozen=True)
class Column:
    """One ledger column. ``parse`` is None for display-only columns (target, days_left)."""

    key: str
    zh: str
    en: str
    show: Callable[[Row, FormatContext], Cell]
    parse: Callable[[Cell, int | None], Any] | None
    width: float = 14
    # The guarded CSV cells of many rows at once (see ``Texts``); None: row by row.
    texts: Texts | None = None
    # Or a maker of such Texts, called once per export (for a memo that lives as long)
    make_texts: Callable[[], Texts] | None = None

    def csv_texts(self) -> Texts:
        """The column's Texts for one export."""
        if self.make_texts is not None:
            return self.make_texts()
        return self.texts or generic_texts(self.show)

    def header(self, lang: str) -> str:
        if lang == CODES:
            return MACHINE_PREFIX + self.key
        return self.en if lang == "en" else self.zh


# Column-wise cell texts for CSV (``Column.texts``): a list of cells for many rows, each
# already guarded against formula injection; None is an empty cell. Same cells as
# ``guard_formula(value_text(column.show(row, ctx)))`` row by row (a test checks), at a
# fraction of the calls: an export of 100,000 rows spends its time in C loops.
Texts = Callable[[Sequence[Row], FormatContext], list[str | None]]
_PLAIN = frozenset({str, type(None)})


_FIRST_CHARACTER = itemgetter(0)


def column_values(rows: Sequence[Row], field: str, get: Callable[[Row], Any]) -> Sequence[Any]:
    """One field's values over rows: a LineBlock's own column as it is, else read row by
    row (``get`` is the field's attrgetter)."""
    if rows.__class__ is LineBlock:
        return rows.column(field)
    return list(map(get, rows))


def guarded(texts: list[str | None]) -> list[str | None]:
    """``guard_formula`` over a list of cells, called only where a cell starts riskily.

    The first characters of the non-empty cells are gathered in C (filter, map, set):
    most columns have no risky one and come back as they are."""
    risky = RISKY_START
    if risky.isdisjoint(map(_FIRST_CHARACTER, filter(None, texts))):
        return texts
    return [guard_formula(t) if t and t[0] in risky else t for t in texts]


def generic_texts(show: Callable[[Row, FormatContext], Cell]) -> Texts:
    return lambda rows, ctx: guarded([value_text(show(row, ctx)) for row in rows])


def _field_texts(field: str) -> Texts:
    """A text field: its text (None stays an empty cell)."""
    get = attrgetter(field)

    def texts(rows: Sequence[Row], ctx: FormatContext) -> list[str | None]:
        values = column_values(rows, field, get)
        if not set(map(type, values)) <= _PLAIN:   # not text: as value_text writes it
            values = [value_text(v) for v in values]
        return guarded(list(values))
    return texts


def _day_texts(field: str) -> Texts:
    """A date field: ISO dates (they start with a digit: nothing to guard)."""
    get = attrgetter(field)

    def texts(rows: Sequence[Row], ctx: FormatContext) -> list[str | None]:
        values = column_values(rows, field, get)   # a few thousand distinct days
        words = {v: None if v is None else v.isoformat() if v.__class__ is date
                 else guard_formula(value_text(v)) for v in set(values)}
        return list(map(words.__getitem__, values))
    return texts


def _list_texts(field: str) -> Callable[[], Texts]:
    """A list field: the items joined with ； (see cells.join_list). Made once per export
    (``Column.csv_texts``): each distinct list is joined and guarded once in the whole
    export, not once a block (a few thousand bodies among a million rows)."""
    get = attrgetter(field)

    def make() -> Texts:
        words = _Memo(lambda items: guard_formula(join_list(items)))

        def texts(rows: Sequence[Row], ctx: FormatContext) -> list[str | None]:
            if len(words) > _MEMO_BOUND:   # memory stays bounded on any register
                words.clear()
            return list(map(words.__getitem__, map(tuple, column_values(rows, field, get))))
        return texts
    return make


# Distinct cells a memo of a whole export keeps at most before it starts again.
_MEMO_BOUND = 100_000


def _code_texts(vocabulary: Vocabulary, field: str) -> Texts:
    """A coded field: each member's label (or code) looked up and guarded once."""
    get = attrgetter(field)

    def texts(rows: Sequence[Row], ctx: FormatContext) -> list[str | None]:
        values = column_values(rows, field, get)
        words = {v: None if v is None else guard_formula(
            v.value if ctx.lang == CODES else vocabulary.label(v, ctx.lang))
            for v in set(values)}
        return list(map(words.__getitem__, values))
    return texts


def _text(key: str, zh: str, en: str, width: float = 14) -> Column:
    return Column(key, zh, en, _format_field(key), _parse_text, width, _field_texts(key))


def _code(key: str, zh: str, en: str, vocabulary: Vocabulary, width: float = 10) -> Column:
    return Column(key, zh, en, _format_code(vocabulary, key), _parse_code(vocabulary), width,
                  _code_texts(vocabulary, key))


def _list(key: str, zh: str, en: str, width: float = 18) -> Column:
    return Column(key, zh, en, _format_list(key), _parse_list, width,
                  make_texts=_list_texts(key))


_ALL = (
    Column("uuid", "UUID", "UUID", _format_field("uuid"), _parse_uuid, 38,
           _field_texts("uuid")),
    _text("quote", "承诺内容", "Commitment", 50),
    _code("kind", "类型", "Kind", KIND, 8),
    _list("lead", "牵头单位", "Lead body"),
    _list("support", "配合单位", "Supporting bodies"),
    _text("region", "地区", "Region", 16),
    _text("deadline_text", "时限原文", "Deadline as written", 16),
    Column("deadline", "完成时限", "Deadline", _format_field("deadline"), parse_deadline, 12,
           _day_texts("deadline")),
    _code("deadline_precision", "时限精度", "Deadline precision", PRECISION, 8),
    _text("metric", "指标", "Metric", 16),
    _code("comparator", "比较方式", "Comparator", COMPARATOR, 10),
    Column("value", "目标数值", "Value", _format_value, _parse_value, 10, _value_texts),
    _text("unit", "单位", "Unit", 10),
    Column("target", "目标值", "Target", lambda row, ctx: target_text(row, ctx.lang) or None,
           None, 24),
    Column("status", "当前状态", "Status", _format_code(STATUS, "status"), _parse_status, 10,
           _code_texts(STATUS, "status")),
    _text("latest_progress", "最新进展", "Latest progress", 40),
    Column("last_update", "更新日期", "Last update", _format_field("last_update"),
           _parse_day, 12, _day_texts("last_update")),
    _text("document", "来源文件", "Source document", 28),
    _list("themes", "主题", "Themes", 16),
    _text("notes", "备注", "Notes", 24),
    Column("closed_on", "办结日期", "Closed on", _format_field("closed_on"), _parse_day, 12,
           _day_texts("closed_on")),
    _text("evidence", "佐证材料", "Evidence", 30),
    Column("days_left", "剩余天数", "Days left", _format_days_left, None, 9),
    Column("light", "灯", "Light", _format_light, None, 6, _light_texts),
)

COLUMNS: Mapping[str, Column] = MappingProxyType({column.key: column for column in _ALL})

# Every column that carries a field of LedgerRow: writing these loses nothing.
LOSSLESS_KEYS: tuple[str, ...] = tuple(c.key for c in _ALL if c.parse is not None)
# A CSV's columns when none are chosen: every lossless column, with the light (红黄绿灯,
# display only: it is computed again on import) beside the status.
DEFAULT_CSV_KEYS: tuple[str, ...] = tuple(
    key for k in LOSSLESS_KEYS for key in ((k, "light") if k == "status" else (k,)))


def columns_for(keys: Sequence[str]) -> list[Column]:
    """The columns for keys, in order; a ValueError names an unknown key."""
    unknown = [key for key in keys if key not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown column key(s): {', '.join(unknown)}; "
                         f"known: {', '.join(COLUMNS)}")
    return [COLUMNS[key] for key in keys]
