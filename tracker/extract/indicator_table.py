"""Indicator tables of plans (主要指标): one row a metric, columns for a base year and a
target year (指标 | 2020年 | 2025年 | 属性, or 指标名称 | 基期值 | 目标值).

Each row with a target is a commitment: its metric, the target cell read as comparator and
value (>80 → ≥ 80; 15左右 → = 15; 〔18〕 → a cumulative change, down when the metric says
下降), the unit from the metric's bracket (%) and the target year's end as deadline. The
base-year cell is a past result (an indicator). The quote runs from the metric cell to the
value's cell, as the row reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.domain import Comparator, Deadline, Precision, Target
from tracker.extract.bodies import is_body_name
from tracker.extract.table import column_kind
from tracker.extract.targets import counted_in, find_targets, pick_target
from tracker.extract.units import read_unit, standard_unit

_CELL = re.compile(r"\t+|\s*[|｜]\s*")
_METRIC_HEAD = re.compile(r"^(?:主要)?(?:指标|指标名称|项目|内容|类别)(?:名称)?$")
_YEAR = re.compile(r"^((?:19|20)\d{2})年?(?:[（(]?(?:基期|基准|现状|目标|预期)?[值年]?[）)]?)?$")
_TARGET_HEAD = re.compile(r"目标(?:值)?|规划(?:值)?|预期(?:值)?")
_TASK_HEAD = re.compile(r"任务|工作|措施|举措")
_BASE_HEAD = re.compile(r"基期|基准|现状")
_CUMULATIVE_HEAD = re.compile(r"累计")
_UNIT_IN = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
_EMPTY = frozenset({"", "-", "—", "--", "/", "——", "－"})
_DOWN = re.compile(r"下降|降低|减少|削减")
_UP_END = re.compile(r"(?:增长|提高|提升)$")
_VALUE = re.compile(r"^(?P<cmp>>|＞|≥|>=|大于|高于|不低于|<|＜|≤|<=|小于|低于|不高于)?\s*"
                    r"[〔\[【(（]?(?P<num>[0-9]+(?:\.[0-9]+)?)(?:\s*[—\-~～至]\s*(?P<hi>[0-9]+(?:\.[0-9]+)?))?"
                    r"[〕\]】)）]?\s*(?P<tail>左右|以上|以下|以内)?$")


@dataclass(frozen=True)
class IndicatorRow:
    start: int            # the metric cell
    target_end: int       # end of the target cell (the commitment's quote ends there)
    base_end: int | None  # end of the base-year cell, when it holds a value
    metric: str
    target: Target | None
    deadline: Deadline | None
    base: Target | None
    base_deadline: Deadline | None
    # the target column is the year's (年度目标 / 本年计划): due at the end of the
    # document's year, which the caller knows
    annual: bool = False
    # a progress table's row (任务 | 目标 | 已完成 | 完成率): the figure done so far, a past
    # result quoted from its cell to the share cell after it, and the bodies the row names
    done: Target | None = None
    done_start: int | None = None
    done_end: int | None = None
    bodies: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Columns:
    metric: int
    target: int
    target_year: int | None
    base: int | None
    base_year: int | None
    cumulative: int | None
    unit: int | None = None  # a 单位 column (指标 | 单位 | 2020年 | 2025年)
    annual: bool = False  # the target column is the year's (年度目标)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CELL.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _header(labels: list[str]) -> _Columns | None:
    # (指  标 / 单　位: a page's justified two-character labels, read without their spaces)
    labels = [_LABEL_SPACE.sub("", c) for c in labels]
    heads = [i for i, c in enumerate(labels) if _METRIC_HEAD.match(c)]
    # 类别 | 序号 | 指标名称 | …: the metric's own column, not the group it is filed under
    metric = next((i for i in heads if not labels[i].startswith("类别")), heads[0] if heads else None)
    if metric is None or len(labels) < 3:
        return None
    years = [(i, int(m.group(1))) for i, c in enumerate(labels) if (m := _YEAR.match(c))]
    # 重点工作目标任务 / 目标任务 / 工作目标: a column of tasks written as clauses, not of values
    target = next((i for i, c in enumerate(labels) if i != metric and _TARGET_HEAD.search(c)
                   and not _YEAR.match(c) and not _TASK_HEAD.search(c)), None)
    base = next((i for i, c in enumerate(labels) if i != metric and _BASE_HEAD.search(c)
                 and not _YEAR.match(c)), None)
    cumulative = next((i for i, c in enumerate(labels) if _CUMULATIVE_HEAD.search(c)), None)
    unit_col = next((i for i, c in enumerate(labels) if c in ("单位", "计量单位")), None)
    target_year = base_year = None
    if years:
        last = max(years, key=lambda y: y[1])
        if target is None:
            target, target_year = last
        first = min(years, key=lambda y: y[1])
        if base is None and first[0] != target:
            base, base_year = first
    if target is None:
        return None
    if target_year is None:
        target_year = _label_year(labels[target])
    if base is not None and base_year is None:
        base_year = _label_year(labels[base])  # 现状值（2020年）
    annual = target_year is None and _ANNUAL.search(labels[target]) is not None
    return _Columns(metric, target, target_year, base, base_year, cumulative, unit_col, annual)


_ANNUAL = re.compile(r"年度|本年|今年|全年")
_LABEL_SPACE = re.compile(r"[ \u3000]+")


_PLAN_PERIOD = re.compile(r"十([一二三四五六七八九])五")
_CN_ONE = "一二三四五六七八九"


def _label_year(label: str) -> int | None:
    """The year a column's label names: 2025年目标值 → 2025; “十五五”目标 → 2030 (the period's
    last year); None without one."""
    m = re.search(r"(?:19|20)\d{2}", label)
    if m:
        return int(m.group())
    p = _PLAN_PERIOD.search(label)
    return 1955 + 5 * (10 + _CN_ONE.index(p.group(1)) + 1) if p else None


def read_value(cell: str, metric: str, cumulative: bool = False,
               unit_cell: str | None = None) -> Target | None:
    """The target a value cell states, with the unit the metric's bracket gives (else the
    row's 单位 cell)."""
    cell = cell.strip().replace(" ", "")
    if cell in _EMPTY:
        return None
    unit_m = _UNIT_IN.search(metric)
    written = unit_m.group(1) if unit_m else (unit_cell or "").strip() or None
    if written in _EMPTY:
        written = None
    unit = standard_unit(written) or read_unit(written) or written if written else None
    name = _UNIT_IN.sub("", metric).strip()
    m = _VALUE.match(cell)
    if m is None:
        worded = _worded_value(name, cell, unit)
        if worded is not None:
            return worded
        return Target(name, None, None, unit) if len(cell) >= 2 else None
    low = float(m.group("num"))
    value: float | tuple[float, float] = low if not m.group("hi") else (low, float(m.group("hi")))
    sign, tail = m.group("cmp") or "", m.group("tail") or ""
    if sign in (">", "＞", "≥", ">=", "大于", "高于", "不低于") or tail == "以上":
        cmp = Comparator.GE
    elif sign in ("<", "＜", "≤", "<=", "小于", "低于", "不高于") or tail in ("以下", "以内"):
        cmp = Comparator.LE
    elif cumulative or cell[:1] in "〔[【":
        cmp = Comparator.DECREASE if _DOWN.search(name) else Comparator.INCREASE
    elif _DOWN.search(name):
        cmp = Comparator.DECREASE
    elif _UP_END.search(name):
        cmp = Comparator.INCREASE  # 地区生产总值年均增长 | 6左右: the growth, by an amount
    else:
        cmp = Comparator.EQ
    return Target(name, cmp, value, unit)


