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
from tracker.extract.units import read_unit, standard_unit

_CELL = re.compile(r"\t+|\s*[|｜]\s*")
_METRIC_HEAD = re.compile(r"^(?:主要)?(?:指标|指标名称|项目|内容|类别)(?:名称)?$")
_YEAR = re.compile(r"^((?:19|20)\d{2})年?(?:[（(]?(?:基期|基准|现状|目标|预期)?[值年]?[）)]?)?$")
_TARGET_HEAD = re.compile(r"目标(?:值)?|规划(?:值)?|预期(?:值)?")
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
    heads = [i for i, c in enumerate(labels) if _METRIC_HEAD.match(c)]
    # 类别 | 序号 | 指标名称 | …: the metric's own column, not the group it is filed under
    metric = next((i for i in heads if not labels[i].startswith("类别")), heads[0] if heads else None)
    if metric is None or len(labels) < 3:
        return None
    years = [(i, int(m.group(1))) for i, c in enumerate(labels) if (m := _YEAR.match(c))]
    target = next((i for i, c in enumerate(labels) if i != metric and _TARGET_HEAD.search(c)
                   and not _YEAR.match(c)), None)
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
        labels = [text[s:e].strip() for s, e in spans]
        head = _header(labels)
        if head is not None:
            cols, width = head, len(labels)
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
