"""Plain domain types and rules. Standard library only; no I/O."""

from tracker.domain.model import (
    BodyRef,
    BodyRole,
    Commitment,
    Comparator,
    Deadline,
    DocType,
    Document,
    Evidence,
    EvidenceKind,
    Indicator,
    Kind,
    Origin,
    Precision,
    ProgressEntry,
    Region,
    RegionLevel,
    Script,
    Status,
    SuggestionKind,
    Target,
)
from tracker.domain.rules import days_left, is_overdue, strongest_kind
from tracker.domain.spans import Span

__all__ = [
    "BodyRef", "BodyRole", "Commitment", "Comparator", "Deadline", "DocType", "Document",
    "Evidence", "EvidenceKind", "Indicator", "Kind", "Origin", "Precision", "ProgressEntry",
    "Region", "RegionLevel", "Script", "Span", "Status", "SuggestionKind", "Target", "days_left", "is_overdue",
    "strongest_kind",
]
