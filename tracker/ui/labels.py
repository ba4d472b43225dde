"""Translatable display names of domain values (statuses, kinds, document types, …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain.model import Comparator, DocType, Kind, Precision, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_DOC_TYPES = {
    DocType.MEETING_REPORT: QT_TRANSLATE_NOOP("labels", "Meeting report"),
    DocType.SPEECH: QT_TRANSLATE_NOOP("labels", "Speech"),
    DocType.DECISION: QT_TRANSLATE_NOOP("labels", "Decision"),
    DocType.WORK_REPORT: QT_TRANSLATE_NOOP("labels", "Work report"),
    DocType.PLAN: QT_TRANSLATE_NOOP("labels", "Plan"),
    DocType.RECTIFICATION: QT_TRANSLATE_NOOP("labels", "Rectification list"),
    DocType.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
_KINDS = {
    Kind.TARGET: QT_TRANSLATE_NOOP("labels", "Target"),
    Kind.DEADLINE: QT_TRANSLATE_NOOP("labels", "Deadline"),
    Kind.DELIVERABLE: QT_TRANSLATE_NOOP("labels", "Deliverable"),
    Kind.DUTY: QT_TRANSLATE_NOOP("labels", "Duty"),
}
_STATUSES = {
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("labels", "Not started"),
    Status.ON_TRACK: QT_TRANSLATE_NOOP("labels", "On track"),
    Status.AT_RISK: QT_TRANSLATE_NOOP("labels", "At risk"),
    Status.ACHIEVED: QT_TRANSLATE_NOOP("labels", "Achieved"),
    Status.MISSED: QT_TRANSLATE_NOOP("labels", "Missed"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("labels", "Superseded"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Unknown"),
}
_PRECISIONS = {
    Precision.YEAR: QT_TRANSLATE_NOOP("labels", "Year"),
    Precision.QUARTER: QT_TRANSLATE_NOOP("labels", "Quarter"),
    Precision.MONTH: QT_TRANSLATE_NOOP("labels", "Month"),
    Precision.DAY: QT_TRANSLATE_NOOP("labels", "Day"),
}
_COMPARATORS = {
    Comparator.GE: QT_TRANSLATE_NOOP("labels", "at least (≥)"),
    Comparator.LE: QT_TRANSLATE_NOOP("labels", "at most (≤)"),
    Comparator.EQ: QT_TRANSLATE_NOOP("labels", "equal to (=)"),
    Comparator.INCREASE: QT_TRANSLATE_NOOP("labels", "increase by"),
    Comparator.DECREASE: QT_TRANSLATE_NOOP("labels", "decrease by"),
    Comparator.ZERO: QT_TRANSLATE_NOOP("labels", "eliminate (zero)"),
    Comparator.FULL: QT_TRANSLATE_NOOP("labels", "full coverage"),
}


def doc_type_label(value: DocType) -> str:
    return _t(_DOC_TYPES[value])


def kind_label(value: Kind) -> str:
    return _t(_KINDS[value])


def status_label(value: Status) -> str:
    return _t(_STATUSES[value])


def precision_label(value: Precision) -> str:
    return _t(_PRECISIONS[value])


def comparator_label(value: Comparator) -> str:
    return _t(_COMPARATORS[value])

