"""Directional targets without a number: 提升优良水体比例, 生态环境质量持续改善.

Only a measurable thing counts: the noun phrase must end in a head such as 质量, 比例,
水平, 浓度, 率, 总量 (so 提高政治站位 and 强化责任落实, exhortations with nothing to
check, are left alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Comparator

_UP_HEADS = (
    "质量|水平|比例|比重|占比|效能|效率|效益|覆盖率|利用率|达标率|治理率|处理率|回收率|保有量|"
    "[^\\W\\d_]率|浓度|面积|储量|蓄积量|产量|总量|指数|规模|容量|收入|功能|稳定性|多样性"
)
_DOWN_HEADS = "排放量|排放总量|排放强度|强度|能耗|消耗|用量|使用量|浓度|负荷|总量|天数|比例|风险"
_END = r"(?=[，。；、,;.!?！？\s]|和|及|与|$)"
_OBJ = r"[^，。；,;.!?！？\s]{1,20}?"
_BREAKS = "，。；,;.!?！？\n"
_LOOK_BACK = 24

_VERB_FIRST = re.compile(
    rf"(?=[提改增扩降减削压])(?:(?P<up>提升|提高|改善|增强|扩大|增加)(?P<upobj>{_OBJ}(?:{_UP_HEADS})){_END}"
    rf"|(?P<down>降低|减少|削减|压减|减轻|压降)(?P<downobj>{_OBJ}(?:{_DOWN_HEADS})){_END})"
)
_VERB_AFTER = re.compile(
    r"(?=[持明显不稳进])(?:持续|明显|显著|不断|稳步|进一步|稳中)"
    r"(?:(?P<up>改善|向好|提升|提高|增加|跃升|增强)|(?P<down>下降|降低|减少|减轻))"
)
_UP_TAIL = re.compile(f"(?:{_UP_HEADS})$")
_DOWN_TAIL = re.compile(f"(?:{_DOWN_HEADS})$")


@dataclass(frozen=True)
class Trend:
    """A direction stated for a measurable thing; offsets of the whole phrase."""

    start: int
    end: int
    metric_start: int
    metric: str
    comparator: Comparator


def find_trends(text: str) -> list[Trend]:
    """Every 提升X / 降低X / X持续改善 / X持续下降 in *text* (already folded)."""
    found: list[Trend] = []
    for m in _VERB_FIRST.finditer(text):
        group = "upobj" if m.group("up") else "downobj"
        cmp = Comparator.INCREASE if m.group("up") else Comparator.DECREASE
        found.append(Trend(m.start(), m.end(), m.start(group), m.group(group), cmp))
    for m in _VERB_AFTER.finditer(text):
        lowest = max(0, m.start() - _LOOK_BACK)
        start = m.start()
        while start > lowest and text[start - 1] not in _BREAKS:
            start -= 1
        subject = text[start:m.start()]
        tail = _UP_TAIL if m.group("up") else _DOWN_TAIL
        if len(subject) >= 2 and tail.search(subject):
            cmp = Comparator.INCREASE if m.group("up") else Comparator.DECREASE
            found.append(Trend(start, m.end(), start, subject, cmp))
    return found
