"""Tables of rectification lists and task breakdowns, as text: one row a line, cells
apart by tabs, runs of spaces or bars (序号	问题	整改目标	整改时限	责任单位	整改措施).

A header row names its columns; each following row with several cells is read by them.
The time and body cells give the row's deadline and responsible bodies; only the goal
and measure cells (and columns the header does not name) hold commitments. The problem
found, the progress made, people and numbers are context, not commitments.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tracker.extract.screen import screened

CELL_SEP = screened(r"\t+|\u3000{2,}| {2,}|\s*[|｜]\s*")
MIN_CELLS = 3  # a header names at least this many columns
# A line of one cell that only heads a group of rows (一、空气质量目标 / （二）水污染防治),
# as a table copied from a DOCX or page keeps its merged group rows: the table goes on.
GROUP_ROW = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])[^。；;]*$")
MAX_GROUP_ROW = 40

# Column kinds, tried in order on a header cell.
_COLUMNS = (
    ("index", re.compile(r"^(?:序号|编号|序|号)$")),
    ("person", re.compile(r"责任领导|责任人|联系人|分管(?:领导|负责)|包案领导|领导$")),
    ("support", re.compile(r"配合|协办|参与单位|协助")),
    ("lead", re.compile(r"责任单位|牵头单位|责任部门|牵头部门|责任主体|主责单位|负责单位|^责任$|"
                        r"承办单位|牵头$|实施单位|实施主体")),
    ("owner", re.compile(r"业主单位|建设单位|业主$")),
    # (计划开工时间 | 开始时间: when work starts, no bound; 建设年限 | 起止年限: its span)
    ("start", re.compile(r"开工|开始|启动")),
    ("deadline", re.compile(r"时限|时间|期限|节点|完成时|年限|建设期|竣工|完工")),
    ("progress", re.compile(r"进展|完成情况|整改情况|进度|状态|销号|备注|完成率|完成比例|实际完成|"
                            r"累计完成|占[^目标]{0,4}计划")),
    ("goal", re.compile(r"目标")),
    ("measure", re.compile(r"措施|任务|举措|内容|事项|要求|(?:项目|工程|实事)名称|^项目$")),
    ("problem", re.compile(r"问题|现状|情况")),
)
#: Cells a row merged with the one above shares (they stand in the row above).
_SHARED = frozenset({"lead", "support", "deadline"})
#: Cells of these columns hold commitments; the others are context.
COMMITMENT_CELLS = frozenset({"goal", "measure", "other"})


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]

    def cell_at(self, pos: int) -> Cell | None:
        return next((c for c in self.cells if c.start <= pos < c.end), None)

    def cells_of(self, kind: str) -> list[Cell]:
        return [c for c in self.cells if c.kind == kind]


def _columns(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The cells of a line with their column: on a line of tabs each tab ends a column,
    so an empty cell (a merged one, in a table copied from a page or a DOCX) keeps the
    cells after it under their own headers."""
    if "\t" not in text[start:end]:
        return [(i, s, e) for i, (s, e) in enumerate(_cells(text, start, end))]
    out, pos = [], start
    for col, piece in enumerate(text[start:end].split("\t")):
        s, e = pos, pos + len(piece)
        while s < e and text[s] in " \u3000":
            s += 1
        while e > s and text[e - 1] in " \u3000":
            e -= 1
        if e > s:
            out.append((col, s, e))
        pos += len(piece) + 1
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in CELL_SEP.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def column_kind(label: str) -> str | None:
    """The kind of a header cell, or None when it names no known column."""
    label = label.strip()
    if not label or len(label) > 12:
        return None
    return next((kind for kind, pattern in _COLUMNS if pattern.search(label)), None)


def table_rows(text: str) -> tuple[Row, ...]:
    """The body rows of every table in *text*, each cell typed by its header."""
    if not any(sep in text for sep in _SEPARATORS):
        return ()
    return _table_rows(text)


_SEPARATORS = ("\t", "|", "｜", "  ", "\u3000\u3000")


@functools.lru_cache(maxsize=4)  # segment() and suggest() both ask, about the same text
def _table_rows(text: str) -> tuple[Row, ...]:
    rows: list[Row] = []
    header: dict[int, str] | None = None
    above: dict[int, Cell] = {}  # the cells of the row before, by column
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        line_start, line_end = pos, stop
        pos = stop + 1
        if not CELL_SEP.search(text, line_start, line_end):
            line = text[line_start:line_end].strip()
            if line and not (len(line) <= MAX_GROUP_ROW and GROUP_ROW.match(line)):
                header = None  # prose: the table ended (一、空气质量目标 groups its rows)
            continue
        spans = _columns(text, line_start, line_end)
        kinds = [column_kind(text[s:e]) for _, s, e in spans]
        if _names_columns(kinds):
            header = {col: k or "other" for (col, _, _), k in zip(spans, kinds)}
            above = {}
            continue
        if len(spans) < 2 and not (spans and spans[0][0] > 0 and header is not None):
            header = None  # a line of prose (perhaps indented with 　　): the table ended
            continue
        if header is None:
            continue
        # a row with fewer cells than the header lost its empty ones at the end
        cells = [Cell(s, e, header.get(col, "other")) for col, s, e in spans]
        if spans[0][0] > 0:
            # the row opens with empty cells: merged with the row above, whose bodies and
            # time limit it shares (序号 | 牵头单位 | 项目 | 子项目 …, one lead over its rows)
            here = {col for col, _, _ in spans}
            for col in sorted(above):
                if col not in here and above[col].kind in _SHARED:
                    cells.append(above[col])
        above = {col: c for col, c in above.items() if spans[0][0] > 0 and col not in
                 {c for c, _, _ in spans}}
        above.update({col: Cell(s, e, header.get(col, "other")) for col, s, e in spans})
        # a row opens where its line's text does (segment.iter_lines): at the bar of a
        # row drawn with bars (| 1 | 任务 | …), after the tabs of its empty first cells
        opens = line_start
        while opens < spans[0][1] and (text[opens].isspace() or text[opens] in "\u200b\ufeff•·"):
            opens += 1
        rows.append(Row(opens, spans[-1][2], tuple(cells)))
    return tuple(rows)


def is_header(line: str) -> bool:
    """Whether a line is a table's header row (it names its columns)."""
    return _names_columns([column_kind(line[s:e]) for s, e in _cells(line, 0, len(line))])


def _names_columns(kinds: list[str | None]) -> bool:
    """Whether cells of these column kinds make a header: enough cells, most of them named."""
    named = sum(k is not None for k in kinds)
    return len(kinds) >= MIN_CELLS and named >= 2 and named * 2 > len(kinds)
