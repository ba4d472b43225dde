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

from tracker.extract.bodies import is_body_name, is_person
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
    # a schedule of the work (进度安排 | 推进计划 | 节点安排): its dated steps are what is to be
    # done, not progress reported (before 进度 and 节点 are read as progress and time limit)
    ("goal", re.compile(r"进度安排|进度计划|推进计划|工作计划|节点安排|时序安排|推进步骤|实施步骤")),
    # the next steps of a progress table (下一步计划 | 下步工作打算 | 下阶段工作安排): what is
    # to be done, as a goal's cell is, but no value of the task's target
    ("next", re.compile(r"^(?:下一?步|下阶段|下一阶段)")),
    ("person", re.compile(r"责任领导|责任人|联系人|分管(?:领导|负责)|包案领导|领导$")),
    ("support", re.compile(r"配合|协办|参与单位|协助")),
    ("lead", re.compile(r"责任单位|牵头单位|责任部门|牵头部门|责任主体|主责单位|负责单位|^责任$|"
                        r"承办单位|牵头$|实施单位|实施主体")),
    ("owner", re.compile(r"业主单位|建设单位|业主$")),
    # (计划开工时间 | 开始时间: when work starts, no bound; 建设年限 | 起止年限: its span)
    ("start", re.compile(r"开工|开始|启动")),
    ("deadline", re.compile(r"时限|时间|期限|节点|完成时|年限|建设期|竣工|完工")),
    # (实际已完成工作量 / 已完成: what was done, as 实际完成 / 累计完成)
    ("progress", re.compile(r"进展|完成情况|整改情况|进度|状态|销号|备注|完成率|完成比例|实际已?完成|"
                            r"累计完成|^已完成|占[^目标]{0,4}计划")),
    ("goal", re.compile(r"目标")),
    ("measure", re.compile(r"措施|任务|举措|内容|事项|要求|(?:项目|工程|实事)名称|^项目$|"
                           r"^(?:民生)?实事(?:项目)?$")),
    ("problem", re.compile(r"问题|现状|情况")),
)
# A note in brackets after a column's name (（加黑为牵头单位） / （万元）): not its name.
_HEADER_NOTE = re.compile(r"[（(][^（()）]{1,16}[）)]$")
#: Cells a row merged with the one above shares (they stand in the row above).
_SHARED = frozenset({"lead", "support", "deadline"})
#: Cells of these columns hold commitments; the others are context.
COMMITMENT_CELLS = frozenset({"goal", "next", "measure", "other"})


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
    label = label.strip().replace(" ", "").replace("\u3000", "")  # (序  号: a page's spacing)
    # (a note in brackets after the name: 责任单位（加黑为牵头单位） / 完成时限（年月）)
    label = _HEADER_NOTE.sub("", label) or label
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
    going_on = False  # the line before was a row no header names, read by its cells
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        line_start, line_end = pos, stop
        pos = stop + 1
        if not CELL_SEP.search(text, line_start, line_end):
            line = text[line_start:line_end].strip()
            if line and not (len(line) <= MAX_GROUP_ROW and (
                    GROUP_ROW.match(line) or (header is not None and _LABEL.fullmatch(line)
                                                and _row_follows(text, pos)))):
                header = None  # prose: the table ended (一、空气质量目标 groups its rows)
                going_on = False
            continue
        spans = _columns(text, line_start, line_end)
        kinds = [column_kind(text[s:e]) for _, s, e in spans]
        if _names_columns(kinds):
            header = {col: k or "other" for (col, _, _), k in zip(spans, kinds)}
            above = {}
            continue
        if len(spans) < 2 and not (spans and spans[0][0] > 0 and header is not None):
            header = None  # a line of prose (perhaps indented with 　　): the table ended
            going_on = False
            continue
        if header is None:
            # a row standing alone (a task and its body, copied from a table as one line):
            # read by its cells as a row within such a table is
            alone = line_start == 0 and not text[line_end:].strip()
            inferred = _headerless(text, spans, going_on or alone)
            going_on = inferred is not None
            if inferred is not None:
                rows.append(Row(_opening(text, line_start, spans), spans[-1][2], inferred))
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
        rows.append(Row(_opening(text, line_start, spans), spans[-1][2], tuple(cells)))
    return tuple(rows)


# a label: one phrase, no clause apart by a comma (各区要认真组织实施，确保… is prose)
_LABEL = re.compile(r"[^，,；;：:。]+[。]?")


