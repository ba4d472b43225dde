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
from tracker.extract.units import read_unit, standard_unit

_CELL = re.compile(r"\t+|\s*[|｜]\s*")
_METRIC_HEAD = re.compile(r"^(?:主要)?(?:指标|指标名称|项目|内容|类别)(?:名称)?$")
# (考核指标 | 单位 | 工作目标 | 已完成数: a qualifier before 指标 names the same column, in a
# table of progress on targets; only there, where a column of what was done says so)
_QUALIFIED_METRIC_HEAD = re.compile(r"^(?:考核|发展|具体|核心|年度)(?:指标|项目)(?:名称)?$")
_YEAR = re.compile(r"^((?:19|20)\d{2})年?(?:[（(]?(?:基期|基准|现状|目标|预期)?[值年]?[）)]?)?$")
_TARGET_HEAD = re.compile(r"目标(?:值)?|规划(?:值)?|预期(?:值)?")
_BASE_HEAD = re.compile(r"基期|基准|现状")
_CUMULATIVE_HEAD = re.compile(r"累计")
# What was done by the report's date (已完成数 | 实际完成 | 累计完成): a result, not a target
_DONE_HEAD = re.compile(r"已完成|完成数|完成值|完成量|实际完成|累计完成|实绩|完成情况")
_LEAD_HEAD = re.compile(r"责任单位|牵头单位|责任部门|牵头部门|责任主体|主责单位|负责单位")
_NOTE_HEAD = re.compile(r"^备注$")   # (its cell names the row's body in some tables)
# A rate of what was done beside the result (完成率 | 占年任务之比): part of the result's quote
_RATE_HEAD = re.compile(r"完成率|之比|比例|进度|占.{0,6}(?:任务|计划|目标)")
_UNIT_IN = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
_TIME_WORD = re.compile(r"年|月|日|季|周|天|时")
_EMPTY = frozenset({"", "-", "—", "--", "/", "——", "－"})
_DOWN = re.compile(r"下降|降低|减少|削减")
_UP_END = re.compile(r"(?:增长|提高|提升)$")
_VALUE = re.compile(r"^(?P<cmp>>|＞|≥|>=|大于|高于|不低于|<|＜|≤|<=|小于|低于|不高于)?\s*"
                    r"[〔\[【(（]?(?P<num>[0-9]+(?:\.[0-9]+)?)(?:\s*[—\-~～至]\s*(?P<hi>[0-9]+(?:\.[0-9]+)?))?"
                    r"[〕\]】)）]?\s*(?:(?P<u>[\u4e00-\u9fff/a-zA-Z]{1,6}?))??\s*"
                    r"(?P<tail>左右|以上|以下|以内)?$")   # (不低于60元: the unit written again)


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
    lead: tuple[int, int] | None = None   # the row's 责任单位 cell, when the table has one
    # where the base's quote starts: the metric cell, or the result cell itself when it
    # stands after the target (指标 | 目标 | 已完成数: what was done, beside what was set)
    base_start: int | None = None


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
    lead: int | None = None  # a 责任单位 column
    note: int | None = None  # a 备注 column
    rate: int | None = None  # a rate of what was done, right after the result column


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line of tabs, each tab ending one: an empty cell (a merged or blank
    one) keeps the cells after it under their own headers."""
    out, pos = [], start
    for piece in text[start:end].split("\t"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def _row_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A row's cells: runs of tabs as one separator (padding), unless that gives fewer
    cells than the header and one tab a cell gives exactly as many (a row with blank
    cells: 减少大班额1.4万个		869 under 指标 | 单位 | 目标)."""
    cells = _cells(text, start, end)
    if len(cells) < width and "\t\t" in text[start:end]:
        each = _tab_cells(text, start, end)
        if len(each) == width:
            return each
    return cells


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CELL.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _header(labels: list[str]) -> _Columns | None:
    heads = [i for i, c in enumerate(labels) if _METRIC_HEAD.match(c)]
    if not heads and any(_DONE_HEAD.search(c) for c in labels):
        heads = [i for i, c in enumerate(labels) if _QUALIFIED_METRIC_HEAD.match(c)]
    # 类别 | 序号 | 指标名称 | …: the metric's own column, not the group it is filed under
    metric = next((i for i in heads if not labels[i].startswith("类别")), heads[0] if heads else None)
    if metric is None or len(labels) < 3:
        return None
    years = [(i, int(m.group(1))) for i, c in enumerate(labels) if (m := _YEAR.match(c))]
    target = next((i for i, c in enumerate(labels) if i != metric and _TARGET_HEAD.search(c)
                   and not _YEAR.match(c)), None)
    base = next((i for i, c in enumerate(labels) if i != metric and _BASE_HEAD.search(c)
                 and not _YEAR.match(c)), None)
    done = next((i for i, c in enumerate(labels) if i != metric and _DONE_HEAD.search(c)), None)
    cumulative = next((i for i, c in enumerate(labels) if _CUMULATIVE_HEAD.search(c)
                       and i != done), None)
    unit_col = next((i for i, c in enumerate(labels) if c in ("单位", "计量单位")), None)
    lead = next((i for i, c in enumerate(labels) if _LEAD_HEAD.search(c)), None)
    note = next((i for i, c in enumerate(labels) if _NOTE_HEAD.match(c)), None)
    rate = done + 1 if done is not None and done + 1 < len(labels) \
        and _RATE_HEAD.search(labels[done + 1]) else None
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
    if base is None and done is not None:
        base = done   # a progress table's result: what was done of the target
        # the targets of a report on the year's progress: the year's (due at its end)
        annual = annual or target_year is None
    return _Columns(metric, target, target_year, base, base_year, cumulative, unit_col, annual,
                    lead, note, rate if base == done else None)


