"""Words for coded fields (status, kind, comparator, precision) in Chinese and English.

Writing shows a code in the interface language; reading accepts the code itself, both
languages, and the words ledger keepers commonly type (已完成, 序时推进, 滞后 …).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from enum import Enum
from typing import Generic, TypeVar

from tracker.domain import Comparator, Kind, Precision, Status

E = TypeVar("E", bound=Enum)

# Punctuation and spaces that do not change the meaning of a status word.
_NOISE = re.compile(r"[\s\u3000。．.！!、]+")
# Where a status word ends and an explanation begins: "已完成，已于3月验收".
_CLAUSE_END = "，,；;：:（(。 \u3000\n"


def _normalise(text: str) -> str:
    return _NOISE.sub("", text).lower()


@dataclass(frozen=True)
class Vocabulary(Generic[E]):
    """Labels of one enum per language, plus synonyms accepted when reading."""

    name: str
    zh: Mapping[E, str]
    en: Mapping[E, str]
    synonyms: Mapping[str, E]

    def label(self, value: E, lang: str) -> str:
        return (self.en if lang == "en" else self.zh)[value]

    @cached_property
    def _lookup(self) -> dict[str, E]:
        table: dict[str, E] = {}
        for member in self.zh:
            table[_normalise(str(member.value))] = member
        for labels in (self.zh, self.en):
            for member, word in labels.items():
                table[_normalise(word)] = member
        for word, member in self.synonyms.items():
            table[_normalise(word)] = member
        return table

    @cached_property
    def _longest_first(self) -> list[str]:
        return sorted((word for word in self._lookup if word), key=len, reverse=True)

    def parse(self, text: str) -> E | None:
        """The member a cell names, or None when the word is unknown.

        A word followed by an explanation ("已完成，3月通过验收") counts as the word.
        """
        table = self._lookup
        found = table.get(_normalise(text))
        if found is not None:
            return found
        stripped = text.strip()
        for word in self._longest_first:
            if stripped.lower().startswith(word):
                rest = stripped[len(word):]
                if not rest or rest[0] in _CLAUSE_END:
                    return table[word]
        return None


STATUS: Vocabulary[Status] = Vocabulary(
    "status",
    zh={
        Status.NOT_STARTED: "未启动", Status.ON_TRACK: "正常推进", Status.AT_RISK: "存在风险",
        Status.ACHIEVED: "已完成", Status.MISSED: "逾期未完成", Status.SUPERSEDED: "已被替代",
        Status.UNKNOWN: "情况不明",
    },
    en={
        Status.NOT_STARTED: "Not started", Status.ON_TRACK: "On track", Status.AT_RISK: "At risk",
        Status.ACHIEVED: "Achieved", Status.MISSED: "Missed", Status.SUPERSEDED: "Superseded",
        Status.UNKNOWN: "Unknown",
    },
    synonyms={
        "完成": Status.ACHIEVED, "已办结": Status.ACHIEVED, "办结": Status.ACHIEVED,
        "已整改": Status.ACHIEVED, "整改完成": Status.ACHIEVED, "已完成整改": Status.ACHIEVED,
        "已销号": Status.ACHIEVED, "销号": Status.ACHIEVED, "已达到": Status.ACHIEVED,
        "done": Status.ACHIEVED, "completed": Status.ACHIEVED,
        "推进中": Status.ON_TRACK, "正在推进": Status.ON_TRACK, "序时推进": Status.ON_TRACK,
        "按序时推进": Status.ON_TRACK, "按时序推进": Status.ON_TRACK, "进行中": Status.ON_TRACK,
        "正在实施": Status.ON_TRACK, "正在整改": Status.ON_TRACK, "整改中": Status.ON_TRACK,
        "持续推进": Status.ON_TRACK, "已启动": Status.ON_TRACK, "in progress": Status.ON_TRACK,
        "未完成": Status.MISSED, "逾期": Status.MISSED, "超期": Status.MISSED,
        "逾期未完成": Status.MISSED, "超期未完成": Status.MISSED, "overdue": Status.MISSED,
        "未开始": Status.NOT_STARTED, "尚未启动": Status.NOT_STARTED,
        "尚未开始": Status.NOT_STARTED,
        "滞后": Status.AT_RISK, "进度滞后": Status.AT_RISK, "推进滞后": Status.AT_RISK,
        "推进缓慢": Status.AT_RISK, "有风险": Status.AT_RISK, "delayed": Status.AT_RISK,
        "已替代": Status.SUPERSEDED, "已调整": Status.SUPERSEDED, "作废": Status.SUPERSEDED,
        "已撤销": Status.SUPERSEDED,
        "不明": Status.UNKNOWN, "未知": Status.UNKNOWN,
    },
)

KIND: Vocabulary[Kind] = Vocabulary(
    "kind",
    zh={Kind.TARGET: "目标", Kind.DEADLINE: "时限", Kind.DELIVERABLE: "任务", Kind.DUTY: "职责"},
    en={Kind.TARGET: "Target", Kind.DEADLINE: "Deadline", Kind.DELIVERABLE: "Deliverable",
        Kind.DUTY: "Duty"},
    synonyms={"目标任务": Kind.TARGET, "指标": Kind.TARGET, "工作任务": Kind.DELIVERABLE,
              "重点任务": Kind.DELIVERABLE, "职能": Kind.DUTY},
)

COMPARATOR: Vocabulary[Comparator] = Vocabulary(
    "comparator",
    zh={
        Comparator.GE: "不低于", Comparator.LE: "不超过", Comparator.EQ: "达到",
        Comparator.INCREASE: "提高", Comparator.DECREASE: "下降", Comparator.ZERO: "清零",
        Comparator.FULL: "全覆盖",
    },
    en={
        Comparator.GE: "at least", Comparator.LE: "at most", Comparator.EQ: "equal to",
        Comparator.INCREASE: "increase by", Comparator.DECREASE: "decrease by",
        Comparator.ZERO: "to zero", Comparator.FULL: "full coverage",
    },
    synonyms={
        "≥": Comparator.GE, "以上": Comparator.GE, "至少": Comparator.GE,
        "≤": Comparator.LE, "以下": Comparator.LE, "以内": Comparator.LE,
        "控制在": Comparator.LE, "等于": Comparator.EQ, "增长": Comparator.INCREASE,
        "提升": Comparator.INCREASE, "降低": Comparator.DECREASE, "减少": Comparator.DECREASE,
        "消除": Comparator.ZERO, "全面消除": Comparator.ZERO, "全部完成": Comparator.FULL,
        "全面完成": Comparator.FULL,
    },
)

PRECISION: Vocabulary[Precision] = Vocabulary(
    "precision",
    zh={Precision.YEAR: "年", Precision.QUARTER: "季度", Precision.MONTH: "月",
        Precision.DAY: "日"},
    en={Precision.YEAR: "Year", Precision.QUARTER: "Quarter", Precision.MONTH: "Month",
        Precision.DAY: "Day"},
    synonyms={"季": Precision.QUARTER, "天": Precision.DAY},
)


def check_lang(lang: str) -> str:
    """The interface language, 'zh' or 'en'; anything else is a caller's mistake."""
    if lang not in ("zh", "en"):
        raise ValueError(f"unknown language {lang!r}: use 'zh' or 'en'")
    return lang