def _row_follows(text: str, pos: int) -> bool:
    """Whether the next line from *pos* is a row of tabs: a short line of one cell between
    a table's rows (强化科技创新支撑能力。 over 1	任务	牵头单位 …, a merged row whose empty
    cells were lost) labels the rows below it, and the table goes on."""
    nl = text.find("\n", pos)
    nxt = text[pos:len(text) if nl < 0 else nl]
    return len([c for c in nxt.split("\t") if c.strip()]) >= 2


# --- rows no header names: typed by what their cells hold ------------------------------------

# The words a time-limit cell is made of: years, months, days, parts of a year, the words
# that close a bound (底 / 前 / 以内) or stand for one (长期坚持 / 持续推进 / 立行立改), and
# the act it bounds (5月底前动工 / 9月投入使用)
_TIME_WORD = re.compile(
    r"(?:20\d\d|\d{2})(?:年度?|[.\-/](?:\d{1,2})(?:[.\-/]\d{1,2})?)|\d{1,2}月份?|\d{1,2}[日号]|"
    r"年底|年末|年初|年中|年内|今年|明年|当年|本年|全年|上半年|下半年|[一二三四1-4]季度|季度末|"
    r"月底|月末|中旬|上旬|下旬|长期|持续|常态化?|立行立改|即知即改|边查边改|每年|每季度|每半年|"
    r"每月|[底末初前内]|以前|之前|以内|期间|[—–\-~～至到、\s]")
# …one of which bounds it: a date alone (2024年3月1日, a document's date) is no time limit
_TIME_BOUND = re.compile(r"[前底末内]|完成|建成|竣工|完工|动工|开工|投入使用|投用|办结|长期|持续|常态|"
                         r"立行立改|即知即改|边查边改|每")
MAX_TIME_CELL = 24
# A month (or a year) standing alone in a cell (2025年6月 / 6月份 / 2025.6 / 2025年): beside
# the bodies of a task's row it is the row's time limit, by the month's end; without them
# (a table of data by year, a document's date) it is no time limit
_MONTH_CELL = re.compile(r"(?:20\d\d\s*年\s*)?\d{1,2}\s*月份?|20\d\d[.\-/]\d{1,2}|20\d\d\s*年度?")
MAX_TIME_REST = 4  # the act a time limit may name (动工 / 投入使用 / 完成 / 坚持 / 推进)
# a row number (3 / 12. / 一 / （二）) or a telephone number (5555097 / 5555309 5125676)
_INDEX_CELL = re.compile(r"[（(]?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)]?[.．、]?|"
                         r"[0-9０-９\s-]{7,}")
# a body's name as a cell holds it: a section of an office (法规科 / 种植业管理科) as well as
# the bodies the body reader knows (市农技中心); names apart by 、 or spaces (a comma is prose)
_CELL_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,20}(?:[（(][^（）()]{1,20}[）)])?"
    r"(?:科|处|股|室|办|局|委|中心|站|所|队|公司|集团|街道|乡|镇|社区|厅|部|院|会|联|馆|团|组|署|府)"
    r"(?:[（(](?:牵头|配合|协办|参与|主责|负责)[）)])?")
_NAME_SEP = re.compile(r"[、/\s]+")
# the verbs a task opens with: 建成县残疾人综合服务中心 is a task, not a body
_ACT = re.compile(r"新|建|改|扩|迁|续|实施|推进|完成|开展|启动|提升|打造|创建|加快|做好|加强|落实|深化|"
                  r"推动|组织|制定|出台|培育|发展|开工|成立|设立|组建|筹建|引进|争创|申报")
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
MIN_TASK = 6  # a task cell states a task, not a name
MAX_NAMES_CELL = 40


def _time_cell(cell: str) -> bool:
    """Whether a cell holds only a time limit (2024年底前 / 12月底前动工 / 长期坚持)."""
    if len(cell) > MAX_TIME_CELL or _TIME_BOUND.search(cell) is None:
        return False
    rest = _TIME_WORD.sub("", cell)
    return rest != cell and len(rest) <= MAX_TIME_REST \
        and not any(ch.isdigit() or ch in "。，,；;：:止" for ch in rest) and "止" not in cell


def _body_cell(cell: str) -> bool:
    """Whether a cell names bodies and nothing else (产业科 市畜牧中心 / 县水务局、县住建局)."""
    parts = [p for p in _NAME_SEP.split(cell) if p]
    return bool(parts) and len(cell) <= MAX_NAMES_CELL and all(
        (is_body_name(p) or (_CELL_BODY.fullmatch(p) is not None and _ACT.match(p) is None))
        and not is_person(p) for p in parts)