_ANNUAL = re.compile(r"年度|本年|今年|全年")


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
        return Target(name, None, None, unit) if len(cell) >= 2 else None
    if m.group("u"):
        # a unit written after the number (不低于60元) when it is one; any other word after
        # it (2025年底, 15万) leaves the cell unread, as before
        written_unit = None if _TIME_WORD.match(m.group("u")) else (
            standard_unit(m.group("u")) or read_unit(m.group("u")))
        if written_unit is None or m.group("u") in ("万", "亿", "千", "百"):
            return Target(name, None, None, unit)
        unit = unit or written_unit
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


def _year_end(year: int | None) -> Deadline | None:
    return Deadline("", date(year, 12, 31), Precision.YEAR) if year else None


def indicator_rows(text: str) -> list[IndicatorRow]:
    """The rows of every indicator table in *text* (one table a header line)."""
    if "\t" not in text and "|" not in text and "｜" not in text:
        return []
    out: list[IndicatorRow] = []
    cols: _Columns | None = None
    last_lead: tuple[int, int] | None = None   # the body of the row above
    width = 0
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        ls, le = pos, stop
        pos = stop + 1
        line = text[ls:le]
        if not line.strip():
            cols = None
            continue
        if "\t" not in line and "|" not in line and "｜" not in line:
            if len(line) > 40:
                cols = None  # prose: the table ended (short lines are its group labels)
            continue
        spans = _cells(text, ls, le)
        # (单 位 / 备  注: a header's label spaced out to fill its cell)
        labels = [re.sub(r"\s+", "", text[s:e]) for s, e in spans]
        head = _header(labels)
        if head is not None:
            cols, width = head, len(labels)
            last_lead = None
            continue
        if cols is None:
            continue
        spans = _row_cells(text, ls, le, width)
        if len(spans) <= cols.target:
            continue
        shift = len(spans) - width if len(spans) > width else 0  # a 序号 cell before
        merged = shift == 0 and cols.metric > 0 and spans[0][1] == spans[0][0]
        if not merged:
            last_lead = None   # a row of its own (its 序号 written): a body of its own only
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
        lead_cell = get(cols.lead)
        if lead_cell is None and (note := get(cols.note)) is not None \
                and is_body_name(text[slice(*note)]):
            lead_cell = note   # 备注 | 交通局: the note names the row's body
        if lead_cell is not None and lead_cell[1] > lead_cell[0]:
            last_lead = lead_cell
        elif merged:
            lead_cell = last_lead   # a row merged with the one above (no 序号): its body too
        if base is not None and base_cell is not None and (rate := get(cols.rate)) is not None \
                and rate[1] > rate[0]:
            base_cell = (base_cell[0], rate[1])
        after = base_cell is not None and value_cell is not None and base_cell[0] > value_cell[1]
        out.append(IndicatorRow(metric_cell[0], value_cell[1] if value_cell else metric_cell[1],
                                base_cell[1] if base is not None and base_cell else None,
                                metric, target, _year_end(cols.target_year),
                                base, _year_end(cols.base_year), cols.annual,
                                lead_cell if lead_cell and lead_cell[1] > lead_cell[0] else None,
                                base_cell[0] if after and base_cell else None))
    return out
