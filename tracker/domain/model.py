"""Dataclasses and enums of the commitment register."""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from tracker.domain.spans import Span


class _Str(str, Enum):
    def __str__(self) -> str:  # so f-strings and CSV give the plain value
        return str(self.value)


class Kind(_Str):
    """Kind of a commitment, strongest first (target > deadline > deliverable > duty)."""

    TARGET = "target"
    DEADLINE = "deadline"
    DELIVERABLE = "deliverable"
    DUTY = "duty"


class SuggestionKind(_Str):
    """What a suggestion proposes: a commitment of one of the Kinds, or an INDICATOR, a
    result the text reports as already reached (a baseline, not a commitment)."""

    TARGET = "target"
    DEADLINE = "deadline"
    DELIVERABLE = "deliverable"
    DUTY = "duty"
    INDICATOR = "indicator"

    def commitment_kind(self) -> Kind | None:
        """The Kind of the commitment it proposes; None for an indicator."""
        return None if self is SuggestionKind.INDICATOR else Kind(self.value)


class Status(_Str):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    ACHIEVED = "achieved"
    MISSED = "missed"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"


class Comparator(_Str):
    GE = ">="
    LE = "<="
    EQ = "="
    INCREASE = "increase"
    DECREASE = "decrease"
    ZERO = "zero"
    FULL = "full"


class Precision(_Str):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    DAY = "day"


class Origin(_Str):
    MANUAL = "manual"
    SUGGESTED = "suggested"
    IMPORTED = "imported"  # came in from a ledger


class DocType(_Str):
    MEETING_REPORT = "meeting_report"
    SPEECH = "speech"
    DECISION = "decision"
    WORK_REPORT = "work_report"
    PLAN = "plan"
    RECTIFICATION = "rectification"
    OTHER = "other"


class Script(_Str):
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


class RegionLevel(_Str):
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"


class BodyRole(_Str):
    LEAD = "lead"
    SUPPORT = "support"


class EvidenceKind(_Str):
    NONE = "none"
    LINK = "link"
    FILE = "file"
    SPAN = "span"


def new_uuid() -> str:
    return str(_uuid.uuid4())


@dataclass(frozen=True)
class Region:
    """An administrative division: province > prefecture > county."""

    code: str
    name: str
    level: RegionLevel
    parent_code: str | None = None
    short_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Deadline:
    """Time words as written, and the ISO last day they allow (None for 如期/按期)."""

    text: str
    date: date | None = None
    precision: Precision | None = None


def format_number(value: float) -> str:
    """Shortest text that reads back as the same float; integers without '.0'."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


@dataclass(frozen=True)
class Target:
    metric: str | None = None
    comparator: Comparator | None = None
    value: float | tuple[float, float] | None = None
    unit: str | None = None


@dataclass(frozen=True)
class BodyRef:
    name: str
    role: BodyRole = BodyRole.LEAD


@dataclass
class Document:
    title: str
    text: str
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    source_path: str | None = None
    source_format: str = "txt"
    encoding: str | None = None
    sha256: str = ""          # of the original bytes
    text_sha256: str = ""     # of the normalised text (duplicate detection)
    doc_date: date | None = None
    doc_type: DocType = DocType.OTHER
    issuer: str | None = None
    region_code: str | None = None
    script: Script = Script.SIMPLIFIED
    imported_at: datetime | None = None


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind = EvidenceKind.NONE
    link: str | None = None
    file_path: str | None = None       # a copy inside the library folder
    document_id: int | None = None
    span: Span | None = None


@dataclass
class ProgressEntry:
    commitment_id: int | None  # None only in a preview, for a commitment not yet saved
    date: date
    status: Status
    note: str = ""
    evidence: Evidence = field(default_factory=Evidence)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None


@dataclass
class Commitment:
    document_id: int | None
    span: Span
    kind: Kind = Kind.DELIVERABLE
    deadline: Deadline | None = None
    target: Target | None = None
    responsible: list[BodyRef] = field(default_factory=list)
    region_code: str | None = None
    origin: Origin = Origin.MANUAL
    confidence: float | None = None
    status: Status = Status.NOT_STARTED
    notes: str = ""
    themes: list[str] = field(default_factory=list)
    title: str | None = None  # a short label; the quote stands in when empty
    parent_id: int | None = None  # a task of a broken-down commitment (责任分解)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # who created and last changed it, and the stored row's version when it was read: a
    # save of a commitment read at an older version than the stored one is a conflict
    # (None: a new commitment, or a caller that does not check)
    created_by: str = ""
    updated_by: str = ""
    version: int | None = None

    @property
    def quote(self) -> str:
        return self.span.quote

    @property
    def lead(self) -> str | None:
        for body in self.responsible:
            if body.role is BodyRole.LEAD:
                return body.name
        return self.responsible[0].name if self.responsible else None


@dataclass
class Indicator:
    """A past result or baseline (not a commitment): metric, value, unit, year."""

    metric: str
    value: float | tuple[float, float] | None
    unit: str | None = None
    year: int | None = None
    region_code: str | None = None
    document_id: int | None = None
    span: Span | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