_NOT_VALUE_UNITS = frozenset({"年", "月", "日"})  # (2025年底前: a date in the cell, not its value)


def _worded_value(name: str, cell: str, unit: str | None) -> Target | None:
    """A value cell that states its figure in words, with its unit or its bound (≥85% /
    85%以上 / 约120亿元 / 超过500亿元 / 不少于120万亩 / 50万吨左右 / 不低于60元): read
    by the quantity grammar, the metric before it, as a clause says it."""
    if not any(ch.isdigit() for ch in cell):
        return None
    hits = [t for t in find_targets(name + cell) if t.end > len(name) and t.value is not None
            and t.unit not in _NOT_VALUE_UNITS]
    found = pick_target(hits)
    if found is None or found.comparator is None:
        return None
    return Target(name, found.comparator, found.value, found.unit or unit)


def _year_end(year: int | None) -> Deadline | None:
    return Deadline("", date(year, 12, 31), Precision.YEAR) if year else None


# A progress table of a year's programme (民生实事 / 重点工作 / 考核指标 完成情况表): a task
# column, the goal set for the year, the figure done so far and its share of the goal
# (序号 | 考核指标 | 单位 | 工作目标 | 已完成数 | 占年任务之比 | 备注). The goal is the
# commitment, quoted from the task cell to the goal cell; the figure done is a past result.
_P_RATIO = re.compile(r"率|之比|占|比例|%|％")
_P_DONE = re.compile(r"(?:已|实际|累计)?完成(?:数|量|值|额|情况|投资|数量)?$|实际完成|完成情况|进展情况")
_P_GOAL = re.compile(r"目标|(?:年度|全年|年|本年)计划(?:数|任务|值)?$|^计划(?:数|任务|值)?$|任务数$")
_P_NOTE = re.compile(r"^备\s*注$")
_P_UNIT = re.compile(r"^(?:计量)?单\s*位$")
_P_TASK = re.compile(r"(?:指标|任务|项目|实事|事项|工程|内容)(?:名称|内容)?$|名称$")