def _person_cell(cell: str) -> bool:
    """Whether a cell names people (卢伯瑛 / 孙永峰 李先俊), as a row beside its bodies does."""
    parts = [p for p in _NAME_SEP.split(cell) if p]
    return bool(parts) and all(_PERSON_NAME.fullmatch(p) is not None for p in parts)


def content_kinds(cells: list[str]) -> list[str] | None:
    """The kinds of the cells of a row no header names (a task breakdown copied without its
    header, or whose header stood far above), read from what they hold, in any order: row
    numbers, a group's heading and phone numbers (``index``), a time limit (``deadline``),
    bodies (the first cell ``lead``, the next ``support``), the people beside them
    (``person``), and the cell left, the task (``measure``); of two cells left, the first
    states the problem or the task's name, the second the measures (``problem``,
    ``measure``). None when the row is no task's row: no body or time limit, no task, more
    cells left than that, or figures (a value, a share: a table of data)."""
    kinds: list[str | None] = []
    for i, cell in enumerate(cells):
        if _INDEX_CELL.fullmatch(cell) and (i == 0 or len(cell) >= 7):
            kinds.append("index")
        elif len(cell) <= MAX_GROUP_ROW and GROUP_ROW.match(cell) and "。" not in cell \
                and i < len(cells) - 1:
            kinds.append("index")  # 二、加快新型工业化进程: the group the rows below stand in
        elif _time_cell(cell):
            kinds.append("deadline")
        elif _body_cell(cell):
            kinds.append("lead")
        else:
            kinds.append(None)
    if "lead" in kinds:
        kinds = ["person" if k is None and _person_cell(c) else k for k, c in zip(kinds, cells)]
        if "deadline" not in kinds:
            months = [i for i, (k, c) in enumerate(zip(kinds, cells))
                      if k is None and _MONTH_CELL.fullmatch(c.strip())]
            if len(months) == 1:
                kinds[months[0]] = "deadline"
    elif "deadline" not in kinds:
        return None
    open_ = [i for i, k in enumerate(kinds) if k is None]
    if not 1 <= len(open_) <= 2 or kinds.count("deadline") > 1 \
            or any(len(cells[i]) < MIN_TASK or cells[i][:1].isdigit()
                   or _body_cell(re.sub(r"[，,；;]", "、", cells[i])) for i in open_):
        return None  # (县发改局，县财政局: bodies written as prose, no cell of names)
    out = [k or "measure" for k in kinds]
    if len(open_) == 2:
        # 问题 | 整改措施 | 责任单位 | 时限 / 重点任务 | 工作措施 | …: of two clause cells the
        # first states what is found or named, the second what is to be done
        out[open_[0]] = "problem"
    for i in [i for i, k in enumerate(out) if k == "lead"][1:]:
        out[i] = "support"  # 牵头单位 | 配合单位, as such tables order them
    return out


def _headerless(text: str, spans: list[tuple[int, int, int]], going_on: bool) -> tuple[Cell, ...] | None:
    """A row of a task breakdown copied without its header (序号 | 任务 | 责任单位 | 责任人
    | 完成时限 | 电话, as a page's table often comes when the header stood far above): its
    cells typed by what they hold (content_kinds); a row of two cells only within such a
    table (*going_on*: the line before was such a row)."""
    if len(spans) < (2 if going_on else 3):
        return None
    kinds = content_kinds([text[s:e] for _, s, e in spans])
    if kinds is None:
        return None
    return tuple(Cell(s, e, kind) for (_, s, e), kind in zip(spans, kinds))


def _opening(text: str, line_start: int, spans: list[tuple[int, int, int]]) -> int:
    """Where a row opens: where its line's text does (segment.iter_lines), at the bar of a
    row drawn with bars (| 1 | 任务 | …), after the tabs of its empty first cells."""
    opens = line_start
    while opens < spans[0][1] and (text[opens].isspace() or text[opens] in "\u200b\ufeff•·"):
        opens += 1
    return opens


def is_header(line: str) -> bool:
    """Whether a line is a table's header row (it names its columns)."""
    return _names_columns([column_kind(line[s:e]) for s, e in _cells(line, 0, len(line))])


def _names_columns(kinds: list[str | None]) -> bool:
    """Whether cells of these column kinds make a header: enough cells, most of them named."""
    named = sum(k is not None for k in kinds)
    return len(kinds) >= MIN_CELLS and named >= 2 and named * 2 > len(kinds)
