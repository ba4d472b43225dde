"""What a reader hands back: the raw bytes, the normalised text and guessed metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tracker.domain import DocType, Script


@dataclass
class IngestResult:
    """One imported document. Metadata are guesses the user may edit later."""

    path: Path
    raw: bytes
    source_format: str
    encoding: str | None
    text: str
    title: str | None
    doc_date: date | None
    doc_type: DocType
    issuer: str | None
    script: Script
    warnings: list[str] = field(default_factory=list)


@dataclass
class Extracted:
    """A format reader's output before normalisation and metadata guessing.

    ``text`` is the document's own text with its line structure; ``title_hint`` and
    ``date_hint`` come from the container (HTML head, DOCX core properties), which the
    metadata guesser uses only as fallbacks.
    """

    text: str
    encoding: str | None = None
    title_hint: str | None = None
    date_hint: date | None = None
    warnings: list[str] = field(default_factory=list)