@dataclass(frozen=True)
class _Progress:
    task: int
    goal: int
    done: int
    ratio: int | None
    unit: int | None
    leads: tuple[int, ...]  # 责任单位 columns
    notes: tuple[int, ...]  # 备注 columns (where a row may name its bodies)
    width: int
    numbered: bool  # the first column is the rows' number (序号)


def _progress_header(labels: list[str]) -> _Progress | None:
    """The columns of a progress table's header, or None (see _P_TASK …)."""
    task = goal = done = ratio = unit = None
    leads: list[int] = []
    notes: list[int] = []
    for i, label in enumerate(labels):
        label = label.replace(" ", "").replace("\u3000", "")
        if not label or len(label) > 14:
            continue
        if _P_UNIT.match(label):
            unit = i if unit is None else unit
        elif _P_RATIO.search(label):
            ratio = i if ratio is None else ratio
        elif _P_DONE.search(label):
            done = i if done is None else done
        elif _P_GOAL.search(label):
            goal = i if goal is None else goal
        elif column_kind(label) == "lead":   # 责任单位 / 牵头单位 …, as the table reader names it
            leads.append(i)
        elif _P_NOTE.match(label):
            notes.append(i)
        elif _P_TASK.search(label) and task is None:
            task = i
    if task is None or goal is None or done is None or not task < goal < done:
        return None
    return _Progress(task, goal, done, ratio if ratio is not None and ratio > done else None,
                     unit, tuple(leads), tuple(notes), len(labels),
                     column_kind(labels[0]) == "index")


_GOAL_VALUE = re.compile(r"^(?P<cmp>不低于|不少于|不超过|≥|>=|＞|>|≤|<=)?\s*(?P<num>[0-9]+(?:\.[0-9]+)?)\s*"
                         r"(?P<unit>[^\W\d_]{1,4}(?:/[^\W\d_]{1,3}){0,2})?\s*(?P<tail>以上|以下|以内|左右)?$")


def _goal_value(cell: str, metric: str, unit_cell: str | None) -> Target | None:
    """The goal a progress table's cell sets (1300人 / 不低于60元 / 5.2 with the row's 单位
    cell): the unit from the 单位 cell, else the cell's own, else what the task counts
    (新建1500个行政村4G基站 | 68 → 个)."""
    m = _GOAL_VALUE.match(cell.strip())
    if m is None:
        return None
    written = (unit_cell or "").strip()
    written = "" if written in _EMPTY else written
    unit = (read_unit(written) or written) if written else None
    if unit is None and m.group("unit"):
        unit = standard_unit(m.group("unit")) or read_unit(m.group("unit")) or m.group("unit")
    if unit is None:
        unit = counted_in(metric)
    sign, tail = m.group("cmp") or "", m.group("tail") or ""
    if sign in ("不低于", "不少于", "≥", ">=", "＞", ">") or tail == "以上":
        cmp = Comparator.GE
    elif sign in ("不超过", "≤", "<=") or tail in ("以下", "以内"):
        cmp = Comparator.LE
    else:
        cmp = Comparator.EQ
    return Target(_UNIT_IN.sub("", metric).strip(), cmp, float(m.group("num")), unit)


_DONE_VALUE = re.compile(r"^(?:达到目标)?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:[^\W\d_]{1,4}|%|％)?$")
_NUMBER = re.compile(r"^[0-9]{1,3}[.．、]?$")
MAX_LEAD_CELL = 30


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line of tabs, one a tab (an empty cell keeps its column)."""
    out, pos = [], start
    for piece in text[start:end].split("\t"):
        s, e = pos, pos + len(piece)
        while s < e and text[s] in " \u3000":
            s += 1
        while e > s and text[e - 1] in " \u3000":
            e -= 1
        out.append((s, e))
        pos += len(piece) + 1
    return out


def _progress_row(text: str, spans: list[tuple[int, int]], cols: _Progress,
                  above: tuple[tuple[int, int], ...]) -> IndicatorRow | None:
    def cell(i: int | None) -> str:
        return text[slice(*spans[i])] if i is not None and i < len(spans) else ""

    if cols.numbered and len(spans) < cols.width and spans and text[slice(*spans[0])].strip() \
            and not _NUMBER.match(text[slice(*spans[0])].strip()):
        # a later row of an item whose merged cells before its task (序号) the copy left out:
        # its first cell is the task, the cells after it under the columns after the task's
        # (an empty last cell may be gone too, so the row is not aligned by its end)
        spans = [(spans[0][0], spans[0][0])] * cols.task + spans
    metric = cell(cols.task).strip()
    if not metric or len(spans) <= cols.goal or _VALUE.match(metric):
        return None
    if any(s < e for s, e in spans[cols.width:]) \
            or (cols.numbered and cell(0).strip() and not _NUMBER.match(cell(0).strip())):
        return None  # a row whose cells left their columns (one more, or no number first)
    target = _goal_value(cell(cols.goal), metric, cell(cols.unit) if cols.unit is not None else None)
    if target is None:
        return None
    # the 责任单位 cell as written; a 备注 cell when it only names bodies (人力资源社会保障局)
    bodies = tuple(spans[i] for i in cols.leads if i < len(spans) and spans[i][1] > spans[i][0]
                   and len(cell(i)) <= MAX_LEAD_CELL and not re.search(r"\d", cell(i))) \
        or tuple(spans[i] for i in cols.notes if i < len(spans) and spans[i][1] > spans[i][0]
                 and all(is_body_name(n) for n in re.split(r"[、，,]", cell(i)) if n.strip()))
    if not bodies and not cell(0).strip():
        bodies = above  # a row merged with the one above (its first cell empty): its bodies
    done = done_start = done_end = None
    d = _DONE_VALUE.match(cell(cols.done).strip())
    if d is not None:
        done = Target(target.metric, Comparator.EQ, float(d.group(1)), target.unit)
        done_start, done_end = spans[cols.done]
        if cols.ratio is not None and cols.ratio < len(spans) and spans[cols.ratio][1] > spans[cols.ratio][0]:
            done_end = spans[cols.ratio][1]
    return IndicatorRow(spans[cols.task][0], spans[cols.goal][1], None, metric, target, None,
                        None, None, annual=True, done=done, done_start=done_start,
                        done_end=done_end, bodies=bodies)


def indicator_rows(text: str) -> list[IndicatorRow]:
    """The rows of every indicator table in *text* (one table a header line)."""
    if "\t" not in text and "|" not in text and "｜" not in text:
        return []
    out: list[IndicatorRow] = []
    cols: _Columns | None = None
    progress: _Progress | None = None
    above: tuple[tuple[int, int], ...] = ()
    width = 0
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        ls, le = pos, stop
        pos = stop + 1
        line = text[ls:le]
        if not line.strip():
            cols = progress = None
            continue
        if "\t" not in line and "|" not in line and "｜" not in line:
            if len(line) > 40:
                cols = progress = None  # prose: the table ended (short lines are its group labels)
            continue
        spans = _cells(text, ls, le)
        labels = [text[s:e].strip() for s, e in spans]
        head = _header(labels)
        if head is not None and head.target_year is None and head.base is None and "\t" in line \
                and _progress_header([text[s:e] for s, e in _tab_cells(text, ls, le)]) is not None:
            # 序号 | 项目名称 | 责任单位 | 目标任务 | 实际完成 | 完成率: a progress table (its goal
            # column no year's and no base beside it), read as one below
            head = None
        if head is not None:
            cols, width, progress = head, len(labels), None
            continue
        if "\t" in line:
            tabs = _tab_cells(text, ls, le)
            found = _progress_header([text[s:e] for s, e in tabs])
            if found is not None:
                progress, cols, above = found, None, ()
                continue
            if progress is not None:
                prow = _progress_row(text, tabs, progress, above)
                if prow is not None:
                    above = prow.bodies
                    out.append(prow)
                continue
        if cols is None or len(spans) <= cols.target:
            continue
        shift = len(spans) - width if len(spans) > width else 0  # a 序号 cell before
        def get(i: int | None, spans: list[tuple[int, int]] = spans,
                shift: int = shift) -> tuple[int, int] | None:
            return spans[i + shift] if i is not None and i + shift < len(spans) else None

        metric_cell = get(cols.metric)
        if metric_cell is None:
            continue
        metric = text[slice(*metric_cell)].strip()
        if not metric or read_value(metric, "") is not None and _VALUE.match(metric):
            continue
        unit_at = get(cols.unit)
        unit_cell = text[slice(*unit_at)] if unit_at else None
        value_cell = get(cols.target)
        target = read_value(text[slice(*value_cell)], metric, unit_cell=unit_cell) if value_cell else None
        if target is None and cols.cumulative is not None and (c := get(cols.cumulative)):
            target = read_value(text[slice(*c)], metric, cumulative=True, unit_cell=unit_cell)
            value_cell = c if target is not None else value_cell
        base_cell = get(cols.base)
        base = read_value(text[slice(*base_cell)], metric, unit_cell=unit_cell) if base_cell else None
        if base is not None and base.comparator in (Comparator.INCREASE, Comparator.DECREASE):
            base = Target(base.metric, Comparator.EQ, base.value, base.unit)
        if target is None and base is None:
            continue
        out.append(IndicatorRow(metric_cell[0], value_cell[1] if value_cell else metric_cell[1],
                                base_cell[1] if base is not None and base_cell else None,
                                metric, target, _year_end(cols.target_year),
                                base, _year_end(cols.base_year), cols.annual))
    return out
